"""The model manager (objectName ``modelManager``): the catalog, downloads and installed models.

The catalog table shows each pinned model's size, license, context, parameter count and whether
it fits this machine's memory, the chat models first, then the embedding models (for document
search) under a heading of their own; the installed table shows every model the picker offers,
with its size on disk. Download, Pause/Resume and Cancel drive one :class:`DownloadWorker` at a
time on its own QThread; Delete, Reveal in folder and "Import GGUF file..." act on installed
models.

The dialog never writes settings: an import is handed to the owner through ``importRequested``,
and ``modelsChanged`` tells the owner (the main window) to refresh its model picker.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QMimeData,
    QObject,
    QSize,
    Qt,
    QThread,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import paths
from app.core.catalog import Catalog, CatalogEntry, fits_in_memory, load_catalog
from app.core.downloads import (
    TOKEN_SECRET,
    DownloadCancelled,
    DownloadError,
    DownloadJob,
    DownloadProgress,
    is_installed,
    partial_bytes,
    partial_path,
    remove_model,
)
from app.core.gguf import GGUFError, read_gguf
from app.core.models import InstalledModel, installed_models
from app.core.network_ledger import LOCK_REFUSAL, offline_lock_on
from app.core.secrets import get_secret
from app.core.settings import load_settings
from app.core.units import format_duration
from app.ui import i18n
from app.ui.dialog_size import fit_to_content
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.workers import retire_thread, run_job, start_thread

# Marked for translation here, translated where shown (ModelManager's tr()).
CATALOG_COLUMNS = (
    QT_TRANSLATE_NOOP("ModelManager", "Model"),
    QT_TRANSLATE_NOOP("ModelManager", "Parameters"),
    QT_TRANSLATE_NOOP("ModelManager", "Size"),
    QT_TRANSLATE_NOOP("ModelManager", "License"),
    QT_TRANSLATE_NOOP("ModelManager", "Context"),
    QT_TRANSLATE_NOOP("ModelManager", "This machine"),
    QT_TRANSLATE_NOOP("ModelManager", "Status"),
)
NAME_COLUMN_PX = 360  # the catalog's name and description column, where they wrap
INSTALLED_COLUMNS = (
    QT_TRANSLATE_NOOP("ModelManager", "Model"),
    QT_TRANSLATE_NOOP("ModelManager", "Source"),
    QT_TRANSLATE_NOOP("ModelManager", "Size on disk"),
    QT_TRANSLATE_NOOP("ModelManager", "Location"),
)
_FIT = {  # a catalog entry's MemoryFit.verdict, as the "This machine" column says it
    "fits": QT_TRANSLATE_NOOP("ModelManager", "Fits (needs about {size})"),
    "tight": QT_TRANSLATE_NOOP("ModelManager", "Tight (needs about {size})"),
    "too_big": QT_TRANSLATE_NOOP("ModelManager", "Too big (needs about {size})"),
    "unknown": QT_TRANSLATE_NOOP("ModelManager", "Unknown (needs about {size})"),
}
_SOURCES = {
    "folder": QT_TRANSLATE_NOOP("ModelManager", "Models folder"),
    "imported": QT_TRANSLATE_NOOP("ModelManager", "Imported"),
    "starter": QT_TRANSLATE_NOOP("ModelManager", "Starter (built in)"),
}


def dropped_gguf_path(mime: QMimeData) -> str | None:
    """The first local ``.gguf`` file among dragged URLs, for drag-and-drop import."""
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".gguf"):
            return url.toLocalFile()
    return None


class DownloadWorker(QObject):
    """Runs one :class:`DownloadJob` on its own QThread; never touches a widget.

    Signals (emitted on the worker thread, delivered queued to the GUI): ``progress(object
    DownloadProgress)``, ``finished(str path)``, ``failed(str message, str hint)``,
    ``stopped(bool paused)``; :meth:`run` always ends with exactly one of the last three
    (:meth:`DownloadJob.run` raises nothing but :class:`DownloadError`, whatever goes wrong), so
    the thread always quits. ``pause()`` and ``cancel()`` are called from the GUI thread; they
    only set the job's stop flag, which is thread-safe.
    """

    progress = Signal(object)
    finished = Signal(str)
    failed = Signal(str, str)
    stopped = Signal(bool)

    def __init__(self, entry: CatalogEntry, endpoint: str | None = None) -> None:
        super().__init__()
        self.entry = entry
        self.job = DownloadJob(entry, on_progress=self.progress.emit, endpoint=endpoint)

    @Slot()
    def run(self) -> None:
        try:
            path = self.job.run()
        except DownloadCancelled as exc:
            self.stopped.emit(exc.paused)
        except DownloadError as exc:
            self.failed.emit(i18n.shown(exc.message), i18n.shown(exc.hint))
        else:
            self.finished.emit(str(path))

    def pause(self) -> None:
        self.job.pause()

    def cancel(self) -> None:
        self.job.cancel()


class ModelManager(QDialog):
    """The models dialog, on the GUI thread. Closing it only hides it: a download goes on until
    :meth:`shutdown`. Signals: ``modelsChanged(str path)`` after a download or a delete (the new
    or removed file), ``importRequested(str path)`` for a picked GGUF that passed the header
    check, ``downloadProgressed(str name, float fraction)`` while a download runs and
    ``downloadEnded()`` once it finished, failed, paused or was cancelled."""

    modelsChanged = Signal(str)
    importRequested = Signal(str)
    downloadProgressed = Signal(str, float)  # the model's name, the fraction done (0 to 1)
    downloadEnded = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        imported_models: Callable[[], list[str]] | None = None,
        endpoint: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("modelManager")
        self._imported = imported_models or (lambda: load_settings()[0].imported_models)
        self._has_token: bool | None = None  # read from the keychain on a job thread
        self._endpoint = endpoint
        self.catalog: Catalog = Catalog(())
        self.installed: list[InstalledModel] = []
        self._thread: QThread | None = None
        self._worker: DownloadWorker | None = None
        self._paused_entry: CatalogEntry | None = None
        self.confirm: Callable[[str], bool] = self._ask
        self._rows: list[CatalogEntry | None] = []  # the catalog table's, None: a heading
        self._build_ui()
        self._retranslate()
        self.ensurePolished()  # the theme's fonts, before the columns are measured
        fit_to_content(self, QSize(self._catalog_width(), 640))
        run_job("hearth-token-check", lambda: bool(get_secret(TOKEN_SECRET)[0]),
                self._on_token_checked, None, self)  # fmt: skip

    # layout ----------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.catalog_table = self._table("catalogTable", CATALOG_COLUMNS)
        self.catalog_table.itemSelectionChanged.connect(self._update_buttons)
        # the name, its recommendation and description wrap in the one stretching column, so
        # every column, the fit included, shows without scrolling sideways in a dialog as wide
        # as :meth:`_catalog_width` (a narrower one scrolls rather than hide the fit)
        self.catalog_table.setWordWrap(True)
        header = self.catalog_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.problems_label = QLabel()
        self.problems_label.setObjectName("catalogProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setProperty("role", "error-text")
        self.download_button = self._button("downloadButton", self.download_selected)
        self.pause_button = self._button("pauseButton", self.toggle_pause)
        self.cancel_button = self._button("cancelButton", self.cancel_download)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("downloadProgress")
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setTextVisible(False)
        self.status_label = QLabel()
        self.status_label.setObjectName("downloadStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.installed_table = self._table("installedTable", INSTALLED_COLUMNS)
        self.installed_table.itemSelectionChanged.connect(self._update_buttons)
        self.delete_button = self._button("deleteButton", self.delete_selected)
        self.reveal_button = self._button("revealButton", self.reveal_selected)
        self.import_button = self._button("importButton", self.import_file)
        self.catalog_label = QLabel()
        self.installed_label = QLabel()

        layout = QVBoxLayout(self)
        layout.addWidget(self.catalog_label)
        layout.addWidget(self.catalog_table, 3)
        layout.addWidget(self.problems_label)
        row = QHBoxLayout()
        for button in (self.download_button, self.pause_button, self.cancel_button):
            row.addWidget(button)
        row.addWidget(self.progress_bar, 1)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.installed_label)
        layout.addWidget(self.installed_table, 2)
        row = QHBoxLayout()
        for button in (self.delete_button, self.reveal_button, self.import_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

    def _retranslate(self) -> None:
        """Set every text in the current language (on creation and on a language change)."""
        self.setWindowTitle(self.tr("Models"))
        self.catalog_label.setText(
            self.tr("<b>Catalog</b> — pinned files, checked against their SHA-256")
        )
        self.installed_label.setText(self.tr("<b>Installed</b>"))
        for table, columns in ((self.catalog_table, CATALOG_COLUMNS),
                               (self.installed_table, INSTALLED_COLUMNS)):  # fmt: skip
            table.setHorizontalHeaderLabels([self.tr(column) for column in columns])
        self.catalog_table.setAccessibleName(self.tr("Catalog"))
        self.catalog_table.setAccessibleDescription(
            self.tr("Models you can download, each pinned and checked against its SHA-256")
        )
        self.installed_table.setAccessibleName(self.tr("Installed models"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.delete_button.setText(self.tr("Delete"))
        self.reveal_button.setText(self.tr("Reveal in folder"))
        self.import_button.setText(self.tr("Import GGUF file…"))
        self.refresh()  # the status column, and the Download and Pause buttons

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _catalog_width(self) -> int:
        """The dialog width at which every catalog column shows whole, the name and
        description column getting :data:`NAME_COLUMN_PX` to wrap in."""
        table = self.catalog_table
        header = table.horizontalHeader()
        columns = sum(
            max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
            for column in range(1, table.columnCount())
        )
        layout = self.layout()
        assert layout is not None  # made by _build_ui
        margins = layout.contentsMargins()
        return (
            NAME_COLUMN_PX
            + columns
            + table.verticalScrollBar().sizeHint().width()
            + 2 * table.frameWidth()
            + margins.left()
            + margins.right()
        )

    def _table(self, name: str, columns: tuple[str, ...]) -> QTableWidget:
        table = QTableWidget(0, len(columns))
        table.setObjectName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _button(self, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # contents --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the catalog (the user's file may have changed) and the installed models."""
        selected = self.selected_entry()
        self.catalog = load_catalog()
        self.catalog_table.clearSpans()
        embedding = self.catalog.of_kind("embedding")
        self._rows = [*self.catalog.of_kind("chat"), *([None, *embedding] if embedding else [])]
        self.catalog_table.setRowCount(len(self._rows))
        for row, entry in enumerate(self._rows):
            if entry is None:
                self._heading_row(row, self.tr("Embedding models — for searching your documents"))
                continue
            fit = fits_in_memory(entry)
            name = entry.name
            if entry.recommended:
                name += "  ★ " + self.tr("recommended for {memory} machines").format(
                    memory=entry.recommended.upper()
                )
            description = i18n.catalog_text(entry.description)
            if description:
                name += f"\n{description}"
            cells = (
                name,
                entry.parameters,
                i18n.size(entry.size),
                entry.license,
                QLocale().toString(entry.context_length),
                self.tr(_FIT[fit.verdict]).format(size=i18n.size(fit.required_bytes)),
                self._status(entry),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                item.setToolTip(description)
                self.catalog_table.setItem(row, column, item)
        self.catalog_table.resizeRowsToContents()
        self.problems_label.setText("\n".join(i18n.shown(p.text) for p in self.catalog.problems))
        self.problems_label.setVisible(bool(self.catalog.problems))
        if selected is not None:
            self.select_entry(selected.id)

        self.installed = installed_models(self._imported())
        self.installed_table.setRowCount(len(self.installed))
        for row, model in enumerate(self.installed):
            size = model.path.stat().st_size if model.path.is_file() else 0
            texts = (
                i18n.shown(model.label),
                self.tr(_SOURCES[model.source]),
                i18n.size(size),
                str(model.path),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(model.path))
                item.setToolTip(i18n.shown(model.problem or str(model.path)))
                self.installed_table.setItem(row, column, item)
        self._update_buttons()

    def _heading_row(self, row: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable: nothing to download
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.catalog_table.setItem(row, 0, item)
        for column in range(1, len(CATALOG_COLUMNS)):
            self.catalog_table.setItem(row, column, QTableWidgetItem(""))
        self.catalog_table.setSpan(row, 0, 1, len(CATALOG_COLUMNS))

    def row_of(self, entry_id: str) -> int:
        """The catalog table's row of an entry; -1 when it is not there."""
        return next((r for r, e in enumerate(self._rows) if e and e.id == entry_id), -1)

    def _status(self, entry: CatalogEntry) -> str:
        if self._worker is not None and self._worker.entry.id == entry.id:
            return self.tr("Downloading…")
        if is_installed(entry):
            return self.tr("Installed")
        have = partial_bytes(entry)
        if have:
            return self.tr("Paused at {percent}").format(percent=f"{have / entry.size:.0%}")
        return self.tr("Needs a token") if entry.gated and self._has_token is False else ""

    def _on_token_checked(self, has_token: object) -> None:
        self._has_token = bool(has_token)
        self.refresh()

    def selected_entry(self) -> CatalogEntry | None:
        items = self.catalog_table.selectedItems()
        if not items:
            return None
        return self.catalog.get(items[0].data(Qt.ItemDataRole.UserRole))

    def select_entry(self, entry_id: str) -> None:
        row = self.row_of(entry_id)
        if row >= 0:
            self.catalog_table.selectRow(row)

    def selected_installed(self) -> InstalledModel | None:
        rows = {i.row() for i in self.installed_table.selectedItems()}
        return self.installed[rows.pop()] if len(rows) == 1 else None

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        running = self._worker is not None
        locked = offline_lock_on()
        self.download_button.setEnabled(
            not running and not locked and entry is not None and not is_installed(entry)
        )
        self.download_button.setToolTip(i18n.shown(LOCK_REFUSAL) if locked else "")
        if entry is not None and not running and partial_bytes(entry):
            self.download_button.setText(self.tr("Resume"))
        else:
            self.download_button.setText(self.tr("Download"))
        self.pause_button.setEnabled(running or self._paused_entry is not None)
        self.pause_button.setText(
            self.tr("Resume") if self._paused_entry and not running else self.tr("Pause")
        )
        self.cancel_button.setEnabled(running or self._paused_entry is not None)
        model = self.selected_installed()
        self.delete_button.setEnabled(model is not None and model.source == "folder")
        self.reveal_button.setEnabled(model is not None)

    # downloads -------------------------------------------------------------------------------

    @property
    def downloading(self) -> bool:
        return self._worker is not None

    def download_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.start_download(entry)

    def start_download(self, entry: CatalogEntry) -> None:
        """Download (or continue) ``entry`` on a worker thread; one download at a time."""
        if self._worker is not None:
            return
        self._paused_entry = None
        thread = QThread()
        worker = DownloadWorker(entry, self._endpoint)
        thread.started.connect(worker.run)
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        worker.stopped.connect(self._on_stopped)
        for signal in (worker.finished, worker.failed, worker.stopped):
            signal.connect(thread.quit)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        self.progress_bar.setValue(int(1000 * partial_bytes(entry) / entry.size))
        self.status_label.setText(self.tr("Starting {model}…").format(model=entry.name))
        start_thread(f"hearth-download-{entry.id}", worker, thread)
        self.refresh()

    def toggle_pause(self) -> None:
        if self._worker is not None:
            self._worker.pause()
        elif self._paused_entry is not None:
            self.start_download(self._paused_entry)

    def cancel_download(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
        elif self._paused_entry is not None:
            partial_path(self._paused_entry).unlink(missing_ok=True)
            self.status_label.setText(
                self.tr("Cancelled {model}.").format(model=self._paused_entry.name)
            )
            self._paused_entry = None
            self.progress_bar.setValue(0)
            self.refresh()

    def _on_progress(self, progress: DownloadProgress) -> None:
        self.progress_bar.setValue(int(1000 * progress.fraction))
        if self._worker is not None:
            self.downloadProgressed.emit(self._worker.entry.name, progress.fraction)
        done = self.tr("{done} of {total}").format(
            done=i18n.size(progress.downloaded), total=i18n.size(progress.total)
        )
        if progress.phase == "downloading":
            text = done
            if progress.speed_bps > 0:
                text += f" · {i18n.size(progress.speed_bps)}/s"
            if progress.eta_s is not None:
                text += " · " + self.tr("{duration} left").format(
                    duration=format_duration(progress.eta_s)
                )
        elif progress.phase == "checking":
            text = self.tr("Checking the part already downloaded ({done})").format(done=done)
        elif progress.phase == "retrying":
            message = i18n.shown(progress.message)
            text = message[:1].upper() + message[1:]
        elif progress.phase == "verifying":
            text = self.tr("Checking the SHA-256…")
        elif progress.phase == "connecting":
            text = self.tr("Connecting…")
        else:
            text = self.tr("Installed.")
        self.status_label.setText(text)

    def _on_finished(self, path: str) -> None:
        entry = self._worker.entry if self._worker else None
        self.progress_bar.setValue(1000)
        name = entry.name if entry else Path(path).name
        self.status_label.setText(
            self.tr("{model} is installed and verified; pick it in the model list.").format(
                model=name
            )
        )
        self.modelsChanged.emit(path)

    def _on_failed(self, message: str, hint: str) -> None:
        self.status_label.setText(f"{message}\n{hint}".strip())

    def _on_stopped(self, paused: bool) -> None:
        entry = self._worker.entry if self._worker else None
        if paused and entry is not None:
            self._paused_entry = entry
            self.status_label.setText(
                self.tr("Paused at {done} of {total}.").format(
                    done=i18n.size(partial_bytes(entry)), total=i18n.size(entry.size)
                )
            )
        else:
            self.progress_bar.setValue(0)
            self.status_label.setText(self.tr("Download cancelled; nothing was installed."))

    def _on_thread_finished(self) -> None:
        self._thread = self._worker = None  # the worker kit deletes both now that it ended
        self.refresh()
        self.downloadEnded.emit()

    def shutdown(self) -> None:
        """Pause a running download (its partial file is kept) and wait for its thread; one
        stuck in a network call is left to end on its own, never destroyed running."""
        if self._worker is not None:
            self._worker.pause()
        if self._thread is not None:
            self._thread.quit()
            if retire_thread(self._thread, 30_000):
                self._on_thread_finished()

    # installed models ------------------------------------------------------------------------

    def delete_selected(self) -> None:
        model = self.selected_installed()
        if model is None or model.source != "folder":
            return
        size = i18n.size(model.path.stat().st_size) if model.path.exists() else i18n.size(0)
        question = self.tr("Delete {file} ({size}) from the models folder?")
        if not self.confirm(question.format(file=model.path.name, size=size)):
            return
        entry = next((e for e in self.catalog.entries if e.install_path() == model.path), None)
        try:
            if entry is not None:
                remove_model(entry)
            else:
                model.path.unlink(missing_ok=True)
        except OSError as exc:
            self.status_label.setText(
                self.tr(
                    "{file} could not be deleted: {reason}. "
                    "If the model is loaded, pick another one first."
                ).format(file=model.path.name, reason=exc.strerror or exc)
            )
            return
        self.status_label.setText(self.tr("Deleted {file}.").format(file=model.path.name))
        self.refresh()
        self.modelsChanged.emit(str(model.path))

    def reveal_selected(self) -> None:
        model = self.selected_installed()
        folder = model.path.parent if model is not None else paths.models_dir()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a GGUF model"),
            str(Path.home()),
            self.tr("GGUF models (*.gguf);;All files (*)"),
        )
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> bool:
        """Check a GGUF file's header and hand it to the owner; say why when it is unusable."""
        try:
            read_gguf(path)
        except GGUFError as exc:
            self.status_label.setText(
                self.tr("{file} cannot be used: {reason}.").format(file=Path(path).name, reason=exc)
            )
            return False
        except OSError as exc:
            self.status_label.setText(
                self.tr("{file} cannot be read: {reason}.").format(
                    file=Path(path).name, reason=exc.strerror or exc
                )
            )
            return False
        self.status_label.setText(self.tr("Imported {file}.").format(file=Path(path).name))
        self.importRequested.emit(str(Path(path).resolve()))
        self.refresh()
        return True

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Models"), question)
        return answer == QMessageBox.StandardButton.Yes
