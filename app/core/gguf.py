"""Read a GGUF file's metadata and check its structure without loading the weights.

llama.cpp can abort the whole process on some malformed files, so Hearth reads the header here
first: magic, version, every metadata value, every tensor's shape, type and offset, and checks that
all tensor data lies inside the file. Big arrays (the tokenizer's vocabulary) are skipped, not kept.
"""

from __future__ import annotations

import errno
import math
import os
import stat
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from app.core.text import QT_TRANSLATE_NOOP, Text

GGUF_MAGIC = b"GGUF"
MAX_KEEP_ARRAY = 64  # arrays longer than this are skipped, not stored
MAX_STRING = 64 * 1024 * 1024  # a chat template is a few KB; a bigger "string" means a broken file
_SKIP_BLOCK = 1 << 20  # bytes read at a time while skipping an array of strings
_U64 = struct.Struct("<Q")
MAX_COUNT = 1 << 32

# ggml type id -> (name, elements per block, bytes per block), from ggml.h / ggml.c
_GGML_TYPES: dict[int, tuple[str, int, int]] = {
    0: ("F32", 1, 4), 1: ("F16", 1, 2), 2: ("Q4_0", 32, 18), 3: ("Q4_1", 32, 20),
    6: ("Q5_0", 32, 22), 7: ("Q5_1", 32, 24), 8: ("Q8_0", 32, 34), 9: ("Q8_1", 32, 36),
    10: ("Q2_K", 256, 84), 11: ("Q3_K", 256, 110), 12: ("Q4_K", 256, 144),
    13: ("Q5_K", 256, 176), 14: ("Q6_K", 256, 210), 15: ("Q8_K", 256, 292),
    16: ("IQ2_XXS", 256, 66), 17: ("IQ2_XS", 256, 74), 18: ("IQ3_XXS", 256, 98),
    19: ("IQ1_S", 256, 50), 20: ("IQ4_NL", 32, 18), 21: ("IQ3_S", 256, 110),
    22: ("IQ2_S", 256, 82), 23: ("IQ4_XS", 256, 136), 24: ("I8", 1, 1), 25: ("I16", 1, 2),
    26: ("I32", 1, 4), 27: ("I64", 1, 8), 28: ("F64", 1, 8), 29: ("IQ1_M", 256, 56),
    30: ("BF16", 1, 2), 34: ("TQ1_0", 256, 54), 35: ("TQ2_0", 256, 66),
    39: ("MXFP4", 32, 17),
}  # fmt: skip

# llama_ftype (general.file_type) -> the name people know
_FILE_TYPES = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1", 10: "Q2_K",
    11: "Q3_K_S", 12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M", 16: "Q5_K_S",
    17: "Q5_K_M", 18: "Q6_K", 19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S", 22: "IQ3_XS",
    23: "IQ3_XXS", 24: "IQ1_S", 25: "IQ4_NL", 26: "IQ3_S", 27: "IQ3_M", 28: "IQ2_S",
    29: "IQ2_M", 30: "IQ4_XS", 31: "IQ1_M", 32: "BF16", 36: "TQ1_0", 37: "TQ2_0",
    38: "MXFP4_MOE",
}  # fmt: skip

_SCALARS = {
    0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q", 11: "<q",
    12: "<d",
}  # fmt: skip
_STRING, _ARRAY = 8, 9
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # POSIX only; Windows has no FIFOs to block on


class GGUFError(ValueError):
    """The file is not a usable GGUF model; the message says why in plain words."""


@dataclass(frozen=True)
class GGUFInfo:
    path: Path
    file_size: int
    version: int
    metadata: dict[str, Any] = field(repr=False)
    tensor_count: int
    parameter_count: int

    @property
    def architecture(self) -> str:
        return str(self.metadata.get("general.architecture", "unknown"))

    @property
    def name(self) -> str:
        name = self.metadata.get("general.name")
        return str(name) if name else self.path.stem

    @property
    def context_length(self) -> int | None:
        value = self.metadata.get(f"{self.architecture}.context_length")
        return int(value) if isinstance(value, int) else None

    @property
    def chat_template(self) -> str | None:
        value = self.metadata.get("tokenizer.chat_template")
        return value if isinstance(value, str) else None

    @property
    def quantization(self) -> str:
        ftype = self.metadata.get("general.file_type")
        return _FILE_TYPES.get(ftype, f"type {ftype}") if isinstance(ftype, int) else "unknown"

    @property
    def parameter_label(self) -> str:
        n = self.parameter_count
        return f"{n / 1e9:.1f}B" if n >= 1e9 else f"{round(n / 1e6)}M"


