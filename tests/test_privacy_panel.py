"""The privacy widgets: the network indicator, the Network activity panel, Settings › Privacy."""

from __future__ import annotations

import csv
import io
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core import network_ledger
from app.core.network_ledger import LEDGER, OfflineLockError
from app.core.settings import load_settings
from app.ui.privacy_panel import (
    NO_KEYCHAIN_TEXT,
    NetworkActivityDialog,
    NetworkIndicator,
    PrivacyPage,
    follow_privacy_settings,
)
from app.ui.settings_owner import SettingsOwner

FAR = "203.0.113.9"  # TEST-NET-3; the offline lock refuses it before any packet


@pytest.fixture(autouse=True)
def fresh_session() -> Iterator[None]:
    LEDGER.new_session()
    try:
        yield
    finally:
        network_ledger.set_offline_lock(False)
        network_ledger.set_local_allowed(True)
        LEDGER.new_session()


def refused_connect_on_another_thread(port: int = 443) -> None:
    """What a download worker does: try to leave this computer (the lock refuses it)."""
    errors: list[BaseException] = []

    def attempt() -> None:
        with socket.socket() as sock:
            try:
                sock.connect((FAR, port))
            except OfflineLockError as exc:
                errors.append(exc)

    thread = threading.Thread(target=attempt)
    thread.start()
    thread.join()
    assert len(errors) == 1


def test_the_indicator_follows_the_ledger_from_other_threads(qtbot: QtBot) -> None:
    indicator = NetworkIndicator()
    qtbot.addWidget(indicator)
    assert indicator.objectName() == "networkIndicator"
    assert indicator.text() == "No network use this session"
    with socket.socket() as server:  # on this computer: counted apart, not as network use
        server.bind(("127.0.0.1", 0))
    qtbot.waitUntil(lambda: "1 on this computer" in indicator.toolTip(), timeout=30_000)
    assert indicator.text() == "No network use this session"
    network_ledger.set_offline_lock(True)
    refused_connect_on_another_thread()
    qtbot.waitUntil(lambda: indicator.text() == "1 refused · offline lock on", timeout=30_000)


def test_the_indicator_says_at_once_when_the_lock_is_switched(qtbot: QtBot) -> None:
    owner = SettingsOwner()
    follow_privacy_settings(owner)  # as the window does, before the indicator
    indicator = NetworkIndicator(owner)
    qtbot.addWidget(indicator)
    assert indicator.text() == "No network use this session"
    owner.change(privacy={"offline_lock": True})
    assert indicator.text() == "No network use this session · offline lock on"
    owner.change(privacy={"offline_lock": False})
    assert indicator.text() == "No network use this session"


def test_the_panel_lists_the_ledger_newest_first_and_exports_csv(
    qtbot: QtBot, tmp_path: Path
) -> None:
    network_ledger.set_offline_lock(True)
    with network_ledger.network_purpose("download"):
        refused_connect_on_another_thread(443)  # a new thread: its purpose is its own
    with network_ledger.network_purpose("download"), pytest.raises(OfflineLockError):
        socket.create_connection((FAR, 8443), timeout=30)
    indicator = NetworkIndicator()
    qtbot.addWidget(indicator)
    qtbot.mouseClick(indicator, Qt.MouseButton.LeftButton)
    panel = indicator.panel
    assert isinstance(panel, NetworkActivityDialog)
    qtbot.addWidget(panel)
    assert panel.objectName() == "networkActivity" and panel.isVisible()
    table = panel.table
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    assert [row[1:] for row in rows] == [
        [f"{FAR}:8443 (name lookup)", "download", "refused", ""],
        [f"{FAR}:443", "unattributed", "refused", ""],
    ]
    assert "This session: 2 refused." in panel.summary_label.text()
    assert "The offline lock is on" in panel.summary_label.text()
    target = tmp_path / "activity.csv"
    assert panel.export_to(target) == 2
    exported = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [(r["host"], r["port"], r["allowed"]) for r in exported] == [
        (FAR, "443", "refused"),
        (FAR, "8443", "refused"),
    ]


def test_the_open_panel_shows_new_events_as_they_happen(qtbot: QtBot) -> None:
    panel = NetworkActivityDialog()
    qtbot.addWidget(panel)
    panel.show()
    assert panel.table.rowCount() == 0 and not panel.export_button.isEnabled()
    network_ledger.set_offline_lock(True)
    refused_connect_on_another_thread()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=30_000)
    assert panel.export_button.isEnabled()


