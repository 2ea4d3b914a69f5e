"""Help › Keyboard shortcuts: a table built from the window's actual QActions, so it cannot go
stale -- an action that gets a shortcut is listed, one that loses it is not (GUI thread)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.dialog_size import fit_to_content


def shortcut_rows(root: QWidget) -> list[tuple[str, str]]:
    """``(what it does, keys)`` for every action under ``root`` that has a shortcut, in the
    platform's words ("Ctrl+N"), sorted by what it does; each action once."""
    rows: dict[str, str] = {}
    for action in root.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys:
            continue
        what = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        what = what.rstrip("…").strip()
        shown = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        rows[what] = shown
    return sorted(rows.items(), key=lambda row: row[0].casefold())


class ShortcutsDialog(QDialog):
    """The keyboard shortcuts of ``root``'s actions, two columns (objectName
    ``shortcutsDialog``, table ``shortcutsTable``); no signals of its own."""

    def __init__(self, root: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(root)
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.table.resizeColumnsToContents()
        width = self.table.horizontalHeader().length() + 4 * self.table.frameWidth() + 48
        height = self.table.verticalHeader().length() + header.height() + 96
        fit_to_content(self, QSize(max(360, width), max(240, height)))
