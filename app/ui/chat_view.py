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
import math
import time
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QMimeData, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDesktopServices,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QApplication,
    QPlainTextEdit,
    QSizePolicy,
    QTextBrowser,
    QToolTip,
    QWidget,
)

from app.core.engines.base import Prefill
from app.core.providers import provider_label
from app.core.store import StoredMessage
from app.ui import i18n
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.markdown_render import COPY_SCHEME, code_html, protect_math, split_blocks, stable_end
from app.ui.theme import TRANSCRIPT_COLUMN_CHARS, colors

READING = QT_TRANSLATE_NOOP("TranscriptView", "Reading the conversation…")
_ROLE_NAMES = {
    "user": QT_TRANSLATE_NOOP("TranscriptView", "You"),
    "assistant": QT_TRANSLATE_NOOP("TranscriptView", "Assistant"),
    "system": QT_TRANSLATE_NOOP("TranscriptView", "System"),
}


def _tr(text: str) -> str:
    """``text``, marked with QT_TRANSLATE_NOOP("TranscriptView", …), in the UI language."""
    return QCoreApplication.translate("TranscriptView", text)


def message_header(
    role: str,
    route: str | None,
    provider: str | None,
    model: str | None,
    local_names: Mapping[str, str] | None = None,
) -> str:
    """The line above a message: who spoke and, for answers, which engine answered.
    ``local_names`` maps a local model's file name (what the store keeps) to its name in words;
    a file not in it (deleted since, say) is shown by its file name."""
    name = _tr(_ROLE_NAMES[role]) if role in _ROLE_NAMES else role
    if role != "assistant" or not model:
        return name
    if route == "hosted":
        hosted = QCoreApplication.translate("TranscriptView", "HOSTED")
        return f"{name} · {hosted} · {i18n.shown(provider_label(provider))} · {model}"
    local = QCoreApplication.translate("TranscriptView", "local")
    return f"{name} · {local} · {(local_names or {}).get(model, model)}"


def message_info(m: StoredMessage) -> str:
    """What the hover shows for a message: when, and for an answer which engine answered it, in
    words, with its tokens, time to first token and speed."""
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(m.created))
    if m.role != "assistant":
        return QCoreApplication.translate("TranscriptView", "Sent {when}").format(when=when)
    parts = [QCoreApplication.translate("TranscriptView", "Answered {when}").format(when=when)]
    if m.model:
        where = (
            QCoreApplication.translate("TranscriptView", "hosted by {provider}").format(
                provider=i18n.shown(provider_label(m.provider))
            )
            if m.route == "hosted"
            else QCoreApplication.translate("TranscriptView", "on this computer")
        )
        parts.append(
            QCoreApplication.translate("TranscriptView", "by {model}, {where}").format(
                model=m.model, where=where
            )
        )
    locale = QLocale()
    if m.completion_tokens is not None:
        parts.append(
            QCoreApplication.translate("TranscriptView", "{count} tokens").format(
                count=locale.toString(m.completion_tokens)
            )
        )
    if m.ttft_s is not None:
        parts.append(
            QCoreApplication.translate("TranscriptView", "first token after {seconds} s").format(
                seconds=locale.toString(m.ttft_s, "f", 2)
            )
        )
    if m.tokens_per_s:
        parts.append(
            QCoreApplication.translate("TranscriptView", "{rate} tokens/s").format(
                rate=locale.toString(m.tokens_per_s, "f", 1)
            )
        )
    return " · ".join(parts)


FOLD_AT = 2_000  # characters: a longer line is shown folded (Qt lays out long lines slowly)
SHOW_AT_MOST = 100_000  # characters of one message shown until "Show all" is clicked
SHOW_ALL_SCHEME = "hearth-show-all"
EARLIER_SCHEME = "hearth-earlier"
TAIL = 40  # messages shown when a conversation opens; earlier ones when the user scrolls up
MAX_MESSAGE_CHARS = 1_000_000  # what the composer accepts and Send sends


