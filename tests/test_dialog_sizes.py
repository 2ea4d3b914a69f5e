"""Dialogs open at a size that shows their content, on a 1366x768 screen, in English, German
(the longest texts) and Japanese: no part of the layout squeezed, no sideways scroll bar, no
clipped label or button, the title not cut (issue 12)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core import paths
from app.ui import dialog_size, i18n
from app.ui.application import QUIT, RETRY, SET_ASIDE, question_box
from app.ui.main_window import MainWindow

SCREEN = QRect(0, 0, 1366, 768)
TITLE_BAR_BUTTONS_PX = 120  # a window manager's close, maximise and minimise buttons

OPENERS: dict[str, Callable[[MainWindow], QWidget]] = {
    "settings": lambda window: window.open_settings(),
    "model manager": lambda window: window.open_model_manager(),
    "chat settings": lambda window: window.open_chat_settings(),
    "keyboard shortcuts": lambda window: window.look.show_shortcuts(),
    "network activity": lambda window: window.network_indicator.open_panel(),
    "documents": lambda window: window.open_documents(),
    "local server requests": lambda window: window.server.open_log(),
}


def problems(dialog: QWidget) -> list[str]:
    """What the dialog, as shown, does not show of its content."""
    found = []
    share = dialog_size.SCREEN_SHARE  # truncated to whole pixels, as the dialogs are sized
    room = QSize(int(SCREEN.width() * share), int(SCREEN.height() * share))
    wanted = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
    if dialog.hasHeightForWidth():  # wrapped text: a wider dialog needs fewer lines
        wanted.setHeight(dialog.heightForWidth(max(dialog.width(), wanted.width())))
    wanted = wanted.boundedTo(room)
    if dialog.width() < wanted.width() or dialog.height() < wanted.height():
        found.append(f"{dialog.size().toTuple()} is smaller than its content {wanted.toTuple()}")
    title = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
    if title + TITLE_BAR_BUTTONS_PX > dialog.width():
        found.append(f"the title {dialog.windowTitle()!r} is cut")
    for area in dialog.findChildren(QAbstractScrollArea):
        if area.isVisible() and area.horizontalScrollBar().isVisible():
            found.append(f"{area.objectName() or type(area).__name__} scrolls sideways")
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
            continue
        text = widget.text()
        if widget.width() < widget.minimumSizeHint().width():
            found.append(f"{text!r} is clipped ({widget.width()} px)")
        right = widget.mapTo(dialog, widget.rect().topRight()).x()
        if right > dialog.width():
            found.append(f"{text!r} sticks out of the dialog")
    return found


@pytest.mark.parametrize("code", ["en", "de", "ja"])
@pytest.mark.parametrize("name", list(OPENERS))
def test_dialogs_open_at_a_size_that_shows_their_content(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    code: str,
) -> None:
    monkeypatch.setattr(dialog_size, "available_area", lambda _widget: SCREEN)
    monkeypatch.setenv("HEARTH_LANG", code)
    window = make_window(wait_loaded=False)
    dialog = OPENERS[name](window)
    qtbot.waitExposed(dialog)
    QApplication.processEvents()  # the layout settles
    pages = dialog.findChildren(QTabWidget)
    found = problems(dialog)
    for tabs in pages:  # each page of Settings, as the user opens it
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            found += [f"{tabs.tabText(index)}: {p}" for p in problems(dialog)]
    dialog.close()
    assert found == [], "\n".join(found)


def test_a_dialog_is_never_taller_than_the_screen(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    low = QRect(0, 0, 1280, 600)  # Settings would like about 650 px
    monkeypatch.setattr(dialog_size, "available_area", lambda _widget: low)
    dialog = make_window(wait_loaded=False).open_settings()
    qtbot.waitExposed(dialog)
    assert dialog.height() < dialog.sizeHint().height(), "bounded by the screen"
    # 95 % of it (the rest is for the frame), unless the layout cannot be squeezed that far
    assert dialog.height() == max(570, dialog.minimumSizeHint().height()) <= low.height()
    assert dialog.width() == dialog.sizeHint().width()


@pytest.mark.parametrize("code", ["en", "de", "ja"])
@pytest.mark.parametrize("problem", ["damaged", "locked"])
def test_the_start_up_questions_show_their_text_and_buttons(
    qtbot: QtBot, code: str, problem: str
) -> None:
    """The boxes open_store asks with before the window exists, with a long data folder."""
    i18n.install(code)
    folder = paths.data_dir() / "a folder with a rather long name, as people's home folders have"
    if problem == "damaged":
        choices = (SET_ASIDE, QUIT)
        text = "The conversations database is damaged.\n\n" + QCoreApplication.translate(
            "Application",
            "{choice}: the file is renamed {name}.damaged-<date>-<time> in {folder}, where "
            "it stays for recovery.",
        ).format(
            choice=QCoreApplication.translate("Application", SET_ASIDE),
            name="hearth.sqlite3",
            folder=folder,
        )
    else:
        choices = (RETRY, QUIT)
        text = f"Another program holds {folder / 'hearth.sqlite3'} locked."
    box, buttons = question_box(text, choices)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert [b.text() for b in buttons] == [
        QCoreApplication.translate("Application", c) for c in choices
    ]
    assert problems(box) == []
