"""The keyboard as a person uses it, through real key presses in the real window: Esc stops,
Ctrl+R regenerates, Up in an empty composer edits the last message, Del and F2 act on the
selected chat; the last open chat and the window's size and place come back after a restart."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.core.chat import TurnResult
from app.core.settings import Settings, save_settings
from app.ui import conversation_list
from app.ui.main_window import MainWindow
from tests.helpers.endless import never_end
from tests.helpers.windows import ANSWER_TIMEOUT_MS, send


def write_settings(max_tokens: int) -> None:
    s = Settings()
    s.generation.temperature = 0.0
    s.generation.seed = 1
    s.generation.max_tokens = max_tokens
    save_settings(s)


def active(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)


def test_escape_stops_and_ctrl_r_regenerates_by_key(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    write_settings(max_tokens=2000)
    window = make_window()
    active(qtbot, window)
    never_end(window.session.worker.engine)  # type: ignore[arg-type]
    window.composer.setFocus()
    window.composer.setPlainText("Count from 1 to 300.")
    with qtbot.waitSignal(window.answerFinished, timeout=ANSWER_TIMEOUT_MS) as blocker:
        qtbot.keyClick(window.composer, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(window.transcript.streamed_text()) > 5, timeout=60_000)
        qtbot.keyClick(window.composer, Qt.Key.Key_Escape)
    stopped: TurnResult = blocker.args[0]
    assert stopped.state == "interrupted"

    with qtbot.waitSignal(window.answerFinished, timeout=ANSWER_TIMEOUT_MS) as blocker:
        qtbot.keyClick(window.composer, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: len(window.transcript.streamed_text()) > 5, timeout=60_000)
        qtbot.keyClick(window.transcript, Qt.Key.Key_Escape)
    again: TurnResult = blocker.args[0]
    assert window.store.siblings(again.message_id) == [stopped.message_id, again.message_id]


def test_up_edits_and_del_f2_act_on_the_selected_chat_and_a_restart_restores(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    write_settings(max_tokens=4)
    window = make_window()
    active(qtbot, window)
    send(qtbot, window, "First chat.")
    first = window.conversation_id
    window.new_conversation()
    send(qtbot, window, "Second chat.")
    second = window.conversation_id
    assert first is not None and second is not None

    window.composer.setFocus()
    qtbot.keyClick(window.composer, Qt.Key.Key_Up)
    assert window.composer.toPlainText() == "Second chat."
    qtbot.keyClick(window.composer, Qt.Key.Key_Escape)  # cancels the edit
    assert window.composer.toPlainText() == ""

    chats = window.conversations
    chats.set_current(first)
    chats.list.setFocus()
    monkeypatch.setattr(
        conversation_list.QInputDialog,
        "getText",
        lambda *_args, **_kw: ("Renamed by F2", True),
    )
    qtbot.keyClick(chats.list, Qt.Key.Key_F2)
    conv = window.store.conversation(first)
    assert conv is not None and conv.title == "Renamed by F2"
    asked: list[str] = []

    def no(_parent: QWidget, _title: str, text: str) -> bool:
        asked.append(text)
        return False

    spare = window.store.create_conversation("Spare chat").id
    chats.refresh()
    chats.set_current(spare)
    chats.list.setFocus()
    chats.confirm = no
    qtbot.keyClick(chats.list, Qt.Key.Key_Delete)
    assert len(asked) == 1 and window.store.conversation(spare) is not None
    chats.confirm = lambda _p, _t, _x: True
    qtbot.keyClick(chats.list, Qt.Key.Key_Delete)
    assert window.store.conversation(spare) is None
    assert window.store.conversation(first) is not None

    window.select_conversation(first)  # an older chat, open when Hearth closes
    window.resize(QSize(1000, 560))
    size = window.size()
    window.close()

    again = make_window()
    assert again.conversation_id == first  # the last open chat, not the newest one
    # and the window's size from the last close (Qt fits a restored window to the screen:
    # the offscreen test screen is 800 pixels wide, narrower than the window can be, so the
    # height tells; a new window would be 720 high)
    assert again.height() == size.height() == 560
    assert again.settings.window.geometry
