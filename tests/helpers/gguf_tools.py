"""Make variants of a real GGUF file for tests: change metadata, truncate, corrupt."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

from app.core.gguf import _Reader

_STRING = 8


def _encode_string(text: str) -> bytes:
    data = text.encode("utf-8")
    return struct.pack("<Q", len(data)) + data


def rewrite_metadata(src: Path, dst: Path, changes: dict[str, Any]) -> Path:
    """Copy ``src`` to ``dst`` with string metadata values replaced (or added)."""
    raw = src.read_bytes()
    with src.open("rb") as fh:
        r = _Reader(fh, len(raw))
        fh.seek(8)
        n_tensors = r.unpack("<Q")
        n_kv = r.unpack("<Q")
        kvs: list[tuple[str, bytes]] = []
        for _ in range(n_kv):
            start = fh.tell()
            key = r.string()
            r.value(r.unpack("<I"))
            kvs.append((key, raw[start : fh.tell()]))
        tensor_start = fh.tell()
        for _ in range(n_tensors):
            r.skip_string()
            n_dims = r.unpack("<I")
            fh.seek(8 * n_dims + 4 + 8, 1)
        tensor_end = fh.tell()
    alignment = 32
    old_data = tensor_end + (-tensor_end % alignment)
    pending = dict(changes)
    out = bytearray(raw[:8])
    out += struct.pack("<Q", n_tensors)
    body = bytearray()
    count = 0
    for key, blob in kvs:
        if key in pending:
            blob = (
                _encode_string(key) + struct.pack("<I", _STRING) + _encode_string(pending.pop(key))
            )
        body += blob
        count += 1
    for key, value in pending.items():
        body += _encode_string(key) + struct.pack("<I", _STRING) + _encode_string(value)
        count += 1
    out += struct.pack("<Q", count) + body + raw[tensor_start:tensor_end]
    out += b"\0" * (-len(out) % alignment)
    out += raw[old_data:]
    dst.write_bytes(bytes(out))
    return dst


def truncated_copy(src: Path, dst: Path, keep_fraction: float) -> Path:
    with src.open("rb") as fh:
        dst.write_bytes(fh.read(int(src.stat().st_size * keep_fraction)))
    return dst
