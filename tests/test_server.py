"""Hearth's local OpenAI-compatible server, driven by the official ``openai`` SDK.

One ``hearth serve`` child process on the starter model serves the whole module (stopped with
SIGINT at the end, which must exit 0). Ordering and cancellation are proved with what the server
sends and logs, never with timings.
"""

from __future__ import annotations

import http.client
import json
import select
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

from app.core.engines.base import Delta, Usage
from app.server.gateway import Finished, GenerationJob, GenerationRequest, StopMatcher
from tests.helpers.hearth_server import HearthServer, running_hearth_server

PROMPT = "Write two sentences about the sea."


@pytest.fixture(scope="module")
def hearth(starter_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[HearthServer]:
    home = tmp_path_factory.mktemp("serve-home")
    with running_hearth_server(starter_model, home) as server:
        yield server
    assert server.exit_code == [0], server.output()  # Ctrl+C ends hearth serve with 0
    assert "Stopped." in server.output()


@pytest.fixture(scope="module")
def client(hearth: HearthServer) -> Iterator[openai.OpenAI]:
    with client_for(hearth) as sdk:
        yield sdk


def client_for(server: HearthServer, token: str | None = None) -> openai.OpenAI:
    return openai.OpenAI(
        base_url=server.base_url, api_key=token or server.token, max_retries=0, timeout=120
    )


def chat(client: openai.OpenAI, **kwargs: object) -> openai.types.chat.ChatCompletion:
    params: dict[str, object] = {
        "model": "any",
        "messages": [{"role": "user", "content": PROMPT}],
        "temperature": 0,
        "seed": 7,
        "max_tokens": 40,
    }
    params.update(kwargs)
    return client.chat.completions.create(**params)  # type: ignore[no-any-return,call-overload]


def post(
    server: HearthServer, path: str, body: bytes, token: str | None = None
) -> tuple[int, dict]:
    conn = http.client.HTTPConnection(server.root.removeprefix("http://"), timeout=120)
    try:
        conn.request(
            "POST",
            path,
            body,
            {
                "Authorization": f"Bearer {token or server.token}",
                "Content-Type": "application/json",
            },
        )
        resp = conn.getresponse()
        return resp.status, json.loads(resp.read() or b"{}")
    finally:
        conn.close()


# the protocol ------------------------------------------------------------------------------


def test_models_health_and_the_token(hearth: HearthServer, client: openai.OpenAI) -> None:
    listed = client.models.list().data
    assert [m.id for m in listed] == ["SmolLM2-135M-Instruct.Q4_1.gguf"]
    with (
        client_for(hearth, token="wrong-token") as stranger,
        pytest.raises(openai.AuthenticationError) as denied,
    ):
        stranger.models.list()
    assert denied.value.status_code == 401
    assert "Authorization: Bearer" in str(denied.value)
    status, body = post(hearth, "/health", b"", token="nope")  # every path needs the token
    assert status == 401 and body["error"]["code"] == "invalid_api_key"
    assert hearth.health()["status"] == "ok"
    assert "--show-token" in hearth.output() and hearth.token not in hearth.output()
    conn = http.client.HTTPConnection(hearth.root.removeprefix("http://"), timeout=60)
    try:  # no origins configured: no CORS headers, so web pages cannot read the answers
        conn.request(
            "GET",
            "/v1/models",
            headers={"Authorization": f"Bearer {hearth.token}", "Origin": "http://evil.test"},
        )
        response = conn.getresponse()
        response.read()
    finally:
        conn.close()
    assert response.status == 200
    assert not [h for h, _ in response.getheaders() if h.lower().startswith("access-control")]


def test_streamed_and_whole_chat_agree_and_report_usage(client: openai.OpenAI) -> None:
    whole = chat(client)
    assert whole.choices[0].message.role == "assistant"
    text = whole.choices[0].message.content or ""
    assert text.strip()
    assert whole.usage is not None and whole.usage.completion_tokens > 0
    chunks = list(chat(client, stream=True, stream_options={"include_usage": True}))
    streamed = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert streamed == text
    assert chunks[0].choices[0].delta.role == "assistant"
    last = chunks[-1]
    assert last.choices == [] and last.usage is not None
    assert last.usage.model_dump() | {"completion_tokens_details": None} == (
        whole.usage.model_dump() | {"completion_tokens_details": None}
    )
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] in ("stop", "length")
    assert all(c.usage is None for c in chunks[:-1])


