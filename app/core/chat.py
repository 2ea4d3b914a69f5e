"""One turn of a conversation: history from the store in, a streamed answer saved as it grows.

:func:`run_turn` is what the chat worker runs on its thread (and what the kill test runs in a
child process). The answer is checkpointed to the store at least every ``checkpoint_s`` seconds,
so a crash or kill loses at most that much; a stopped or failed answer keeps its text and is
marked ``interrupted``.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.core.engines.base import ChatMessage, Engine, EngineError, GenerationParams, Usage
from app.core.store import ConversationStore, MessageState

CHECKPOINT_S = 1.0

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TurnResult:
    message_id: int
    text: str
    state: MessageState
    usage: Usage | None
    error: str | None


def history_for(
    store: ConversationStore, conversation_id: int, system_prompt: str
) -> list[ChatMessage]:
    """The messages an engine sees: the system prompt, then every non-empty stored message."""
    messages = [ChatMessage("system", system_prompt)] if system_prompt.strip() else []
    for m in store.messages(conversation_id):
        if m.role in ("user", "assistant") and m.content.strip() and m.state != "error":
            messages.append(m.as_chat())
    return messages


def run_turn(
    store: ConversationStore,
    engine: Engine,
    conversation_id: int,
    params: GenerationParams,
    stop: threading.Event,
    system_prompt: str = "",
    on_text: Callable[[str], None] = lambda _t: None,
    on_notice: Callable[[str], None] = lambda _n: None,
    on_started: Callable[[int], None] = lambda _id: None,
    checkpoint_s: float = CHECKPOINT_S,
) -> TurnResult:
    """Answer the conversation's last user message with ``engine``.

    Never raises for a failed answer: the error is returned (and stored) instead.
    """
    messages = history_for(store, conversation_id, system_prompt)
    answer = store.begin_answer(conversation_id, engine.route, engine.provider, engine.model)
    on_started(answer.id)
    parts: list[str] = []
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
            if delta.usage is not None:
                usage = delta.usage
    except Exception as exc:  # the user sees every failure; the partial answer is kept
        error = (
            exc.user_message()
            if isinstance(exc, EngineError)
            else f"The answer failed unexpectedly: {exc!r}"
        )
        log.warning("answer %d failed (%s): %s", answer.id, engine.label, error)
        text = "".join(parts)
        state: MessageState = "interrupted" if text else "error"
        store.finish_answer(answer.id, text, state, usage, error=error)
        return TurnResult(answer.id, text, state, usage, error)
    text = "".join(parts)
    state = "interrupted" if stop.is_set() else "complete"
    if usage is not None:
        log.info(
            "answer %d %s by %s: %d prompt tokens (%d cached), %d completion tokens in %.2f s",
            answer.id, state, engine.label, usage.prompt_tokens, usage.cached_prompt_tokens,
            usage.completion_tokens, usage.total_s,
        )  # fmt: skip
    store.finish_answer(answer.id, text, state, usage)
    return TurnResult(answer.id, text, state, usage, None)
