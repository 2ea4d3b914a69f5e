"""The server's request log, kept in memory for the window's log panel and ``hearth serve``.

One :class:`RequestRecord` per request: when, from where, which endpoint, the status, tokens and
duration. Prompt text is kept only when the user turned that on. Nothing is written to disk.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

PROMPT_CHARS = 500  # of a logged prompt, the end is kept (the newest words)


@dataclass
class RequestRecord:
    """Filled in while the request runs on the server's thread; not changed once logged."""

    started: float  # Unix time
    client: str
    method: str
    path: str
    status: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    duration_s: float = 0.0
    note: str = ""  # "client disconnected", an error message
    prompt: str | None = None  # only when prompt logging is on

    def line(self) -> str:
        """One line for a terminal."""
        when = time.strftime("%H:%M:%S", time.localtime(self.started))
        text = (
            f"{when} {self.client} {self.method} {self.path} {self.status} "
            f"tokens={self.prompt_tokens}+{self.completion_tokens} {self.duration_s:.2f}s"
        )
        return f"{text} ({self.note})" if self.note else text


Listener = Callable[[RequestRecord | None], None]


class RequestLog:
    """Thread-safe. Written on the server's thread; listeners are called there too, after each
    change: with the record when a request ended, with None when one began. A listener must
    hand over to its own thread itself."""

    def __init__(self, capacity: int = 500) -> None:
        self._lock = threading.Lock()
        self._records: deque[RequestRecord] = deque(maxlen=capacity)
        self._serving = 0
        self._generations = 0
        self._listeners: list[Listener] = []

    @property
    def serving(self) -> int:
        """Requests being answered now (queued ones included)."""
        return self._serving

    @property
    def generations(self) -> int:
        """Requests that reached the engine's queue since the server started."""
        return self._generations

    def records(self) -> list[RequestRecord]:
        """The logged requests, oldest first."""
        with self._lock:
            return list(self._records)

    def add_listener(self, listener: Listener) -> None:
        with self._lock:
            self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def began(self) -> None:
        with self._lock:
            self._serving += 1
        self._notify(None)

    def queued(self) -> None:
        with self._lock:
            self._generations += 1

    def ended(self, record: RequestRecord) -> None:
        with self._lock:
            self._serving -= 1
            self._records.append(record)
        self._notify(record)

    def _notify(self, record: RequestRecord | None) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(record)
