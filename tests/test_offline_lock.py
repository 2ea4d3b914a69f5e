"""The offline lock refuses every connection that would leave this computer, whoever opens it.

Each test turns the lock on (the setting, or ``HEARTH_OFFLINE=1``) and tries to reach a host that
is not this computer through a different road: urllib, httpx2, huggingface_hub, the openai SDK,
raw sockets, Hearth's own downloads and hosted route, and a child process. The lock refuses at
the first socket call (the name lookup), before any packet is sent, so these tests never reach
the internet; should the lock ever fail, the test suite's own guard (installed after the app's
hook, see tests/conftest.py) stops the connection and the test fails on the wrong error.
Loopback stays allowed: the local test servers still answer with the lock on.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import httpx2
import pytest

from app.core import network_ledger, paths
from app.core.catalog import CatalogEntry, load_catalog
from app.core.downloads import DownloadError, DownloadJob, DownloadPolicy, DownloadProgress
from app.core.engines.base import ChatMessage, GenerationParams
from app.core.engines.hosted import (
    HostedConfig,
    OfflineLockedError,
    OpenAIEngine,
    check_connection,
)
from app.core.network_ledger import LEDGER, NetworkEvent, OfflineLockError, refused_by_lock
from app.core.settings import HostedSettings, Settings, save_settings
from tests.helpers.fault_server import FaultServer
from tests.helpers.hub_server import starter_catalog_toml

ROOT = Path(__file__).resolve().parents[1]
FAR = "203.0.113.9"  # TEST-NET-3: documentation addresses, never routed
FAR_NAME = "api.example.com"


@pytest.fixture(autouse=True)
def fresh_session() -> Iterator[None]:
    LEDGER.new_session()
    try:
        yield
    finally:
        network_ledger.set_offline_lock(False)
        network_ledger.set_local_allowed(True)
        LEDGER.new_session()


@pytest.fixture(params=["setting", "environment"])
def locked(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The offline lock on, through the setting or through ``HEARTH_OFFLINE=1``."""
    if request.param == "setting":
        network_ledger.set_offline_lock(True)
    else:
        monkeypatch.setenv(network_ledger.OFFLINE_ENV, "1")
    assert network_ledger.offline_lock_on()
    return str(request.param)


def refused(host: str) -> list[NetworkEvent]:
    return [e for e in LEDGER.session_events() if e.host == host and not e.allowed]


def assert_refused_by_lock(call: object) -> BaseException:
    assert callable(call)
    with pytest.raises(Exception) as caught:  # each library wraps it its own way
        call()
    assert refused_by_lock(caught.value), repr(caught.value)
    return caught.value


@pytest.mark.usefixtures("locked")
def test_urllib_is_refused_and_recorded() -> None:
    error = assert_refused_by_lock(
        lambda: urllib.request.urlopen(f"https://{FAR_NAME}/", timeout=30)
    )
    assert isinstance(error, urllib.error.URLError)
    assert str(error.reason) == "Offline lock is on"
    (event,) = refused(FAR_NAME)
    assert (event.kind, event.port, event.local, event.purpose) == (
        "lookup",
        443,
        False,
        "unattributed",
    )


@pytest.mark.usefixtures("locked")
def test_httpx2_is_refused_and_recorded() -> None:
    with network_ledger.network_purpose("test"):
        error = assert_refused_by_lock(lambda: httpx2.get(f"https://{FAR_NAME}/", timeout=30))
    assert isinstance(error, httpx2.ConnectError)
    assert [e.purpose for e in refused(FAR_NAME)] == ["test"]


