"""Widgets for Hearth's local server: its settings page and its request log.

:class:`ServerSettingsPage` edits the ``server`` settings section through the
:class:`~app.ui.settings_owner.SettingsOwner` (on/off, port, address) and shows the access token
masked, with Copy and Regenerate; keychain calls run as jobs off the GUI thread.
:class:`RequestLogPanel` lists the requests of a :class:`~app.server.requestlog.RequestLog`
(filled on the server's thread) and how many are being served.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.network_ledger import is_loopback_host as is_loopback
from app.core.secrets import mask
from app.server.requestlog import RequestLog, RequestRecord
from app.server.token import regenerate_token, server_token
from app.ui import i18n
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.settings_owner import SettingsOwner
from app.ui.workers import run_job

LOOPBACK = "127.0.0.1"
MAX_ROWS = 500


class ServerSettingsPage(QWidget):
    """Settings › Local server. GUI thread. Signal: ``tokenChanged(str token)`` after Regenerate
    (a running server must be restarted with the new token)."""

    tokenChanged = Signal(str)

    def __init__(self, settings: SettingsOwner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._token = ""

        self.enabled_box = QCheckBox(
            self.tr("Let other programs on this computer use Hearth's model")
        )
        self.port_box = QSpinBox()
        self.port_box.setRange(1, 65535)
        self.host_field = QLineEdit()
        self.host_field.setPlaceholderText(LOOPBACK)
        self.host_warning = QLabel(
            self.tr(
                "Programs on other machines that can reach this address may connect (they still "
                "need the token). Use 127.0.0.1 to keep the server to this computer."
            )
        )
        self.host_warning.setWordWrap(True)
        self.url_label = QLabel()
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.token_field = QLineEdit()
        self.token_field.setReadOnly(True)
        self.token_field.setAccessibleName(self.tr("Access token"))
        self.token_field.setAccessibleDescription(
            self.tr("Programs must send this token to use the local server.")
        )
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the access token"))
        self.regenerate_button = QPushButton(self.tr("Regenerate"))
        self.regenerate_button.setAccessibleName(self.tr("Make a new access token"))
        self.token_message = QLabel()
        self.token_message.setWordWrap(True)
        self.log_prompts_box = QCheckBox(self.tr("Keep prompt text in the request log"))

        token_row = QHBoxLayout()
        token_row.addWidget(self.token_field, 1)
        token_row.addWidget(self.copy_button)
        token_row.addWidget(self.regenerate_button)
        form = QFormLayout()
        form.addRow(self.enabled_box)
        form.addRow(self.tr("Port:"), self.port_box)
        form.addRow(self.tr("Address:"), self.host_field)
        form.addRow(self.host_warning)
        form.addRow(self.tr("Base URL:"), self.url_label)
        form.addRow(self.tr("Access token:"), token_row)
        form.addRow(self.token_message)
        form.addRow(self.log_prompts_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

        self.copy_button.setEnabled(False)
        self.regenerate_button.setEnabled(False)
        self._render()
        self.enabled_box.toggled.connect(lambda on: self._change(enabled=on))
        self.log_prompts_box.toggled.connect(lambda on: self._change(log_prompts=on))
        self.port_box.editingFinished.connect(lambda: self._change(port=self.port_box.value()))
        self.host_field.editingFinished.connect(
            lambda: self._change(host=self.host_field.text().strip() or LOOPBACK)
        )
        self.host_field.textChanged.connect(self._show_host_warning)
        self.copy_button.clicked.connect(self.copy_token)
        self.regenerate_button.clicked.connect(self.regenerate)
        settings.changed.connect(self._on_settings_changed)
        run_job("hearth-server-token", server_token, self._show_token, self._token_failed, self)

    @property
    def token(self) -> str:
        return self._token

    def _change(self, **fields: object) -> None:
        self._settings.change(server=fields)

    def _on_settings_changed(self, section: str) -> None:
        if section == "server":
            self._render()

    def _render(self) -> None:
        server = self._settings.settings.server
        for widget in (self.enabled_box, self.port_box, self.host_field, self.log_prompts_box):
            widget.blockSignals(True)
        self.enabled_box.setChecked(server.enabled)
        self.port_box.setValue(server.port)
        self.host_field.setText(server.host)
        self.log_prompts_box.setChecked(server.log_prompts)
        for widget in (self.enabled_box, self.port_box, self.host_field, self.log_prompts_box):
            widget.blockSignals(False)
        host = f"[{server.host}]" if ":" in server.host else server.host
        self.url_label.setText(f"http://{host}:{server.port}/v1")
        self._show_host_warning(server.host)

    def _show_host_warning(self, host: str) -> None:
        self.host_warning.setVisible(not is_loopback(host.strip() or LOOPBACK))

    def _show_token(self, token: object) -> None:
        self._token = str(token)
        self.token_field.setText(mask(self._token))
        self.token_message.setText(
            self.tr(
                "Programs send it as 'Authorization: Bearer <token>' (the API key in most tools)."
            )
        )
        self.copy_button.setEnabled(True)
        self.regenerate_button.setEnabled(True)

    def _token_failed(self, message: str) -> None:
        self.token_message.setText(message)
        self.regenerate_button.setEnabled(True)

    def copy_token(self) -> None:
        QGuiApplication.clipboard().setText(self._token)
        self.token_message.setText(self.tr("The token was copied."))

    def regenerate(self) -> None:
        """Make a new token; programs using the old one are refused from now on."""
        self.regenerate_button.setEnabled(False)

        def done(token: object) -> None:
            self._show_token(token)
            self.token_message.setText(
                QCoreApplication.translate(
                    "ServerSettingsPage",
                    "A new token was made. Programs using the old one must be given this one.",
                )
            )
            self.tokenChanged.emit(self._token)

        run_job("hearth-server-token", regenerate_token, done, self._token_failed, self)


class _Relay(QObject):
    """Carries log changes from the server's thread to the GUI thread (queued signal)."""

    changed = Signal(object)


