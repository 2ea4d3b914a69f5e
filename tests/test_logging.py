"""The log file records events, not conversation text."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
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
