"""The conversation store: SQLite in WAL mode, answers saved as they grow, crashes recovered."""

from __future__ import annotations

from pathlib import Path

from app.core.engines.base import Usage
from app.core.store import ConversationStore


def test_conversations_and_messages(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "db.sqlite3")
    a = store.create_conversation("First")
    b = store.create_conversation("Second")
    store.add_message(a.id, "user", "hello")
    answer = store.begin_answer(a.id, "local", "llama.cpp", "m.gguf")
    store.update_answer(answer.id, "hi th")
    store.finish_answer(
        answer.id,
        "hi there",
        "complete",
        Usage(prompt_tokens=5, completion_tokens=3, time_to_first_token_s=0.1, total_s=0.3),
    )
    store.rename_conversation(b.id, "Renamed")
    assert [c.title for c in store.conversations()] == ["First", "Renamed"]
    msgs = store.messages(a.id)
    assert [(m.role, m.content, m.state) for m in msgs] == [
        ("user", "hello", "complete"),
        ("assistant", "hi there", "complete"),
    ]
    saved = msgs[1]
    assert (saved.route, saved.provider, saved.model) == ("local", "llama.cpp", "m.gguf")
    assert (saved.prompt_tokens, saved.completion_tokens) == (5, 3)
    assert saved.ttft_s == 0.1 and saved.tokens_per_s == 10.0
    store.delete_conversation(a.id)
    assert store.messages(a.id) == []
    assert [c.id for c in store.conversations()] == [b.id]
    store.close()


def test_wal_mode(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "db.sqlite3")
    assert store._query("PRAGMA journal_mode")[0][0] == "wal"
    store.close()


def test_streaming_answer_left_behind_is_marked_interrupted(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    store = ConversationStore(path)
    conv = store.create_conversation()
    answer = store.begin_answer(conv.id, "local", "llama.cpp", "m.gguf")
    store.update_answer(answer.id, "partial text")
    store.close()  # as if the process died here
    reopened = ConversationStore(path)
    assert reopened.recovered_interrupted == 1
    m = reopened.message(answer.id)
    assert m is not None and (m.content, m.state) == ("partial text", "interrupted")
    reopened.close()


def test_route_totals(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "db.sqlite3")
    conv = store.create_conversation()
    for route, provider, n in (("local", "llama.cpp", 3), ("hosted", "openai", 7)):
        a = store.begin_answer(conv.id, route, provider, "m")
        store.finish_answer(a.id, "x", "complete", Usage(prompt_tokens=n, completion_tokens=n))
    totals = {t.route: (t.prompt_tokens, t.completion_tokens) for t in store.route_totals(conv.id)}
    assert totals == {"local": (3, 3), "hosted": (7, 7)}
    store.close()
