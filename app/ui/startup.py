"""Starting after the first paint: the window is on screen before anything slow begins.

Qt runs a zero-delay timer before it paints a window it was just asked to show, so "later"
(``QTimer.singleShot(0, …)``) is not late enough: the model load, the model list (GGUF headers),
the first-run offer (the catalog) and the local server would all delay the first frame.
:func:`start_after_first_paint` runs them on the event loop's turn after the window first
painted itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

# a window that is shown but not painted by then (on another desktop, minimised) starts anyway
UNPAINTED_START_MS = 1000


def start_after_first_paint(window: QWidget, start: Callable[[], None]) -> None:
    """Call ``start`` once, on the GUI thread, on the event loop's turn after ``window`` first
    painted. A window that is not shown by the loop's first turn (one a test builds) starts
    then; one shown but not painted within :data:`UNPAINTED_START_MS` starts anyway. Nothing
    runs if the window is deleted first.
    """
    _FirstPaint(window, start)


class _FirstPaint(QObject):
    """GUI thread. Watches ``window``'s paint events until ``start`` ran, then goes away."""

    def __init__(self, window: QWidget, start: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._start = start
        self._painted = False
        self._done = False
        window.installEventFilter(self)
        QTimer.singleShot(0, self, self._first_turn)

    def _first_turn(self) -> None:
        if self._window.isVisible():
            QTimer.singleShot(UNPAINTED_START_MS, self, self._run)
        else:
            self._run()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            log.info("window painted")
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        self._window.removeEventFilter(self)
        self.deleteLater()
        self._start()
