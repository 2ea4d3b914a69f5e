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
    with path.open("r+b") as file:  # one page in the middle of the table, overwritten
        file.seek(20 * 4096)
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

    def version_2(db: sqlite3.Connection) -> None:
        db.execute("CREATE INDEX conversations_by_update ON conversations (updated)")

    def broken_version_2(db: sqlite3.Connection) -> None:
        version_2(db)
        db.execute("UPDATE no_such_table SET x=1")

    def indexes() -> set[str]:
        db = sqlite3.connect(path)
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            rows = db.execute("SELECT name FROM sqlite_master WHERE type='index'").fetchall()
            return {f"v{version}", *(r[0] for r in rows)}
        finally:
            db.close()

    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(store_module.MIGRATIONS, 1, broken_version_2)
    assert _open_problem(path).kind == "unusable"
    assert "v1" in indexes() and "conversations_by_update" not in indexes()  # rolled back

    monkeypatch.setitem(store_module.MIGRATIONS, 1, version_2)
    store = ConversationStore(path)
    assert [c.title for c in store.conversations()] == ["Kept"]
    store.close()
    assert {"v2", "conversations_by_update"} <= indexes()


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
