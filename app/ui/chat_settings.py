"""Chat settings: one conversation's system prompt and answer settings, and named presets.

:class:`ChatSettingsDialog` edits a conversation's :class:`~app.core.store.GenerationOverrides`.
Each value is either the conversation's own (its box ticked) or the global default from
Settings (unticked; the default is shown greyed). Presets ("Precise", "Creative" and the user's
own) fill in the values they set; the user's presets can be saved and deleted here. OK stores
the overrides in the conversation; the next answer of that chat uses them.

GUI thread only; it reads and writes the store directly (small, indexed queries). Signals:
``saved(int conversation_id)`` after OK stored the settings.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.settings import GenerationSettings, setting_range
from app.core.store import ConversationStore, GenerationOverrides
from app.core.text import joined
from app.ui import i18n
from app.ui.dialog_size import fit_to_content

_NUMBERS = ("temperature", "top_p", "max_tokens", "seed")


class ChatSettingsDialog(QDialog):
    """Edit one conversation's answer settings. See the module docstring for its signal."""

    saved = Signal(int)

    def __init__(
        self,
        store: ConversationStore,
        conversation_id: int | None,
        defaults: GenerationSettings,
        parent: QWidget | None = None,
        create_conversation: Callable[[], int] | None = None,
    ) -> None:
        """``conversation_id`` None: settings for a chat not made yet; OK makes it with
        ``create_conversation`` (Cancel leaves no empty chat behind)."""
        super().__init__(parent)
        self.setObjectName("chatSettingsDialog")
        self.setWindowTitle(self.tr("Chat settings"))
        self._store = store
        self._conversation_id = conversation_id
        self._create_conversation = create_conversation
        self._defaults = defaults

        self.preset_box = QComboBox()
        self.preset_box.setObjectName("presetBox")
        self.preset_box.currentIndexChanged.connect(self._update_preset_buttons)
        self.apply_preset_button = QPushButton(self.tr("Apply"))
        self.apply_preset_button.setObjectName("applyPresetButton")
        self.apply_preset_button.clicked.connect(lambda: self.apply_preset(self.preset_name()))
        self.save_preset_button = QPushButton(self.tr("Save as preset…"))
        self.save_preset_button.setObjectName("savePresetButton")
        self.save_preset_button.clicked.connect(self._ask_save_preset)
        self.delete_preset_button = QPushButton(self.tr("Delete preset"))
        self.delete_preset_button.setObjectName("deletePresetButton")
        self.delete_preset_button.clicked.connect(lambda: self.delete_preset(self.preset_name()))
        presets = QHBoxLayout()
        presets.addWidget(QLabel(self.tr("Preset:")))
        presets.addWidget(self.preset_box, 1)
        presets.addWidget(self.apply_preset_button)
        presets.addWidget(self.save_preset_button)
        presets.addWidget(self.delete_preset_button)

        form = QFormLayout()
        self.own: dict[str, QCheckBox] = {}
        self.system_prompt = QPlainTextEdit()
        self.system_prompt.setObjectName("chatSystemPrompt")
        self.system_prompt.setMaximumHeight(120)
        self._add_row(form, "system_prompt", self.tr("System prompt"), self.system_prompt)
        self.temperature = self._double("temperature", 2, 0.05)
        self._add_row(form, "temperature", self.tr("Temperature"), self.temperature)
        self.top_p = self._double("top_p", 2, 0.05)
        self._add_row(form, "top_p", self.tr("Top-p"), self.top_p)
        self.max_tokens = self._int("max_tokens")
        self._add_row(form, "max_tokens", self.tr("Max tokens"), self.max_tokens)
        self.seed = self._int("seed")
        self.seed.setSpecialValueText(self.tr("random"))
        self._add_row(form, "seed", self.tr("Seed"), self.seed)

        self.problem = QLabel()
        self.problem.setObjectName("chatSettingsProblem")
        self.problem.setWordWrap(True)
        self.problem.setProperty("role", "error-text")  # coloured by the theme's style sheet
        self.problem.hide()
        note = QLabel(
            self.tr("Unticked values follow Settings › Answers (shown greyed); ticked ones are")
            + " "
            + self.tr("this chat's own.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(presets)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

        self._refresh_presets()
        if conversation_id is not None:
            self.show_overrides(store.conversation_settings(conversation_id))
        else:
            self.show_overrides(GenerationOverrides())
        fit_to_content(self, QSize(620, 420))

    def _double(self, name: str, decimals: int, step: float) -> QDoubleSpinBox:
        low, high = setting_range(GenerationSettings, name)
        box = QDoubleSpinBox()
        box.setObjectName(f"chat_{name}")
        box.setRange(low, high)
        box.setDecimals(decimals)
        box.setSingleStep(step)
        return box

    def _int(self, name: str) -> QSpinBox:
        low, high = setting_range(GenerationSettings, name)
        box = QSpinBox()
        box.setObjectName(f"chat_{name}")
        box.setRange(int(low), int(high))
        return box

    def _add_row(self, form: QFormLayout, name: str, label: str, editor: QWidget) -> None:
        own = QCheckBox(label)
        own.setObjectName(f"own_{name}")
        own.toggled.connect(editor.setEnabled)
        own.toggled.connect(lambda on, n=name: None if on else self._show_default(n))
        self.own[name] = own
        form.addRow(own, editor)

    # values ------------------------------------------------------------------------------------

    def _editor_value(self, name: str) -> object:
        if name == "system_prompt":
            return self.system_prompt.toPlainText()
        editor: QSpinBox | QDoubleSpinBox = getattr(self, name)
        return editor.value()

    def _set_editor(self, name: str, value: object) -> None:
        if name == "system_prompt":
            self.system_prompt.setPlainText(str(value))
        elif isinstance(value, (int, float)):
            getattr(self, name).setValue(value)

    def _show_default(self, name: str) -> None:
        self._set_editor(name, getattr(self._defaults, name))

    def set_value(self, name: str, value: object) -> None:
        """Make ``value`` this chat's own ``name`` (a field of GenerationOverrides)."""
        self.own[name].setChecked(True)
        self._set_editor(name, value)

    def show_overrides(self, overrides: GenerationOverrides) -> None:
        """Show ``overrides``: its values ticked, the global defaults for the rest."""
        for name in ("system_prompt", *_NUMBERS):
            value = getattr(overrides, name)
            self.own[name].setChecked(value is not None)
            getattr(self, name).setEnabled(value is not None)
            self._set_editor(name, getattr(self._defaults, name) if value is None else value)

    def overrides(self) -> GenerationOverrides:
        """The values ticked as this chat's own (None for the rest)."""
        values = {
            name: self._editor_value(name) if box.isChecked() else None
            for name, box in self.own.items()
        }
        return GenerationOverrides(**values)  # type: ignore[arg-type]

    # presets -----------------------------------------------------------------------------------

    def preset_name(self) -> str:
        return self.preset_box.currentText()

    def _refresh_presets(self, select: str = "") -> None:
        self._presets = {p.name: p for p in self._store.presets()}
        self.preset_box.blockSignals(True)
        self.preset_box.clear()
        self.preset_box.addItems(list(self._presets))
        if select in self._presets:
            self.preset_box.setCurrentText(select)
        self.preset_box.blockSignals(False)
        self._update_preset_buttons()

    def _update_preset_buttons(self) -> None:
        preset = self._presets.get(self.preset_name())
        self.apply_preset_button.setEnabled(preset is not None)
        self.delete_preset_button.setEnabled(preset is not None and not preset.builtin)

    def apply_preset(self, name: str) -> None:
        """Fill in the values preset ``name`` sets; the others stay as they are."""
        preset = self._presets.get(name)
        if preset is None:
            return
        for field, value in preset.settings.as_dict().items():
            self.set_value(field, value)

    def _ask_save_preset(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save preset"), self.tr("Preset name:"))
        if ok:
            self.save_preset(name)

    def save_preset(self, name: str) -> bool:
        """Save the values ticked as the user's preset ``name``; False (and why) if refused."""
        try:
            self._store.save_preset(name, self.overrides())
        except ValueError as exc:
            self._say(i18n.error_text(exc))
            return False
        self._say("")
        self._refresh_presets(select=name.strip())
        return True

    def delete_preset(self, name: str) -> bool:
        """Delete the user's preset ``name``; Hearth's own are refused (False, and why)."""
        try:
            self._store.delete_preset(name)
        except ValueError as exc:
            self._say(i18n.error_text(exc))
            return False
        self._say("")
        self._refresh_presets()
        return True

    # saving ------------------------------------------------------------------------------------

    def _say(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))

    def accept(self) -> None:
        """Store the settings in the conversation; a value that cannot be used is named and
        the dialog stays open."""
        overrides = self.overrides()
        problems = overrides.problems()
        if problems:
            self._say(i18n.shown(joined("; ", problems)))
            return
        if self._conversation_id is None:
            if self._create_conversation is None:
                return
            self._conversation_id = self._create_conversation()
        self._store.set_conversation_settings(self._conversation_id, overrides)
        self.saved.emit(self._conversation_id)
        super().accept()
