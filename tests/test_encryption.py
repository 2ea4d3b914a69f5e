"""Conversations encrypted at rest: SQLCipher with the key in the (test) keychain.

A sentinel sentence written in a chat must appear in no file under HEARTH_HOME while the store is
open and after, the store must reopen after a restart, conversions both ways must keep every
message, a missing or wrong key must be refused in words without touching the file, and a
``kill -9`` in the middle of a conversion (a real child process) must leave a readable database.
The documents index follows the conversations: encrypted with them (a sentence of an indexed
document is in no file under HEARTH_HOME), converted both ways with them, as safely.
"""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from app.conversations_cli import main as conversations_cli
from app.core import encryption, paths, secrets
from app.core import store as store_module
from app.core.documents import DocumentIndex
from app.core.encryption import (
    CONVERTING_SUFFIX,
    KEY_SECRET,
    convert,
    encryption_available,
    is_encrypted,
    open_private_store,
    stored_key,
)
from app.core.logs import setup_logging
from app.core.store import CipherFormat, ConversationStore, StoreOpenError
from app.documents_cli import main as documents_cli

ROOT = Path(__file__).resolve().parents[1]
SENTINEL = "The heron flies at midnight over Lake Wobegon"


def files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def holding(folder: Path, text: str) -> list[str]:
    needles = [text.encode("utf-8"), text.encode("utf-16-le")]
    return [
        str(p.relative_to(folder))
        for p in files_under(folder)
        if any(n in p.read_bytes() for n in needles)
    ]


def fill(store: ConversationStore, text: str = SENTINEL, turns: int = 3) -> int:
    conversation = store.create_conversation(title=f"About: {text}")
    for n in range(turns):
        store.add_message(conversation.id, "user", f"{text} ({n})")
        answer = store.begin_answer(conversation.id, "local", "local", "model")
        store.update_answer(answer.id, f"Half of {text}")
        store.finish_answer(answer.id, f"All of {text}", "complete")
    return conversation.id


def test_a_sentinel_is_in_no_file_and_the_store_reopens(
    hearth_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert encryption_available()
    setup_logging()
    db = paths.database_path()
    store = open_private_store(db, encrypt=True)
    try:
        conversation = fill(store)
        # while open: the write-ahead log holds the latest pages, encrypted too
        assert Path(str(db) + "-wal").exists()
        assert holding(hearth_home, SENTINEL) == []
    finally:
        store.close()
    assert holding(hearth_home, SENTINEL) == []
    assert is_encrypted(db) and stored_key() is not None
    assert len(bytes.fromhex(secrets.stored_secret(KEY_SECRET) or "")) == 32
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(db).execute("SELECT * FROM messages").fetchall()
    monkeypatch.setattr(encryption, "_folder_keys", {})  # a new process
    out = io.StringIO()  # `hearth search` opens it with the keychain's key
    assert conversations_cli(["search", "heron midnight"], out, io.StringIO()) == 0
    assert f"About: {SENTINEL}" in out.getvalue()
    reopened = open_private_store(db, encrypt=True)  # a restart
    try:
        texts = [m.content for m in reopened.messages(conversation)]
    finally:
        reopened.close()
    assert texts[:2] == [f"{SENTINEL} (0)", f"All of {SENTINEL}"] and len(texts) == 6
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_turning_it_on_and_off_converts_the_history_both_ways(hearth_home: Path) -> None:
    db = paths.database_path()
    plain = ConversationStore(db)
    conversation = fill(plain, turns=5)
    plain.close()
    assert not is_encrypted(db) and holding(hearth_home, SENTINEL)

    store = open_private_store(db, encrypt=True)
    assert len(store.messages(conversation)) == 10
    store.close()
    assert is_encrypted(db) and holding(hearth_home, SENTINEL) == []
    assert not db.with_name(db.name + CONVERTING_SUFFIX).exists()
    assert stat.S_IMODE(db.stat().st_mode) == 0o600

    store = open_private_store(db, encrypt=False)
    assert [m.content for m in store.messages(conversation)][-1] == f"All of {SENTINEL}"
    store.close()
    assert not is_encrypted(db)
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM messages").fetchone() == (10,)


def test_a_missing_key_is_refused_in_words_and_the_file_is_untouched() -> None:
    db = paths.database_path()
    open_private_store(db, encrypt=True).close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    secrets.delete_secret(KEY_SECRET)
    with pytest.raises(StoreOpenError) as caught:
        open_private_store(db, encrypt=True)
    assert caught.value.kind == "locked"  # the keychain may only be locked: try again later
    assert "encrypted, and its key is not in your system keychain" in str(caught.value)
    with pytest.raises(StoreOpenError) as caught:  # encryption off and no key: not SQLite
        open_private_store(db, encrypt=False)
    assert caught.value.kind == "damaged"  # may be set aside, kept; never overwritten
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_a_wrong_key_is_refused_in_words_and_the_file_is_untouched() -> None:
    db = paths.database_path()
    store = open_private_store(db, encrypt=True)
    fill(store)
    store.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    secrets.set_secret(KEY_SECRET, os.urandom(32).hex())
    for encrypt in (True, False):
        with pytest.raises(StoreOpenError) as caught:
            open_private_store(db, encrypt=encrypt)
        assert caught.value.kind == "damaged"  # may be set aside, kept; never overwritten
        assert "the key in your system keychain does not open it" in str(caught.value)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_without_a_keychain_encryption_is_not_offered_and_the_store_stays_plain() -> None:
    keyring.set_keyring(fail.Keyring())  # the conftest fixture puts the memory keychain back
    assert not encryption_available()
    db = paths.database_path()
    store = open_private_store(db, encrypt=True)
    fill(store)
    store.close()
    assert not is_encrypted(db)


def test_a_new_database_is_created_encrypted() -> None:
    db = paths.database_path()
    assert not db.exists()
    store = open_private_store(db, encrypt=True)
    store.close()
    assert is_encrypted(db)


def cipher_format(store: ConversationStore) -> CipherFormat:
    page_size = store._db.execute("PRAGMA cipher_page_size").fetchone()[0]
    hmac = store._db.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0]
    return CipherFormat(int(page_size), hmac)