def test_the_panel_shows_a_connections_bytes_when_it_closes_or_so_far(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        LEDGER.new_session()
        kept = socket.create_connection(server.getsockname(), timeout=30)  # a pooled one
        conn, _ = server.accept()
        kept.sendall(b"x" * 1500)
        conn.sendall(b"y" * 2500)
        assert conn.recv(1500, socket.MSG_WAITALL) and kept.recv(2500, socket.MSG_WAITALL)
        panel = NetworkActivityDialog()
        qtbot.addWidget(panel)
        panel.show()
        assert panel.table.item(0, 4).text() == "1.5 KB sent, 2.5 KB received"  # so far
        with socket.create_connection(server.getsockname(), timeout=30) as closed:
            other, _ = server.accept()
            closed.sendall(b"z" * 700)
            assert other.recv(700, socket.MSG_WAITALL)
        qtbot.waitUntil(
            lambda: panel.table.item(0, 4).text() == "700 B sent, 0 B received", timeout=30_000
        )
        kept.close()
        conn.close()
        other.close()
    panel.reload()
    target = tmp_path / "activity.csv"
    assert (
        panel.export_to(target) == 5
    )  # the server's socket, then a lookup and a connection, twice
    exported = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [(r["kind"], r["sent"], r["received"]) for r in exported] == [
        ("listen", "", ""),
        ("lookup", "", ""),
        ("connect", "1500", "2500"),
        ("lookup", "", ""),
        ("connect", "700", "0"),
    ]


def make_page(qtbot: QtBot, owner: SettingsOwner) -> PrivacyPage:
    page = PrivacyPage(owner)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.keychainChecked, timeout=30_000):
        page.show()
    return page


def test_the_offline_lock_switch_writes_the_setting_and_locks_at_once(qtbot: QtBot) -> None:
    owner = SettingsOwner()
    follow_privacy_settings(owner)
    page = make_page(qtbot, owner)
    assert page.objectName() == "privacyPage"
    assert not page.offline_lock.isChecked() and not network_ledger.offline_lock_on()
    assert page.forced_note.isHidden()
    page.offline_lock.click()
    assert load_settings()[0].privacy.offline_lock
    assert network_ledger.offline_lock_on()
    with pytest.raises(OfflineLockError):
        socket.create_connection((FAR, 443), timeout=30)
    owner.change(privacy={"offline_lock": False})  # changed elsewhere: the page follows
    assert not page.offline_lock.isChecked() and not network_ledger.offline_lock_on()


def test_the_local_server_switch_sits_by_the_lock_and_applies_at_once(qtbot: QtBot) -> None:
    owner = SettingsOwner()
    follow_privacy_settings(owner)
    page = make_page(qtbot, owner)
    assert page.allow_local.objectName() == "allowLocalServer"
    assert page.allow_local.isChecked() and network_ledger.LEDGER.local_allowed  # the default
    page.offline_lock.click()
    with socket.socket() as allowed:
        allowed.bind(("127.0.0.1", 0))
    page.allow_local.click()
    assert not load_settings()[0].privacy.allow_local_server
    assert not network_ledger.LEDGER.local_allowed
    with socket.socket() as refused, pytest.raises(OfflineLockError):
        refused.bind(("127.0.0.1", 0))
    owner.change(privacy={"allow_local_server": True})  # changed elsewhere: the page follows
    assert page.allow_local.isChecked() and network_ledger.LEDGER.local_allowed


def test_hearth_offline_holds_the_lock_whatever_the_switch(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(network_ledger.OFFLINE_ENV, "1")
    page = make_page(qtbot, SettingsOwner())
    assert page.offline_lock.isChecked() and not page.offline_lock.isEnabled()
    assert not page.forced_note.isHidden()
    assert "HEARTH_OFFLINE=1" in page.forced_note.text()


def test_encryption_is_offered_with_a_keychain_and_writes_the_setting(qtbot: QtBot) -> None:
    owner = SettingsOwner()
    page = make_page(qtbot, owner)
    assert page.encrypt.isEnabled()
    assert "next time Hearth starts" in page.encrypt_note.text()
    page.encrypt.click()
    assert owner.settings.privacy.encrypt_store and load_settings()[0].privacy.encrypt_store


def test_without_a_keychain_encryption_is_not_offered(qtbot: QtBot) -> None:
    keyring.set_keyring(fail.Keyring())  # the conftest fixture puts the memory keychain back
    page = make_page(qtbot, SettingsOwner())
    assert not page.encrypt.isEnabled()
    assert page.encrypt_note.text() == NO_KEYCHAIN_TEXT
