"""The main window's first-run offer and drag-and-drop import of a .gguf file."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from pytestqt.qtbot import QtBot

from app.core import paths
from app.core.catalog import load_catalog
from app.ui.first_run import FirstRunOffer
from app.ui.main_window import MainWindow
from app.ui.model_manager import ModelManager
from tests.helpers.hub_server import (
    STARTER_FILENAME,
    STARTER_REPO,
    STARTER_SHA256,
    STARTER_SIZE,
    HubServer,
    fake_commit,
    running_hub,
)

TIMEOUT_MS = 240_000  # hang-catcher: loads are slow on a busy machine


@pytest.fixture
def hub(starter_model: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[HubServer]:
    with running_hub(starter_model) as server:
        monkeypatch.setenv("HF_ENDPOINT", server.endpoint)
        yield server


def mirror_recommended_models() -> str:
    """Point both recommended entries at the local hub's copy of the starter model (a user
    catalog override, as a mirror would); the id this machine is offered."""
    overrides = "".join(
        f"""
[[models]]
id = "{entry_id}"
name = "Recommended test mirror"
repo_id = "{STARTER_REPO}"
revision = "{fake_commit(STARTER_REPO)}"
filename = "{STARTER_FILENAME}"
size = {STARTER_SIZE}
sha256 = "{STARTER_SHA256}"
"""
        for entry_id in ("qwen2.5-7b", "llama3.2-3b")
    )
    paths.user_catalog_path().write_text(overrides, encoding="utf-8")
    offered = load_catalog().recommended_for_machine()
    assert offered is not None and offered.name == "Recommended test mirror"
    return offered.id


def offer(window: MainWindow) -> FirstRunOffer:
    found = window.findChild(FirstRunOffer, "firstRunOffer")
    assert found is not None
    return found


def test_first_run_offers_the_recommended_model_and_downloads_it(
    qtbot: QtBot, hub: HubServer, make_window: Callable[..., MainWindow]
) -> None:
    offered_id = mirror_recommended_models()
    window = make_window(wait_loaded=False)
    banner = offer(window)
    qtbot.waitUntil(banner.isVisible, timeout=TIMEOUT_MS)  # the catalog is read on a job thread
    assert banner.entry is not None and banner.entry.id == offered_id
    assert "Recommended test mirror" in banner.message.text()
    assert "starter model" in banner.message.text()
    assert banner.starter_button.isVisible()
    installed = str(paths.models_dir() / STARTER_FILENAME)

    qtbot.mouseClick(banner.download_button, Qt.MouseButton.LeftButton)
    manager = window.findChild(ModelManager, "modelManager")
    assert manager is not None and manager.isVisible() and manager.downloading
    qtbot.waitUntil(lambda: window.model_picker.findData(installed) >= 0, timeout=TIMEOUT_MS)
    assert not banner.isVisible()


def test_no_offer_once_a_model_is_in_the_models_folder(
    starter_model: Path, make_window: Callable[..., MainWindow]
) -> None:
    shutil.copyfile(starter_model, paths.models_dir() / "mine.gguf")
    window = make_window(wait_loaded=False)
    assert not offer(window).isVisible()


def test_the_offer_can_be_dismissed(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window(wait_loaded=False)
    banner = offer(window)
    qtbot.waitUntil(banner.isVisible, timeout=TIMEOUT_MS)  # the catalog is read on a job thread
    dismiss = banner.findChild(object, "firstRunDismiss")
    qtbot.mouseClick(dismiss, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    assert not banner.isVisible()
    window.refresh_models()
    assert not banner.isVisible()


def _mime(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def _events(mime: QMimeData) -> tuple[QDragEnterEvent, QDropEvent]:
    """Drag events carrying ``mime``; the caller keeps ``mime`` alive (the events do not)."""
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    return QDragEnterEvent(QPoint(10, 10), *args), QDropEvent(QPointF(10, 10), *args)


def test_dropping_a_gguf_on_the_window_imports_it(
    qtbot: QtBot, starter_model: Path, tmp_path: Path, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(wait_loaded=False)
    assert window.acceptDrops()
    not_a_model = tmp_path / "notes.txt"
    not_a_model.write_text("hello")
    text_mime = _mime(not_a_model)
    enter, _ = _events(text_mime)
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()

    dropped = tmp_path / "dropped.gguf"
    shutil.copyfile(starter_model, dropped)
    model_mime = _mime(dropped)
    enter, drop = _events(model_mime)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    window.dropEvent(drop)
    qtbot.waitUntil(
        lambda: str(dropped.resolve()) in window.settings.imported_models, timeout=TIMEOUT_MS
    )
    assert window.model_picker.currentData() == str(dropped.resolve())
    qtbot.waitUntil(lambda: window.loaded_label is not None, timeout=TIMEOUT_MS)
    assert not offer(window).isVisible()  # an imported model is a real model
