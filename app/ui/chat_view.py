"""The transcript and the composer.

:class:`TranscriptView` appends streamed text at the end with a cursor -- it never re-sets the
whole transcript per token -- and renders a message's markdown once, when the message is finished.
It remembers where each message starts, so a click, the context menu and the window's message
actions know which message is meant (``message_at``, ``selected_message_id``).
:class:`Composer` sends on Enter and makes a new line on Shift+Enter; Up in an empty composer
emits ``editLastRequested``.
"""

from __future__ import annotations

import bisect
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextBrowser, QWidget

from app.core.providers import provider_label
from app.core.store import StoredMessage

_ROLE_NAMES = {"user": "You", "assistant": "Assistant", "system": "System"}


def message_header(role: str, route: str | None, provider: str | None, model: str | None) -> str:
    """The line above a message: who spoke and, for answers, which engine answered."""
    name = _ROLE_NAMES.get(role, role)
    if role != "assistant" or not model:
        return name
    if route == "hosted":
        return f"{name} · HOSTED · {provider_label(provider)} · {model}"
    return f"{name} · local · {model}"


class TranscriptView(QTextBrowser):
    """Read-only transcript. Streaming appends at the end; finished messages render markdown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transcript")
        self.setOpenExternalLinks(True)
        self.setReadOnly(True)
        self.document().setDocumentMargin(12)
        self._stream_start: int | None = None
        self._plain = QTextCharFormat()
        self._starts: list[int] = []  # where each message's header starts, in order
        self._ids: list[int] = []  # the message shown from each start
        self._selected: int | None = None
        self.message_actions: list[QAction] = []  # offered in the context menu

    # which message -----------------------------------------------------------------------------

    def message_ids(self) -> list[int]:
        """The ids of the messages shown, first first."""
        return list(self._ids)

    def message_at(self, position: int) -> int | None:
        """The id of the message shown at document ``position``; None before the first one."""
        index = bisect.bisect_right(self._starts, position) - 1
        return self._ids[index] if index >= 0 else None

    @property
    def selected_message_id(self) -> int | None:
        """The message the user clicked or opened the context menu on, if it is still shown."""
        return self._selected if self._selected in self._ids else None

    def select_message(self, message_id: int | None) -> None:
        self._selected = message_id

    def scroll_to_message(self, message_id: int) -> None:
        """Select ``message_id`` and scroll its start into view (a search hit)."""
        if message_id in self._ids:
            self._selected = message_id
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._starts[self._ids.index(message_id)])
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        point = event.position().toPoint()
        self._selected = self.message_at(self.cursorForPosition(point).position())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        position = self.cursorForPosition(event.pos()).position()
        self._selected = self.message_at(position)
        menu = self.createStandardContextMenu(event.pos())
        if self._selected is not None and self.message_actions:
            menu.addSeparator()
            for action in self.message_actions:
                menu.addAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()

    # whole messages ---------------------------------------------------------------------------

    def show_messages(
        self, messages: list[StoredMessage], branches: dict[int, str] | None = None
    ) -> None:
        """Show ``messages``; ``branches`` maps a message id to its switcher ("‹ 2 / 3 ›")."""
        self.clear()
        self._stream_start = None
        self._starts, self._ids = [], []
        branches = branches or {}
        for m in messages:
            header = message_header(m.role, m.route, m.provider, m.model)
            self._append_header(header, m.role, m.route, m.id, branches.get(m.id, ""))
            self._append_body(m.content, markdown=m.role == "assistant")
            if m.state == "interrupted":
                self.append_note("Answer interrupted: the text above is what arrived.")
            if m.error:
                self.append_error(m.error)
            if m.finish_reason == "length" and m.completion_tokens:
                self.append_note(f"Stopped at the {m.completion_tokens:,}-token limit. Continue?")
        self._scroll_to_end()

    def _end_cursor(self) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        return cursor

    def _new_block(self, cursor: QTextCursor) -> None:
        if not self.document().isEmpty():
            cursor.insertBlock(QTextBlockFormat(), self._plain)

    def _append_header(
        self,
        text: str,
        role: str,
        route: str | None = None,
        message_id: int | None = None,
        branch: str = "",
    ) -> None:
        cursor = self._end_cursor()
        self._new_block(cursor)
        if not self.document().isEmpty() and cursor.position() > 1:
            cursor.insertBlock(QTextBlockFormat(), self._plain)
        if message_id is not None:
            self._starts.append(cursor.position())
            self._ids.append(message_id)
        color = "#1f6feb" if role == "user" else "#8250df"
        if role == "assistant" and route == "hosted":
            color = "#bf3989"
        cursor.insertHtml(f'<b style="color:{color}">{html.escape(text)}</b>')
        if branch:
            grey = "#6e7781"
            cursor.insertHtml(
                f'&nbsp;&nbsp;<span style="color:{grey}">{html.escape(branch)}</span>'
            )

    def _append_body(self, text: str, markdown: bool) -> None:
        cursor = self._end_cursor()
        cursor.insertBlock(QTextBlockFormat(), self._plain)
        if markdown and text:
            cursor.insertMarkdown(text)
        else:
            cursor.insertText(text, self._plain)

    def append_note(self, text: str) -> None:
        cursor = self._end_cursor()
        cursor.insertBlock(QTextBlockFormat(), self._plain)
        cursor.insertHtml(f'<i style="color:#6e7781">{html.escape(text)}</i>')
        self._scroll_to_end()

    def append_error(self, text: str) -> None:
        cursor = self._end_cursor()
        cursor.insertBlock(QTextBlockFormat(), self._plain)
        cursor.insertHtml(f'<span style="color:#cf222e">⚠ {html.escape(text)}</span>')
        self._scroll_to_end()

    # streaming ---------------------------------------------------------------------------------

    def begin_stream(
        self,
        header: str,
        route: str | None = None,
        message_id: int | None = None,
        branch: str = "",
    ) -> None:
        self._append_header(header, "assistant", route, message_id, branch)
        cursor = self._end_cursor()
        cursor.insertBlock(QTextBlockFormat(), self._plain)
        self._stream_start = cursor.position()
        self._scroll_to_end()

    def append_stream(self, text: str) -> None:
        """Append streamed text at the end: cost grows with ``text``, not with the transcript."""
        if self._stream_start is None or not text:
            return
        bar = self.verticalScrollBar()
        at_bottom = bar.value() >= bar.maximum() - 4
        cursor = self._end_cursor()
        cursor.insertText(text, self._plain)
        if at_bottom:
            bar.setValue(bar.maximum())

    def end_stream(self, final_text: str) -> None:
        """Replace the streamed plain text of the current answer with its rendered markdown."""
        if self._stream_start is None:
            return
        cursor = self._end_cursor()
        cursor.setPosition(self._stream_start, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        if final_text:
            cursor.insertMarkdown(final_text)
        self._stream_start = None
        self._scroll_to_end()

    @property
    def streaming(self) -> bool:
        return self._stream_start is not None

    def streamed_text(self) -> str:
        """The text of the answer being streamed, as shown."""
        if self._stream_start is None:
            return ""
        cursor = self._end_cursor()
        cursor.setPosition(self._stream_start, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText().replace("\u2029", "\n")

    def _scroll_to_end(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())


class Composer(QPlainTextEdit):
    """Where the user types. Enter sends; Shift+Enter inserts a new line."""

    submitted = Signal()
    editLastRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.setPlaceholderText("Message  (Enter to send, Shift+Enter for a new line)")
        self.setTabChangesFocus(True)
        self.setMaximumHeight(140)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.submitted.emit()
            return
        if event.key() == Qt.Key.Key_Up and not self.toPlainText():
            self.editLastRequested.emit()
            return
        super().keyPressEvent(event)
