"""Hosted engines: OpenAI (and any OpenAI-compatible server) and Anthropic, behind the one protocol.

The official ``openai`` and ``anthropic`` SDKs do the HTTP, the SSE parsing and the timeouts; their
own retries are switched off (``max_retries=0``) because Hearth may only retry *before* the first
token is shown. :class:`HostedEngine` adds what the SDKs cannot know about:

- a retry loop for 429, 502, 503, 504 and connection errors before any output, with capped
  exponential backoff plus jitter, honouring ``Retry-After`` up to the cap, and a ``notice`` delta
  ("rate limited, retrying in 4 s") for the UI;
- an overall time cap per answer, on top of the SDK's connect and between-chunk timeouts;
- Stop that takes effect at once: the request is opened on a daemon thread that then watches the
  stream, and Stop shuts the response's socket down, which wakes a read blocked on the server;
- one :class:`HostedError` subclass per failure, each with a plain message and a hint.

Keys come from :mod:`app.core.secrets` (keychain, then environment) and are never logged or
stored elsewhere. A base URL that is not on this machine must use https.
"""

from __future__ import annotations

import contextlib
import ipaddress
import math
import queue
import random
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit

import anthropic
import httpx2
import openai

from app.core import secrets
from app.core.engines.base import ChatMessage, Delta, EngineError, GenerationParams, Usage
from app.core.retry import retry_after_seconds
from app.core.settings import HostedSettings, Provider

OPENAI_URL = "https://api.openai.com/v1"
ANTHROPIC_URL = "https://api.anthropic.com"

PROVIDER_LABELS: dict[str, str] = {
    "openai": "OpenAI",
    "anthropic": "Anthropic",
    "openai_compatible": "OpenAI-compatible server",
}
SECRET_NAMES: dict[str, str] = {
    "openai": "openai_api_key",
    "anthropic": "anthropic_api_key",
    "openai_compatible": "openai_compatible_api_key",
}
# Sent to an OpenAI-compatible server when the user stored no key: most self-hosted servers
# (llama.cpp, Ollama, vLLM without --api-key) want none, but the SDK insists on one.
NO_KEY = "not-needed"

RETRY_BASE_S = 1.0
RETRY_CAP_S = 20.0
_POLL_S = 0.05  # how often a waiting consumer looks at the stop flag and the deadline


# errors --------------------------------------------------------------------------------------


class HostedError(EngineError):
    """A failure of the hosted route."""

    kind = "hosted"


class HostedSetupError(HostedError):
    """The hosted route is not set up well enough to try: no model, a bad URL."""

    kind = "setup"


class MissingKeyError(HostedSetupError):
    kind = "key_missing"


class InsecureURLError(HostedSetupError):
    kind = "insecure_url"


class KeyRejectedError(HostedError):
    kind = "key_rejected"


class ModelNotFoundError(HostedError):
    kind = "model_not_found"


class RequestRejectedError(HostedError):
    """The server refused the request itself (400, 413, 422...)."""

    kind = "request_rejected"


class RateLimitedError(HostedError):
    kind = "rate_limited"


class TimedOutError(HostedError):
    kind = "timed_out"


class ServerError(HostedError):
    kind = "server_error"


class UnreachableError(HostedError):
    """No connection could be made, so nothing was answered."""

    kind = "unreachable"


class ConnectionLostError(HostedError):
    """The connection broke after part of the answer was shown; the caller keeps that part."""

    kind = "connection_lost"


class MalformedStreamError(HostedError):
    kind = "malformed_stream"


SETTINGS_HINT = "Open Settings… to check the hosted route."


# configuration -------------------------------------------------------------------------------


@dataclass(frozen=True)
class HostedConfig:
    """Everything one hosted engine needs. ``api_key`` is kept out of ``repr`` on purpose."""

    provider: Provider
    base_url: str
    model: str
    api_key: str = field(repr=False)
    key_source: str = "keychain"  # "keychain", "environment", "entered" or "none"
    connect_timeout_s: float = 10.0
    chunk_timeout_s: float = 60.0
    total_timeout_s: float = 600.0
    max_retries: int = 4

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).hostname or ""


