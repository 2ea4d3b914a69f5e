"""Conversations and messages in SQLite (WAL); the only module that writes SQL.

A streaming answer is saved as it grows (``update_answer``) with state ``streaming``. When Hearth
starts again after a crash or kill, any answer still marked ``streaming`` is marked
``interrupted``, so the partial text is kept and labelled honestly.

The connection is shared between the GUI thread and one worker thread; a lock serialises access.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from app.core.engines.base import ChatMessage, Usage

MessageState = Literal["complete", "streaming", "interrupted", "error"]

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id       INTEGER PRIMARY KEY,
    title    TEXT NOT NULL,
    created  REAL NOT NULL,
    updated  REAL NOT NULL,
    route    TEXT NOT NULL DEFAULT 'local'
);
CREATE TABLE IF NOT EXISTS messages (
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
);
CREATE INDEX IF NOT EXISTS messages_by_conversation ON messages (conversation_id, id);
"""


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
    """Conversations in one SQLite file. Thread-safe; open one per process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.execute("PRAGMA busy_timeout=5000")
        self._db.executescript(_SCHEMA)  # executescript manages its own transaction
        self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        self.recovered_interrupted = self._recover_interrupted()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:  # a failed COMMIT (busy, disk full) must not linger
                    self._db.execute("ROLLBACK")
                raise

    def _query(self, sql: str, args: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _recover_interrupted(self) -> int:
        with self._tx() as db:
            cur = db.execute("UPDATE messages SET state='interrupted' WHERE state='streaming'")
            return cur.rowcount

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
