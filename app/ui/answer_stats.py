"""The status bar's line about the last answer: speed, time to the first token, tokens, threads.

:class:`AnswerStats` (a label on the GUI thread, no signals) shows a
:class:`~app.core.chat.TurnResult`'s usage, ending in "…" rather than half a word in a narrow
window, and shows it again in the new language when the language changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QWidget

from app.core.chat import TurnResult
from app.ui.elided_label import ElidedLabel


class AnswerStats(ElidedLabel):
    """See the module docstring. Object name ``statsLabel``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statsLabel")
        self._result: TurnResult | None = None

    def show_result(self, result: TurnResult) -> None:
        """Show ``result``'s usage; nothing for an answer without one (a failure)."""
        self._result = result
        usage = result.usage
        if usage is None or usage.time_to_first_token_s is None:
            self.clear()
            return
        rate = usage.tokens_per_s
        locale = QLocale()
        parts = (
            [self.tr("{rate} tokens/s").format(rate=locale.toString(rate, "f", 1))] if rate else []
        )
        parts.append(
            self.tr("first token {seconds} s").format(
                seconds=locale.toString(usage.time_to_first_token_s, "f", 2)
            )
        )
        parts.append(self.tr("%n token(s)", "", usage.completion_tokens))
        if usage.n_threads:
            parts.append(self.tr("%n thread(s)", "", usage.n_threads))
        self.setText(" · ".join(parts))
        self.setToolTip(
            self.tr("Threads: {count} ({reason})").format(
                count=usage.n_threads, reason=usage.thread_reason
            )
            if usage.thread_reason
            else ""
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._result is not None:
            self.show_result(self._result)
        super().changeEvent(event)