def is_loopback_host(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain") or host.lower().endswith(
        ".localhost"
    ):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_base_url(url: str) -> str:
    """The URL without a trailing slash, or :class:`HostedSetupError` saying what is wrong."""
    url = url.strip().rstrip("/")
    if not url:
        raise HostedSetupError(
            "No server address is set for the OpenAI-compatible server.",
            "Enter its base URL in Settings…, for example http://127.0.0.1:8080/v1.",
        )
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise HostedSetupError(
            f"'{url}' is not a server address Hearth can use.",
            "Use a URL such as https://example.com/v1 or http://127.0.0.1:8080/v1.",
        )
    if parts.username or parts.password:
        raise HostedSetupError(
            "The server address contains a user name or password.",
            "Remove it from the URL and put the key in the API key field instead.",
        )
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise InsecureURLError(
            f"Hearth will not send your conversation to {parts.hostname} over plain http: "
            "anyone on the way could read it.",
            "Use an https:// address. Plain http is allowed only for servers on this machine.",
        )
    return url


def resolve_key(provider: str, *, required: bool) -> tuple[str, str]:
    """The key for ``provider`` and where it came from, in the tone of ``llm keys``."""
    name = SECRET_NAMES[provider]
    value, source = secrets.get_secret(name)
    if value:
        return value, source
    if not required:
        return NO_KEY, "none"
    env = secrets.ENVIRONMENT[name]
    raise MissingKeyError(
        f"No API key for {PROVIDER_LABELS[provider]} was found.",
        f"Enter one in Settings… (it is kept in the system keychain) or set the {env} "
        "environment variable.",
    )


def config_from_settings(
    hosted: HostedSettings, api_key: str = "", *, require_model: bool = True
) -> HostedConfig:
    """Check ``hosted`` and look up its key; raise :class:`HostedSetupError` when unusable.

    ``api_key`` is a key just typed into Settings and not stored yet; it wins over stored ones.
    ``require_model=False`` is for listing the server's models before one is chosen.
    """
    provider = hosted.provider
    if provider not in PROVIDER_LABELS:
        raise HostedSetupError(f"'{provider}' is not a hosted provider Hearth knows.")
    model = hosted.models.get(provider, "").strip()
    if not model and require_model:
        raise HostedSetupError(
            f"No model is set for {PROVIDER_LABELS[provider]}.",
            "Enter the exact model name in Settings….",
        )
    if provider == "openai_compatible":
        base_url = check_base_url(hosted.base_url)
    else:
        base_url = OPENAI_URL if provider == "openai" else ANTHROPIC_URL
    if api_key.strip():
        key, source = api_key.strip(), "entered"
    else:
        key, source = resolve_key(provider, required=provider != "openai_compatible")
    return HostedConfig(
        provider=provider,
        base_url=base_url,
        model=model,
        api_key=key,
        key_source=source,
        connect_timeout_s=hosted.connect_timeout_s,
        chunk_timeout_s=hosted.chunk_timeout_s,
        total_timeout_s=hosted.total_timeout_s,
        max_retries=max(0, hosted.max_retries),
    )


# the stream reader ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Text:
    text: str


@dataclass(frozen=True)
class _Counts:
    prompt_tokens: int | None = None
    completion_tokens: int | None = None


_Piece = _Text | _Counts


