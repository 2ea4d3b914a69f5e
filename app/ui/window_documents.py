"""The main window's part of the user's documents.

:class:`WindowDocuments` (GUI thread, no signals of its own) owns the
:class:`~app.ui.documents_watch.DocumentsWatcher` (made by :meth:`watch` after the window's first
paint, when the documents modules load) and the Documents dialog (File › Documents…, made when
first opened). It keeps the panel on the chat shown, refreshes it after each background run, and
shows the watcher's failure in the window's status area (source :data:`DOCUMENTS`) until a run
indexes again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize
from PySide6.QtWidgets import QDialog, QVBoxLayout

from app.ui.dialog_size import fit_to_content
from app.ui.status_area import DOCUMENTS

if TYPE_CHECKING:
    from app.ui.documents_panel import DocumentsPanel
    from app.ui.documents_watch import DocumentsWatcher
    from app.ui.main_window import MainWindow


class WindowDocuments(QObject):
    """See the module docstring; lives as long as ``window``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.watcher: DocumentsWatcher | None = None
        self.dialog: tuple[QDialog, DocumentsPanel] | None = None  # and its panel

    def watch(self) -> None:
        """Keep the collections current (and their vectors) from now on."""
        from app.ui.documents_watch import DocumentsWatcher

        window = self._window
        self.watcher = DocumentsWatcher(window.settings.documents.embedding_model, parent=window)
        self.watcher.refreshed.connect(self._on_refreshed)
        self.watcher.failed.connect(lambda message: window.show_error(message, DOCUMENTS))
        self.watcher.start()

    def follow_settings(self) -> None:
        """Embed with the embedding model the settings now name."""
        if self.watcher is not None:
            self.watcher.set_embedding_model(self._window.settings.documents.embedding_model)

    def open(self) -> QDialog:
        """The Documents panel: collections indexed on this machine, attached to this chat."""
        if self.dialog is None:
            from app.ui.documents_panel import DocumentsPanel

            dialog = QDialog(self._window)
            dialog.setObjectName("documentsDialog")
            dialog.setWindowTitle(self.tr("Documents"))
            layout = QVBoxLayout(dialog)
            panel = DocumentsPanel(parent=dialog)
            if self.watcher is not None:
                panel.collectionsChanged.connect(self.watcher.schedule)
            layout.addWidget(panel)
            fit_to_content(dialog, QSize(720, 480))
            self.dialog = (dialog, panel)
        dialog, panel = self.dialog
        panel.set_conversation(self._window.conversation_id)
        dialog.show()
        return dialog

    @property
    def panel(self) -> DocumentsPanel | None:
        """The Documents panel, once it was opened."""
        return self.dialog[1] if self.dialog is not None else None

    def set_conversation(self, conversation_id: int | None) -> None:
        """The chat shown changed: the panel attaches to ``conversation_id`` now."""
        if self.panel is not None:
            self.panel.set_conversation(conversation_id)

    def _on_refreshed(self, _reports: object) -> None:
        self._window.clear_error(DOCUMENTS)  # the watcher's failure is over once a run indexed
        if self.panel is not None:
            self.panel.refresh()
