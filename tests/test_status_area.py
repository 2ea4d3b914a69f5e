"""The one status area above the transcript: the engine's state (loading with progress, ready,
failed with a fix), the hosted warning and the current error, rendered from the session's
EngineState; never redrawn per token (issue 12)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.settings import Settings, save_settings
from app.ui.main_window import MainWindow
from app.ui.session import EngineState
from app.ui.settings_dialog import SettingsDialog
from app.ui.status_area import ENGINE, StatusArea
from tests.helpers.windows import LOAD_TIMEOUT_MS, send
from tests.test_session import free_port, hosted_settings


@pytest.fixture
def area(qtbot: QtBot) -> StatusArea:
    widget = StatusArea()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_each_engine_state_is_one_line(area: StatusArea) -> None:
    area.show_engine(EngineState("loading", "local", "Loading tiny.gguf…"))
    assert area.model_status.text() == "Loading tiny.gguf…"
    bar = area.load_progress
    assert bar.isVisible() and (bar.minimum(), bar.maximum()) == (0, 0)  # busy: no figure yet
    area.show_load_progress(0.25)
    assert (bar.maximum(), bar.value()) == (1000, 250)
    area.show_engine(EngineState("ready", "local", "Tiny (local)", context_size=2048))
    assert area.model_status.text() == "Ready: Tiny (local)" and not bar.isVisible()
    assert area.engine_row.isVisible()
    area.show_engine(EngineState("loading", "local", "Loading other.gguf…"))
    assert (bar.minimum(), bar.maximum()) == (0, 0), "a new load starts busy again"
    area.show_engine(EngineState("loading", "hosted", "m · host", detail="checking"), "host:8080")
    assert area.model_status.text() == "Checking host:8080…"
    area.show_engine(EngineState("ready", "hosted", "m · host:8080", detail="connected"))
    assert area.model_status.text() == "Connected: m · host:8080 (hosted)"
    area.show_engine(EngineState("none", "local"))
    assert area.model_status.text() == "No model loaded" and not bar.isVisible()
    line = area.model_status.fontMetrics().height()
    assert area.engine_row.height() <= 2 * line, "one compact line, not a banner"


def test_a_failure_is_said_once_with_its_fix_and_the_line_returns_when_dismissed(
    area: StatusArea,
) -> None:
    fixed: list[str] = []
    area.show_engine(EngineState("failed", "local", message="The file is broken."))
    area.show_error("The file is broken.", ENGINE, ("Retry", lambda: fixed.append("retry")))
    assert area.error_row.isVisible() and not area.engine_row.isVisible()  # not two rows
    assert area.model_status.text() == "Not loaded"
    area.close_button.click()
    assert not area.error_row.isVisible() and area.engine_row.isVisible()
    area.show_engine(EngineState("failed", "hosted", message="Refused."))
    area.show_error("Refused.", ENGINE, ("Open Settings", lambda: fixed.append("settings")))
    area.action_button.click()
    assert fixed == ["settings"]
    assert area.model_status.text() == "Not connected" and area.engine_row.isVisible()
    area.show_error("Could not export the chat.", "export")  # another thing's error
    assert area.error_row.isVisible() and area.engine_row.isVisible()


def test_a_failed_load_offers_retry_and_the_state_clears_when_the_model_loads(
    qtbot: QtBot, make_window: Callable[..., MainWindow], starter_model: Path, tmp_path: Path
) -> None:
    settings = Settings()
    settings.local.model_path = str(starter_model)
    save_settings(settings)
    window = make_window()
    area = window.status_area
    assert area.model_status.text() == f"Ready: {window.loaded_label}"
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF" + b"\0" * 64)
    with qtbot.waitSignal(window.modelLoadFailed, timeout=LOAD_TIMEOUT_MS):
        window.load_model(str(broken))
    assert area.error_row.isVisible() and not area.engine_row.isVisible()
    assert area.action_button.text() == "Retry" and area.model_status.text() == "Not loaded"
    with qtbot.waitSignal(window.modelLoaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(area.action_button, Qt.MouseButton.LeftButton)
    assert not area.error_row.isVisible() and area.engine_row.isVisible()
    assert area.model_status.text() == f"Ready: {window.loaded_label}"
    assert "SmolLM2" in area.model_status.text() and "(local)" in area.model_status.text()


def test_a_hosted_server_that_is_down_offers_settings(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    hosted_settings(f"http://127.0.0.1:{free_port()}/v1", "some-model")  # nobody listens
    window = make_window(wait_loaded=False)
    qtbot.waitUntil(lambda: window.session.state.kind == "failed", timeout=LOAD_TIMEOUT_MS)
    area = window.status_area
    assert area.error_row.isVisible() and not area.engine_row.isVisible()
    assert area.route_banner.isVisible(), "the hosted warning stays, in the same area"
    assert area.action_button.text() == "Open Settings"
    qtbot.mouseClick(area.action_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    assert area.model_status.text() == "Not connected" and area.engine_row.isVisible()


def test_the_state_line_is_not_redrawn_while_an_answer_streams(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    area = window.status_area
    texts: list[str] = []
    monkeypatch.setattr(area.model_status, "setText", texts.append)
    states: list[EngineState] = []
    window.session.stateChanged.connect(states.append)
    seen: list[tuple[bool, int, bool]] = []
    window.session.textFlushed.connect(
        lambda *_: seen.append(
            (area.engine_row.isVisible(), area.height(), area.load_progress.isVisible())
        )
    )
    result = send(qtbot, window, "Write three sentences about tea.")  # several flushes
    assert result.text and len(seen) > 1
    assert len(set(seen)) == 1 and seen[0][0], "the line stays put while tokens arrive"
    assert texts == [] and states == [], "nothing re-renders it per token"
