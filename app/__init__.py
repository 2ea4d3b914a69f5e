"""Hearth: private AI chat with language models on your own machine."""

from __future__ import annotations

import functools

APP_NAME = "Hearth"


def __getattr__(name: str) -> str:
    """``__version__``: :func:`version`, looked up when first asked for."""
    if name == "__version__":
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@functools.cache
def version() -> str:
    """Hearth's version, from the installed package's metadata. Read on first use: importing
    ``importlib.metadata`` takes about a tenth of a second that the window's start does not pay.
    """
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as package_version

    try:
        return package_version("hearth-chat")
    except PackageNotFoundError:  # running from a source tree that was not installed
        return "0.0.0+source"
