"""Collections of the user's documents, indexed for search in their own SQLite database.

A collection is a name and the folders and files it covers. :meth:`DocumentIndex.index` walks
them and keeps the database in step incrementally: a file whose size and modification time are
unchanged is not read again, a changed one is parsed again, a file that is gone (deleted or
renamed) is dropped. A folder that has vanished (an unplugged drive) keeps the collection and its
passages; the report and :meth:`DocumentIndex.collections` name it. Every file that yields no
text is recorded with its reason and indexing goes on.

Search is BM25 over SQLite FTS5 (Porter stemming), so it needs no model. The database lives at
:func:`app.core.paths.documents_database_path` (0600), apart from the conversations, and is
encrypted when they are (:func:`app.core.encryption.database_key`; the same connection
factory, :func:`app.core.store.connect`).

Threads: one :class:`DocumentIndex` belongs to the thread that uses it (the GUI runs indexing on a
worker thread with its own instance); SQLite's WAL lets a reader in another process or thread
search while a writer indexes. ``progress`` is called on the indexing thread; ``cancel`` is
checked between files.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import stat
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from app.core import paths
from app.core.documents.parsing import ParseError, extract, is_candidate
from app.core.documents.passages import Chunk, split_passages
from app.core.encryption import database_key
from app.core.store import DB_ERRORS, StoreOpenError, connect
from app.core.text import QT_TRANSLATE_NOOP, Text, as_data, from_data

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS collections (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    created REAL NOT NULL
)""",
    """CREATE TABLE IF NOT EXISTS roots (
    collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    path          BLOB NOT NULL,
    PRIMARY KEY (collection_id, path)
)""",
    """CREATE TABLE IF NOT EXISTS files (
    id            INTEGER PRIMARY KEY,
    collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    path          BLOB NOT NULL,
    size          INTEGER NOT NULL,
    mtime_ns      INTEGER NOT NULL,
    error         TEXT,
    UNIQUE (collection_id, path)
)""",
    """CREATE TABLE IF NOT EXISTS passages (
    id       INTEGER PRIMARY KEY,
    file_id  INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    ordinal  INTEGER NOT NULL,
    page     INTEGER,
    heading  TEXT,
    text     TEXT NOT NULL
)""",
    "CREATE INDEX IF NOT EXISTS passages_file ON passages(file_id)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS passage_search USING fts5(heading, text,"
    " content='passages', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')",
    # New passages enter the search index in one statement per batch (_index_written): a trigger
    # per row made FTS5 flush its buffer on every row, which took three quarters of indexing.
    "DROP TRIGGER IF EXISTS passage_search_insert",
    "CREATE TRIGGER IF NOT EXISTS passage_search_delete AFTER DELETE ON passages BEGIN"
    " INSERT INTO passage_search (passage_search, rowid, heading, text)"
    " VALUES ('delete', old.id, old.heading, old.text); END",
    """CREATE TABLE IF NOT EXISTS vectors (
    passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
    model      TEXT NOT NULL,
    vector     BLOB NOT NULL,
    PRIMARY KEY (passage_id, model)
)""",
    """CREATE TABLE IF NOT EXISTS answer_sources (
    message_id   INTEGER PRIMARY KEY,
    sources_json TEXT NOT NULL
)""",
    # a conversation's answer to "may passages go to <destination>?" (1 yes, 0 no)
    """CREATE TABLE IF NOT EXISTS hosted_consent (
    conversation_id INTEGER PRIMARY KEY,
    destination     TEXT NOT NULL,
    allowed         INTEGER NOT NULL
)""",
    """CREATE TABLE IF NOT EXISTS attached (
    conversation_id INTEGER NOT NULL,
    collection_id   INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    PRIMARY KEY (conversation_id, collection_id)
)""",
)

_SERIALS = itertools.count()
_OPEN_ERRORS: tuple[type[Exception], ...] = (OSError, StoreOpenError, *DB_ERRORS)