class _Attempt:
    """One request: opened on a daemon thread that then watches it until it is finished.

    The request is opened off the caller's thread, so Stop works while a server is slow to
    answer at all. The caller then reads the stream itself, exactly as a bare SDK loop would, and
    checks the stop flag and the deadline between chunks. While a read is blocked, the watcher
    wakes every ``_POLL_S``; on Stop or at the deadline it shuts the socket down, which ends the
    blocked read at once.
    """

    def __init__(
        self, open_stream: Callable[[], Any], stop: threading.Event, deadline: float
    ) -> None:
        self._open_stream = open_stream
        self._stop = stop
        self._deadline = deadline
        self._opened: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._finished = threading.Event()
        self._stream: Any = None
        self.expired = False  # the watcher ended the stream at the deadline
        threading.Thread(target=self._run, name="hosted-request", daemon=True).start()

    def _run(self) -> None:
        try:
            stream = self._open_stream()
        except BaseException as exc:  # handed to the caller, which decides what it means
            self._opened.put(exc)
            return
        with self._lock:
            abandoned = self._finished.is_set()
            self._stream = None if abandoned else stream
        if abandoned:
            with contextlib.suppress(Exception):
                stream.close()
            return
        self._opened.put(stream)
        while not self._finished.wait(_POLL_S):
            expired = time.monotonic() >= self._deadline
            if self._stop.is_set() or expired:
                with self._lock:
                    if not self._finished.is_set():
                        self.expired = expired and not self._stop.is_set()
                        _shutdown_socket(self._stream)
                return

    def stream(self) -> Any:
        """The opened stream; :class:`_Interrupted` on stop or deadline, the error if it failed."""
        while True:
            if self._stop.is_set():
                raise _Interrupted("stop")
            wait = min(_POLL_S, self._deadline - time.monotonic())
            if wait <= 0:
                raise _Interrupted("deadline")
            try:
                item = self._opened.get(timeout=wait)
            except queue.Empty:
                continue
            if isinstance(item, BaseException):
                raise item
            return item

    def finish(self) -> None:
        """End the watch and close the stream (from the caller's thread); safe to repeat."""
        with self._lock:
            self._finished.set()
            stream, self._stream = self._stream, None
        if stream is not None:
            with contextlib.suppress(Exception):
                stream.close()


class _Interrupted(Exception):
    def __init__(self, why: Literal["stop", "deadline"]) -> None:
        super().__init__(why)
        self.why = why


def _shutdown_socket(stream: Any) -> None:
    """Shut the stream's socket down; a read blocked in another thread returns at once."""
    response = getattr(stream, "response", None)
    network = getattr(response, "extensions", {}).get("network_stream")
    sock = network.get_extra_info("socket") if network is not None else None
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


# the engines ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Failure:
    """What an SDK exception means for the user and for the retry loop."""

    error: HostedError
    retryable: bool = False
    retry_after: float | None = None
    notice: str = ""


