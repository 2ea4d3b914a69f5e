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
Messages form a tree: each has a ``parent_id`` (None for a first message), so an edited question
or a regenerated answer is a sibling of the one it replaces and no branch is ever lost. A
conversation remembers the leaf of the branch it shows (``current_leaf_id``); :meth:`path` is that
branch, root to leaf, and :meth:`ConversationStore.messages` returns it. A child's id is always
larger than its parent's, so the newest leaf under a message is the largest id in its subtree.

Titles and message text are indexed for full-text search (SQLite FTS5, external-content tables
kept in step by triggers): :meth:`ConversationStore.search`. A message's text enters the index in
batches: a finished message is first listed in ``search_pending`` (one small row, in the same
transaction), and the listed messages are indexed together in one transaction, before a search
runs (so a search always sees every finished message) or once :data:`INDEX_BATCH` are waiting.
One FTS5 segment per batch instead of one per message writes a fraction of the pages, and the
index needs less merging. A streaming answer is not listed until it stops, so the checkpoints
of its text rewrite one row each.

The connection is shared between the GUI thread and one worker thread; a lock serialises access.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
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
from app.core.settings import GenerationSettings, setting_range
from app.core.text import QT_TRANSLATE_NOOP, Text, as_data, from_data, joined

log = logging.getLogger(__name__)

MessageState = Literal["complete", "streaming", "interrupted", "error"]
# why an answer ended: its natural end, the max-tokens limit, Stop, a failure (its text is kept)
FinishReason = Literal["stop", "length", "interrupted", "error"]
OpenProblem = Literal["damaged", "newer", "locked", "unusable"]

SCHEMA_VERSION = 5
INDEX_BATCH = 64  # finished messages waiting for the full-text index before a write indexes them
HIGHLIGHT = ("«", "»")  # around the matched words of a search snippet
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


_VERSION_2 = (
    # branches: a tree of messages, and the leaf of the branch each conversation shows
    "ALTER TABLE conversations ADD COLUMN current_leaf_id INTEGER"
    " REFERENCES messages(id) ON DELETE SET NULL",
    "ALTER TABLE conversations ADD COLUMN settings_json TEXT",
    "ALTER TABLE conversations ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE conversations ADD COLUMN archived INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE messages ADD COLUMN parent_id INTEGER REFERENCES messages(id)",
    "ALTER TABLE messages ADD COLUMN finish_reason TEXT",
    "CREATE INDEX messages_by_parent ON messages (parent_id)",
    # deleting a message looks up the conversation whose leaf it is (ON DELETE SET NULL)
    "CREATE INDEX conversations_by_leaf ON conversations (current_leaf_id)",
    # version 1 was linear: each message answers the one before it
    "UPDATE messages SET parent_id = (SELECT MAX(p.id) FROM messages AS p"
    " WHERE p.conversation_id = messages.conversation_id AND p.id < messages.id)",
    "UPDATE conversations SET current_leaf_id ="
    " (SELECT MAX(id) FROM messages WHERE conversation_id = conversations.id)",
    "UPDATE messages SET finish_reason = state"
    " WHERE role = 'assistant' AND state IN ('interrupted', 'error')",
    # named answer settings
    """CREATE TABLE presets (
    name          TEXT PRIMARY KEY,
    settings_json TEXT NOT NULL,
    builtin       INTEGER NOT NULL DEFAULT 0
)""",
    "INSERT INTO presets VALUES ('Precise', '{\"temperature\": 0.2, \"top_p\": 0.9}', 1),"
    " ('Creative', '{\"temperature\": 1.0, \"top_p\": 0.95}', 1)",
    # full-text search over message text and titles, kept in step by triggers
    "CREATE VIRTUAL TABLE message_search USING fts5(content, content='messages',"
    " content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER message_search_insert AFTER INSERT ON messages BEGIN"
    " INSERT INTO message_search (rowid, content) VALUES (new.id, new.content); END",
    "CREATE TRIGGER message_search_delete AFTER DELETE ON messages BEGIN"
    " INSERT INTO message_search (message_search, rowid, content)"
    " VALUES ('delete', old.id, old.content); END",
    "CREATE TRIGGER message_search_update AFTER UPDATE OF content ON messages BEGIN"
    " INSERT INTO message_search (message_search, rowid, content)"
    " VALUES ('delete', old.id, old.content);"
    " INSERT INTO message_search (rowid, content) VALUES (new.id, new.content); END",
    "INSERT INTO message_search (message_search) VALUES ('rebuild')",
    "CREATE VIRTUAL TABLE title_search USING fts5(title, content='conversations',"
    " content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER title_search_insert AFTER INSERT ON conversations BEGIN"
    " INSERT INTO title_search (rowid, title) VALUES (new.id, new.title); END",
    "CREATE TRIGGER title_search_delete AFTER DELETE ON conversations BEGIN"
    " INSERT INTO title_search (title_search, rowid, title)"
    " VALUES ('delete', old.id, old.title); END",
    "CREATE TRIGGER title_search_update AFTER UPDATE OF title ON conversations BEGIN"
    " INSERT INTO title_search (title_search, rowid, title)"
    " VALUES ('delete', old.id, old.title);"
    " INSERT INTO title_search (rowid, title) VALUES (new.id, new.title); END",
    "INSERT INTO title_search (title_search) VALUES ('rebuild')",
)