@pytest.mark.parametrize("before", store_module.CIPHER_FORMATS[1:])
def test_new_files_get_1_kib_pages_and_hmac_sha256_and_files_from_before_still_open(
    hearth_home: Path, monkeypatch: pytest.MonkeyPatch, before: CipherFormat
) -> None:
    db = paths.database_path()
    converted = ConversationStore(db)
    fill(converted)
    converted.close()
    converted = open_private_store(db, encrypt=True)  # the conversion writes the new format too
    assert cipher_format(converted) == CipherFormat(1024, "HMAC_SHA256")
    converted.close()
    db.unlink()
    with monkeypatch.context() as patch:
        patch.setattr(store_module, "CIPHER_FORMATS", (before,))  # as an earlier Hearth wrote it
        old = open_private_store(db, encrypt=True)
        conversation = fill(old)
        assert cipher_format(old) == before
        old.close()
    store = open_private_store(db, encrypt=True)
    assert cipher_format(store) == before  # read as it is
    assert store.messages(conversation)[-1].content == f"All of {SENTINEL}"
    store.close()
    store = open_private_store(db, encrypt=False)  # and converts back
    assert len(store.messages(conversation)) == 6
    store.close()
    assert not is_encrypted(db)


CONVERT_CHILD = """
import sys
from pathlib import Path
from app.core.encryption import convert
convert(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]), encrypt=sys.argv[3] == "on")
"""


def _big_history(store: ConversationStore) -> int:
    """About 40 MB of messages, so that a conversion takes long enough to be interrupted."""
    conversation = store.create_conversation()
    with store._tx() as db:  # one transaction: quick to write
        db.executemany(
            "INSERT INTO messages (conversation_id, role, content, created) VALUES (?, ?, ?, ?)",
            [(conversation.id, "user", f"{n} " + "x" * 2000, 0.0) for n in range(20_000)],
        )
    return conversation.id


