"""GGUF metadata is read from the header alone, and broken files are refused with a reason."""

from __future__ import annotations

import os
import struct
import threading
from pathlib import Path

import pytest

from app.core.gguf import GGUFError, read_gguf
from tests.helpers.gguf_tools import truncated_copy


def test_reads_starter_model_metadata(starter_model: Path) -> None:
    info = read_gguf(starter_model)
    assert info.architecture == "llama"
    assert info.context_length == 8192
    assert info.quantization == "Q4_1"
    assert 130e6 < info.parameter_count < 140e6 and info.parameter_label == "135M"
    assert info.chat_template is not None and "<|im_start|>" in info.chat_template
    assert info.file_size == 98362432


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"PK\x03\x04 this is a zip", "not a GGUF"),
        (b"GGUF" + struct.pack("<I", 99), "version 99"),
        (b"GGUF" + struct.pack("<IQQ", 3, 1, 1 << 40), "impossible"),
        (b"GGUF" + struct.pack("<IQQ", 3, 0, 0), "no tensors"),
        (b"GGUF" + struct.pack("<IQQ", 3, 1, 1) + struct.pack("<Q", 1 << 20), "longer than"),
    ],
)
def test_bad_files_are_refused_with_a_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.gguf"
    path.write_bytes(content)
    with pytest.raises(GGUFError, match=reason):
        read_gguf(path)


@pytest.mark.parametrize("fraction", [0.0005, 0.5, 0.999])
def test_truncated_model_is_refused(starter_model: Path, tmp_path: Path, fraction: float) -> None:
    path = truncated_copy(starter_model, tmp_path / "cut.gguf", fraction)
    with pytest.raises(GGUFError, match="truncated"):
        read_gguf(path)


def test_missing_and_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(GGUFError, match="does not exist"):
        read_gguf(tmp_path / "nope.gguf")
    folder = tmp_path / "folder.gguf"
    folder.mkdir()
    with pytest.raises(GGUFError, match="cannot be read"):
        read_gguf(folder)


def _read_with_deadline(path: Path, deadline_s: float = 60.0) -> BaseException | None:
    """``read_gguf(path)`` on a thread; the exception it raised, None if it returned.

    A read that blocks (on a FIFO with no writer) fails the test instead of hanging it: the FIFO
    is opened for writing, which lets the blocked open return, and the thread ends.
    """
    outcome: list[BaseException | None] = []

    def read() -> None:
        try:
            read_gguf(path)
        except BaseException as exc:
            outcome.append(exc)
        else:
            outcome.append(None)

    thread = threading.Thread(target=read, name="read-gguf")
    thread.start()
    thread.join(deadline_s)
    if thread.is_alive():
        with open(path, "wb"):
            pass
        thread.join(10)
        pytest.fail(f"read_gguf({path}) blocked instead of refusing the file")
    return outcome[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX only")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.gguf"
    os.mkfifo(fifo)
    error = _read_with_deadline(fifo)
    assert isinstance(error, GGUFError)
    assert "named pipe (FIFO)" in str(error) and "not a model file" in str(error)


def test_a_symlink_loop_is_refused(tmp_path: Path) -> None:
    loop = tmp_path / "loop.gguf"
    loop.symlink_to(loop)
    with pytest.raises(GGUFError, match="cannot be read"):
        read_gguf(loop)


def test_a_symlink_to_a_model_is_read(starter_model: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.gguf"
    link.symlink_to(starter_model)
    assert read_gguf(link).file_size == starter_model.stat().st_size


def _gguf_with_long_string_array(n_strings: int) -> bytes:
    """A small GGUF file: an array of ``n_strings`` strings (about 2.4 MB), then a string value,
    then one F32 tensor of 32 elements."""

    def text(value: str) -> bytes:
        return struct.pack("<Q", len(value.encode())) + value.encode()

    strings = b"".join(text(f"{i:05d}" + "x" * (700 + i % 97)) for i in range(n_strings))
    header = b"GGUF" + struct.pack("<IQQ", 3, 1, 2)
    tokens = text("tokenizer.ggml.tokens") + struct.pack("<IIQ", 9, 8, n_strings) + strings
    architecture = text("general.architecture") + struct.pack("<I", 8) + text("llama")
    tensor = text("t") + struct.pack("<IQIQ", 1, 32, 0, 0)
    head = header + tokens + architecture + tensor
    return head + b"\0" * (-len(head) % 32) + b"\0" * (32 * 4)


def test_a_long_array_of_strings_is_skipped_in_blocks_and_what_follows_is_read(
    tmp_path: Path,
) -> None:
    path = tmp_path / "vocab.gguf"
    content = _gguf_with_long_string_array(3000)  # strings cross the 1 MiB blocks it is read in
    path.write_bytes(content)
    info = read_gguf(path)
    assert info.architecture == "llama" and info.parameter_count == 32
    assert info.metadata["tokenizer.ggml.tokens"] == "<array of 3000>"
    for cut in (30, 1 << 20, (1 << 20) + 3, len(content) // 2):  # inside the array
        path.write_bytes(content[:cut])
        with pytest.raises(GGUFError, match="truncated"):
            read_gguf(path)