class HostedEngine:
    """What both hosted engines share: the retry loop, the time caps, Stop and the errors.

    Lives on the chat worker's thread like every engine; ``stream`` starts one daemon thread per
    attempt that opens the request and then watches it (see :class:`_Attempt`). Subclasses say
    how to open a stream and how to read pieces from it.
    """

    route: Literal["local", "hosted"] = "hosted"
    _sdk: Any  # the SDK module, for its exception classes

    def __init__(
        self,
        config: HostedConfig,
        *,
        retry_base_s: float = RETRY_BASE_S,
        retry_cap_s: float = RETRY_CAP_S,
    ) -> None:
        self.config = config
        self.provider: str = config.provider
        self.model: str = config.model
        where = PROVIDER_LABELS[config.provider]
        if config.provider == "openai_compatible":
            where = config.host
        self.label: str = f"{config.model} · {where}"
        self.retry_base_s = retry_base_s
        self.retry_cap_s = retry_cap_s
        self._closed = False

    @property
    def provider_label(self) -> str:
        return PROVIDER_LABELS[self.config.provider]

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

    def list_models(self) -> list[str]:
        raise NotImplementedError

    def _client_close(self) -> None:
        raise NotImplementedError

    # the protocol -----------------------------------------------------------------------

    def stream(
        self, messages: list[ChatMessage], params: GenerationParams, stop: threading.Event
    ) -> Iterator[Delta]:
        if self._closed:
            raise HostedError("This hosted engine was closed.", SETTINGS_HINT)
        start = time.monotonic()
        deadline = start + self.config.total_timeout_s
        usage = Usage()
        chunks = 0
        counts = _Counts()
        attempt = 0
        while True:
            request = _Attempt(lambda: self._open(messages, params), stop, deadline)
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
                        yield Delta(text=piece.text)
                    if stop.is_set():
                        raise _Interrupted("stop")
                    if time.monotonic() >= deadline:
                        raise _Interrupted("deadline")
                break
            except _Interrupted as why:
                if why.why == "stop":
                    break
                raise self._over_time() from None
            except Exception as exc:
                if stop.is_set():
                    break
                if request.expired:
                    raise self._over_time() from None
                failure = self._classify(exc, shown=usage.time_to_first_token_s is not None)
                delay = self._retry_delay(failure, attempt, deadline)
                if delay is None:
                    raise failure.error from exc
                attempt += 1
                yield Delta(notice=f"{failure.notice}, retrying in {math.ceil(delay)} s")
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

    def _retry_delay(self, failure: _Failure, attempt: int, deadline: float) -> float | None:
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

    def close(self) -> None:
        self._closed = True
        self._client_close()

    # errors -----------------------------------------------------------------------------

    def _status_failure(self, status: int, message: str, headers: Any) -> _Failure:
        c = self.config
        where = self.provider_label if c.provider != "openai_compatible" else c.host
        if status == 401:
            hint = "Open Settings… and enter a valid API key."
            if c.key_source == "environment":
                env = secrets.ENVIRONMENT[SECRET_NAMES[c.provider]]
                hint = f"The key came from {env}; fix it there or store one in Settings…."
            return _Failure(KeyRejectedError(f"{where} rejected the API key.", hint))
        if status == 403:
            return _Failure(
                KeyRejectedError(
                    f"{where} refused access with this key ({message}).",
                    "Check the key's permissions, or open Settings… to use another key.",
                )
            )
        if status == 404:
            return _Failure(
                ModelNotFoundError(
                    f"{where} does not know the model '{c.model}'.",
                    "Check the exact model name in Settings… (List models shows what is offered).",
                )
            )
        if status == 429:
            return _Failure(
                RateLimitedError(
                    f"{where} is rate limiting requests and did not answer after retrying.",
                    "Wait a minute and send again, or check your plan's limits.",
                ),
                retryable=True,
                retry_after=retry_after_seconds(headers),
                notice="rate limited",
            )
        if status in (502, 503, 504, 529):  # 529: Anthropic's "overloaded", a refusal
            return _Failure(
                ServerError(
                    f"{where} is unavailable right now (HTTP {status}).",
                    "Try again in a little while.",
                ),
                retryable=True,
                retry_after=retry_after_seconds(headers),
                notice=f"server busy (HTTP {status})",
            )
        if status >= 500:
            return _Failure(
                ServerError(f"{where} failed with a server error (HTTP {status}): {message}")
            )
        return _Failure(
            RequestRejectedError(
                f"{where} refused the request (HTTP {status}): {message}",
                "The conversation may be too long for this model, or a setting is out of range.",
            )
        )

    def _classify(self, exc: Exception, *, shown: bool) -> _Failure:
        sdk = self._sdk
        c = self.config
        where = self.provider_label if c.provider != "openai_compatible" else c.host
        if isinstance(exc, HostedError):
            return _Failure(exc)
        # Anthropic's stream lets the HTTP library's own errors through; OpenAI's wraps them.
        if isinstance(exc, (sdk.APITimeoutError, httpx2.TimeoutException)):
            if shown:
                return _Failure(
                    TimedOutError(
                        f"{where} sent nothing for {c.chunk_timeout_s:g} s, so the answer was "
                        "cut off; the part already shown was kept.",
                        "Send again, or raise the chunk timeout in Settings….",
                    )
                )
            return _Failure(
                TimedOutError(
                    f"{where} did not answer within the time limits "
                    f"({c.connect_timeout_s:g} s to connect, {c.chunk_timeout_s:g} s per chunk).",
                    "Check the server, or raise the timeouts in Settings….",
                )
            )
        if isinstance(exc, (sdk.APIConnectionError, httpx2.TransportError)):
            if shown:
                return _Failure(
                    ConnectionLostError(
                        f"The connection to {where} was lost mid-answer; the part already "
                        "shown was kept.",
                        "Send again to get a full answer.",
                    )
                )
            return _Failure(
                UnreachableError(
                    f"Hearth could not reach {where} ({c.base_url}).",
                    "Check your connection and the server address in Settings….",
                ),
                retryable=True,
                notice="could not connect",
            )
        if isinstance(exc, sdk.APIStatusError):
            failure = self._status_failure(
                exc.status_code, _error_message(exc), getattr(exc.response, "headers", None)
            )
            if shown:  # an error event after output: report it, never retry
                return _Failure(failure.error)
            return failure
        if isinstance(exc, sdk.APIError):  # an error event inside a 200 stream
            return _Failure(ServerError(f"{where} reported an error mid-answer: {exc.message}"))
        if isinstance(exc, (ValueError, KeyError, TypeError, AttributeError)):
            return _Failure(
                MalformedStreamError(
                    f"{where} sent a streamed answer Hearth could not read ({exc}).",
                    "The server may not be fully OpenAI-compatible; check its version."
                    if c.provider == "openai_compatible"
                    else "Try again; if it persists, the service may be having problems.",
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

    _sdk = openai

    def __init__(self, config: HostedConfig, **kwargs: Any) -> None:
        super().__init__(config, **kwargs)
        self._client = openai.OpenAI(
            api_key=config.api_key,
            base_url=config.base_url,
            timeout=self._timeout(),
            max_retries=0,
        )

    def _open(self, messages: list[ChatMessage], params: GenerationParams) -> Any:
        # OpenAI's newer models take max_completion_tokens only; other servers know max_tokens.
        official = self.config.provider == "openai"
        turns: Any = [{"role": m.role, "content": m.content} for m in messages]
        return self._client.chat.completions.create(
            model=self.config.model,
            messages=turns,
            stream=True,
            stream_options={"include_usage": True},
            temperature=params.temperature,
            top_p=params.top_p,
            seed=params.seed if params.seed >= 0 else openai.omit,
            max_completion_tokens=params.max_tokens if official else openai.omit,
            max_tokens=openai.omit if official else params.max_tokens,
        )

    def _read(self, stream: Any) -> Iterator[_Piece]:
        for chunk in stream:
            if chunk.usage is not None:
                yield _Counts(chunk.usage.prompt_tokens, chunk.usage.completion_tokens)
            for choice in chunk.choices or ():
                text = choice.delta.content if choice.delta is not None else None
                if text:
                    yield _Text(text)

    def list_models(self) -> list[str]:
        return sorted(m.id for m in self._client.models.list())

    def _client_close(self) -> None:
        self._client.close()


class AnthropicEngine(HostedEngine):
    """Anthropic's Messages API, streamed (message_start … content_block_delta … message_stop)."""

    _sdk = anthropic

    def __init__(self, config: HostedConfig, **kwargs: Any) -> None:
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
            system=system if system else anthropic.omit,
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

    def list_models(self) -> list[str]:
        return sorted(m.id for m in self._client.models.list())

    def _client_close(self) -> None:
        self._client.close()


def engine_for(config: HostedConfig, **kwargs: Any) -> HostedEngine:
    if config.provider == "anthropic":
        return AnthropicEngine(config, **kwargs)
    return OpenAIEngine(config, **kwargs)


def hosted_engine_from_settings(hosted: HostedSettings) -> HostedEngine:
    """The engine the settings describe; :class:`HostedSetupError` when they are incomplete."""
    return engine_for(config_from_settings(hosted))


# the health check ----------------------------------------------------------------------------


@dataclass
class ConnectionReport:
    """What "Test connection" found, step by step, in words a user can act on."""

    ok: bool = False
    reached: bool = False
    key_ok: bool | None = None  # None: not checked (no key needed, or never got that far)
    model_ok: bool | None = None
    models: list[str] = field(default_factory=list)  # what the server offers, if it lists them
    models_listed: bool = False
    key_source: str = ""
    lines: list[str] = field(default_factory=list)
    elapsed_s: float = 0.0

    @property
    def summary(self) -> str:
        return "\n".join(self.lines)


def test_connection(hosted: HostedSettings, api_key: str = "") -> ConnectionReport:
    """Reach the server, check the key and the model, list the models where it offers a list.

    Uses a one-token request to check the model when the server lists no models. Blocking; the
    settings dialog runs it on a worker thread.
    """
    report = ConnectionReport()
    start = time.monotonic()
    try:
        _run_checks(hosted, api_key, report)
    finally:
        report.elapsed_s = time.monotonic() - start
    return report


def _run_checks(hosted: HostedSettings, api_key: str, report: ConnectionReport) -> None:
    try:
        config = config_from_settings(hosted, api_key)
    except HostedSetupError as exc:
        report.lines.append(exc.user_message())
        return
    report.key_source = config.key_source
    source = {
        "keychain": "the key stored in the keychain",
        "environment": "the key from "
        + secrets.ENVIRONMENT.get(SECRET_NAMES[config.provider], "the environment"),
        "entered": "the key entered in Settings",
        "none": "no key",
    }[config.key_source]
    report.lines.append(f"Checking {config.base_url} with {source}.")
    engine = engine_for(config, retry_base_s=0.5, retry_cap_s=2.0)
    try:
        _check_models(engine, report)
        if report.reached and report.key_ok is not False and report.model_ok is None:
            _check_by_request(engine, report)
    finally:
        engine.close()
    report.ok = report.reached and report.key_ok is not False and bool(report.model_ok)
    if report.ok:
        report.lines.append(f"Ready: answers will come from {engine.label}.")


def _check_models(engine: HostedEngine, report: ConnectionReport) -> None:
    model = engine.config.model
    try:
        report.models = engine.list_models()
    except Exception as exc:  # classified below; anything unknown propagates
        failure = engine._classify(exc, shown=False)
        error = failure.error
        if isinstance(error, (UnreachableError, TimedOutError)):
            report.lines.append(error.user_message())
            return
        report.reached = True
        if isinstance(error, KeyRejectedError):
            report.key_ok = False
            report.lines.append(error.user_message())
            return
        report.lines.append("The server answered but does not list its models.")
        return
    report.reached = True
    report.models_listed = True
    if engine.config.key_source != "none":
        report.key_ok = True
        report.lines.append("The key was accepted.")
    report.lines.append(f"The server offers {len(report.models)} model(s).")
    if model in report.models:
        report.model_ok = True
        report.lines.append(f"The model '{model}' is available.")
    elif report.models:
        report.model_ok = False
        offered = ", ".join(report.models[:8]) + (" …" if len(report.models) > 8 else "")
        report.lines.append(f"The model '{model}' is not among them. Offered: {offered}")


def _check_by_request(engine: HostedEngine, report: ConnectionReport) -> None:
    stop = threading.Event()
    probe = [ChatMessage("user", "Reply with one word: ok")]
    try:
        for _ in engine.stream(probe, GenerationParams(max_tokens=1, temperature=0.0), stop):
            pass
    except HostedError as exc:
        if isinstance(exc, KeyRejectedError):
            report.key_ok = False
        if isinstance(exc, ModelNotFoundError):
            report.model_ok = False
        report.lines.append(exc.user_message())
        return
    report.model_ok = True
    if engine.config.key_source != "none":
        report.key_ok = True
    report.lines.append(f"The model '{engine.config.model}' answered a one-token request.")


def models_from_settings(hosted: HostedSettings, api_key: str = "") -> list[str]:
    """The server's model list ("List models" in Settings); :class:`HostedError` when refused."""
    engine = engine_for(config_from_settings(hosted, api_key, require_model=False))
    try:
        try:
            return engine.list_models()
        except Exception as exc:
            raise engine._classify(exc, shown=False).error from exc
    finally:
        engine.close()
