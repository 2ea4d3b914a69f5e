"""Hearth's one toolkit for running work off the GUI thread.

- :class:`ChatWorker` is the long-lived QObject that owns the engine on its own QThread
  (gpt4all-chat's ChatLLM): a loaded model is created, used and closed only on that thread, and it
  answers one request at a time. Streamed text goes into a :class:`StreamBuffer` that the GUI
  drains at most once a frame; the worker signals only when the buffer turns non-empty, so a fast
  model cannot flood the GUI thread's event queue.
- :class:`Job` runs one blocking call on a fresh QThread (a connection check, a keychain read, a
  download): ``started()``, then ``returned(object)`` or ``errored(str)``, then ``finished()``.
  :func:`run_job` starts one.
- :func:`retire_thread` is the one way a thread that will not stop in time is let go: it is kept
  referenced until it ends, and deleted only then, so Qt never destroys a running QThread.
  :func:`start_thread` creates every QThread the app runs, so tests can check that none is left.

ChatWorker's signals (emitted on the worker thread, delivered queued to the GUI):
``loadStarted(str)``, ``loadProgress(float fraction)``,
``loaded(object label, int context_size)`` (0: the engine does not say; the label is a str,
a core ``Text`` the window translates when it shows it),
``loadFailed(str message)``,
``answerStarted(int conversation_id, int message_id)``,
``promptRead(int conversation_id, object Prefill)`` before the first text (local engine, once
per prompt chunk), ``textAvailable()``, ``notice(str)``,
``answerFinished(int conversation_id, object TurnResult)``,
``titleProposed(int conversation_id, str title, bool applied)`` after :meth:`ChatWorker.title`.
Stop is a ``threading.Event`` passed with each request and set directly by the GUI thread.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QMetaObject, QObject, Qt, QThread, Signal, Slot

from app.core.chat import TurnResult, run_turn
from app.core.engines.base import Engine, EngineError, GenerationParams
from app.core.store import ConversationStore, StoreError
from app.ui import i18n

if TYPE_CHECKING:
    from app.server.gateway import GenerationJob, ServedModel

EngineFactory = Callable[[], Engine]

log = logging.getLogger(__name__)

# Every QThread the app started and that has not yet ended, with the worker living on it: kept
# referenced here (never parented to a widget) so that no owner's destruction can destroy a
# running thread.
_LIVE: dict[QThread, QObject] = {}
EXIT_WAIT_S = 30.0  # how long the process waits at exit for threads that are still running


def start_thread(name: str, worker: QObject, thread: QThread | None = None) -> QThread:
    """Move ``worker`` to a new (or the given), unparented QThread named ``name``; start it.

    The thread is deleted (with its worker) once it has finished, never before; until then the
    registry keeps both alive, whoever else lets go of them.
    """
    thread = thread or QThread()
    thread.setObjectName(name)
    worker.moveToThread(thread)
    _LIVE[thread] = worker
    thread.finished.connect(_reaper().reap)
    thread.start()
    return thread


class _Reaper(QObject):
    """Lives on the GUI thread; lets go of a thread and its worker once the thread has ended."""

    @Slot()
    def reap(self) -> None:
        thread = self.sender()
        if isinstance(thread, QThread) and thread.wait(0):
            _LIVE.pop(thread, None)  # the last references: Python deletes both objects


_REAPER: list[_Reaper] = []


def _reaper() -> _Reaper:
    if not _REAPER:
        _REAPER.append(_Reaper())
    return _REAPER[0]


def running_threads() -> list[str]:
    """Names of the app's QThreads that are still running (tests assert this is empty)."""
    return [t.objectName() for t in _LIVE if t.isRunning()]


def retire_thread(thread: QThread, timeout_ms: int) -> bool:
    """Wait up to ``timeout_ms`` for ``thread``, already asked to end; True when it ended.

    A thread still running then (llama.cpp inside a load that cannot be interrupted, a network
    call stuck in the kernel) is left to end on its own: it stays in the registry and is deleted
    once it finishes. It is never terminated, since it may hold the store's lock.
    """
    if thread.wait(timeout_ms):
        return True
    log.error("thread %s did not stop within %d ms; it ends on its own", thread.objectName(),
              timeout_ms)  # fmt: skip
    return False


