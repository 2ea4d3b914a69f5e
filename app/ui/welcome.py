"""The welcome page (objectName ``welcomePage``), shown in place of the transcript while the chat
shown is empty: which model answers, a few example prompts that fill the composer, and the
first-run offer of the recommended download (which remembers "Not now").

Lives on the GUI thread. Signals: ``promptChosen(str text)`` when an example is clicked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui import i18n
from app.ui.first_run import FirstRunOffer
from app.ui.i18n import QT_TRANSLATE_NOOP, LiveTexts

if TYPE_CHECKING:
    from app.ui.session import EngineState

COLUMN_PX = 640  # the page's content is at most this wide, centred


class WelcomePage(QWidget):
    """See the module docstring."""

    promptChosen = Signal(str)

    def __init__(self, offer: FirstRunOffer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self._texts = LiveTexts("WelcomePage")
        title = QLabel()
        self._texts.set(title.setText, QT_TRANSLATE_NOOP("WelcomePage", "What can I help with?"))
        title.setProperty("role", "title")
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.model_line = QLabel()
        self.model_line.setObjectName("welcomeModel")
        self.model_line.setProperty("role", "muted")
        self.model_line.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.model_line.setWordWrap(True)
        column = QWidget()  # a readable column, centred
        column.setMaximumWidth(COLUMN_PX)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(column, 10)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(self.model_line)
        self.examples: list[QPushButton] = []
        for text in (
            QT_TRANSLATE_NOOP("WelcomePage", "Explain how a heat pump works, in simple words."),
            QT_TRANSLATE_NOOP("WelcomePage", "Write a short, friendly email declining a meeting."),
            QT_TRANSLATE_NOOP("WelcomePage", "Give me three ideas for a quick vegetarian dinner."),
        ):
            button = QPushButton()
            self._texts.set(button.setText, text)
            button.setObjectName("welcomeExample")
            button.clicked.connect(
                lambda _checked=False, b=button: self.promptChosen.emit(b.text())
            )
            layout.addWidget(button)
            self.examples.append(button)
        layout.addWidget(offer)
        layout.addStretch(2)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._texts.retranslate()
        super().changeEvent(event)

    def show_state(self, state: EngineState) -> None:
        """The line under the title: which model will answer, or why none can."""
        self.model_line.setText(self._model_line(state))

    def _model_line(self, state: EngineState) -> str:
        if state.kind == "ready" and state.route == "hosted":
            return self.tr("%1 answers, hosted: messages leave this computer.").replace(
                "%1", i18n.shown(state.label)
            )
        if state.kind == "ready":
            return self.tr("%1 answers, on this computer.").replace("%1", i18n.shown(state.label))
        if state.kind == "loading":
            return self.tr("Loading the model…")
        return self.tr("No model is loaded: pick one above, or open the Models menu.")
