"""The hosted engines: OpenAI's Chat Completions (any compatible server) and Anthropic's Messages.

The official SDKs do the HTTP, the SSE parsing and the timeouts; their own retries are switched
off (``max_retries=0``) because Hearth may only retry *before* the first token is shown. An SDK is
imported when its engine is created, never when this module is. :class:`HostedEngine` adds what
the SDKs cannot know about:

- a retry loop for 429, 502, 503, 504 and connection errors before any output, with capped
  exponential backoff plus jitter, honouring ``Retry-After`` up to the cap, and a ``notice`` delta
  ("rate limited, retrying in 4 s") for the UI;
- an overall time cap per answer, on top of the SDK's connect and between-chunk timeouts;
- Stop that takes effect at once (:class:`~app.core.engines.hosted.request.WatchedRequest`);
- one :class:`HostedError` subclass per failure, each with a plain message and a hint, with every
  configured key removed from the server's own words;
- every connection recorded in the network ledger under the engine's ``purpose`` ("hosted chat",
  or "connection check" for Settings' test), and the offline lock's refusal reported as
  :class:`OfflineLockedError`, never retried;
- answer text that is always valid Unicode: a lone surrogate (``"\\ud800"`` in the JSON) becomes
  U+FFFD instead of failing the store.
"""

from __future__ import annotations

import dataclasses
import math
import random
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from app.core.engines.base import ChatMessage, Delta, GenerationParams, Usage
from app.core.engines.hosted.config import HostedConfig, config_from_settings
from app.core.engines.hosted.errors import (
    SETTINGS_HINT,
    ConnectionLostError,
    HostedError,
    KeyRejectedError,
    MalformedStreamError,
    ModelNotFoundError,
    OfflineLockedError,
    RateLimitedError,
    RequestRejectedError,
    ServerError,
    TimedOutError,
    UnreachableError,
)
from app.core.engines.hosted.request import Interrupted, WatchedRequest
from app.core.network_ledger import (
    HOSTED_CHAT,
    network_purpose,
    refused_by_lock,
)
from app.core.retry import retry_after_seconds
from app.core.settings import HostedSettings
from app.core.text import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    import anthropic
    import openai

RETRY_BASE_S = 1.0
RETRY_CAP_S = 20.0