def end_process_cleanly(code: int) -> None:
    """Before the process exits with ``code``: give the app's threads a last chance to end.

    A thread that still runs then (a call that cannot be interrupted) would make Qt abort the
    process when Python frees it (SIGABRT); instead the process ends here, at once, with
    ``code``, after flushing the log and the standard streams. Every answer was saved as it
    streamed, so nothing is lost.
    """
    deadline = time.monotonic() + EXIT_WAIT_S
    for thread, worker in list(_LIVE.items()):
        if not (shiboken6.isValid(thread) and shiboken6.isValid(worker)):
            continue  # already deleted (interpreter exit)
        if isinstance(worker, ChatWorker):
            worker.request_shutdown()
        thread.wait(max(0, int((deadline - time.monotonic()) * 1000)))
    stuck = [t.objectName() for t in _LIVE if shiboken6.isValid(t) and t.isRunning()]
    if not stuck:
        return
    log.error("threads %s still run at exit; they end with the process", ", ".join(stuck))
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)


@atexit.register
def _at_exit() -> None:
    """The same for a process that exits some other way; never with a success status."""
    end_process_cleanly(1)


class Job(QObject):
    """One blocking call on its own QThread. Signals: ``started()``, then ``returned(object)``
    or ``errored(str message)``, then ``finished()`` (emitted on the job's thread)."""

    started = Signal()
    returned = Signal(object)
    errored = Signal(str)
    finished = Signal()

    def __init__(self, call: Callable[[], Any], describe_error: Callable[[Exception], str]):
        super().__init__()
        self._call = call
        self._describe_error = describe_error
        self.relay: QObject | None = None

    @Slot()
    def run(self) -> None:
        self.started.emit()
        try:
            result = self._call()
        except Exception as exc:  # shown to the user: a job must never take the app down
            log.warning("background job failed: %r", exc)
            self.errored.emit(self._describe_error(exc))
        else:
            self.returned.emit(result)
        finally:
            self.finished.emit()
            QThread.currentThread().quit()


def _user_message(exc: Exception) -> str:
    if isinstance(exc, EngineError):
        return i18n.shown(exc.user_message())
    return QCoreApplication.translate("Workers", "It failed unexpectedly: {error}").format(
        error=i18n.error_text(exc)
    )


class _Relay(QObject):
    """Lives on the GUI thread and hands a job's result to plain callbacks there."""

    def __init__(
        self,
        on_returned: Callable[[Any], None] | None,
        on_errored: Callable[[str], None] | None,
        parent: QObject | None,
    ) -> None:
        super().__init__(parent)
        self._on_returned = on_returned
        self._on_errored = on_errored

    @Slot(object)
    def returned(self, result: object) -> None:
        if self._on_returned is not None:
            self._on_returned(result)

    @Slot(str)
    def errored(self, message: str) -> None:
        if self._on_errored is not None:
            self._on_errored(message)


