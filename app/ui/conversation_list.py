"""The conversation list (objectName ``conversationList``) with New chat, Rename and Delete, and
the search box (``searchBox``) over every message.

:class:`ConversationList` lives on the GUI thread and reads the store directly (small, local
SQLite queries). Signals: ``conversationSelected(int id)`` when the user picks a chat,
``newChatRequested()``, ``deleteRequested(int id)`` once the user confirmed a deletion (the
window decides, since an answer may still be writing to that chat), and
``hitSelected(int conversation_id, int message_id)`` when the user opens a search result
(``message_id`` -1: the title matched).

The list groups chats under Pinned, Today, Yesterday, Last 7 days and Older once they fall in
more than one group; its context menu renames (F2), pins, archives and deletes (Del).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.store import ConversationStore

TITLE_LIMIT = 120


def date_group(updated: float, now: float | None = None) -> str:
    """The heading a chat last written in at ``updated`` goes under."""
    days = (date.fromtimestamp(now or time.time()) - date.fromtimestamp(updated)).days
    if days <= 0:
        return QCoreApplication.translate("ConversationList", "Today")
    if days == 1:
        return QCoreApplication.translate("ConversationList", "Yesterday")
    if days < 7:
        return QCoreApplication.translate("ConversationList", "Last 7 days")
    return QCoreApplication.translate("ConversationList", "Older")


def _confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class ConversationList(QWidget):
    """See the module docstring."""

    conversationSelected = Signal(int)
    newChatRequested = Signal()
    deleteRequested = Signal(int)
    hitSelected = Signal(int, int)

    def __init__(self, store: ConversationStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._current: int | None = None
        self.show_archived = False
        # asks before a chat is deleted; a test may replace it: (parent, title, text) -> bool
        self.confirm: Callable[[QWidget, str, str], bool] = _confirm
        self.list = QListWidget()
        self.list.setObjectName("conversationList")
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._show_menu)
        self.rename_action = self._list_action(self.ask_rename, "renameChatAction")
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.pin_action = self._list_action(self.toggle_pinned, "pinChatAction")
        self.archive_action = self._list_action(self.toggle_archived, "archiveChatAction")
        self.delete_action = self._list_action(self.ask_delete, "deleteChatAction")
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.show_archived_action = self._list_action(
            self._toggle_show_archived, "showArchivedAction"
        )
        self.show_archived_action.setCheckable(True)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newChatButton")
        self.new_button.clicked.connect(self.newChatRequested)
        self.rename_button = QPushButton()
        self.rename_button.setObjectName("renameChatButton")
        self.rename_button.clicked.connect(self.ask_rename)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteChatButton")
        self.delete_button.clicked.connect(self.ask_delete)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._on_search)
        self.search_box.returnPressed.connect(self._open_first_hit)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._open_hit)
        self.results.itemClicked.connect(self._open_hit)
        self.results.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.new_button)
        layout.addWidget(self.search_box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.rename_button)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        # Tab follows the reading order (the widgets were made in another order)
        order = (self.new_button, self.search_box, self.results, self.list, self.rename_button,
                 self.delete_button)  # fmt: skip
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self._retranslate()

    def _retranslate(self) -> None:
        """Set every text in the current language (on creation and on a language change)."""
        self.list.setAccessibleName(self.tr("Chats"))
        self.results.setAccessibleName(self.tr("Search results"))
        self.rename_action.setText(self.tr("&Rename…"))
        self.delete_action.setText(self.tr("&Delete…"))
        self.show_archived_action.setText(self.tr("Show archived chats"))
        self.pin_action.setText(self.tr("&Pin"))  # as the chat is, when the menu opens
        self.archive_action.setText(self.tr("&Archive"))
        self.new_button.setText(self.tr("New chat"))
        self.rename_button.setText(self.tr("Rename"))
        self.delete_button.setText(self.tr("Delete"))
        self.search_box.setPlaceholderText(self.tr("Search chats (Ctrl+K)"))
        self.search_box.setAccessibleName(self.tr("Search chats"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()  # the date headings follow with the owner's next refresh()
        super().changeEvent(event)

    def _list_action(self, slot: Callable[[], object], name: str) -> QAction:
        action = QAction(self.list)
        action.setObjectName(name)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.list.addAction(action)
        return action

    def _show_pin_and_archive(self) -> None:
        """Pin or Unpin, Archive or Unarchive, as the current chat is."""
        conv = self._store.conversation(self._current) if self._current is not None else None
        pinned, archived = (conv.pinned, conv.archived) if conv is not None else (False, False)
        self.pin_action.setText(self.tr("Un&pin") if pinned else self.tr("&Pin"))
        self.archive_action.setText(self.tr("Un&archive") if archived else self.tr("&Archive"))

    def _show_menu(self, point: QPoint) -> None:
        item = self.list.itemAt(point)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
            self.list.setCurrentItem(item)
        menu = QMenu(self)
        conv = self._store.conversation(self._current) if self._current is not None else None
        if conv is not None:
            self._show_pin_and_archive()
            for action in (self.rename_action, self.pin_action, self.archive_action,
                           self.delete_action):  # fmt: skip
                menu.addAction(action)
            menu.addSeparator()
        menu.addAction(self.show_archived_action)
        menu.exec(self.list.viewport().mapToGlobal(point))
        menu.deleteLater()

    def toggle_pinned(self) -> None:
        """Pin the selected chat at the top of the list, or unpin it."""
        conv = self._store.conversation(self._current) if self._current is not None else None
        if conv is not None:
            self._store.set_pinned(conv.id, not conv.pinned)
            self.refresh()

    def toggle_archived(self) -> None:
        """Archive the selected chat (hidden unless archived chats are shown), or bring it back."""
        conv = self._store.conversation(self._current) if self._current is not None else None
        if conv is not None:
            self._store.set_archived(conv.id, not conv.archived)
            self.refresh()

    def _toggle_show_archived(self) -> None:
        self.show_archived = self.show_archived_action.isChecked()
        self.refresh()

    @property
    def current_id(self) -> int | None:
        return self._current

    def set_current(self, conversation_id: int | None) -> None:
        """Show ``conversation_id`` as the selected chat (None: no selection)."""
        self._current = conversation_id
        self.refresh()

    def refresh(self) -> None:
        """Re-read titles and order from the store, keeping the selection."""
        self.list.blockSignals(True)
        self.list.clear()
        conversations = self._store.conversations(include_archived=self.show_archived)
        groups = [self.tr("Pinned") if c.pinned else date_group(c.updated) for c in conversations]
        heading = ""
        for conv, group in zip(conversations, groups, strict=True):
            if group != heading and len(set(groups)) > 1:
                heading = group
                head = QListWidgetItem(group)
                head.setFlags(Qt.ItemFlag.NoItemFlags)
                font = QFont(head.font())
                font.setBold(True)
                head.setFont(font)
                self.list.addItem(head)
            item = QListWidgetItem(conv.title)
            item.setData(Qt.ItemDataRole.UserRole, conv.id)
            notes = [
                n
                for n, on in (
                    (self.tr("pinned"), conv.pinned),
                    (self.tr("archived"), conv.archived),
                )
                if on
            ]
            item.setToolTip(conv.title + (f" ({', '.join(notes)})" if notes else ""))
            self.list.addItem(item)
            if conv.id == self._current:
                self.list.setCurrentItem(item)
        if self._current is None:
            self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        if self.search_box.text().strip():
            self._on_search(self.search_box.text())  # the hits follow new and deleted messages

    def _on_search(self, text: str) -> None:
        """Show the hits for ``text`` in place of the list (the list again when it is empty)."""
        self.results.clear()
        searching = bool(text.strip())
        self.results.setVisible(searching)
        self.list.setVisible(not searching)
        if not searching:
            return
        for hit in self._store.search(text):  # the snippet marks the matched words «so»
            snippet = " ".join(hit.snippet.split())
            label = hit.title if hit.message_id is None else f"{hit.title}\n{snippet}"
            item = QListWidgetItem(label)
            item.setToolTip(label)
            message = -1 if hit.message_id is None else hit.message_id
            item.setData(Qt.ItemDataRole.UserRole, (hit.conversation_id, message))
            self.results.addItem(item)
        if not self.results.count():
            item = QListWidgetItem(self.tr("Nothing found."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)

    def _open_first_hit(self) -> None:
        if self.results.count():
            self._open_hit(self.results.item(0))

    def _open_hit(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data:
            self.hitSelected.emit(int(data[0]), int(data[1]))

    def _on_current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
            self._current = int(item.data(Qt.ItemDataRole.UserRole))
            self.conversationSelected.emit(self._current)

    def rename(self, conversation_id: int, title: str) -> None:
        title = " ".join(title.split())
        if title:
            self._store.rename_conversation(conversation_id, title[:TITLE_LIMIT])
            self.refresh()

    def ask_rename(self) -> None:
        if self._current is None:
            return
        conv = self._store.conversation(self._current)
        title, ok = QInputDialog.getText(
            self, self.tr("Rename chat"), self.tr("Title:"), text=conv.title if conv else ""
        )
        if ok:
            self.rename(self._current, title)

    def ask_delete(self) -> None:
        if self._current is None:
            return
        if self.confirm(
            self,
            self.tr("Delete chat"),
            self.tr("Delete this chat and all its messages? This cannot be undone."),
        ):
            self.deleteRequested.emit(self._current)
