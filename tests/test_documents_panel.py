"""The Documents panel: add a folder, index on a worker with progress, failed files, attach,
remove, and a cancelled run that keeps what it indexed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.documents import DocumentIndex, IndexReport
from app.ui.documents_panel import DocumentsPanel, IndexWorker
from tests.test_documents import _library

TIMEOUT_MS = 60_000


@pytest.fixture
def panel(qtbot: QtBot) -> Iterator[DocumentsPanel]:
    widget = DocumentsPanel()
    qtbot.addWidget(widget)
    yield widget
    widget.shutdown()


def test_add_folder_indexes_on_a_worker_and_lists_failures(
    qtbot: QtBot, panel: DocumentsPanel, tmp_path: Path
) -> None:
    _library(tmp_path / "library")
    (tmp_path / "library" / "noise.txt").write_bytes(b"\x00" * 64)
    progress: list[int] = []
    panel.progress_bar.valueChanged.connect(progress.append)
    with qtbot.waitSignal(panel.collectionsChanged, timeout=TIMEOUT_MS):
        panel.add_folder(tmp_path / "library")
    assert panel.status_label.text() == ("Done: 9 added, 0 updated, 0 removed, 0 unchanged.")
    assert progress[-1] == 9
    assert [panel.failed_list.item(i).text() for i in range(panel.failed_list.count())] == [
        f"{tmp_path / 'library' / 'noise.txt'}: binary content, not text"
    ]
    assert panel.collection_list.count() == 1
    assert panel.collection_list.item(0).text() == (
        "library — 9 files, 10 passages, 1 could not be read"
    )
    assert not panel.cancel_button.isEnabled() and panel.add_button.isEnabled()


def test_attach_detach_and_remove(qtbot: QtBot, panel: DocumentsPanel, tmp_path: Path) -> None:
    _library(tmp_path / "library")
    with qtbot.waitSignal(panel.collectionsChanged, timeout=TIMEOUT_MS):
        panel.add_folder(tmp_path / "library", name="Home")
    assert not panel.attach_button.isEnabled()  # no conversation open
    panel.set_conversation(5)
    with qtbot.waitSignal(panel.attachmentsChanged) as changed:
        panel.attach_button.click()
    assert changed.args == [5]
    index = DocumentIndex()
    assert index.attached(5) == ["Home"]
    assert panel.attach_button.isChecked() and panel.attach_button.text() == "Attached to this chat"
    panel.attach_button.click()
    assert index.attached(5) == []
    panel.confirm = lambda _question: False
    panel.remove_button.click()
    assert index.names() == ["Home"]
    panel.confirm = lambda _question: True
    panel.remove_button.click()
    assert index.names() == [] and panel.collection_list.count() == 0
    index.close()


def test_a_cancelled_worker_reports_it_and_keeps_nothing_half_done(tmp_path: Path) -> None:
    _library(tmp_path / "library")
    index = DocumentIndex()
    index.add("Home", [tmp_path / "library"])
    worker = IndexWorker("Home")
    reports: list[IndexReport] = []
    worker.finished.connect(reports.append)
    worker.cancel()
    worker.run()  # on this thread: the flag is checked before the first file
    [report] = reports
    assert (report.cancelled, report.added) == (True, 0)
    assert index.collections()[0].files == 0
    index.close()
