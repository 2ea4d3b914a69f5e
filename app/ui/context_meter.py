"""The context meter: how much of the model's context a conversation uses.

:class:`ContextMeter` shows "1,234 / 4,096 tokens" with a thin bar; it is hidden when the
engine does not say how large its context is (a hosted route). The window feeds it after every
answer and when another conversation is shown; the count itself is
:func:`app.core.chat.context_used`. GUI thread only; no signals.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

FULL_AT = 0.9  # from this share of the context on, the meter warns (older turns will be left out)


class ContextMeter(QWidget):
    """Tokens used of the model's context, as text and a bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contextMeter")
        self.bar = QProgressBar()
        self.bar.setObjectName("contextBar")
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(90)
        self.bar.setMaximumHeight(8)
        self.label = QLabel()
        self.label.setObjectName("contextLabel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.used = 0
        self.context_size = 0
        self.hide()

    def show_usage(self, used: int, size: int) -> None:
        """Show ``used`` of ``size`` tokens; hidden when ``size`` is not known (0)."""
        self.used, self.context_size = used, size
        if size <= 0:
            self.hide()
            return
        shown = min(used, size)
        self.bar.setRange(0, size)
        self.bar.setValue(shown)
        locale = QLocale()
        used_text, size_text = locale.toString(shown), locale.toString(size)
        self.label.setText(self.tr("{used} / {size} tokens").format(used=used_text, size=size_text))
        full = used >= FULL_AT * size
        tip = self.tr("This chat uses {used} of the model's {size}-token context.").format(
            used=used_text, size=size_text
        )
        if full:
            tip += " " + self.tr("Older messages will be left out of what the model reads.")
        self.setToolTip(tip)
        self.label.setProperty("role", "error-text" if full else "")  # the theme colours it
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)
        self.show()
