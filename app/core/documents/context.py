"""Passages of the documents attached to a conversation, put into an answer's prompt.

:class:`DocumentsContext` is the ``context_provider`` that :func:`app.core.chat.run_turn` calls on
the chat worker's thread: it finds the passages that best match the question in the collections
attached to the conversation, within a token budget, and returns them. Without an embedding
model that is BM25, on a connection opened for the call. With one (the
``documents.embedding_model`` setting, installed), it is hybrid: the embedder, the database
connection and the vectors held in memory stay with the calling thread (thread-local, so nothing
crosses threads) for the next question. :func:`sources_prompt` is the one wording of the numbered
sources the model sees; the answer cites them as ``[1]``, ``[2]``.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.core import paths
from app.core.documents.index import DocumentIndex, Passage, within_budget
from app.core.documents.vectors import (
    CANDIDATES,
    LlamaEmbedder,
    VectorCache,
    hybrid_search,
    open_embedder,
)

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


@dataclass
class _Searcher:
    """What one thread keeps between questions for hybrid search."""

    path: Path
    choice: str
    index: DocumentIndex
    embedder: LlamaEmbedder | None
    cache: VectorCache


_HELD = threading.local()


def _searcher(path: Path, choice: str) -> _Searcher:
    """This thread's searcher for ``path`` and embedding model ``choice``; a model not there
    yet is looked for again at the next question."""
    held: _Searcher | None = getattr(_HELD, "searcher", None)
    if held is not None and held.path != path:
        _drop(held)
        held = None
    if held is None:
        held = _Searcher(path, choice, DocumentIndex(path), None, VectorCache())
        _HELD.searcher = held
    if held.choice != choice or held.embedder is None:
        if held.embedder is not None:
            held.embedder.close()
        held.choice, held.embedder, held.cache = choice, open_embedder(choice), VectorCache()
    return held


def _drop(held: _Searcher) -> None:
    if held.embedder is not None:
        held.embedder.close()
    held.index.close()


def release_searcher() -> None:
    """Close what this thread keeps for hybrid search (its owner calls it before it ends)."""
    held: _Searcher | None = getattr(_HELD, "searcher", None)
    if held is not None:
        _drop(held)
        _HELD.searcher = None


class DocumentsContext:
    """The passages of a conversation's attached collections that best match a question."""

    def __init__(
        self,
        conversation_id: int,
        budget_tokens: int,
        path: Path | None = None,
        embedding_model: str = "",
    ) -> None:
        self.conversation_id = conversation_id
        self.budget_tokens = budget_tokens
        self.path = path
        self.embedding_model = embedding_model

    def __call__(self, question: str) -> list[Passage]:
        if self.embedding_model:
            searcher = _searcher(self.path or paths.documents_database_path(), self.embedding_model)
            if searcher.embedder is not None:
                names = searcher.index.attached(self.conversation_id)
                if not names:
                    return []
                found = hybrid_search(
                    searcher.index, question, names, searcher.embedder, CANDIDATES, searcher.cache
                )
                return within_budget(found, self.budget_tokens)
        index = DocumentIndex(self.path)
        try:
            names = index.attached(self.conversation_id)
            return index.retrieve(names, question, self.budget_tokens)
        finally:
            index.close()
