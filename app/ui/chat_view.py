"""The transcript and the composer.

:class:`TranscriptView` appends streamed text at the end with a cursor -- it never re-sets the
whole transcript per token -- and renders a message's markdown once, when the message is finished.
:class:`Composer` sends on Enter and makes a new line on Shift+Enter.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextBlockFormat, QTextCharFormat, QTextCursor
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

    # whole messages ---------------------------------------------------------------------------

    def show_messages(self, messages: list[StoredMessage]) -> None:
        self.clear()
        self._stream_start = None
        for m in messages:
            header = message_header(m.role, m.route, m.provider, m.model)
            self._append_header(header, m.role, m.route)
            self._append_body(m.content, markdown=m.role == "assistant")
            if m.state == "interrupted":
                self.append_note("Answer interrupted: the text above is what arrived.")
            if m.error:
                self.append_error(m.error)
        self._scroll_to_end()

    def _end_cursor(self) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        return cursor

    def _new_block(self, cursor: QTextCursor) -> None:
        if not self.document().isEmpty():
            cursor.insertBlock(QTextBlockFormat(), self._plain)

    def _append_header(self, text: str, role: str, route: str | None = None) -> None:
        cursor = self._end_cursor()
        self._new_block(cursor)
        if not self.document().isEmpty() and cursor.position() > 1:
            cursor.insertBlock(QTextBlockFormat(), self._plain)
        color = "#1f6feb" if role == "user" else "#8250df"
        if role == "assistant" and route == "hosted":
            color = "#bf3989"
        cursor.insertHtml(f'<b style="color:{color}">{html.escape(text)}</b>')

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

    def append_user(self, text: str) -> None:
        self._append_header("You", "user")
        self._append_body(text, markdown=False)
        self._scroll_to_end()

    # streaming ---------------------------------------------------------------------------------

    def begin_stream(self, header: str, route: str | None = None) -> None:
        self._append_header(header, "assistant", route)
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
        super().keyPressEvent(event)
