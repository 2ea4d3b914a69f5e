"""The window stays usable and honest when things go wrong around an answer."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.core import paths
from app.core.chat import TurnResult
from app.core.engines.base import ChatMessage, Delta, GenerationParams
from app.core.settings import Settings, save_settings
from app.core.store import ConversationStore
from app.ui.main_window import MainWindow
from app.ui.workers import ChatWorker
from tests.helpers.windows import send


class _HostedStandIn:
    """An engine that says it is hosted; it must never be asked to answer a local chat."""

    route = "hosted"
    provider = "openai"
    model = "gpt-test"
    label = "gpt-test (hosted)"
    asked = 0

    def stream(
        self, messages: list[ChatMessage], params: GenerationParams, stop: threading.Event
    ) -> Iterator[Delta]:
        self.asked += 1
        yield Delta(text="from the cloud")

    def close(self) -> None:
        pass


def test_an_engine_of_another_route_never_answers(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "db.sqlite3")
    worker = ChatWorker(store)
    engine = _HostedStandIn()
    worker.load("hosted", lambda: engine)
    conv = store.create_conversation()
    store.add_message(conv.id, "user", "private question")
    results: list[TurnResult] = []
    worker.answerFinished.connect(lambda _cid, result: results.append(result))
    worker.answer(conv.id, GenerationParams(), "", threading.Event(), "local")
    assert engine.asked == 0
    assert results[0].state == "error" and "Nothing was sent" in (results[0].error or "")
    assert [m.role for m in store.messages(conv.id)] == ["user"]
    worker.answer(conv.id, GenerationParams(), "", threading.Event(), "hosted")
    assert engine.asked == 1 and results[1].text == "from the cloud"
    store.close()


def test_send_during_a_load_that_fails_leaves_the_window_usable(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    broken = paths.models_dir() / "broken.gguf"
    broken.write_bytes(b"GGUF" + b"\0" * 64)
    s = Settings()
    s.local.model_path = str(broken)
    save_settings(s)
    window = make_window(wait_loaded=False)
    assert window.loading
    result = send(qtbot, window, "Hello?")
    assert result.state == "error" and "Nothing was sent" in (result.error or "")
    qtbot.waitUntil(lambda: not window.loading)
    assert not window.busy and window.send_button.isEnabled()
    assert window.last_error is not None


def test_notices_stay_in_the_transcript_after_the_answer(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    s = Settings()
    s.local.context_cap = 512
    s.generation.max_tokens = 16
    s.generation.temperature = 0.0
    save_settings(s)
    store = ConversationStore(paths.database_path())
    conv = store.create_conversation("Long chat")
    filler = "Tell me about the history of the printing press in great detail. " * 6
    for i in range(6):
        store.add_message(conv.id, "user", f"Question {i}: {filler}")
        store.add_message(conv.id, "assistant", f"Answer {i}: {filler}")
    store.close()
    window = make_window()
    window.select_conversation(conv.id)
    result = send(qtbot, window, "Say hello.")
    assert result.state == "complete"
    shown = window.transcript.toPlainText()
    assert "oldest messages of this chat" in shown
    assert shown.rindex("oldest messages") > shown.rindex("Say hello.")


def test_unloading_the_model_frees_it_and_sending_says_so(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    window.unload_model()
    qtbot.waitUntil(lambda: window.session.worker.engine is None)
    assert window.loaded_label is None
    window.composer.setPlainText("Anyone there?")
    window.send()
    assert window.last_error is not None and "No model is loaded" in window.last_error
    assert window.composer.toPlainText() == "Anyone there?", "the typed message is kept"
    window.load_model(window.model_picker.currentData())
    qtbot.waitUntil(lambda: window.loaded_label is not None, timeout=120_000)
    assert send(qtbot, window, "Hello").state == "complete"