def test_max_tokens_and_stop_sequences(client: openai.OpenAI) -> None:
    short = chat(client, max_tokens=5)
    assert short.usage is not None and short.usage.completion_tokens == 5
    assert short.choices[0].finish_reason == "length"
    full = chat(client).choices[0].message.content or ""
    words = full.split()
    stop_word = words[len(words) // 2]
    cut = chat(client, stop=[stop_word, "@@never@@"])
    content = cut.choices[0].message.content or ""
    assert cut.choices[0].finish_reason == "stop"
    assert content == full[: full.index(stop_word)]
    streamed = list(chat(client, stop=stop_word, stream=True))
    assert "".join(c.choices[0].delta.content or "" for c in streamed) == content


def test_completions_continue_raw_text(client: openai.OpenAI) -> None:
    done = client.completions.create(model="any", prompt="1, 2, 3, 4,", max_tokens=6, temperature=0)
    assert done.choices[0].text.startswith(" 5, 6")
    assert done.usage is not None and done.usage.completion_tokens == 6
    assert done.choices[0].finish_reason == "length"
    streamed = client.completions.create(
        model="any", prompt="1, 2, 3, 4,", max_tokens=6, temperature=0, stream=True
    )
    assert "".join(c.choices[0].text for c in streamed) == done.choices[0].text


def test_malformed_requests_get_4xx_and_never_reach_the_model(
    hearth: HearthServer, client: openai.OpenAI
) -> None:
    before = hearth.health()["generations"]
    user = {"role": "user", "content": "hi"}
    cases: list[tuple[str, bytes, int, str]] = [
        ("/v1/chat/completions", b"{not json", 400, "not valid JSON"),
        ("/v1/chat/completions", b"[1, 2]", 400, "JSON object"),
        ("/v1/chat/completions", b'{"messages": []}', 400, "non-empty"),
        (
            "/v1/chat/completions",
            json.dumps({"messages": [{"role": "tool", "content": "x"}]}).encode(),
            400,
            "'tool'",
        ),
        ("/v1/chat/completions", json.dumps({"messages": [user], "n": 2}).encode(), 400, "n must"),
        (
            "/v1/chat/completions",
            json.dumps({"messages": [user], "max_tokens": 10**9}).encode(),
            400,
            "more than this model's whole context",
        ),
        (
            "/v1/chat/completions",
            json.dumps({"messages": [user], "temperature": "hot"}).encode(),
            400,
            "temperature",
        ),
        (
            "/v1/chat/completions",
            json.dumps({"messages": [{"role": "user", "content": "word " * 200_000}]}).encode(),
            400,
            "characters long",
        ),
        ("/v1/chat/completions", b" " * (5 * 1024 * 1024), 413, "larger than"),
        ("/v1/completions", json.dumps({"prompt": ["a", "b"]}).encode(), 400, "one non-empty"),
        ("/v1/embeddings", json.dumps({"input": "x"}).encode(), 404, "No embedding model"),
        ("/v1/nothing", b"{}", 404, "There is no"),
    ]
    for path, body, status, words in cases:
        got, answer = post(hearth, path, body)
        assert (got, words in answer["error"]["message"]) == (status, True), (path, answer)
        assert set(answer["error"]) == {"message", "type", "param", "code"}
    assert hearth.health()["generations"] == before
    with pytest.raises(openai.BadRequestError):
        chat(client, messages=[{"role": "developer", "content": "x"}])


# one engine, in arrival order ------------------------------------------------------------


def _open_stream(server: HearthServer, path: str, body: dict[str, object]) -> socket.socket:
    host, port = server.root.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=120)
    data = json.dumps(body).encode()
    sock.sendall(
        f"POST {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {server.token}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n\r\n".encode()
        + data
    )
    return sock