_SEARCH_DELETE = (
    "INSERT INTO message_search (message_search, rowid, content)"
    " SELECT 'delete', old.id, old.content WHERE old.state != 'streaming';"
)
_SEARCH_INSERT = (
    "INSERT INTO message_search (rowid, content)"
    " SELECT new.id, new.content WHERE new.state != 'streaming';"
)
_VERSION_3 = (
    # an answer is indexed for search once it stops streaming, not at each checkpoint of its
    # text: a checkpoint rewrites one row instead of a new full-text segment
    "DROP TRIGGER message_search_insert",
    "DROP TRIGGER message_search_delete",
    "DROP TRIGGER message_search_update",
    f"CREATE TRIGGER message_search_insert AFTER INSERT ON messages BEGIN {_SEARCH_INSERT} END",
    f"CREATE TRIGGER message_search_delete AFTER DELETE ON messages BEGIN {_SEARCH_DELETE} END",
    "CREATE TRIGGER message_search_update AFTER UPDATE OF content, state ON messages BEGIN"
    f" {_SEARCH_DELETE} {_SEARCH_INSERT} END",
    # version 2 indexed streaming answers: they leave the index until they end
    "INSERT INTO message_search (message_search, rowid, content)"
    " SELECT 'delete', id, content FROM messages WHERE state = 'streaming'",
)


_INDEXED_OLD = (
    "old.state != 'streaming' AND NOT EXISTS"
    " (SELECT 1 FROM search_pending WHERE message_id = old.id)"
)
_VERSION_4 = (
    # finished messages whose text is not in the full-text index yet (indexed in batches)
    "CREATE TABLE search_pending (message_id INTEGER PRIMARY KEY)",
    "DROP TRIGGER message_search_insert",
    "DROP TRIGGER message_search_delete",
    "DROP TRIGGER message_search_update",
    "CREATE TRIGGER message_search_insert AFTER INSERT ON messages"
    " WHEN new.state != 'streaming' BEGIN"
    " INSERT INTO search_pending (message_id) VALUES (new.id); END",
    # a message in the index leaves it with the text it was indexed with (its text then)
    "CREATE TRIGGER message_search_delete AFTER DELETE ON messages BEGIN"
    " INSERT INTO message_search (message_search, rowid, content)"
    f" SELECT 'delete', old.id, old.content WHERE {_INDEXED_OLD};"
    " DELETE FROM search_pending WHERE message_id = old.id; END",
    "CREATE TRIGGER message_search_update AFTER UPDATE OF content, state ON messages BEGIN"
    " INSERT INTO message_search (message_search, rowid, content)"
    f" SELECT 'delete', old.id, old.content WHERE {_INDEXED_OLD};"
    " DELETE FROM search_pending WHERE message_id = old.id AND new.state = 'streaming';"
    " INSERT OR IGNORE INTO search_pending (message_id)"
    " SELECT new.id WHERE new.state != 'streaming'; END",
)


_VERSION_5 = (
    # an answer's error as its core Text's template and arguments (JSON), beside its English
    # words in ``error``: shown in the window's language when the chat is opened again
    "ALTER TABLE messages ADD COLUMN error_json TEXT",
)


def _index_pending(db: sqlite3.Connection, at_least: int = 1) -> None:
    """Put the text of the messages listed in ``search_pending`` into the full-text index,
    if at least ``at_least`` are waiting; inside the caller's write transaction."""
    if at_least > 1:
        waiting = db.execute("SELECT COUNT(*) FROM search_pending").fetchone()[0]
        if waiting < at_least:
            return
    db.execute(
        "INSERT INTO message_search (rowid, content) SELECT m.id, m.content"
        " FROM search_pending AS p JOIN messages AS m ON m.id = p.message_id"
    )
    db.execute("DELETE FROM search_pending")


def _steps(statements: tuple[str, ...]) -> Callable[[sqlite3.Connection], None]:
    def step(db: sqlite3.Connection) -> None:
        for statement in statements:
            db.execute(statement)

    return step


# version N -> the step that turns a version-N database into version N+1, run in the opening
# transaction; version 0 is a new, empty file. A schema change adds SCHEMA_VERSION's step here.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    0: _steps(_VERSION_1),
    1: _steps(_VERSION_2),
    2: _steps(_VERSION_3),
    3: _steps(_VERSION_4),
    4: _steps(_VERSION_5),
}

_V1_CONVERSATION_COLUMNS = ("id", "title", "created", "updated", "route")
_V1_MESSAGE_COLUMNS = (
    "id", "conversation_id", "role", "content", "created", "state", "route", "provider", "model",
    "prompt_tokens", "completion_tokens", "ttft_s", "tokens_per_s", "total_s", "error",
)  # fmt: skip
# version -> table -> its columns, checked before a file of that version is trusted
_COLUMNS: dict[int, dict[str, tuple[str, ...]]] = {
    1: {"conversations": _V1_CONVERSATION_COLUMNS, "messages": _V1_MESSAGE_COLUMNS},
    2: {
        "conversations": (
            *_V1_CONVERSATION_COLUMNS,
            "current_leaf_id",
            "settings_json",
            "pinned",
            "archived",
        ),
        "messages": (*_V1_MESSAGE_COLUMNS, "parent_id", "finish_reason"),
        "presets": ("name", "settings_json", "builtin"),
    },
}
_COLUMNS[3] = _COLUMNS[2]  # version 3 changed the search triggers only
_COLUMNS[4] = {**_COLUMNS[3], "search_pending": ("message_id",)}
_COLUMNS[5] = {**_COLUMNS[4], "messages": (*_COLUMNS[4]["messages"], "error_json")}


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


@dataclass(frozen=True)
class CipherFormat:
    """How SQLCipher lays out an encrypted database: its page size and page HMAC.

    Both must be known before the first page is read; a file written one way does not open
    the other way (the key check fails as if the key were wrong).
    """

    page_size: int
    hmac: str  # SQLCipher's name: HMAC_SHA256, HMAC_SHA512

    def pragmas(self, schema: str = "") -> tuple[str, ...]:
        """The statements that select this format, for ``schema`` (an attached database)."""
        prefix = f"{schema}." if schema else ""
        return (
            f"PRAGMA {prefix}cipher_page_size = {self.page_size}",
            f"PRAGMA {prefix}cipher_hmac_algorithm = {self.hmac}",
        )


