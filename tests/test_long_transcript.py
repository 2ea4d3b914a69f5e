"""A long conversation opens with only its tail built; scrolling up builds more, in place; a
search hit far back is built and shown; branches come from one query (the real window)."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from app.core import paths
from app.core.store import ConversationStore
from app.ui.chat_view import TAIL
from app.ui.main_window import MainWindow

TURNS = 150  # 300 messages


def fill(store: ConversationStore) -> int:
    conv = store.create_conversation("Long chat", "local")
    for i in range(TURNS):
        store.add_message(conv.id, "user", f"Question number {i}?")
        answer = store.begin_answer(conv.id, "local", "llama.cpp", "m.gguf")
        text = f"Answer {i}:\n\n```python\nx = {i}\n```"
        store.finish_answer(answer.id, text, "complete", None, finish_reason="stop")
    return conv.id


def test_store_reads_the_tail_of_a_branch_and_its_forks() -> None:
    store = ConversationStore(paths.database_path())
    try:
        conv_id = fill(store)
        everything = store.messages(conv_id)
        assert len(everything) == 2 * TURNS
        assert store.path(conv_id, last=7) == everything[-7:]
        assert store.path(conv_id, last=10_000) == everything
        assert store.forks(conv_id) == {}
        first_user = everything[0].id
        fork = store.fork_user_message(first_user, "Another first question")
        second_answer = store.begin_answer(conv_id, "local", "llama.cpp", "m.gguf",
                                           parent_id=everything[2].id)  # fmt: skip
        forks = store.forks(conv_id)
        for message_id in (first_user, fork, everything[3].id, second_answer.id):
            siblings = store.siblings(message_id)
            assert forks[message_id] == (siblings.index(message_id) + 1, len(siblings))
        assert len(forks) == 4
    finally:
        store.close()


def test_a_long_chat_opens_with_its_tail_and_builds_more_on_scroll(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    store = ConversationStore(paths.database_path())
    conv_id = fill(store)
    everything = [m.id for m in store.messages(conv_id)]
    store.close()
    window = make_window(wait_loaded=False)
    window.resize(900, 600)
    assert window.conversation_id == conv_id  # restored at start
    view = window.transcript
    assert view.message_ids() == everything[-TAIL:] and view.has_earlier
    assert "Show earlier messages" in view.toPlainText()
    assert "Question number 0?" not in view.toPlainText()

    # scrolling to the top builds twice as many, and what was at the top stays in view
    bar = view.verticalScrollBar()
    bar.setValue(bar.minimum())
    assert view.message_ids() == everything[-2 * TAIL :]
    assert bar.value() > bar.minimum()
    shown_top = view.cursorForPosition(view.viewport().rect().topLeft()).position()
    assert view.message_at(shown_top) in everything[-TAIL - 2 : -TAIL + 2]
    while view.has_earlier:
        bar.setValue(bar.minimum())
    assert view.message_ids() == everything
    assert "Show earlier messages" not in view.toPlainText()

    # reopening shows the tail again; a search hit far back is built and selected
    window.new_conversation()
    window.open_search_hit(conv_id, everything[4])
    assert everything[4] in view.message_ids() and view.selected_message_id == everything[4]
    assert view.message_ids()[-1] == everything[-1]