def _read_until(sock: socket.socket, marker: bytes, seen: bytes = b"") -> bytes:
    while marker not in seen:
        piece = sock.recv(65536)
        assert piece, f"connection closed before {marker!r}: {seen[-500:]!r}"
        seen += piece
    return seen


def test_two_clients_are_answered_one_after_the_other_by_one_model(hearth: HearthServer) -> None:
    body = {"messages": [{"role": "user", "content": PROMPT}], "stream": True, "max_tokens": 48}
    body |= {"temperature": 0, "seed": 3}
    rss_before = hearth.rss_bytes()
    first = _open_stream(hearth, "/v1/chat/completions", body)
    second: socket.socket | None = None
    try:
        received = _read_until(first, b'"content"')  # the first client is being answered
        second = _open_stream(hearth, "/v1/chat/completions", body)
        while b"data: [DONE]" not in received:
            if select.select([second], [], [], 0)[0]:
                # The second client heard back: the server had sent all of the first answer by
                # then (loopback delivers in order), so it must already be here in full.
                first.setblocking(False)
                try:
                    while piece := first.recv(65536):
                        received += piece
                except BlockingIOError:
                    pass
                assert b"data: [DONE]" in received, "the second client was answered too early"
                break
            piece = first.recv(65536)
            assert piece
            received += piece
        second_answer = _read_until(second, b"data: [DONE]")
    finally:
        first.close()
        if second is not None:
            second.close()

    def text(raw: bytes) -> str:
        events = [line[6:] for line in raw.split(b"\n") if line.startswith(b"data: {")]
        return "".join(json.loads(e)["choices"][0]["delta"].get("content", "") for e in events)

    assert text(received) == text(second_answer) != ""  # same request, same answer
    # one copy of the model: a second (about 90 MB) would show in the server's memory
    assert hearth.rss_bytes() - rss_before < 40 * 1024 * 1024


def test_a_client_that_disconnects_frees_the_engine(
    hearth: HearthServer, client: openai.OpenAI
) -> None:
    # Greedy, the starter model counts on for well over 400 tokens from here.
    body = {"prompt": "1, 2, 3, 4, 5,", "max_tokens": 1000, "temperature": 0, "stream": True}
    sock = _open_stream(hearth, "/v1/completions", body)
    try:
        _read_until(sock, b'"text"')
    finally:
        sock.close()  # gone mid-stream
    answer = chat(client, max_tokens=4)  # the engine is free for the next client
    assert answer.usage is not None and answer.usage.completion_tokens == 4
    lines = [ln for ln in hearth.output().splitlines() if "POST /v1/completions" in ln]
    assert "client disconnected" in lines[-1]
    generated = int(lines[-1].split("tokens=")[1].split()[0].split("+")[1])
    assert 0 < generated < 300  # it stopped soon after the client left, not at 400 and on


def test_the_same_greedy_text_as_llama_cpp_server(client: openai.OpenAI, llama_server) -> None:
    ours = chat(client, max_tokens=48)
    with openai.OpenAI(
        base_url=llama_server.base_url, api_key="x", max_retries=0, timeout=120
    ) as theirs:
        # llama_cpp.server applies a repeat penalty of 1.1 unless told otherwise; Hearth none
        reference = chat(
            theirs, model=llama_server.model, max_tokens=48, extra_body={"repeat_penalty": 1.0}
        )
    assert ours.choices[0].message.content == reference.choices[0].message.content
    assert ours.usage is not None and reference.usage is not None
    assert ours.usage.completion_tokens == reference.usage.completion_tokens


