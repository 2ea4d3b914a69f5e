"""Workers that run engine work off the GUI thread.

:class:`ChatWorker` is one long-lived QObject moved to its own QThread (gpt4all-chat's pattern):
it owns the engine -- a loaded model is created, used and closed only on that thread -- and answers
one request at a time. Streamed text goes into a :class:`StreamBuffer` that the GUI drains at most
once a frame; the worker signals only when the buffer turns non-empty, so a fast model cannot
flood the GUI thread's event queue.

Signals (all emitted on the worker thread, delivered queued to the GUI):
``loadStarted(str)``, ``loaded(str label)``, ``loadFailed(str message)``,
``answerStarted(int conversation_id, int message_id)``, ``textAvailable()``, ``notice(str)``,
``answerFinished(int conversation_id, object TurnResult)``.
Stop is a ``threading.Event`` passed with each request and set directly by the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.core.chat import TurnResult, run_turn
from app.core.engines.base import Engine, EngineError, GenerationParams
from app.core.store import ConversationStore

EngineFactory = Callable[[], Engine]

log = logging.getLogger(__name__)


class StreamBuffer:
    """Text handed from the worker thread to the GUI thread; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._parts: list[str] = []

    def append(self, text: str) -> bool:
        """Add text; True when the buffer was empty (the reader should be told)."""
        with self._lock:
            was_empty = not self._parts
            self._parts.append(text)
            return was_empty

    def drain(self) -> str:
        with self._lock:
            text = "".join(self._parts)
            self._parts.clear()
            return text


class ChatWorker(QObject):
    """Owns the engine on its own thread. See the module docstring for its signals."""

    loadStarted = Signal(str)
    loaded = Signal(str)
    loadFailed = Signal(str)
    answerStarted = Signal(int, int)
    textAvailable = Signal()
    notice = Signal(str)
    answerFinished = Signal(int, object)
    shutDown = Signal()

    def __init__(self, store: ConversationStore) -> None:
        super().__init__()
        self._store = store
        self._engine: Engine | None = None
        self.buffer = StreamBuffer()
        self.closing = threading.Event()  # set by the GUI thread before shutdown

    @Slot(str, object)
    def load(self, description: str, factory: EngineFactory) -> None:
        if self.closing.is_set():
            return  # the window is closing: skip loads still queued
        self.loadStarted.emit(description)
        self._close_engine()
        try:
            self._engine = factory()
        except EngineError as exc:
            log.warning("%s failed: %s", description, exc.user_message())
            self.loadFailed.emit(exc.user_message())
            return
        except Exception as exc:  # a model that cannot load must never take the app down
            log.exception("%s failed unexpectedly", description)
            self.loadFailed.emit(f"The model could not be loaded: {exc!r}")
            return
        log.info("loaded %s", self._engine.label)
        self.loaded.emit(self._engine.label)

    @Slot()
    def unload(self) -> None:
        self._close_engine()

    @Slot(int, object, str, object, str)
    def answer(
        self,
        conversation_id: int,
        params: GenerationParams,
        system_prompt: str,
        stop: threading.Event,
        route: str,
    ) -> None:
        """Answer with the loaded engine, but only if it serves ``route``: a hosted engine left
        over from an earlier route must never answer a local chat. Always ends with
        ``answerFinished``, so the window never stays busy."""
        self.buffer.drain()
        if self._engine is None or self._engine.route != route:
            where = "a local model" if route == "local" else "the hosted service"
            error = f"Nothing was sent: {where} is not ready. Pick a model or check Settings."
            result = TurnResult(-1, "", "error", None, error)
        else:
            try:
                result = run_turn(
                    self._store,
                    self._engine,
                    conversation_id,
                    params,
                    stop,
                    system_prompt=system_prompt,
                    on_text=self._on_text,
                    on_notice=self.notice.emit,
                    on_started=lambda mid: self.answerStarted.emit(conversation_id, mid),
                )
            except Exception as exc:  # the store failed around the turn; say so, stay usable
                log.exception("answer for conversation %d failed", conversation_id)
                result = TurnResult(-1, "", "error", None, f"The answer failed: {exc!r}")
        self.answerFinished.emit(conversation_id, result)

    def _on_text(self, text: str) -> None:
        if self.buffer.append(text):
            self.textAvailable.emit()

    @Slot()
    def shutdown(self) -> None:
        """Close the engine on its own thread, then end the thread's event loop."""
        self._close_engine()
        self.shutDown.emit()
        thread = QThread.currentThread()
        thread.quit()

    def _close_engine(self) -> None:
        if self._engine is not None:
            self._engine.close()
            self._engine = None
