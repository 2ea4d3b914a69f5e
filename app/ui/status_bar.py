"""The main window's status bar, whose temporary message ("Loaded … in 1.1 s") ends in "…" when
the room left beside the permanent widgets is narrower than it (a 480-px window, a German
text), instead of being cut in half a word. ``currentMessage()`` stays the whole message, and
the tooltip shows it whole while it is shortened. GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizeGrip, QStatusBar, QStyle, QStyleOption, QWidget

# What QStatusBar leaves free at its ends (QStatusBarPrivate::messageRect).
_LEFT_MARGIN = 6
_RIGHT_MARGIN = 12
# A permanent widget's events that change the message's room.
_ROOM_EVENTS = (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show, QEvent.Type.Hide)


class ElidingStatusBar(QStatusBar):
    """A ``QStatusBar`` that paints its temporary message elided; see the module docstring.

    Signals: ``messageChanged`` (Qt's) as ever.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._permanent: list[QWidget] = []
        self.messageChanged.connect(lambda _message: self._update_tooltip())

    def addPermanentWidget(self, widget: QWidget, stretch: int | None = 0) -> None:
        self._permanent.append(widget)
        widget.installEventFilter(self)  # its size and visibility set the message's room
        super().addPermanentWidget(widget, stretch or 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ROOM_EVENTS:
            self._update_tooltip()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def message_rect(self) -> QRect:
        """Where the message is drawn: from the start to the first visible permanent widget
        (or the size grip), as Qt lays it out."""
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        left, right = _LEFT_MARGIN, self.width() - _RIGHT_MARGIN
        grip = self.findChild(QSizeGrip)
        if grip is not None and grip.isVisible():
            if right_to_left:
                left = grip.x() + grip.width()
            else:
                right = grip.x()
        for widget in self._permanent:
            if widget.isVisible():
                if right_to_left:
                    left = max(left, widget.x() + widget.width() + 2)
                else:
                    right = min(right, widget.x() - 2)
                break
        return QRect(left, 0, right - left, self.height())

    def shown_message(self) -> str:
        """What is drawn: the message, shortened with "…" to :meth:`message_rect`."""
        return self.fontMetrics().elidedText(
            self.currentMessage(), Qt.TextElideMode.ElideRight, max(self.message_rect().width(), 0)
        )

    def _update_tooltip(self) -> None:
        message = self.currentMessage()
        tip = "" if self.shown_message() == message else message
        if self.toolTip() != tip:
            self.setToolTip(tip)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt's own painting (QStatusBar::paintEvent), the message elided."""
        message = self.currentMessage()
        if not message:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        for widget in self._permanent:
            if not widget.isVisible():
                continue
            frame = widget.geometry().adjusted(-2, -1, 2, 1)
            if event.rect().intersects(frame):
                item = QStyleOption()
                item.rect = frame
                item.palette = self.palette()
                item.state = QStyle.StateFlag.State_None
                self.style().drawPrimitive(
                    QStyle.PrimitiveElement.PE_FrameStatusBarItem, item, painter, widget
                )
        painter.setPen(self.palette().windowText().color())
        flags = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            self.message_rect(), int(flags | Qt.TextFlag.TextSingleLine), self.shown_message()
        )