# pieces ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pieces", "stops", "sent", "hit"),
    [
        (["Hello wor", "ld, sea"], ("world",), "Hello ", True),
        (["a", "b", "c"], ("bd",), "abc", False),
        (["x", "END", "y"], ("EN", "ND"), "x", True),
        (["¿qué", " tal?"], (), "¿qué tal?", False),
    ],
)
def test_stop_sequences_split_across_pieces(
    pieces: list[str], stops: tuple[str, ...], sent: str, hit: bool
) -> None:
    matcher = StopMatcher(stops)
    out, stopped = "", False
    for piece in pieces:
        text, stopped = matcher.feed(piece)
        out += text
        if stopped:
            break
    if not stopped:
        out += matcher.flush()
    assert (out, stopped) == (sent, hit)


class _ScriptedEngine:
    """A stand-in engine that records whether it was asked at all (the job's own checks)."""

    route = "local"
    provider = "llama.cpp"
    model = label = "scripted"

    def __init__(self) -> None:
        self.calls = 0

    def stream(self, messages, params, stop):
        self.calls += 1
        for word in ["one ", "two ", "three"]:
            if stop.is_set():
                break
            yield Delta(text=word)
        yield Delta(usage=Usage(completion_tokens=3))

    def close(self) -> None:
        pass


def test_a_cancelled_job_never_reaches_the_engine_and_no_model_is_a_503() -> None:
    from app.core.engines.base import ChatMessage, GenerationParams

    events: list[object] = []
    request = GenerationRequest(GenerationParams(), (ChatMessage("user", "hi"),))
    engine = _ScriptedEngine()
    job = GenerationJob(request, events.append)
    job.cancel()
    job.run(engine)  # type: ignore[arg-type]
    assert engine.calls == 0 and isinstance(events[-1], Finished) and events[-1].cancelled
    events.clear()
    GenerationJob(request, events.append).run(None)
    assert [getattr(e, "status", None) for e in events] == [503]
    events.clear()
    GenerationJob(request, events.append).run(engine)  # type: ignore[arg-type]
    assert [getattr(e, "text", None) for e in events[:-1]] == ["one ", "two ", "three"]


def test_serve_refuses_an_unknown_model_and_a_bad_port_before_loading(
    capsys: pytest.CaptureFixture[str], starter_model: Path
) -> None:
    import keyring
    from keyring.backends import fail

    from app.__main__ import main

    assert main(["serve", "--model", "no-such-model"]) == 2
    assert "neither a model file nor a catalog id" in capsys.readouterr().err
    assert main(["serve", "--model", str(starter_model), "--port", "70000"]) == 1
    assert "70000 is not a port number" in capsys.readouterr().err
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = str(taken.getsockname()[1])
        assert main(["serve", "--model", str(starter_model), "--port", port]) == 1
    assert "Pick another port." in capsys.readouterr().err
    keyring.set_keyring(fail.Keyring())  # no keychain, no HEARTH_SERVER_TOKEN: no token to use
    assert main(["serve", "--model", str(starter_model)]) == 1
    assert "HEARTH_SERVER_TOKEN" in capsys.readouterr().err


def test_the_window_side_server_on_a_thread_with_cors_and_prompt_logging(
    starter_model: Path,
) -> None:
    """What the window runs: the API on a thread, stopped cleanly (no thread is left)."""
    from app.core.engines.local import LoadOptions
    from app.server.api import ServerConfig, create_app
    from app.server.gateway import LocalGateway
    from app.server.requestlog import RequestLog, RequestRecord
    from app.server.runner import BackgroundServer, bind

    gateway = LocalGateway(starter_model, LoadOptions(context_cap=1024, probe=False))
    gateway.start()
    log = RequestLog()
    ended: list[RequestRecord] = []
    log.add_listener(lambda record: record and ended.append(record))
    origin = "http://localhost:3000"
    config = ServerConfig("t0ken", cors_origins=(origin,), log_prompts=True)
    server = BackgroundServer(create_app(gateway, config, log), bind("127.0.0.1", 0))
    try:
        host, port = server.address
        conn = http.client.HTTPConnection(host, port, timeout=60)
        conn.request(
            "OPTIONS",
            "/v1/chat/completions",
            headers={"Origin": origin, "Access-Control-Request-Method": "POST"},
        )
        preflight = conn.getresponse()
        preflight.read()
        conn.close()
        with openai.OpenAI(
            base_url=f"http://{host}:{port}/v1", api_key="t0ken", max_retries=0, timeout=120
        ) as sdk:
            answer = sdk.chat.completions.create(
                model="any", messages=[{"role": "user", "content": "Say hi"}], max_tokens=3
            )
    finally:
        assert server.stop()
        gateway.close()
    assert preflight.status == 200
    assert preflight.getheader("access-control-allow-origin") == origin
    assert answer.usage is not None and answer.usage.completion_tokens == 3
    (record,) = [r for r in ended if r.path == "/v1/chat/completions"]
    assert (record.status, record.completion_tokens) == (200, 3)
    assert record.prompt == "user: Say hi"


