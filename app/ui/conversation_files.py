"""Chats to and from files: the main window's File › Export conversation…, Export all… and
Import….

:class:`ConversationFiles` (GUI thread) asks for the file when none is given, then writes or
reads it with :mod:`app.core.export` on a worker thread (:func:`~app.ui.workers.run_job`), so a
large archive never freezes the window. An import is all or nothing. Signal: ``finished(str
message, bool ok)`` once a job ended, after the status bar (done) or the status area (failed)
said so.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu

from app.ui import i18n
from app.ui.i18n import QT_TRANSLATE_NOOP, LiveTexts
from app.ui.workers import run_job

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

SUFFIX_FORMATS = {"md": "md", "markdown": "md", "html": "html", "htm": "html", "json": "json"}


class ConversationFiles(QObject):
    """See the module docstring; lives as long as ``window``."""

    finished = Signal(str, bool)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._texts = LiveTexts("ConversationFiles")

    def add_actions(self, menu: QMenu) -> None:
        """Add Export conversation…, Export all… and Import… to ``menu``."""
        for text, slot, name in (
            (
                QT_TRANSLATE_NOOP("ConversationFiles", "&Export conversation…"),
                self.export_conversation,
                "exportConversationAction",
            ),
            (
                QT_TRANSLATE_NOOP("ConversationFiles", "Export &all…"),
                self.export_all,
                "exportAllAction",
            ),
            (
                QT_TRANSLATE_NOOP("ConversationFiles", "&Import…"),
                self.import_conversations,
                "importAction",
            ),
        ):
            menu.addAction(self._texts.action(self._window, text, slot, name))

    def retranslate(self) -> None:
        """Set the actions' texts again in the language just installed."""
        self._texts.retranslate()

    def export_conversation(self, path: str = "") -> None:
        """Write the open chat, every branch, as Markdown, HTML or Hearth JSON (by the file's
        suffix; asked for when ``path`` is empty) on a worker thread."""
        conversation_id = self._window.conversation_id
        if conversation_id is None:
            self._window.statusBar().showMessage(self.tr("Open a chat first."), 4000)
            return
        self._export([conversation_id], path, "conversation")

    def export_all(self, path: str = "") -> None:
        """Write every chat, archived ones included."""
        ids = [c.id for c in self._window.store.conversations(include_archived=True)]
        self._export(ids, path, "conversations")

    def _export(self, ids: list[int], path: str, name: str) -> None:
        from app.core.export import export

        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self._window, self.tr("Export"), str(Path.home() / f"{name}.md"),
                self.tr("Markdown (*.md);;HTML (*.html);;Hearth JSON (*.json)"),
            )  # fmt: skip
            if not path:
                return
        suffix = Path(path).suffix.lower().lstrip(".")
        if suffix not in SUFFIX_FORMATS:
            self._window.show_error(
                self.tr("Export to .md, .html or .json, not {file}.").format(file=Path(path).name)
            )
            return
        store = self._window.store

        def write() -> str:
            trees = [t for t in (store.tree(i) for i in ids) if t is not None]
            Path(path).write_text(export(trees, SUFFIX_FORMATS[suffix]), encoding="utf-8")  # type: ignore[arg-type]
            return self.tr("Exported %n chat(s) to {path}.", "", len(trees)).format(path=path)

        run_job("hearth-export", write, self._done, self._failed, self)

    def import_conversations(self, path: str = "") -> None:
        """Import a Hearth JSON export or ChatGPT's conversations.json on a worker thread; all or
        nothing, with the reason when the file is refused."""
        from app.core.export import import_file

        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self._window,
                self.tr("Import chats"),
                str(Path.home()),
                self.tr("Conversations (*.json)"),
            )
            if not path:
                return
        store = self._window.store

        def read() -> str:
            ids = import_file(store, Path(path))
            return self.tr("Imported %n chat(s) from {file}.", "", len(ids)).format(
                file=Path(path).name
            )

        run_job("hearth-import", read, self._done, self._failed, self, i18n.error_text)

    def _done(self, message: object) -> None:
        if self._window.closed:
            return
        self._window.conversations.refresh()
        self._window.statusBar().showMessage(str(message), 8000)
        self.finished.emit(str(message), True)

    def _failed(self, message: str) -> None:
        if self._window.closed:
            return
        self._window.show_error(message)
        self.finished.emit(message, False)
