"""Search across every conversation: SQLite FTS5 over titles and message text, kept in step with
every write, safe for any text a person types; and ``hearth search`` from a terminal."""

from __future__ import annotations

import io
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.__main__ import main as hearth_main
from app.conversations_cli import main as cli
from app.core import paths
from app.core.store import INDEX_BATCH, ConversationStore, fts_query


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ConversationStore]:
    s = ConversationStore(tmp_path / "hearth.sqlite3")
    yield s
    s.close()


def found(store: ConversationStore, query: str) -> list[tuple[int, int | None]]:
    return [(h.conversation_id, h.message_id) for h in store.search(query)]


def test_finds_a_message_written_in_another_conversation(store: ConversationStore) -> None:
    cooking = store.create_conversation("Dinner ideas")
    q = store.add_message(cooking.id, "user", "What goes with roasted parsnips?")
    travel = store.create_conversation("Trip to Lisbon")
    store.add_message(travel.id, "user", "Where should I eat in Lisbon?")
    hits = store.search("parsnips")
    assert len(hits) == 1
    hit = hits[0]
    assert (hit.conversation_id, hit.message_id, hit.title) == (cooking.id, q.id, "Dinner ideas")
    assert hit.snippet == "What goes with roasted «parsnips»?"
    # a title match comes first, with no message; then the messages
    assert found(store, "lisbon") == [(travel.id, None), (travel.id, 2)]
    assert store.search("lisbon")[0].snippet == "Trip to «Lisbon»"


def test_words_all_required_prefix_diacritics_and_case(store: ConversationStore) -> None:
    c = store.create_conversation("Notes").id
    a = store.add_message(c, "user", "Crème brûlée needs a blowtorch").id
    b = store.add_message(c, "user", "A blowtorch is also for plumbing").id
    assert found(store, "creme BRULEE") == [(c, a)]
    assert sorted(found(store, "blowtorch")) == [(c, a), (c, b)]
    assert found(store, "blowtorch plumb") == [(c, b)]  # the last word as typed so far
    assert found(store, "plumb blowtorch") == []  # only the last word is a prefix
    assert found(store, "blowtorch dessert") == []


def test_a_long_message_gets_a_short_snippet_around_the_match(store: ConversationStore) -> None:
    c = store.create_conversation("Long").id
    store.add_message(c, "user", "word " * 500 + "needle " + "word " * 500)
    (hit,) = store.search("needle")
    assert "«needle»" in hit.snippet and len(hit.snippet) < 200 and "…" in hit.snippet


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"unbalanced',
        "NEAR(a b",
        "a OR",
        "AND",
        "*",
        "^start",
        "-minus",
        "col:value",
        "(((",
        "a'b",
        "x\x00y",
        "🍞",
        "   ",
        "",
    ],
)
def test_any_text_is_a_query_never_an_fts_syntax_error(
    store: ConversationStore, query: str
) -> None:
    c = store.create_conversation("Syntax").id
    store.add_message(c, "user", 'He said "AND" then NEAR(a b) and col:value, a OR b 🍞')
    store.search(query)  # raises nothing


def test_operators_are_searched_as_words(store: ConversationStore) -> None:
    c = store.create_conversation("Syntax").id
    m = store.add_message(c, "user", "Use AND or NOT to combine, he said").id
    store.add_message(c, "user", "unrelated")
    assert found(store, "AND") == [(c, m)]
    assert found(store, "NOT") == [(c, m)]
    assert fts_query('say "hi" NEAR(') == '"say" """hi""" "NEAR("*'


def test_the_index_follows_every_write(store: ConversationStore) -> None:
    c = store.create_conversation("Index").id
    q = store.add_message(c, "user", "question about kestrels").id
    answer = store.begin_answer(c, "local", "llama.cpp", "m.gguf")
    store.update_answer(answer.id, "Kestrels hover")  # indexed once it stops streaming
    assert found(store, "hover") == []
    store.finish_answer(answer.id, "Kestrels hunt voles", "complete", finish_reason="stop")
    assert found(store, "hover") == [] and found(store, "voles") == [(c, answer.id)]
    store.resume_answer(answer.id, "local", "llama.cpp", "m.gguf")  # continued: out until done
    assert found(store, "voles") == []
    store.update_answer(answer.id, "Kestrels hunt voles and mice")
    store.finish_answer(answer.id, "Kestrels hunt voles and mice", "complete")
    assert found(store, "mice") == [(c, answer.id)]
    search_index_is_consistent(store)
    store.rename_conversation(c, "Birds of prey")
    assert found(store, "index") == [] and found(store, "prey") == [(c, None)]
    other = store.begin_answer(c, "local", "llama.cpp", "m.gguf", parent_id=q)  # a branch
    store.finish_answer(other.id, "They eat voles too", "complete")
    assert sorted(found(store, "voles")) == [(c, answer.id), (c, other.id)]  # every branch
    store.delete_message(q)
    assert found(store, "kestrels") == [] and found(store, "voles") == []
    d = store.create_conversation("Gone soon").id
    store.add_message(d, "user", "ephemeral words")
    store.delete_conversation(d)
    assert found(store, "ephemeral") == [] and found(store, "gone") == []
    search_index_is_consistent(store)


