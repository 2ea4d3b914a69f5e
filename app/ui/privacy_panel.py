"""Privacy you can see: the network indicator, the Network activity panel, the Privacy page.

- :class:`NetworkIndicator`: a small button for the status bar, "No network use this session" or
  "3 connections · 1 refused", that opens the panel. It follows the ledger live.
- :class:`NetworkActivityDialog` (objectName ``networkActivity``): the ledger of the last 30 days
  (time, where, purpose, allowed or refused, bytes sent and received where known), exportable
  as CSV.
- :class:`PrivacyPage`: the Settings › Privacy page, the offline lock and encryption at rest,
  read from and written through the :class:`~app.ui.settings_owner.SettingsOwner`.
- :func:`follow_privacy_settings`: keeps the process's offline lock equal to the setting.

The ledger's hook runs on whichever thread opens a socket; :class:`_LedgerRelay` carries each
event to the GUI thread as a queued signal, so no widget is touched from another thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core import network_ledger
from app.core.encryption import encryption_available
from app.core.network_ledger import (
    LEDGER,
    OFFLINE_ENV,
    RETENTION_DAYS,
    NetworkEvent,
    SessionSummary,
    export_csv,
    local_time,
    read_events,
)
from app.ui import i18n
from app.ui.dialog_size import fit_to_content
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.settings_owner import SettingsOwner
from app.ui.workers import run_job

OFFLINE_LOCK_TEXT = QT_TRANSLATE_NOOP(
    "PrivacyPage",
    "Offline lock: refuse every connection that would leave this computer. Downloads, the "
    "hosted route and connection checks are refused at once and the refusal is recorded. "
    "Servers on this computer (127.0.0.1), Hearth's local server included, stay reachable only "
    "while you allow it below.",
)
ENCRYPTION_TEXT = QT_TRANSLATE_NOOP(
    "PrivacyPage",
    "Encrypt conversations and the index of your documents on this computer (SQLCipher, AES-256; "
    "the key is kept in the system keychain). This protects a copied disk, a stolen laptop's "
    "drive or a backup of the data folder. It does not protect against someone, or some "
    "program, using your unlocked session: while you are logged in, Hearth can read the key, "
    "and so can they. The database is converted the next time Hearth starts; turning it off "
    "converts it back.",
)
NO_KEYCHAIN_TEXT = QT_TRANSLATE_NOOP(
    "PrivacyPage",
    "Encryption is not offered: no system keychain was found (or this install has no SQLCipher), "
    "and Hearth will not keep the key in a file next to the data it protects.",
)


class _LedgerRelay(QObject):
    """Lives on the GUI thread; ``recorded(object NetworkEvent)`` is emitted from any thread
    (inside the ledger's hook) and delivered queued to receivers on the GUI thread."""

    recorded = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        listener = self.recorded.emit
        LEDGER.add_listener(listener)
        # no reference to self: the relay is gone by the time ``destroyed`` is delivered
        self.destroyed.connect(lambda: LEDGER.remove_listener(listener))


class NetworkIndicator(QToolButton):
    """GUI thread. Shows this session's network use; clicking opens the Network activity panel.

    Given the settings ``owner``, it also follows the offline lock as it is switched (after
    :func:`follow_privacy_settings` has applied it, when that was connected first).
    Signals: ``clicked()`` (QToolButton's).
    """

    def __init__(self, owner: SettingsOwner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkIndicator")
        self.setAutoRaise(True)
        self._relay = _LedgerRelay(self)
        self._relay.recorded.connect(self.refresh)
        if owner is not None:
            owner.changed.connect(self._on_settings_changed)
        self.clicked.connect(self.open_panel)
        self.panel: NetworkActivityDialog | None = None
        self.refresh()

    def refresh(self) -> None:
        summary = LEDGER.summary()
        lock = " · " + self.tr("offline lock on") if network_ledger.offline_lock_on() else ""
        self.setText(summary_text(summary) + lock)
        if summary.local:
            tip = self.tr(
                "What Hearth did on the network since it started; %n on this computer. "
                "Click for all.",
                "",
                summary.local,
            )
        else:
            tip = self.tr("What Hearth did on the network since it started. Click for all.")
        self.setToolTip(tip)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def _on_settings_changed(self, section: str) -> None:
        if section == "privacy":
            self.refresh()

    def open_panel(self) -> NetworkActivityDialog:
        if self.panel is None:
            self.panel = NetworkActivityDialog(self.window())
        self.panel.reload()
        self.panel.show()
        return self.panel


_COLUMNS = (
    QT_TRANSLATE_NOOP("NetworkActivityDialog", "Time"),
    QT_TRANSLATE_NOOP("NetworkActivityDialog", "Where"),
    QT_TRANSLATE_NOOP("NetworkActivityDialog", "Purpose"),
    QT_TRANSLATE_NOOP("NetworkActivityDialog", "Result"),
    QT_TRANSLATE_NOOP("NetworkActivityDialog", "Bytes"),
)


def summary_text(summary: SessionSummary) -> str:
    """ "No network use this session", or "3 connections · 1 refused", in the UI language."""
    return _SummaryWords().text(summary)


class _SummaryWords(QObject):
    """The session summary in words; a QObject so that its plurals go through ``tr()``."""

    def text(self, summary: SessionSummary) -> str:
        parts = []
        if summary.connections:
            parts.append(self.tr("%n connection(s)", "", summary.connections))
        elif summary.lookups:
            parts.append(self.tr("%n name lookup(s)", "", summary.lookups))
        if summary.refused:
            parts.append(self.tr("%n refused", "", summary.refused))
        return " · ".join(parts) or self.tr("No network use this session")


class NetworkActivityDialog(QDialog):
    """GUI thread. The ledger of the last 30 days, newest first, with Export CSV.

    Reloads on each new event while open, and when a connection's byte counts arrive. The
    ledger file is small (a line per connection), so reading it here is quick.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkActivity")
        self.setWindowTitle(self.tr("Network activity"))
        self.events: list[NetworkEvent] = []
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.table = QTableWidget(0, len(_COLUMNS))
        self.table.setObjectName("networkTable")
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in _COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setObjectName("exportCsv")
        self.export_button.clicked.connect(self._ask_export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self._relay = _LedgerRelay(self)
        self._relay.recorded.connect(self._on_recorded)
        self.reload()
        fit_to_content(self, QSize(720, 420))

    def _on_recorded(self, _event: object) -> None:
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Read the ledger file again and show it, newest first."""
        LEDGER.count_open()  # connections still open show their bytes so far
        self.events = read_events()
        outside = sum(1 for e in self.events if not e.local)
        lock = (
            self.tr(
                "The offline lock is on: connections that would leave this computer are refused."
            )
            if network_ledger.offline_lock_on()
            else self.tr("The offline lock is off.")
        )
        self.summary_label.setText(
            self.tr(
                "This session: {session}. The last {days} days: {recorded} recorded, "
                "{outside} leaving this computer. {lock}"
            ).format(
                session=summary_text(LEDGER.summary()),
                days=RETENTION_DAYS,
                recorded=len(self.events),
                outside=outside,
                lock=lock,
            )
        )
        self.table.setRowCount(len(self.events))
        for row, event in enumerate(reversed(self.events)):
            result = self.tr("allowed") if event.allowed else self.tr("refused")
            if event.local:
                result += " " + self.tr("(this computer)")
            what = {"lookup": self.tr("name lookup"), "listen": self.tr("listening")}.get(
                event.kind, ""
            )
            cells = (
                local_time(event.time),
                event.where + (f" ({what})" if what else ""),
                event.purpose,
                result,
                self._traffic(event),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.export_button.setEnabled(bool(self.events))

    def _traffic(self, event: NetworkEvent) -> str:
        """ "229 B sent, 98.4 MB received"; empty when the counts are not known."""
        if event.sent is None or event.received is None:
            return ""
        return self.tr("{sent} sent, {received} received").format(
            sent=i18n.size(event.sent), received=i18n.size(event.received)
        )

    def _ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export network activity"),
            self.tr("hearth-network-activity.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> int:
        """Write what the panel shows (oldest first) to ``path`` as CSV; the number of rows."""
        return export_csv(self.events, path)


def follow_privacy_settings(owner: SettingsOwner) -> None:
    """Apply the offline lock settings now and whenever the ``privacy`` section changes."""

    def apply(section: str = "privacy") -> None:
        if section == "privacy":
            network_ledger.set_offline_lock(owner.settings.privacy.offline_lock)
            network_ledger.set_local_allowed(owner.settings.privacy.allow_local_server)

    apply()
    owner.changed.connect(apply)


class PrivacyPage(QWidget):
    """GUI thread. Settings › Privacy: the offline lock (and whether it allows the local server)
    and encryption at rest.

    Writes each switch through ``owner`` the moment it is toggled and follows the owner's
    ``changed("privacy")``. Whether a keychain (and SQLCipher) exists is read on a job thread;
    until then, and without one, encryption is not offered.
    Signals: ``keychainChecked(bool available)``.
    """

    keychainChecked = Signal(bool)

    def __init__(self, owner: SettingsOwner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyPage")
        self._owner = owner
        self.offline_lock = QCheckBox(self.tr("Offline lock"))
        self.offline_lock.setObjectName("offlineLock")
        lock_text = QLabel(self.tr(OFFLINE_LOCK_TEXT))
        lock_text.setWordWrap(True)
        self.forced_note = QLabel(
            self.tr(
                "{variable}=1 is set where Hearth was started, so the lock is on whatever this "
                "switch says."
            ).format(variable=OFFLINE_ENV)
        )
        self.forced_note.setWordWrap(True)
        self.allow_local = QCheckBox(
            self.tr("Allow the local server (this computer only) while offline")
        )
        self.allow_local.setObjectName("allowLocalServer")
        self.encrypt = QCheckBox(self.tr("Encrypt conversations at rest"))
        self.encrypt.setObjectName("encryptStore")
        self.encrypt.setEnabled(False)
        encrypt_text = QLabel(self.tr(ENCRYPTION_TEXT))
        encrypt_text.setWordWrap(True)
        self.encrypt_note = QLabel(self.tr("Checking the system keychain…"))
        self.encrypt_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (
            self.offline_lock,
            lock_text,
            self.forced_note,
            self.allow_local,
            self.encrypt,
            encrypt_text,
            self.encrypt_note,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.offline_lock.toggled.connect(self._lock_toggled)
        self.allow_local.toggled.connect(self._allow_local_toggled)
        self.encrypt.toggled.connect(self._encrypt_toggled)
        owner.changed.connect(self._on_changed)
        self._show()
        run_job(
            "hearth-privacy-keychain",
            encryption_available,
            self._on_keychain,
            lambda _message: self._on_keychain(False),
            self,
        )

    def _show(self) -> None:
        privacy = self._owner.settings.privacy
        forced = network_ledger.offline_lock_forced()
        for box, value in ((self.offline_lock, privacy.offline_lock or forced),
                           (self.allow_local, privacy.allow_local_server),
                           (self.encrypt, privacy.encrypt_store)):  # fmt: skip
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self.offline_lock.setEnabled(not forced)
        self.forced_note.setVisible(forced)

    def _on_changed(self, section: str) -> None:
        if section == "privacy":
            self._show()

    def _lock_toggled(self, on: bool) -> None:
        self._owner.change(privacy={"offline_lock": on})

    def _allow_local_toggled(self, on: bool) -> None:
        self._owner.change(privacy={"allow_local_server": on})

    def _encrypt_toggled(self, on: bool) -> None:
        self._owner.change(privacy={"encrypt_store": on})

    def _on_keychain(self, available: object) -> None:
        offered = bool(available)
        self.encrypt.setEnabled(offered)
        self.encrypt_note.setText(
            self.tr("A change takes effect the next time Hearth starts.")
            if offered
            else self.tr(NO_KEYCHAIN_TEXT)
        )
        self.keychainChecked.emit(offered)
