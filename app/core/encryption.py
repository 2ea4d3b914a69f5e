"""Conversations encrypted at rest (opt-in): SQLCipher, with the key in the OS keychain.

The key is 32 random bytes (``secrets.token_bytes``), kept in the keychain as ``store_key``
(hex) and handed to SQLCipher as a raw key (AES-256, HMAC-SHA256 per page; no passphrase
derivation, since the key is already random, so opening costs no key stretching). Pages are
1 KiB (:data:`~app.core.store.CIPHER_FORMATS` says why, and which formats earlier Hearths wrote,
still read as they are). There is no home-made cryptography here: SQLCipher encrypts every page
of the database and of its write-ahead log.

:func:`open_private_store` is how Hearth opens its database at start: it looks at the file itself
(a plain SQLite file starts with ``SQLite format 3``), converts it when the setting asks for the
other form, and opens it with the key when it is encrypted. The documents index
(``documents.sqlite3``, :mod:`app.core.documents.index`) follows the conversations database: it
is converted the same way at the same moment, and :func:`database_key` tells each
:class:`~app.core.documents.index.DocumentIndex`, on any thread, which key opens it (or creates
it) without asking the keychain again, and the terminal commands which key opens either file.
A conversion never changes the original until the converted copy is complete and verified:

1. the original's write-ahead log is checkpointed into it, and the copy is exported with
   ``sqlcipher_export`` into ``<name>.converting``;
2. the copy is opened on its own and checked (``integrity_check``, the schema version, the
   number of rows of every table) and flushed to disk;
3. it replaces the original in one atomic rename.

A crash or ``kill -9`` at any moment leaves the original or the finished copy, both readable; a
leftover ``.converting`` file is deleted at the next start. An encrypted database whose key is
missing is refused with :class:`~app.core.store.StoreOpenError` (kind ``locked``: the keychain
may only be locked), a wrong key as ``damaged``, each in words; the file is never overwritten.
Without a keychain (or without SQLCipher) encryption is not offered (:func:`encryption_available`),
and Hearth never writes the key to a file.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets as random
import sqlite3
from pathlib import Path

from app.core import paths, secrets
from app.core.settings import stored_settings
from app.core.store import (
    CIPHER_FORMATS,
    DB_ERRORS,
    SIDE_FILES,
    ConversationStore,
    StoreOpenError,
    connect,
    sqlcipher_available,
)
from app.core.text import QT_TRANSLATE_NOOP, Text

KEY_SECRET = "store_key"
KEY_BYTES = 32
SQLITE_HEADER = b"SQLite format 3\x00"
CONVERTING_SUFFIX = ".converting"

log = logging.getLogger(__name__)


def encryption_available() -> bool:
    """Whether encryption can be offered: SQLCipher is installed and a keychain exists."""
    return sqlcipher_available() and secrets.keychain_available()


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` holds data that is not a plain SQLite database (an encrypted one)."""
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError:  # missing, a folder, not readable: the store says what is wrong
        return False
    return bool(header) and header != SQLITE_HEADER


def stored_key() -> bytes | None:
    """The database key from the keychain; None when there is none (or it is not a key)."""
    value = secrets.stored_secret(KEY_SECRET)
    try:
        key = bytes.fromhex(value) if value else None
    except ValueError:
        return None
    return key if key is not None and len(key) == KEY_BYTES else None


def _new_key() -> bytes:
    key = random.token_bytes(KEY_BYTES)
    secrets.set_secret(KEY_SECRET, key.hex())
    return key


def _missing_key(path: Path) -> StoreOpenError:
    return StoreOpenError(
        Text(
            QT_TRANSLATE_NOOP(
                "Core",
                "{path} is encrypted, and its key is not in your system keychain (the keychain "
                "may be locked, or this is another account or computer). Hearth left the file as "
                "it is. Unlock the keychain, then try again.",
            ),
            path=str(path),
        ),
        "locked",
    )


def open_private_store(path: Path, encrypt: bool) -> ConversationStore:
    """Open the conversations database, encrypted when ``encrypt`` (the setting) says so.

    Converts the file first when it is in the other form, and the documents index beside it
    (a failed conversion of the index is logged and tried again at the next start: the index
    keeps working in the form it has). Raises :class:`StoreOpenError` like
    :class:`ConversationStore` does: kind ``locked`` when the key is missing, ``damaged`` when it
    does not open the file.
    """
    store = _open_store(path, encrypt)
    key = store.key
    _folder_keys[path.parent] = key
    _follow(paths.documents_database_path(), key)
    return store


def _open_store(path: Path, encrypt: bool) -> ConversationStore:
    _remove_leftover(path)
    # Not plain SQLite: encrypted, or damaged. Without a key and with encryption off, it is
    # opened as plain, which reports it as damaged.
    encrypted = is_encrypted(path)
    key = stored_key() if encrypted else None
    if encrypted and (key is not None or encrypt):
        if key is None:
            raise _missing_key(path)
        if encrypt:
            return ConversationStore(path, key=key)
        with contextlib.closing(ConversationStore(path, key=key)):  # a wrong key stops here
            pass
        convert(path, key, encrypt=False)
        return ConversationStore(path)
    if not encrypt:
        return ConversationStore(path)
    if not encryption_available():
        log.warning("encryption is on in settings, but not available here; the store stays plain")
        return ConversationStore(path)
    key = stored_key() or _new_key()
    if path.exists() and path.stat().st_size:
        with contextlib.closing(ConversationStore(path)):  # a damaged file is refused, untouched
            pass
        convert(path, key, encrypt=True)
    return ConversationStore(path, key=key)


