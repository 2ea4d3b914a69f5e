"""Documents in the real window: a collection attached to a chat feeds the answer, whose
sources are shown under it; a chat without documents says nothing about them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from app.core.documents import DocumentIndex
from app.core.settings import Settings, save_settings
from app.ui.main_window import MainWindow
from tests.helpers.windows import send


def test_an_attached_collection_feeds_the_answer_and_its_sources_are_shown(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    s = Settings()
    s.generation.max_tokens = 8
    save_settings(s)
    docs = tmp_path / "kitchen"
    docs.mkdir()
    (docs / "bread.md").write_text(
        "# Baking\n\nBake the sourdough loaf at 250 degrees for forty minutes.\n", encoding="utf-8"
    )
    window = make_window()
    assert send(qtbot, window, "Hello").state == "complete"
    plain = window.transcript.toPlainText()
    assert "Sources" not in plain and "documents" not in plain  # no documents: nothing said

    index = DocumentIndex()
    index.add("Kitchen", [docs])
    index.index("Kitchen")
    index.attach(window.conversation_id or -1, "Kitchen")
    index.close()
    action = window.findChild(QAction, "documentsAction")
    assert action is not None
    action.trigger()  # the Documents panel opens on this chat
    result = send(qtbot, window, "At what temperature do I bake the sourdough loaf?")
    assert result.state == "complete"
    assert result.sources and result.sources[0].location().startswith("bread.md")
    assert "Sources (from your documents, on this machine): [1] bread.md" in (
        window.transcript.toPlainText()
    )
