"""Conversations and messages in SQLite (WAL); the only module that writes SQL.

A streaming answer is saved as it grows (``update_answer``) with state ``streaming``. When Hearth
starts again after a crash or kill, any answer still marked ``streaming`` is marked
``interrupted``, so the partial text is kept and labelled honestly.

Opening checks the file before trusting it: a database from a newer Hearth is refused without
being changed, an older one is migrated in one transaction, and a damaged, foreign, locked or
unopenable file raises :class:`StoreOpenError` with a message for the user and a ``kind`` that
says which way forward fits (:func:`set_aside_damaged` keeps a damaged file for recovery). A
failed write raises :class:`StoreWriteError`, whose message says why in words. The database and
its ``-wal``/``-shm`` files are readable by the user alone (0600).

:func:`connect` is the one connection factory: plain SQLite, or SQLCipher (``sqlcipher3``) when a
key is given, for a database encrypted at rest (see :mod:`app.core.encryption`, which converts
between the two). An encrypted file that the key does not open is refused (``damaged``, in
words: it may be set aside, never overwritten).

The connection is shared between the GUI thread and one worker thread; a lock serialises access.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Literal

from app.core import paths

try:
    import sqlcipher3.dbapi2 as _sqlcipher
except ImportError:  # no SQLCipher for this platform: encryption at rest is not offered
    _sqlcipher = None
from app.core.engines.base import ChatMessage, Usage

MessageState = Literal["complete", "streaming", "interrupted", "error"]
OpenProblem = Literal["damaged", "newer", "locked", "unusable"]

SCHEMA_VERSION = 1
SIDE_FILES = ("-wal", "-shm", "-journal")  # SQLite's companions of a database file

_VERSION_1 = (
    """CREATE TABLE IF NOT EXISTS conversations (
    id       INTEGER PRIMARY KEY,
    title    TEXT NOT NULL,
    created  REAL NOT NULL,
    updated  REAL NOT NULL,
    route    TEXT NOT NULL DEFAULT 'local'
)""",
    """CREATE TABLE IF NOT EXISTS messages (
    id                INTEGER PRIMARY KEY,
    conversation_id   INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    role              TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
    content           TEXT NOT NULL,
    created           REAL NOT NULL,
    state             TEXT NOT NULL DEFAULT 'complete',
    route             TEXT,
    provider          TEXT,
    model             TEXT,
    prompt_tokens     INTEGER,
    completion_tokens INTEGER,
    ttft_s            REAL,
    tokens_per_s      REAL,
    total_s           REAL,
    error             TEXT
)""",
    "CREATE INDEX IF NOT EXISTS messages_by_conversation ON messages (conversation_id, id)",
)


def _create_version_1(db: sqlite3.Connection) -> None:
    for statement in _VERSION_1:
        db.execute(statement)


# version N -> the step that turns a version-N database into version N+1, run in the opening
# transaction; version 0 is a new, empty file. A schema change adds SCHEMA_VERSION's step here.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {0: _create_version_1}


class StoreError(RuntimeError):
    """A problem with the conversations database; ``str(error)`` is a message for the user."""


class StoreOpenError(StoreError):
    """The database cannot be opened. ``kind`` says which way forward fits:

    ``damaged`` (unreadable, or not Hearth's): set it aside and start fresh; ``locked`` (another
    program holds it): wait and retry; ``newer`` (made by a newer Hearth): use that Hearth;
    ``unusable`` (a folder, no permission): the user must fix the path.
    """

    def __init__(self, message: str, kind: OpenProblem) -> None:
        super().__init__(message)
        self.kind: OpenProblem = kind


class StoreWriteError(StoreError):
    """A change could not be saved (disk full, read-only, locked, damaged); nothing was changed."""


# SQLite's primary result codes (sqlite3.h), and the text of each, for Python 3.10's sqlite3,
# which reports only the text; from 3.11 exceptions carry the code.
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = (
    3, 5, 6, 8, 10, 11, 13, 14, 26
)  # fmt: skip
_CODE_OF_TEXT = {
    "access permission denied": _PERM,
    "database is locked": _BUSY,
    "database table is locked": _LOCKED,
    "attempt to write a readonly database": _READONLY,
    "disk I/O error": _IOERR,
    "database disk image is malformed": _CORRUPT,
    "database or disk is full": _FULL,
    "unable to open database file": _CANTOPEN,
    "file is not a database": _NOTADB,
}


# What either SQLite binding raises; sqlcipher3 mirrors sqlite3's classes and error codes.
DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,) + (
    (_sqlcipher.Error,) if _sqlcipher is not None else ()
)


def sqlcipher_available() -> bool:
    """Whether this install can encrypt the database (the SQLCipher binding is present)."""
    return _sqlcipher is not None


def connect(path: Path, key: bytes | None = None, *, sqlcipher: bool = False) -> sqlite3.Connection:
    """A connection to ``path`` (autocommit, any thread, rows as ``Row``).

    With ``key`` (32 random bytes), SQLCipher opens the file as an encrypted database: every
    page, the write-ahead log included, is AES-256 encrypted with that raw key. Nothing is read
    until the first statement, so a wrong key shows there (``file is not a database``).
    ``sqlcipher=True`` opens a plain file through SQLCipher too (for ``sqlcipher_export``).
    """
    if key is None and not sqlcipher:
        db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        db.row_factory = sqlite3.Row
        return db
    if _sqlcipher is None:
        raise StoreOpenError(
            f"Your conversations database {path} is encrypted, and this Hearth was installed "
            "without SQLCipher (the sqlcipher3-binary package), so it cannot open it.",
            "unusable",
        )
    keyed: Any = _sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    keyed.row_factory = _sqlcipher.Row
    keyed.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is reported here, not on stderr
    if key is not None:
        keyed.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return keyed  # the same DB-API as sqlite3's


def _primary_code(exc: Exception) -> int:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else _CODE_OF_TEXT.get(str(exc), -1)


def _write_error(exc: Exception) -> StoreWriteError:
    code = _primary_code(exc)
    if code == _FULL:
        why = "the disk is full. Free some space, then try again"
    elif code in (_READONLY, _PERM, _CANTOPEN):
        why = f"its data folder cannot be written ({exc})"
    elif code in (_BUSY, _LOCKED):
        why = "another program is using the conversations database. Close it, then try again"
    elif code in (_CORRUPT, _NOTADB):
        why = "the conversations database is damaged. Restart Hearth to set it aside"
    elif code == _IOERR:
        why = f"the disk reported an error ({exc})"
    else:
        why = str(exc)
    return StoreWriteError(f"Hearth could not save: {why}.")


def _open_error(path: Path, exc: Exception, keyed: bool = False) -> StoreOpenError:
    code = _primary_code(exc)
    if keyed and code == _NOTADB:
        return StoreOpenError(
            f"Your conversations database {path} is encrypted, and the key in your system "
            "keychain does not open it (the key was replaced, or the file is damaged). Hearth "
            "left the file as it is: restore the keychain entry 'Hearth / store_key', or let "
            "Hearth set the file aside, keeping it for recovery, and start with an empty history.",
            "damaged",
        )
    if code in (_CORRUPT, _NOTADB):
        return StoreOpenError(
            f"Your conversations database {path} is damaged ({exc}). Hearth can set it aside, "
            "keeping it for recovery, and start with an empty history.",
            "damaged",
        )
    if code in (_BUSY, _LOCKED):
        return StoreOpenError(
            f"Your conversations database {path} is locked by another program. Close that "
            "program (or wait for it to finish), then try again.",
            "locked",
        )
    reason = "it is a folder, not a file" if path.is_dir() else str(exc)
    return StoreOpenError(
        f"Hearth cannot open its conversations database {path}: {reason}. Move it out of the "
        f"way, or set {paths.HOME_ENV} to another folder.",
        "unusable",
    )


def _create_private(path: Path) -> None:
    """Create an empty database file 0600; SQLite gives its -wal and -shm the same mode."""
    path.parent.mkdir(mode=paths.PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, paths.PRIVATE_FILE_MODE))
    except FileExistsError:
        return


def set_aside_damaged(path: Path) -> Path:
    """Rename a damaged database and its -wal/-shm to ``<name>.damaged-<time>``; the new path.

    The companions move first and keep their suffixes, so the set-aside file opens with its own
    write-ahead log for recovery, and a new database never meets the old log.
    """
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    count = 1
    while any(target.with_name(target.name + s).exists() for s in ("", *SIDE_FILES)):
        count += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{count}")
    for suffix in SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.replace(target.with_name(target.name + suffix))
    path.replace(target)
    return target


@dataclass(frozen=True)
class Conversation:
    id: int
    title: str
    created: float
    updated: float
    route: str


@dataclass(frozen=True)
class StoredMessage:
    id: int
    conversation_id: int
    role: str
    content: str
    created: float
    state: MessageState
    route: str | None = None
    provider: str | None = None
    model: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    ttft_s: float | None = None
    tokens_per_s: float | None = None
    total_s: float | None = None
    error: str | None = None

    def as_chat(self) -> ChatMessage:
        return ChatMessage(self.role, self.content)  # type: ignore[arg-type]


@dataclass(frozen=True)
class RouteTotals:
    route: str
    provider: str | None
    model: str | None
    messages: int
    prompt_tokens: int
    completion_tokens: int


class ConversationStore:
    """Conversations in one SQLite file. Thread-safe; open one per process.

    Raises :class:`StoreOpenError` when the file cannot be used; ``busy_timeout_s`` is how long
    to wait for another program's lock, at open and on every write.
    """

    def __init__(self, path: Path, busy_timeout_s: float = 5.0, key: bytes | None = None) -> None:
        self.path = path
        self._lock = threading.RLock()
        try:
            _create_private(path)
        except OSError as exc:
            raise StoreOpenError(
                f"Hearth cannot create its conversations database {path}: {exc.strerror}. "
                f"Set {paths.HOME_ENV} to a writable folder.",
                "unusable",
            ) from exc
        try:
            self._db = connect(path, key)
        except DB_ERRORS as exc:
            raise _open_error(path, exc, key is not None) from exc
        try:
            self._db.execute(f"PRAGMA busy_timeout={int(busy_timeout_s * 1000)}")
            self.recovered_interrupted = self._open()
        except BaseException as exc:
            self._db.close()
            if isinstance(exc, DB_ERRORS):
                raise _open_error(path, exc, key is not None) from exc
            raise

    def _open(self) -> int:
        """Check, migrate and recover the file; the number of answers marked interrupted."""
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:  # refused before anything is written, the version included
            raise StoreOpenError(
                f"Your conversations database {self.path} was made by a newer Hearth (version "
                f"{version}); this Hearth reads version {SCHEMA_VERSION}. Open it with the newer "
                "Hearth; the file was left as it was.",
                "newer",
            )
        if version == 0:  # before anything is written: someone else's file stays as it was
            self._refuse_foreign_tables()
        elif version == SCHEMA_VERSION:
            self._check_columns()
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.execute("BEGIN IMMEDIATE")
        try:
            if version < SCHEMA_VERSION:
                for step in range(version, SCHEMA_VERSION):
                    MIGRATIONS[step](self._db)
                self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                self._check_columns()
            # both statements read every row: damage shows here, not later in the window
            self._db.execute("SELECT COUNT(*) FROM conversations").fetchone()
            recovered = self._db.execute(
                "UPDATE messages SET state='interrupted' WHERE state='streaming'"
            ).rowcount
            self._db.execute("COMMIT")
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise
        return recovered

    def _foreign(self, what: str) -> StoreOpenError:
        return StoreOpenError(
            f"{self.path} is not a Hearth conversations database ({what}). Hearth can set it "
            "aside, keeping it, and start with an empty history.",
            "damaged",
        )

    def _refuse_foreign_tables(self) -> None:
        """A version-0 file is new, or a first start cut short; never someone else's data."""
        rows = self._db.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        foreign = sorted({r[0] for r in rows} - {"conversations", "messages"})
        if foreign:
            raise self._foreign(f"it holds other tables: {', '.join(foreign)}")

    def _check_columns(self) -> None:
        for table, record in (("conversations", Conversation), ("messages", StoredMessage)):
            found = {r[1] for r in self._db.execute(f"PRAGMA table_info({table})")}
            wanted = {f.name for f in fields(record)}
            if found != wanted:
                raise self._foreign(f"its {table} table has other columns")

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """A write transaction; a failed write raises :class:`StoreWriteError`, changing nothing."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._db
                    self._db.execute("COMMIT")
                except BaseException:
                    if self._db.in_transaction:  # a failed COMMIT (busy, disk full) must not linger
                        self._db.execute("ROLLBACK")
                    raise
            except DB_ERRORS as exc:
                raise _write_error(exc) from exc

    def _query(self, sql: str, args: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # conversations -------------------------------------------------------------------------

    def create_conversation(self, title: str = "New chat", route: str = "local") -> Conversation:
        now = time.time()
        with self._tx() as db:
            cur = db.execute(
                "INSERT INTO conversations (title, created, updated, route) VALUES (?, ?, ?, ?)",
                (title, now, now, route),
            )
            assert cur.lastrowid is not None
            return Conversation(cur.lastrowid, title, now, now, route)

    def conversations(self) -> list[Conversation]:
        rows = self._query("SELECT * FROM conversations ORDER BY updated DESC, id DESC")
        return [Conversation(**dict(r)) for r in rows]

    def conversation(self, conversation_id: int) -> Conversation | None:
        rows = self._query("SELECT * FROM conversations WHERE id=?", (conversation_id,))
        return Conversation(**dict(rows[0])) if rows else None

    def rename_conversation(self, conversation_id: int, title: str) -> None:
        with self._tx() as db:
            db.execute("UPDATE conversations SET title=? WHERE id=?", (title, conversation_id))

    def set_conversation_route(self, conversation_id: int, route: str) -> None:
        with self._tx() as db:
            db.execute("UPDATE conversations SET route=? WHERE id=?", (route, conversation_id))

    def delete_conversation(self, conversation_id: int) -> None:
        with self._tx() as db:
            db.execute("DELETE FROM conversations WHERE id=?", (conversation_id,))

    # messages ------------------------------------------------------------------------------

    def add_message(self, conversation_id: int, role: str, content: str) -> StoredMessage:
        return self._insert(conversation_id, role, content, "complete")

    def begin_answer(
        self, conversation_id: int, route: str, provider: str, model: str
    ) -> StoredMessage:
        """Create the assistant message that a streaming answer will fill."""
        return self._insert(conversation_id, "assistant", "", "streaming", route, provider, model)

    def _insert(
        self,
        conversation_id: int,
        role: str,
        content: str,
        state: MessageState,
        route: str | None = None,
        provider: str | None = None,
        model: str | None = None,
    ) -> StoredMessage:
        now = time.time()
        with self._tx() as db:
            cur = db.execute(
                "INSERT INTO messages (conversation_id, role, content, created, state, route,"
                " provider, model) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (conversation_id, role, content, now, state, route, provider, model),
            )
            db.execute("UPDATE conversations SET updated=? WHERE id=?", (now, conversation_id))
            assert cur.lastrowid is not None
            return StoredMessage(
                cur.lastrowid, conversation_id, role, content, now, state, route, provider, model
            )

    def update_answer(self, message_id: int, content: str) -> None:
        """Checkpoint a streaming answer's text so far."""
        with self._tx() as db:
            db.execute("UPDATE messages SET content=? WHERE id=?", (content, message_id))

    def finish_answer(
        self,
        message_id: int,
        content: str,
        state: MessageState,
        usage: Usage | None = None,
        error: str | None = None,
    ) -> None:
        u = usage or Usage()
        with self._tx() as db:
            db.execute(
                "UPDATE messages SET content=?, state=?, prompt_tokens=?, completion_tokens=?,"
                " ttft_s=?, tokens_per_s=?, total_s=?, error=? WHERE id=?",
                (
                    content,
                    state,
                    u.prompt_tokens if usage else None,
                    u.completion_tokens if usage else None,
                    u.time_to_first_token_s,
                    u.tokens_per_s,
                    u.total_s if usage else None,
                    error,
                    message_id,
                ),
            )

    def messages(self, conversation_id: int) -> list[StoredMessage]:
        rows = self._query(
            "SELECT * FROM messages WHERE conversation_id=? ORDER BY id", (conversation_id,)
        )
        return [StoredMessage(**dict(r)) for r in rows]

    def message(self, message_id: int) -> StoredMessage | None:
        rows = self._query("SELECT * FROM messages WHERE id=?", (message_id,))
        return StoredMessage(**dict(rows[0])) if rows else None

    def route_totals(self, conversation_id: int) -> list[RouteTotals]:
        """Token use of a conversation's answers, per route, provider and model."""
        rows = self._query(
            "SELECT route, provider, model, COUNT(*) AS messages,"
            " COALESCE(SUM(prompt_tokens), 0) AS prompt_tokens,"
            " COALESCE(SUM(completion_tokens), 0) AS completion_tokens"
            " FROM messages WHERE conversation_id=? AND role='assistant'"
            " GROUP BY route, provider, model ORDER BY route, provider, model",
            (conversation_id,),
        )
        return [RouteTotals(**dict(r)) for r in rows]
