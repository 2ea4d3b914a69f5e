"""Which local model answers: the main window's model picker and the ways to add a model.

:class:`ModelPicker` (GUI thread) owns the picker (a combo box of the installed models, the last
item opening a file dialog), the list of installed models it shows, and the model manager once
it is opened. It loads the model picked on the chat session's worker thread, imports a GGUF file
the user chose (``--model``, Open…, a drop on the window; its header is checked on a worker
thread first), and starts a catalog download or the starter model for the first-run offer.

Signal: ``listed(object)``, the list of :class:`~app.core.models.InstalledModel` each time the
picker was filled again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog

from app.core.models import InstalledModel, installed_models, starter_model_path
from app.ui import i18n
from app.ui.workers import run_job

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow
    from app.ui.model_manager import ModelManager

OPEN_FILE_ITEM = "open-model-file"  # the picker's last item, which opens a file dialog


class ModelPicker(QObject):
    """See the module docstring; lives as long as ``window``."""

    listed = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.models: list[InstalledModel] = []
        self.model_manager: ModelManager | None = None  # made when first opened
        self.combo = QComboBox()
        self.combo.setObjectName("modelPicker")
        self.combo.setMinimumContentsLength(8)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.activated.connect(self._on_picked)

    def refresh(self, select: str | None = None) -> None:
        """Re-read the installed models into the picker; keep or set the selection."""
        settings = self._window.settings
        self.models = installed_models(settings.imported_models)
        wanted = select or settings.local.model_path
        combo = self.combo
        combo.blockSignals(True)
        combo.clear()
        for model in self.models:
            combo.addItem(i18n.shown(model.label), str(model.path))
            index = combo.count() - 1
            tip = i18n.shown(model.problem or str(model.path))
            combo.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)
            if not model.usable:
                item = combo.model().item(index)  # type: ignore[attr-defined]
                item.setEnabled(False)
        if not self.models:
            combo.addItem(self.tr("No model installed: open a GGUF file"), "")
        combo.addItem(self.tr("Open model file…"), OPEN_FILE_ITEM)
        index = combo.findData(wanted) if wanted else -1
        if index < 0 and select:  # an imported file that is still loading
            combo.insertItem(0, Path(wanted).name, wanted)
            index = 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        self.listed.emit(self.models)

    def _on_picked(self, index: int) -> None:
        data = self.combo.itemData(index)
        if data == OPEN_FILE_ITEM:
            self.open_model_file()
        elif data:
            self.load_model(data)

    def load_model(self, path: str) -> None:
        """Load a local model on the session's worker thread; the window stays responsive."""
        self._window.session.load_local(path)

    def unload_model(self) -> None:
        """Free the loaded model's memory; picking a model loads it again."""
        self._window.session.unload()

    def retry(self) -> None:
        """Load the picked model again (the Retry of an engine error); with none picked, open
        the model manager."""
        path = self.combo.currentData()
        if path and path != OPEN_FILE_ITEM:
            self.load_model(path)
        else:
            self.open_model_manager()

    def open_model_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Open a GGUF model"),
            str(Path.home()),
            self.tr("GGUF models (*.gguf);;All files (*)"),
        )
        if path:
            self.import_model(path)
        else:
            self.refresh()

    def import_model(self, path: str) -> None:
        """Add a GGUF file the user chose (``--model``, Open…, a drop) and load it.

        The file's header is checked on a worker thread first (a slow disk or a FIFO must not
        freeze the window); a file that fails it is refused with the reason, and the model that
        is loaded stays loaded.
        """
        from app.core.gguf import GGUFError, read_gguf

        window = self._window
        resolved = _resolved(path)

        def checked(_info: object) -> None:
            if not window.closed:
                self.refresh(select=resolved)
                window.session.load_local(resolved, importing=True)

        def refused(message: str) -> None:
            if not window.closed:
                window.show_error(
                    self.tr("{file} cannot be used: {reason}.").format(
                        file=Path(path).name, reason=message
                    )
                )
                self.refresh()

        def describe(exc: Exception) -> str:
            return i18n.error_text(exc) if isinstance(exc, (GGUFError, OSError)) else repr(exc)

        run_job("hearth-gguf-check", lambda: read_gguf(resolved), checked, refused, self, describe)

    def open_model_manager(self) -> ModelManager:
        """Show the model manager; it lives as long as the window, so downloads go on."""
        window = self._window
        if self.model_manager is None:
            from app.ui.model_manager import ModelManager  # downloads: huggingface_hub

            self.model_manager = ModelManager(window, lambda: window.settings.imported_models)
            self.model_manager.modelsChanged.connect(lambda _path: self.refresh())
            self.model_manager.importRequested.connect(self.import_model)
            window.download_indicator.follow(self.model_manager)
        self.model_manager.show()  # a child dialog: it stays above the window
        return self.model_manager

    def download_catalog_model(self, entry_id: str) -> None:
        """Open the model manager and download a catalog model (the first-run offer's button)."""
        manager = self.open_model_manager()
        entry = manager.catalog.get(entry_id)
        if entry is not None:
            manager.select_entry(entry_id)
            manager.start_download(entry)

    def use_starter_model(self) -> None:
        """Load the starter model that ships with Hearth (the first-run offer's button)."""
        starter = starter_model_path()
        if starter is not None and self._window.settings.local.model_path != str(starter):
            self.refresh(select=str(starter))
            self.load_model(str(starter))
        self._window.first_run.dismiss()


def _resolved(path: str) -> str:
    """``path`` made absolute, through symlinks where that works (a loop must not raise)."""
    try:
        return str(Path(path).expanduser().resolve())
    except (OSError, RuntimeError):
        return str(Path(path).expanduser().absolute())
