"""A one-line label that ends in "…" when it is narrower than its text (the status bar's answer
figures in a 480-px window), instead of cutting a word in half. ``text()`` stays the whole text,
and the tooltip shows it whole while it is shortened. GUI thread only."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget


class ElidedLabel(QLabel):
    """See the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tip = ""

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())  # may shrink to nothing: it elides

    def setToolTip(self, tip: str) -> None:
        self._tip = tip
        super().setToolTip(tip)

    def shown_text(self) -> str:
        """What is drawn: the text, shortened with "…" to the label's width."""
        metrics = self.fontMetrics()
        return metrics.elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )

    def paintEvent(self, _event: QPaintEvent) -> None:
        shown = self.shown_text()
        whole = shown == self.text()
        tip = self._tip if whole else "\n".join(t for t in (self.text(), self._tip) if t)
        super().setToolTip(tip)
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), shown)
