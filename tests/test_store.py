"""The conversation store: SQLite in WAL mode, answers saved as they grow, crashes recovered.

Broken files are real ones: random bytes, truncated copies, someone else's SQLite file, a folder,
a lock held by another connection, a database stamped by a newer Hearth.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from app.core import store as store_module
from app.core.engines.base import Usage
from app.core.store import (
    ConversationStore,
    StoreOpenError,
    StoreWriteError,
    set_aside_damaged,
)


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


# opening a file that is not what it should be ---------------------------------------------


def _hearth_db(path: Path) -> None:
    store = ConversationStore(path)
    conversation = store.create_conversation("Kept")
    for _ in range(200):  # several pages, so that a truncated copy loses real rows
        store.add_message(conversation.id, "user", "words " * 200)
    store.close()


def _open_problem(path: Path, busy_timeout_s: float = 5.0) -> StoreOpenError:
    with pytest.raises(StoreOpenError) as caught:
        ConversationStore(path, busy_timeout_s=busy_timeout_s)
    return caught.value


def test_random_bytes_are_a_damaged_database(tmp_path: Path) -> None:
    path = tmp_path / "hearth.sqlite3"
    path.write_bytes(random.Random(7).randbytes(64 * 1024))
    problem = _open_problem(path)
    assert problem.kind == "damaged"
    assert "damaged" in str(problem) and str(path) in str(problem)


@pytest.mark.parametrize("keep", [100, 3 * 4096, "half"])
def test_a_truncated_database_is_damaged(tmp_path: Path, keep: int | str) -> None:
    path = tmp_path / "hearth.sqlite3"
    _hearth_db(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 if keep == "half" else keep])
    assert _open_problem(path).kind == "damaged"


def test_damage_in_the_conversation_list_is_found_at_open(tmp_path: Path) -> None:
    path = tmp_path / "hearth.sqlite3"
    store = ConversationStore(path)
    for i in range(2000):  # many pages of conversations, no messages
        store.create_conversation(f"Conversation {i} " + "title " * 10)
    store.close()
    db = sqlite3.connect(path)  # a leaf page in the middle of the table (SQLite's dbstat)
    pages = [
        r[0]
        for r in db.execute("SELECT pageno FROM dbstat WHERE name='conversations' AND ncell > 0")
    ]
    db.close()
    with path.open("r+b") as file:  # that page, overwritten
        file.seek((pages[len(pages) // 2] - 1) * 4096)
        file.write(random.Random(3).randbytes(4096))
    assert _open_problem(path).kind == "damaged"


def test_a_foreign_database_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "hearth.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE accounts (owner TEXT, balance REAL)")
    db.commit()
    db.close()
    before = path.read_bytes()
    problem = _open_problem(path)
    assert problem.kind == "damaged"
    assert "not a Hearth conversations database" in str(problem) and "accounts" in str(problem)
    assert path.read_bytes() == before
    assert not path.with_name("hearth.sqlite3-wal").exists()


def test_a_table_of_ours_with_other_columns_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "hearth.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE conversations (id INTEGER PRIMARY KEY, name TEXT)")
    db.execute("PRAGMA user_version=1")
    db.commit()
    db.close()
    problem = _open_problem(path)
    assert problem.kind == "damaged" and "conversations table" in str(problem)


def test_a_folder_at_the_database_path_is_unusable(tmp_path: Path) -> None:
    path = tmp_path / "hearth.sqlite3"
    path.mkdir()
    problem = _open_problem(path)
    assert problem.kind == "unusable" and "folder" in str(problem)


def test_a_database_locked_by_another_program_says_so_and_opens_once_free(
    tmp_path: Path,
) -> None:
    path = tmp_path / "hearth.sqlite3"
    _hearth_db(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        problem = _open_problem(path, busy_timeout_s=0.2)
        assert problem.kind == "locked" and "another program" in str(problem)
    finally:
        other.execute("ROLLBACK")
        other.close()
    store = ConversationStore(path, busy_timeout_s=0.2)
    assert [c.title for c in store.conversations()] == ["Kept"]
    store.close()


def test_a_newer_database_is_refused_without_touching_it(tmp_path: Path) -> None:
    path = tmp_path / "hearth.sqlite3"
    _hearth_db(path)
    db = sqlite3.connect(path)
    db.execute("ALTER TABLE messages ADD COLUMN pinned INTEGER")  # what version 7 might add
    db.execute("PRAGMA user_version=7")
    db.commit()
    db.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    problem = _open_problem(path)
    assert problem.kind == "newer"
    assert "made by a newer Hearth (version 7)" in str(problem)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 7
    db.close()


def test_older_databases_are_migrated_in_one_transaction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "hearth.sqlite3"
    _hearth_db(path)

    current = store_module.SCHEMA_VERSION  # what _hearth_db wrote; the test adds the next one

    def next_version(db: sqlite3.Connection) -> None:
        db.execute("CREATE INDEX conversations_by_update ON conversations (updated)")

    def broken_next_version(db: sqlite3.Connection) -> None:
        next_version(db)
        db.execute("UPDATE no_such_table SET x=1")

    def indexes() -> set[str]:
        db = sqlite3.connect(path)
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            rows = db.execute("SELECT name FROM sqlite_master WHERE type='index'").fetchall()
            return {f"v{version}", *(r[0] for r in rows)}
        finally:
            db.close()

    monkeypatch.setattr(store_module, "SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(store_module._COLUMNS, current + 1, store_module._COLUMNS[current])
    monkeypatch.setitem(store_module.MIGRATIONS, current, broken_next_version)
    assert _open_problem(path).kind == "unusable"
    assert f"v{current}" in indexes() and "conversations_by_update" not in indexes()  # rolled back

    monkeypatch.setitem(store_module.MIGRATIONS, current, next_version)
    store = ConversationStore(path)
    assert [c.title for c in store.conversations()] == ["Kept"]
    store.close()
    assert {f"v{current + 1}", "conversations_by_update"} <= indexes()


def test_set_aside_keeps_the_file_with_its_write_ahead_log(tmp_path: Path) -> None:
    live = tmp_path / "live.sqlite3"
    writer = sqlite3.connect(live, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("CREATE TABLE notes (text TEXT)")
    writer.execute("INSERT INTO notes VALUES ('only in the log')")
    path = tmp_path / "hearth.sqlite3"
    for suffix in ("", "-wal"):  # a copy whose last commit lives only in its -wal
        shutil.copyfile(f"{live}{suffix}", f"{path}{suffix}")
    writer.close()

    aside = set_aside_damaged(path)
    assert aside.name.startswith("hearth.sqlite3.damaged-")
    assert not path.exists() and not path.with_name("hearth.sqlite3-wal").exists()
    kept = sqlite3.connect(aside)
    assert kept.execute("SELECT text FROM notes").fetchall() == [("only in the log",)]
    kept.close()
    path.write_bytes(b"damaged again")
    second = set_aside_damaged(path)
    assert second != aside and second.read_bytes() == b"damaged again"

    fresh = ConversationStore(path)
    assert fresh.conversations() == []
    fresh.close()


# files are private; writes fail in words ---------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_database_and_its_log_files_are_private(tmp_path: Path) -> None:
    path = tmp_path / "hearth.sqlite3"
    store = ConversationStore(path)
    store.create_conversation()
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir() if p.is_file()}
    store.close()
    assert modes == {
        "hearth.sqlite3": 0o600,
        "hearth.sqlite3-wal": 0o600,
        "hearth.sqlite3-shm": 0o600,
    }


def test_a_full_disk_is_a_write_error_in_words(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "hearth.sqlite3")
    conversation = store.create_conversation()
    pages = store._query("PRAGMA page_count")[0][0]
    store._query(f"PRAGMA max_page_count={pages + 2}")  # SQLite's own "database or disk is full"
    with pytest.raises(StoreWriteError) as caught:
        for _ in range(20):
            store.add_message(conversation.id, "user", "x" * 10_000)
    assert str(caught.value).startswith("Hearth could not save: the disk is full.")
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
    store.create_conversation("still usable")  # the failed write left no transaction open
    store.close()


def test_errors_without_a_code_are_read_from_their_text() -> None:
    """Python 3.10's sqlite3 gives only the text; the same words must come out."""
    bare = sqlite3.OperationalError("database or disk is full")
    assert getattr(bare, "sqlite_errorcode", None) is None
    assert str(store_module._write_error(bare)).startswith(
        "Hearth could not save: the disk is full"
    )
    locked = store_module._open_error(
        Path("hearth.sqlite3"), sqlite3.OperationalError("database is locked")
    )
    assert locked.kind == "locked"


