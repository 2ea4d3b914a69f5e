"""Per-chat settings and presets, the context meter, "Reading N tokens…" and the model's title,
in the real window on the real starter model."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from app.core.engines.base import ChatMessage, Delta, GenerationParams, Prefill
from app.core.engines.local import LocalEngine
from app.core.settings import Settings, save_settings
from app.core.store import GenerationOverrides
from app.core.titles import TITLE_PARAMS, TITLE_REQUEST, clean_title, title_wanted
from app.ui.chat_settings import ChatSettingsDialog
from app.ui.main_window import MainWindow
from tests.helpers.windows import ANSWER_TIMEOUT_MS, send

Calls = list[tuple[list[ChatMessage], GenerationParams]]


@pytest.fixture
def engine_calls(monkeypatch: pytest.MonkeyPatch) -> Calls:
    """What every call of the real local engine was asked (the real engine still answers)."""
    calls: Calls = []
    real = LocalEngine.stream

    def stream(
        self: LocalEngine,
        messages: list[ChatMessage],
        params: GenerationParams,
        stop: threading.Event,
    ) -> Iterator[Delta]:
        calls.append((list(messages), params))
        return real(self, messages, params, stop)

    monkeypatch.setattr(LocalEngine, "stream", stream)
    return calls


def write_settings(max_tokens: int) -> None:
    s = Settings()
    s.generation.temperature = 0.7
    s.generation.seed = -1
    s.generation.max_tokens = max_tokens
    s.generation.system_prompt = "You are a helpful assistant."
    save_settings(s)


def open_dialog(window: MainWindow) -> ChatSettingsDialog:
    action = window.findChild(QAction, "chatSettingsAction")
    assert isinstance(action, QAction)
    action.trigger()
    dialog = window.findChild(ChatSettingsDialog, "chatSettingsDialog")
    assert isinstance(dialog, ChatSettingsDialog) and dialog.isVisible()
    return dialog


def answers(calls: Calls) -> Calls:
    """The engine calls that answered the user (not title proposals)."""
    return [c for c in calls if c[0][-1].content != TITLE_REQUEST]


def test_chat_settings_change_the_engine_call_and_survive_a_restart(
    qtbot: QtBot, make_window: Callable[..., MainWindow], engine_calls: Calls
) -> None:
    write_settings(max_tokens=40)
    window = make_window()
    dialog = open_dialog(window)  # no chat open: OK makes one with these settings
    assert window.conversation_id is None
    # unticked values show the global defaults
    assert not dialog.own["max_tokens"].isChecked() and dialog.max_tokens.value() == 40
    dialog.set_value("system_prompt", "You answer like a pirate.")
    dialog.set_value("temperature", 0.0)
    dialog.set_value("max_tokens", 3)
    dialog.set_value("seed", 7)
    dialog.accept()
    assert not dialog.isVisible()
    conversation_id = window.conversation_id
    assert conversation_id is not None

    result = send(qtbot, window, "Say hello.")
    messages, params = answers(engine_calls)[-1]
    assert params == GenerationParams(temperature=0.0, top_p=0.95, max_tokens=3, seed=7)
    assert messages[0] == ChatMessage("system", "You answer like a pirate.")
    assert result.usage is not None and result.usage.completion_tokens == 3
    assert result.finish_reason == "length"

    # another chat keeps the global settings
    window.new_conversation()
    send(qtbot, window, "Say hi.")
    messages, params = answers(engine_calls)[-1]
    assert params.max_tokens == 40 and params.seed == -1 and params.temperature == 0.7
    assert messages[0] == ChatMessage("system", "You are a helpful assistant.")
    window.close()

    again = make_window()
    expected = GenerationOverrides("You answer like a pirate.", 0.0, None, 3, 7)
    assert again.store.conversation_settings(conversation_id) == expected
    again.select_conversation(conversation_id)
    dialog = open_dialog(again)
    assert dialog.overrides() == expected
    assert dialog.own["max_tokens"].isChecked() and dialog.max_tokens.value() == 3
    assert not dialog.own["top_p"].isChecked()
    dialog.reject()


def test_presets_apply_save_and_delete(
    qtbot: QtBot, make_window: Callable[..., MainWindow], engine_calls: Calls
) -> None:
    write_settings(max_tokens=4)
    window = make_window()
    dialog = open_dialog(window)
    assert [dialog.preset_box.itemText(i) for i in range(dialog.preset_box.count())] == [
        "Creative",
        "Precise",
    ]
    dialog.preset_box.setCurrentText("Precise")
    assert not dialog.delete_preset_button.isEnabled()  # Hearth's own cannot be deleted
    dialog.apply_preset_button.click()
    assert dialog.overrides() == GenerationOverrides(temperature=0.2, top_p=0.9)
    dialog.set_value("seed", 42)
    assert dialog.save_preset("Mine")
    assert dialog.preset_name() == "Mine" and dialog.delete_preset_button.isEnabled()
    assert not dialog.save_preset("Precise")  # refused, and said why
    assert "Hearth's presets" in dialog.problem.text()
    dialog.accept()
    send(qtbot, window, "Hi.")
    assert answers(engine_calls)[-1][1] == GenerationParams(0.2, 0.9, 4, 42)

    window.new_conversation()
    dialog = open_dialog(window)
    dialog.preset_box.setCurrentText("Mine")
    dialog.apply_preset_button.click()
    assert dialog.overrides() == GenerationOverrides(temperature=0.2, top_p=0.9, seed=42)
    assert dialog.delete_preset("Mine")
    assert "Mine" not in [p.name for p in window.store.presets()]
    chats = len(window.store.conversations())
    dialog.reject()
    assert window.conversation_id is None and len(window.store.conversations()) == chats


def test_context_meter_and_reading_progress_follow_the_chat(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    write_settings(max_tokens=6)
    window = make_window()
    size = window.session.state.context_size
    assert size > 0
    meter = window.context_meter
    assert meter.isVisible() and meter.used == 0 and meter.context_size == size

    read: list[tuple[Prefill, str]] = []
    window.session.promptRead.connect(  # after the window's own slot: what the view shows
        lambda _cid, p: read.append((p, window.transcript.toPlainText()))
    )
    result = send(qtbot, window, "Name three colours.")
    assert result.usage is not None
    prompt = result.usage.prompt_tokens
    assert read, "the local engine reports how far it read the prompt"
    first, shown = read[0]
    assert first.total == prompt and first.done == first.cached
    assert f"Reading {first.to_read:,} tokens…" in shown
    assert [p.done for p, _ in read] == sorted(p.done for p, _ in read)
    assert "Reading the conversation" not in shown
    used = prompt + result.usage.completion_tokens
    assert (meter.used, meter.context_size) == (used, size)
    assert meter.label.text() == f"{used:,} / {size:,} tokens"
    first_chat = window.conversation_id
    assert first_chat is not None

    window.new_conversation()
    assert meter.used == 0
    window.select_conversation(first_chat)
    assert meter.used == used


def test_the_model_titles_a_local_chat_unless_the_user_renamed_it(
    qtbot: QtBot, make_window: Callable[..., MainWindow], engine_calls: Calls
) -> None:
    s = Settings()
    s.generation.temperature, s.generation.seed, s.generation.max_tokens = 0.0, 1, 8
    save_settings(s)  # greedy answers: the same proposal on every run of this llama.cpp build
    window = make_window()
    with qtbot.waitSignal(window.session.titleProposed, timeout=ANSWER_TIMEOUT_MS) as titled:
        send(qtbot, window, "Plan a weekend trip to Paris.")
    conversation_id, title, applied = titled.args
    assert conversation_id == window.conversation_id
    assert applied and title == "Paris: A Seat of the Mind"  # the starter model's idea of one
    conv = window.store.conversation(conversation_id)
    assert conv is not None and conv.title == title
    # a short, greedy, bounded completion that follows the chat's own history
    messages, params = engine_calls[-1]
    assert params == TITLE_PARAMS and messages[-1].content == TITLE_REQUEST
    assert messages[1].content == "Plan a weekend trip to Paris."
    # only after the first answer
    send(qtbot, window, "And cake?")
    assert title_wanted(window.store, conversation_id) is None

    window.new_conversation()
    window.answerStarted.connect(  # the user renames the chat while its first answer streams
        lambda cid: window.store.rename_conversation(cid, "Mine")
    )
    count = len(engine_calls)
    send(qtbot, window, "Tell me about whales.")
    renamed = window.conversation_id
    assert renamed is not None and title_wanted(window.store, renamed) is None
    conv = window.store.conversation(renamed)
    assert conv is not None and conv.title == "Mine"
    assert len(engine_calls) == count + 1  # the answer only: no title was asked for


def test_title_rules() -> None:
    """The store never replaces a title the user chose; hosted chats are never titled by a
    model; the model's proposal is cleaned up."""
    from app.core import paths
    from app.core.store import ConversationStore

    store = ConversationStore(paths.database_path())
    try:
        local = store.create_conversation("Bake bread", "local")
        user = store.add_message(local.id, "user", "Bake bread")
        answer = store.begin_answer(local.id, "local", "llama.cpp", "m")
        store.finish_answer(answer.id, "Mix flour.", "complete", None, finish_reason="stop")
        assert title_wanted(store, local.id) == "Bake bread"
        store.rename_conversation(local.id, "Mine")
        assert title_wanted(store, local.id) is None
        assert not store.retitle_conversation(local.id, "Bake bread", "Bread basics")
        assert store.conversation(local.id).title == "Mine"  # type: ignore[union-attr]
        assert store.retitle_conversation(local.id, "Mine", "Bread basics")
        hosted = store.create_conversation("Bake bread", "hosted")
        store.add_message(hosted.id, "user", "Bake bread")
        answer = store.begin_answer(hosted.id, "hosted", "openai", "m")
        store.finish_answer(answer.id, "Mix flour.", "complete", None, finish_reason="stop")
        assert title_wanted(store, hosted.id) is None
        assert user.content == "Bake bread"
    finally:
        store.close()
    assert clean_title('Title: "Baking Bread at Home."\nMore text') == "Baking Bread at Home"
    assert clean_title("## **Whales**") == "Whales"
    assert clean_title("  \n ") is None
    assert clean_title('Here\'s a short title for the conversation:\n\n"Python basics"') == (
        "Python basics"
    )
    # a sentence is not a title, nor is a proposal the token limit cut off
    assert clean_title("A well-crafted cup of tea is a delightful treat that can elevate") is None
    assert clean_title("Green tea tips", complete=False) is None
    assert clean_title("Green tea tips\n\nAnd more", complete=False) == "Green tea tips"
    long = "Extraordinarily comprehensive understanding of thermodynamical considerations"
    assert clean_title(long) == "Extraordinarily comprehensive understanding of…"


def test_the_reading_line_says_how_far_until_the_first_words(qtbot: QtBot) -> None:
    from app.ui.chat_view import READING, TranscriptView

    view = TranscriptView()
    qtbot.addWidget(view)
    view.begin_stream("Assistant", "local", 1)
    assert READING in view.toPlainText()
    view.show_reading(Prefill(total=1300, done=66, cached=66))
    assert "Reading 1,234 tokens…" in view.toPlainText() and "%" not in view.toPlainText()
    view.show_reading(Prefill(total=1300, done=66 + 500, cached=66))
    assert "Reading 1,234 tokens… 41%" in view.toPlainText()
    view.append_stream("Hello")
    view.show_reading(Prefill(total=1300, done=1299, cached=66))  # late: the words are there
    assert "Reading" not in view.toPlainText() and view.toPlainText().endswith("Hello")
    view.end_stream("Hello")

    view.begin_stream("Assistant", "local", 2)
    view.show_reading(Prefill(total=40, done=39, cached=39))  # all but in the cache
    assert READING in view.toPlainText()
