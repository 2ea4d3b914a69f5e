"""The hosted engines against real peers on 127.0.0.1.

The OpenAI route runs against llama-cpp-python's own server (a real OpenAI-compatible server on
the starter model); faults that no real server makes on demand come from the scripted
:class:`FaultServer`, which also speaks Anthropic's Messages streaming events.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.core import paths, secrets
from app.core.chat import TurnResult, run_turn
from app.core.engines.base import ChatMessage, Delta, Engine, GenerationParams
from app.core.engines.hosted import (
    AnthropicEngine,
    ConnectionLostError,
    HostedConfig,
    HostedEngine,
    HostedError,
    HostedSetupError,
    InsecureURLError,
    KeyRejectedError,
    MalformedStreamError,
    MissingKeyError,
    ModelNotFoundError,
    OpenAIEngine,
    RateLimitedError,
    RequestRejectedError,
    TimedOutError,
    UnreachableError,
    check_base_url,
    check_connection,
    config_from_settings,
    hosted_engine_from_settings,
    models_from_settings,
)
from app.core.logs import setup_logging
from app.core.retry import retry_after_seconds
from app.core.settings import HostedSettings, Settings, save_settings
from app.core.store import ConversationStore
from app.ui import i18n
from tests.helpers.fault_server import FaultServer, Step, answer_words
from tests.helpers.llama_server import LlamaServer, free_port

HELLO = [ChatMessage("system", "Be brief."), ChatMessage("user", "hello there friend")]
ECHO = "".join(answer_words({"messages": [{"role": "user", "content": "hello there friend"}]}))


class _ConnectRecorder:
    """Audit hook recording every socket.connect while switched on (hooks cannot be removed)."""

    def __init__(self) -> None:
        self.on = False
        self.addresses: list[tuple[str, int]] = []

    def __call__(self, event: str, args: tuple[object, ...]) -> None:
        if self.on and event == "socket.connect" and isinstance(args[1], tuple):
            host, port = args[1][0], args[1][1]
            self.addresses.append((str(host), int(port)))  # type: ignore[call-overload]


_CONNECTS = _ConnectRecorder()
sys.addaudithook(_CONNECTS)


@pytest.fixture
def connects() -> Iterator[_ConnectRecorder]:
    _CONNECTS.addresses.clear()
    _CONNECTS.on = True
    try:
        yield _CONNECTS
    finally:
        _CONNECTS.on = False


def _config(server: FaultServer | LlamaServer, **overrides: object) -> HostedConfig:
    provider = "anthropic" if getattr(server, "protocol", "openai") == "anthropic" else None
    model = server.model if isinstance(server, LlamaServer) else server.models[0]
    values: dict[str, object] = {
        "provider": provider or "openai_compatible",
        "base_url": server.base_url,
        "model": model,
        "api_key": "sk-test-0123456789",
        "key_source": "keychain",
        "connect_timeout_s": 30.0,  # hang-catchers: a busy machine may serve slowly
        "chunk_timeout_s": 60.0,
        "total_timeout_s": 300.0,
        "max_retries": 3,
    }
    values.update(overrides)
    return HostedConfig(**values)  # type: ignore[arg-type]


@pytest.fixture
def make_engine() -> Iterator[Callable[..., HostedEngine]]:
    engines: list[HostedEngine] = []

    def make(config: HostedConfig, **kwargs: float) -> HostedEngine:
        cls = AnthropicEngine if config.provider == "anthropic" else OpenAIEngine
        engine = cls(config, **kwargs)
        engines.append(engine)
        return engine

    yield make
    for engine in engines:
        engine.close()


def _run(
    engine: Engine, messages: list[ChatMessage] = HELLO, **params: object
) -> tuple[str, list[Delta]]:
    deltas: list[Delta] = []
    stop = threading.Event()
    for delta in engine.stream(messages, GenerationParams(**params), stop):  # type: ignore[arg-type]
        deltas.append(delta)
    return "".join(d.text for d in deltas), deltas


def _collect_until_error(engine: Engine) -> tuple[str, list[Delta], Exception]:
    deltas: list[Delta] = []
    with pytest.raises(Exception) as info:
        for delta in engine.stream(HELLO, GenerationParams(), threading.Event()):
            deltas.append(delta)
    return "".join(d.text for d in deltas), deltas, info.value


# the real OpenAI-compatible server -------------------------------------------------------------


def test_streams_from_llama_cpp_server(llama_server: LlamaServer, make_engine) -> None:
    engine = make_engine(_config(llama_server))
    assert isinstance(engine, Engine)
    assert engine.route == "hosted" and engine.provider == "openai_compatible"
    assert engine.model == llama_server.model and "127.0.0.1" in engine.label
    params = {"max_tokens": 24, "seed": 7, "temperature": 0.0}
    text, deltas = _run(engine, [ChatMessage("user", "Name three colours.")], **params)
    pieces = [d for d in deltas if d.text]
    assert text.strip() and len(pieces) >= 2
    usage = deltas[-1].usage
    assert usage is not None and deltas[-1].text == ""
    # llama_cpp.server reports no usage while streaming: one token per chunk is counted instead.
    assert usage.completion_tokens == len(pieces) <= 24
    assert usage.time_to_first_token_s is not None
    assert 0 < usage.time_to_first_token_s <= usage.total_s
    again, _ = _run(engine, [ChatMessage("user", "Name three colours.")], **params)
    assert again == text  # same seed, greedy: the server really generated it


def test_stop_closes_the_stream_at_once(llama_server: LlamaServer, make_engine) -> None:
    engine = make_engine(_config(llama_server))
    stop = threading.Event()
    pieces: list[str] = []
    final: Delta | None = None
    stopped_at = 0.0
    messages = [ChatMessage("user", "Write a long story about a lighthouse keeper.")]
    for delta in engine.stream(messages, GenerationParams(max_tokens=400), stop):
        if delta.text:
            pieces.append(delta.text)
            if len(pieces) == 3:
                stop.set()
                stopped_at = time.monotonic()
        if delta.usage:
            final = delta
    assert time.monotonic() - stopped_at < 30  # hang-catcher; the counts below prove the stop
    assert len(pieces) <= 4 and final is not None and final.usage is not None
    assert final.usage.completion_tokens == len(pieces)


def test_hosted_mode_connects_only_to_its_host(
    llama_server: LlamaServer, connects: _ConnectRecorder
) -> None:
    hosted = HostedSettings(provider="openai_compatible", base_url=llama_server.base_url)
    hosted.models["openai_compatible"] = llama_server.model
    engine = hosted_engine_from_settings(hosted)
    try:
        text, _ = _run(engine, max_tokens=8)
    finally:
        engine.close()
    assert text
    assert connects.addresses and set(connects.addresses) == {("127.0.0.1", llama_server.port)}


def test_health_check_against_the_real_server(llama_server: LlamaServer) -> None:
    hosted = HostedSettings(provider="openai_compatible", base_url=llama_server.base_url)
    hosted.models["openai_compatible"] = llama_server.model
    report = check_connection(hosted)
    assert report.ok and report.reached and report.model_ok
    assert report.models == [llama_server.model] and report.models_listed
    assert models_from_settings(hosted) == [llama_server.model]

    hosted.models["openai_compatible"] = "gpt-4o"
    report = check_connection(hosted)
    assert not report.ok and report.reached and report.model_ok is False
    assert "'gpt-4o' is not among them" in report.summary and llama_server.model in report.summary


# faults -----------------------------------------------------------------------------------------


def test_rate_limit_waits_retry_after_then_answers(make_engine) -> None:
    with FaultServer() as server:
        server.script.append(Step(status=429, headers={"Retry-After": "1"}))
        text, deltas = _run(make_engine(_config(server)))
        posts = server.stream_requests()
    assert text == ECHO
    assert [d.notice for d in deltas if d.notice] == ["rate limited, retrying in 1 s"]
    assert len(posts) == 2 and posts[1].at - posts[0].at >= 0.95


def test_503_then_success_with_backoff(make_engine) -> None:
    with FaultServer() as server:
        server.script += [Step(status=503), Step(status=502)]
        text, deltas = _run(make_engine(_config(server), retry_base_s=0.2, retry_cap_s=0.4))
        posts = server.stream_requests()
    assert text == ECHO and len(posts) == 3
    notices = [d.notice for d in deltas if d.notice]
    assert notices == [
        "server busy (HTTP 503), retrying in 1 s",
        "server busy (HTTP 502), retrying in 1 s",
    ]
    # capped exponential backoff with jitter: the first wait is 0.1-0.2 s, the second 0.2-0.4 s
    assert 0.1 <= posts[1].at - posts[0].at < 10 and 0.2 <= posts[2].at - posts[1].at < 10


def test_rate_limit_gives_up_after_max_retries(make_engine) -> None:
    with FaultServer() as server:
        server.script += [Step(status=429, headers={"Retry-After": "0"})] * 5
        _, deltas, error = _collect_until_error(make_engine(_config(server, max_retries=2)))
        posts = server.stream_requests()
    assert isinstance(error, RateLimitedError) and "rate limiting" in str(error)
    assert len(posts) == 3 and len([d for d in deltas if d.notice]) == 2


def test_retry_after_is_capped(make_engine) -> None:
    with FaultServer() as server:
        server.script.append(Step(status=429, headers={"Retry-After": "3600"}))
        engine = make_engine(_config(server), retry_cap_s=0.3)
        started = time.monotonic()
        text, deltas = _run(engine)
    assert text == ECHO and time.monotonic() - started < 60  # not the 3600 s asked for
    assert [d.notice for d in deltas if d.notice] == ["rate limited, retrying in 1 s"]


@pytest.mark.parametrize(
    ("status", "error_type", "message"),
    [
        (401, KeyRejectedError, "rejected the API key"),
        (403, KeyRejectedError, "refused access"),
        (404, ModelNotFoundError, "does not know the model"),
        (400, RequestRejectedError, "refused the request (HTTP 400)"),
    ],
)
def test_client_errors_are_never_retried(make_engine, status, error_type, message) -> None:
    with FaultServer() as server:
        server.script += [Step(status=status)] * 3
        text, deltas, error = _collect_until_error(make_engine(_config(server)))
        posts = server.stream_requests()
    assert type(error) is error_type and message in str(error)
    assert len(posts) == 1 and not text and not any(d.notice for d in deltas)


def test_wrong_key_and_unknown_model_from_the_server_itself(make_engine) -> None:
    with FaultServer(api_key="sk-right-key-9999", models=["m-1"]) as server:
        wrong = make_engine(_config(server, api_key="sk-wrong-key-0000"))
        _, _, error = _collect_until_error(wrong)
        assert isinstance(error, KeyRejectedError) and "Settings" in error.hint
        unknown = make_engine(_config(server, api_key="sk-right-key-9999", model="m-2"))
        _, _, error = _collect_until_error(unknown)
        assert isinstance(error, ModelNotFoundError) and "'m-2'" in str(error)


def test_stall_longer_than_chunk_timeout_keeps_partial_answer(make_engine) -> None:
    with FaultServer() as server:
        server.script.append(Step(fault="stall", after_pieces=2))
        started = time.monotonic()
        text, _, error = _collect_until_error(make_engine(_config(server, chunk_timeout_s=0.5)))
        posts = server.stream_requests()
    assert isinstance(error, TimedOutError) and "part already shown was kept" in str(error)
    assert text == "".join(answer_words(posts[0].body)[:2])
    assert len(posts) == 1 and time.monotonic() - started < 30  # not the 60 s stall


def test_stall_before_any_output_times_out(make_engine) -> None:
    with FaultServer() as server:
        server.script.append(Step(fault="stall", after_pieces=0))
        text, _, error = _collect_until_error(make_engine(_config(server, chunk_timeout_s=0.4)))
        posts = server.stream_requests()
    assert isinstance(error, TimedOutError) and "time limits" in str(error)
    assert not text and len(posts) == 1


def test_connection_dropped_mid_answer_is_not_retried(make_engine) -> None:
    with FaultServer() as server:
        server.script.append(Step(fault="drop", after_pieces=2))
        text, _, error = _collect_until_error(make_engine(_config(server)))
        posts = server.stream_requests()
    assert isinstance(error, ConnectionLostError) and "lost mid-answer" in str(error)
    assert text == "".join(answer_words(posts[0].body)[:2]) and len(posts) == 1


def test_connection_dropped_before_output_is_retried(make_engine) -> None:
    with FaultServer() as server:
        server.script.append(Step(fault="drop", after_pieces=0))
        text, deltas = _run(make_engine(_config(server), retry_base_s=0.1))
        posts = server.stream_requests()
    assert text == ECHO and len(posts) == 2
    assert [d.notice for d in deltas if d.notice] == ["could not connect, retrying in 1 s"]


def test_malformed_event(make_engine) -> None:
    with FaultServer() as server:
        server.script.append(Step(fault="malformed", after_pieces=1))
        text, _, error = _collect_until_error(make_engine(_config(server)))
    assert isinstance(error, MalformedStreamError) and "could not read" in str(error)
    assert text == answer_words({"messages": [HELLO[1].__dict__]})[0]


def test_unreachable_server_is_retried_then_reported(make_engine) -> None:
    url = f"http://127.0.0.1:{free_port()}/v1"  # nothing listens there
    config = HostedConfig("openai_compatible", url, "m", "sk-test", max_retries=1)
    _, deltas, error = _collect_until_error(make_engine(config, retry_base_s=0.05))
    assert isinstance(error, UnreachableError) and "could not reach" in str(error)
    assert [d.notice for d in deltas if d.notice] == ["could not connect, retrying in 1 s"]


def test_overall_cap_ends_a_slow_answer(make_engine) -> None:
    with FaultServer() as server:
        server.script.append(Step(gap_s=0.3))
        engine = make_engine(_config(server, total_timeout_s=1.0))
        started = time.monotonic()
        text, _, error = _collect_until_error(engine)
    assert isinstance(error, TimedOutError) and "1 s limit" in str(error)
    assert text and text != ECHO and time.monotonic() - started < 30  # hang-catcher


def test_stop_during_a_stall_and_during_a_retry_wait(make_engine) -> None:
    with FaultServer() as server:
        server.script += [
            Step(fault="stall", after_pieces=1),
            Step(status=429, headers={"Retry-After": "30"}),
        ]
        engine = make_engine(_config(server))
        for trigger in ("text", "notice"):
            stop = threading.Event()
            seen: list[Delta] = []
            for delta in engine.stream(HELLO, GenerationParams(), stop):
                seen.append(delta)
                if getattr(delta, trigger) and not stop.is_set():
                    threading.Timer(0.2, stop.set).start()
                    asked = time.monotonic() + 0.2
            assert time.monotonic() - asked < 15  # not the 60 s stall or 30 s wait
            assert seen[-1].usage is not None


# Anthropic --------------------------------------------------------------------------------------


def test_anthropic_messages_stream(make_engine) -> None:
    with FaultServer("anthropic", models=["claude-test-1"], api_key="sk-ant-test-4242") as server:
        engine = make_engine(_config(server, api_key="sk-ant-test-4242"))
        assert engine.provider == "anthropic" and engine.label == "claude-test-1 · Anthropic"
        messages = [*HELLO, ChatMessage("assistant", "hi"), ChatMessage("user", "again please")]
        text, deltas = _run(engine, messages, max_tokens=50)
        (post,) = server.stream_requests()
    assert post.path == "/v1/messages"
    sent_key = post.headers.get("x-api-key") or post.headers.get("authorization", "")
    assert sent_key.removeprefix("Bearer ") == "sk-ant-test-4242"
    assert post.body["system"] == "Be brief." and post.body["max_tokens"] == 50
    assert [m["role"] for m in post.body["messages"]] == ["user", "assistant", "user"]
    assert text == "".join(answer_words(post.body))
    usage = deltas[-1].usage
    assert usage is not None and usage.prompt_tokens == 3 + 1 + 2 + 2  # words, system included
    assert usage.completion_tokens == len(answer_words(post.body))


def test_anthropic_errors_and_retries(make_engine) -> None:
    with FaultServer("anthropic", models=["claude-test-1"]) as server:
        server.script += [Step(status=429, headers={"retry-after": "0"}), Step(status=401)]
        _, deltas, error = _collect_until_error(make_engine(_config(server)))
        assert isinstance(error, KeyRejectedError)
        assert [d.notice for d in deltas if d.notice] == ["rate limited, retrying in 0 s"]
        server.script.append(Step(fault="drop", after_pieces=1))
        text, _, error = _collect_until_error(make_engine(_config(server)))
        assert isinstance(error, ConnectionLostError) and text


# settings, keys and URLs ------------------------------------------------------------------------


def test_plain_http_only_on_this_machine(connects: _ConnectRecorder) -> None:
    for url in ("http://example.com/v1", "http://10.0.0.5:8000/v1", "http://[2001:db8::1]/v1"):
        with pytest.raises(InsecureURLError, match="over plain http"):
            check_base_url(url)
    for url in ("http://127.0.0.1:8080/v1/", "http://localhost:11434/v1", "http://[::1]:8000"):
        assert check_base_url(url) == url.rstrip("/")
    assert check_base_url("https://llm.example.org/v1") == "https://llm.example.org/v1"
    with pytest.raises(HostedSetupError, match="user name or password"):
        check_base_url("https://me:secret@example.org/v1")
    with pytest.raises(HostedSetupError, match="not a server address"):
        check_base_url("ftp://example.org")
    hosted = HostedSettings(provider="openai_compatible", base_url="http://example.com/v1")
    hosted.models["openai_compatible"] = "m"
    report = check_connection(hosted)
    assert not report.ok and not report.reached and "over plain http" in report.summary
    assert connects.addresses == []


def test_keys_come_from_keychain_then_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    hosted = HostedSettings(provider="openai")
    with pytest.raises(MissingKeyError) as info:
        config_from_settings(hosted)
    assert "No API key for OpenAI" in str(info.value) and "OPENAI_API_KEY" in info.value.hint
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env-1111")
    config = config_from_settings(hosted)
    assert (config.api_key, config.key_source) == ("sk-from-env-1111", "environment")
    secrets.set_secret("openai_api_key", "sk-from-keychain-2222")
    config = config_from_settings(hosted)
    assert (config.api_key, config.key_source) == ("sk-from-keychain-2222", "keychain")
    assert "sk-from-keychain" not in repr(config)
    assert config_from_settings(hosted, "sk-typed-3333").key_source == "entered"
    # a self-hosted server may need no key at all
    local = HostedSettings(provider="openai_compatible", base_url="http://127.0.0.1:9/v1")
    local.models["openai_compatible"] = "m"
    assert config_from_settings(local).key_source == "none"


def test_stored_key_is_used_and_never_written_or_logged(
    hearth_home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    key = "sk-stored-secret-7f3a9c1e5b"
    secrets.set_secret("openai_compatible_api_key", key)
    caplog.set_level(logging.DEBUG)
    with FaultServer(api_key=key, models=["m-1"]) as server:
        settings = Settings(route="hosted")
        settings.hosted = HostedSettings(provider="openai_compatible", base_url=server.base_url)
        settings.hosted.models["openai_compatible"] = "m-1"
        save_settings(settings)
        report = check_connection(settings.hosted)
        assert report.ok and report.key_ok, report.summary
        store = ConversationStore(hearth_home / "hearth.sqlite3")
        conv = store.create_conversation(route="hosted")
        store.add_message(conv.id, "user", HELLO[1].content)
        engine = hosted_engine_from_settings(settings.hosted)
        answer = store.begin_answer(conv.id, engine.route, engine.provider, engine.model)
        try:
            text, deltas = _run(engine)
        finally:
            engine.close()
        store.finish_answer(answer.id, text, "complete", deltas[-1].usage)
        store.close()
        assert all(r.headers.get("authorization") == f"Bearer {key}" for r in server.requests)
    assert text == ECHO
    assert caplog.records, "the SDK's debug logging should have been captured"
    for record in caplog.records:
        assert key not in record.getMessage() and key not in str(record.__dict__)
    files = [p for p in hearth_home.rglob("*") if p.is_file()]
    assert any(p.name == "settings.json" for p in files)
    for path in files:
        assert key.encode() not in path.read_bytes(), path


def test_health_check_reports_bad_key_and_falls_back_without_model_list() -> None:
    with FaultServer(api_key="sk-good-1234", models=["m-1"], list_models=False) as server:
        hosted = HostedSettings(provider="openai_compatible", base_url=server.base_url)
        hosted.models["openai_compatible"] = "m-1"
        report = check_connection(hosted, api_key="sk-bad-5678")
        assert not report.ok and report.key_ok is False and "rejected the API key" in report.summary
        report = check_connection(hosted, api_key="sk-good-1234")
        assert report.ok and not report.models_listed and report.model_ok
        assert "does not list its models" in report.summary and "answered" in report.summary
        hosted.models["openai_compatible"] = "m-9"
        report = check_connection(hosted, api_key="sk-good-1234")
        assert not report.ok and report.model_ok is False and "'m-9'" in report.summary


def test_retry_after_forms() -> None:
    assert retry_after_seconds({"retry-after": "7"}) == 7
    assert retry_after_seconds({"retry-after-ms": "1500", "retry-after": "9"}) == 1.5
    later = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 30))
    assert 28 <= (retry_after_seconds({"retry-after": later}) or 0) <= 31
    assert retry_after_seconds({"retry-after": "soon"}) is None and retry_after_seconds({}) is None


# what a server sends back ------------------------------------------------------------------------


@pytest.fixture
def log_file() -> Iterator[Path]:
    handler = setup_logging()
    try:
        yield paths.logs_dir() / "hearth.log"
    finally:
        logging.getLogger("app").removeHandler(handler)
        handler.close()


def _hosted_turn(engine: HostedEngine, store: ConversationStore, text: str) -> TurnResult:
    conv = store.create_conversation(route="hosted")
    store.add_message(conv.id, "user", text)
    return run_turn(store, engine, conv.id, GenerationParams(), threading.Event())


def test_a_key_quoted_back_by_the_server_is_never_shown_stored_or_logged(
    hearth_home: Path, log_file: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    key = "sk-stored-secret-3c9e71d0aa"
    env_key = "sk-env-secret-58b2f4e6cc"  # the provider's other key: never sent, hidden as well
    secrets.set_secret("openai_compatible_api_key", key)
    monkeypatch.setenv("HEARTH_OPENAI_COMPATIBLE_API_KEY", env_key)
    store = ConversationStore(paths.database_path())
    with FaultServer(api_key=key, models=["scripted-model", f"model-{key}"]) as server:
        server.script += [
            Step(status=403, message=f"The key {key} may not use this model."),
            Step(status=400, message=f"Bad request from Bearer {key} (also tried {env_key})."),
            Step(status=500, message=f"Upstream said: invalid x-api-key {key}"),
        ]
        hosted = HostedSettings(provider="openai_compatible", base_url=server.base_url)
        hosted.models["openai_compatible"] = server.models[0]
        report = check_connection(hosted)  # the server lists a model named after the key
        engine = hosted_engine_from_settings(hosted)
        try:
            results = [_hosted_turn(engine, store, "hello") for _ in range(2)]
            _, _, error = _collect_until_error(engine)
        finally:
            engine.close()
            store.close()
    forbidden = (key, env_key)
    first, second = results
    assert (
        first.error and "may not use this model" in first.error and "[key removed]" in first.error
    )
    assert second.error and "Bad request from Bearer [key removed]" in second.error
    assert isinstance(error, HostedError) and "invalid x-api-key [key removed]" in str(error)
    assert report.ok and report.models == ["model-[key removed]", "scripted-model"]
    shown = [first.error, second.error, "".join(traceback.format_exception(error)), repr(report)]
    i18n.install("de")  # the window's words are filled in with the same, redacted, arguments
    try:
        shown += [i18n.shown(first.error), i18n.shown(second.error), i18n.error_text(error)]
        shown += [i18n.shown(line) for line in report.lines]
    finally:
        i18n.install("en")
    assert "Zugriff mit diesem Schlüssel verweigert" in shown[4] and "[key removed]" in shown[4]
    assert not [t for t in shown for k in forbidden if k in t]
    assert error.__cause__ is None  # the SDK's exception quotes the server's body
    assert [r.state for r in results] == ["error", "error"]
    assert "answer" in log_file.read_text(encoding="utf-8")
    files = [p for p in hearth_home.rglob("*") if p.is_file()]
    assert any(p.name == "hearth.sqlite3" for p in files) and log_file in files
    for path in files:
        data = path.read_bytes()
        assert not [k for k in forbidden if k.encode() in data], path


def test_an_error_without_a_key_keeps_its_cause(make_engine) -> None:
    with FaultServer() as server:
        server.script.append(Step(status=400, message="max_tokens is too large"))
        _, _, error = _collect_until_error(make_engine(_config(server)))
    assert "max_tokens is too large" in str(error) and error.__cause__ is not None


@pytest.mark.parametrize("protocol", ["openai", "anthropic"])
def test_a_lone_surrogate_in_the_stream_keeps_the_answer(
    hearth_home: Path, log_file: Path, make_engine, protocol: str
) -> None:
    store = ConversationStore(paths.database_path())
    pieces = ("Hello ", "\ud800", " world", " \ud83d\ude00 and \udfff.")
    with FaultServer(protocol) as server:  # type: ignore[arg-type]
        server.script.append(Step(pieces=pieces))
        server.script.append(Step(status=400, message="bad input \udc80 here"))
        engine = make_engine(_config(server))
        result = _hosted_turn(engine, store, "hello")
        failed = _hosted_turn(engine, store, "again")
    expected = "Hello \ufffd world \U0001f600 and \ufffd."
    assert (result.state, result.text, result.error) == ("complete", expected, None)
    stored = store.message(result.message_id)
    assert stored is not None and (stored.state, stored.content) == ("complete", expected)
    assert failed.state == "error" and failed.error and "bad input \ufffd here" in failed.error
    stored = store.message(failed.message_id)
    assert stored is not None and stored.state == "error"
    store.close()
    assert f"answer {result.message_id} complete" in log_file.read_text(encoding="utf-8")
