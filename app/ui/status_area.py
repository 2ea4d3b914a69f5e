"""The one status area above the transcript (objectName ``statusArea``), instead of stacked banners.

It holds, one above the other and only while each applies:

- the engine's state (``engineRow``), one compact line rendered from the session's
  :class:`~app.ui.session.EngineState` by :meth:`StatusArea.show_engine`: "Loading …" with a
  progress bar (``loadProgress``, busy until llama.cpp reports progress), "Ready: <model>
  (local)", "Connected: <model> (hosted)", "Not loaded"; its text is ``modelStatus``. It changes
  only when the state does, never per token. While the engine's own error is shown, that error
  stands for it and the line hides;
- the hosted-route warning (the :class:`~app.ui.hosted_route.RouteBanner`);
- the current error (``errorBanner``) with a close button and, where one helps, an action
  ("Retry", "Open Settings"). Each error names its ``source``; :meth:`StatusArea.clear_error`
  with a source clears it only when the error came from there, so a model that loads clears a
  load failure (source :data:`ENGINE`) but not a failed export.

GUI thread; no signals of its own: an action is a callable the window hands in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n
from app.ui.elided_label import ElidedLabel
from app.ui.hosted_route import RouteBanner
from app.ui.i18n import QT_TRANSLATE_NOOP, LiveTexts
from app.ui.session import EngineState

ENGINE = "engine"  # the source of errors that a ready model or a complete answer clears
DOCUMENTS = "documents"  # the documents watcher's errors, cleared by its next run that indexes


class StatusArea(QFrame):
    """See the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusArea")
        self._texts = LiveTexts("StatusArea")
        self.load_progress = QProgressBar()
        self.load_progress.setObjectName("loadProgress")
        self.load_progress.setRange(0, 0)  # busy until llama.cpp reports progress
        self.load_progress.setMaximumWidth(160)
        self.load_progress.setMinimumWidth(60)
        self.load_progress.setTextVisible(False)  # one line: the label says what loads
        self._texts.set(
            self.load_progress.setAccessibleName,
            QT_TRANSLATE_NOOP("StatusArea", "Model loading progress"),
        )
        self.load_progress.hide()
        self.model_status = ElidedLabel()  # one line; the tooltip has it whole when shortened
        self.model_status.setObjectName("modelStatus")
        self.model_status.setProperty("role", "muted")
        self.engine_row = QWidget()
        self.engine_row.setObjectName("engineRow")
        engine = QHBoxLayout(self.engine_row)
        engine.setContentsMargins(0, 0, 0, 0)
        engine.addWidget(self.load_progress)
        engine.addWidget(self.model_status, 1)
        self.engine_state = EngineState()
        self.route_banner = RouteBanner()
        self.error_banner = QLabel()
        self.error_banner.setObjectName("errorBanner")
        self.error_banner.setWordWrap(True)
        self.error_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton()
        self.action_button.setObjectName("errorAction")
        self.action_button.clicked.connect(self._run_action)
        self.close_button = QPushButton("✕")
        self.close_button.setObjectName("errorClose")
        self._texts.set(self.close_button.setToolTip, QT_TRANSLATE_NOOP("StatusArea", "Dismiss"))
        self._texts.set(
            self.close_button.setAccessibleName,
            QT_TRANSLATE_NOOP("StatusArea", "Dismiss the error"),
        )
        self.close_button.clicked.connect(lambda: self.clear_error())
        self.error_row = QFrame()
        self.error_row.setObjectName("errorRow")
        self.error_row.setProperty("role", "error")  # coloured by the theme's style sheet
        row = QHBoxLayout(self.error_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.error_banner, 1)
        row.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.error_row.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.engine_row)
        layout.addWidget(self.route_banner)
        layout.addWidget(self.error_row)
        self.error: str | None = None
        self.source = ""
        self._action: Callable[[], object] | None = None
        self._destination = ""
        self.show_engine(self.engine_state)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._texts.retranslate()
            self._render_engine()
        super().changeEvent(event)

    def show_engine(self, state: EngineState, destination: str = "") -> None:
        """Render the engine's state on its line; ``destination`` names the hosted server (for
        "Checking …"). A new load starts the bar busy until :meth:`show_load_progress`."""
        self.engine_state, self._destination = state, destination
        if state.kind == "loading":
            self.load_progress.setRange(0, 0)
        self.load_progress.setVisible(state.kind == "loading")
        self._render_engine()
        self._show_engine_row()

    def _render_engine(self) -> None:
        """The engine line's text, in the current language."""
        state = self.engine_state
        hosted = state.route == "hosted"
        if state.kind == "loading" and state.detail:
            text = self.tr("Checking {destination}…").format(destination=self._destination)
        elif state.kind == "loading":
            text = i18n.shown(state.label) or self.tr("Loading…")
        elif state.kind == "ready" and hosted:
            text = self.tr("Connected: {model} (hosted)").format(model=i18n.shown(state.label))
        elif state.kind == "ready":
            text = self.tr("Ready: {model}").format(model=i18n.shown(state.label))
        elif state.kind == "failed":
            text = self.tr("Not connected") if hosted else self.tr("Not loaded")
        else:
            text = self.tr("No model loaded")
        self.model_status.setText(text)

    def show_load_progress(self, fraction: float) -> None:
        """A local model's load progress (0.0 to 1.0): the bar shows it instead of busy."""
        self.load_progress.setRange(0, 1000)
        self.load_progress.setValue(round(fraction * 1000))

    def _show_engine_row(self) -> None:
        """The line hides while the engine's failure is said by the error row, with its fix."""
        said = self.engine_state.kind == "failed" and self.source == ENGINE
        self.engine_row.setVisible(not said)

    def show_error(
        self,
        message: str,
        source: str = "",
        action: tuple[str, Callable[[], object]] | None = None,
    ) -> None:
        """Show ``message`` (replacing any earlier error), with an action button if given."""
        self.error, self.source = message, source
        self.error_banner.setText(message)
        self._action = action[1] if action else None
        self.action_button.setText(action[0] if action else "")
        self.action_button.setVisible(action is not None)
        self.error_row.show()
        self._show_engine_row()

    def clear_error(self, source: str | None = None) -> bool:
        """Hide the error (only one from ``source``, when given); True if one was cleared."""
        if self.error is None or (source is not None and source != self.source):
            return False
        self.error, self.source, self._action = None, "", None
        self.error_row.hide()
        self._show_engine_row()
        return True

    def _run_action(self) -> None:
        action = self._action
        self.clear_error()
        if action is not None:
            action()