# The formats of an encrypted database, newest first: new databases get the first, and a file
# is opened with the first one its key opens. SQLCipher encrypts (AES-256-CBC) and
# authenticates each page it writes, and a store write changes a handful of small rows, so the
# work is per page: 1 KiB pages make it a quarter of what SQLCipher's default 4 KiB pages cost,
# and HMAC-SHA256, which CPUs with SHA extensions compute several times faster than SQLCipher's
# default HMAC-SHA512, cuts the rest (tests/bench/encryption.py measures it). The others are
# what earlier Hearths wrote, still read as they are.
CIPHER_FORMATS = (
    CipherFormat(1024, "HMAC_SHA256"),
    CipherFormat(1024, "HMAC_SHA512"),
    CipherFormat(4096, "HMAC_SHA512"),
)


def sqlcipher_available() -> bool:
    """Whether this install can encrypt the database (the SQLCipher binding is present)."""
    return _sqlcipher is not None


def connect(path: Path, key: bytes | None = None, *, sqlcipher: bool = False) -> sqlite3.Connection:
    """A connection to ``path`` (autocommit, any thread, rows as ``Row``).

    With ``key`` (32 random bytes), SQLCipher opens the file as an encrypted database: every
    page, the write-ahead log included, is AES-256 encrypted with that raw key. The key is
    checked here: a key that opens the file in none of the :data:`CIPHER_FORMATS` raises
    ``file is not a database`` (an empty file takes the first, the one new databases get).
    ``sqlcipher=True`` opens a plain file through SQLCipher too (for ``sqlcipher_export``).
    """
    if key is None and not sqlcipher:
        db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        db.row_factory = sqlite3.Row
        return db
    if _sqlcipher is None:
        raise StoreOpenError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "Your conversations database {path} is encrypted, and this Hearth was "
                    "installed without SQLCipher (the sqlcipher3 package), so it cannot open it.",
                ),
                path=str(path),
            ),
            "unusable",
        )
    if key is None:
        return _sqlcipher_connect(path)
    for cipher in CIPHER_FORMATS:
        keyed = _sqlcipher_connect(path)
        keyed.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        for pragma in cipher.pragmas():
            keyed.execute(pragma)
        try:
            keyed.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        except _sqlcipher.DatabaseError as exc:
            keyed.close()
            if _primary_code(exc) != _NOTADB or cipher == CIPHER_FORMATS[-1]:
                raise
            continue
        return keyed
    raise AssertionError("unreachable: the last format returns or raises")


def _sqlcipher_connect(path: Path) -> Any:
    assert _sqlcipher is not None
    db: Any = _sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    db.row_factory = _sqlcipher.Row
    db.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is reported here, not on stderr
    return db  # the same DB-API as sqlite3's


def _primary_code(exc: Exception) -> int:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else _CODE_OF_TEXT.get(str(exc), -1)


def _write_error(exc: Exception) -> StoreWriteError:
    code = _primary_code(exc)
    if code == _FULL:
        template = QT_TRANSLATE_NOOP(
            "Core", "Hearth could not save: the disk is full. Free some space, then try again."
        )
    elif code in (_READONLY, _PERM, _CANTOPEN):
        template = QT_TRANSLATE_NOOP(
            "Core", "Hearth could not save: its data folder cannot be written ({error})."
        )
    elif code in (_BUSY, _LOCKED):
        template = QT_TRANSLATE_NOOP(
            "Core",
            "Hearth could not save: another program is using the conversations database. Close "
            "it, then try again.",
        )
    elif code in (_CORRUPT, _NOTADB):
        template = QT_TRANSLATE_NOOP(
            "Core",
            "Hearth could not save: the conversations database is damaged. Restart Hearth to set "
            "it aside.",
        )
    elif code == _IOERR:
        template = QT_TRANSLATE_NOOP(
            "Core", "Hearth could not save: the disk reported an error ({error})."
        )
    else:
        template = QT_TRANSLATE_NOOP("Core", "Hearth could not save: {error}.")
    return StoreWriteError(Text(template, error=str(exc)))


