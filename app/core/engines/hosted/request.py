"""One hosted request, opened and watched on a daemon thread so that Stop works at once."""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections.abc import Callable
from typing import Any, Literal

from app.core.net import shutdown_socket

POLL_S = 0.05  # how often a waiting consumer looks at the stop flag and the deadline


class Interrupted(Exception):
    """The caller's stop flag was set, or the answer's deadline passed."""

    def __init__(self, why: Literal["stop", "deadline"]) -> None:
        super().__init__(why)
        self.why = why


class WatchedRequest:
    """One request: opened on a daemon thread that then watches it until it is finished.

    The request is opened off the caller's thread, so Stop works while a server is slow to
    answer at all. The caller then reads the stream itself, exactly as a bare SDK loop would, and
    checks the stop flag and the deadline between chunks. While a read is blocked, the watcher
    wakes every ``POLL_S``; on Stop or at the deadline it shuts the socket down, which ends the
    blocked read at once.
    """

    def __init__(
        self, open_stream: Callable[[], Any], stop: threading.Event, deadline: float
    ) -> None:
        self._open_stream = open_stream
        self._stop = stop
        self._deadline = deadline
        self._opened: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._finished = threading.Event()
        self._stream: Any = None
        self.expired = False  # the watcher ended the stream at the deadline
        threading.Thread(target=self._run, name="hosted-request", daemon=True).start()

    def _run(self) -> None:
        try:
            stream = self._open_stream()
        except BaseException as exc:  # handed to the caller, which decides what it means
            self._opened.put(exc)
            return
        with self._lock:
            abandoned = self._finished.is_set()
            self._stream = None if abandoned else stream
        if abandoned:
            with contextlib.suppress(Exception):
                stream.close()
            return
        self._opened.put(stream)
        while not self._finished.wait(POLL_S):
            expired = time.monotonic() >= self._deadline
            if self._stop.is_set() or expired:
                with self._lock:
                    if not self._finished.is_set():
                        self.expired = expired and not self._stop.is_set()
                        shutdown_socket(getattr(self._stream, "response", None))
                return

    def stream(self) -> Any:
        """The opened stream; :class:`Interrupted` on stop or deadline, the error if it failed."""
        while True:
            if self._stop.is_set():
                raise Interrupted("stop")
            wait = min(POLL_S, self._deadline - time.monotonic())
            if wait <= 0:
                raise Interrupted("deadline")
            try:
                item = self._opened.get(timeout=wait)
            except queue.Empty:
                continue
            if isinstance(item, BaseException):
                raise item
            return item

    def finish(self) -> None:
        """End the watch and close the stream (from the caller's thread); safe to repeat."""
        with self._lock:
            self._finished.set()
            stream, self._stream = self._stream, None
        if stream is not None:
            with contextlib.suppress(Exception):
                stream.close()
