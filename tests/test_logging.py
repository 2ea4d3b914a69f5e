"""The log file records events, not conversation text, and only its user can read it."""

from __future__ import annotations

import logging
import os
import stat
import threading
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from app.core import paths
from app.core.chat import run_turn
from app.core.engines.base import GenerationParams
from app.core.engines.local import LoadOptions, LocalEngine
from app.core.logs import setup_logging
from app.core.store import ConversationStore


@pytest.fixture
def log_file() -> Iterator[Path]:
    handler = setup_logging()
    try:
        yield paths.logs_dir() / "hearth.log"
    finally:
        logging.getLogger("app").removeHandler(handler)
        handler.close()


def test_answers_are_logged_without_their_text(log_file: Path, starter_model: Path) -> None:
    store = ConversationStore(paths.database_path())
    conv = store.create_conversation()
    store.add_message(conv.id, "user", "My secret diary entry: zebra-71")
    engine = LocalEngine(starter_model, LoadOptions(probe=False))
    try:
        result = run_turn(
            store, engine, conv.id, GenerationParams(temperature=0.0, max_tokens=12),
            threading.Event(),
        )  # fmt: skip
    finally:
        engine.close()
        store.close()
    text = log_file.read_text(encoding="utf-8")
    assert f"answer {result.message_id} complete" in text
    assert "zebra-71" not in text and result.text.strip()[:12] not in text


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_log_and_its_rotated_copies_are_private(log_file: Path) -> None:
    previous = os.umask(0o022)  # the usual umask, which made the log 0644 before
    try:
        logging.getLogger("app.test").warning("first file")
        for handler in logging.getLogger("app").handlers:
            if isinstance(handler, RotatingFileHandler):
                handler.doRollover()  # opens a new hearth.log
        logging.getLogger("app.test").warning("second file")
    finally:
        os.umask(previous)
    rotated = log_file.with_name("hearth.log.1")
    assert "first file" in rotated.read_text() and "second file" in log_file.read_text()
    assert {stat.S_IMODE(p.stat().st_mode) for p in (log_file, rotated)} == {0o600}