def folded(text: str, width: int = FOLD_AT) -> str:
    """``text`` for display: each line longer than ``width`` broken into lines of at most that
    many characters (at a space where there is one). Layout time then grows with the text's
    length, not with the square of its longest line; the stored message is never changed."""
    if len(text) <= width or all(len(line) <= width for line in text.split("\n")):
        return text
    out: list[str] = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", width // 2, width)
            cut = cut + 1 if cut > 0 else width
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


class TranscriptView(QTextBrowser):
    """Read-only transcript. Streaming appends at the end; finished messages render markdown.

    GUI thread. Signal: ``earlierRequested(int count)``: show the last ``count`` messages of
    the branch (the user scrolled to the top of a long conversation)."""

    earlierRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transcript")
        self.setOpenLinks(False)  # links open in the browser; a code block's Copy link copies
        self.anchorClicked.connect(self._on_anchor)
        self.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
        self.setReadOnly(True)
        self.document().setDocumentMargin(12)
        self._stream_start: int | None = None
        self._plain = QTextCharFormat()
        self._starts: list[int] = []  # where each message's header starts, in order
        self._ids: list[int] = []  # the message shown from each start
        self._selected: int | None = None
        self._code: list[str] = []  # every code block shown, for its Copy link
        self._info: dict[int, str] = {}  # each message's hover text
        self._stream_text = ""  # the answer being streamed, as it arrived
        self._rendered = 0  # how much of it is rendered as markdown
        self._tail_start = 0  # where its plain, unfinished block starts in the document
        self.message_actions: list[QAction] = []  # offered in the context menu
        self._shown_whole: set[int] = set()  # long messages the user asked to see in full
        self._last_messages: list[StoredMessage] = []
        self._last_branches: dict[int, str] = {}
        self._last_notes: Mapping[int, str] = {}
        self._earlier = False  # messages before the first one shown exist
        self._building = False
        self.local_names: dict[str, str] = {}  # local model file -> its name, for headers
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._center_column()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._center_column()

    def _center_column(self) -> None:
        """Keep the text in a centred column about :data:`TRANSCRIPT_COLUMN_CHARS` characters
        wide (a readable line length); a narrow window uses its whole width."""
        column = self.fontMetrics().averageCharWidth() * TRANSCRIPT_COLUMN_CHARS
        side = max(0, (self.viewport().width() - column) // 2)
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        if fmt.leftMargin() != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            root.setFrameFormat(fmt)

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == COPY_SCHEME:
            index = int(url.path()) if url.path().isdigit() else -1
            if 0 <= index < len(self._code):
                QApplication.clipboard().setText(self._code[index])
        elif url.scheme() == SHOW_ALL_SCHEME and url.path().isdigit():
            self._shown_whole.add(int(url.path()))
            self._build(self._last_messages, self._last_branches, self._last_notes)
            self._scroll_to_end()
        elif url.scheme() == EARLIER_SCHEME:
            self.show_earlier()
        elif url.scheme() in ("http", "https", "mailto") or url.isLocalFile():
            QDesktopServices.openUrl(url)  # a web link, or the file of an answer's source

    def code_blocks(self) -> list[str]:
        """The code of every code block shown, in order (what their Copy links copy)."""
        return list(self._code)

    def _insert_markdown(self, cursor: QTextCursor, text: str) -> None:
        """Render ``text`` at ``cursor``: prose through Qt's markdown, code blocks framed and
        highlighted."""
        first = True
        for block in split_blocks(text):
            if not first:
                cursor.insertBlock(QTextBlockFormat(), self._plain)
            first = False
            if block.kind == "code":
                self._code.append(block.text)
                cursor.insertHtml(code_html(block.text, block.language, len(self._code) - 1))
            else:
                cursor.insertMarkdown(protect_math(block.text))

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

    def set_message_info(self, message: StoredMessage) -> None:
        """Update the hover text of ``message`` (an answer that just finished)."""
        self._info[message.id] = message_info(message)

    def info_at(self, position: int) -> str:
        """The hover text of the message at document ``position``."""
        message_id = self.message_at(position)
        return self._info.get(message_id, "") if message_id is not None else ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            point = self.viewport().mapFromGlobal(event.globalPos())
            text = self.info_at(self.cursorForPosition(point).position())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

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
        self,
        messages: list[StoredMessage],
        branches: dict[int, str] | None = None,
        notes: Mapping[int, str] | None = None,
        earlier: bool = False,
    ) -> None:
        """Show ``messages``, scrolled to the end; ``branches`` maps a message id to its
        switcher ("‹ 2 / 3 ›"), ``notes`` to markup shown under it (an answer's sources).
        ``earlier``: the branch has messages before these (the window gives the last
        :data:`TAIL` of a long conversation, so it opens as fast as a short one); scrolling to
        the top, or "Show earlier messages", asks for more with ``earlierRequested``."""
        self._earlier = earlier
        self._build(messages, branches or {}, notes or {})
        self._scroll_to_end()

    def set_local_names(self, names: dict[str, str]) -> None:
        """Name local models by ``names`` in the headers: rebuilt only when the name of a model
        shown changes (not while an answer streams into the view), keeping the view at its end
        if it was there."""
        old, self.local_names = self.local_names, names
        changed = any(
            m.route != "hosted" and m.model and names.get(m.model) != old.get(m.model)
            for m in self._last_messages
        )
        if not changed or self._stream_start is not None:
            return
        bar = self.verticalScrollBar()
        at_end, value = bar.value() == bar.maximum(), bar.value()
        self._build(self._last_messages, self._last_branches, self._last_notes)
        bar.setValue(bar.maximum() if at_end else value)

    @property
    def has_earlier(self) -> bool:
        """Messages before the first one shown exist."""
        return self._earlier

    def show_earlier(self) -> None:
        """Ask for twice as many of the last messages (opening everything then costs about
        twice building it once) and keep what the user looks at in place. The window answers
        ``earlierRequested`` at once (a direct connection) with :meth:`show_messages`. Not
        while an answer streams into the view."""
        if not self._earlier or self._stream_start is not None:
            return
        bar = self.verticalScrollBar()
        from_bottom = bar.maximum() - bar.value()
        self.earlierRequested.emit(2 * len(self._ids))
        bar.setValue(bar.maximum() - from_bottom)

    def _on_scrolled(self, value: int) -> None:
        bar = self.verticalScrollBar()
        if not self._building and value == bar.minimum() < bar.maximum() and self._earlier:
            self.show_earlier()

    def _build(
        self,
        messages: list[StoredMessage],
        branches: dict[int, str],
        notes: Mapping[int, str],
    ) -> None:
        self._building = True
        try:
            self._build_messages(messages, branches, notes)
        finally:
            self._building = False

    def _build_messages(
        self,
        messages: list[StoredMessage],
        branches: dict[int, str],
        notes: Mapping[int, str],
    ) -> None:
        self.clear()
        self._center_column()  # clearing resets the root frame
        self._stream_start = None
        self._starts, self._ids, self._code, self._info = [], [], [], {}
        self._last_messages, self._last_branches, self._last_notes = messages, branches, notes
        if self._earlier:
            text = self.tr("Show earlier messages")
            self._end_cursor().insertHtml(f'<a href="{EARLIER_SCHEME}:">{html.escape(text)}</a>')
        for m in messages:
            self._info[m.id] = message_info(m)
            header = message_header(m.role, m.route, m.provider, m.model, self.local_names)
            self._append_header(header, m.role, m.route, m.id, branches.get(m.id, ""))
            content = m.content
            hidden = len(content) - SHOW_AT_MOST
            if hidden > 0 and m.id not in self._shown_whole:
                content = content[:SHOW_AT_MOST]
            self._append_body(folded(content), markdown=m.role == "assistant")
            if hidden > 0 and m.id not in self._shown_whole:
                self._append_show_all(m.id, hidden)
            if m.state == "interrupted":
                self.append_note(self.tr("Answer interrupted: the text above is what arrived."))
            if m.error:
                self.append_error(i18n.shown(m.error))  # saved with its template: translated
            if m.finish_reason == "length" and m.completion_tokens:
                self.append_note(self.limit_note(m.completion_tokens))
            if m.id in notes:
                self.append_note_html(notes[m.id])

    def limit_note(self, tokens: int) -> str:
        """The note under an answer cut at the length limit."""
        return self.tr("Stopped at the {count}-token limit. Continue?").format(
            count=QLocale().toString(tokens)
        )

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
        c = colors()
        color = c.user if role == "user" else c.assistant
        if role == "assistant" and route == "hosted":
            color = c.hosted
        cursor.insertHtml(f'<b style="color:{color}">{html.escape(text)}</b>')
        if branch:
            cursor.insertHtml(
                f'&nbsp;&nbsp;<span style="color:{c.muted}">{html.escape(branch)}</span>'
            )

    def _append_body(self, text: str, markdown: bool) -> None:
        cursor = self._end_cursor()
        cursor.insertBlock(QTextBlockFormat(), self._plain)
        if markdown and text:
            self._insert_markdown(cursor, text)
        else:
            cursor.insertText(text, self._plain)

    def _append_show_all(self, message_id: int, hidden: int) -> None:
        cursor = self._end_cursor()
        cursor.insertBlock(QTextBlockFormat(), self._plain)
        cursor.insertHtml(
            f'<i style="color:{colors().muted}">… '
            + html.escape(
                self.tr("{count} more characters.").format(count=QLocale().toString(hidden))
            )
            + f' </i><a href="{SHOW_ALL_SCHEME}:{message_id}">'
            + html.escape(self.tr("Show all"))
            + "</a>"
        )

    def append_note(self, text: str) -> None:
        cursor = self._end_cursor()
        cursor.insertBlock(QTextBlockFormat(), self._plain)
        cursor.insertHtml(f'<i style="color:{colors().muted}">{html.escape(text)}</i>')
        self._scroll_to_end()

    def append_note_html(self, markup: str) -> None:
        """A note whose markup the caller built (and escaped): links in it work."""
        cursor = self._end_cursor()
        cursor.insertBlock(QTextBlockFormat(), self._plain)
        cursor.insertHtml(markup)
        self._scroll_to_end()

    def append_error(self, text: str) -> None:
        cursor = self._end_cursor()
        cursor.insertBlock(QTextBlockFormat(), self._plain)
        cursor.insertHtml(f'<span style="color:{colors().error_text}">⚠ {html.escape(text)}</span>')
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
        self._stream_start = self._tail_start = cursor.position()
        self._stream_text, self._rendered = "", 0
        # until the first words arrive (the model reads the prompt first), say so
        cursor.insertHtml(f'<i style="color:{colors().muted}">{html.escape(_tr(READING))}</i>')
        self._scroll_to_end()

    def show_reading(self, prefill: Prefill) -> None:
        """Say how far the engine has read the prompt, until the first words replace it
        (with the prompt all but in the cache, the "Reading…" line stays as it is)."""
        if self._stream_start is None or self._stream_text or prefill.to_read <= 1:
            return
        cursor = self._end_cursor()
        cursor.setPosition(self._stream_start, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        reading = html.escape(self.reading_text(prefill))
        cursor.insertHtml(f'<i style="color:{colors().muted}">{reading}</i>')

    def reading_text(self, prefill: Prefill) -> str:
        """ "Reading 1,234 tokens… 40%": the prompt tokens not in the cache, and how far."""
        text = self.tr("Reading {count} tokens…").format(count=f"{prefill.to_read:,}")
        done = prefill.done - prefill.cached
        return f"{text} {prefill.fraction:.0%}" if done > 0 else text

    def append_stream(self, text: str) -> None:
        """Append streamed text at the end. Finished blocks are rendered as markdown as soon as
        the next one begins; only the block being written shows plain. The cost grows with
        ``text`` and that block, never with the transcript."""
        if self._stream_start is None or not text:
            return
        bar = self.verticalScrollBar()
        at_bottom = bar.value() >= bar.maximum() - 4
        cursor = self._end_cursor()
        if not self._stream_text:  # the first words replace the "Reading…" line
            cursor.setPosition(self._stream_start, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            cursor.setCharFormat(self._plain)
        self._stream_text += text
        end = stable_end(self._stream_text, self._rendered)
        if end > self._rendered:
            cursor.setPosition(self._tail_start, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            if self._stream_text[self._rendered : end].strip():
                self._insert_markdown(cursor, self._stream_text[self._rendered : end])
                cursor.insertBlock(QTextBlockFormat(), self._plain)
            self._tail_start = cursor.position()
            self._rendered = end
            cursor.insertText(self._stream_text[end:], self._plain)
        else:
            cursor.insertText(text, self._plain)
        if at_bottom:
            bar.setValue(bar.maximum())

    def end_stream(self, final_text: str) -> None:
        """Render what is still plain of the answer; the finished blocks stay as they are
        (nothing jumps), unless the final text differs from what streamed."""
        if self._stream_start is None:
            return
        cursor = self._end_cursor()
        done = self._stream_text[: self._rendered]
        start = self._tail_start if final_text.startswith(done) else self._stream_start
        rest = final_text[self._rendered :] if start == self._tail_start else final_text
        if not rest.strip() and start > self._stream_start:
            start -= 1  # the empty block left for the tail
        cursor.setPosition(start, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        if rest.strip():
            self._insert_markdown(cursor, rest)
        self._stream_start = None
        self._stream_text, self._rendered = "", 0
        self._scroll_to_end()

    @property
    def streaming(self) -> bool:
        return self._stream_start is not None

    def streamed_text(self) -> str:
        """The text of the answer being streamed, as it arrived."""
        return self._stream_text if self._stream_start is not None else ""

    def _scroll_to_end(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())


COMPOSER_MAX_LINES = 8  # the composer grows with its text up to this many lines, then scrolls


class Composer(QPlainTextEdit):
    """Where the user types (GUI thread). Enter sends; Shift+Enter inserts a new line. One line
    tall when empty, it grows with its text up to :data:`COMPOSER_MAX_LINES` lines.

    Signals: ``submitted()``, ``editLastRequested()``, ``tooLong(int characters)``.
    """

    submitted = Signal()
    editLastRequested = Signal()
    tooLong = Signal(int)  # a paste refused: the characters it would have made

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self._retranslate()
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def lines_shown(self) -> int:
        """How many lines of text the composer is tall enough to show."""
        layout = self.document().documentLayout()
        return max(1, min(COMPOSER_MAX_LINES, round(layout.documentSize().height())))

    def _chrome(self) -> int:
        """Height the composer takes besides its lines: frame, padding, document margin."""
        margins = self.contentsMargins()
        viewport = self.viewportMargins()
        return (
            margins.top() + margins.bottom() + viewport.top() + viewport.bottom()
            + round(2 * self.document().documentMargin())
        )  # fmt: skip

    def _fit(self) -> None:
        lines = self.lines_shown()
        first = self.document().firstBlock()
        laid_out = first.layout().lineCount() if first.layout() is not None else 0
        line = self.fontMetrics().lineSpacing()
        if laid_out:  # the height the layout really gives a line (a font's leading may differ)
            line = max(line, math.ceil(self.blockBoundingRect(first).height() / laid_out))
        height = lines * line + self._chrome()
        policy = Qt.ScrollBarPolicy  # a scroll bar only once the cap is reached
        capped = lines >= COMPOSER_MAX_LINES
        self.setVerticalScrollBarPolicy(
            policy.ScrollBarAsNeeded if capped else policy.ScrollBarAlwaysOff
        )
        if height != self.height():
            self.setFixedHeight(height)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()
            self._fit_placeholder()

    def _retranslate(self) -> None:
        self._placeholder = self.tr("Message  (Enter to send, Shift+Enter for a new line)")
        self._fit_placeholder()

    def _fit_placeholder(self) -> None:
        """The placeholder on the one line the empty composer has: shortened with "…" in a
        narrow window rather than wrapped onto a second line that is cut off."""
        width = self.viewport().width() - round(2 * self.document().documentMargin())
        metrics = self.fontMetrics()
        self.setPlaceholderText(
            metrics.elidedText(self._placeholder, Qt.TextElideMode.ElideRight, width)
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_placeholder()

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Refuse a paste that would make the message longer than :data:`MAX_MESSAGE_CHARS`
        (a multi-megabyte line would freeze the window); ``tooLong`` says so."""
        total = len(self.toPlainText()) + len(source.text())
        if total > MAX_MESSAGE_CHARS:
            self.tooLong.emit(total)
            return
        super().insertFromMimeData(source)

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