def valid_text(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD; surrogate pairs are joined."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


@dataclass(frozen=True)
class _Text:
    text: str


@dataclass(frozen=True)
class _Counts:
    prompt_tokens: int | None = None
    completion_tokens: int | None = None


_Piece = _Text | _Counts


@dataclass(frozen=True)
class Failure:
    """What an SDK exception means for the user and for the retry loop."""

    error: HostedError
    retryable: bool = False
    retry_after: float | None = None
    notice: str = ""
    cause: BaseException | None = None  # what to chain under ``error``: never text with a key


class HostedEngine:
    """What both hosted engines share: the retry loop, the time caps, Stop and the errors.

    Lives on the chat worker's thread like every engine; ``stream`` starts one daemon thread per
    attempt that opens the request and then watches it (see :class:`WatchedRequest`). Subclasses
    create their SDK's client and say how to open a stream and how to read pieces from it.
    """

    route: Literal["local", "hosted"] = "hosted"
    _sdk: Any  # the SDK module, for its exception classes and ``omit``
    _client: Any  # the SDK's client: the same ``models.list()`` and ``close()`` in both

    def __init__(
        self,
        config: HostedConfig,
        *,
        retry_base_s: float = RETRY_BASE_S,
        retry_cap_s: float = RETRY_CAP_S,
        purpose: str = HOSTED_CHAT,
    ) -> None:
        self.config = config
        self.purpose = purpose  # what the network ledger records its connections as
        self.provider: str = config.provider
        self.model: str = config.model
        self.label: str = f"{config.model} · {config.where}"
        self.retry_base_s = retry_base_s
        self.retry_cap_s = retry_cap_s
        self._closed = False

    def _timeout(self) -> Any:
        c = self.config
        return self._sdk.Timeout(
            connect=c.connect_timeout_s,
            read=c.chunk_timeout_s,
            write=c.chunk_timeout_s,
            pool=c.connect_timeout_s,
        )

    # provider specifics -----------------------------------------------------------------

    def _open(self, messages: list[ChatMessage], params: GenerationParams) -> Any:
        raise NotImplementedError

    def _read(self, stream: Any) -> Iterator[_Piece]:
        raise NotImplementedError

    def _open_recorded(self, messages: list[ChatMessage], params: GenerationParams) -> Any:
        """:meth:`_open` with its connection recorded under :attr:`purpose` (on the request's
        own thread, where the connection is made)."""
        with network_purpose(self.purpose):
            return self._open(messages, params)

    # the protocol -----------------------------------------------------------------------

    def stream(
        self, messages: list[ChatMessage], params: GenerationParams, stop: threading.Event
    ) -> Iterator[Delta]:
        if self._closed:
            raise HostedError(
                Text(QT_TRANSLATE_NOOP("Core", "This hosted engine was closed.")), SETTINGS_HINT
            )
        start = time.monotonic()
        deadline = start + self.config.total_timeout_s
        usage = Usage()
        chunks = 0
        counts = _Counts()
        attempt = 0
        while True:
            request = WatchedRequest(lambda: self._open_recorded(messages, params), stop, deadline)
            try:
                for piece in self._read(request.stream()):
                    if isinstance(piece, _Counts):
                        counts = _Counts(
                            counts.prompt_tokens
                            if piece.prompt_tokens is None
                            else piece.prompt_tokens,
                            counts.completion_tokens
                            if piece.completion_tokens is None
                            else piece.completion_tokens,
                        )
                    elif piece.text:
                        if usage.time_to_first_token_s is None:
                            usage.time_to_first_token_s = time.monotonic() - start
                        chunks += 1
                        yield Delta(text=valid_text(piece.text))
                    if stop.is_set():
                        raise Interrupted("stop")
                    if time.monotonic() >= deadline:
                        raise Interrupted("deadline")
                break
            except Interrupted as why:
                if why.why == "stop":
                    break
                raise self._over_time() from None
            except Exception as exc:
                if stop.is_set():
                    break
                if request.expired:
                    raise self._over_time() from None
                failure = self.classify(exc, shown=usage.time_to_first_token_s is not None)
                delay = self._retry_delay(failure, attempt, deadline)
                if delay is None:
                    raise failure.error from failure.cause
                attempt += 1
                yield Delta(
                    notice=Text(
                        QT_TRANSLATE_NOOP("Core", "{why}, retrying in {seconds} s"),
                        why=failure.notice,
                        seconds=math.ceil(delay),
                    )
                )
                if stop.wait(delay):
                    break
            finally:
                request.finish()
        usage.prompt_tokens = counts.prompt_tokens or 0
        # A server that reports no usage sends about one token per chunk.
        usage.completion_tokens = (
            counts.completion_tokens if counts.completion_tokens is not None else chunks
        )
        usage.total_s = time.monotonic() - start
        yield Delta(usage=usage)

    def _over_time(self) -> TimedOutError:
        return TimedOutError(
            f"The answer took longer than the {self.config.total_timeout_s:g} s limit.",
            "Raise the overall time limit in Settings… or ask for a shorter answer.",
        )

    def _retry_delay(self, failure: Failure, attempt: int, deadline: float) -> float | None:
        """Seconds to wait before the next attempt, or ``None`` when there is none."""
        if not failure.retryable or attempt >= self.config.max_retries:
            return None
        if failure.retry_after is not None:
            delay = min(failure.retry_after, self.retry_cap_s)
        else:
            ceiling = min(self.retry_cap_s, self.retry_base_s * 2**attempt)
            delay = random.uniform(ceiling / 2, ceiling)
        if time.monotonic() + delay >= deadline:
            return None
        return delay

    def list_models(self) -> list[str]:
        """The ids of the models the server offers, sorted. Blocking, like ``stream``."""
        with network_purpose(self.purpose):
            return sorted(self._server_text(m.id) for m in self._client.models.list())

    def close(self) -> None:
        self._closed = True
        self._client.close()

    # errors -----------------------------------------------------------------------------

    def _server_text(self, text: str) -> str:
        """Words from the server, safe to show, store and log: no key, valid Unicode."""
        return valid_text(self.config.redact(text))

    def _status_failure(self, status: int, message: str, headers: Any) -> Failure:
        c = self.config
        where = c.where
        message = self._server_text(message)
        if status == 401:
            hint = Text(QT_TRANSLATE_NOOP("Core", "Open Settings… and enter a valid API key."))
            if c.key_source == "environment":
                hint = Text(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "The key came from {variable}; fix it there or store one in Settings….",
                    ),
                    variable=c.spec.env_var,
                )
            return Failure(
                KeyRejectedError(
                    Text(QT_TRANSLATE_NOOP("Core", "{where} rejected the API key."), where=where),
                    hint,
                )
            )
        if status == 403:
            return Failure(
                KeyRejectedError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core", "{where} refused access with this key ({message})."
                        ),
                        where=where,
                        message=message,
                    ),
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core",
                            "Check the key's permissions, or open Settings… to use another key.",
                        )
                    ),
                )
            )
        if status == 404:
            return Failure(
                ModelNotFoundError(
                    Text(
                        QT_TRANSLATE_NOOP("Core", "{where} does not know the model '{model}'."),
                        where=where,
                        model=c.model,
                    ),
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core",
                            "Check the exact model name in Settings… (List models shows what is "
                            "offered).",
                        )
                    ),
                )
            )
        if status == 429:
            return Failure(
                RateLimitedError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core",
                            "{where} is rate limiting requests and did not answer after retrying.",
                        ),
                        where=where,
                    ),
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core", "Wait a minute and send again, or check your plan's limits."
                        )
                    ),
                ),
                retryable=True,
                retry_after=retry_after_seconds(headers),
                notice=Text(QT_TRANSLATE_NOOP("Core", "rate limited")),
            )
        if status in (502, 503, 504, 529):  # 529: Anthropic's "overloaded", a refusal
            return Failure(
                ServerError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core", "{where} is unavailable right now (HTTP {status})."
                        ),
                        where=where,
                        status=status,
                    ),
                    Text(QT_TRANSLATE_NOOP("Core", "Try again in a little while.")),
                ),
                retryable=True,
                retry_after=retry_after_seconds(headers),
                notice=Text(
                    QT_TRANSLATE_NOOP("Core", "server busy (HTTP {status})"), status=status
                ),
            )
        if status >= 500:
            return Failure(
                ServerError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core", "{where} failed with a server error (HTTP {status}): {message}"
                        ),
                        where=where,
                        status=status,
                        message=message,
                    )
                )
            )
        return Failure(
            RequestRejectedError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core", "{where} refused the request (HTTP {status}): {message}"
                    ),
                    where=where,
                    status=status,
                    message=message,
                ),
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "The conversation may be too long for this model, or a setting is out of "
                        "range.",
                    )
                ),
            )
        )

    def classify(self, exc: Exception, *, shown: bool) -> Failure:
        """What ``exc`` from the SDK means; ``shown``: part of the answer was already yielded.

        The failure's ``cause`` is ``exc``, or nothing when the SDK's text of ``exc`` quotes a
        key. Raises ``exc`` again when it is nothing the hosted route knows about.
        """
        if isinstance(exc, HostedError):
            return Failure(exc, cause=exc.__cause__)
        failure = self._failure(exc, shown=shown)
        raw = f"{exc} {getattr(exc, 'body', '')!r}"
        return dataclasses.replace(failure, cause=exc if self.config.redact(raw) == raw else None)

    def _failure(self, exc: Exception, *, shown: bool) -> Failure:
        import httpx2  # the SDKs' HTTP library; loaded with the SDK by now

        sdk = self._sdk
        c = self.config
        where = c.where
        if refused_by_lock(exc):
            return Failure(
                OfflineLockedError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core", "Offline lock is on: the hosted route cannot reach {where}."
                        ),
                        where=where,
                    ),
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core", "Turn it off in Settings › Privacy. Or switch to Local."
                        )
                    ),
                )
            )
        # Anthropic's stream lets the HTTP library's own errors through; OpenAI's wraps them.
        if isinstance(exc, (sdk.APITimeoutError, httpx2.TimeoutException)):
            if shown:
                return Failure(
                    TimedOutError(
                        Text(
                            QT_TRANSLATE_NOOP(
                                "Core",
                                "{where} sent nothing for {seconds:g} s, so the answer was cut "
                                "off; the part already shown was kept.",
                            ),
                            where=where,
                            seconds=c.chunk_timeout_s,
                        ),
                        Text(
                            QT_TRANSLATE_NOOP(
                                "Core", "Send again, or raise the chunk timeout in Settings…."
                            )
                        ),
                    )
                )
            return Failure(
                TimedOutError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core",
                            "{where} did not answer within the time limits ({connect:g} s to "
                            "connect, {chunk:g} s per chunk).",
                        ),
                        where=where,
                        connect=c.connect_timeout_s,
                        chunk=c.chunk_timeout_s,
                    ),
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core", "Check the server, or raise the timeouts in Settings…."
                        )
                    ),
                )
            )
        if isinstance(exc, (sdk.APIConnectionError, httpx2.TransportError)):
            if shown:
                return Failure(
                    ConnectionLostError(
                        Text(
                            QT_TRANSLATE_NOOP(
                                "Core",
                                "The connection to {where} was lost mid-answer; the part already "
                                "shown was kept.",
                            ),
                            where=where,
                        ),
                        Text(QT_TRANSLATE_NOOP("Core", "Send again to get a full answer.")),
                    )
                )
            return Failure(
                UnreachableError(
                    Text(
                        QT_TRANSLATE_NOOP("Core", "Hearth could not reach {where} ({url})."),
                        where=where,
                        url=c.base_url,
                    ),
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core", "Check your connection and the server address in Settings…."
                        )
                    ),
                ),
                retryable=True,
                notice=Text(QT_TRANSLATE_NOOP("Core", "could not connect")),
            )
        if isinstance(exc, sdk.APIStatusError):
            failure = self._status_failure(
                exc.status_code, _error_message(exc), getattr(exc.response, "headers", None)
            )
            if shown:  # an error event after output: report it, never retry
                return Failure(failure.error)
            return failure
        if isinstance(exc, sdk.APIError):  # an error event inside a 200 stream
            return Failure(
                ServerError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core", "{where} reported an error mid-answer: {message}"
                        ),
                        where=where,
                        message=self._server_text(exc.message),
                    )
                )
            )
        if isinstance(exc, (ValueError, KeyError, TypeError, AttributeError)):
            return Failure(
                MalformedStreamError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core",
                            "{where} sent a streamed answer Hearth could not read ({error}).",
                        ),
                        where=where,
                        error=self._server_text(str(exc)),
                    ),
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core",
                            "The server may not be fully compatible with the API; check its "
                            "version.",
                        )
                    )
                    if c.spec.user_base_url
                    else Text(
                        QT_TRANSLATE_NOOP(
                            "Core", "Try again; if it persists, the service may be having problems."
                        )
                    ),
                )
            )
        raise exc


