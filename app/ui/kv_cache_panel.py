"""Settings › Local models: the disk that saved conversation states take, and a Clear button.

The local engine saves the KV state of a conversation it leaves (:mod:`app.core.kv_cache`); this
row says how much room those states take against their limit and deletes them on request. It
lives on the GUI thread; reading the size lists one folder of a few files.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.core.kv_cache import KVCache, default_folder


class KVCachePanel(QWidget):
    """The size of the saved-state cache and a button that clears it.

    Signals: ``cleared()`` after the saved states were deleted.
    """

    cleared = Signal()

    def __init__(self, limit_mb: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._limit_mb = limit_mb
        self._cache = KVCache(default_folder(), limit_mb << 20)
        self.size_label = QLabel()
        self.size_label.setObjectName("kvCacheSize")
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("clearKvCacheButton")
        self.clear_button.setToolTip(
            self.tr(
                "Delete the saved states; long conversations are then re-read when you return to "
                "them"
            )
        )
        self.clear_button.clicked.connect(self.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.size_label, 1)
        row.addWidget(self.clear_button)
        self.refresh()

    def refresh(self) -> None:
        """Show the size on disk now."""
        size = self._cache.size_bytes()
        if self._limit_mb <= 0:
            text = self.tr("Off (Hearth re-reads a conversation when you return to it)")
        else:
            text = self.tr("{used} MB of {limit} MB").format(
                used=QLocale().toString(round(size / 2**20)),
                limit=QLocale().toString(self._limit_mb),
            )
        self.size_label.setText(text)
        self.clear_button.setEnabled(size > 0)

    def clear(self) -> None:
        """Delete every saved state."""
        self._cache.clear()
        self.refresh()
        self.cleared.emit()
