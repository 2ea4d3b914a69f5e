"""The server's way into the one engine: jobs answered one at a time, in arrival order.

The HTTP side never touches an engine. It wraps each validated request in a
:class:`GenerationJob` and hands it to an :class:`EngineGateway`; whoever owns the engine calls
:meth:`GenerationJob.run` on the engine's own thread, one job after the other. A job reports back
through its ``emit`` callback (on the engine's thread): text :class:`~app.core.engines.base.Delta`
objects, then exactly one :class:`Finished` or :class:`Failed`.

Two gateways: :class:`LocalGateway` (``hearth serve``) loads a :class:`LocalEngine` on a thread
of its own and runs jobs from a FIFO queue; the window's gateway runs them on the chat session's
worker thread, so the window and the server share one loaded model and queue behind each other.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

from app.core.engines.base import (
    ChatMessage,
    Delta,
    Engine,
    EngineError,
    GenerationParams,
    ModelLoadError,
    Usage,
)
from app.core.engines.local import LoadOptions, LocalEngine
from app.core.text import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)

FinishReason = Literal["stop", "length"]


@dataclass(frozen=True)
class GenerationRequest:
    """One validated request: a chat (``messages``) or a raw ``prompt`` to continue."""

    params: GenerationParams
    messages: tuple[ChatMessage, ...] = ()
    prompt: str | None = None
    stop: tuple[str, ...] = ()  # stop sequences: the answer ends before the first one


@dataclass(frozen=True)
class Finished:
    """The job ended: what it cost and why it ended (``cancelled``: its client went away)."""

    usage: Usage
    finish_reason: FinishReason
    cancelled: bool = False


@dataclass(frozen=True)
class Failed:
    """The job could not be answered; ``message`` is for the client, ``status`` the HTTP code."""

    message: str
    status: int


JobEvent = Delta | Finished | Failed


@dataclass(frozen=True)
class ServedModel:
    """The model that answers: its id (the file name) and its context in tokens."""

    id: str
    context_length: int
    created: int  # Unix time it was loaded


@runtime_checkable
class CompletionEngine(Protocol):
    """An engine that can also continue raw text (the local engine)."""

    def complete(
        self, prompt: str, params: GenerationParams, stop: threading.Event
    ) -> Iterator[Delta]: ...


class StopMatcher:
    """Cuts streamed text at the first stop sequence, even one split across deltas.

    Text that might be the start of a stop sequence is held back until the next delta shows
    whether it is.
    """

    def __init__(self, stops: tuple[str, ...]) -> None:
        self._stops = tuple(s for s in stops if s)
        self._held = ""

    def feed(self, text: str) -> tuple[str, bool]:
        """The text that is safe to send now, and whether a stop sequence was reached."""
        buffer = self._held + text
        found = [i for i in (buffer.find(s) for s in self._stops) if i >= 0]
        if found:
            self._held = ""
            return buffer[: min(found)], True
        keep = 0
        for stop in self._stops:
            for k in range(min(len(stop) - 1, len(buffer)), keep, -1):
                if buffer.endswith(stop[:k]):
                    keep = k
                    break
        self._held = buffer[len(buffer) - keep :]
        return buffer[: len(buffer) - keep], False

    def flush(self) -> str:
        """The held-back text, once the answer has ended without a stop sequence."""
        held, self._held = self._held, ""
        return held


class GenerationJob:
    """One request on its way through the engine's thread.

    Made on the server's thread; :meth:`run` is called once, on the engine's thread; ``emit``
    is called on the engine's thread and must not block. :meth:`cancel` may be called from any
    thread (the client went away): a job not yet started is skipped, a running one ends within
    one token.
    """

    def __init__(self, request: GenerationRequest, emit: Callable[[JobEvent], None]) -> None:
        self.request = request
        self._emit = emit
        self._halt = threading.Event()  # the engine's stop flag: cancelled or a stop sequence
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()
        self._halt.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def run(self, engine: Engine | None) -> None:
        """Answer with ``engine`` (None: no model is loaded). Never raises."""
        try:
            self._run(engine)
        except EngineError as exc:
            self._emit(Failed(exc.user_message(), 400))
        except Exception:  # a bug must not end the engine's thread or leave the client waiting
            log.exception("a server request failed")
            self._emit(
                Failed(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core", "Hearth's server failed to answer; see Hearth's log."
                        )
                    ),
                    500,
                )
            )

    def _run(self, engine: Engine | None) -> None:
        if self.cancelled:
            self._emit(Finished(Usage(), "stop", cancelled=True))
            return
        if engine is None:
            self._emit(
                Failed(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core", "No model is loaded in Hearth. Pick a model, then try again."
                        )
                    ),
                    503,
                )
            )
            return
        if engine.route != "local":
            self._emit(
                Failed(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core",
                            "Hearth's server answers with local models only, and Hearth is using "
                            "the hosted route. Switch Hearth to a local model to serve requests.",
                        )
                    ),
                    503,
                )
            )
            return
        request = self.request
        if request.prompt is None:
            deltas = engine.stream(list(request.messages), request.params, self._halt)
        elif isinstance(engine, CompletionEngine):
            deltas = engine.complete(request.prompt, request.params, self._halt)
        else:
            self._emit(
                Failed(
                    Text(
                        QT_TRANSLATE_NOOP("Core", "This engine cannot continue raw text; use chat.")
                    ),
                    501,
                )
            )
            return
        matcher = StopMatcher(request.stop)
        usage = Usage()
        stopped = False
        for delta in deltas:
            usage = delta.usage or usage
            if delta.text and not stopped:
                text, stopped = matcher.feed(delta.text)
                if text:
                    self._emit(Delta(text=text))
                if stopped:
                    self._halt.set()
        tail = "" if stopped else matcher.flush()
        if tail:
            self._emit(Delta(text=tail))
        long = not stopped and usage.completion_tokens >= request.params.max_tokens
        self._emit(Finished(usage, "length" if long else "stop", cancelled=self.cancelled))


class EngineGateway(Protocol):
    """Where the server sends its jobs. Both methods are called on the server's thread.

    The window's gateway answers with the chat session's engine: ``served_model`` reads a
    :class:`ServedModel` the session keeps while a local model is ready (None otherwise), and
    ``submit`` hands the job to the chat worker through a queued signal, whose slot calls
    ``job.run(engine)`` on the worker's thread; queued calls arrive in order, so the window's
    chats and the server's jobs share one queue and one model.
    """

    def served_model(self) -> ServedModel | None:
        """The model answering now; None while none is loaded. Must not block."""
        ...

    def submit(self, job: GenerationJob) -> None:
        """Queue ``job``: its owner runs ``job.run(engine)`` on the engine's thread, one job at
        a time, in the order they were submitted. Must not block."""
        ...


class LocalGateway:
    """``hearth serve``'s gateway: one :class:`LocalEngine`, owned by the thread
    ``hearth-server-engine``, which loads it, runs the queued jobs in order and closes it."""

    def __init__(self, path: Path, options: LoadOptions | None = None) -> None:
        self._path = path
        self._options = options or LoadOptions()
        self._jobs: queue.SimpleQueue[GenerationJob | None] = queue.SimpleQueue()
        self._loaded = threading.Event()
        self._error: EngineError | None = None
        self._model: ServedModel | None = None
        self._closed = False
        self._thread = threading.Thread(target=self._main, name="hearth-server-engine")

    def start(self) -> ServedModel:
        """Load the model on the engine's thread; raise :class:`ModelLoadError` when it fails."""
        self._thread.start()
        self._loaded.wait()
        if self._model is None:
            self._thread.join()
            error = self._error or ModelLoadError(f"{self._path.name} could not be loaded.")
            raise (
                error
                if isinstance(error, ModelLoadError)
                else ModelLoadError(str(error), error.hint)
            )
        return self._model

    def served_model(self) -> ServedModel | None:
        return None if self._closed else self._model

    def submit(self, job: GenerationJob) -> None:
        if self._closed:
            job.run(None)
        else:
            self._jobs.put(job)

    def close(self) -> None:
        """Let the queued jobs finish, then close the model and end its thread."""
        if not self._closed and self._thread.is_alive():
            self._closed = True
            self._jobs.put(None)
            self._thread.join()
        self._closed = True

    def _main(self) -> None:
        try:
            engine = LocalEngine(self._path, self._options)
        except EngineError as exc:
            self._error = exc
            self._loaded.set()
            return
        try:
            self._model = ServedModel(engine.model, engine.n_ctx, int(time.time()))
            self._loaded.set()
            while (job := self._jobs.get()) is not None:
                job.run(engine)
        finally:
            engine.close()