def _error_message(exc: Any) -> str:
    """The server's own error message, without the SDK's ``Error code: …`` wrapping."""
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        error = body.get("error", body)
        if isinstance(error, dict) and isinstance(error.get("message"), str):
            return str(error["message"])
        if isinstance(error, str):
            return error
    return str(getattr(exc, "message", exc))


def _merged_turns(messages: list[ChatMessage]) -> tuple[str, list[dict[str, str]]]:
    """System text and user/assistant turns with same-role neighbours joined (Anthropic)."""
    system = "\n\n".join(m.content for m in messages if m.role == "system")
    turns: list[dict[str, str]] = []
    for m in messages:
        if m.role == "system":
            continue
        if turns and turns[-1]["role"] == m.role:
            turns[-1]["content"] += "\n\n" + m.content
        else:
            turns.append({"role": m.role, "content": m.content})
    return system, turns


class OpenAIEngine(HostedEngine):
    """OpenAI's Chat Completions API, or any server that speaks it at ``config.base_url``."""

    _client: openai.OpenAI

    def __init__(self, config: HostedConfig, **kwargs: Any) -> None:
        import openai

        self._sdk = openai
        super().__init__(config, **kwargs)
        self._client = openai.OpenAI(
            api_key=config.api_key,
            base_url=config.base_url,
            timeout=self._timeout(),
            max_retries=0,
        )

    def _open(self, messages: list[ChatMessage], params: GenerationParams) -> Any:
        omit = self._sdk.omit
        limit = self.config.spec.token_limit
        turns: Any = [{"role": m.role, "content": m.content} for m in messages]
        return self._client.chat.completions.create(
            model=self.config.model,
            messages=turns,
            stream=True,
            stream_options={"include_usage": True},
            temperature=params.temperature,
            top_p=params.top_p,
            seed=params.seed if params.seed >= 0 else omit,
            max_completion_tokens=params.max_tokens if limit == "max_completion_tokens" else omit,
            max_tokens=params.max_tokens if limit == "max_tokens" else omit,
        )

    def _read(self, stream: Any) -> Iterator[_Piece]:
        for chunk in stream:
            if chunk.usage is not None:
                yield _Counts(chunk.usage.prompt_tokens, chunk.usage.completion_tokens)
            for choice in chunk.choices or ():
                text = choice.delta.content if choice.delta is not None else None
                if text:
                    yield _Text(text)