def search_index_is_consistent(store: ConversationStore) -> None:
    """FTS5 checks its index against the messages table; a stray or missing entry fails."""
    db = sqlite3.connect(store.db_path)
    try:
        db.execute("INSERT INTO message_search (message_search) VALUES ('integrity-check')")
    finally:
        db.close()


def indexed(store: ConversationStore) -> set[int]:
    """The messages whose text is in the full-text index itself (read without searching)."""
    rows = store._db.execute("SELECT rowid FROM message_search WHERE message_search MATCH 'q'")
    return {r[0] for r in rows}


def pending(store: ConversationStore) -> int:
    return int(store._db.execute("SELECT COUNT(*) FROM search_pending").fetchone()[0])


def index_matches_the_messages(store: ConversationStore) -> None:
    """FTS5 checks its index against the text of every message (none may be streaming)."""
    store._db.execute(
        "INSERT INTO message_search (message_search, rank) VALUES ('integrity-check', 1)"
    )


def test_messages_are_indexed_in_batches_and_a_search_finds_the_message_just_sent(
    store: ConversationStore,
) -> None:
    c = store.create_conversation("Batches").id
    sent = store.add_message(c, "user", "q sent just now")
    assert indexed(store) == set() and pending(store) == 1  # listed, not indexed yet
    assert found(store, "sent") == [(c, sent.id)]  # the search indexes what is waiting first
    assert indexed(store) == {sent.id} and pending(store) == 0
    ids = []
    for n in range(INDEX_BATCH):  # no search: the write that makes a full batch indexes it
        question = store.add_message(c, "user", f"q number {n}")
        answer = store.begin_answer(c, "local", "llama.cpp", "m.gguf")
        store.update_answer(answer.id, f"q streaming {n}")
        assert answer.id not in indexed(store)
        store.finish_answer(answer.id, f"q answered {n}", "complete")
        ids += [question.id, answer.id]
        if pending(store) == 0:
            break
    assert indexed(store) == {sent.id, *ids} and len(ids) == INDEX_BATCH
    index_matches_the_messages(store)


def test_a_message_changed_or_deleted_before_it_is_indexed_leaves_no_stale_entry(
    store: ConversationStore,
) -> None:
    c = store.create_conversation("Changes").id
    kept = store.add_message(c, "user", "q first words")
    gone = store.add_message(c, "user", "q doomed words")
    answer = store.begin_answer(c, "local", "llama.cpp", "m.gguf", parent_id=kept.id)
    store.finish_answer(answer.id, "q early answer", "complete")
    store.resume_answer(answer.id, "local", "llama.cpp", "m.gguf")  # waiting, then streaming
    store.update_answer(answer.id, "q early answer continued")
    store.delete_message(gone.id)
    assert pending(store) == 1  # only the first message is left waiting
    assert found(store, "early") == [] and found(store, "doomed") == []
    store.finish_answer(answer.id, "q early answer continued at length", "complete")
    assert found(store, "length") == [(c, answer.id)] and found(store, "first") == [(c, kept.id)]
    index_matches_the_messages(store)


def test_messages_waiting_for_the_index_are_found_after_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "hearth.sqlite3"
    store = ConversationStore(path)
    c = store.create_conversation("Durable").id
    message = store.add_message(c, "user", "remember the lighthouse")
    store.close()  # before any search: still waiting
    reopened = ConversationStore(path)
    assert found(reopened, "lighthouse") == [(c, message.id)]
    reopened.close()


def test_a_search_while_another_program_holds_the_file_finds_what_is_indexed(
    tmp_path: Path,
) -> None:
    path = tmp_path / "hearth.sqlite3"
    store = ConversationStore(path, busy_timeout_s=0.05)
    c = store.create_conversation("Held").id
    first = store.add_message(c, "user", "q lantern one")
    assert found(store, "lantern") == [(c, first.id)]
    store.add_message(c, "user", "q lantern two")  # waits for the index
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program's write lock
    try:
        assert found(store, "lantern") == [(c, first.id)]  # no error: what is indexed
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert len(found(store, "lantern")) == 2  # and all of it once the file is free
    store.close()