def run_job(
    name: str,
    call: Callable[[], Any],
    on_returned: Callable[[Any], None] | None = None,
    on_errored: Callable[[str], None] | None = None,
    receiver: QObject | None = None,
    describe_error: Callable[[Exception], str] = _user_message,
) -> tuple[QThread, Job]:
    """Run ``call`` on a fresh thread; its result reaches ``on_returned`` on the GUI thread.

    With ``receiver``, the callbacks go once the receiver is destroyed (a dialog closed while
    its check still runs): the job then finishes on its own and is deleted.
    """
    job = Job(call, describe_error)
    relay = _Relay(on_returned, on_errored, receiver)
    job.returned.connect(relay.returned)
    job.errored.connect(relay.errored)
    job.relay = relay  # keeps it alive while the job runs; with a receiver, it goes with it
    thread = QThread()
    job.moveToThread(thread)
    thread.started.connect(job.run)
    start_thread(name, job, thread)
    return thread, job


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
    loaded = Signal(object, int)
    loadFailed = Signal(str)
    loadProgress = Signal(float)  # a local model's load, 0.0 to 1.0 (llama.cpp's own progress)
    answerStarted = Signal(int, int)
    promptRead = Signal(int, object)
    textAvailable = Signal()
    notice = Signal(str)
    answerFinished = Signal(int, object)
    titleProposed = Signal(int, str, bool)
    serving = Signal(bool)

    def __init__(self, store: ConversationStore) -> None:
        super().__init__()
        self._store = store
        self._engine: Engine | None = None
        self.buffer = StreamBuffer()
        self.closing = threading.Event()  # set by the GUI thread before shutdown
        self._stop: threading.Event | None = None  # the running answer's stop flag
        self._served: ServedModel | None = None  # what the local server may answer with

    @property
    def engine(self) -> Engine | None:
        """The loaded engine; read it only on the worker thread (tests and benchmarks excepted)."""
        return self._engine

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
            self.loadFailed.emit(i18n.shown(exc.user_message()))
            return
        except Exception as exc:  # a model that cannot load must never take the app down
            log.exception("%s failed unexpectedly", description)
            self.loadFailed.emit(
                QCoreApplication.translate(
                    "Workers", "The model could not be loaded: {error}"
                ).format(error=repr(exc))
            )
            return
        log.info("loaded %s", self._engine.label)
        engine = self._engine
        if engine.route == "local":
            from app.server.gateway import ServedModel

            self._served = ServedModel(engine.model, getattr(engine, "n_ctx", 0), int(time.time()))
        self.loaded.emit(self._engine.label, getattr(engine, "n_ctx", 0))

    @Slot()
    def unload(self) -> None:
        self._close_engine()

    @Slot(int, object, str, object, str, object, object, str)
    def answer(
        self,
        conversation_id: int,
        params: GenerationParams,
        system_prompt: str,
        stop: threading.Event,
        route: str,
        reply_to: int | None = None,
        continue_message_id: int | None = None,
        embedding_model: str = "",
    ) -> None:
        """Answer with the loaded engine, but only if it serves ``route``: a hosted engine left
        over from an earlier route must never answer a local chat. ``reply_to`` and
        ``continue_message_id`` go to :func:`~app.core.chat.run_turn` (regenerate, edit,
        continue); ``embedding_model`` is the documents' embedding model chosen when the answer
        was asked for. Always ends with ``answerFinished``, so the window never stays busy."""
        self.buffer.drain()
        self._stop = stop
        if self.closing.is_set():
            result = TurnResult(-1, "", "error", None, "Hearth is closing; nothing was sent.")
        elif self._engine is None or self._engine.route != route:
            where = "a local model" if route == "local" else "the hosted service"
            error = f"Nothing was sent: {where} is not ready. Pick a model or check Settings."
            result = TurnResult(-1, "", "error", None, error)
        else:
            self._follow(conversation_id)
            try:
                result = run_turn(
                    self._store,
                    self._engine,
                    conversation_id,
                    params,
                    stop,
                    system_prompt=system_prompt,
                    on_text=self._on_text,
                    on_notice=lambda text: self.notice.emit(i18n.shown(text)),
                    on_prefill=lambda p: self.promptRead.emit(conversation_id, p),
                    on_started=lambda mid: self.answerStarted.emit(conversation_id, mid),
                    reply_to=reply_to,
                    continue_message_id=continue_message_id,
                    **_documents_for(conversation_id, self._engine, embedding_model),
                )
            except Exception as exc:  # the store failed around the turn; say so, stay usable
                log.exception("answer for conversation %d failed", conversation_id)
                result = TurnResult(-1, "", "error", None, _failure_message(exc))
        self.answerFinished.emit(conversation_id, result)

    @Slot(int, str, str, object)
    def title(
        self, conversation_id: int, system_prompt: str, expected: str, stop: threading.Event
    ) -> None:
        """Ask the local model for the conversation's title (see :mod:`app.core.titles`) and
        store it if the title is still ``expected``. Never through a hosted engine; a failure
        keeps the first-message title. Ends with ``titleProposed`` unless skipped."""
        from app.core.titles import propose_title

        engine = self._engine
        if self.closing.is_set() or stop.is_set() or engine is None or engine.route != "local":
            return
        self._stop = stop
        self._follow(conversation_id)
        try:
            title = propose_title(self._store, engine, conversation_id, system_prompt, stop)
            applied = bool(title) and self._store.retitle_conversation(
                conversation_id, expected, title or ""
            )
        except Exception as exc:  # a title is a nicety: the chat goes on without it
            log.warning("no title for conversation %d: %r", conversation_id, exc)
            return
        finally:
            self._stop = None
        self.titleProposed.emit(conversation_id, title or "", applied)

    def _follow(self, conversation_id: int) -> None:
        """Tell a local engine which conversation it serves (it keeps that one's KV state)."""
        engine = self._engine
        if engine is not None and hasattr(engine, "conversation_key"):
            engine.conversation_key = f"conv-{conversation_id}"

    @property
    def served_model(self) -> ServedModel | None:
        """The local model the server may answer with; read from any thread."""
        return self._served

    @Slot(object)
    def run_server_job(self, job: GenerationJob) -> None:
        """Answer one local-server request with the loaded local model, in queue order with the
        window's chats (a hosted engine never answers the server: ``job.run(None)`` says so)."""
        engine = (
            self._engine if self._engine is not None and self._engine.route == "local" else None
        )
        self.serving.emit(True)
        try:
            job.run(engine)
        finally:
            self.serving.emit(False)

    def _on_text(self, text: str) -> None:
        if self.buffer.append(text):
            self.textAvailable.emit()

    def abandon(self) -> None:
        """From any thread: skip queued work and stop the running answer (Hearth is closing)."""
        self.closing.set()
        stop = self._stop
        if stop is not None:
            stop.set()

    @Slot()
    def shutdown(self) -> None:
        """Close the engine on its own thread, then end the thread's event loop (never the
        GUI thread's: a late call there must not quit the application)."""
        self._close_engine()
        thread = QThread.currentThread()
        if not _is_gui_thread(thread):
            thread.quit()

    def request_shutdown(self) -> None:
        """From any thread: stop what runs and queue :meth:`shutdown` on the worker's thread,
        if that thread still runs."""
        self.abandon()
        thread = self.thread()
        if thread is not None and thread.isRunning() and not _is_gui_thread(thread):
            QMetaObject.invokeMethod(self, "shutdown", Qt.ConnectionType.QueuedConnection)

    def _close_engine(self) -> None:
        self._served = None
        from app.core.documents.context import release_searcher

        release_searcher()  # the embedder and vectors kept for this thread's answers
        if self._engine is not None:
            engine, self._engine = self._engine, None
            try:
                engine.close()
            except Exception:  # closing must never stop the shutdown
                log.exception("closing %s failed", engine.label)


