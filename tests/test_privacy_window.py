"""Privacy in the real window: the network indicator and panel, an empty ledger for a local
session, and the offline lock shown on the hosted route and downloads."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from app.core.network_ledger import LEDGER
from app.core.settings import Settings, save_settings
from app.ui.main_window import MainWindow
from app.ui.privacy_panel import NetworkActivityDialog
from tests.helpers.windows import send


def test_a_local_session_leaves_the_ledger_empty(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    s = Settings()
    s.generation.max_tokens = 8
    save_settings(s)
    LEDGER.new_session()
    window = make_window()
    assert send(qtbot, window, "Hello there.").state == "complete"
    window.select_conversation(window.conversation_id or -1)
    assert LEDGER.session_events() == []
    assert window.network_indicator.text() == "No network use this session"
    panel = window.network_indicator.open_panel()
    assert isinstance(panel, NetworkActivityDialog) and panel.objectName() == "networkActivity"
    panel.close()


def test_the_offline_lock_disables_the_hosted_route_and_downloads(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    s = Settings()
    s.privacy.offline_lock = True
    save_settings(s)
    window = make_window(wait_loaded=False)
    try:
        dialog = window.open_settings()
        assert not dialog.route_hosted.isEnabled()
        assert "Offline lock is on" in dialog.route_hosted.toolTip()
        dialog.privacy_page.offline_lock.click()  # switched off on the Privacy tab
        assert not window.settings.privacy.offline_lock
        assert dialog.route_hosted.isEnabled()
        dialog.privacy_page.offline_lock.click()  # and on again
        manager = window.open_model_manager()
        manager.refresh()
        assert not manager.download_button.isEnabled()
        assert "Offline lock is on" in manager.download_button.toolTip()
        dialog.reject()
    finally:
        window.settings_owner.change(privacy={"offline_lock": False})
