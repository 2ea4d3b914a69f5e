"""The model manager dialog in pytest-qt, downloading from the local Hub-protocol server."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QProgressBar
from pytestqt.qtbot import QtBot

from app.core import paths
from app.core.catalog import load_catalog
from app.core.downloads import partial_bytes, partial_path
from app.ui.model_manager import CATALOG_COLUMNS, ModelManager
from tests.helpers.hub_server import (
    STARTER_FILENAME,
    STARTER_SHA256,
    HubServer,
    running_hub,
    starter_catalog_toml,
)
from tests.helpers.llama_server import free_port

ENTRY_ID = "smollm2-135m-test"
MB = 1024 * 1024
TIMEOUT_MS = 120_000  # hang-catcher: transfers are slow on a busy machine


@pytest.fixture
def hub(starter_model: Path) -> Iterator[HubServer]:
    paths.user_catalog_path().write_text(starter_catalog_toml(ENTRY_ID), encoding="utf-8")
    with running_hub(starter_model) as server:
        yield server


@pytest.fixture
def manager(qtbot: QtBot, hub: HubServer) -> Iterator[ModelManager]:
    dialog = ModelManager(imported_models=list, endpoint=hub.endpoint)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    dialog.shutdown()
    assert not dialog.downloading


def cell(dialog: ModelManager, entry_id: str, column: str) -> str:
    row = dialog.row_of(entry_id)
    item = dialog.catalog_table.item(row, CATALOG_COLUMNS.index(column))
    assert item is not None
    return item.text()


def installed_paths(dialog: ModelManager) -> list[Path]:
    return [m.path for m in dialog.installed]


def test_catalog_table_shows_the_facts_of_every_entry(manager: ModelManager) -> None:
    assert manager.objectName() == "modelManager"
    catalog = load_catalog()
    chat, embedding = catalog.of_kind("chat"), catalog.of_kind("embedding")
    assert manager.catalog_table.rowCount() == len(chat) + 1 + len(embedding)
    heading = manager.catalog_table.item(len(chat), 0)
    assert heading is not None and heading.text().startswith("Embedding models")
    assert [manager.row_of(e.id) for e in embedding] == [
        len(chat) + 1 + i for i in range(len(embedding))
    ]
    assert cell(manager, "nomic-embed-text-v1.5", "Size") == "146.1 MB"
    manager.catalog_table.selectRow(len(chat))  # the heading cannot be chosen
    assert manager.selected_entry() is None and not manager.download_button.isEnabled()
    big = catalog.get("qwen2.5-7b")
    assert big is not None
    assert cell(manager, "qwen2.5-7b", "Size") == "4.7 GB"
    assert cell(manager, "qwen2.5-7b", "License") == "Apache-2.0"
    assert cell(manager, "qwen2.5-7b", "Context") == "32,768"
    assert cell(manager, "qwen2.5-7b", "Parameters") == "7.6B"
    assert "recommended for 16GB" in cell(manager, "qwen2.5-7b", "Model")
    assert cell(manager, "qwen2.5-7b", "This machine").split()[0] in ("Fits", "Tight", "Too")
    assert manager.problems_label.isHidden()


def test_download_shows_progress_finishes_and_lists_the_model(
    qtbot: QtBot, manager: ModelManager, hub: HubServer
) -> None:
    hub.rate_bps = 80 * MB
    manager.select_entry(ENTRY_ID)
    assert manager.download_button.isEnabled()
    values: list[int] = []
    manager.progress_bar.valueChanged.connect(values.append)
    with qtbot.waitSignal(manager.modelsChanged, timeout=TIMEOUT_MS) as done:
        qtbot.mouseClick(manager.download_button, Qt.MouseButton.LeftButton)
        assert cell(manager, ENTRY_ID, "Status") == "Downloading…"
        qtbot.waitUntil(lambda: "MB/s" in manager.status_label.text(), timeout=TIMEOUT_MS)
        assert "left" in manager.status_label.text()
    installed = paths.models_dir() / STARTER_FILENAME
    assert done.args == [str(installed)]
    assert hashlib.sha256(installed.read_bytes()).hexdigest() == STARTER_SHA256
    assert len([v for v in values if 0 < v < 1000]) >= 3 and values[-1] == 1000
    assert values == sorted(values)
    qtbot.waitUntil(lambda: not manager.downloading, timeout=TIMEOUT_MS)
    assert "installed and verified" in manager.status_label.text()
    assert cell(manager, ENTRY_ID, "Status") == "Installed"
    assert installed in installed_paths(manager)
    assert not manager.download_button.isEnabled()


def test_pause_keeps_the_partial_and_resume_finishes(
    qtbot: QtBot, manager: ModelManager, hub: HubServer
) -> None:
    hub.rate_bps = 40 * MB
    entry = load_catalog().get(ENTRY_ID)
    assert entry is not None
    manager.start_download(entry)
    qtbot.waitUntil(lambda: partial_bytes(entry) > 4 * MB, timeout=TIMEOUT_MS)
    qtbot.mouseClick(manager.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not manager.downloading, timeout=TIMEOUT_MS)
    kept = partial_bytes(entry)
    assert kept > 4 * MB
    assert manager.status_label.text().startswith("Paused at")
    assert manager.pause_button.text() == "Resume"
    assert cell(manager, ENTRY_ID, "Status").startswith("Paused at")

    hub.rate_bps = None
    with qtbot.waitSignal(manager.modelsChanged, timeout=TIMEOUT_MS):
        qtbot.mouseClick(manager.pause_button, Qt.MouseButton.LeftButton)
    assert hub.content_requests()[-1].range == f"bytes={kept}-"
    qtbot.waitUntil(lambda: not manager.downloading, timeout=TIMEOUT_MS)
    assert cell(manager, ENTRY_ID, "Status") == "Installed"


def test_cancel_leaves_nothing_installed(
    qtbot: QtBot, manager: ModelManager, hub: HubServer
) -> None:
    hub.rate_bps = 20 * MB
    entry = load_catalog().get(ENTRY_ID)
    assert entry is not None
    manager.start_download(entry)
    qtbot.waitUntil(lambda: partial_bytes(entry) > 2 * MB, timeout=TIMEOUT_MS)
    qtbot.mouseClick(manager.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not manager.downloading, timeout=TIMEOUT_MS)
    assert "cancelled" in manager.status_label.text()
    assert not partial_path(entry).exists()
    assert not entry.install_path().exists()
    assert manager.progress_bar.value() == 0


def test_a_failed_download_says_why(qtbot: QtBot, manager: ModelManager, hub: HubServer) -> None:
    hub.corrupt = True
    entry = load_catalog().get(ENTRY_ID)
    assert entry is not None
    manager.start_download(entry)
    qtbot.waitUntil(lambda: not manager.downloading, timeout=TIMEOUT_MS)
    assert "does not match its pin" in manager.status_label.text()
    assert not entry.install_path().exists()


def test_an_unexpected_error_ends_the_download_with_a_message(
    qtbot: QtBot, manager: ModelManager
) -> None:
    """An entry the Hub client rejects (``owner/..``): the job ends, the thread quits, and the
    dialog says why instead of sitting at "Connecting…"."""
    entry = load_catalog().get(ENTRY_ID)
    assert entry is not None
    manager.start_download(replace(entry, repo_id="owner/.."))
    qtbot.waitUntil(lambda: not manager.downloading, timeout=TIMEOUT_MS)
    assert "stopped on an unexpected error: HFValidationError" in manager.status_label.text()
    assert "owner/.." in manager.status_label.text()


def test_delete_and_reveal_an_installed_model(
    qtbot: QtBot, manager: ModelManager, starter_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = paths.models_dir() / "mine.gguf"
    own.write_bytes(starter_model.read_bytes()[: 4 * MB])
    manager.refresh()
    row = installed_paths(manager).index(own)
    manager.installed_table.selectRow(row)
    assert manager.delete_button.isEnabled()

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", opened.append)
    qtbot.mouseClick(manager.reveal_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(paths.models_dir()))]

    manager.confirm = lambda question: False
    qtbot.mouseClick(manager.delete_button, Qt.MouseButton.LeftButton)
    assert own.exists()
    questions: list[str] = []
    manager.confirm = lambda question: questions.append(question) or True
    with qtbot.waitSignal(manager.modelsChanged) as changed:
        qtbot.mouseClick(manager.delete_button, Qt.MouseButton.LeftButton)
    assert questions == ["Delete mine.gguf (4.2 MB) from the models folder?"]
    assert changed.args == [str(own)]
    assert not own.exists() and own not in installed_paths(manager)


def test_the_starter_model_cannot_be_deleted(manager: ModelManager) -> None:
    sources = [m.source for m in manager.installed]
    manager.installed_table.selectRow(sources.index("starter"))
    assert not manager.delete_button.isEnabled()
    assert manager.reveal_button.isEnabled()


def test_import_checks_the_file_and_hands_it_over(
    qtbot: QtBot,
    manager: ModelManager,
    starter_model: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    junk = tmp_path / "junk.gguf"
    junk.write_bytes(b"not a model at all")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(junk), ""))
    with qtbot.assertNotEmitted(manager.importRequested):
        qtbot.mouseClick(manager.import_button, Qt.MouseButton.LeftButton)
    assert manager.status_label.text().startswith("junk.gguf cannot be used:")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(starter_model), ""))
    with qtbot.waitSignal(manager.importRequested) as imported:
        qtbot.mouseClick(manager.import_button, Qt.MouseButton.LeftButton)
    assert imported.args == [str(starter_model.resolve())]


def test_catalog_problems_are_shown(qtbot: QtBot, hub: HubServer) -> None:
    paths.user_catalog_path().write_text('[[models]]\nid = "broken"\n', encoding="utf-8")
    dialog = ModelManager(imported_models=list, endpoint=hub.endpoint)
    qtbot.addWidget(dialog)
    assert not dialog.problems_label.isHidden()
    assert "entry 'broken', field 'name': is missing" in dialog.problems_label.text()
    assert dialog.catalog.get("qwen2.5-7b") is not None
    assert dialog.findChild(QProgressBar, "downloadProgress") is dialog.progress_bar


def test_main_window_menu_opens_the_manager_and_a_download_becomes_selectable(
    qtbot: QtBot, hub: HubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.main_window import MainWindow

    monkeypatch.setenv("HF_ENDPOINT", hub.endpoint)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    try:
        action = next(a for a in window.models_menu.actions() if a.text() == "&Manage models…")
        action.trigger()
        dialog = window.findChild(ModelManager, "modelManager")
        assert dialog is window.model_manager and dialog is not None and dialog.isVisible()
        installed = str(paths.models_dir() / STARTER_FILENAME)
        assert window.model_picker.findData(installed) == -1

        dialog.select_entry(ENTRY_ID)
        with qtbot.waitSignal(dialog.modelsChanged, timeout=TIMEOUT_MS):
            qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
        index = window.model_picker.findData(installed)
        assert index >= 0
        item = window.model_picker.model().item(index)  # type: ignore[attr-defined]
        assert item.isEnabled()
        dialog.close()
        action.trigger()
        assert window.model_manager is dialog and dialog.isVisible()
    finally:
        window.close()
    assert not window.session.thread_running
    assert not dialog.downloading


def test_the_keychain_is_read_off_the_gui_thread(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    import app.ui.model_manager as model_manager

    on_gui_thread: list[bool] = []

    def get_secret(name: str) -> tuple[str | None, str]:
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return None, ""

    monkeypatch.setattr(model_manager, "get_secret", get_secret)
    dialog = ModelManager()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog._has_token is not None, timeout=30_000)
    assert on_gui_thread == [False] and dialog._has_token is False


def test_a_download_that_cannot_connect_says_so_in_the_manager(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HF_ENDPOINT names a closed port: the job ends on its own (no Cancel) and the dialog
    shows which host could not be reached and what to check."""
    paths.user_catalog_path().write_text(starter_catalog_toml(ENTRY_ID), encoding="utf-8")
    host = f"127.0.0.1:{free_port()}"  # bound, then closed: nothing listens there
    monkeypatch.setenv("HF_ENDPOINT", f"http://{host}")
    dialog = ModelManager(imported_models=list)
    qtbot.addWidget(dialog)
    entry = dialog.catalog.get(ENTRY_ID)
    assert entry is not None
    with qtbot.waitSignal(dialog.downloadEnded, timeout=60_000):  # the old schedule: minutes
        dialog.start_download(entry)
    shown = dialog.status_label.text()
    assert f"Hearth could not connect to {host} because nothing accepts connections" in shown
    assert "HF_ENDPOINT" in shown and "Errno" not in shown
    assert not dialog.downloading
