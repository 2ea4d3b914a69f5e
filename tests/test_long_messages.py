"""A message with one enormous line must not freeze the window (issue: layout cost grew with
the square of the line: 5 MB took over 15 minutes). The deadline here only catches that hang."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData
from pytestqt.qtbot import QtBot

from app.core import paths
from app.core.store import ConversationStore
from app.ui.chat_view import FOLD_AT, MAX_MESSAGE_CHARS, SHOW_AT_MOST, folded
from app.ui.main_window import MainWindow


def test_folding_keeps_every_character_and_bounds_each_line() -> None:
    text = "word " * 3000 + "x" * 9000 + "\nshort line"
    shown = folded(text)
    assert shown.replace("\n", "") == text.replace("\n", "")
    assert max(len(line) for line in shown.split("\n")) <= FOLD_AT
    assert folded("a normal answer\nwith two lines") == "a normal answer\nwith two lines"


def test_a_five_megabyte_single_line_opens_folded_and_truncated_with_show_all(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    line = "x" * 5_000_000  # no space at all: the worst case for line breaking
    store = ConversationStore(paths.database_path())
    conv = store.create_conversation("Huge paste")
    store.add_message(conv.id, "user", line)
    store.close()
    window = make_window(wait_loaded=False)
    window.select_conversation(conv.id)  # before the fix: minutes at 100 % CPU
    shown = window.transcript.toPlainText()
    assert "more characters" in shown and "Show all" in shown
    assert shown.count("x") == SHOW_AT_MOST
    assert window.store.messages(conv.id)[0].content == line, "the stored message is whole"


def test_the_composer_refuses_a_paste_over_the_limit_and_says_so(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(wait_loaded=False)
    window.composer.setPlainText("keep me")
    mime = QMimeData()
    mime.setText("y" * MAX_MESSAGE_CHARS)
    window.composer.insertFromMimeData(mime)
    assert window.composer.toPlainText() == "keep me"
    assert window.last_error is not None and f"{MAX_MESSAGE_CHARS:,}" in window.last_error