_TRUNCATED_HEADER = Text(
    QT_TRANSLATE_NOOP("Core", "the file ends in the middle of its header (it is truncated)")
)
_LONG_TEXT = Text(
    QT_TRANSLATE_NOOP("Core", "a text field in the header is longer than the file (truncated?)")
)


class _Reader:
    def __init__(self, fh: BinaryIO, size: int) -> None:
        self.fh, self.size = fh, size

    def read(self, n: int) -> bytes:
        data = self.fh.read(n)
        if len(data) != n:
            raise GGUFError(_TRUNCATED_HEADER)
        return data

    def unpack(self, fmt: str) -> Any:
        return struct.unpack(fmt, self.read(struct.calcsize(fmt)))[0]

    def count(self, what: str) -> int:
        n = self.unpack("<Q")
        if n > MAX_COUNT:
            raise GGUFError(
                Text(
                    QT_TRANSLATE_NOOP("Core", "the header claims an impossible {what} ({n})"),
                    what=what,
                    n=n,
                )
            )
        return int(n)

    def string(self) -> str:
        n = self.unpack("<Q")
        if n > MAX_STRING or self.fh.tell() + n > self.size:
            raise GGUFError(_LONG_TEXT)
        return self.read(n).decode("utf-8", errors="replace")

    def skip_string(self) -> None:
        n = self.unpack("<Q")
        if n > MAX_STRING or self.fh.tell() + n > self.size:
            raise GGUFError(_LONG_TEXT)
        self.fh.seek(n, 1)

    def skip_strings(self, n: int) -> None:
        """Skip ``n`` strings in a row, reading blocks: a vocabulary holds some 100,000, and one
        read and seek per string took a sixth of a second for the starter model's."""
        base, block, pos = self.fh.tell(), b"", 0  # block starts at file offset ``base``
        for _ in range(n):
            if pos + 8 > len(block):
                base += pos
                self.fh.seek(base)
                block, pos = self.fh.read(_SKIP_BLOCK), 0
                if len(block) < 8:
                    raise GGUFError(_TRUNCATED_HEADER)
            (length,) = _U64.unpack_from(block, pos)
            pos += 8 + length
            if length > MAX_STRING or base + pos > self.size:
                raise GGUFError(_LONG_TEXT)
        self.fh.seek(base + pos)

    def value(self, vtype: int) -> Any:
        if vtype in _SCALARS:
            return self.unpack(_SCALARS[vtype])
        if vtype == _STRING:
            return self.string()
        if vtype == _ARRAY:
            itype = self.unpack("<I")
            n = self.count("array length")
            if n <= MAX_KEEP_ARRAY:
                return [self.value(itype) for _ in range(n)]
            if itype in _SCALARS:
                nbytes = n * struct.calcsize(_SCALARS[itype])
                if self.fh.tell() + nbytes > self.size:
                    raise GGUFError(
                        Text(
                            QT_TRANSLATE_NOOP(
                                "Core", "an array in the header runs past the end of the file"
                            )
                        )
                    )
                self.fh.seek(nbytes, 1)
            elif itype == _STRING:
                self.skip_strings(n)
            else:
                for _ in range(n):
                    self.value(itype)
            return f"<array of {n}>"
        raise GGUFError(
            Text(
                QT_TRANSLATE_NOOP("Core", "unknown metadata value type {type} (corrupt file?)"),
                type=vtype,
            )
        )


