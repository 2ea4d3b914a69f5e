"""The settings dialog: route, provider, keys through the keychain, threaded checks, prices."""

from __future__ import annotations

import socket
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.core import secrets
from app.core.costs import price_key
from app.core.engines.hosted import ConnectionReport
from app.core.settings import Settings, load_settings, save_settings
from app.ui.settings_dialog import SettingsDialog
from app.ui.settings_owner import SettingsOwner
from app.ui.workers import running_threads
from tests.helpers.fault_server import FaultServer

KEY = "sk-typed-in-dialog-5e8d2b"


def make_dialog(qtbot: QtBot, settings: Settings | None = None) -> SettingsDialog:
    """A dialog over the settings owner of ``settings`` (saved first), keychain status read."""
    save_settings(settings or Settings())
    dialog = SettingsDialog(SettingsOwner())
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.keychainRead, timeout=30_000):
        dialog.show()
    return dialog


def choose_provider(dialog: SettingsDialog, provider: str) -> None:
    dialog.provider_combo.setCurrentIndex(dialog.provider_combo.findData(provider))


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_route_defaults_to_local_and_hosted_fields_follow(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    assert dialog.objectName() == "settingsDialog"
    assert dialog.route_local.isChecked() and not dialog.hosted_box.isEnabled()
    click(qtbot, dialog.route_hosted)
    assert dialog.hosted_box.isEnabled()
    assert dialog.model_combo.currentText() == Settings().hosted.models["openai"]
    assert not dialog.base_url_edit.isEnabled()
    choose_provider(dialog, "openai_compatible")
    assert dialog.base_url_edit.isEnabled() and dialog.model_combo.currentText() == ""
    dialog.model_combo.setEditText("my-local-llama")
    choose_provider(dialog, "anthropic")
    assert dialog.model_combo.currentText() == Settings().hosted.models["anthropic"]
    choose_provider(dialog, "openai_compatible")
    assert dialog.model_combo.currentText() == "my-local-llama"  # kept per provider


def test_save_puts_the_key_in_the_keychain_only(qtbot: QtBot, hearth_home: Path) -> None:
    dialog = make_dialog(qtbot)
    click(qtbot, dialog.route_hosted)
    choose_provider(dialog, "anthropic")
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(dialog.key_edit, KEY)
    dialog.prompt_price.setValue(0.8)
    dialog.completion_price.setValue(4.0)
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.save_button)
    assert secrets.stored_secret("anthropic_api_key") == KEY
    saved, problem = load_settings()
    assert problem is None and saved.route == "hosted" and saved.hosted.provider == "anthropic"
    model = saved.hosted.models["anthropic"]
    assert saved.hosted.prices == {price_key("anthropic", model): [0.8, 4.0]}
    for path in hearth_home.rglob("*"):
        if path.is_file():
            assert KEY.encode() not in path.read_bytes(), path
    # opened again: the key is not shown, only that one is stored, masked
    again = make_dialog(qtbot, saved)
    assert again.key_edit.text() == ""
    assert again.key_edit.placeholderText().endswith(f"{KEY[-4:]})")
    assert KEY not in again.key_edit.placeholderText()
    click(qtbot, again.forget_key_button)
    assert secrets.stored_secret("anthropic_api_key") is None


def test_without_a_keychain_it_offers_the_environment_variable(
    qtbot: QtBot, hearth_home: Path
) -> None:
    keyring.set_keyring(fail.Keyring())
    dialog = make_dialog(qtbot)
    click(qtbot, dialog.route_hosted)
    assert not dialog.key_edit.isEnabled()
    status = dialog.key_status.text()
    assert "No system keychain" in status and "OPENAI_API_KEY" in status
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.save_button)
    assert load_settings()[0].route == "hosted"
    assert not (hearth_home / "secrets").exists()
    assert sorted(p.name for p in hearth_home.iterdir() if p.is_file()) == ["settings.json"]


