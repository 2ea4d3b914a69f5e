"""The main window's small download indicator (objectName ``downloadIndicator``): while the model
manager downloads, the status bar shows "⬇ 42 %" and a click opens the manager.

:class:`DownloadIndicator` lives on the GUI thread; it follows a manager's
``downloadProgressed`` and ``downloadEnded`` and emits ``clicked()`` (a QToolButton's) for the
window to open the manager.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QToolButton, QWidget

if TYPE_CHECKING:  # the manager (downloads: huggingface_hub) loads when first opened
    from app.ui.model_manager import ModelManager


class DownloadIndicator(QToolButton):
    """See the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("downloadIndicator")
        self.setAutoRaise(True)
        self.hide()

    def follow(self, manager: ModelManager) -> None:
        manager.downloadProgressed.connect(self._on_progress)
        manager.downloadEnded.connect(self.hide)

    def _on_progress(self, name: str, fraction: float) -> None:
        percent = round(100 * fraction)
        self.setText(self.tr("⬇ %1 %").replace("%1", str(percent)))
        self.setToolTip(self.tr("Downloading %1: %2 % done. Click to open the model manager.")
                        .replace("%1", name).replace("%2", str(percent)))  # fmt: skip
        self.setAccessibleName(self.tr("Download progress"))
        self.show()