def test_a_search_never_waits_for_another_program_to_free_the_file(tmp_path: Path) -> None:
    """Search runs as the user types: with the file held, it answers at once from what is
    indexed, not after the store's whole busy timeout (here far longer than the deadline)."""
    path = tmp_path / "hearth.sqlite3"
    store = ConversationStore(path, busy_timeout_s=300)
    c = store.create_conversation("Held").id
    first = store.add_message(c, "user", "q lantern one")
    assert found(store, "lantern") == [(c, first.id)]
    store.add_message(c, "user", "q lantern two")  # waits for the index
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program's write lock
    results: list[object] = []
    searcher = threading.Thread(target=lambda: results.append(found(store, "lantern")))
    try:
        searcher.start()
        searcher.join(60)  # a hang-catcher: waiting for the lock would take 300 s
        assert results == [[(c, first.id)]]
    finally:
        other.execute("ROLLBACK")
        other.close()
        searcher.join()
    assert store._db.execute("PRAGMA busy_timeout").fetchone()[0] == 300_000  # writes still wait
    store.close()


def test_an_answer_cut_short_is_found_after_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "hearth.sqlite3"
    store = ConversationStore(path)
    c = store.create_conversation("Birds").id
    store.add_message(c, "user", "tell me about owls")
    answer = store.begin_answer(c, "local", "llama.cpp", "m.gguf")
    store.update_answer(answer.id, "Owls fly silently")
    store.close()  # as a kill leaves it: still streaming
    reader = ConversationStore(path, recover=False)  # `hearth search` beside a running Hearth
    assert found(reader, "silently") == []
    reader.close()
    reopened = ConversationStore(path)
    assert reopened.recovered_interrupted == 1
    assert found(reopened, "silently") == [(c, answer.id)]
    search_index_is_consistent(reopened)
    reopened.close()


def test_a_version_2_file_drops_streaming_answers_from_the_index_until_they_end(
    tmp_path: Path,
) -> None:
    path = tmp_path / "hearth.sqlite3"
    store = ConversationStore(path)
    c = store.create_conversation("Birds").id
    answer = store.begin_answer(c, "local", "llama.cpp", "m.gguf")
    store.close()
    db = sqlite3.connect(path)  # as version 2 left it: the streaming text indexed
    db.execute("UPDATE messages SET content = 'Falcons stoop' WHERE id = ?", (answer.id,))
    db.execute(
        "INSERT INTO message_search (rowid, content) VALUES (?, 'Falcons stoop')", (answer.id,)
    )
    db.execute("ALTER TABLE messages DROP COLUMN error_json")  # version 5's
    db.execute("DROP TABLE search_pending")  # version 4's
    db.execute("PRAGMA user_version = 2")
    db.commit()
    db.close()
    reader = ConversationStore(path, recover=False)
    assert found(reader, "stoop") == []
    search_index_is_consistent(reader)
    reader.close()
    reopened = ConversationStore(path)
    assert found(reopened, "stoop") == [(c, answer.id)]
    search_index_is_consistent(reopened)
    reopened.close()


def test_limit(store: ConversationStore) -> None:
    for i in range(5):
        c = store.create_conversation(f"apple {i}").id
        store.add_message(c, "user", "apple pie")
    assert len(store.search("apple", limit=3)) == 3
    assert len(store.search("apple", limit=7)) == 7
    assert [h.message_id for h in store.search("apple", limit=7)][:5] == [None] * 5
    assert store.search("apple", limit=0) == []


# hearth search -----------------------------------------------------------------------------


def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_hearth_search_prints_hits_and_exits_by_what_it_found() -> None:
    store = ConversationStore(paths.database_path())
    c = store.create_conversation("Garden\tplans").id
    store.add_message(c, "user", "When do I plant\ntulip bulbs?")
    store.close()
    code, out, err = run_cli("search", "tulip")
    assert code == 0 and err == ""
    assert out == f"{c}\tGarden plans\tWhen do I plant «tulip» bulbs?\n"
    code, out, err = run_cli("search", "orchid")
    assert (code, out) == (1, "") and "orchid" in err
    code, _, _ = run_cli("search", "tulip", "--limit", "0")
    assert code == 2
    code, _, _ = run_cli("search")
    assert code == 2
    assert hearth_main(["search", "tulip", "bulbs"]) == 0  # through the entry point


def test_hearth_search_beside_an_open_hearth_leaves_its_answer_streaming() -> None:
    from app.core.instance import acquire_instance_lock

    store = ConversationStore(paths.database_path())
    c = store.create_conversation("Busy").id
    store.add_message(c, "user", "write about herons")
    answer = store.begin_answer(c, "local", "llama.cpp", "m.gguf")
    store.update_answer(answer.id, "Herons wade")
    lock = acquire_instance_lock()  # as the open window holds it
    try:
        assert run_cli("search", "herons")[0] == 0
        saved = store.message(answer.id)
        assert saved is not None and saved.state == "streaming"  # still being written
    finally:
        lock.release()
    assert run_cli("search", "herons")[0] == 0  # no Hearth open: a start's recovery
    saved = store.message(answer.id)
    assert saved is not None and saved.state == "interrupted"
    store.close()
