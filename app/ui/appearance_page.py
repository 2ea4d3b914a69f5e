"""Settings › Appearance (objectName ``appearancePage``): the theme, System, Light or Dark.

GUI thread, no signals of its own: a choice is written through the settings owner the moment it
is made (the window changes colour at once) and the page follows ``changed("appearance")``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from app.ui.settings_owner import SettingsOwner


class AppearancePage(QWidget):
    """See the module docstring."""

    def __init__(self, owner: SettingsOwner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appearancePage")
        self._owner = owner
        self.theme_box = QComboBox()
        self.theme_box.setObjectName("themeBox")
        for text, value in (
            (self.tr("System (follow the computer's light or dark mode)"), "system"),
            (self.tr("Light"), "light"),
            (self.tr("Dark"), "dark"),
        ):
            self.theme_box.addItem(text, value)
        self._show()
        self.theme_box.currentIndexChanged.connect(self._on_chosen)
        owner.changed.connect(self._on_settings_changed)
        hint = QLabel(
            self.tr("Text size: View › Larger text (Ctrl+=), Smaller text (Ctrl+-), Ctrl+0 resets.")
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        layout = QFormLayout(self)
        layout.addRow(self.tr("Theme:"), self.theme_box)
        layout.addRow(hint)

    def _show(self) -> None:
        self.theme_box.blockSignals(True)
        self.theme_box.setCurrentIndex(
            self.theme_box.findData(self._owner.settings.appearance.theme)
        )
        self.theme_box.blockSignals(False)

    def _on_chosen(self, _index: int) -> None:
        self._owner.change(appearance={"theme": self.theme_box.currentData()})

    def _on_settings_changed(self, section: str) -> None:
        if section == "appearance":
            self._show()
