"""The network ledger records every connection with its purpose, keeps it 30 days, exports it.

Real traffic only: a real download from the Hub-protocol server, a real hosted chat and
connection check against the scripted OpenAI-compatible server, both on 127.0.0.1, and a real
local chat on the starter model (probe child process included) that must leave the ledger empty.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import socket
import ssl
import stat
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.__main__ import main
from app.core import network_ledger, paths
from app.core.catalog import load_catalog
from app.core.chat import run_turn
from app.core.downloads import DownloadJob, DownloadPolicy
from app.core.engines.base import ChatMessage, GenerationParams
from app.core.engines.hosted import HostedConfig, OpenAIEngine, check_connection
from app.core.engines.local import LocalEngine
from app.core.export import export
from app.core.network_ledger import (
    LEDGER,
    NetworkEvent,
    SessionSummary,
    export_csv,
    network_purpose,
    read_events,
)
from app.core.settings import HostedSettings
from app.core.store import ConversationStore
from app.network_cli import main as network_log
from tests.helpers.fault_server import FaultServer
from tests.helpers.hub_server import running_hub, starter_catalog_toml


@pytest.fixture(autouse=True)
def fresh_session() -> Iterator[None]:
    LEDGER.new_session()
    try:
        yield
    finally:
        LEDGER.new_session()


def recorded() -> list[NetworkEvent]:
    """The ledger file, as written: what survives a restart."""
    return read_events()


def _connect_to(server: socket.socket) -> None:
    with socket.create_connection(server.getsockname(), timeout=30):
        pass


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        yield server


def test_a_connection_is_recorded_with_its_purpose_and_kept_in_a_private_file(
    listener: socket.socket,
) -> None:
    port = listener.getsockname()[1]
    LEDGER.new_session()  # the listener's own bind is not what this test is about
    with network_purpose("test purpose"):
        _connect_to(listener)
    _connect_to(listener)
    events = [e for e in LEDGER.session_events() if e.kind == "connect"]
    assert [(e.host, e.port, e.purpose, e.allowed, e.local) for e in events] == [
        ("127.0.0.1", port, "test purpose", True, True),
        ("127.0.0.1", port, "unattributed", True, True),
    ]
    assert [e for e in recorded() if e.kind == "connect"] == events
    path = paths.network_ledger_path()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_purpose_belongs_to_the_block_and_the_thread() -> None:
    seen: list[str] = []
    with network_purpose("outer"):
        with network_purpose("inner"):
            seen.append(network_ledger._purpose.get())
        seen.append(network_ledger._purpose.get())
        thread = threading.Thread(target=lambda: seen.append(network_ledger._purpose.get()))
        thread.start()
        thread.join()
    seen.append(network_ledger._purpose.get())
    assert seen == ["inner", "outer", "unattributed", "unattributed"]


def test_a_download_is_recorded_with_host_and_purpose(starter_model: Path) -> None:
    paths.user_catalog_path().write_text(starter_catalog_toml(), encoding="utf-8")
    entry = load_catalog().get("smollm2-135m-test")
    assert entry is not None
    with running_hub(starter_model) as hub:
        port = int(hub.endpoint.rsplit(":", 1)[1])
        LEDGER.new_session()
        DownloadJob(entry, endpoint=hub.endpoint, policy=DownloadPolicy()).run()
    events = LEDGER.session_events()
    assert events == recorded()[1:]  # the first: the test hub's own listening socket
    assert {e.purpose for e in events} == {"download"}
    # the Hub's address for the metadata, then its "CDN" under another name for the bytes
    assert ("lookup", "127.0.0.1", port) in [(e.kind, e.host, e.port) for e in events]
    assert ("lookup", "localhost", port) in [(e.kind, e.host, e.port) for e in events]
    assert all(e.allowed and e.local for e in events)
    # each connection's bytes, from the kernel, kept in the file too: counted when it closed,
    # or, for the one huggingface_hub keeps open for later, when the ledger is read
    LEDGER.count_open()
    events = LEDGER.session_events()
    assert events == recorded()[1:]
    connects = [e for e in events if e.kind == "connect"]
    assert connects and all(e.sent and e.received for e in connects)
    # the file came in over them, headers on top
    assert sum(e.received or 0 for e in connects) >= starter_model.stat().st_size


def test_the_bytes_of_a_tls_connection_are_recorded_when_it_closes(tmp_path: Path) -> None:
    """TLS wraps the connected socket in another object (``SSLSocket``), which closes it."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("needs the openssl command to make a certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=localhost", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    server_tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_tls.load_cert_chain(cert, key)
    client_tls = ssl.create_default_context(cafile=str(cert))
    payload = os.urandom(300_000)
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()

        def serve() -> None:
            conn, _ = server.accept()
            with server_tls.wrap_socket(conn, server_side=True) as tls:
                assert tls.recv(5) == b"hello"
                tls.sendall(payload)

        thread = threading.Thread(target=serve)
        thread.start()
        LEDGER.new_session()
        with network_purpose("download"):
            plain = socket.create_connection(server.getsockname(), timeout=60)
            with client_tls.wrap_socket(plain, server_hostname="localhost") as tls:
                tls.sendall(b"hello")
                got = 0
                while got < len(payload):
                    got += len(tls.recv(65536))
        thread.join(timeout=60)
    [connect] = [e for e in LEDGER.session_events() if e.kind == "connect"]
    assert connect.received is not None and connect.received >= len(payload)
    assert connect.sent is not None and connect.sent >= len(b"hello")
    assert [e for e in recorded() if e.kind == "connect"][-1] == connect


