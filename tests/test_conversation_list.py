"""The conversation list: date groups with pinned chats first, pin, archive, delete, rename."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.core.store import ConversationStore
from app.ui.conversation_list import ConversationList, date_group

DAY = 86_400.0


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ConversationStore]:
    store = ConversationStore(tmp_path / "db.sqlite3")
    yield store
    store.close()


def texts(chats: ConversationList) -> list[str]:
    return [chats.list.item(i).text() for i in range(chats.list.count())]


def test_date_groups() -> None:
    now = time.mktime((2026, 11, 29, 12, 0, 0, 0, 0, -1))
    assert date_group(now - 60, now) == "Today"
    assert date_group(now - DAY, now) == "Yesterday"
    assert date_group(now - 3 * DAY, now) == "Last 7 days"
    assert date_group(now - 30 * DAY, now) == "Older"


def test_groups_pinned_first_archive_and_delete(qtbot: QtBot, store: ConversationStore) -> None:
    old = store.create_conversation("Old chat").id
    new = store.create_conversation("New chat").id
    with store._tx() as db:  # an old chat: last written in a month ago
        db.execute("UPDATE conversations SET updated=? WHERE id=?", (time.time() - 30 * DAY, old))
    chats = ConversationList(store)
    qtbot.addWidget(chats)
    chats.refresh()
    assert texts(chats) == ["Today", "New chat", "Older", "Old chat"]
    assert not chats.list.item(0).flags() & Qt.ItemFlag.ItemIsSelectable

    chats.set_current(old)
    chats.pin_action.trigger()
    assert texts(chats) == ["Pinned", "Old chat", "Today", "New chat"]
    assert chats.current_id == old and chats.list.currentItem().text() == "Old chat"

    chats.set_current(new)
    chats.archive_action.trigger()
    assert texts(chats) == ["Old chat"]  # one group left: no heading
    chats.show_archived_action.trigger()
    assert "New chat" in texts(chats)
    chats.set_current(new)
    chats.archive_action.trigger()  # unarchive
    chats.show_archived_action.trigger()
    assert "New chat" in texts(chats)

    assert chats.rename_action.shortcut() == QKeySequence(Qt.Key.Key_F2)
    assert chats.delete_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    chats.confirm = lambda _parent, _title, _text: False
    with qtbot.assertNotEmitted(chats.deleteRequested):
        chats.delete_action.trigger()

    def yes(_parent: QWidget, _title: str, _text: str) -> bool:
        return True

    chats.confirm = yes
    with qtbot.waitSignal(chats.deleteRequested) as blocker:
        chats.delete_action.trigger()
    assert blocker.args == [new]