COMMIT_EVERY_S = 1.0  # a batch of files is committed together, at least this often

# Words too common to help a question find its passage (FTS5 ORs the rest).
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "can",
        "do",
        "does",
        "for",
        "from",
        "how",
        "i",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "that",
        "the",
        "this",
        "to",
        "was",
        "what",
        "when",
        "where",
        "which",
        "who",
        "why",
        "will",
        "with",
        "you",
        "your",
    ]
)


class DocumentsError(RuntimeError):
    """A documents operation that cannot be done; the message (a core
    :class:`~app.core.text.Text`, shown translated in the window) says why in words."""


@dataclass(frozen=True, slots=True)
class IndexProgress:
    done: int
    total: int
    current: str  # the file being read, for display


@dataclass(frozen=True, slots=True)
class FailedFile:
    path: str
    reason: str  # a core Text where Hearth wrote it (the window translates it)


def _stored_reason(reason: str) -> str:
    """``reason`` as the files table keeps it: a :class:`Text` as the JSON of its template and
    arguments (so that it is shown in the language of the day it is read), else as it is."""
    return json.dumps(as_data(reason), ensure_ascii=False) if isinstance(reason, Text) else reason


def _read_reason(stored: str) -> str:
    """What :func:`_stored_reason` kept; a reason stored as plain words (by an older Hearth)
    comes back as it is."""
    if stored.startswith('{"template"'):
        try:
            reason = from_data(json.loads(stored))
        except (ValueError, KeyError, TypeError, IndexError):
            return stored
        return reason if isinstance(reason, Text) else stored
    return stored


@dataclass(slots=True)
class IndexReport:
    """What one :meth:`DocumentIndex.index` run did."""

    collection: str
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    failed: list[FailedFile] = field(default_factory=list)  # every failing file, old ones too
    missing_roots: list[str] = field(default_factory=list)
    cancelled: bool = False


@dataclass(frozen=True, slots=True)
class CollectionInfo:
    name: str
    roots: list[str]
    files: int
    passages: int
    failed: int
    missing_roots: list[str]  # folders or files that are not there any more
    vectors: int = 0  # passages with a vector from at least one embedding model


@dataclass(frozen=True, slots=True)
class Passage:
    """A passage found by a search: where it comes from, and how well it matched."""

    id: int
    collection: str
    path: str
    ordinal: int
    page: int | None
    heading: str | None
    text: str
    score: float  # higher is better

    def location(self) -> str:
        """``file.pdf, page 3`` / ``notes.md, "Setup"``: where the passage is, for a citation."""
        return _location(self.path, self.page, self.heading)


@dataclass(frozen=True, slots=True)
class Source:
    """Where a passage an answer was given came from (kept after the file changes)."""

    collection: str
    path: str
    page: int | None
    heading: str | None
    position: int  # the passage's place in its file, from 0
    sent_to: str | None = None  # the hosted route the passage went to; None: stayed here

    def location(self) -> str:
        """Where the passage is, in the words of :meth:`Passage.location`."""
        return _location(self.path, self.page, self.heading)


def _location(path: str, page: int | None, heading: str | None) -> str:
    """``file.pdf, page 3, "Setup"``: a core Text (the window writes "Seite 3" in German)."""
    name = Path(path).name
    if page is not None and heading:
        template = QT_TRANSLATE_NOOP("Core", '{file}, page {page}, "{heading}"')
    elif page is not None:
        template = QT_TRANSLATE_NOOP("Core", "{file}, page {page}")
    elif heading:
        template = QT_TRANSLATE_NOOP("Core", '{file}, "{heading}"')
    else:
        return name
    return Text(template, file=name, page=str(page), heading=heading or "")


def display(raw: bytes) -> str:
    """A stored path in words (names that are not UTF-8 show with replacement characters)."""
    return raw.decode("utf-8", errors="replace")


def estimate_tokens(text: str) -> int:
    """A model-free estimate: about four characters a token."""
    return len(text) // 4 + 1


