"""A one-line label that ends in "…" when it is narrower than its text (the status bar's answer
figures in a 480-px window), instead of cutting a word in half. ``text()`` stays the whole text,
and the tooltip shows it whole while it is shortened. GUI thread only."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class ElidedLabel(QLabel):
    """See the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tip = ""

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())  # may shrink to nothing: it elides

    def setText(self, text: str) -> None:
        super().setText(text)
        self._show_tip()

    def setToolTip(self, tip: str) -> None:
        self._tip = tip
        self._show_tip()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_tip()

    def shown_text(self) -> str:
        """What is drawn: the text, shortened with "…" to the label's width."""
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def _show_tip(self) -> None:
        whole = self.shown_text() == self.text()
        super().setToolTip(
            self._tip if whole else "\n".join(t for t in (self.text(), self._tip) if t)
        )

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), self.shown_text())