def read_gguf(path: str | Path) -> GGUFInfo:
    """Read and check ``path``; raise :class:`GGUFError` with a plain reason if it is unusable.

    Only a regular file is opened for reading: a named pipe (FIFO) or a device would block the
    read, or never end, so it is refused before a byte is read.
    """
    path = Path(path)
    try:
        fh = _open_regular_file(path)
    except FileNotFoundError as exc:
        raise GGUFError(
            Text(QT_TRANSLATE_NOOP("Core", "the file {path} does not exist"), path=str(path))
        ) from exc
    except OSError as exc:
        raise GGUFError(
            Text(
                QT_TRANSLATE_NOOP("Core", "the file {path} cannot be read: {error}"),
                path=str(path),
                error=exc.strerror or str(exc),
            )
        ) from exc
    with fh:
        size = os.fstat(fh.fileno()).st_size
        if size == 0:
            raise GGUFError(Text(QT_TRANSLATE_NOOP("Core", "the file is empty")))
        try:
            return _parse(_Reader(fh, size), path, size)
        except OSError as exc:
            raise GGUFError(
                Text(
                    QT_TRANSLATE_NOOP("Core", "the file cannot be read: {error}"),
                    error=exc.strerror or str(exc),
                )
            ) from exc


def _open_regular_file(path: Path) -> BinaryIO:
    """``path`` opened for binary reading, if it is a regular file (symlinks followed).

    The open does not wait for a writer (``O_NONBLOCK``), so a FIFO is refused at once instead of
    blocking; the mode is checked on the opened descriptor, so the check and the read cannot see
    two different files.
    """
    fd = os.open(path, os.O_RDONLY | _NONBLOCK | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, f"it is {_kind_of(mode)}, not a model file")
        if _NONBLOCK:
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def _parse(r: _Reader, path: Path, size: int) -> GGUFInfo:
    magic = r.fh.read(4)
    if magic != GGUF_MAGIC:
        raise GGUFError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Core", "this is not a GGUF model file (it does not start with 'GGUF')"
                )
            )
        )
    version = r.unpack("<I")
    if version not in (2, 3):
        raise GGUFError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Core", "GGUF version {version} is not supported (expected 2 or 3)"
                ),
                version=version,
            )
        )
    n_tensors = r.count(Text(QT_TRANSLATE_NOOP("Core", "tensor count")))
    n_kv = r.count(Text(QT_TRANSLATE_NOOP("Core", "metadata count")))
    metadata: dict[str, Any] = {}
    for _ in range(n_kv):
        key = r.string()
        metadata[key] = r.value(r.unpack("<I"))
    if n_tensors == 0:
        raise GGUFError(
            Text(QT_TRANSLATE_NOOP("Core", "the file holds no tensors (no model weights)"))
        )
    tensors: list[tuple[int, int, int]] = []  # offset, n_elements, type
    params = 0
    for _ in range(n_tensors):
        r.skip_string()
        n_dims = r.unpack("<I")
        if n_dims > 8:
            raise GGUFError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core", "a tensor in the file has an impossible shape (corrupt file?)"
                    )
                )
            )
        dims = [r.unpack("<Q") for _ in range(n_dims)]
        ttype = r.unpack("<I")
        offset = r.unpack("<Q")
        n_el = math.prod(dims)
        params += n_el
        tensors.append((offset, n_el, ttype))
    alignment = metadata.get("general.alignment", 32)
    if not isinstance(alignment, int) or alignment <= 0:
        raise GGUFError(Text(QT_TRANSLATE_NOOP("Core", "the file's alignment value is invalid")))
    pos = r.fh.tell()
    data_start = pos + (-pos % alignment)
    for offset, n_el, ttype in tensors:
        info = _GGML_TYPES.get(ttype)
        nbytes = 0 if info is None else math.ceil(n_el / info[1]) * info[2]
        if data_start + offset + nbytes > size:
            missing = data_start + offset + nbytes - size
            raise GGUFError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "the file is truncated: its weights need {missing:,} more bytes than it "
                        "has (an incomplete download?)",
                    ),
                    missing=missing,
                )
            )
    return GGUFInfo(path, size, version, metadata, n_tensors, params)
