"""A data folder that really cannot be written, for the read-only tests.

As a normal user, ``chmod 0555`` is enough. Root writes through file modes, so as root the folder
is bind-mounted read-only over itself (a real EROFS); where that is not allowed either, the test
is skipped rather than faked.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make ``folder`` (and everything below it) impossible to write while inside."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    for command in (
        ["mount", "--bind", str(folder), str(folder)],
        ["mount", "-o", "remount,bind,ro", str(folder)],
    ):
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            if command[1] == "-o":
                subprocess.run(["umount", str(folder)], check=True)
            pytest.skip(f"running as root and cannot mount a read-only folder: {done.stderr}")
    try:
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True)
