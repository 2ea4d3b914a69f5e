"""Passages of the documents attached to a conversation, put into an answer's prompt.

:class:`DocumentsContext` is the ``context_provider`` that :func:`app.core.chat.run_turn` calls on
the chat worker's thread: it opens the documents database there (a connection per call, so no
connection crosses threads), finds the passages that best match the question in the collections
attached to the conversation, within a token budget, and returns them. :func:`sources_prompt` is
the one wording of the numbered sources the model sees; the answer cites them as ``[1]``, ``[2]``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.core.documents.index import DocumentIndex, Passage

CONTEXT_SHARE = 4  # documents get at most a quarter of the model's context


def budget_for(context_length: int) -> int:
    """The tokens of a model's context that passages may fill."""
    return max(256, context_length // CONTEXT_SHARE)


def sources_prompt(passages: Sequence[Passage]) -> str:
    """The system-message addition that hands ``passages`` to the model as numbered sources."""
    lines = [
        "Passages from the user's documents follow, numbered. Use them when they help, and cite "
        "them by number, like [1]. If they do not hold the answer, say so.",
    ]
    for number, passage in enumerate(passages, start=1):
        lines.append(f"\n[{number}] {passage.location()}\n{passage.text}")
    return "\n".join(lines)


class DocumentsContext:
    """The passages of a conversation's attached collections that best match a question."""

    def __init__(self, conversation_id: int, budget_tokens: int, path: Path | None = None) -> None:
        self.conversation_id = conversation_id
        self.budget_tokens = budget_tokens
        self.path = path

    def __call__(self, question: str) -> list[Passage]:
        index = DocumentIndex(self.path)
        try:
            names = index.attached(self.conversation_id)
            return index.retrieve(names, question, self.budget_tokens)
        finally:
            index.close()
