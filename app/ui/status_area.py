"""The one status area above the transcript (objectName ``statusArea``), instead of stacked banners.

It holds, one above the other and only while each applies: the hosted-route warning (the
:class:`~app.ui.hosted_route.RouteBanner`) and the current error (``errorBanner``) with a close
button and, where one helps, an action ("Retry", "Open Settings"). Each error names its
``source``; :meth:`StatusArea.clear_error` with a source clears it only when the error came from
there, so a model that loads clears a load failure but not a failed export.

GUI thread; no signals of its own: an action is a callable the window hands in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.hosted_route import RouteBanner
from app.ui.i18n import QT_TRANSLATE_NOOP, LiveTexts


class StatusArea(QFrame):
    """See the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusArea")
        self.route_banner = RouteBanner()
        self.error_banner = QLabel()
        self.error_banner.setObjectName("errorBanner")
        self.error_banner.setWordWrap(True)
        self.error_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton()
        self.action_button.setObjectName("errorAction")
        self.action_button.clicked.connect(self._run_action)
        self.close_button = QPushButton("✕")
        self.close_button.setObjectName("errorClose")
        self._texts = LiveTexts("StatusArea")
        self._texts.set(self.close_button.setToolTip, QT_TRANSLATE_NOOP("StatusArea", "Dismiss"))
        self._texts.set(
            self.close_button.setAccessibleName,
            QT_TRANSLATE_NOOP("StatusArea", "Dismiss the error"),
        )
        self.close_button.clicked.connect(lambda: self.clear_error())
        self.error_row = QFrame()
        self.error_row.setObjectName("errorRow")
        self.error_row.setProperty("role", "error")  # coloured by the theme's style sheet
        row = QHBoxLayout(self.error_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.error_banner, 1)
        row.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.error_row.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.route_banner)
        layout.addWidget(self.error_row)
        self.error: str | None = None
        self.source = ""
        self._action: Callable[[], object] | None = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._texts.retranslate()
        super().changeEvent(event)

    def show_error(
        self,
        message: str,
        source: str = "",
        action: tuple[str, Callable[[], object]] | None = None,
    ) -> None:
        """Show ``message`` (replacing any earlier error), with an action button if given."""
        self.error, self.source = message, source
        self.error_banner.setText(message)
        self._action = action[1] if action else None
        self.action_button.setText(action[0] if action else "")
        self.action_button.setVisible(action is not None)
        self.error_row.show()

    def clear_error(self, source: str | None = None) -> bool:
        """Hide the error (only one from ``source``, when given); True if one was cleared."""
        if self.error is None or (source is not None and source != self.source):
            return False
        self.error, self.source, self._action = None, "", None
        self.error_row.hide()
        return True

    def _run_action(self) -> None:
        action = self._action
        self.clear_error()
        if action is not None:
            action()