@pytest.mark.usefixtures("locked")
def test_huggingface_hub_download_is_refused_on_every_retry(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from huggingface_hub import hf_hub_download
    from huggingface_hub.utils import _http as hf_http

    waits: list[float] = []  # hf_hub_download retries network errors with backoff: no waiting
    monkeypatch.setattr(hf_http, "time", SimpleNamespace(sleep=waits.append))
    assert_refused_by_lock(
        lambda: hf_hub_download(
            "some/model",
            "config.json",
            endpoint=f"https://{FAR_NAME}",
            cache_dir=tmp_path,
            etag_timeout=30,
        )
    )
    attempts = refused(FAR_NAME)
    assert len(waits) >= 1 and len(attempts) >= len(waits) + 1  # each attempt was refused
    assert all(e.kind == "lookup" for e in attempts)
    assert not any(tmp_path.rglob("config.json"))


@pytest.mark.usefixtures("locked")
def test_the_openai_sdk_is_refused_and_recorded() -> None:
    import openai

    client = openai.OpenAI(api_key="sk-test", base_url=f"https://{FAR_NAME}/v1", max_retries=0)
    try:
        error = assert_refused_by_lock(client.models.list)
    finally:
        client.close()
    assert isinstance(error, openai.APIConnectionError)
    assert len(refused(FAR_NAME)) == 1


@pytest.mark.usefixtures("locked")
def test_raw_sockets_are_refused_without_a_name_lookup() -> None:
    """``connect`` and ``sendto`` with an address (no lookup first) are refused too."""
    with (
        socket.socket(socket.AF_INET, socket.SOCK_STREAM) as tcp,
        pytest.raises(OfflineLockError, match="Offline lock is on"),
    ):
        tcp.connect((FAR, 443))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp, pytest.raises(OfflineLockError):
        udp.sendto(b"query", (FAR, 53))
    with socket.socket() as server, pytest.raises(OfflineLockError):
        server.bind(("0.0.0.0", 0))  # listening on every interface is leaving, too
    assert [(e.kind, e.port) for e in refused(FAR)] == [("connect", 443), ("send", 53)]
    assert [e.kind for e in refused("0.0.0.0")] == ["listen"]
    assert issubclass(OfflineLockError, ConnectionRefusedError)


CHILD = """
import sys, urllib.request
import app.__main__ as entry
from app.core.network_ledger import refused_by_lock

entry.main(["network-log"])  # what every Hearth process runs first: installs the hook


def guard(event, args):  # after Hearth's hook: it only sees what Hearth's hook let through
    if event == "socket.getaddrinfo" and args[0] not in (None, "localhost", "127.0.0.1"):
        raise RuntimeError("BYPASSED: the lookup got past the offline lock")


sys.addaudithook(guard)
try:
    urllib.request.urlopen("http://%s/", timeout=30)
except Exception as exc:
    print("REFUSED" if refused_by_lock(exc) else "OTHER " + repr(exc))
"""


@pytest.mark.parametrize("source", ["settings file", "environment"])
def test_a_child_process_is_refused_and_recorded(source: str, hearth_home: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != network_ledger.OFFLINE_ENV}
    env["PYTHONPATH"] = str(ROOT)
    if source == "environment":
        env[network_ledger.OFFLINE_ENV] = "1"
    else:
        settings = Settings()
        settings.privacy.offline_lock = True
        save_settings(settings)
    assert not network_ledger.offline_lock_on()  # this process is not locked: the child is
    proc = subprocess.run(
        [sys.executable, "-c", CHILD % FAR],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1] == "REFUSED", proc.stdout + proc.stderr
    lines = paths.network_ledger_path().read_text(encoding="utf-8").splitlines()
    events = [NetworkEvent(**json.loads(line)) for line in lines]
    assert [(e.host, e.kind, e.allowed) for e in events] == [(FAR, "lookup", False)]
    assert events[0].pid != os.getpid()


# Hearth's own network features ------------------------------------------------------------


@pytest.fixture
def entry() -> CatalogEntry:
    paths.user_catalog_path().write_text(starter_catalog_toml(), encoding="utf-8")
    found = load_catalog().get("smollm2-135m-test")
    assert found is not None
    return found


@pytest.mark.usefixtures("locked")
def test_a_download_is_refused_at_once_with_the_lock_message(entry: CatalogEntry) -> None:
    seen: list[DownloadProgress] = []
    job = DownloadJob(
        entry,
        endpoint=f"https://{FAR_NAME}",
        policy=DownloadPolicy(max_retries=3, backoff_initial_s=30.0),  # a retry would hang
        on_progress=seen.append,
    )
    with pytest.raises(DownloadError) as caught:
        job.run()
    error = caught.value
    assert error.kind == "locked"
    assert error.message == "Offline lock is on: downloads are off."
    assert error.hint == "Turn it off in Settings › Privacy."
    assert [p.phase for p in seen] == ["connecting"]
    assert [(e.kind, e.purpose) for e in refused(FAR_NAME)] == [("lookup", "download")]


def _far_config(**overrides: object) -> HostedConfig:
    values: dict[str, object] = {
        "provider": "openai_compatible",
        "base_url": f"https://{FAR_NAME}/v1",
        "model": "some-model",
        "api_key": "sk-test-0123456789",
        "connect_timeout_s": 30.0,
        "max_retries": 3,
    }
    values.update(overrides)
    return HostedConfig(**values)  # type: ignore[arg-type]


@pytest.mark.usefixtures("locked")
def test_a_hosted_chat_is_refused_at_once_and_never_retried() -> None:
    engine = OpenAIEngine(_far_config(), retry_base_s=30.0)  # a retry would hang
    deltas = []
    try:
        with pytest.raises(OfflineLockedError) as caught:
            for delta in engine.stream(
                [ChatMessage("user", "hello")], GenerationParams(), threading.Event()
            ):
                deltas.append(delta)
    finally:
        engine.close()
    assert deltas == []  # not even a "retrying" notice
    assert str(caught.value) == f"Offline lock is on: the hosted route cannot reach {FAR_NAME}."
    assert caught.value.hint == "Turn it off in Settings › Privacy. Or switch to Local."
    assert [(e.kind, e.purpose) for e in refused(FAR_NAME)] == [("lookup", "hosted chat")]


@pytest.mark.usefixtures("locked")
def test_the_connection_check_says_the_lock_is_on() -> None:
    hosted = HostedSettings(
        provider="openai_compatible",
        base_url=f"https://{FAR_NAME}/v1",
        models={"openai_compatible": "some-model"},
    )
    report = check_connection(hosted, api_key="sk-test-0123456789")
    assert not report.ok and not report.reached
    assert f"Offline lock is on: the hosted route cannot reach {FAR_NAME}." in report.summary
    assert [e.purpose for e in refused(FAR_NAME)] == ["connection check"]


@pytest.mark.usefixtures("locked")
def test_loopback_stays_allowed_and_is_recorded_as_local() -> None:
    with FaultServer() as server:
        engine = OpenAIEngine(_far_config(base_url=server.base_url, model="scripted-model"))
        try:
            text = "".join(
                d.text
                for d in engine.stream(
                    [ChatMessage("user", "still here")], GenerationParams(), threading.Event()
                )
            )
        finally:
            engine.close()
    assert text.split()[-2:] == ["still", "here"]
    chat = [e for e in LEDGER.session_events() if e.purpose == "hosted chat"]
    assert {e.kind for e in chat} == {"lookup", "connect"}
    assert all(e.allowed and e.local and e.host == "127.0.0.1" for e in chat)
    assert not [e for e in LEDGER.session_events() if not e.allowed]


@pytest.mark.usefixtures("locked")
def test_loopback_is_refused_and_recorded_when_the_user_does_not_allow_it() -> None:
    with FaultServer() as server:  # listening already: another program's server
        network_ledger.set_local_allowed(False)
        engine = OpenAIEngine(
            _far_config(base_url=server.base_url, model="scripted-model"), retry_base_s=30.0
        )
        try:
            with pytest.raises(OfflineLockedError, match="Offline lock is on"):
                list(
                    engine.stream(
                        [ChatMessage("user", "hi")], GenerationParams(), threading.Event()
                    )
                )
        finally:
            engine.close()
        with socket.socket() as tcp, pytest.raises(OfflineLockError):
            tcp.connect(("127.0.0.1", server.port))
        with (
            socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp,
            pytest.raises(OfflineLockError),
        ):
            udp.sendto(b"ping", ("127.0.0.1", server.port))
    local = [e for e in LEDGER.session_events() if e.local]
    assert [(e.kind, e.purpose) for e in local if not e.allowed] == [
        ("connect", "hosted chat"),  # refused once, never retried
        ("connect", "unattributed"),
        ("send", "unattributed"),
    ]
    # allowed: the server's listening (before the switch) and the engine's lookup of 127.0.0.1
    assert {e.kind for e in local if e.allowed} == {"listen", "lookup"}


@pytest.mark.parametrize("allowed", [True, False], ids=["allowed", "not allowed"])
@pytest.mark.usefixtures("locked")
def test_the_local_server_listens_under_the_lock_only_if_allowed(allowed: bool) -> None:
    from app.server.runner import LOCAL_LOCKED, ServerError, bind

    network_ledger.set_local_allowed(allowed)
    with network_ledger.network_purpose(network_ledger.LOCAL_SERVER):
        if allowed:
            bind("127.0.0.1", 0).close()
        else:
            with pytest.raises(ServerError) as caught:
                bind("127.0.0.1", 0)
            assert str(caught.value) == LOCAL_LOCKED
            assert "Allow the local server (this computer only) while offline" in LOCAL_LOCKED
    (listen,) = [e for e in LEDGER.session_events() if e.kind == "listen"]
    assert (listen.host, listen.local, listen.allowed) == ("127.0.0.1", True, allowed)
    assert listen.purpose == "local server"


def test_hearth_serve_says_why_it_does_not_listen_under_the_lock(
    capsys: pytest.CaptureFixture[str], starter_model: Path
) -> None:
    from app.__main__ import main

    settings = Settings()
    settings.privacy.offline_lock = True
    settings.privacy.allow_local_server = False
    save_settings(settings)
    assert main(["serve", "--model", str(starter_model), "--port", "0"]) == 1  # before loading
    assert "Allow the local server (this computer only) while offline" in capsys.readouterr().err
    assert [(e.kind, e.host) for e in LEDGER.session_events() if not e.allowed] == [
        ("listen", "127.0.0.1")
    ]


@pytest.mark.usefixtures("locked")
def test_sockets_hearth_pairs_with_each_other_stay_allowed_when_loopback_is_not() -> None:
    """What ``socket.socketpair()`` does on Windows (Hearth's wakeup pipe), declared internal."""
    network_ledger.set_local_allowed(False)

    def pair() -> None:
        with socket.socket() as listener, socket.socket() as client:
            listener.bind(("127.0.0.1", 0))
            listener.listen(1)
            client.connect(listener.getsockname())

    with network_ledger.network_purpose(network_ledger.INTERNAL):
        pair()
    with pytest.raises(OfflineLockError):
        pair()
    assert [(e.kind, e.purpose, e.allowed) for e in LEDGER.session_events()] == [
        ("listen", "internal", True),
        ("connect", "internal", True),
        ("listen", "unattributed", False),
    ]
