"""The app's log file: ``hearth.log`` in the logs folder, rotated, never holding a secret.

Only events are logged (a model loaded, an answer failed and why); message text and keys never are.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from app.core import paths

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(level: int = logging.INFO) -> RotatingFileHandler:
    handler = RotatingFileHandler(
        paths.logs_dir() / "hearth.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger("app")
    root.setLevel(level)
    root.addHandler(handler)
    return handler
