"""The first-run offer (objectName ``firstRunOffer``): a banner shown while no real model is
installed, offering the catalog's recommended model for this machine's memory and, when present,
the tiny starter model, instead of an empty chat.

Signals: ``downloadRequested(str entry_id)``, ``starterRequested()``, ``dismissedByUser()`` when
"Not now" is clicked (the owner remembers it across restarts), and ``decided()`` each time the
banner settled whether it shows. The owner starts the download (through the model manager) or
loads the starter; the banner hides itself once a model from the models folder or an imported file
is available, or when dismissed. The catalog is read on a job thread, once (parsing it imports
huggingface_hub), and the banner shows when it has been read.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.catalog import CatalogEntry, load_catalog, total_memory_bytes
from app.core.models import InstalledModel
from app.core.units import human_bytes
from app.ui.workers import run_job


def needs_first_run_offer(models: list[InstalledModel]) -> bool:
    """True while the only model to chat with is the starter model, or none at all."""
    return not any(m.usable and m.source != "starter" for m in models)


class FirstRunOffer(QFrame):
    """See the module docstring; lives on the GUI thread."""

    downloadRequested = Signal(str)
    starterRequested = Signal()
    decided = Signal()
    dismissedByUser = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunOffer")
        self.setProperty("role", "info")  # coloured by the theme's style sheet
        self.entry: CatalogEntry | None = None
        self.dismissed = False
        self._recommended: tuple[CatalogEntry | None] | None = None  # once the catalog was read
        self._models: list[InstalledModel] | None = None  # waiting for the catalog; None: not
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.download_button = QPushButton()
        self.download_button.setObjectName("firstRunDownload")
        self.download_button.clicked.connect(self._on_download)
        self.starter_button = QPushButton()
        self.starter_button.setObjectName("firstRunStarter")
        self.starter_button.clicked.connect(self.starterRequested)
        self.dismiss_button = QPushButton()
        self.dismiss_button.setObjectName("firstRunDismiss")
        self.dismiss_button.clicked.connect(self.dismiss)
        self.dismiss_button.clicked.connect(self.dismissedByUser)
        # text above, a button per row: each keeps its whole text in a 480-px window, in
        # German and Japanese too
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        for button in (self.download_button, self.starter_button, self.dismiss_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self._retranslate()
        self.hide()

    def _retranslate(self) -> None:
        """The buttons' texts; the message and the download button follow :meth:`update_for`,
        which the window calls again on a language change."""
        self.starter_button.setText(self.tr("Use the tiny starter model"))
        self.dismiss_button.setText(self.tr("Not now"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def update_for(self, models: list[InstalledModel]) -> None:
        """Show the offer while it is needed; hide it once a real model is there."""
        if self.dismissed or not needs_first_run_offer(models):
            self._models = None
            self.hide()
            self.decided.emit()
            return
        if self._recommended is not None:
            self._show_offer(models, self._recommended[0])
            return
        waiting = self._models is not None
        self._models = models
        if not waiting:
            run_job(
                "hearth-catalog",
                _recommended_entry,
                self._on_catalog_read,
                lambda _message: self._on_catalog_read(None),  # offer what needs no catalog
                receiver=self,
            )

    def _on_catalog_read(self, entry: CatalogEntry | None) -> None:
        self._recommended = (entry,)
        models, self._models = self._models, None
        if models is not None and not self.dismissed:
            self._show_offer(models, entry)

    def _show_offer(self, models: list[InstalledModel], entry: CatalogEntry | None) -> None:
        self.entry = entry
        has_starter = any(m.source == "starter" and m.usable for m in models)
        memory = total_memory_bytes()
        if self.entry is None:
            text = self.tr("No model is installed yet. Open a GGUF file from the Models menu.")
        else:
            suggestion = (
                self.tr(
                    "For this machine ({memory} GB of memory) Hearth suggests <b>{model}</b> "
                    "({parameters} parameters, {size}, {license}): it is downloaded once and "
                    "checked against its pinned SHA-256."
                )
                if memory
                else self.tr(
                    "For you Hearth suggests <b>{model}</b> ({parameters} parameters, {size}, "
                    "{license}): it is downloaded once and checked against its pinned SHA-256."
                )
            )
            text = suggestion.format(
                memory=f"{(memory or 0) / 1024**3:.0f}",
                model=self.entry.name,
                parameters=self.entry.parameters,
                size=human_bytes(self.entry.size),
                license=self.entry.license,
            )
        if has_starter:
            text += " " + self.tr(
                "Until then you can chat with the tiny starter model, which answers quickly "
                "but simply."
            )
        self.message.setText(text)
        self.download_button.setVisible(self.entry is not None)
        if self.entry is not None:
            self.download_button.setText(self.tr("Download {model}").format(model=self.entry.name))
        self.starter_button.setVisible(has_starter)
        self.show()
        self.decided.emit()

    def dismiss(self) -> None:
        self.dismissed = True
        self.hide()

    def _on_download(self) -> None:
        if self.entry is not None:
            self.downloadRequested.emit(self.entry.id)


def _recommended_entry() -> CatalogEntry | None:
    """The catalog's recommendation for this machine (on a job thread: parsing takes a while)."""
    return load_catalog().recommended_for_machine()
