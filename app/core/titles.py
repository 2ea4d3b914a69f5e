"""A chat's title proposed by the local model after its first answer.

A new chat is titled from its first message at once (:func:`app.core.chat.title_from_first_message`,
the fallback). After the first answer of a local chat, :func:`propose_title` asks the model for a
short title: a greedy completion of at most :data:`TITLE_MAX_TOKENS` tokens that follows the
chat's own history, so the local engine reuses the KV cache it has and only reads the request.
A proposal that is a sentence rather than a title, or that the token limit cut off, is dropped.
:func:`title_wanted` is the one rule for when to ask; the store then replaces the title only if
it is still the first-message title (``retitle_conversation``), so a title the user chose is
never replaced. Runs on the chat worker's thread.
"""

from __future__ import annotations

import re
import threading

from app.core.chat import TITLE_LIMIT, history_for, title_from_first_message
from app.core.engines.base import ChatMessage, Engine, GenerationParams
from app.core.store import ConversationStore

TITLE_MAX_TOKENS = 16
TITLE_MAX_WORDS = 8  # a longer proposal is a sentence, not a title: the fallback stays
TITLE_REQUEST = (
    "Write a short title of at most six words for this conversation. "
    "Reply with the title only, without quotes."
)
TITLE_PARAMS = GenerationParams(temperature=0.0, top_p=1.0, max_tokens=TITLE_MAX_TOKENS, seed=0)
_LEAD = re.compile(r"^\s*(?:#+\s*|[-*>]\s+|\**title\**\s*:\s*)", re.IGNORECASE)
_QUOTES = "\"'“”‘’«»`*_"


def title_wanted(store: ConversationStore, conversation_id: int) -> str | None:
    """The conversation's current title when the model should propose a better one: a local
    chat with exactly one answer, complete, still titled from its first message. Else None."""
    conversation = store.conversation(conversation_id)
    if conversation is None or conversation.route != "local":
        return None
    messages = store.all_messages(conversation_id)
    answers = [m for m in messages if m.role == "assistant"]
    users = [m for m in messages if m.role == "user"]
    if len(answers) != 1 or answers[0].state != "complete" or not answers[0].content.strip():
        return None
    if not users or conversation.title != title_from_first_message(users[0].content):
        return None
    return conversation.title


def clean_title(text: str, complete: bool = True) -> str | None:
    """The model's proposal as a title: its first line (after a lead-in such as "Here is a
    title:") without quotes, markdown or a "Title:" lead, whitespace collapsed, at most
    :data:`TITLE_LIMIT` characters. None when it is not a short title: nothing left, more than
    :data:`TITLE_MAX_WORDS` words (a sentence), or cut off (``complete`` False: the token limit
    ended the proposal inside that line)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) > 1 and lines[0].rstrip().endswith(":"):
        lines = lines[1:]
    if not lines or (not complete and len(lines) == 1 and not text.endswith("\n")):
        return None
    line = _LEAD.sub("", lines[0]).strip().strip(_QUOTES).strip()
    line = " ".join(line.split()).rstrip(" .:;,")
    if not line or len(line.split()) > TITLE_MAX_WORDS:
        return None
    if len(line) > TITLE_LIMIT:
        cut = line[: TITLE_LIMIT - 1]
        space = cut.rfind(" ")
        line = (cut[:space] if space > 0 else cut).rstrip(" ,;:.-–—") + "…"
    return line


def propose_title(
    store: ConversationStore,
    engine: Engine,
    conversation_id: int,
    system_prompt: str,
    stop: threading.Event,
) -> str | None:
    """Ask ``engine`` for a title of the conversation's branch shown; None when it gave
    nothing usable (or ``stop`` was set). The engine's errors propagate."""
    messages = history_for(store, conversation_id, system_prompt)
    messages.append(ChatMessage("user", TITLE_REQUEST))
    parts: list[str] = []
    tokens = 0
    for delta in engine.stream(messages, TITLE_PARAMS, stop):
        parts.append(delta.text)
        if delta.usage is not None:
            tokens = delta.usage.completion_tokens
    if stop.is_set():
        return None
    return clean_title("".join(parts), complete=tokens < TITLE_MAX_TOKENS)