# version 1 -> 2: branches, search, settings, pin and archive ---------------------------------

VERSION_1_FILE = Path(__file__).parent / "data" / "hearth-v1.sqlite3"  # made by Hearth's v1 store


def _rows(path: Path, sql: str) -> list[dict[str, object]]:
    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in db.execute(sql)]
    finally:
        db.close()


def test_a_real_version_1_database_is_migrated_with_nothing_lost(tmp_path: Path) -> None:
    path = tmp_path / "hearth.sqlite3"
    shutil.copyfile(VERSION_1_FILE, path)
    assert _rows(path, "PRAGMA user_version") == [{"user_version": 1}]
    conversations_before = _rows(path, "SELECT * FROM conversations ORDER BY id")
    messages_before = _rows(path, "SELECT * FROM messages ORDER BY id")
    assert len(conversations_before) == 3 and len(messages_before) == 7

    store = ConversationStore(path)
    assert store.recovered_interrupted == 1  # the answer the v1 store left streaming
    conversations_after = _rows(path, "SELECT * FROM conversations ORDER BY id")
    messages_after = _rows(path, "SELECT * FROM messages ORDER BY id")
    for before, after in zip(conversations_before, conversations_after, strict=True):
        assert {k: after[k] for k in before} == before
    for before, after in zip(messages_before, messages_after, strict=True):
        if before["state"] == "streaming":
            before = {**before, "state": "interrupted"}
        assert {k: after[k] for k in before} == before

    # each message's parent is the one before it; each conversation shows its last message
    by_conversation: dict[object, list[dict[str, object]]] = {}
    for m in messages_after:
        by_conversation.setdefault(m["conversation_id"], []).append(m)
    for conversation_id, messages in by_conversation.items():
        assert [m["parent_id"] for m in messages] == [None] + [m["id"] for m in messages[:-1]]
        conversation = store.conversation(int(str(conversation_id)))
        assert conversation is not None and conversation.current_leaf_id == messages[-1]["id"]
        assert [m.id for m in store.messages(conversation.id)] == [m["id"] for m in messages]
    empty = store.conversation(2)
    assert empty is not None and empty.current_leaf_id is None and store.messages(2) == []
    assert [(m["id"], m["finish_reason"]) for m in messages_after if m["role"] == "assistant"] == [
        (2, None),  # version 1 did not record whether an answer hit the length limit
        (4, "interrupted"),
        (6, "error"),
        (7, "interrupted"),
    ]
    # the old text is searchable, titles too; the presets are there; nothing is pinned
    assert [(h.conversation_id, h.message_id) for h in store.search("sourdough")] == [(1, 1)]
    assert [(h.message_id, h.snippet) for h in store.search("bread")] == [
        (None, "«Bread»: a recipe"),
        (1, "How do I bake sourdough «bread»?"),
    ]
    assert [h.message_id for h in store.search("unicode")] == [3]  # diacritics folded
    assert [p.name for p in store.presets()] == ["Creative", "Precise"]
    assert [(c.id, c.pinned, c.archived) for c in store.conversations()] == [
        (3, False, False),
        (2, False, False),
        (1, False, False),
    ]
    store.close()
    assert _rows(path, "PRAGMA user_version") == [{"user_version": store_module.SCHEMA_VERSION}]
    reopened = ConversationStore(path)  # the current version opens as it is
    assert reopened.recovered_interrupted == 0 and len(reopened.messages(1)) == 4
    reopened.close()


