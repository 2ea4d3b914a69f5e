"""The engine protocol shared by every way Hearth can answer a chat.

An engine turns a list of chat messages into a stream of :class:`Delta` objects. The UI, the
chat session and the store treat every engine alike; only ``Engine.label``, ``route`` and
``provider`` tell them apart. Failures are raised as :class:`EngineError` (or a subclass) whose
message is written for the user, never as text inside the answer.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, Protocol, runtime_checkable

from app.core.text import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from app.core.settings import GenerationSettings

Role = Literal["system", "user", "assistant"]


@dataclass(frozen=True)
class ChatMessage:
    role: Role
    content: str


@dataclass(frozen=True)
class GenerationParams:
    temperature: float = 0.7
    top_p: float = 0.95
    max_tokens: int = 1024
    seed: int = -1  # -1: random

    @classmethod
    def from_settings(cls, generation: GenerationSettings) -> GenerationParams:
        """The parameters for one answer from the user's answer settings."""
        return cls(generation.temperature, generation.top_p, generation.max_tokens, generation.seed)


@dataclass
class Usage:
    """What one answer cost and how fast it came; the last delta of a stream carries it."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    time_to_first_token_s: float | None = None
    total_s: float = 0.0
    cached_prompt_tokens: int = 0  # prompt tokens served from the KV cache (local engine)
    dropped_messages: int = 0  # oldest turns left out because the context was full
    n_threads: int = 0  # threads that generated the answer (local engine; 0: not applicable)
    thread_reason: str = ""  # why that many: "default for this machine", "other programs are …"

    @property
    def tokens_per_s(self) -> float | None:
        if self.time_to_first_token_s is None or self.completion_tokens < 2:
            return None
        gen_time = self.total_s - self.time_to_first_token_s
        return (self.completion_tokens - 1) / gen_time if gen_time > 0 else None


@dataclass(frozen=True)
class Prefill:
    """How far an engine has read the prompt: ``done`` of ``total`` tokens are in its context,
    ``cached`` of them were there already (the KV cache). Reported before the first prompt chunk
    and after each one, never per token; an engine that cannot tell reports nothing."""

    total: int
    done: int
    cached: int = 0

    @property
    def to_read(self) -> int:
        """The prompt tokens this answer evaluates (those the cache did not hold)."""
        return self.total - self.cached

    @property
    def fraction(self) -> float:
        """How much of ``to_read`` is read, 0.0 to 1.0."""
        return min(1.0, (self.done - self.cached) / self.to_read) if self.to_read > 0 else 1.0


@dataclass(frozen=True)
class Delta:
    """One step of a streamed answer.

    ``text`` is new answer text (possibly empty); ``notice`` is a status line for the user that is
    not part of the answer ("rate limited, retrying in 4 s", "2 earlier messages were left out");
    ``prefill`` is the prompt's reading progress (local engine, before the first text);
    ``usage`` is set on the final delta only.
    """

    text: str = ""
    notice: str | None = None
    usage: Usage | None = field(default=None)
    prefill: Prefill | None = None


class EngineError(Exception):
    """A failure the user can act on. ``str(err)`` is the message; ``hint`` says what to do."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint

    def user_message(self) -> str:
        """The message and the hint, one after the other (a :class:`~app.core.text.Text`, which
        the window translates, when both are)."""
        message = self.args[0] if self.args else ""
        if not self.hint:
            return message if isinstance(message, str) else str(message)
        return Text(QT_TRANSLATE_NOOP("Core", "{message} {hint}"), message=message, hint=self.hint)


class ModelLoadError(EngineError):
    """A model file that could not be loaded."""


@runtime_checkable
class Engine(Protocol):
    """What the chat session needs from any engine.

    ``stream`` runs on a worker thread, never the GUI thread. It must check ``stop`` between
    tokens (and during long waits) and return promptly once it is set.
    """

    route: Literal["local", "hosted"]
    provider: str  # "llama.cpp", "openai", "anthropic", "openai_compatible"
    model: str  # the exact model file name or pinned model version
    label: str  # what the UI shows for answers from this engine

    def stream(
        self,
        messages: list[ChatMessage],
        params: GenerationParams,
        stop: threading.Event,
    ) -> Iterator[Delta]: ...

    def close(self) -> None: ...
