"""The hosted route through the real window: settings, the banner, confirmation, badge, usage.

The hosted peer is llama-cpp-python's own OpenAI-compatible server on 127.0.0.1; the local route
runs the same starter model in-process.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.settings import Settings, save_settings
from app.core.store import ConversationStore
from app.ui.hosted_route import ConversationInfoDialog
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from tests.helpers.llama_server import LlamaServer
from tests.helpers.windows import LOAD_TIMEOUT_MS, send


class _Connects:
    def __init__(self) -> None:
        self.on = False
        self.seen: set[tuple[str, int]] = set()

    def __call__(self, event: str, args: tuple[object, ...]) -> None:
        if self.on and event == "socket.connect" and isinstance(args[1], tuple):
            self.seen.add((str(args[1][0]), int(args[1][1])))  # type: ignore[call-overload]


_CONNECTS = _Connects()
sys.addaudithook(_CONNECTS)


def write_settings(route: str = "local", server: LlamaServer | None = None) -> Settings:
    s = Settings(route=route)  # type: ignore[arg-type]
    s.generation.temperature = 0.0
    s.generation.seed = 3
    s.generation.max_tokens = 12
    if server is not None:
        s.hosted.provider = "openai_compatible"
        s.hosted.base_url = server.base_url
        s.hosted.models["openai_compatible"] = server.model
    save_settings(s)
    return s


def trigger(window: MainWindow, action_name: str) -> None:
    action = window.findChild(QAction, action_name)
    assert action is not None, action_name
    action.trigger()


class ConfirmAnswerer:
    """Answers the history confirmation when it appears (it runs its own event loop)."""

    def __init__(self, accept: bool) -> None:
        self.accept = accept
        self.texts: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "historyConfirm":
            self.texts.append(box.text())
            if self.accept:
                role = QMessageBox.ButtonRole.AcceptRole
                next(b for b in box.buttons() if box.buttonRole(b) == role).click()
            else:
                box.button(QMessageBox.StandardButton.Cancel).click()

    def stop(self) -> None:
        self.timer.stop()


def test_switch_to_hosted_in_settings_chat_and_see_the_badge(
    qtbot: QtBot, make_window: Callable[..., MainWindow], llama_server: LlamaServer
) -> None:
    write_settings("local")
    window = make_window()
    local_label = window.loaded_label
    assert window.route_banner.isHidden()
    local = send(qtbot, window, "Say hello.")
    assert local.state == "complete" and local.text
    assert window.context_meter.isVisible()  # the local model's context is known
    conversation_id = window.conversation_id
    assert conversation_id is not None

    # Settings… → Hosted, an OpenAI-compatible server on this machine, with a price
    trigger(window, "settingsAction")
    dialog = window.findChild(SettingsDialog, "settingsDialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.route_hosted, Qt.MouseButton.LeftButton)
    dialog.provider_combo.setCurrentIndex(dialog.provider_combo.findData("openai_compatible"))
    dialog.base_url_edit.setText(llama_server.base_url)
    dialog.model_combo.setEditText(llama_server.model)
    dialog.prompt_price.setValue(2.0)
    dialog.completion_price.setValue(8.0)
    with qtbot.waitSignal(window.modelLoaded, timeout=LOAD_TIMEOUT_MS) as loaded:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert llama_server.model in loaded.args[0]
    host = f"127.0.0.1:{llama_server.port}"
    assert window.route_banner.isVisible()
    assert window.route_banner.text() == (
        f"Hosted: {host} · {llama_server.model} — messages leave this machine"
    )
    assert not window.model_picker.isEnabled()

    # the first hosted send of a chat with local history asks first
    answerer = ConfirmAnswerer(accept=True)
    _CONNECTS.seen.clear()
    _CONNECTS.on = True
    try:
        hosted = send(qtbot, window, "Say hello again.")
        again = send(qtbot, window, "And once more.")
    finally:
        _CONNECTS.on = False
        answerer.stop()
    assert answerer.texts == [f"2 earlier messages will be sent to {host}."]
    assert _CONNECTS.seen == {("127.0.0.1", llama_server.port)}
    assert hosted.state == again.state == "complete" and hosted.text and again.text
    assert window.context_meter.isHidden()  # a hosted model's context is not known

    stored = window.store.messages(conversation_id)
    answers = [m for m in stored if m.role == "assistant"]
    assert [(m.route, m.provider) for m in answers] == [
        ("local", "llama.cpp"),
        ("hosted", "openai_compatible"),
        ("hosted", "openai_compatible"),
    ]
    assert answers[1].model == llama_server.model and answers[1].completion_tokens
    conv = window.store.conversation(conversation_id)
    assert conv is not None and conv.route == "hosted"
    transcript = window.transcript.toPlainText()
    assert f"HOSTED · OpenAI-compatible server · {llama_server.model}" in transcript
    assert "openai_compatible" not in transcript  # the UI shows labels, never ids
    assert transcript.count("HOSTED") == 2

    # conversation info: totals per route and an estimate from the user's prices
    trigger(window, "conversationInfoAction")
    info = window.findChild(ConversationInfoDialog, "conversationInfo")
    assert info is not None
    summary = info.summary.text()
    tokens = sum(m.completion_tokens or 0 for m in answers[1:])
    assert f"Hosted · OpenAI-compatible server · {llama_server.model}: 2 answer(s)" in summary
    assert f"+ {tokens:,} completion tokens, about $" in summary
    assert "Local · " in summary and "no charge" in summary
    expected = sum(
        (m.prompt_tokens or 0) * 2.0 + (m.completion_tokens or 0) * 8.0 for m in answers[1:]
    )
    assert f"Estimated hosted cost: ${expected / 1e6:.4f}" in summary
    info.close()

    # back to Local: the banner goes, the local model comes back
    trigger(window, "settingsAction")
    dialog = window.findChildren(SettingsDialog)[-1]
    qtbot.mouseClick(dialog.route_local, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.modelLoaded, timeout=LOAD_TIMEOUT_MS) as loaded:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert loaded.args[0] == local_label
    assert window.route_banner.isHidden() and window.model_picker.isEnabled()


def test_declined_confirmation_sends_nothing(
    qtbot: QtBot, make_window: Callable[..., MainWindow], llama_server: LlamaServer
) -> None:
    from app.core import paths

    store = ConversationStore(paths.database_path())
    conv = store.create_conversation("Private notes", route="local")
    store.add_message(conv.id, "user", "my private question")
    answer = store.begin_answer(conv.id, "local", "llama.cpp", "smol.gguf")
    store.finish_answer(answer.id, "a local answer", "complete")
    store.close()
    write_settings("hosted", llama_server)

    window = make_window()
    assert window.route_banner.isVisible() and "messages leave this machine" in (
        window.route_banner.text()
    )
    window.select_conversation(conv.id)
    answerer = ConfirmAnswerer(accept=False)
    try:
        window.composer.setPlainText("and a new question")
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(answerer.texts))
    finally:
        answerer.stop()
    host = f"127.0.0.1:{llama_server.port}"
    assert answerer.texts == [f"2 earlier messages will be sent to {host}."]
    assert [m.content for m in window.store.messages(conv.id)] == [
        "my private question",
        "a local answer",
    ]
    assert window.composer.toPlainText() == "and a new question"
    unchanged = window.store.conversation(conv.id)
    assert unchanged is not None and unchanged.route == "local"
    assert not window.busy

    # a new chat has no history to give away: no question, straight to the hosted model
    window.new_conversation()
    result = send(qtbot, window, "Hello hosted model")
    assert result.state == "complete"
    stored = window.store.message(result.message_id)
    assert stored is not None and stored.route == "hosted"
    conv_now = window.store.conversation(window.conversation_id or -1)
    assert conv_now is not None and conv_now.route == "hosted"


def test_saving_settings_again_rebuilds_the_hosted_engine(
    qtbot: QtBot, make_window: Callable[..., MainWindow], llama_server: LlamaServer
) -> None:
    """A new key lives in the keychain, not in settings: saving must still make a new engine."""
    write_settings("hosted", llama_server)
    window = make_window()
    dialog = window.open_settings()
    qtbot.keyClicks(dialog.key_edit, "sk-new-key-for-the-server")
    with qtbot.waitSignal(window.modelLoaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert window.route_banner.isVisible()
    result = send(qtbot, window, "Hi")
    assert result.state == "complete"