def within_budget(passages: Iterable[Passage], budget_tokens: int) -> list[Passage]:
    """The passages, best first, that fit together in ``budget_tokens`` (estimated)."""
    chosen: list[Passage] = []
    used = 0
    for passage in passages:
        cost = estimate_tokens(passage.text) + 16  # the source line
        if used + cost > budget_tokens:
            continue
        chosen.append(passage)
        used += cost
    return chosen


def fts_query(query: str) -> str:
    """A user's words as an FTS5 query: each word quoted (no syntax), ORed, stopwords left out."""
    words = ["".join(ch for ch in w if ch.isalnum()) for w in query.lower().split()]
    words = [w for w in words if w]
    kept = [w for w in words if w not in _STOPWORDS] or words
    return " OR ".join(f'"{w}"' for w in dict.fromkeys(kept))


class DocumentIndex:
    """The documents database: collections, their files and passages, and search."""

    def __init__(self, path: Path | None = None, *, reader: bool = False) -> None:
        """Open (and create or upgrade) the database; ``reader``: only read it, so that opening
        never waits for a writer (the GUI thread's quick reads; WAL lets them run beside one)."""
        self.path = path or paths.documents_database_path()
        self._serial = next(_SERIALS)  # data_version compares only within one connection
        self.path.parent.mkdir(mode=paths.PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        try:
            key = database_key(self.path)  # before the file is created: new or not
            os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT, paths.PRIVATE_FILE_MODE))
            self._db = connect(self.path, key)
            self._db.row_factory = None  # rows as tuples
            self._db.execute("PRAGMA busy_timeout=5000")
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            if reader:
                return
            with self._transaction():
                for statement in SCHEMA:
                    self._db.execute(statement)
                self._set_rank()
        except _OPEN_ERRORS as exc:
            raise DocumentsError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core", "Hearth cannot open its documents database {path}: {error}"
                    ),
                    path=str(self.path),
                    error=str(exc),
                )
            ) from exc

    def _set_rank(self) -> None:
        """Headings weigh twice the text in BM25 (``ORDER BY rank`` uses this). Written once:
        writing FTS5's configuration again breaks searches on connections already open."""
        if self._db.execute("SELECT 1 FROM passage_search_config WHERE k = 'rank'").fetchone():
            return
        self._db.execute(
            "INSERT INTO passage_search (passage_search, rank) VALUES ('rank', 'bm25(2.0, 1.0)')"
        )

    def close(self) -> None:
        self._db.close()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # --- collections --------------------------------------------------------------------------

    def _collection_id(self, name: str) -> int:
        row = self._db.execute("SELECT id FROM collections WHERE name = ?", (name,)).fetchone()
        if row is None:
            raise DocumentsError(
                Text(
                    QT_TRANSLATE_NOOP("Core", "There is no collection named {name}."),
                    name=repr(name),
                )
            )
        return int(row[0])

    def add(self, name: str, roots: Iterable[Path]) -> None:
        """Create collection ``name`` or add folders/files to it (nothing is read yet)."""
        name = name.strip()
        if not name:
            raise DocumentsError(Text(QT_TRANSLATE_NOOP("Core", "A collection needs a name.")))
        with self._transaction():
            self._db.execute(
                "INSERT OR IGNORE INTO collections (name, created) VALUES (?, ?)",
                (name, time.time()),
            )
            cid = self._collection_id(name)
            for root in roots:
                raw = os.fsencode(os.path.abspath(root))
                self._db.execute("INSERT OR IGNORE INTO roots VALUES (?, ?)", (cid, raw))

    def remove(self, name: str) -> None:
        """Forget collection ``name``, its passages and its attachments (the files stay)."""
        with self._transaction():
            cid = self._collection_id(name)
            self._db.execute("DELETE FROM collections WHERE id = ?", (cid,))

    def names(self) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT name FROM collections ORDER BY name")]

    def collections(self) -> list[CollectionInfo]:
        infos = []
        for cid, name in self._db.execute("SELECT id, name FROM collections ORDER BY name"):
            roots = [
                bytes(r[0])
                for r in self._db.execute(
                    "SELECT path FROM roots WHERE collection_id = ? ORDER BY path", (cid,)
                )
            ]
            files, failed = self._db.execute(
                "SELECT COUNT(*), COUNT(error) FROM files WHERE collection_id = ?", (cid,)
            ).fetchone()
            (count,) = self._db.execute(
                "SELECT COUNT(*) FROM passages JOIN files ON files.id = passages.file_id"
                " WHERE files.collection_id = ?",
                (cid,),
            ).fetchone()
            (vectors,) = self._db.execute(
                "SELECT COUNT(DISTINCT v.passage_id) FROM vectors v"
                " JOIN passages p ON p.id = v.passage_id JOIN files f ON f.id = p.file_id"
                " WHERE f.collection_id = ?",
                (cid,),
            ).fetchone()
            missing = [display(r) for r in roots if not os.path.exists(r)]
            shown = [display(r) for r in roots]
            infos.append(CollectionInfo(name, shown, files, count, failed, missing, vectors))
        return infos

    # --- indexing -----------------------------------------------------------------------------

    def index(
        self,
        name: str,
        progress: Callable[[IndexProgress], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> IndexReport:
        """Bring collection ``name`` up to date with its folders; what changed.

        Files are committed in batches (at least every :data:`COMMIT_EVERY_S`), and a cancelled
        run commits what it did, so the next run goes on from there.
        """
        cid = self._collection_id(name)
        report = IndexReport(name)
        roots = [
            bytes(r[0])
            for r in self._db.execute("SELECT path FROM roots WHERE collection_id = ?", (cid,))
        ]
        live = [r for r in roots if os.path.exists(r)]
        report.missing_roots = [display(r) for r in roots if r not in live]
        found: dict[bytes, os.stat_result] = {}
        for path, info in _walk(live, report):
            found.setdefault(path, info)
        stored = {
            bytes(row[0]): (row[1], row[2], row[3])
            for row in self._db.execute(
                "SELECT path, size, mtime_ns, id FROM files WHERE collection_id = ?", (cid,)
            )
        }
        changed = [
            p
            for p, info in found.items()
            if stored.get(p, (None, None))[:2] != (info.st_size, info.st_mtime_ns)
        ]
        report.unchanged = len(found) - len(changed)
        gone = [p for p in stored if p not in found and any(_under(p, r) for r in live)]
        if gone:
            with self._transaction():
                for p in gone:
                    self._db.execute("DELETE FROM files WHERE id = ?", (stored[p][2],))
            report.removed = len(gone)
        batch_started = 0.0
        written: list[int] = []  # files of the open transaction, not yet in the search index
        try:
            for done, raw in enumerate(sorted(changed)):
                if cancel is not None and cancel():
                    report.cancelled = True
                    break
                if progress is not None:
                    progress(IndexProgress(done, len(changed), display(raw)))
                chunks, error = _read(raw)
                if not self._db.in_transaction:
                    self._db.execute("BEGIN IMMEDIATE")
                    batch_started = time.monotonic()
                written.append(self._write_file(cid, raw, found[raw], chunks, error))
                if raw in stored:
                    report.updated += 1
                else:
                    report.added += 1
                if time.monotonic() - batch_started >= COMMIT_EVERY_S:
                    self._index_written(written)
                    self._db.execute("COMMIT")
            else:
                if progress is not None:
                    progress(IndexProgress(len(changed), len(changed), ""))
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise
        if self._db.in_transaction:
            self._index_written(written)
            self._db.execute("COMMIT")
        report.failed += [
            FailedFile(display(bytes(row[0])), _read_reason(row[1]))
            for row in self._db.execute(
                "SELECT path, error FROM files WHERE collection_id = ? AND error IS NOT NULL"
                " ORDER BY path",
                (cid,),
            )
        ]
        return report

    def _write_file(
        self, cid: int, raw: bytes, info: os.stat_result, chunks: list[Chunk], error: str | None
    ) -> int:
        """Replace what is stored of one file (inside the caller's transaction); its new id.

        Its passages are not searchable until :meth:`_index_written` is called with that id.
        """
        self._db.execute("DELETE FROM files WHERE collection_id = ? AND path = ?", (cid, raw))
        file_id = self._db.execute(
            "INSERT INTO files (collection_id, path, size, mtime_ns, error) VALUES (?, ?, ?, ?, ?)",
            (cid, raw, info.st_size, info.st_mtime_ns, error and _stored_reason(error)),
        ).lastrowid
        assert file_id is not None  # an INSERT always sets it
        self._db.executemany(
            "INSERT INTO passages (file_id, ordinal, page, heading, text) VALUES (?, ?, ?, ?, ?)",
            [(file_id, c.ordinal, c.page, c.heading, c.text) for c in chunks],
        )
        return file_id

    def _index_written(self, file_ids: list[int]) -> None:
        """Put the passages of ``file_ids`` into the search index (one statement for the batch;
        inside the caller's transaction), and forget the ids."""
        self._db.execute(
            "INSERT INTO passage_search (rowid, heading, text) SELECT id, heading, text"
            " FROM passages WHERE file_id IN (SELECT value FROM json_each(?))",
            (json.dumps(file_ids),),
        )
        file_ids.clear()

    def watch_paths(self) -> tuple[list[str], list[str]]:
        """The folders and files of every collection, for a file watcher: (roots, files),
        those whose names are not UTF-8 left out (their folder's watch still sees them)."""
        roots = [bytes(r[0]) for r in self._db.execute("SELECT DISTINCT path FROM roots")]
        files = [bytes(r[0]) for r in self._db.execute("SELECT path FROM files ORDER BY path")]
        return _texts(roots), _texts(files)

    # --- search -------------------------------------------------------------------------------

    def search(
        self, query: str, collections: Iterable[str] | None = None, top: int = 10
    ) -> list[Passage]:
        """The ``top`` passages best matching ``query`` (BM25), in the named collections or all."""
        match = fts_query(query)
        if not match:
            return []
        # Rank first, over ids alone (the text of every matching passage is never sorted), then
        # read the few passages that made it.
        params: list[object] = [match]
        if collections is None:
            sql = "SELECT rowid, rank FROM passage_search WHERE passage_search MATCH ?"
        else:
            ids = [self._collection_id(name) for name in collections]
            marks = ", ".join("?" * len(ids))
            sql = (
                "SELECT s.rowid, s.rank FROM passage_search s"
                " JOIN passages p ON p.id = s.rowid JOIN files f ON f.id = p.file_id"
                f" WHERE passage_search MATCH ? AND f.collection_id IN ({marks})"
            )
            params += ids
        ranked = self._db.execute(sql + " ORDER BY rank LIMIT ?", [*params, top]).fetchall()
        if not ranked:
            return []
        found = {p.id: p for p in self.passages([rowid for rowid, _ in ranked])}
        return [replace(found[rowid], score=-rank) for rowid, rank in ranked if rowid in found]

    def passages(self, ids: Sequence[int]) -> list[Passage]:
        """The passages with these ids, in that order (score 0; unknown ids left out)."""
        if not ids:
            return []
        rows = {
            r[0]: r
            for r in self._db.execute(
                "SELECT p.id, c.name, f.path, p.ordinal, p.page, p.heading, p.text"
                " FROM passages p JOIN files f ON f.id = p.file_id"
                " JOIN collections c ON c.id = f.collection_id"
                f" WHERE p.id IN ({', '.join('?' * len(ids))})",
                list(ids),
            )
        }
        return [
            Passage(r[0], r[1], display(bytes(r[2])), r[3], r[4], r[5], r[6], 0.0)
            for r in (rows[i] for i in ids if i in rows)
        ]

    def passages_without_vectors(self, name: str, model: str) -> list[tuple[int, str]]:
        """(id, text) of the passages of collection ``name`` with no vector from ``model``."""
        cid = self._collection_id(name)
        return [
            (r[0], r[1])
            for r in self._db.execute(
                "SELECT p.id, p.text FROM passages p JOIN files f ON f.id = p.file_id"
                " WHERE f.collection_id = ? AND NOT EXISTS (SELECT 1 FROM vectors v"
                " WHERE v.passage_id = p.id AND v.model = ?) ORDER BY p.id",
                (cid, model),
            )
        ]

    def store_vectors(self, model: str, rows: Sequence[tuple[int, bytes]]) -> None:
        """Keep float32 vectors (as bytes) from ``model`` for passages."""
        with self._transaction():
            self._db.executemany(
                "INSERT OR REPLACE INTO vectors (passage_id, model, vector) VALUES (?, ?, ?)",
                [(pid, model, blob) for pid, blob in rows],
            )

    def vectors(self, names: Sequence[str], model: str) -> tuple[list[int], list[bytes]]:
        """The passage ids and vectors from ``model`` in the named collections."""
        ids = [self._collection_id(name) for name in names]
        rows = self._db.execute(
            "SELECT v.passage_id, v.vector FROM vectors v JOIN passages p ON p.id = v.passage_id"
            " JOIN files f ON f.id = p.file_id"
            f" WHERE v.model = ? AND f.collection_id IN ({', '.join('?' * len(ids))})"
            " ORDER BY v.passage_id",
            [model, *ids],
        ).fetchall()
        return [r[0] for r in rows], [bytes(r[1]) for r in rows]

    def version(self) -> tuple[int, int, int]:
        """Changes whenever the database changed, by this connection or another (for caches);
        another :class:`DocumentIndex` never has the same."""
        (data_version,) = self._db.execute("PRAGMA data_version").fetchone()
        return self._serial, int(data_version), self._db.total_changes

    def retrieve(self, collections: Iterable[str], query: str, budget_tokens: int) -> list[Passage]:
        """The best passages for ``query`` that fit together in ``budget_tokens`` (estimated)."""
        names = list(collections)
        if not names or budget_tokens <= 0:
            return []
        return within_budget(self.search(query, names, top=50), budget_tokens)

    # --- conversations ------------------------------------------------------------------------

    def attach(self, conversation_id: int, name: str) -> None:
        """Let the answers of a conversation draw on collection ``name``."""
        with self._transaction():
            cid = self._collection_id(name)
            self._db.execute("INSERT OR IGNORE INTO attached VALUES (?, ?)", (conversation_id, cid))

    def record_sources(
        self, message_id: int, passages: Sequence[Passage], sent_to: str | None = None
    ) -> None:
        """Remember which passages an answer was given ([] : documents were attached, and none
        matched), and where they went when the answer came from the hosted route."""
        rows = [asdict(_source(p, sent_to)) for p in passages]
        with self._transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO answer_sources VALUES (?, ?)",
                (message_id, json.dumps(rows, ensure_ascii=False)),
            )

    def sources(self, message_id: int) -> list[Source] | None:
        """The sources recorded for an answer; None when it was given no documents at all."""
        row = self._db.execute(
            "SELECT sources_json FROM answer_sources WHERE message_id = ?", (message_id,)
        ).fetchone()
        return None if row is None else [Source(**item) for item in json.loads(row[0])]

    def sources_for(self, message_ids: Sequence[int]) -> dict[int, list[Source]]:
        """:meth:`sources` of many answers at once (those with none recorded left out)."""
        rows = self._db.execute(
            "SELECT message_id, sources_json FROM answer_sources"
            " WHERE message_id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(message_ids)),),
        )
        return {r[0]: [Source(**item) for item in json.loads(r[1])] for r in rows}

    def hosted_consent(self, conversation_id: int) -> tuple[str, bool] | None:
        """The hosted destination the user was last asked about in this conversation, and
        whether passages may go there (None: never asked)."""
        row = self._db.execute(
            "SELECT destination, allowed FROM hosted_consent WHERE conversation_id = ?",
            (conversation_id,),
        ).fetchone()
        return None if row is None else (str(row[0]), bool(row[1]))

    def set_hosted_consent(self, conversation_id: int, destination: str, allowed: bool) -> None:
        """Remember the user's answer for a conversation and destination."""
        with self._transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO hosted_consent VALUES (?, ?, ?)",
                (conversation_id, destination, int(allowed)),
            )

    def detach(self, conversation_id: int, name: str) -> None:
        with self._transaction():
            cid = self._collection_id(name)
            self._db.execute(
                "DELETE FROM attached WHERE conversation_id = ? AND collection_id = ?",
                (conversation_id, cid),
            )

    def attached(self, conversation_id: int) -> list[str]:
        """The names of the collections attached to a conversation."""
        return [
            r[0]
            for r in self._db.execute(
                "SELECT c.name FROM attached a JOIN collections c ON c.id = a.collection_id"
                " WHERE a.conversation_id = ? ORDER BY c.name",
                (conversation_id,),
            )
        ]


