"""What every ``hearth`` subcommand shares: its exit codes, how it reads its arguments, and how
Ctrl+C ends it.

Exit codes, the same for ``hearth models``, ``docs``, ``search``/``export``/``import``,
``serve`` and ``network-log``: 0 done; 1 the operation failed; 2 bad usage (argparse's own
code); 3 not installed (``hearth models``); 130 interrupted (128 + SIGINT, as shells report it).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TextIO

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_NOT_INSTALLED = 3
EXIT_INTERRUPTED = 130


def parse_args(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace | int:
    """The parsed arguments; or, when argparse has printed help (0) or a usage message (2),
    the exit code to return."""
    try:
        return parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE


def interruptible(
    run: Callable[[], int],
    err: TextIO,
    message: str = "Interrupted.",
    code: int = EXIT_INTERRUPTED,
) -> int:
    """``run()``'s exit code; Ctrl+C during it writes ``message`` and returns ``code``."""
    try:
        return run()
    except KeyboardInterrupt:
        err.write(f"\n{message}\n")
        return code