def test_the_bytes_go_to_the_ledger_file_of_their_connection(
    listener: socket.socket, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A connection still open when the data folder changes (a test's end, for one) has its
    bytes written next to its own line, never into the new folder's ledger."""
    first = paths.network_ledger_path()
    conn = socket.create_connection(listener.getsockname(), timeout=30)
    monkeypatch.setenv("HEARTH_HOME", str(tmp_path / "elsewhere"))
    conn.close()
    assert not paths.network_ledger_path().exists()
    [connect] = [e for e in read_events(path=first) if e.kind == "connect"]
    assert (connect.sent, connect.received) == (0, 0)


def _config(server: FaultServer) -> HostedConfig:
    return HostedConfig(
        provider="openai_compatible",
        base_url=server.base_url,
        model=server.models[0],
        api_key="sk-test-0123456789",
        connect_timeout_s=30.0,
    )


def test_a_hosted_chat_and_a_connection_check_are_recorded_with_their_purposes() -> None:
    with FaultServer() as server:
        LEDGER.new_session()
        engine = OpenAIEngine(_config(server))
        try:
            for _ in engine.stream(
                [ChatMessage("user", "hi")], GenerationParams(), threading.Event()
            ):
                pass
        finally:
            engine.close()
        hosted = HostedSettings(
            provider="openai_compatible",
            base_url=server.base_url,
            models={"openai_compatible": server.models[0]},
        )
        assert check_connection(hosted, api_key="sk-test-0123456789").ok
    connects = [(e.purpose, e.port) for e in recorded() if e.kind == "connect"]
    assert connects[0] == ("hosted chat", server.port)
    assert set(connects[1:]) == {("connection check", server.port)}
    assert {e.purpose for e in LEDGER.session_events()} == {"hosted chat", "connection check"}


def test_a_whole_local_chat_leaves_the_ledger_empty(starter_model: Path) -> None:
    """Load (the first load probes the file in a child process, which runs the same hook),
    chat, save, search and export: nothing is recorded, not even on this computer."""
    store = ConversationStore(paths.database_path())
    engine = LocalEngine(starter_model)
    try:
        conversation = store.create_conversation()
        store.add_message(conversation.id, "user", "Say hello.")
        result = run_turn(
            store, engine, conversation.id, GenerationParams(max_tokens=8), threading.Event()
        )
        assert {h.conversation_id for h in store.search("hello")} == {conversation.id}
        tree = store.tree(conversation.id)
        assert tree is not None
        exported = {fmt: export([tree], fmt) for fmt in ("md", "html", "json")}
    finally:
        engine.close()
        store.close()
    assert result.text and all("Say hello." in text for text in exported.values())
    assert LEDGER.session_events() == []
    assert not paths.network_ledger_path().exists()
    assert LEDGER.summary().text == "No network use this session"


def _line(age_days: float, host: str = "example.org") -> str:
    event = NetworkEvent(
        time.time() - age_days * 86400, "connect", host, 443, "download", True, False, 1
    )
    return json.dumps(event.to_dict())


def test_events_older_than_30_days_are_dropped_at_the_first_new_one() -> None:
    path = paths.network_ledger_path()
    path.write_text(
        "\n".join([_line(31, "old.example"), "not json", _line(29, "recent.example")]) + "\n",
        encoding="utf-8",
    )
    assert [e.host for e in read_events()] == ["recent.example"]
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))  # this process's first event in this folder
    lines = path.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["host"] == "recent.example"
    assert all("old.example" not in line and "not json" not in line for line in lines)


