"""A private X display (Xvfb) for the screenshot and smoke-test scripts.

``with virtual_display() as display:`` starts ``Xvfb`` on a free display number (Xvfb picks it and
reports it through ``-displayfd``), yields ``":N"``, and stops that Xvfb afterwards. Linux only;
needs the ``xvfb`` package.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

START_TIMEOUT_S = 20.0


class DisplayError(RuntimeError):
    """Xvfb is missing or did not start."""


@contextmanager
def virtual_display(width: int = 1280, height: int = 860) -> Iterator[str]:
    """Run Xvfb for the duration of the ``with`` block; yields the DISPLAY value."""
    binary = shutil.which("Xvfb")
    if binary is None:
        raise DisplayError("Xvfb is not installed (Debian/Ubuntu: apt-get install xvfb).")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        [
            binary,
            "-displayfd",
            str(write_fd),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as reader:
            number = _read_display_number(reader, proc)
        yield f":{number}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _read_display_number(reader: TextIO, proc: subprocess.Popen[bytes]) -> str:
    ready, _, _ = select.select([reader], [], [], START_TIMEOUT_S)
    line = reader.readline().strip() if ready else ""
    if not line.isdigit():
        code = proc.poll()
        raise DisplayError("Xvfb did not start" + (f" (exit status {code})." if code else "."))
    return line
