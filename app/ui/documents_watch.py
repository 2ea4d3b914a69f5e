"""Keeping the user's collections current while Hearth runs, without a button.

:class:`DocumentsWatcher` checks every collection once when the window opens (size and mtime of
each file: only what changed since the last run is read again), then watches the collections'
folders and files with a ``QFileSystemWatcher``. A burst of changes (an editor's save, a folder
copied in) is debounced into one run of :meth:`DocumentIndex.index` per collection, on a
:class:`RefreshWorker` on its own QThread: added, changed, renamed and deleted files are
re-indexed, and nothing else is read. After each run the watched paths follow the collections
(new folders and files are watched, gone ones dropped).

With an installed embedding model (the ``documents.embedding_model`` setting), each run then
embeds the passages that have no vector from it yet, on the same thread (chat never waits for
it); choosing another model re-embeds in the background while BM25 keeps answering.

Every folder under a collection is watched (a file added, removed or renamed there); files are
watched for in-place edits up to :data:`MAX_WATCHED_FILES` (the OS limits watches per user);
files past that cap are still picked up by a save that renames, by any change in their folder,
and by the check on the next start.

Threads: the watcher lives on the GUI thread; ``refreshed(object)`` (the list of
:class:`IndexReport`) is emitted there once a run has indexed (the embedding goes on after it),
``failed(str)`` (the reason, translated) when a run could not use the documents database or the
embedding model.
:meth:`shutdown` cancels a run between files and batches and waits for its thread.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QThread, QTimer, Signal, Slot

from app.core import paths
from app.core.documents import DocumentIndex, DocumentsError, IndexReport
from app.core.documents.vectors import embed_collection, open_embedder
from app.ui import i18n
from app.ui.workers import retire_thread, start_thread

log = logging.getLogger(__name__)

DEBOUNCE_MS = 400  # quiet time after the last change before a run starts
MAX_WATCHED_FILES = 4096


class RefreshWorker(QObject):
    """Indexes every collection on its own QThread, then lists what to watch; never touches a
    widget.

    Signals (worker thread, delivered queued): ``indexed(object reports, object folders,
    object files)`` once the collections are current, then ``finished()`` after the embedding;
    ``failed(str)`` instead when the database or the embedding model cannot be used.
    :meth:`cancel` may be called from any thread; it takes effect between files and batches.
    """

    indexed = Signal(object, object, object)
    finished = Signal()
    failed = Signal(str)

    def __init__(self, database: Path | None, embedding_model: str = "") -> None:
        super().__init__()
        self._database = database
        self._embedding_model = embedding_model
        self._cancel = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            index = DocumentIndex(self._database)
            try:
                reports = []
                for name in index.names():
                    if self._cancel.is_set():
                        break
                    reports.append(index.index(name, cancel=self._cancel.is_set))
                roots, files = index.watch_paths()
                self.indexed.emit(reports, _folders(roots), files[:MAX_WATCHED_FILES])
                self._embed(index)
            finally:
                index.close()
        except DocumentsError as exc:
            self.failed.emit(i18n.error_text(exc))
            return
        except (OSError, ValueError, RuntimeError) as exc:  # llama.cpp could not use the model
            log.error("embedding the documents failed: %s", exc)
            self.failed.emit(
                self.tr("The embedding model could not be used: {error}").format(error=str(exc))
            )
            return
        self.finished.emit()

    def _embed(self, index: DocumentIndex) -> None:
        """Vectors for every passage that has none from the chosen model (when installed)."""
        embedder = open_embedder(self._embedding_model)
        if embedder is None:
            return
        try:
            for name in index.names():
                embed_collection(index, name, embedder, self._cancel.is_set)
        finally:
            embedder.close()

    def cancel(self) -> None:
        self._cancel.set()


def _folders(roots: list[str]) -> list[str]:
    """Every folder under ``roots`` that the indexer walks (hidden ones left out)."""
    found: list[str] = []
    for root in roots:
        if not os.path.isdir(root):
            continue
        for folder, subfolders, _files in os.walk(root, followlinks=True):
            subfolders[:] = [d for d in subfolders if not d.startswith(".")]
            found.append(folder)
            if len(found) > MAX_WATCHED_FILES:  # a link loop, or a whole disk
                return found
    return found


class DocumentsWatcher(QObject):
    """The one owner of background indexing: the check on start, the watching, the runs."""

    refreshed = Signal(object)  # list[IndexReport], after each run that indexed
    failed = Signal(str)  # why a run failed, in the window's language

    def __init__(
        self, embedding_model: str = "", database: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._embedding_model = embedding_model
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self.schedule)
        self._watcher.fileChanged.connect(self.schedule)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run)
        self._thread: QThread | None = None
        self._worker: RefreshWorker | None = None
        self._again = False  # a change came in during a run: run once more after it
        self._closed = False

    def start(self) -> None:
        """Check every collection now (a no-op when the user has no documents database)."""
        if self._database is not None or paths.documents_database_path().exists():
            self._run()

    def set_embedding_model(self, choice: str) -> None:
        """Embed with ``choice`` from now on (what is missing is embedded at once)."""
        if choice != self._embedding_model:
            self._embedding_model = choice
            self.schedule()

    @Slot()
    def schedule(self) -> None:
        """Run soon: after :data:`DEBOUNCE_MS` without another call."""
        if not self._closed:
            self._timer.start()

    def _run(self) -> None:
        if self._closed:
            return
        if self._worker is not None:
            self._again = True
            return
        thread = QThread()
        worker = RefreshWorker(self._database, self._embedding_model)
        thread.started.connect(worker.run)
        worker.indexed.connect(self._on_indexed)
        worker.failed.connect(self._on_failed)
        for signal in (worker.finished, worker.failed):
            signal.connect(thread.quit)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        start_thread("hearth-documents-watch", worker, thread)

    def _on_indexed(self, reports: list[IndexReport], folders: list[str], files: list[str]) -> None:
        if self._closed:
            return
        self._follow(folders, self._watcher.directories())
        self._follow(files, self._watcher.files())
        self.refreshed.emit(reports)

    def _follow(self, wanted: list[str], watched: list[str]) -> None:
        stale = sorted(set(watched) - set(wanted))
        new = sorted(set(wanted) - set(watched))
        if stale:
            self._watcher.removePaths(stale)
        if new:
            self._watcher.addPaths(new)  # paths gone meanwhile are skipped

    def _on_failed(self, message: str) -> None:
        self._again = False  # the database cannot be used; the next change tries again
        if not self._closed:
            self.failed.emit(message)

    def _on_thread_finished(self) -> None:
        self._thread = self._worker = None  # the worker kit deletes both now that it ended
        if self._again and not self._closed:
            self._again = False
            self._run()

    def shutdown(self) -> None:
        """Stop watching, cancel a run between files and wait for its thread."""
        self._closed = True
        self._timer.stop()
        if self._worker is not None:
            self._worker.cancel()
        if self._thread is not None:
            self._thread.quit()
            if retire_thread(self._thread, 30_000):
                self._thread = self._worker = None