# the window's widgets ----------------------------------------------------------------------


def test_settings_page_writes_through_the_owner_and_keeps_the_token_masked(
    qtbot, hearth_home: Path
) -> None:
    from PySide6.QtGui import QGuiApplication

    from app.core.secrets import get_secret
    from app.server.token import TOKEN_NAME
    from app.ui.server_panel import ServerSettingsPage
    from app.ui.settings_owner import SettingsOwner

    owner = SettingsOwner()
    page = ServerSettingsPage(owner)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.copy_button.isEnabled(), timeout=60_000)
    stored, where = get_secret(TOKEN_NAME)  # made on first use, kept in the keychain
    assert where == "keychain" and stored and page.token == stored
    assert stored not in page.token_field.text() and page.token_field.text().endswith(stored[-4:])
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == stored

    page.enabled_box.setChecked(True)
    page.port_box.setValue(5123)
    page.port_box.editingFinished.emit()
    assert page.host_warning.isHidden()
    page.host_field.setText("0.0.0.0")
    page.host_field.editingFinished.emit()
    assert not page.host_warning.isHidden()
    saved = json.loads((hearth_home / "settings.json").read_text())["server"]
    assert (saved["enabled"], saved["port"], saved["host"]) == (True, 5123, "0.0.0.0")
    assert page.url_label.text() == "http://0.0.0.0:5123/v1"

    with qtbot.waitSignal(page.tokenChanged, timeout=60_000) as regenerated:
        page.regenerate_button.click()
    assert regenerated.args[0] != stored and get_secret(TOKEN_NAME)[0] == regenerated.args[0]
    owner.change(server={"host": "127.0.0.1"})  # a change made elsewhere shows on the page
    assert page.host_field.text() == "127.0.0.1" and page.host_warning.isHidden()


def test_request_log_panel_shows_what_the_server_thread_logs(qtbot) -> None:
    from app.server.requestlog import RequestLog, RequestRecord
    from app.ui.server_panel import RequestLogPanel

    log = RequestLog()
    panel = RequestLogPanel(log)
    qtbot.addWidget(panel)
    record = RequestRecord(0.0, "127.0.0.1", "POST", "/v1/chat/completions", 200, 12, 34, 1.5)
    began = threading.Thread(target=log.began, name="test-server-thread")
    began.start()
    began.join()
    qtbot.waitUntil(lambda: "Serving 1 request now" in panel.serving_label.text())
    ended = threading.Thread(target=log.ended, args=(record,), name="test-server-thread")
    ended.start()
    ended.join()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    row = [panel.table.item(0, c).text() for c in range(panel.table.columnCount())]
    assert row[1:] == ["127.0.0.1", "POST /v1/chat/completions", "200", "12 + 34", "1.50 s", ""]
    assert panel.serving_label.text() == "No request is being served."
    panel.detach()
    log.began()
    qtbot.wait(50)
    assert panel.serving_label.text() == "No request is being served."


def test_the_server_package_imports_without_qt() -> None:
    import subprocess
    import sys

    from tests.test_architecture import BLOCK_QT

    code = BLOCK_QT.replace("app.core", "app.server")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["imported", "8"]  # the package and its seven modules
