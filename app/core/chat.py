"""One turn of a conversation: history from the store in, a streamed answer saved as it grows.

:func:`run_turn` is what the chat worker runs on its thread (and what the kill test runs in a
child process). The answer is checkpointed to the store at least every ``checkpoint_s`` seconds,
so a crash or kill loses at most that much; a stopped or failed answer keeps its text and is
marked ``interrupted``. :func:`history_for` is the one rule for which messages an engine sees;
:func:`title_from_first_message` the one rule for a new chat's title. An optional context
provider (the documents attached to the conversation) adds numbered passages to the system
message; the answer's sources go to ``on_sources``.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.engines.base import (
    ChatMessage,
    Engine,
    EngineError,
    GenerationParams,
    Prefill,
    Usage,
)
from app.core.store import (
    DB_ERRORS,
    ConversationStore,
    FinishReason,
    MessageState,
    StoredMessage,
)
from app.core.text import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:  # the documents modules load with the first chat that has documents attached
    from app.core.documents.index import Passage

CHECKPOINT_S = 1.0
TITLE_LIMIT = 48  # characters of a title made from the first message, "…" included
DEFAULT_TITLE = "New chat"
# What an engine is asked after a partial answer, to continue it. The engine protocol takes chat
# messages only, and a chat template closes every assistant turn it renders, so the partial
# answer goes in as the last assistant message and this user turn follows it.
CONTINUE_PROMPT = "Continue."

log = logging.getLogger(__name__)

# The passages for a question (called on the thread that runs the turn); see core.documents.
ContextProvider = Callable[[str], "Sequence[Passage]"]


@dataclass(frozen=True)
class TurnResult:
    message_id: int
    text: str
    state: MessageState
    usage: Usage | None
    error: str | None
    finish_reason: FinishReason | None = None  # None: no answer was written
    sources: tuple[Passage, ...] | None = None  # None: no context provider; (): none matched


def history_for(
    store: ConversationStore, conversation_id: int, system_prompt: str, leaf_id: int | None = None
) -> list[ChatMessage]:
    """The messages an engine sees: the system prompt, then every non-empty message of the
    branch that ends at ``leaf_id`` (default: the branch the conversation shows)."""
    messages = [ChatMessage("system", system_prompt)] if system_prompt.strip() else []
    for m in store.path(conversation_id, leaf_id):
        if m.role in ("user", "assistant") and m.content.strip() and m.state != "error":
            messages.append(m.as_chat())
    return messages


def context_used(messages: Sequence[StoredMessage]) -> int:
    """How many tokens of the model's context the branch ``messages`` fills: what the last
    answer with a known usage read and wrote (0 when no answer says; a continued answer counts
    the prompts of both its parts, so it may read high)."""
    for m in reversed(messages):
        if m.role == "assistant" and m.prompt_tokens is not None:
            return m.prompt_tokens + (m.completion_tokens or 0)
    return 0


def run_turn(
    store: ConversationStore,
    engine: Engine,
    conversation_id: int,
    params: GenerationParams,
    stop: threading.Event,
    system_prompt: str = "",
    on_text: Callable[[str], None] = lambda _t: None,
    on_notice: Callable[[str], None] = lambda _n: None,
    on_prefill: Callable[[Prefill], None] = lambda _p: None,
    on_started: Callable[[int], None] = lambda _id: None,
    checkpoint_s: float = CHECKPOINT_S,
    reply_to: int | None = None,
    continue_message_id: int | None = None,
    context_provider: ContextProvider | None = None,
    on_sources: Callable[[int, Sequence[Passage]], None] = lambda _id, _s: None,
) -> TurnResult:
    """Answer with ``engine`` and save the answer as it streams.

    By default the answer follows the last message of the branch shown. ``reply_to``: answer
    that user message instead (regenerate: the new answer is a sibling of the old ones).
    ``continue_message_id``: continue that answer (one that hit the length limit), appending the
    new text to it; the engine sees the history up to the partial answer, then
    :data:`CONTINUE_PROMPT`. ``on_text`` gets only new text; ``on_prefill`` the engine's
    prompt reading progress.

    ``context_provider``: called with the question (the last user message) for the passages to
    add to the system message as numbered sources; ``on_sources`` then gets the answer's id and
    those passages (an empty list when none matched), before the answer streams. Documents that
    cannot be searched are a notice, and the answer goes on without them.

    Never raises for a failed answer: the error is returned (and stored) instead. The store's
    errors, and ValueError for a message that cannot be answered or continued, propagate.
    """
    earlier: Usage | None = None
    if continue_message_id is not None:
        answer = store.resume_answer(
            continue_message_id, engine.route, engine.provider, engine.model
        )
        messages = history_for(store, conversation_id, system_prompt, leaf_id=answer.id)
        question = _last_question(messages)
        messages.append(ChatMessage("user", CONTINUE_PROMPT))
        if answer.prompt_tokens is not None and answer.completion_tokens is not None:
            earlier = Usage(
                answer.prompt_tokens,
                answer.completion_tokens,
                answer.ttft_s,
                answer.total_s or 0.0,
            )
    else:
        target = store.message(reply_to) if reply_to is not None else None
        if reply_to is not None and (target is None or target.role != "user"):
            raise ValueError(f"message {reply_to} is not a user message to answer")
        messages = history_for(store, conversation_id, system_prompt, leaf_id=reply_to)
        question = _last_question(messages)
        answer = store.begin_answer(
            conversation_id, engine.route, engine.provider, engine.model, parent_id=reply_to
        )
    on_started(answer.id)
    sources: tuple[Passage, ...] | None = None
    if context_provider is not None:
        from app.core.documents.index import DocumentsError

        try:
            sources = tuple(context_provider(question))
        except (DocumentsError,) + DB_ERRORS as exc:  # plain or encrypted (SQLCipher)
            on_notice(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "Your documents could not be searched ({error}); answering without them.",
                    ),
                    error=exc.args[0] if isinstance(exc, DocumentsError) and exc.args else str(exc),
                )
            )
        else:
            messages = _with_sources(messages, sources)
            on_sources(answer.id, sources)
    parts: list[str] = [answer.content] if answer.content else []
    usage: Usage | None = None
    last_save = time.monotonic()
    try:
        for delta in engine.stream(messages, params, stop):
            if delta.text:
                parts.append(delta.text)
                on_text(delta.text)
                now = time.monotonic()
                if now - last_save >= checkpoint_s:
                    store.update_answer(answer.id, "".join(parts))
                    last_save = now
            if delta.notice:
                on_notice(delta.notice)
            if delta.prefill is not None:
                on_prefill(delta.prefill)
            if delta.usage is not None:
                usage = delta.usage
    except Exception as exc:  # the user sees every failure; the partial answer is kept
        error = (
            exc.user_message()
            if isinstance(exc, EngineError)
            else Text(
                QT_TRANSLATE_NOOP("Core", "The answer failed unexpectedly: {error}"),
                error=repr(exc),
            )
        )
        log.warning("answer %d failed (%s): %s", answer.id, engine.label, error)
        text = "".join(parts)
        state: MessageState = "interrupted" if text else "error"
        total = _combined(earlier, usage)
        store.finish_answer(answer.id, text, state, total, error=error, finish_reason="error")
        return TurnResult(answer.id, text, state, total, error, "error", sources)
    text = "".join(parts)
    reason: FinishReason
    if stop.is_set():
        state, reason = "interrupted", "interrupted"
    elif usage is not None and usage.completion_tokens >= params.max_tokens:
        state, reason = "complete", "length"
    else:
        state, reason = "complete", "stop"
    total = _combined(earlier, usage)
    store.finish_answer(answer.id, text, state, total, finish_reason=reason)
    if usage is not None:  # logged once saved: the log never says "complete" before the store
        log.info(
            "answer %d %s (%s) by %s: %d prompt tokens (%d cached), %d completion tokens in %.2f s",
            answer.id, state, reason, engine.label, usage.prompt_tokens,
            usage.cached_prompt_tokens, usage.completion_tokens, usage.total_s,
        )  # fmt: skip
    return TurnResult(answer.id, text, state, total, None, reason, sources)


def _last_question(messages: list[ChatMessage]) -> str:
    return next((m.content for m in reversed(messages) if m.role == "user"), "")


def _with_sources(messages: list[ChatMessage], passages: Sequence[Passage]) -> list[ChatMessage]:
    """``messages`` with the numbered passages added to the system message (made when none)."""
    if not passages:
        return messages
    from app.core.documents.context import sources_prompt

    addition = sources_prompt(passages)
    if messages and messages[0].role == "system":
        first = ChatMessage("system", f"{messages[0].content}\n\n{addition}")
        return [first, *messages[1:]]
    return [ChatMessage("system", addition), *messages]


def _combined(earlier: Usage | None, usage: Usage | None) -> Usage | None:
    """The usage of a continued answer: both parts' tokens and time, the first part's TTFT."""
    if earlier is None or usage is None:
        return usage or earlier
    return Usage(
        prompt_tokens=earlier.prompt_tokens + usage.prompt_tokens,
        completion_tokens=earlier.completion_tokens + usage.completion_tokens,
        time_to_first_token_s=earlier.time_to_first_token_s or usage.time_to_first_token_s,
        total_s=earlier.total_s + usage.total_s,
        cached_prompt_tokens=usage.cached_prompt_tokens,
        dropped_messages=usage.dropped_messages,
    )


_FENCE = re.compile(r"^\s*(```|~~~)")
_LINE_MARKUP = re.compile(r"^\s*(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)+")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|~~)(.+?)\1|(?<!\w)[*_](\S(?:.*?\S)?)[*_](?!\w)|`([^`]*)`")


def title_from_first_message(text: str) -> str:
    """A chat's title from its first message: the words without markdown (headings, quotes,
    list markers, emphasis, links, inline code; code blocks count only when nothing else is
    written), whitespace collapsed, at most :data:`TITLE_LIMIT` characters, cut at a word
    boundary with "…". :data:`DEFAULT_TITLE` when no words are left."""
    prose: list[str] = []
    code: list[str] = []
    in_code = False
    for line in text.splitlines():
        if _FENCE.match(line):
            in_code = not in_code
            continue
        (code if in_code else prose).append(line)
    lines = prose if any(line.strip() for line in prose) else code
    words = []
    for line in lines:
        line = _LINK.sub(r"\1", _LINE_MARKUP.sub("", line))
        words.append(
            _EMPHASIS.sub(lambda m: next(g for g in m.groups()[1:] if g is not None), line)
        )
    title = " ".join(" ".join(words).split())
    if not title:
        return DEFAULT_TITLE
    if len(title) <= TITLE_LIMIT:
        return title
    cut = title[: TITLE_LIMIT - 1]
    space = cut.rfind(" ")
    if space > 0:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + "…"
