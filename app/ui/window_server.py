"""The main window's part of the local OpenAI-compatible server.

:class:`WindowServer` (GUI thread, no signals of its own) starts the
:class:`~app.ui.local_server.LocalServerController` the first time the server is switched on
(its modules, starlette and uvicorn, load only then; it then follows its settings itself), shows
its status in the status bar (:attr:`label`, object name ``serverStatus``, hidden while there is
nothing to say) and its failures in the window's status area, restarts it when its token
changes, and opens the request log (Models › Local server requests…).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from app.ui.dialog_size import fit_to_content

if TYPE_CHECKING:
    from app.ui.local_server import LocalServerController
    from app.ui.main_window import MainWindow


class WindowServer(QObject):
    """See the module docstring; lives as long as ``window``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.controller: LocalServerController | None = None  # made when first switched on
        self.label = QLabel()
        self.label.setObjectName("serverStatus")
        self.label.hide()

    def serve_if_enabled(self) -> None:
        """Start the server if it is switched on and not started yet."""
        window = self._window
        if self.controller is not None or not window.settings.server.enabled:
            return
        from app.ui.local_server import LocalServerController

        self.controller = LocalServerController(
            window.settings_owner, window.session.worker, window
        )
        self.controller.statusChanged.connect(self._show_status)
        self.controller.failed.connect(window.show_error)
        self.controller.apply()

    def _show_status(self, text: str) -> None:
        self.label.setText(text)
        self.label.setVisible(bool(text))

    def token_changed(self, _token: str) -> None:
        """Restart a running server: its clients must use the new token."""
        if self.controller is not None:
            self.controller.restart()

    def open_log(self) -> QDialog:
        """The server's request log (time, client, endpoint, tokens, duration)."""
        from app.server.requestlog import RequestLog
        from app.ui.server_panel import RequestLogPanel

        dialog = QDialog(self._window)
        dialog.setObjectName("serverLog")
        dialog.setWindowTitle(self.tr("Local server requests"))
        layout = QVBoxLayout(dialog)
        log = self.controller.log if self.controller is not None else RequestLog()
        layout.addWidget(RequestLogPanel(log, dialog))
        fit_to_content(dialog, QSize(760, 360))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