def _read(raw: bytes) -> tuple[list[Chunk], str | None]:
    """The passages of one file, or why it has none."""
    try:
        return split_passages(extract(Path(os.fsdecode(raw)))), None
    except ParseError as exc:
        return [], exc.args[0]
    except (RecursionError, MemoryError, UnicodeError) as exc:
        return [], Text(
            QT_TRANSLATE_NOOP("Core", "could not be read ({error})"), error=type(exc).__name__
        )


def _source(passage: Passage, sent_to: str | None) -> Source:
    return Source(
        passage.collection, passage.path, passage.page, passage.heading, passage.ordinal, sent_to
    )


def _texts(raws: list[bytes]) -> list[str]:
    texts = []
    for raw in raws:
        try:
            texts.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            continue
    return texts


def _under(path: bytes, root: bytes) -> bool:
    return path == root or path.startswith(root.rstrip(b"/") + b"/")


def _walk(roots: list[bytes], report: IndexReport) -> Iterator[tuple[bytes, os.stat_result]]:
    """Every candidate file under ``roots`` (as bytes: names in any encoding), with its stat.

    Hidden files and folders are skipped; links are followed, but a folder already seen (a link
    loop, or two links to one place) is walked once. Files that cannot be listed or stat'ed go
    into ``report.failed``.
    """
    seen: set[tuple[int, int]] = set()
    for root in roots:
        try:
            info = os.stat(root)
        except OSError as exc:
            report.failed.append(FailedFile(display(root), _unreadable(str(exc.strerror))))
            continue
        if stat.S_ISREG(info.st_mode):
            yield root, info
            continue
        stack = [root]
        while stack:
            folder = stack.pop()
            try:
                key = os.stat(folder)
                if (key.st_dev, key.st_ino) in seen:
                    continue
                seen.add((key.st_dev, key.st_ino))
                entries = sorted(os.scandir(folder), key=lambda e: e.name)
            except OSError as exc:
                report.failed.append(FailedFile(display(folder), _unreadable(str(exc.strerror))))
                continue
            for entry in entries:
                if entry.name.startswith(b"."):
                    continue
                try:
                    if entry.is_dir():
                        stack.append(entry.path)
                        continue
                    if not is_candidate(Path(os.fsdecode(entry.name))):
                        continue
                    info = entry.stat()
                except OSError as exc:
                    reason = (
                        Text(QT_TRANSLATE_NOOP("Core", "a broken link"))
                        if entry.is_symlink()
                        else str(exc.strerror)
                    )
                    report.failed.append(FailedFile(display(entry.path), _unreadable(reason)))
                    continue
                if stat.S_ISREG(info.st_mode):
                    yield entry.path, info


def _unreadable(reason: str) -> Text:
    """A file or folder that cannot be listed or stat'ed, and why (the system's words)."""
    return Text(QT_TRANSLATE_NOOP("Core", "unreadable: {error}"), error=reason)
