"""Driving the real MainWindow in tests: make windows that are closed after the test, send."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.chat import TurnResult
from app.ui.main_window import MainWindow

LOAD_TIMEOUT_MS = 240_000  # hang-catchers, under the 300 s per-test limit
ANSWER_TIMEOUT_MS = 180_000

WindowFactory = Callable[..., MainWindow]


def window_factory(qtbot: QtBot) -> Iterator[WindowFactory]:
    """Body of the ``make_window`` fixture: every window is closed, and its thread ended."""
    windows: list[MainWindow] = []

    def make(model_path: str | None = None, wait_loaded: bool = True) -> MainWindow:
        window = MainWindow(model_path)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        # the window starts after its first paint; a signal, not polling, so the test goes on
        # at once (a load that fails at once has not failed yet)
        with qtbot.waitSignal(window.readyForInput, timeout=LOAD_TIMEOUT_MS):
            pass
        if wait_loaded:
            qtbot.waitUntil(
                lambda: not window.loading and window.loaded_label is not None,
                timeout=LOAD_TIMEOUT_MS,
            )
        return window

    yield make
    for window in windows:
        window.close()
        assert not window.session.thread_running, "the worker thread must end with the window"


def send(qtbot: QtBot, window: MainWindow, text: str) -> TurnResult:
    """Type ``text``, click Send, wait for the answer to finish; the turn's result."""
    window.composer.setPlainText(text)
    with qtbot.waitSignal(window.answerFinished, timeout=ANSWER_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert isinstance(result, TurnResult)
    return result
