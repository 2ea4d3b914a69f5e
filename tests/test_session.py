"""The chat session and the settings owner: one owner of engine state, one writer of settings,
threads that end with their owner. Each bug the restructuring removed has a test here."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from app.core import paths
from app.core.settings import GenerationSettings, Settings, save_settings
from app.ui.main_window import MainWindow
from app.ui.session import EngineState
from app.ui.settings_owner import SettingsOwner
from tests.helpers.llama_server import LlamaServer
from tests.helpers.windows import LOAD_TIMEOUT_MS, send

REPO = Path(__file__).resolve().parents[1]


def hosted_settings(base_url: str, model: str) -> None:
    s = Settings(route="hosted")
    s.generation.max_tokens = 8
    s.generation.temperature = 0.0
    s.hosted.provider = "openai_compatible"
    s.hosted.base_url = base_url
    s.hosted.models["openai_compatible"] = model
    save_settings(s)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# the settings owner ------------------------------------------------------------------------------


def test_settings_owner_saves_and_announces_only_what_changed(qtbot: QtBot) -> None:
    owner = SettingsOwner()
    seen: list[str] = []
    owner.changed.connect(seen.append)
    assert owner.change(generation=GenerationSettings()) == []  # equal: nothing written
    assert not paths.settings_path().exists() and seen == []
    changed = owner.change(generation={"temperature": 0.2}, local={"n_threads": 1})
    assert changed == seen == ["generation", "local"]
    on_disk = json.loads(paths.settings_path().read_text(encoding="utf-8"))
    assert on_disk["generation"]["temperature"] == 0.2 and on_disk["local"]["n_threads"] == 1
    assert on_disk["generation"]["system_prompt"] == GenerationSettings().system_prompt
    with pytest.raises(KeyError):
        owner.change(colour="blue")


def test_a_model_loaded_while_settings_are_open_is_kept_when_they_are_saved(
    qtbot: QtBot, make_window: Callable[..., MainWindow], starter_model: Path
) -> None:
    window = make_window()
    dialog = window.open_settings()
    other = paths.models_dir() / "other.gguf"
    shutil.copyfile(starter_model, other)
    window.refresh_models()
    with qtbot.waitSignal(window.modelLoaded, timeout=LOAD_TIMEOUT_MS):
        window.load_model(str(other))
    assert window.settings.local.model_path == str(other)
    dialog.temperature.setValue(0.1)
    dialog.save()
    assert window.settings.local.model_path == str(other), "Save must not undo the new model"
    assert window.settings.generation.temperature == pytest.approx(0.1)
    saved = json.loads(paths.settings_path().read_text(encoding="utf-8"))
    assert saved["local"]["model_path"] == str(other)


# engine state ------------------------------------------------------------------------------------


def test_engine_state_goes_loading_then_ready(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(wait_loaded=False)
    states: list[EngineState] = [window.session.state]
    window.session.stateChanged.connect(states.append)
    qtbot.waitUntil(lambda: states[-1].kind == "ready", timeout=LOAD_TIMEOUT_MS)
    assert [s.kind for s in states] == ["loading", "ready"]
    assert states[-1].route == "local" and "SmolLM2" in states[-1].label
    assert window.model_status.text() == f"Ready: {states[-1].label}"


def test_unload_in_hosted_mode_keeps_the_hosted_route_working(
    qtbot: QtBot, make_window: Callable[..., MainWindow], llama_server: LlamaServer
) -> None:
    hosted_settings(llama_server.base_url, llama_server.model)
    window = make_window()
    assert window.session.state.route == "hosted"
    action = window.findChild(QAction, "unloadModelAction")
    assert action is not None and not action.isEnabled(), "nothing local to unload"
    window.unload_model()  # e.g. through a shortcut: must not leave the window without engine
    assert window.session.state.kind == "ready"
    assert not window.model_picker.isEnabled()
    result = send(qtbot, window, "Say hi.")
    assert result.state == "complete" and result.text
    assert "Pick a model" not in (window.last_error or "")


def test_an_unusable_hosted_address_says_why_on_send(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    hosted_settings("http://192.0.2.10/v1", "some-model")  # plain http to another machine
    window = make_window(wait_loaded=False)
    qtbot.waitUntil(lambda: window.session.state.kind == "failed", timeout=LOAD_TIMEOUT_MS)
    window.composer.setPlainText("Hello?")
    window.send()
    assert window.last_error is not None
    assert "No model is loaded" not in window.last_error
    assert "http" in window.last_error and "Settings" in window.last_error
    assert window.composer.toPlainText() == "Hello?", "the typed text is kept"
    assert window.store.conversations() == []


def test_header_does_not_say_ready_while_the_hosted_server_is_down(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    hosted_settings(f"http://127.0.0.1:{free_port()}/v1", "some-model")  # nobody listens
    window = make_window(wait_loaded=False)
    qtbot.waitUntil(lambda: window.session.state.kind == "failed", timeout=LOAD_TIMEOUT_MS)
    assert window.model_status.text() == "Not connected"
    assert window.loaded_label is None
    assert window.last_error is not None and "Ready" not in window.model_status.text()


# threads end with their owner ------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["answering", "raising"])
def test_a_window_dropped_without_close_never_aborts_the_process(mode: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", "tests.helpers.dropped_window", mode],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert "QThread: Destroyed" not in proc.stderr, proc.stderr[-2000:]
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "dropped" in proc.stdout


# a full disk -----------------------------------------------------------------------------------


def test_a_full_disk_on_send_is_said_in_the_window_and_keeps_the_text(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    assert send(qtbot, window, "Hi").state == "complete"
    # SQLite's own "database or disk is full": the file may not grow by a single page
    db = window.store._db
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    typed = "A long message that needs new pages. " * 3000
    window.composer.setPlainText(typed)
    window.send()
    assert window.last_error is not None and "disk is full" in window.last_error
    assert window.composer.toPlainText() == typed, "the typed text is kept"
    assert not window.busy and window.send_button.isEnabled()
    window.close()  # closes cleanly although the disk is full
    assert not window.session.thread_running


def test_an_error_banner_clears_once_an_answer_comes_through(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    s = Settings()
    s.local.context_cap = 512
    s.generation.max_tokens = 8
    save_settings(s)
    window = make_window()
    failed = send(qtbot, window, "Please read this. " * 400)  # longer than the context
    assert failed.state == "error" and window.error_banner.isVisibleTo(window)
    assert send(qtbot, window, "Hi").state == "complete"
    assert window.last_error is None and not window.error_banner.isVisibleTo(window)


def test_the_answer_stats_name_the_threads_and_why(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    s = Settings()
    s.generation.max_tokens = 8
    save_settings(s)
    window = make_window()
    result = send(qtbot, window, "Hi")
    assert result.usage is not None and result.usage.n_threads >= 1
    n = result.usage.n_threads
    assert f"{n} thread{'s' if n != 1 else ''}" in window.stats_label.text()
    assert result.usage.thread_reason and result.usage.thread_reason in window.stats_label.toolTip()


def test_a_thread_still_running_at_exit_never_aborts_the_process() -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", "tests.helpers.stuck_thread"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "QThread: Destroyed" not in proc.stderr, proc.stderr[-2000:]
    assert proc.returncode == 0 and "exiting" in proc.stdout, proc.stderr[-2000:]


def test_an_answer_uses_the_embedding_model_chosen_when_it_was_asked_for(
    qtbot: QtBot, starter_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The embedding model travels with each answer request: a choice made while an earlier
    request still waits in the worker's queue never reaches that earlier answer."""
    from app.core.store import ConversationStore
    from app.ui import session as session_module
    from app.ui import workers
    from app.ui.session import ChatSession

    seen: list[str] = []
    monkeypatch.setattr(workers, "_documents_for", lambda _c, _e, model: seen.append(model) or {})
    gate = threading.Event()
    real_engine = session_module._local_engine

    def held_engine(*args: Any) -> Any:
        gate.wait(60)  # the worker thread is busy until both answers are queued
        return real_engine(*args)

    monkeypatch.setattr(session_module, "_local_engine", held_engine)
    owner = SettingsOwner()
    owner.change(generation={"max_tokens": 2, "temperature": 0.0})
    store = ConversationStore(paths.database_path())
    session = ChatSession(store, owner)
    try:
        session.load_local(str(starter_model))
        first, second = session.create_conversation(), session.create_conversation()
        owner.change(documents={"embedding_model": "first-choice"})
        with qtbot.waitSignals([session.answerFinished] * 2, timeout=LOAD_TIMEOUT_MS):
            session.send(first, "Hello")
            owner.change(documents={"embedding_model": "second-choice"})
            session.send(second, "Hello again")
            gate.set()
        assert seen == ["first-choice", "second-choice"]
    finally:
        gate.set()
        assert session.shutdown()
        store.close()