def _documents_for(conversation_id: int, engine: Engine, embedding_model: str) -> dict[str, Any]:
    """``run_turn``'s document arguments for a conversation with collections attached: the
    passages that match the question go into the prompt and the answer's sources are recorded.
    Nothing (not even a database file) for a conversation without documents, and nothing for
    a hosted engine unless the user said yes for this conversation (the window asks first).
    With an installed ``embedding_model``, retrieval is hybrid (BM25 and vectors)."""
    from app.core import paths

    if not paths.documents_database_path().exists():
        return {}
    from app.core.documents.context import DocumentsContext, budget_for
    from app.core.documents.index import DocumentIndex

    sent_to: str | None = None
    index = DocumentIndex()
    try:
        if not index.attached(conversation_id):
            return {}
        if engine.route == "hosted":
            consent = index.hosted_consent(conversation_id)
            if consent is None or not consent[1]:
                return {}
            sent_to = consent[0]
    finally:
        index.close()

    def record(message_id: int, passages: Any) -> None:
        index = DocumentIndex()
        try:
            index.record_sources(message_id, passages, sent_to)
        finally:
            index.close()

    budget = budget_for(getattr(engine, "n_ctx", 0) or 4096)
    context = DocumentsContext(conversation_id, budget, embedding_model=embedding_model)
    return {"context_provider": context, "on_sources": record}


def _is_gui_thread(thread: QThread) -> bool:
    app = QCoreApplication.instance()
    return app is None or thread == app.thread()


def _failure_message(exc: Exception) -> str:
    if isinstance(exc, StoreError):
        return i18n.error_text(exc)  # for the user ("Hearth could not save: the disk is full…")
    return QCoreApplication.translate("Workers", "The answer failed: {error}").format(
        error=i18n.error_text(exc)
    )