class AnthropicEngine(HostedEngine):
    """Anthropic's Messages API, streamed (message_start … content_block_delta … message_stop)."""

    _client: anthropic.Anthropic

    def __init__(self, config: HostedConfig, **kwargs: Any) -> None:
        import anthropic

        self._sdk = anthropic
        super().__init__(config, **kwargs)
        self._client = anthropic.Anthropic(
            api_key=config.api_key,
            base_url=config.base_url,
            timeout=self._timeout(),
            max_retries=0,
            open_telemetry=False,
        )

    def _open(self, messages: list[ChatMessage], params: GenerationParams) -> Any:
        # The Messages API takes no sampling settings any more; only the length limit applies.
        system, turns = _merged_turns(messages)
        typed: Any = turns
        return self._client.messages.create(
            model=self.config.model,
            max_tokens=params.max_tokens,
            messages=typed,
            system=system if system else self._sdk.omit,
            stream=True,
        )

    def _read(self, stream: Any) -> Iterator[_Piece]:
        for event in stream:
            kind = event.type
            if kind == "message_start":
                u = event.message.usage
                yield _Counts(u.input_tokens, u.output_tokens or None)
            elif kind == "content_block_delta":
                if event.delta.type == "text_delta" and event.delta.text:
                    yield _Text(event.delta.text)
            elif kind == "message_delta":
                u = event.usage
                yield _Counts(getattr(u, "input_tokens", None) or None, u.output_tokens)


def engine_for(config: HostedConfig, **kwargs: Any) -> HostedEngine:
    """A new engine of the class the provider table names for ``config.provider``."""
    return config.spec.engine()(config, **kwargs)


def hosted_engine_from_settings(hosted: HostedSettings) -> HostedEngine:
    """The engine the settings describe; :class:`HostedSetupError` when they are incomplete.

    Reads the keychain and imports the SDK: call it off the GUI thread.
    """
    return engine_for(config_from_settings(hosted))
