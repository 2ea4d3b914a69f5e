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

Restoring is on the path to the first token, so nothing large is copied in Python: a state is
written straight from llama.cpp's buffer, and read back through a memory map that llama.cpp's
``llama_state_set_data`` reads from directly (the checksum is the only other pass over it).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import logging
import mmap
import os
import struct
import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.core import paths

if TYPE_CHECKING:
    from typing_extensions import Buffer

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
    """A state read back from disk: the token ids it holds, and llama.cpp's bytes.

    ``data`` is a view of the file's bytes (no copy); it is valid only inside
    :meth:`KVCache.open`'s ``with`` block.
    """

    tokens: list[int]
    data: memoryview


def _pieces(identity: str, tokens: list[int], data: Buffer) -> list[Buffer]:
    """One cache file's bytes, in pieces written one after the other (``data`` is not copied)."""
    meta = json.dumps({"identity": identity, "tokens": tokens}, separators=(",", ":")).encode()
    head = _META.pack(len(meta)) + meta
    size = len(head) + memoryview(data).nbytes
    return [MAGIC + _HEAD.pack(size, zlib.crc32(data, zlib.crc32(head))), head, data]


def encode(identity: str, tokens: list[int], data: Buffer) -> bytes:
    """One cache file's bytes (see the module docstring for the layout)."""
    return b"".join(bytes(piece) for piece in _pieces(identity, tokens, data))


def decode(blob: Buffer, identity: str) -> SavedState | None:
    """The state in ``blob`` (a view of it), or None when it is damaged or for another identity."""
    view = memoryview(blob).cast("B")
    start = len(MAGIC) + _HEAD.size
    if len(view) < start + _META.size or view[: len(MAGIC)] != MAGIC:
        return None
    length, crc = _HEAD.unpack_from(view, len(MAGIC))
    payload = view[start:]
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
    return SavedState(tokens, payload[_META.size + meta_len :])


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
        # path -> (size, inode, change time), (identity, tokens): headers already read
        self._headers: dict[Path, tuple[tuple[int, int, int], tuple[str, list[int]]]] = {}

    def _file(self, identity: str, key: str) -> Path:
        name = hashlib.sha256(f"{identity}\0{key}".encode()).hexdigest()[:40]
        return self.folder / (name + SUFFIX)

    def save(self, identity: str, key: str, tokens: list[int], data: Buffer) -> None:
        """Write a state in the background (after any write still running).

        ``data`` is written as it is, not copied: the caller must not change it afterwards.
        """
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

    def _write(self, path: Path, identity: str, tokens: list[int], data: Buffer) -> None:
        """On the writer thread: encode, write atomically, then evict down to the limit."""
        pieces = _pieces(identity, tokens, data)
        size = sum(memoryview(piece).nbytes for piece in pieces)
        if size > self.limit_bytes:
            log.info("a saved state of %d bytes exceeds the cache limit; not kept", size)
            return
        tmp = path.with_suffix(".tmp")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with open(tmp, "wb", buffering=0) as out:
                for piece in pieces:
                    _write_all(out, piece)
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

    def open(self, identity: str, key: str) -> contextlib.AbstractContextManager[SavedState | None]:
        """The state saved for ``key`` under ``identity`` while the block runs; a damaged file is
        deleted. The state's bytes are the file's, memory-mapped: copy what must outlive it."""
        self.flush()
        return self._open(self._file(identity, key), identity)

    def open_longest(
        self, identity: str, tokens: list[int], more_than: int = 0
    ) -> contextlib.AbstractContextManager[SavedState | None]:
        """Like :meth:`open`, for the saved state under ``identity`` (any conversation) whose
        tokens share the longest prefix with ``tokens``, if longer than ``more_than``."""
        self.flush()
        best, best_path = more_than, None
        files = self.files()
        present = set(files)
        self._headers = {p: known for p, known in self._headers.items() if p in present}
        for path in files:
            header = self._header(path)
            if header is not None and header[0] == identity:
                shared = common_prefix(header[1], tokens)
                if shared > best:
                    best, best_path = shared, path
        if best_path is None:
            return contextlib.nullcontext()
        return self._open(best_path, identity)

    def _header(self, path: Path) -> tuple[str, list[int]] | None:
        """A file's identity and token ids, unchecked (the checksum is checked when it is
        opened), remembered while the file is unchanged."""
        try:
            st = path.stat()
            stamp = (st.st_size, st.st_ino, st.st_ctime_ns)
            known = self._headers.get(path)
            if known is not None and known[0] == stamp:
                return known[1]
            with open(path, "rb") as file:
                start = file.read(len(MAGIC) + _HEAD.size + _META.size)
                if len(start) < len(MAGIC) + _HEAD.size + _META.size or not start.startswith(MAGIC):
                    return None
                (meta_len,) = _META.unpack_from(start, len(MAGIC) + _HEAD.size)
                meta = json.loads(file.read(meta_len))
            header = (str(meta["identity"]), [int(t) for t in meta["tokens"]])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        self._headers[path] = (stamp, header)
        return header

    @contextlib.contextmanager
    def _open(self, path: Path, identity: str) -> Iterator[SavedState | None]:
        try:
            with open(path, "rb") as file:
                # copy-on-write: writable for ctypes, yet never written back to the file
                mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_COPY)
        except (OSError, ValueError):  # ValueError: an empty file cannot be mapped
            mapped = None
            if path.exists():
                _discard(path)
        if mapped is None:
            yield None
            return
        state = decode(mapped, identity)
        try:
            if state is None:
                _discard(path)
            else:
                _touch(path)  # most recently used
            yield state
        finally:
            if state is not None:
                state.data.release()
            mapped.close()

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


def common_prefix(a: Iterable[int], b: list[int]) -> int:
    """How many leading token ids ``a`` (a list or array) and ``b`` share."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _discard(path: Path) -> None:
    log.warning("discarding a damaged saved state: %s", path.name)
    with contextlib.suppress(OSError):
        path.unlink()


def _write_all(out: io.RawIOBase, data: Buffer) -> None:
    """Write every byte of ``data`` (a raw file may take fewer than asked)."""
    view = memoryview(data).cast("B")
    while view:
        written = out.write(view)
        view = view[written or 0 :]


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
