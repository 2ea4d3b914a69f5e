"""Saved KV states: coming back to a long conversation without re-reading it.

When the local engine leaves a conversation (it is about to answer another one, or it is closed),
it hands llama.cpp's state for that conversation to :class:`KVCache`, which writes it to disk on a
background thread. When the conversation is answered again, even after a restart, the engine asks
for it back and evaluates only the tokens that are new.

A saved state is only ever a hint: it is found by the model file's identity (path, size,
modification time), the context settings and the conversation, and it carries the exact token ids
it holds, which the engine compares with the new prompt (only the common prefix is kept). A file
whose magic, length or checksum is wrong is deleted, never loaded. The folder is bounded: the
least recently used states go first.

File layout: ``MAGIC``, then ``<Q`` payload length and ``<I`` CRC-32 of the payload, then the
payload: ``<I`` length of a JSON header (``identity``, ``tokens``), that header, and llama.cpp's
state bytes. No Qt here; every method is called on the engine's thread.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import struct
import threading
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

from app.core import paths

log = logging.getLogger(__name__)

MAGIC = b"HEARTHKV1\n"
_HEAD = struct.Struct("<QI")  # payload length, CRC-32 of the payload
_META = struct.Struct("<I")  # length of the JSON header inside the payload
SUFFIX = ".kvstate"


def default_folder() -> Path:
    """Where saved states live: a cache folder inside Hearth's data folder."""
    return paths.data_dir() / "kv-cache"


@dataclass(frozen=True)
class SavedState:
    """A state read back from disk: the token ids it holds, and llama.cpp's bytes."""

    tokens: list[int]
    data: bytes


def encode(identity: str, tokens: list[int], data: bytes) -> bytes:
    """One cache file's bytes (see the module docstring for the layout)."""
    meta = json.dumps({"identity": identity, "tokens": tokens}, separators=(",", ":")).encode()
    payload = _META.pack(len(meta)) + meta + data
    return MAGIC + _HEAD.pack(len(payload), zlib.crc32(payload)) + payload


def decode(blob: bytes, identity: str) -> SavedState | None:
    """The state in ``blob``, or None when it is damaged or made for another identity."""
    start = len(MAGIC) + _HEAD.size
    if len(blob) < start + _META.size or not blob.startswith(MAGIC):
        return None
    length, crc = _HEAD.unpack_from(blob, len(MAGIC))
    payload = memoryview(blob)[start:]
    if length != len(payload) or zlib.crc32(payload) != crc:
        return None
    (meta_len,) = _META.unpack_from(payload)
    try:
        meta = json.loads(bytes(payload[_META.size : _META.size + meta_len]))
        tokens = meta["tokens"]
        ok = meta["identity"] == identity and all(isinstance(t, int) for t in tokens)
    except (ValueError, KeyError, TypeError):
        return None
    if not ok:
        return None
    return SavedState(tokens, bytes(payload[_META.size + meta_len :]))


class KVCache:
    """A bounded folder of saved states, least recently used evicted first.

    ``identity`` names everything a state depends on besides its tokens (model file, context
    settings, llama.cpp version); ``key`` names the conversation. Writes run on one background
    thread at a time; :meth:`flush` waits for them (the engine calls it before reading and when
    it closes).
    """

    def __init__(self, folder: Path, limit_bytes: int) -> None:
        self.folder = folder
        self.limit_bytes = limit_bytes
        self._writer: threading.Thread | None = None

    def _file(self, identity: str, key: str) -> Path:
        name = hashlib.sha256(f"{identity}\0{key}".encode()).hexdigest()[:40]
        return self.folder / (name + SUFFIX)

    def save(self, identity: str, key: str, tokens: list[int], data: bytes) -> None:
        """Write a state in the background (after any write still running)."""
        if self.limit_bytes <= 0:
            return
        self.flush()
        path = self._file(identity, key)
        self._writer = threading.Thread(
            target=self._write,
            args=(path, identity, tokens, data),
            name="hearth-kv-cache-writer",
        )
        self._writer.start()

    def _write(self, path: Path, identity: str, tokens: list[int], data: bytes) -> None:
        """On the writer thread: encode, write atomically, then evict down to the limit."""
        blob = encode(identity, tokens, data)
        if len(blob) > self.limit_bytes:
            log.info("a saved state of %d bytes exceeds the cache limit; not kept", len(blob))
            return
        tmp = path.with_suffix(".tmp")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with open(tmp, "wb") as out:
                out.write(blob)
            os.replace(tmp, path)
            _touch(path)
        except OSError as exc:
            log.warning("could not save a conversation's state (%s); it will be re-read", exc)
            with contextlib.suppress(OSError):
                tmp.unlink()
            return
        self.evict(keep=path)

    def flush(self) -> None:
        """Wait for the write in progress, if any."""
        if self._writer is not None:
            self._writer.join()
            self._writer = None

    def load(self, identity: str, key: str) -> SavedState | None:
        """The state saved for ``key`` under ``identity``; a damaged file is deleted."""
        self.flush()
        path = self._file(identity, key)
        try:
            blob = path.read_bytes()
        except OSError:
            return None
        state = decode(blob, identity)
        if state is None:
            log.warning("discarding a damaged saved state: %s", path.name)
            with contextlib.suppress(OSError):
                path.unlink()
            return None
        _touch(path)  # most recently used
        return state

    def files(self) -> list[Path]:
        """The saved states, least recently used first."""
        try:
            found = [(p.stat().st_mtime_ns, p) for p in self.folder.glob("*" + SUFFIX)]
        except OSError:
            return []
        return [p for _, p in sorted(found)]

    def size_bytes(self) -> int:
        """Bytes the saved states take on disk."""
        return sum(_size(p) for p in self.files())

    def evict(self, keep: Path | None = None) -> None:
        """Delete the least recently used states until the folder fits its limit."""
        files = self.files()
        total = sum(_size(p) for p in files)
        for path in files:
            if total <= self.limit_bytes:
                break
            if path == keep:
                continue
            total -= _size(path)
            with contextlib.suppress(OSError):
                path.unlink()

    def clear(self) -> None:
        """Delete every saved state (Settings › Local models › Clear)."""
        self.flush()
        for path in self.files():
            with contextlib.suppress(OSError):
                path.unlink()


def _touch(path: Path) -> None:
    """Mark ``path`` as just used (the clock's full resolution: files' own stamps are coarse)."""
    now = time.time_ns()
    with contextlib.suppress(OSError):
        os.utime(path, ns=(now, now))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