def _open_error(path: Path, exc: Exception, keyed: bool = False) -> StoreOpenError:
    code = _primary_code(exc)
    if keyed and code == _NOTADB:
        return StoreOpenError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "Your conversations database {path} is encrypted, and the key in your system "
                    "keychain does not open it (the key was replaced, or the file is damaged). "
                    "Hearth left the file as it is: restore the keychain entry 'Hearth / "
                    "store_key', or let Hearth set the file aside, keeping it for recovery, and "
                    "start with an empty history.",
                ),
                path=str(path),
            ),
            "damaged",
        )
    if code in (_CORRUPT, _NOTADB):
        return StoreOpenError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "Your conversations database {path} is damaged ({error}). Hearth can set it "
                    "aside, keeping it for recovery, and start with an empty history.",
                ),
                path=str(path),
                error=str(exc),
            ),
            "damaged",
        )
    if code in (_BUSY, _LOCKED):
        return StoreOpenError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "Your conversations database {path} is locked by another program. Close that "
                    "program (or wait for it to finish), then try again.",
                ),
                path=str(path),
            ),
            "locked",
        )
    reason = (
        Text(QT_TRANSLATE_NOOP("Core", "it is a folder, not a file")) if path.is_dir() else str(exc)
    )
    return StoreOpenError(
        Text(
            QT_TRANSLATE_NOOP(
                "Core",
                "Hearth cannot open its conversations database {path}: {reason}. Move it out of "
                "the way, or set {variable} to another folder.",
            ),
            path=str(path),
            reason=reason,
            variable=paths.HOME_ENV,
        ),
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
    current_leaf_id: int | None = None  # the last message of the branch shown
    pinned: bool = False
    archived: bool = False


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
    parent_id: int | None = None  # None: a first message
    finish_reason: FinishReason | None = None  # answers only; None: not known (version 1)

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


@dataclass(frozen=True)
class GenerationOverrides:
    """A conversation's (or a preset's) answer settings; None means "the global default"."""

    system_prompt: str | None = None
    temperature: float | None = None
    top_p: float | None = None
    max_tokens: int | None = None
    seed: int | None = None

    def problems(self) -> list[Text]:
        """What is wrong with these values, in words; empty when they can be used."""
        found = []
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None:
                continue
            if f.name == "system_prompt":
                if not isinstance(value, str):
                    found.append(
                        Text(QT_TRANSLATE_NOOP("Core", "{field} must be text"), field=f.name)
                    )
                continue
            low, high = setting_range(GenerationSettings, f.name)
            whole = f.name in ("max_tokens", "seed")
            kinds = (int,) if whole else (int, float)
            number = isinstance(value, kinds) and not isinstance(value, bool)
            if not number or not math.isfinite(value) or not low <= value <= high:
                if whole:
                    template = QT_TRANSLATE_NOOP(
                        "Core",
                        "{field} must be a whole number from {low:g} to {high:g}, not {value}",
                    )
                else:
                    template = QT_TRANSLATE_NOOP(
                        "Core", "{field} must be a number from {low:g} to {high:g}, not {value}"
                    )
                shown = value if number and math.isfinite(value) else repr(value)[:40]
                found.append(Text(template, field=f.name, low=low, high=high, value=shown))
        return found

    def applied_to(self, defaults: GenerationSettings) -> GenerationSettings:
        """``defaults`` with these overrides in place."""
        changes = {f.name: getattr(self, f.name) for f in fields(self)}
        return dataclasses.replace(defaults, **{k: v for k, v in changes.items() if v is not None})

    def as_dict(self) -> dict[str, Any]:
        """The overrides that are set (what Hearth stores and exports)."""
        return {
            f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GenerationOverrides:
        """Overrides from stored data; a value that is not usable is left out (the default)."""
        names = {f.name for f in fields(cls)}
        kept = {}
        for name, value in data.items():
            if name in names and not cls(**{name: value}).problems():
                kept[name] = value
        return cls(**kept)


@dataclass(frozen=True)
class Preset:
    name: str
    settings: GenerationOverrides
    builtin: bool  # "Precise" and "Creative" ship with Hearth and cannot be changed


@dataclass(frozen=True)
class SearchHit:
    """One search result; ``snippet`` marks the matched words with :data:`HIGHLIGHT`."""

    conversation_id: int
    message_id: int | None  # None: the conversation's title matched
    title: str
    snippet: str


@dataclass(frozen=True)
class ConversationTree:
    """A whole conversation, every branch included: what export writes and import reads.

    ``messages`` come parents first; their ``id`` and ``parent_id`` (and the conversation's
    ``current_leaf_id``) may be the file's own numbers, which import replaces.
    """

    conversation: Conversation
    settings: GenerationOverrides
    messages: list[StoredMessage]


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query that cannot be a syntax error: every word a quoted
    phrase, all of them required, the last one also matching as a prefix (search as you type).
    A NUL would end the query early inside SQLite: it separates words like a space."""
    terms = ['"' + term.replace('"', '""') + '"' for term in text.replace("\0", " ").split()]
    if terms:
        terms[-1] += "*"
    return " ".join(terms)


# a message's columns in the order of StoredMessage's fields, then its error's template and
# arguments: rows become messages positionally (_message)
_MESSAGE_COLUMNS = (
    ", ".join(f"messages.{f.name}" for f in fields(StoredMessage)) + ", messages.error_json"
)


def _message(row: Sequence[Any]) -> StoredMessage:
    """A message from a row of :data:`_MESSAGE_COLUMNS`; its error a core
    :class:`~app.core.text.Text` where its template was kept (the window then shows it in its
    language), else the English words stored."""
    *values, error_json = tuple(row)
    message = StoredMessage(*values)
    if not error_json:
        return message
    try:
        error = from_data(json.loads(error_json))
    except (ValueError, KeyError, TypeError, IndexError):
        log.warning("message %d: its error's template cannot be read", message.id)
        return message
    if isinstance(error, Text) and error == message.error:  # the words it was saved with
        return dataclasses.replace(message, error=error)
    return message


_PATH = (
    "WITH RECURSIVE up(id, depth) AS ("
    " SELECT id, 0 FROM messages WHERE id = ? AND conversation_id = ?"
    " UNION ALL SELECT m.parent_id, up.depth + 1 FROM messages AS m JOIN up ON m.id = up.id"
    " WHERE m.parent_id IS NOT NULL AND up.depth + 1 < ?)"
    f" SELECT {_MESSAGE_COLUMNS} FROM up JOIN messages ON messages.id = up.id"
    " ORDER BY up.depth DESC"
)
_SUBTREE = (
    "WITH RECURSIVE down(id) AS (SELECT ?"
    " UNION ALL SELECT m.id FROM messages AS m JOIN down ON m.parent_id = down.id)"
)


def _conversation(row: sqlite3.Row) -> Conversation:
    data = dict(row)
    data.pop("settings_json", None)
    data["pinned"], data["archived"] = bool(data["pinned"]), bool(data["archived"])
    return Conversation(**data)


def _overrides(text: str | None) -> GenerationOverrides:
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return GenerationOverrides()
    return GenerationOverrides.from_dict(data) if isinstance(data, dict) else GenerationOverrides()


class ConversationStore:
    """Conversations in one SQLite file. Thread-safe; open one per process.

    Raises :class:`StoreOpenError` when the file cannot be used; ``busy_timeout_s`` is how long
    to wait for another program's lock, at open and on every write. ``recover=False`` leaves
    answers marked streaming as they are: for a second process (``hearth search``) while an
    open Hearth may be writing them.
    """

    def __init__(
        self,
        path: Path,
        busy_timeout_s: float = 5.0,
        key: bytes | None = None,
        recover: bool = True,
    ) -> None:
        self.db_path = path
        self.key = key  # None: plain SQLite
        self._lock = threading.RLock()
        try:
            _create_private(path)
        except OSError as exc:
            raise StoreOpenError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "Hearth cannot create its conversations database {path}: {error}. Set "
                        "{variable} to a writable folder.",
                    ),
                    path=str(path),
                    error=exc.strerror,
                    variable=paths.HOME_ENV,
                ),
                "unusable",
            ) from exc
        try:
            self._db = connect(path, key)
        except DB_ERRORS as exc:
            raise _open_error(path, exc, key is not None) from exc
        try:
            self._busy_ms = int(busy_timeout_s * 1000)
            self._db.execute(f"PRAGMA busy_timeout={self._busy_ms}")
            self.recovered_interrupted = self._open(recover)
        except BaseException as exc:
            self._db.close()
            if isinstance(exc, DB_ERRORS):
                raise _open_error(path, exc, key is not None) from exc
            raise

    def _open(self, recover: bool) -> int:
        """Check, migrate and recover the file; the number of answers marked interrupted."""
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:  # refused before anything is written, the version included
            raise StoreOpenError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "Your conversations database {path} was made by a newer Hearth (version "
                        "{version}); this Hearth reads version {known}. Open it with the newer "
                        "Hearth; the file was left as it was.",
                    ),
                    path=str(self.db_path),
                    version=version,
                    known=SCHEMA_VERSION,
                ),
                "newer",
            )
        if version == 0:  # before anything is written: someone else's file stays as it was
            self._refuse_foreign_tables()
        else:
            self._check_columns(version)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.execute("BEGIN IMMEDIATE")
        try:
            if version < SCHEMA_VERSION:
                for step in range(version, SCHEMA_VERSION):
                    MIGRATIONS[step](self._db)
                self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                self._check_columns(SCHEMA_VERSION)
            # both statements read every row of the table itself (not an index): damage shows
            # here, not later in the window
            self._db.execute("SELECT COUNT(*) FROM conversations NOT INDEXED").fetchone()
            recovered = 0
            if recover:
                recovered = self._db.execute(
                    "UPDATE messages SET state='interrupted', finish_reason='interrupted'"
                    " WHERE state='streaming'"
                ).rowcount
            self._db.execute("COMMIT")
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise
        return recovered

    def _foreign(self, what: str) -> StoreOpenError:
        return StoreOpenError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "{path} is not a Hearth conversations database ({what}). Hearth can set it "
                    "aside, keeping it, and start with an empty history.",
                ),
                path=str(self.db_path),
                what=what,
            ),
            "damaged",
        )

    def _refuse_foreign_tables(self) -> None:
        """A version-0 file is new, or a first start cut short; never someone else's data."""
        rows = self._db.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        foreign = sorted({r[0] for r in rows} - {"conversations", "messages"})
        if foreign:
            raise self._foreign(
                Text(
                    QT_TRANSLATE_NOOP("Core", "it holds other tables: {tables}"),
                    tables=", ".join(foreign),
                )
            )

    def _check_columns(self, version: int) -> None:
        for table, columns in _COLUMNS[version].items():
            found = {r[1] for r in self._db.execute(f"PRAGMA table_info({table})")}
            if found != set(columns):
                raise self._foreign(
                    Text(
                        QT_TRANSLATE_NOOP("Core", "its {table} table has other columns"),
                        table=table,
                    )
                )

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

    def conversations(self, include_archived: bool = False) -> list[Conversation]:
        """Pinned conversations first, then the most recently updated."""
        where = "" if include_archived else " WHERE archived = 0"
        rows = self._query(
            f"SELECT * FROM conversations{where} ORDER BY pinned DESC, updated DESC, id DESC"
        )
        return [_conversation(r) for r in rows]

    def conversation(self, conversation_id: int) -> Conversation | None:
        rows = self._query("SELECT * FROM conversations WHERE id=?", (conversation_id,))
        return _conversation(rows[0]) if rows else None

    def rename_conversation(self, conversation_id: int, title: str) -> None:
        with self._tx() as db:
            db.execute("UPDATE conversations SET title=? WHERE id=?", (title, conversation_id))

    def retitle_conversation(self, conversation_id: int, expected: str, title: str) -> bool:
        """Rename the conversation to ``title`` only if its title is still ``expected`` (a title
        the user chose in the meantime is kept); True when renamed."""
        with self._tx() as db:
            cursor = db.execute(
                "UPDATE conversations SET title=? WHERE id=? AND title=?",
                (title, conversation_id, expected),
            )
            return cursor.rowcount == 1

    def set_conversation_route(self, conversation_id: int, route: str) -> None:
        with self._tx() as db:
            db.execute("UPDATE conversations SET route=? WHERE id=?", (route, conversation_id))

    def set_pinned(self, conversation_id: int, pinned: bool) -> None:
        with self._tx() as db:
            db.execute("UPDATE conversations SET pinned=? WHERE id=?", (pinned, conversation_id))

    def set_archived(self, conversation_id: int, archived: bool) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE conversations SET archived=? WHERE id=?", (archived, conversation_id)
            )

    def delete_conversation(self, conversation_id: int) -> None:
        with self._tx() as db:
            db.execute("DELETE FROM conversations WHERE id=?", (conversation_id,))

    # answer settings -----------------------------------------------------------------------

    def conversation_settings(self, conversation_id: int) -> GenerationOverrides:
        """The conversation's own answer settings (all None: the global ones apply)."""
        rows = self._query("SELECT settings_json FROM conversations WHERE id=?", (conversation_id,))
        return _overrides(rows[0][0]) if rows else GenerationOverrides()

    def set_conversation_settings(
        self, conversation_id: int, settings: GenerationOverrides
    ) -> None:
        """Raises ValueError, naming the field and its range, for a value that cannot be used."""
        problems = settings.problems()
        if problems:
            raise ValueError(joined("; ", problems))
        text = json.dumps(settings.as_dict()) if settings.as_dict() else None
        with self._tx() as db:
            db.execute(
                "UPDATE conversations SET settings_json=? WHERE id=?", (text, conversation_id)
            )

    def presets(self) -> list[Preset]:
        """Hearth's presets first, then the user's, by name."""
        rows = self._query("SELECT * FROM presets ORDER BY builtin DESC, name COLLATE NOCASE")
        return [Preset(r["name"], _overrides(r["settings_json"]), bool(r["builtin"])) for r in rows]

    def save_preset(self, name: str, settings: GenerationOverrides) -> None:
        """Add or replace a user preset. Raises ValueError for a bad name or value, or a
        name of one of Hearth's own presets."""
        name = name.strip()
        problems = settings.problems()
        if not name or len(name) > 64:
            problems.insert(
                0, Text(QT_TRANSLATE_NOOP("Core", "a preset needs a name of 1 to 64 characters"))
            )
        if problems:
            raise ValueError(joined("; ", problems))
        with self._tx() as db:
            if db.execute("SELECT 1 FROM presets WHERE name=? AND builtin=1", (name,)).fetchone():
                raise ValueError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core",
                            "“{name}” is one of Hearth's presets; save yours by another name",
                        ),
                        name=name,
                    )
                )
            db.execute(
                "INSERT OR REPLACE INTO presets (name, settings_json, builtin) VALUES (?, ?, 0)",
                (name, json.dumps(settings.as_dict())),
            )

    def delete_preset(self, name: str) -> None:
        """Delete a user preset; Hearth's own cannot be deleted (ValueError)."""
        with self._tx() as db:
            if db.execute("SELECT 1 FROM presets WHERE name=? AND builtin=1", (name,)).fetchone():
                raise ValueError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core", "“{name}” is one of Hearth's presets and cannot be deleted"
                        ),
                        name=name,
                    )
                )
            db.execute("DELETE FROM presets WHERE name=?", (name,))

    # messages ------------------------------------------------------------------------------

    def add_message(
        self, conversation_id: int, role: str, content: str, parent_id: int | None = None
    ) -> StoredMessage:
        """Add a message after ``parent_id`` (default: the current leaf); it becomes the leaf."""
        with self._tx() as db:
            parent = self._parent(db, conversation_id, parent_id)
            message = self._insert(db, conversation_id, parent, role, content, "complete")
            _index_pending(db, INDEX_BATCH)
            return message

    def begin_answer(
        self,
        conversation_id: int,
        route: str,
        provider: str,
        model: str,
        parent_id: int | None = None,
    ) -> StoredMessage:
        """Create the assistant message that a streaming answer will fill, after ``parent_id``
        (default: the current leaf; a user message that has an answer: regenerate)."""
        with self._tx() as db:
            parent = self._parent(db, conversation_id, parent_id)
            return self._insert(
                db, conversation_id, parent, "assistant", "", "streaming", route, provider, model
            )

    def fork_user_message(self, message_id: int, text: str) -> int:
        """Edit a user message: a new sibling with ``text``, shown from now on; the old one and
        what answered it stay as a branch. The new message's id."""
        with self._tx() as db:
            row = db.execute(
                "SELECT conversation_id, role, parent_id FROM messages WHERE id=?", (message_id,)
            ).fetchone()
            if row is None or row["role"] != "user":
                raise ValueError(f"message {message_id} is not a user message")
            message = self._insert(
                db, row["conversation_id"], row["parent_id"], "user", text, "complete"
            )
            return message.id

    def resume_answer(
        self, message_id: int, route: str, provider: str, model: str
    ) -> StoredMessage:
        """Mark a finished answer as streaming again, to continue it with the engine named by
        ``route``, ``provider`` and ``model`` (which the answer then records); it becomes the
        leaf. Raises ValueError unless it is an answer that nothing follows yet."""
        with self._tx() as db:
            row = db.execute(
                f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE id=?", (message_id,)
            ).fetchone()
            if row is None or row["role"] != "assistant":
                raise ValueError(f"message {message_id} is not an answer")
            if db.execute("SELECT 1 FROM messages WHERE parent_id=?", (message_id,)).fetchone():
                raise ValueError(f"answer {message_id} has replies; only a last answer continues")
            db.execute(
                "UPDATE messages SET state='streaming', finish_reason=NULL, route=?, provider=?,"
                " model=? WHERE id=?",
                (route, provider, model, message_id),
            )
            db.execute(
                "UPDATE conversations SET current_leaf_id=?, updated=? WHERE id=?",
                (message_id, time.time(), row["conversation_id"]),
            )
            return dataclasses.replace(
                _message(row),
                state="streaming",
                finish_reason=None,
                route=route,
                provider=provider,
                model=model,
            )

    def _parent(
        self, db: sqlite3.Connection, conversation_id: int, parent_id: int | None
    ) -> int | None:
        """The parent for a new message: ``parent_id``, checked, or the current leaf."""
        if parent_id is None:
            row = db.execute(
                "SELECT current_leaf_id FROM conversations WHERE id=?", (conversation_id,)
            ).fetchone()
            return row[0] if row else None
        row = db.execute("SELECT conversation_id FROM messages WHERE id=?", (parent_id,)).fetchone()
        if row is None or row[0] != conversation_id:
            raise ValueError(f"message {parent_id} is not in conversation {conversation_id}")
        return parent_id

    def _insert(
        self,
        db: sqlite3.Connection,
        conversation_id: int,
        parent_id: int | None,
        role: str,
        content: str,
        state: MessageState,
        route: str | None = None,
        provider: str | None = None,
        model: str | None = None,
    ) -> StoredMessage:
        now = time.time()
        cur = db.execute(
            "INSERT INTO messages (conversation_id, parent_id, role, content, created, state,"
            " route, provider, model) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (conversation_id, parent_id, role, content, now, state, route, provider, model),
        )
        assert cur.lastrowid is not None
        db.execute(
            "UPDATE conversations SET updated=?, current_leaf_id=? WHERE id=?",
            (now, cur.lastrowid, conversation_id),
        )
        return StoredMessage(
            cur.lastrowid, conversation_id, role, content, now, state, route, provider, model,
            parent_id=parent_id,
        )  # fmt: skip

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
        finish_reason: FinishReason | None = None,
    ) -> None:
        u = usage or Usage()
        with self._tx() as db:
            db.execute(
                "UPDATE messages SET content=?, state=?, prompt_tokens=?, completion_tokens=?,"
                " ttft_s=?, tokens_per_s=?, total_s=?, error=?, error_json=?, finish_reason=?"
                " WHERE id=?",
                (
                    content,
                    state,
                    u.prompt_tokens if usage else None,
                    u.completion_tokens if usage else None,
                    u.time_to_first_token_s,
                    u.tokens_per_s,
                    u.total_s if usage else None,
                    error,
                    json.dumps(as_data(error)) if isinstance(error, Text) else None,
                    finish_reason,
                    message_id,
                ),
            )
            _index_pending(db, INDEX_BATCH)

    def delete_message(self, message_id: int) -> None:
        """Delete a message and everything that followed it (its subtree: for a user message,
        what answered it). If the branch shown ran through it, the conversation then shows the
        newest branch left under its parent (the parent itself when none is)."""
        with self._tx() as db:
            row = db.execute(
                "SELECT m.conversation_id, m.parent_id, c.current_leaf_id FROM messages AS m"
                " JOIN conversations AS c ON c.id = m.conversation_id WHERE m.id=?",
                (message_id,),
            ).fetchone()
            if row is None:
                return
            conversation_id, parent_id, leaf = row
            subtree = f"{_SUBTREE} SELECT id FROM down"
            shown = (
                leaf is None
                or db.execute(
                    f"{_SUBTREE} SELECT 1 FROM down WHERE id=?", (message_id, leaf)
                ).fetchone()
            )
            db.execute(f"DELETE FROM messages WHERE id IN ({subtree})", (message_id,))
            if shown:
                if parent_id is None:
                    leaf = db.execute(
                        "SELECT MAX(id) FROM messages WHERE conversation_id=?", (conversation_id,)
                    ).fetchone()[0]
                else:
                    leaf = db.execute(
                        f"{_SUBTREE} SELECT MAX(id) FROM down", (parent_id,)
                    ).fetchone()[0]
            db.execute(
                "UPDATE conversations SET current_leaf_id=?, updated=? WHERE id=?",
                (leaf, time.time(), conversation_id),
            )

    # branches ------------------------------------------------------------------------------

    def path(
        self, conversation_id: int, leaf_id: int | None = None, last: int | None = None
    ) -> list[StoredMessage]:
        """The branch ending at ``leaf_id`` (default: the one shown), first message first;
        ``last``: only its last ``last`` messages (what a long conversation's view shows)."""
        with self._lock:
            if leaf_id is None:
                row = self._db.execute(
                    "SELECT current_leaf_id FROM conversations WHERE id=?", (conversation_id,)
                ).fetchone()
                leaf_id = row[0] if row else None
            if leaf_id is None:
                return []
            depth = last if last is not None else 2**62
            rows = self._db.execute(_PATH, (leaf_id, conversation_id, depth)).fetchall()
        return [_message(r) for r in rows]

    def messages(self, conversation_id: int) -> list[StoredMessage]:
        """The messages of the branch shown, first message first."""
        return self.path(conversation_id)

    def all_messages(self, conversation_id: int) -> list[StoredMessage]:
        """Every message of every branch, parents before their children (by id)."""
        rows = self._query(
            f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE conversation_id=? ORDER BY id",
            (conversation_id,),
        )
        return [_message(r) for r in rows]

    def forks(self, conversation_id: int) -> dict[int, tuple[int, int]]:
        """Every message of the conversation that has alternatives: its number among them
        and how many there are (``(2, 3)``: the second of three). One query that reads only
        the messages that have alternatives, however long the conversation."""
        rows = self._query(
            "SELECT id, parent_id FROM messages WHERE conversation_id=?1 AND ("
            " parent_id IN (SELECT parent_id FROM messages WHERE conversation_id=?1"
            "  AND parent_id IS NOT NULL GROUP BY parent_id HAVING COUNT(*) > 1)"
            " OR (parent_id IS NULL AND (SELECT COUNT(*) FROM messages"
            "  WHERE conversation_id=?1 AND parent_id IS NULL) > 1)) ORDER BY id",
            (conversation_id,),
        )
        children: dict[int | None, list[int]] = {}
        for message_id, parent_id in rows:
            children.setdefault(parent_id, []).append(message_id)
        return {
            message_id: (number, len(ids))
            for ids in children.values()
            if len(ids) > 1
            for number, message_id in enumerate(ids, start=1)
        }

    def siblings(self, message_id: int) -> list[int]:
        """The ids of the message and its alternatives (same parent), oldest first: the
        message is number ``siblings.index(id) + 1`` of ``len(siblings)``."""
        with self._lock:
            row = self._db.execute(
                "SELECT conversation_id, parent_id FROM messages WHERE id=?", (message_id,)
            ).fetchone()
            if row is None:
                return []
            if row["parent_id"] is None:
                rows = self._db.execute(
                    "SELECT id FROM messages WHERE conversation_id=? AND parent_id IS NULL"
                    " ORDER BY id",
                    (row["conversation_id"],),
                ).fetchall()
            else:
                rows = self._db.execute(
                    "SELECT id FROM messages WHERE parent_id=? ORDER BY id", (row["parent_id"],)
                ).fetchall()
        return [r[0] for r in rows]

    def switch_branch(self, message_id: int) -> int:
        """Show the branch through ``message_id``: the conversation's leaf becomes the newest
        leaf under it. The new leaf's id."""
        with self._tx() as db:
            row = db.execute(
                "SELECT conversation_id FROM messages WHERE id=?", (message_id,)
            ).fetchone()
            if row is None:
                raise ValueError(f"there is no message {message_id}")
            leaf = db.execute(f"{_SUBTREE} SELECT MAX(id) FROM down", (message_id,)).fetchone()[0]
            db.execute("UPDATE conversations SET current_leaf_id=? WHERE id=?", (leaf, row[0]))
            return int(leaf)

    def message(self, message_id: int) -> StoredMessage | None:
        rows = self._query(f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE id=?", (message_id,))
        return _message(rows[0]) if rows else None

    def route_totals(self, conversation_id: int) -> list[RouteTotals]:
        """Token use of a conversation's answers (every branch), per route, provider and model."""
        rows = self._query(
            "SELECT route, provider, model, COUNT(*) AS messages,"
            " COALESCE(SUM(prompt_tokens), 0) AS prompt_tokens,"
            " COALESCE(SUM(completion_tokens), 0) AS completion_tokens"
            " FROM messages WHERE conversation_id=? AND role='assistant'"
            " GROUP BY route, provider, model ORDER BY route, provider, model",
            (conversation_id,),
        )
        return [RouteTotals(**dict(r)) for r in rows]

    # search --------------------------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Conversations whose title, then messages whose text, hold every word of ``query``
        (the last word also as a prefix), best match first; at most ``limit`` hits. Any text
        is a valid query: the words are quoted, so FTS5's syntax never applies."""
        match = fts_query(query)
        if not match or limit <= 0:
            return []
        start, end = HIGHLIGHT
        with self._lock:
            if self._db.execute("SELECT 1 FROM search_pending LIMIT 1").fetchone():
                # every finished message is found, the newest too; but a search (typed in the
                # window, one per key) never waits for another program that holds the file
                self._db.execute("PRAGMA busy_timeout=0")
                try:
                    with self._tx() as db:
                        _index_pending(db)
                except StoreWriteError as exc:  # held: search what is indexed
                    log.warning("search without the newest messages: %s", exc)
                finally:
                    self._db.execute(f"PRAGMA busy_timeout={self._busy_ms}")
            titles = self._db.execute(
                "SELECT c.id, c.title, s.snippet FROM (SELECT rowid,"
                " highlight(title_search, 0, ?, ?) AS snippet, rank FROM title_search"
                " WHERE title_search MATCH ? ORDER BY rank LIMIT ?) AS s"
                " JOIN conversations AS c ON c.id = s.rowid ORDER BY s.rank",
                (start, end, match, limit),
            ).fetchall()
            texts = self._db.execute(
                "SELECT m.conversation_id, m.id, c.title, s.snippet FROM (SELECT rowid,"
                " snippet(message_search, 0, ?, ?, '…', 16) AS snippet, rank"
                " FROM message_search WHERE message_search MATCH ? ORDER BY rank LIMIT ?) AS s"
                " JOIN messages AS m ON m.id = s.rowid"
                " JOIN conversations AS c ON c.id = m.conversation_id ORDER BY s.rank",
                (start, end, match, limit - len(titles)),
            ).fetchall()
        hits = [SearchHit(r[0], None, r[1], r[2]) for r in titles]
        return hits + [SearchHit(r[0], r[1], r[2], r[3]) for r in texts]

    # export and import ---------------------------------------------------------------------

    def tree(self, conversation_id: int) -> ConversationTree | None:
        """The whole conversation, every branch, for export."""
        conversation = self.conversation(conversation_id)
        if conversation is None:
            return None
        return ConversationTree(
            conversation,
            self.conversation_settings(conversation_id),
            self.all_messages(conversation_id),
        )

    def import_trees(self, trees: list[ConversationTree]) -> list[int]:
        """Add conversations, every branch, in one transaction: all of them or (on a failed
        write, :class:`StoreWriteError`) none. The new conversations' ids.

        The trees must be checked already: each parent listed before its children, in the same
        tree (:mod:`app.core.export` does this).
        """
        created = []
        with self._tx() as db:
            for tree in trees:
                c = tree.conversation
                settings = tree.settings.as_dict()
                cur = db.execute(
                    "INSERT INTO conversations (title, created, updated, route, settings_json,"
                    " pinned, archived) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        c.title, c.created, c.updated, c.route,
                        json.dumps(settings) if settings else None, c.pinned, c.archived,
                    ),
                )  # fmt: skip
                assert cur.lastrowid is not None
                conversation_id = cur.lastrowid
                ids: dict[int, int] = {}
                for m in tree.messages:
                    values = dataclasses.asdict(m)
                    values.update(
                        conversation_id=conversation_id,
                        parent_id=None if m.parent_id is None else ids[m.parent_id],
                    )
                    del values["id"]
                    names = ", ".join(values)
                    cur = db.execute(
                        f"INSERT INTO messages ({names}) VALUES ({', '.join('?' * len(values))})",
                        tuple(values.values()),
                    )
                    assert cur.lastrowid is not None
                    ids[m.id] = cur.lastrowid
                leaf = c.current_leaf_id
                db.execute(
                    "UPDATE conversations SET current_leaf_id=? WHERE id=?",
                    (None if leaf is None else ids[leaf], conversation_id),
                )
                created.append(conversation_id)
            _index_pending(db, INDEX_BATCH)
        return created
