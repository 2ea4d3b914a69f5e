"""What a screen reader hears without the user moving focus: "Answer started", "Answer
finished" with its length, and errors (the window passes them to :meth:`Announcer.announce`).

Announcements are Qt's ``QAccessibleAnnouncementEvent`` (Qt 6.8+), polite, so they wait for the
screen reader to finish what it is saying. They are spaced at least :data:`MIN_GAP_MS` apart:
one that comes sooner waits in a short queue (the oldest is dropped when it overflows), so a
burst never floods the listener and nothing is ever announced per token.

GUI thread only.
"""

from __future__ import annotations

import time
from collections import deque

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

from app.core.chat import TurnResult

MIN_GAP_MS = 400
QUEUE_LIMIT = 3


class Announcer(QObject):
    """Speaks for ``source`` (the window). GUI thread. Signal: ``announced(str text)`` as each
    announcement is sent, which is how tests hear what a screen reader would."""

    announced = Signal(str)

    def __init__(self, source: QWidget) -> None:
        super().__init__(source)
        self._source = source
        self._queue: deque[str] = deque(maxlen=QUEUE_LIMIT)
        self._last = float("-inf")  # time.monotonic() of the last announcement
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._send_next)

    def announce(self, text: str) -> None:
        """Announce ``text`` now, or as soon as :data:`MIN_GAP_MS` have passed since the last."""
        self._queue.append(text)
        if not self._timer.isActive():
            self._send_next()

    def _send_next(self) -> None:
        if not self._queue:
            return
        wait_ms = MIN_GAP_MS - (time.monotonic() - self._last) * 1000
        if wait_ms > 0:
            self._timer.start(int(wait_ms) + 1)
            return
        text = self._queue.popleft()
        self._last = time.monotonic()
        event = QAccessibleAnnouncementEvent(self._source, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)
        self.announced.emit(text)
        if self._queue:
            self._timer.start(MIN_GAP_MS)

    def answer_started(self) -> None:
        self.announce(self.tr("Answer started"))

    def answer_finished(self, result: TurnResult) -> None:
        """ "Answer finished, N words" ("stopped" when cut short). An answer that failed says
        nothing here: its error is announced where the window shows it."""
        if result.error:
            return
        words = len(result.text.split())
        if result.state == "interrupted":
            text = self.tr("Answer stopped, %n word(s)", "", words)
        else:
            text = self.tr("Answer finished, %n word(s)", "", words)
        self.announce(text)