def test_csv_export_has_one_row_per_event(tmp_path: Path) -> None:
    paths.network_ledger_path().write_text(
        _line(2, "a.example") + "\n" + _line(1, "b.example") + "\n", encoding="utf-8"
    )
    target = tmp_path / "ledger.csv"
    assert export_csv(read_events(), target) == 2
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [(r["host"], r["port"], r["purpose"], r["allowed"]) for r in rows] == [
        ("a.example", "443", "download", "allowed"),
        ("b.example", "443", "download", "allowed"),
    ]
    assert rows[0]["time"][:4].isdigit() and "T" in rows[0]["time"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_the_network_log_command(capsys: pytest.CaptureFixture[str]) -> None:
    traffic = {"traffic": 0, "pid": 1, "sent": 512, "received": 4_700_000}  # the later one's
    paths.network_ledger_path().write_text(
        "\n".join([_line(3, "old.example"), _line(0, "new.example"), json.dumps(traffic)]),
        encoding="utf-8",
    )
    assert main(["network-log", "--json"]) == 0
    assert [(e["host"], e["sent"], e["received"]) for e in json.loads(capsys.readouterr().out)] == [
        ("old.example", None, None),
        ("new.example", 512, 4_700_000),
    ]
    yesterday = time.strftime("%Y-%m-%d", time.localtime(time.time() - 86400))
    out = io.StringIO()
    assert network_log(["--since", yesterday], out) == 0
    table = out.getvalue().splitlines()
    assert table[0].split() == ["time", "what", "where", "purpose"]
    assert len(table) == 2 and "new.example:443" in table[1] and "download" in table[1]
    assert table[1].endswith("512 B sent, 4.7 MB received")
    assert network_log(["--since", "last tuesday"], io.StringIO()) == 2
    paths.network_ledger_path().unlink()
    out = io.StringIO()
    assert network_log([], out) == 0
    assert out.getvalue() == "No network use recorded.\n"


@pytest.mark.parametrize(
    ("summary", "text"),
    [
        (SessionSummary(local=4), "No network use this session"),
        (SessionSummary(connections=1, lookups=1), "1 connection"),
        (SessionSummary(connections=3, lookups=3, refused=1), "3 connections · 1 refused"),
        (SessionSummary(lookups=2), "2 name lookups"),
        (SessionSummary(refused=2), "2 refused"),
    ],
)
def test_the_session_summary_in_words(summary: SessionSummary, text: str) -> None:
    assert summary.text == text


def test_listeners_hear_each_event_and_a_failing_one_breaks_nothing(
    listener: socket.socket,
) -> None:
    heard: list[NetworkEvent] = []

    def broken(_event: NetworkEvent) -> None:
        raise RuntimeError("a broken observer")

    LEDGER.add_listener(broken)
    LEDGER.add_listener(heard.append)
    try:
        _connect_to(listener)
    finally:
        LEDGER.remove_listener(broken)
        LEDGER.remove_listener(heard.append)
    # the connection once opened, then again once closed, with its bytes
    assert [(e.kind, e.received) for e in heard] == [
        ("lookup", None),
        ("connect", None),
        ("connect", 0),
    ]
    assert heard[1].serial == heard[2].serial
