"""The app's log file: ``hearth.log`` in the logs folder, rotated, never holding a secret.

Only events are logged (a model loaded, an answer failed and why); message text and keys never are.
The log and its rotated copies are readable by the user alone (0600).
"""

from __future__ import annotations

import io
import logging
from logging.handlers import RotatingFileHandler

from app.core import paths

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose every file, the ones rollover starts included, is created 0600."""

    def _open(self) -> io.TextIOWrapper:
        stream = open(  # noqa: SIM115 -- the handler owns and closes the stream
            self.baseFilename,
            self.mode,
            encoding=self.encoding,
            errors=self.errors,
            opener=paths.private_opener,
        )
        assert isinstance(stream, io.TextIOWrapper)
        return stream


def setup_logging(level: int = logging.INFO) -> RotatingFileHandler:
    handler = _PrivateRotatingFileHandler(
        paths.logs_dir() / "hearth.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger("app")
    root.setLevel(level)
    root.addHandler(handler)
    return handler
