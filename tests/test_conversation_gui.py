"""The conversation's message actions in the real window with the real starter model: copy,
regenerate, edit, branches, continue, delete, stop; branches survive a restart."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.core.chat import TurnResult, history_for
from app.core.settings import Settings, save_settings
from app.ui.main_window import MainWindow
from tests.helpers.endless import never_end
from tests.helpers.windows import ANSWER_TIMEOUT_MS, send


def write_settings(max_tokens: int) -> None:
    s = Settings()
    s.generation.temperature = 0.0
    s.generation.seed = 1
    s.generation.max_tokens = max_tokens
    save_settings(s)


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert isinstance(found, QAction), name
    return found


def trigger_answer(qtbot: QtBot, window: MainWindow, name: str) -> TurnResult:
    """Trigger the action ``name`` and wait for the answer it starts."""
    with qtbot.waitSignal(window.answerFinished, timeout=ANSWER_TIMEOUT_MS) as blocker:
        action(window, name).trigger()
    result = blocker.args[0]
    assert isinstance(result, TurnResult)
    return result


def shown(window: MainWindow) -> str:
    return window.transcript.toPlainText()


def test_regenerate_keeps_the_old_answer_as_a_branch(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    write_settings(max_tokens=12)
    window = make_window()
    first = send(qtbot, window, "Say hello.")
    assert first.state == "complete"
    assert action(window, "regenerateAction").shortcut() == QKeySequence("Ctrl+R")
    second = trigger_answer(qtbot, window, "regenerateAction")
    assert second.state == "complete" and second.message_id != first.message_id
    store = window.store
    assert store.siblings(second.message_id) == [first.message_id, second.message_id]
    assert "‹ 2 / 2 ›" in shown(window)
    conversation_id = window.conversation_id
    assert conversation_id is not None

    action(window, "previousBranchAction").trigger()
    assert "‹ 1 / 2 ›" in shown(window)
    conv = store.conversation(conversation_id)
    assert conv is not None and conv.current_leaf_id == first.message_id
    # the next answer's history follows the branch shown
    third = send(qtbot, window, "Thanks.")
    thanks = store.message(third.message_id)
    assert thanks is not None and thanks.parent_id is not None
    user = store.message(thanks.parent_id)
    assert user is not None and user.parent_id == first.message_id
    ids = [m.id for m in store.messages(conversation_id)]
    assert first.message_id in ids and second.message_id not in ids

    action(window, "nextBranchAction").trigger()  # at the last fork: the regenerated answer
    assert "‹ 2 / 2 ›" in shown(window) and "Thanks." not in shown(window)
    assert [m.id for m in store.messages(conversation_id)][-1] == second.message_id


def test_edit_forks_and_the_branches_survive_a_restart(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    write_settings(max_tokens=8)
    window = make_window()
    send(qtbot, window, "Name a colour.")
    conversation_id = window.conversation_id
    assert conversation_id is not None
    # Up in an empty composer edits the last user message
    window.composer.setFocus()
    qtbot.keyClick(window.composer, Qt.Key.Key_Up)
    assert window.composer.toPlainText() == "Name a colour."
    window.composer.clear()
    action(window, "editMessageAction").trigger()
    assert window.composer.toPlainText() == "Name a colour."
    window.composer.setPlainText("Name a fruit.")
    with qtbot.waitSignal(window.answerFinished, timeout=ANSWER_TIMEOUT_MS):
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    store = window.store
    users = [m for m in store.all_messages(conversation_id) if m.role == "user"]
    assert [m.content for m in users] == ["Name a colour.", "Name a fruit."]
    assert store.siblings(users[1].id) == [users[0].id, users[1].id]
    assert "Name a fruit." in shown(window) and "Name a colour." not in shown(window)
    assert "‹ 2 / 2 ›" in shown(window)
    history = history_for(store, conversation_id, "")
    assert history[0].content == "Name a fruit."

    window.transcript.select_message(users[1].id)
    action(window, "previousBranchAction").trigger()
    assert "Name a colour." in shown(window) and "Name a fruit." not in shown(window)
    assert history_for(store, conversation_id, "")[0].content == "Name a colour."
    tree = [(m.id, m.parent_id, m.content) for m in store.all_messages(conversation_id)]
    window.close()

    again = make_window()
    assert again.conversation_id == conversation_id  # the last open chat is restored
    assert [(m.id, m.parent_id, m.content) for m in again.store.all_messages(conversation_id)] == (
        tree
    )
    assert "Name a colour." in shown(again) and "‹ 1 / 2 ›" in shown(again)
    again.transcript.select_message(users[0].id)
    action(again, "nextBranchAction").trigger()
    assert "Name a fruit." in shown(again)


def test_copy_and_delete_act_on_the_selected_message(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    write_settings(max_tokens=8)
    window = make_window()
    result = send(qtbot, window, "Write **bold** words.")
    action(window, "copyMessageAction").trigger()  # nothing selected: the last message
    assert QApplication.clipboard().text() == result.text
    conversation_id = window.conversation_id
    assert conversation_id is not None
    user_id = window.store.messages(conversation_id)[0].id
    window.transcript.select_message(user_id)
    action(window, "copyMessageAction").trigger()
    assert QApplication.clipboard().text() == "Write **bold** words."

    asked: list[str] = []

    def refuse(_parent: QWidget, _title: str, text: str) -> bool:
        asked.append(text)
        return False

    window.confirm = refuse
    action(window, "deleteMessageAction").trigger()
    assert len(asked) == 1 and len(window.store.messages(conversation_id)) == 2
    window.confirm = lambda _p, _t, _x: True
    action(window, "deleteMessageAction").trigger()  # the user message and its answer
    assert window.store.all_messages(conversation_id) == []
    assert "Write" not in shown(window)


def test_continue_appends_to_the_same_answer(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    write_settings(max_tokens=8)
    window = make_window()
    never_end(window.session.worker.engine)  # type: ignore[arg-type]
    first = send(qtbot, window, "Tell me a long story about a dragon.")
    assert first.finish_reason == "length"
    assert "token limit. Continue?" in shown(window)
    more = trigger_answer(qtbot, window, "continueAction")
    assert more.message_id == first.message_id
    assert more.text.startswith(first.text) and len(more.text) > len(first.text)
    conversation_id = window.conversation_id
    assert conversation_id is not None
    answers = [m for m in window.store.all_messages(conversation_id) if m.role == "assistant"]
    assert [m.content for m in answers] == [more.text]


def test_escape_stops_and_a_stopped_answer_can_be_regenerated(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    write_settings(max_tokens=2000)
    window = make_window()
    never_end(window.session.worker.engine)  # type: ignore[arg-type]
    stop = action(window, "stopAction")
    assert stop.shortcut() == QKeySequence(Qt.Key.Key_Escape)
    window.composer.setPlainText("Count from 1 to 300.")
    with qtbot.waitSignal(window.answerFinished, timeout=ANSWER_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(window.transcript.streamed_text()) > 5, timeout=60_000)
        stop.trigger()
    stopped: TurnResult = blocker.args[0]
    assert stopped.state == "interrupted"
    with qtbot.waitSignal(window.answerFinished, timeout=ANSWER_TIMEOUT_MS) as blocker:
        action(window, "regenerateAction").trigger()
        qtbot.waitUntil(lambda: len(window.transcript.streamed_text()) > 5, timeout=60_000)
        stop.trigger()
    again: TurnResult = blocker.args[0]
    assert window.store.siblings(again.message_id) == [stopped.message_id, again.message_id]


def test_search_finds_a_message_in_another_chat_and_jumps_to_its_branch(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    write_settings(max_tokens=4)
    window = make_window()
    send(qtbot, window, "Remember the word pineapple.")
    first = window.conversation_id
    assert first is not None
    action(window, "editMessageAction").trigger()
    window.composer.setPlainText("Remember the word apple.")
    with qtbot.waitSignal(window.answerFinished, timeout=ANSWER_TIMEOUT_MS):
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    window.new_conversation()
    send(qtbot, window, "Say hi.")
    assert window.conversation_id != first

    search = window.findChild(QWidget, "searchBox")
    assert search is window.conversations.search_box
    action(window, "searchAction").trigger()
    assert action(window, "searchAction").shortcuts()[0] == QKeySequence("Ctrl+K")
    qtbot.keyClicks(window.conversations.search_box, "pineapple")
    results = window.conversations.results
    assert results.isVisible() and results.count() == 2  # the title, then the message
    assert "«pineapple»" in results.item(1).text()
    qtbot.keyClick(window.conversations.search_box, Qt.Key.Key_Return)  # the first hit
    assert window.conversation_id == first
    window.new_conversation()
    rect = results.visualItemRect(results.item(1))
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.conversation_id == first
    pineapple = next(
        m for m in window.store.all_messages(first) if m.content == "Remember the word pineapple."
    )
    assert window.transcript.selected_message_id == pineapple.id
    assert "pineapple" in shown(window) and "‹ 1 / 2 ›" in shown(window)
    window.conversations.search_box.clear()
    assert window.conversation_list.isVisible() and not results.isVisible()


def test_export_then_import_round_trips_from_the_window(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    write_settings(max_tokens=6)
    window = make_window()
    send(qtbot, window, "Say hello.")
    action(window, "regenerateAction").trigger()
    qtbot.waitUntil(lambda: not window.busy, timeout=ANSWER_TIMEOUT_MS)
    conversation_id = window.conversation_id
    assert conversation_id is not None
    before = window.store.all_messages(conversation_id)

    target = tmp_path / "all.json"
    with qtbot.waitSignal(window.fileJobFinished, timeout=60_000) as blocker:
        window.export_all(str(target))
    assert blocker.args[1] is True, blocker.args
    assert len(json.loads(target.read_text(encoding="utf-8"))["conversations"]) == 1
    with qtbot.waitSignal(window.fileJobFinished, timeout=60_000) as blocker:
        window.export_conversation(str(tmp_path / "chat.md"))
    assert blocker.args[1] is True and "Say hello." in (tmp_path / "chat.md").read_text("utf-8")

    with qtbot.waitSignal(window.fileJobFinished, timeout=60_000) as blocker:
        window.import_conversations(str(target))
    assert blocker.args[1] is True, blocker.args
    assert window.conversation_list.count() == 2
    imported = next(c.id for c in window.store.conversations() if c.id != conversation_id)
    after = window.store.all_messages(imported)
    assert [(m.role, m.content) for m in after] == [(m.role, m.content) for m in before]

    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with qtbot.waitSignal(window.fileJobFinished, timeout=60_000) as blocker:
        window.import_conversations(str(bad))
    assert blocker.args[1] is False and "not valid JSON" in blocker.args[0]
    assert window.error_banner.isVisible() and window.conversation_list.count() == 2


def test_a_conversation_s_own_settings_apply_to_its_answers(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    from app.core.store import GenerationOverrides

    write_settings(max_tokens=40)
    window = make_window()
    never_end(window.session.worker.engine)  # type: ignore[arg-type]
    conversation_id = window.session.create_conversation()
    window.store.set_conversation_settings(conversation_id, GenerationOverrides(max_tokens=3))
    window.select_conversation(conversation_id)
    titles: list[str] = []  # as the answer starts (the model may propose another one after it)
    window.answerStarted.connect(
        lambda cid: titles.append(getattr(window.store.conversation(cid), "title", ""))
    )
    result = send(qtbot, window, "# Tell me **a story**")
    assert result.finish_reason == "length"
    assert result.usage is not None and result.usage.completion_tokens == 3
    assert titles == ["Tell me a story"]