def _kill_mid_conversion(db: Path, key: bytes, encrypt: bool) -> None:
    tmp = db.with_name(db.name + CONVERTING_SUFFIX)
    proc = subprocess.Popen(
        [sys.executable, "-c", CONVERT_CHILD, str(db), key.hex(), "on" if encrypt else "off"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        deadline = time.monotonic() + 120
        while not (tmp.exists() and tmp.stat().st_size > 4 * 1024 * 1024):
            assert proc.poll() is None, "the conversion ended before it could be interrupted"
            assert time.monotonic() < deadline
            time.sleep(0.002)
        proc.kill()  # SIGKILL: no clean-up of any kind
    finally:
        proc.wait(timeout=60)
    assert proc.returncode == -9


@pytest.mark.parametrize("encrypt", [True, False], ids=["encrypting", "decrypting"])
def test_kill_9_mid_conversion_leaves_a_readable_database(encrypt: bool) -> None:
    db = paths.database_path()
    key = os.urandom(32)
    secrets.set_secret(KEY_SECRET, key.hex())
    start_key = None if encrypt else key
    if not encrypt:
        open_private_store(db, encrypt=True).close()
    store = ConversationStore(db, key=start_key)
    conversation = _big_history(store)
    store.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()

    _kill_mid_conversion(db, key, encrypt)

    assert hashlib.sha256(db.read_bytes()).hexdigest() == before  # the original, untouched
    assert is_encrypted(db) != encrypt
    store = ConversationStore(db, key=start_key)
    assert len(store.all_messages(conversation)) == 20_000
    store.close()
    # the next start finishes the job and clears what the killed one left
    store = open_private_store(db, encrypt=encrypt)
    assert len(store.all_messages(conversation)) == 20_000
    store.close()
    assert is_encrypted(db) == encrypt
    assert not db.with_name(db.name + CONVERTING_SUFFIX).exists()


def test_a_conversion_that_does_not_verify_keeps_the_original(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The check compares counts; a copy that lost a row is never swapped in."""
    db = paths.database_path()
    store = ConversationStore(db)
    fill(store)
    store.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    real = encryption._counts
    calls: list[int] = []

    def lossy(conn: sqlite3.Connection) -> tuple[int, dict[str, int]]:
        version, rows = real(conn)
        calls.append(1)
        return version, {**rows, "messages": rows["messages"] - (len(calls) == 2)}  # the copy's

    monkeypatch.setattr(encryption, "_counts", lossy)
    with pytest.raises(StoreOpenError, match="did not produce a faithful copy"):
        convert(db, os.urandom(32), encrypt=True)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert not db.with_name(db.name + CONVERTING_SUFFIX).exists()


def test_start_up_opens_the_store_as_the_setting_says() -> None:
    """What run_gui does before the window: the saved setting decides, converting first."""
    from app.core.settings import Settings, save_settings
    from app.ui.application import open_store

    db = paths.database_path()
    plain = ConversationStore(db)
    conversation = fill(plain)
    plain.close()
    settings = Settings()
    settings.privacy.encrypt_store = True
    save_settings(settings)
    store = open_store(db)
    assert store is not None
    assert len(store.messages(conversation)) == 6
    store.close()
    assert is_encrypted(db)


DOCUMENT_SENTENCE = "Reef the mainsail before the squall reaches Tobermory"


def _notes(tmp_path: Path) -> Path:
    """A folder of the user's, outside the data folder (Hearth never encrypts the originals)."""
    notes = tmp_path / "notes"
    notes.mkdir(exist_ok=True)
    (notes / "sailing.md").write_text(f"# Sailing\n\n{DOCUMENT_SENTENCE}.\n", encoding="utf-8")
    return notes


def _indexed(tmp_path: Path) -> None:
    index = DocumentIndex()
    try:
        index.add("Boat", [_notes(tmp_path)])
        index.index("Boat")
    finally:
        index.close()


def _found(index: DocumentIndex) -> list[str]:
    return [p.text for p in index.search("mainsail squall Tobermory")]


def test_the_documents_index_is_encrypted_too_and_reopens_after_a_restart(
    hearth_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = paths.documents_database_path()
    store = open_private_store(paths.database_path(), encrypt=True)
    try:
        _indexed(tmp_path)
        index = DocumentIndex(reader=True)
        try:
            assert any(DOCUMENT_SENTENCE in text for text in _found(index))
            assert Path(str(docs) + "-wal").exists()  # while open, the log is encrypted too
            assert holding(hearth_home, DOCUMENT_SENTENCE) == []
        finally:
            index.close()
    finally:
        store.close()
    assert is_encrypted(docs) and holding(hearth_home, DOCUMENT_SENTENCE) == []
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(docs).execute("SELECT * FROM passages").fetchall()
    monkeypatch.setattr(encryption, "_folder_keys", {})  # a new process
    out = io.StringIO()
    assert (
        documents_cli(["search", "mainsail squall"], out, io.StringIO()) == 0
    )  # the keychain's key
    assert DOCUMENT_SENTENCE in out.getvalue()
    store = open_private_store(paths.database_path(), encrypt=True)  # a restart of the app
    index = DocumentIndex()
    try:
        assert any(DOCUMENT_SENTENCE in text for text in _found(index))
    finally:
        index.close()
        store.close()


def test_the_documents_index_is_converted_both_ways_with_the_conversations(
    hearth_home: Path, tmp_path: Path
) -> None:
    docs = paths.documents_database_path()
    _indexed(tmp_path)  # before encryption was switched on
    assert not is_encrypted(docs) and holding(hearth_home, DOCUMENT_SENTENCE)
    open_private_store(paths.database_path(), encrypt=True).close()
    assert is_encrypted(docs) and holding(hearth_home, DOCUMENT_SENTENCE) == []
    assert not docs.with_name(docs.name + CONVERTING_SUFFIX).exists()
    assert stat.S_IMODE(docs.stat().st_mode) == 0o600
    index = DocumentIndex()
    assert any(DOCUMENT_SENTENCE in text for text in _found(index))
    index.close()
    open_private_store(paths.database_path(), encrypt=False).close()
    assert not is_encrypted(docs)
    plain = sqlite3.connect(docs)
    assert plain.execute("SELECT COUNT(*) FROM passages").fetchone()[0] >= 1
    plain.close()
    index = DocumentIndex()
    assert any(DOCUMENT_SENTENCE in text for text in _found(index))
    index.close()


def _big_index() -> int:
    """About 40 MB of passages, so that a conversion takes long enough to be interrupted."""
    index = DocumentIndex()
    try:
        db = index._db
        db.execute("BEGIN")
        db.execute("INSERT INTO collections (id, name, created) VALUES (1, 'Big', 0)")
        db.execute(
            "INSERT INTO files (id, collection_id, path, size, mtime_ns) VALUES (1, 1, ?, 0, 0)",
            (b"/big.txt",),
        )
        db.executemany(
            "INSERT INTO passages (file_id, ordinal, text) VALUES (1, ?, ?)",
            [(n, f"{n} " + "x" * 2000) for n in range(20_000)],
        )
        db.execute("COMMIT")
    finally:
        index.close()
    return 20_000


def _passages() -> int:
    index = DocumentIndex()
    try:
        return int(index._db.execute("SELECT COUNT(*) FROM passages").fetchone()[0])
    finally:
        index.close()


@pytest.mark.parametrize("encrypt", [True, False], ids=["encrypting", "decrypting"])
def test_kill_9_mid_conversion_leaves_a_readable_documents_index(encrypt: bool) -> None:
    db, docs = paths.database_path(), paths.documents_database_path()
    open_private_store(db, encrypt=not encrypt).close()  # the index is created in that form
    key = stored_key() or os.urandom(32)
    secrets.set_secret(KEY_SECRET, key.hex())
    count = _big_index()
    assert is_encrypted(docs) != encrypt
    before = hashlib.sha256(docs.read_bytes()).hexdigest()

    _kill_mid_conversion(docs, key, encrypt)

    assert hashlib.sha256(docs.read_bytes()).hexdigest() == before  # the original, untouched
    assert _passages() == count  # and readable
    open_private_store(db, encrypt=encrypt).close()  # the next start converts it
    assert is_encrypted(docs) == encrypt and _passages() == count
    assert not docs.with_name(docs.name + CONVERTING_SUFFIX).exists()