def test_a_version_4_file_gains_a_column_for_its_errors_templates(tmp_path: Path) -> None:
    path = tmp_path / "hearth.sqlite3"
    store = ConversationStore(path)
    c = store.create_conversation().id
    answer = store.begin_answer(c, "local", "llama.cpp", "m.gguf")
    store.finish_answer(answer.id, "", "error", error="The model was unloaded.")
    store.close()
    db = sqlite3.connect(path)  # as version 4 left it
    db.execute("ALTER TABLE messages DROP COLUMN error_json")
    db.execute("PRAGMA user_version = 4")
    db.commit()
    db.close()
    reopened = ConversationStore(path)
    assert reopened.messages(c)[-1].error == "The model was unloaded."  # its words, as saved
    reopened.close()
    assert _rows(path, "PRAGMA user_version") == [{"user_version": 5}]
    assert _rows(path, "SELECT error, error_json FROM messages") == [
        {"error": "The model was unloaded.", "error_json": None}
    ]


def test_a_version_2_file_with_other_columns_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "hearth.sqlite3"
    shutil.copyfile(VERSION_1_FILE, path)
    db = sqlite3.connect(path)  # version 2 without the branch columns
    db.execute("PRAGMA user_version=2")
    db.commit()
    db.close()
    problem = _open_problem(path)
    assert problem.kind == "damaged" and "conversations table has other columns" in str(problem)


