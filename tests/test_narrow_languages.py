"""The main window at 480 px in English, German (the longest texts) and Japanese: the welcome
page, the first-run offer, the status area and the composer show their texts whole (issue 12)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow
from app.ui.status_bar import ElidingStatusBar
from tests.helpers.windows import LOAD_TIMEOUT_MS


def clipped_texts(window: QWidget) -> list[str]:
    """Visible labels and buttons whose text does not fit the room they were given."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        if not widget.text():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.height() < widget.heightForWidth(widget.width()):
                found.append(f"{widget.text()[:40]!r}: lines cut off")
        elif widget.width() < widget.minimumSizeHint().width():
            found.append(f"{widget.text()[:40]!r}: {widget.width()} px for its text")
    return found


@pytest.mark.parametrize("code", ["en", "de", "ja"])
def test_at_480_px_the_welcome_page_and_composer_show_their_texts_whole(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch, code: str
) -> None:
    monkeypatch.setenv("HEARTH_LANG", code)
    window = make_window()
    qtbot.waitUntil(lambda: window.first_run.isVisible(), timeout=60_000)  # the catalog read
    window.resize(480, 640)
    qtbot.waitUntil(lambda: window.width() == 480 and window.welcome.isVisible())
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    assert window.first_run.download_button.isVisible()
    assert clipped_texts(window) == []
    composer = window.composer
    shown = composer.placeholderText()
    assert composer.fontMetrics().horizontalAdvance(shown) <= composer.viewport().width()
    assert shown.endswith("…") or code != "de", "the hint is shortened, not wrapped and cut"
    window.resize(1000, 640)
    qtbot.waitUntil(lambda: window.width() == 1000)
    assert not composer.placeholderText().endswith("…"), "whole again when there is room"


@pytest.mark.parametrize(("code", "loaded"), [("en", "Loaded "), ("de", " s geladen")])
def test_at_480_px_the_status_message_ends_in_an_ellipsis_not_half_a_word(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    starter_model: Path,
    code: str,
    loaded: str,
) -> None:
    monkeypatch.setenv("HEARTH_LANG", code)
    window = make_window()
    window.resize(480, 640)
    qtbot.waitUntil(lambda: window.width() == 480)
    bar = window.statusBar()
    assert isinstance(bar, ElidingStatusBar)
    with qtbot.waitSignal(window.modelLoaded, timeout=LOAD_TIMEOUT_MS):
        window.load_model(str(starter_model))  # the real "Loaded … in 1.1 s", then at once:
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    whole = bar.currentMessage()
    assert loaded in whole, whole
    room = bar.message_rect().width()
    assert 0 < room < bar.fontMetrics().horizontalAdvance(whole)
    bar.grab()  # paints it
    shown = bar.shown_message()
    assert shown.endswith("…") and whole.startswith(shown[:-1])
    assert bar.fontMetrics().horizontalAdvance(shown) <= room
    assert bar.toolTip() == whole
    window.resize(1400, 640)
    qtbot.waitUntil(lambda: window.width() == 1400)
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    bar.grab()
    assert bar.shown_message() == whole and bar.toolTip() == ""  # whole again with room