def test_plain_http_to_another_machine_is_refused(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    click(qtbot, dialog.route_hosted)
    choose_provider(dialog, "openai_compatible")
    dialog.base_url_edit.setText("http://192.168.1.20:8000/v1")
    dialog.model_combo.setEditText("llama")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and dialog.result() == 0
    assert "over plain http" in dialog.error_label.text()
    assert load_settings()[0].route == "local"


def test_test_connection_runs_off_the_gui_thread(qtbot: QtBot) -> None:
    with FaultServer(api_key=KEY, models=["served-a", "served-b"]) as server:
        dialog = make_dialog(qtbot)
        click(qtbot, dialog.route_hosted)
        choose_provider(dialog, "openai_compatible")
        dialog.base_url_edit.setText(server.base_url)
        dialog.model_combo.setEditText("served-b")
        qtbot.keyClicks(dialog.key_edit, KEY)  # typed, not saved yet: the check still uses it
        with qtbot.waitSignal(dialog.connectionTested, timeout=120_000) as blocker:
            click(qtbot, dialog.test_button)
            assert dialog.checking and not dialog.test_button.isEnabled()
        report = blocker.args[0]
        assert isinstance(report, ConnectionReport) and report.ok and report.key_ok
        assert "Connection works." in dialog.report_view.toPlainText()
        assert [dialog.model_combo.itemText(i) for i in range(2)] == ["served-a", "served-b"]
        qtbot.waitUntil(lambda: not dialog.checking, timeout=60_000)  # catches a hang
        assert dialog.test_button.isEnabled()

        dialog.key_edit.setText("sk-wrong")
        with qtbot.waitSignal(dialog.connectionTested, timeout=120_000) as blocker:
            click(qtbot, dialog.test_button)
        assert not blocker.args[0].ok
        assert "rejected the API key" in dialog.report_view.toPlainText()
        qtbot.waitUntil(lambda: not dialog.checking, timeout=60_000)  # catches a hang


def test_list_models_fills_the_combo_and_reports_failures(qtbot: QtBot) -> None:
    with FaultServer(models=["m-small", "m-large"]) as server:
        dialog = make_dialog(qtbot)
        click(qtbot, dialog.route_hosted)
        choose_provider(dialog, "openai_compatible")
        dialog.base_url_edit.setText(server.base_url)
        with qtbot.waitSignal(dialog.modelsListed, timeout=120_000) as blocker:
            click(qtbot, dialog.list_models_button)
        assert blocker.args[0] == ["m-large", "m-small"]
        assert dialog.model_combo.count() == 2
        qtbot.waitUntil(lambda: not dialog.checking, timeout=60_000)  # catches a hang
    dialog.base_url_edit.setText("http://example.com/v1")
    click(qtbot, dialog.list_models_button)
    qtbot.waitUntil(lambda: not dialog.checking, timeout=60_000)  # catches a hang
    assert "over plain http" in dialog.report_view.toPlainText()


@pytest.mark.parametrize("provider", ["openai", "anthropic"])
def test_closing_waits_for_a_quick_check(qtbot: QtBot, provider: str) -> None:
    dialog = make_dialog(qtbot)
    click(qtbot, dialog.route_hosted)
    choose_provider(dialog, provider)
    click(qtbot, dialog.test_button)  # no key anywhere: the check ends at once with a message
    dialog.reject()
    assert not dialog.checking
    qtbot.waitUntil(lambda: "No API key" in dialog.report_view.toPlainText())


def test_closing_during_a_slow_check_detaches_it_instead_of_freezing(qtbot: QtBot) -> None:
    with socket.socket() as silent:  # accepts connections and never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        dialog = make_dialog(qtbot)
        click(qtbot, dialog.route_hosted)
        choose_provider(dialog, "openai_compatible")
        dialog.base_url_edit.setText(f"http://127.0.0.1:{silent.getsockname()[1]}/v1")
        dialog.model_combo.setEditText("some-model")
        dialog.connect_timeout.setValue(1)
        dialog.chunk_timeout.setValue(3)
        click(qtbot, dialog.test_button)
        assert dialog.checking
        dialog.reject()  # waits briefly, then lets the check go on without the dialog
        assert not dialog.checking and not dialog.isVisible()
        assert "hearth-settings-check" in running_threads(), "the check was detached, not ended"
        qtbot.waitUntil(lambda: "hearth-settings-check" not in running_threads(), timeout=60_000)
    qtbot.wait(50)  # let a (wrongly) delivered result arrive
    assert dialog.report_view.toPlainText() == "Testing the connection…"