def test_pinned_first_archived_hidden(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "db.sqlite3")
    old, middle, new = (store.create_conversation(t) for t in ("old", "middle", "new"))
    store.set_pinned(old.id, True)
    store.set_archived(middle.id, True)
    assert [c.title for c in store.conversations()] == ["old", "new"]
    assert [
        (c.title, c.pinned, c.archived) for c in store.conversations(include_archived=True)
    ] == [
        ("old", True, False),
        ("new", False, False),
        ("middle", False, True),
    ]
    store.set_pinned(old.id, False)
    store.set_archived(middle.id, False)
    assert [c.title for c in store.conversations()] == ["new", "middle", "old"]
    store.close()


def test_conversation_settings_and_presets(tmp_path: Path) -> None:
    from app.core.settings import GenerationSettings
    from app.core.store import GenerationOverrides

    path = tmp_path / "db.sqlite3"
    store = ConversationStore(path)
    conversation = store.create_conversation()
    assert store.conversation_settings(conversation.id) == GenerationOverrides()
    mine = GenerationOverrides(system_prompt="Answer in French.", temperature=0.3, seed=7)
    store.set_conversation_settings(conversation.id, mine)
    applied = store.conversation_settings(conversation.id).applied_to(GenerationSettings())
    assert applied == GenerationSettings(
        system_prompt="Answer in French.", temperature=0.3, top_p=0.95, max_tokens=1024, seed=7
    )
    for bad, words in (
        (GenerationOverrides(temperature=9.0), "temperature must be a number from 0 to 2"),
        (GenerationOverrides(max_tokens=2.5), "max_tokens must be a whole number from 1 to 32768"),
        (GenerationOverrides(top_p=float("nan")), "top_p must be"),
    ):
        with pytest.raises(ValueError, match=words):
            store.set_conversation_settings(conversation.id, bad)
    assert store.conversation_settings(conversation.id) == mine  # unchanged by the refusals

    presets = {p.name: p for p in store.presets()}
    assert presets["Precise"].settings == GenerationOverrides(temperature=0.2, top_p=0.9)
    assert presets["Creative"].settings == GenerationOverrides(temperature=1.0, top_p=0.95)
    store.save_preset("  Terse ", GenerationOverrides(max_tokens=128))
    with pytest.raises(ValueError, match="one of Hearth's presets"):
        store.save_preset("Precise", GenerationOverrides(temperature=0.0))
    with pytest.raises(ValueError, match="cannot be deleted"):
        store.delete_preset("Creative")
    with pytest.raises(ValueError, match="a preset needs a name"):
        store.save_preset(" ", GenerationOverrides())
    store.close()

    reopened = ConversationStore(path)
    assert [(p.name, p.builtin) for p in reopened.presets()] == [
        ("Creative", True),
        ("Precise", True),
        ("Terse", False),
    ]
    assert reopened.conversation_settings(conversation.id) == mine
    reopened.delete_preset("Terse")
    assert [p.name for p in reopened.presets()] == ["Creative", "Precise"]
    # a stored value this Hearth cannot use (written by hand, or by a later version) is ignored
    reopened._query('UPDATE conversations SET settings_json=\'{"temperature": "hot"}\'')
    assert reopened.conversation_settings(conversation.id) == GenerationOverrides()
    reopened.close()
