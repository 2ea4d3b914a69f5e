"""Settings for answers and local models: saved, applied to the loaded model, token in keychain."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core import secrets
from app.core.settings import load_settings
from app.ui.main_window import MainWindow

TOKEN = "hf_typed_in_settings_93c1"


def test_answer_and_local_settings_apply_and_token_goes_to_keychain(
    qtbot: QtBot, hearth_home: Path
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.loaded_label is not None, timeout=120_000)
    dialog = window.open_settings()
    dialog.system_prompt_edit.setPlainText("Answer like a pirate.")
    dialog.temperature.setValue(0.3)
    dialog.max_tokens.setValue(77)
    dialog.top_p.setValue(0.8)
    dialog.seed.setValue(42)
    dialog.threads.setValue(1)
    dialog.hf_token_edit.setText(TOKEN)
    with qtbot.waitSignal(window.modelLoaded, timeout=120_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved, problem = load_settings()
    assert problem is None
    assert saved.generation.system_prompt == "Answer like a pirate."
    assert (saved.generation.temperature, saved.generation.max_tokens) == (0.3, 77)
    assert (saved.generation.top_p, saved.generation.seed) == (0.8, 42)
    assert saved.local.n_threads == 1 and window.settings.local.n_threads == 1
    assert window.session.worker.engine is not None
    assert window.session.worker.engine.n_threads == 1  # type: ignore[attr-defined]
    assert secrets.get_secret("huggingface_token") == (TOKEN, "keychain")
    for path in hearth_home.rglob("*"):
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes(), path
    window.close()


def test_the_hugging_face_token_can_be_forgotten(qtbot: QtBot) -> None:
    from app.core.settings import Settings, save_settings
    from app.ui.settings_dialog import SettingsDialog

    secrets.set_secret("huggingface_token", TOKEN)
    from app.ui.settings_owner import SettingsOwner

    save_settings(Settings())
    dialog = SettingsDialog(SettingsOwner())
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.keychainRead, timeout=30_000).wait()
    assert dialog.forget_hf_token_button.isEnabled()
    qtbot.mouseClick(dialog.forget_hf_token_button, Qt.MouseButton.LeftButton)
    assert secrets.stored_secret("huggingface_token") is None
    assert not dialog.forget_hf_token_button.isEnabled()
