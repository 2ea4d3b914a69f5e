"""``python -m app ARGS`` for a child that a test stops with SIGINT, as Ctrl+C would.

A program started in the background (a CI runner's job, ``cmd &`` in a script) inherits SIGINT
*ignored*, and Python then leaves it ignored: Ctrl+C would do nothing, which is right for a
background program but not what a Ctrl+C test is about. The child therefore re-arms Python's
own SIGINT handler before it runs the app.
"""

from __future__ import annotations

import sys

_ARM = (
    "import runpy, signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "runpy.run_module('app', run_name='__main__', alter_sys=True)"
)


def python_m_app(*args: str) -> list[str]:
    """The command line: like ``[sys.executable, "-m", "app", *args]``, with SIGINT armed."""
    return [sys.executable, "-c", _ARM, *args]
