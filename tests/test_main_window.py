"""The real MainWindow with the real starter model: streaming, stop, persistence, bad input."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from pytestqt.qtbot import QtBot

from app.core import paths
from app.core.chat import TurnResult
from app.core.instance import acquire_instance_lock
from app.core.settings import Settings, save_settings
from app.core.store import ConversationStore
from app.ui.main_window import MainWindow
from tests.helpers.endless import never_end
from tests.helpers.windows import ANSWER_TIMEOUT_MS, LOAD_TIMEOUT_MS, send

ROOT = Path(__file__).resolve().parents[1]


def write_settings(max_tokens: int = 40, model_path: str = "") -> None:
    s = Settings()
    s.generation.temperature = 0.0
    s.generation.seed = 1
    s.generation.max_tokens = max_tokens
    s.local.model_path = model_path
    save_settings(s)


def test_widgets_carry_their_object_names(make_window: Callable[..., MainWindow]) -> None:
    window = make_window(wait_loaded=False)
    for name in (
        "composer",
        "sendButton",
        "stopButton",
        "transcript",
        "conversationList",
        "modelPicker",
    ):
        assert window.findChild(object, name) is not None, name
    window.shutdown()


def test_answer_streams_into_the_transcript(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    write_settings(max_tokens=60)
    window = make_window()
    assert "tiny demo model" in window.model_picker.currentText()
    seen: list[int] = []
    original = window.transcript.append_stream

    def spy(text: str) -> None:
        original(text)
        seen.append(len(window.transcript.streamed_text()))

    window.transcript.append_stream = spy  # type: ignore[method-assign]
    listed: list[str] = []  # the chat list as the answer ends (the model may retitle it later)
    window.answerFinished.connect(lambda _r: listed.append(window.conversation_list.item(0).text()))
    with qtbot.waitSignals(
        [
            window.session.worker.answerStarted,
            window.session.worker.textAvailable,
            window.answerFinished,
        ],
        order="simple",
        timeout=ANSWER_TIMEOUT_MS,
    ):
        window.composer.setPlainText("What is the capital of France?")
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stop_button.isEnabled() is False)
    assert len(seen) > 1 and seen == sorted(seen), "text appeared step by step"
    messages = window.store.messages(window.conversation_id or -1)
    assert [m.role for m in messages] == ["user", "assistant"]
    answer = messages[1]
    assert answer.state == "complete" and "Paris" in answer.content
    assert answer.route == "local" and answer.completion_tokens and answer.tokens_per_s
    shown = window.transcript.toPlainText()
    assert "What is the capital of France?" in shown and "Paris" in shown
    assert "tokens/s" in window.findChild(object, "statsLabel").text()
    assert window.conversation_list.count() == 1
    assert listed == ["What is the capital of France?"]


def test_enter_sends_and_shift_enter_adds_a_line(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    write_settings(max_tokens=8)
    window = make_window()
    qtbot.keyClicks(window.composer, "Hello")
    qtbot.keyClick(window.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(window.composer, "there")
    assert window.composer.toPlainText() == "Hello\nthere"
    with qtbot.waitSignal(window.answerFinished, timeout=ANSWER_TIMEOUT_MS):
        qtbot.keyClick(window.composer, Qt.Key.Key_Return)
    assert window.composer.toPlainText() == ""
    assert window.store.messages(window.conversation_id or -1)[0].content == "Hello\nthere"


def test_stop_keeps_the_partial_answer(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    write_settings(max_tokens=2000)
    window = make_window()
    never_end(window.session.worker.engine)  # type: ignore[arg-type]
    window.composer.setPlainText("Count from 1 to 300, one number per line.")
    with qtbot.waitSignal(window.answerFinished, timeout=ANSWER_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: len(window.transcript.streamed_text()) > 10, timeout=ANSWER_TIMEOUT_MS
        )
        assert window.stop_button.isEnabled()
        qtbot.mouseClick(window.stop_button, Qt.MouseButton.LeftButton)
    result: TurnResult = blocker.args[0]
    assert result.state == "interrupted" and result.usage is not None
    assert result.usage.completion_tokens < 2000
    stored = window.store.message(result.message_id)
    assert stored is not None and stored.state == "interrupted" and stored.content == result.text
    assert "Stopped." in window.transcript.toPlainText()
    assert window.send_button.isEnabled() and not window.stop_button.isEnabled()


def test_conversations_survive_a_restart(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    write_settings(max_tokens=20)
    first = make_window()
    result = send(qtbot, first, "Remember the word pineapple.")
    conversation_id = first.conversation_id
    first.close()
    second = make_window()
    assert second.conversation_list.count() == 1
    second.conversation_list.setCurrentRow(0)
    assert second.conversation_id == conversation_id
    shown = second.transcript.toPlainText()
    assert "Remember the word pineapple." in shown
    assert result.text.strip().splitlines()[0][:20] in shown


def test_rename_and_delete_conversations(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    write_settings(max_tokens=4)
    window = make_window()
    send(qtbot, window, "First chat")
    first = window.conversation_id
    window.new_conversation()
    send(qtbot, window, "Second chat")
    assert first is not None and window.conversation_list.count() == 2
    window.rename_conversation(first, "  Renamed   chat ")
    titles = {window.conversation_list.item(i).text() for i in range(2)}
    assert "Renamed chat" in titles and len(titles) == 2  # the other: its first words or the
    conv = window.store.conversation(first)  # model's title
    assert conv is not None and conv.title == "Renamed chat"
    window.delete_conversation(first)
    assert window.conversation_list.count() == 1
    assert window.store.messages(first) == []


def test_empty_message_is_not_sent(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    window.composer.setPlainText("   \n  ")
    qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    assert window.store.conversations() == []
    assert "Type a message first" in window.statusBar().currentMessage()


def test_huge_paste_gets_a_clear_message_and_loses_nothing(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    write_settings(max_tokens=8)
    window = make_window()
    huge = ("All work and no play makes Jack a dull boy. " * 24000)[:1_000_000]
    result = send(qtbot, window, huge)
    assert result.state == "error" and result.error and "too long" in result.error
    assert window.last_error is not None and "too long" in window.last_error
    stored = window.store.messages(window.conversation_id or -1)
    assert stored[0].content == huge, "the user's message is kept"
    assert send(qtbot, window, "Hi").state == "complete", "the app keeps working"


def test_model_deleted_from_disk_while_selected(
    qtbot: QtBot, make_window: Callable[..., MainWindow], starter_model: Path
) -> None:
    copy = paths.models_dir() / "doomed.gguf"
    shutil.copyfile(starter_model, copy)
    write_settings(max_tokens=8, model_path=str(copy))
    window = make_window()
    assert window.model_picker.currentData() == str(copy)
    copy.unlink()
    window.load_model(str(copy))
    qtbot.waitUntil(
        lambda: not window.loading and window.last_error is not None, timeout=LOAD_TIMEOUT_MS
    )
    assert "does not exist" in window.last_error
    assert window.model_picker.findData(str(copy)) == -1
    window.model_picker.setCurrentIndex(window.model_picker.findData(str(starter_model)))
    window.load_model(str(starter_model))
    qtbot.waitUntil(lambda: window.loaded_label is not None, timeout=LOAD_TIMEOUT_MS)
    assert send(qtbot, window, "Hello").state == "complete"


def test_importing_a_non_model_says_why(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window()
    loaded = window.loaded_label
    bad = tmp_path / "holiday.gguf"
    bad.write_bytes(b"\x89PNG not a model")
    window.import_model(str(bad))  # the header is read on a job thread, not the GUI thread
    qtbot.waitUntil(lambda: window.last_error is not None, timeout=LOAD_TIMEOUT_MS)
    assert "not a GGUF" in (window.last_error or "")
    assert window.loaded_label == loaded, "the loaded model is untouched"
    assert str(bad) not in window.settings.imported_models


def test_model_given_on_the_command_line_is_imported(
    make_window: Callable[..., MainWindow], starter_model: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere.gguf"
    shutil.copyfile(starter_model, elsewhere)
    window = make_window(model_path=str(elsewhere))
    assert window.model_picker.currentData() == str(elsewhere)
    assert str(elsewhere) in window.settings.imported_models


def test_loading_does_not_freeze_the_window(qtbot: QtBot, starter_model: Path) -> None:
    write_settings()
    window = MainWindow()
    qtbot.addWidget(window)
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()

    def beat() -> None:
        gaps.append(clock.restart())

    heart = QTimer()
    heart.timeout.connect(beat)
    heart.start(5)
    qtbot.waitUntil(lambda: window.loaded_label is not None, timeout=LOAD_TIMEOUT_MS)
    heart.stop()
    window.close()
    assert len(gaps) > 10 and max(gaps[1:]) < 2000  # generous: a busy machine delays timers


def test_local_chat_opens_no_network_socket(
    qtbot: QtBot, make_window: Callable[..., MainWindow], no_network: object
) -> None:
    write_settings(max_tokens=16)
    window = make_window()
    assert send(qtbot, window, "Hello, are you offline?").state == "complete"
    assert no_network.events == []  # type: ignore[attr-defined]


def test_second_instance_on_the_same_data_folder_is_refused(hearth_home: Path) -> None:
    lock = acquire_instance_lock()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "app"],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=ROOT,
            env={**os.environ, "HEARTH_HOME": str(hearth_home), "QT_QPA_PLATFORM": "offscreen"},
        )
    finally:
        lock.release()
    assert proc.returncode == 2
    assert "already running" in proc.stderr


def test_kill_during_streaming_keeps_the_saved_partial_answer(
    hearth_home: Path, starter_model: Path
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.stream_child", str(starter_model)],
        cwd=ROOT,
        env={**os.environ, "HEARTH_HOME": str(hearth_home)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    seen = ""
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and len(seen) < 20:
            time.sleep(0.2)
            seen = _partial_answer(paths.database_path())
        assert len(seen) >= 20, child.stderr.read() if child.poll() is not None else "too slow"
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
    store = ConversationStore(paths.database_path())
    try:
        assert store.recovered_interrupted == 1
        conv = store.conversations()[0]
        answer = store.messages(conv.id)[-1]
        assert answer.state == "interrupted"
        assert answer.content.startswith(seen) and len(answer.content) >= len(seen)
    finally:
        store.close()


def _partial_answer(db: Path) -> str:
    if not db.exists():
        return ""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        row = con.execute(
            "SELECT content FROM messages WHERE role='assistant' AND state='streaming'"
        ).fetchone()
        return row[0] if row else ""
    except sqlite3.OperationalError:
        return ""
    finally:
        con.close()