class RequestLogPanel(QWidget):
    """The server's request log as a table, newest last, and the number being served.

    GUI thread; fed by ``log``'s listener on the server's thread through a queued signal.
    Call :meth:`detach` (or delete the panel) to stop listening.
    """

    COLUMNS = (
        QT_TRANSLATE_NOOP("RequestLogPanel", "Time"),
        QT_TRANSLATE_NOOP("RequestLogPanel", "Client"),
        QT_TRANSLATE_NOOP("RequestLogPanel", "Endpoint"),
        QT_TRANSLATE_NOOP("RequestLogPanel", "Status"),
        QT_TRANSLATE_NOOP("RequestLogPanel", "Tokens"),
        QT_TRANSLATE_NOOP("RequestLogPanel", "Duration"),
        QT_TRANSLATE_NOOP("RequestLogPanel", "Prompt"),
    )

    def __init__(self, log: RequestLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._log = log
        self.serving_label = QLabel()
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in self.COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.serving_label)
        layout.addWidget(self.table, 1)
        # The relay is kept alive by the listener, so an emit in flight never meets a deleted
        # object; the panel's connection to it ends when the panel is deleted.
        relay = _Relay()
        relay.changed.connect(self._on_changed)

        def listener(record: RequestRecord | None) -> None:  # on the server's thread
            relay.changed.emit(record)

        self._listener = listener
        log.add_listener(listener)
        self.destroyed.connect(lambda: log.remove_listener(listener))
        for record in log.records():
            self._append(record)
        self._show_serving()

    def detach(self) -> None:
        self._log.remove_listener(self._listener)

    def _on_changed(self, record: RequestRecord | None) -> None:
        if record is not None:
            self._append(record)
        self._show_serving()

    def _show_serving(self) -> None:
        count = self._log.serving
        self.serving_label.setText(
            self.tr("Serving %n request(s) now", "", count)
            if count
            else self.tr("No request is being served.")
        )

    def _append(self, record: RequestRecord) -> None:
        if self.table.rowCount() >= MAX_ROWS:
            self.table.removeRow(0)
        row = self.table.rowCount()
        self.table.insertRow(row)
        cells = (
            time.strftime("%H:%M:%S", time.localtime(record.started)),
            record.client,
            f"{record.method} {record.path}",
            str(record.status) + (f" ({i18n.shown(record.note)})" if record.note else ""),
            f"{record.prompt_tokens} + {record.completion_tokens}",
            f"{record.duration_s:.2f} s",
            record.prompt if record.prompt is not None else "",
        )
        for column, text in enumerate(cells):
            self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.scrollToBottom()