# data folder -> the key its conversations database was opened with by this process (None:
# plain); the documents index in that folder follows it
_folder_keys: dict[Path, bytes | None] = {}


def _follow(index: Path, key: bytes | None) -> None:
    """Convert the documents index ``index`` to the form of the conversations database."""
    _remove_leftover(index)
    if not index.exists() or not index.stat().st_size or is_encrypted(index) == (key is not None):
        return
    try:
        if key is not None:
            convert(index, key, encrypt=True)
            return
        old = stored_key()
        if old is None:
            raise _missing_key(index)
        convert(index, old, encrypt=False)
    except StoreOpenError as exc:
        log.warning("the documents index stays as it is for now: %s", exc)


def database_key(path: Path) -> bytes | None:
    """The key that opens the database ``path`` (the documents index, or the conversations
    database in a process that did not start the app), or creates it; None: plain SQLite.

    A plain file stays plain until a start of the app converts it. An encrypted one opens with
    the key the conversations database in the same folder was opened with, or else (``hearth
    docs``, ``hearth search``: another process) the keychain's. A new one is encrypted when the
    conversations database is (or, in a process that did not open it, when Settings › Privacy
    says so). Raises :class:`StoreOpenError` (``locked``) when an encrypted file has no key in
    the keychain.
    """
    folder = path.parent
    if is_encrypted(path):
        key = _folder_keys.get(folder) or stored_key()
        if key is None:
            raise _missing_key(path)
        return key
    if path.exists() and path.stat().st_size:
        return None
    if folder in _folder_keys:
        return _folder_keys[folder]
    if stored_settings().privacy.encrypt_store and encryption_available():
        return stored_key()
    return None


def _remove_leftover(path: Path) -> None:
    """Delete what a conversion cut short left behind; the original was never touched."""
    tmp = path.with_name(path.name + CONVERTING_SUFFIX)
    for suffix in ("", *SIDE_FILES):
        tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)


def _counts(db: sqlite3.Connection) -> tuple[int, dict[str, int]]:
    """The schema version and the number of rows of every table, read through ``db``."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    tables = db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
    ).fetchall()
    rows = {t[0]: db.execute(f'SELECT COUNT(*) FROM "{t[0]}"').fetchone()[0] for t in tables}
    return int(version), rows


def convert(path: Path, key: bytes, *, encrypt: bool) -> None:
    """Rewrite ``path`` encrypted with ``key`` (or, ``encrypt=False``, as plain SQLite).

    Safe against a crash at any point (see the module's docstring). The database must not be
    open elsewhere; another program holding it makes this raise ``StoreOpenError("locked")``.
    """
    tmp = path.with_name(path.name + CONVERTING_SUFFIX)
    _remove_leftover(path)
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, paths.PRIVATE_FILE_MODE))
    target_key = f"x'{key.hex()}'" if encrypt else ""
    try:
        source = connect(path, None if encrypt else key, sqlcipher=True)
        try:
            # Empties the write-ahead log into the file, so the export sees everything.
            source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            expected = _counts(source)
            source.execute("ATTACH DATABASE ? AS converted KEY ?", (str(tmp), target_key))
            if encrypt:  # before the copy's first page is written
                for pragma in CIPHER_FORMATS[0].pragmas("converted"):
                    source.execute(pragma)
            source.execute("SELECT sqlcipher_export('converted')")
            source.execute(f"PRAGMA converted.user_version = {expected[0]}")
            source.execute("DETACH DATABASE converted")
        finally:
            source.close()
        check = connect(tmp, key if encrypt else None)
        try:
            problems = check.execute("PRAGMA integrity_check").fetchall()
            found = _counts(check)
        finally:
            check.close()
        if [tuple(r) for r in problems] != [("ok",)] or found != expected:
            raise StoreOpenError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "Converting {path} did not produce a faithful copy ({found} for "
                        "{expected}); the file was left as it was.",
                    ),
                    path=str(path),
                    found=str(found),
                    expected=str(expected),
                ),
                "damaged",
            )
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        for suffix in SIDE_FILES:
            if path.with_name(path.name + suffix).exists():
                raise StoreOpenError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core",
                            "{path} is in use by another program, so Hearth did not convert it. "
                            "Close that program, then try again.",
                        ),
                        path=str(path),
                    ),
                    "locked",
                )
        os.replace(tmp, path)
    except DB_ERRORS as exc:
        _remove_leftover(path)
        raise StoreOpenError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "Hearth could not convert {path} ({error}); the file was left as it was. "
                    "Free some disk space, or switch encryption back in Settings › Privacy.",
                ),
                path=str(path),
                error=str(exc),
            ),
            "unusable",
        ) from exc
    except BaseException:
        _remove_leftover(path)
        raise
    _sync_folder(path.parent)
    log.info("%s is now %s", path.name, "encrypted" if encrypt else "plain")


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX); a no-op where folders cannot be opened."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
