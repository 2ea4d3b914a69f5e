"""The Documents panel: collections of the user's files, indexed here and attached to chats.

It lists the collections (files, passages, files that could not be read, folders that are gone),
adds a folder (``Add folder…``) and indexes it on an :class:`IndexWorker` on its own QThread with
a progress bar and Cancel, lists every file that could not be read with its reason, and attaches
or detaches the selected collection for the current conversation (``set_conversation``).

Signals: ``attachmentsChanged(int conversation_id)`` after an attach or detach, and
``collectionsChanged()`` after an index run or a removal. The panel's own :class:`DocumentIndex`
lives on the GUI thread (quick reads and writes); indexing opens another on the worker thread.
Call :meth:`shutdown` before the panel goes: it cancels a running index and waits for it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.documents import (
    CollectionInfo,
    DocumentIndex,
    DocumentsError,
    IndexProgress,
    IndexReport,
)
from app.ui import i18n
from app.ui.workers import retire_thread, start_thread


class IndexWorker(QObject):
    """Indexes one collection on its own QThread; never touches a widget.

    Signals (emitted on the worker thread, delivered queued to the GUI): ``progress(object
    IndexProgress)`` per file, then ``finished(object IndexReport)`` (a cancelled run too, with
    ``cancelled`` set) or ``failed(str)`` (in the window's language) when the database cannot be
    used. :meth:`cancel` may be called from any thread; it takes effect between files.
    """

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, name: str, database: Path | None = None) -> None:
        super().__init__()
        self.name = name
        self._database = database
        self._cancel = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            index = DocumentIndex(self._database)
            try:
                report = index.index(self.name, self.progress.emit, self._cancel.is_set)
            finally:
                index.close()
        except DocumentsError as exc:
            self.failed.emit(i18n.error_text(exc))
        else:
            self.finished.emit(report)

    def cancel(self) -> None:
        self._cancel.set()


class DocumentsPanel(QWidget):
    """Collections, indexing with progress and cancel, failed files, and chat attachments."""

    attachmentsChanged = Signal(int)
    collectionsChanged = Signal()

    def __init__(self, database: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._index = DocumentIndex(database)
        self._conversation: int | None = None
        self._thread: QThread | None = None
        self._worker: IndexWorker | None = None
        self._closed = False
        self.confirm: Callable[[str], bool] = self._ask
        self._build_ui()
        self.refresh()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Collections of your files, searched on this computer only."))
        )
        self.collection_list = QListWidget()
        self.collection_list.setAccessibleName(self.tr("Collections"))
        self.collection_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.collection_list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add folder…"))
        self.add_button.clicked.connect(self._pick_folder)
        self.reindex_button = QPushButton(self.tr("Re-index"))
        self.reindex_button.clicked.connect(self._reindex_selected)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove_selected)
        self.attach_button = QPushButton(self.tr("Attach to this chat"))
        self.attach_button.setCheckable(True)
        self.attach_button.clicked.connect(self._toggle_attach)
        for button in (self.add_button, self.reindex_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.attach_button)
        layout.addLayout(buttons)
        progress_row = QHBoxLayout()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        self.status_label = QLabel("")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)
        layout.addWidget(QLabel(self.tr("Files that could not be read:")))
        self.failed_list = QListWidget()
        self.failed_list.setAccessibleName(self.tr("Files that could not be read"))
        layout.addWidget(self.failed_list)

    # --- what is shown ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the collections again and show them (the selection is kept by name)."""
        current = self.selected_collection()
        self.collection_list.clear()
        for info in self._index.collections():
            item = QListWidgetItem(self._describe(info))
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            if info.missing_roots:
                item.setToolTip(
                    self.tr("Not there any more: {folders}").format(
                        folders=", ".join(info.missing_roots)
                    )
                )
            self.collection_list.addItem(item)
            if info.name == current:
                self.collection_list.setCurrentItem(item)
        if self.collection_list.currentItem() is None and self.collection_list.count():
            self.collection_list.setCurrentRow(0)
        self._update_buttons()

    def selected_collection(self) -> str | None:
        item = self.collection_list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def set_conversation(self, conversation_id: int | None) -> None:
        """The conversation that ``Attach to this chat`` acts on (None: no chat open)."""
        self._conversation = conversation_id
        self._update_buttons()

    def _update_buttons(self) -> None:
        name = self.selected_collection()
        busy = self._worker is not None
        self.add_button.setEnabled(not busy)
        self.reindex_button.setEnabled(name is not None and not busy)
        self.remove_button.setEnabled(name is not None and not busy)
        attachable = name is not None and self._conversation is not None
        self.attach_button.setEnabled(attachable)
        attached = (
            attachable
            and self._conversation is not None
            and name in self._index.attached(self._conversation)
        )
        self.attach_button.setChecked(bool(attached))
        self.attach_button.setText(
            self.tr("Attached to this chat") if attached else self.tr("Attach to this chat")
        )

    # --- actions ------------------------------------------------------------------------------

    def _pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of documents"))
        if folder:
            self.add_folder(Path(folder))

    def add_folder(self, folder: Path, name: str | None = None) -> None:
        """Add ``folder`` to a collection (named after it unless ``name``) and index it."""
        collection = name or folder.name or str(folder)
        self._index.add(collection, [folder])
        self.refresh()
        self.start_indexing(collection)

    def _reindex_selected(self) -> None:
        name = self.selected_collection()
        if name is not None:
            self.start_indexing(name)

    def start_indexing(self, name: str) -> None:
        """Index collection ``name`` on a worker thread; one run at a time."""
        if self._worker is not None:
            return
        thread = QThread()
        worker = IndexWorker(name, self._database)
        thread.started.connect(worker.run)
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        for signal in (worker.finished, worker.failed):
            signal.connect(thread.quit)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        self.failed_list.clear()
        self.cancel_button.setEnabled(True)
        self.status_label.setText(self.tr("Looking for files in {name}…").format(name=name))
        self._update_buttons()
        start_thread(f"hearth-documents-{name}", worker, thread)

    def cancel(self) -> None:
        """Stop indexing after the file being read; what was indexed is kept."""
        if self._worker is not None:
            self._worker.cancel()
            self.status_label.setText(self.tr("Stopping after this file…"))

    def _remove_selected(self) -> None:
        name = self.selected_collection()
        if name is None or not self.confirm(
            self.tr("Forget the collection {name}? Your files are not touched.").format(
                name=repr(name)
            )
        ):
            return
        self._index.remove(name)
        self.refresh()
        self.collectionsChanged.emit()
        if self._conversation is not None:
            self.attachmentsChanged.emit(self._conversation)

    def _toggle_attach(self) -> None:
        name = self.selected_collection()
        if name is None or self._conversation is None:
            return
        if name in self._index.attached(self._conversation):
            self._index.detach(self._conversation, name)
        else:
            self._index.attach(self._conversation, name)
        self._update_buttons()
        self.attachmentsChanged.emit(self._conversation)

    def _describe(self, info: CollectionInfo) -> str:
        text = f"{info.name} — " + self.tr("%n file(s)", "", info.files)
        text += ", " + self.tr("%n passage(s)", "", info.passages)
        if info.vectors:
            text += " " + self.tr("(%n with vectors)", "", info.vectors)
        if info.failed:
            text += ", " + self.tr("%n could not be read", "", info.failed)
        if info.missing_roots:
            text += " — " + self.tr("a folder is not there any more")
        return text

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Documents"), question)
        return answer == QMessageBox.StandardButton.Yes

    # --- worker signals -----------------------------------------------------------------------

    def _on_progress(self, event: IndexProgress) -> None:
        self.progress_bar.setRange(0, max(event.total, 1))
        self.progress_bar.setValue(event.done)
        if event.current:
            self.status_label.setText(
                self.tr("Reading {file} ({number} of {total})").format(
                    file=Path(event.current).name, number=event.done + 1, total=event.total
                )
            )

    def _on_finished(self, report: IndexReport) -> None:
        text = (
            self.tr(
                "Stopped: {added} added, {updated} updated, {removed} removed, {unchanged} "
                "unchanged."
            )
            if report.cancelled
            else self.tr(
                "Done: {added} added, {updated} updated, {removed} removed, {unchanged} unchanged."
            )
        ).format(
            added=report.added,
            updated=report.updated,
            removed=report.removed,
            unchanged=report.unchanged,
        )
        if report.missing_roots:
            text += " " + self.tr("Not there any more (passages kept): {folders}").format(
                folders=", ".join(report.missing_roots)
            )
        self.status_label.setText(text)
        for failed in report.failed:
            self.failed_list.addItem(
                self.tr("{file}: {reason}").format(
                    file=failed.path, reason=i18n.shown(failed.reason)
                )
            )

    def _on_failed(self, message: str) -> None:
        self.status_label.setText(message)

    def _on_thread_finished(self) -> None:
        self._thread = self._worker = None  # the worker kit deletes both now that it ended
        if self._closed:  # a queued signal after shutdown
            return
        self.cancel_button.setEnabled(False)
        self.refresh()
        self.collectionsChanged.emit()

    def shutdown(self) -> None:
        """Cancel a running index and wait for its thread; close the database."""
        if self._worker is not None:
            self._worker.cancel()
        if self._thread is not None:
            self._thread.quit()
            if retire_thread(self._thread, 30_000):
                self._on_thread_finished()
        self._closed = True
        self._index.close()
