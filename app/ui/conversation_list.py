"""The conversation list (objectName ``conversationList``) with New chat, Rename and Delete, and
the search box (``searchBox``) over every message.

:class:`ConversationList` lives on the GUI thread and reads the store directly (small, local
SQLite queries). Signals: ``conversationSelected(int id)`` when the user picks a chat,
``newChatRequested()``, ``deleteRequested(int id)`` once the user confirmed a deletion (the
window decides, since an answer may still be writing to that chat), and
``hitSelected(int conversation_id, int message_id)`` when the user opens a search result
(``message_id`` -1: the title matched).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.store import ConversationStore

TITLE_LIMIT = 120


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
        self.list = QListWidget()
        self.list.setObjectName("conversationList")
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.new_button = QPushButton("New chat")
        self.new_button.setObjectName("newChatButton")
        self.new_button.clicked.connect(self.newChatRequested)
        self.rename_button = QPushButton("Rename")
        self.rename_button.setObjectName("renameChatButton")
        self.rename_button.clicked.connect(self.ask_rename)
        self.delete_button = QPushButton("Delete")
        self.delete_button.setObjectName("deleteChatButton")
        self.delete_button.clicked.connect(self.ask_delete)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText("Search chats (Ctrl+K)")
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
        for conv in self._store.conversations():
            item = QListWidgetItem(conv.title)
            item.setData(Qt.ItemDataRole.UserRole, conv.id)
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
            item = QListWidgetItem("Nothing found.")
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
        if item is not None:
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
            self, "Rename chat", "Title:", text=conv.title if conv else ""
        )
        if ok:
            self.rename(self._current, title)

    def ask_delete(self) -> None:
        if self._current is None:
            return
        answer = QMessageBox.question(
            self, "Delete chat", "Delete this chat and all its messages? This cannot be undone."
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.deleteRequested.emit(self._current)
