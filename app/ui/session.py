"""The chat session: everything between the window's widgets and the engine (gpt4all's ChatLLM).

:class:`ChatSession` owns the :class:`~app.ui.workers.ChatWorker` and its thread, decides which
engine runs (a local model or the hosted route, from the settings owner), runs the answer
lifecycle (start, stream, stop, finish) and shuts the worker down. Its one piece of engine state,
an :class:`EngineState`, is announced by ``stateChanged``; every widget renders from it.

Signals (GUI thread):
``stateChanged(object EngineState)``,
``answerStarted(int conversation_id, int message_id)``,
``promptRead(int conversation_id, object Prefill)`` while the local engine reads the prompt,
``textFlushed(int conversation_id, str text)`` at most once a frame while an answer streams,
``notice(str)`` for status lines that are not part of an answer,
``loadProgress(float fraction)`` while a local model loads (llama.cpp's own progress),
``answerFinished(int conversation_id, object TurnResult)`` once for every request,
``titleProposed(int conversation_id, str title, bool applied)`` when the local model proposed a
title after a chat's first answer (see :mod:`app.core.titles`).
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import logging
import threading
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from app.core import paths
from app.core.chat import DEFAULT_TITLE, TurnResult, title_from_first_message
from app.core.engines.base import Engine, GenerationParams, Prefill
from app.core.settings import GenerationSettings, LocalSettings, Route
from app.core.store import ConversationStore, StoreError
from app.ui.settings_owner import SettingsOwner
from app.ui.workers import ChatWorker, EngineFactory, retire_thread, run_job, start_thread

FLUSH_INTERVAL_MS = 16  # about one flush per frame
NEW_TITLE = DEFAULT_TITLE

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EngineState:
    """What answers chats right now.

    ``kind``: ``"none"`` (nothing loaded), ``"loading"`` (``label`` says what), ``"ready"``
    (``label`` names the engine; ``detail`` says more, such as "connected"), ``"failed"``
    (``message`` says why and what to do). ``route`` is the route the state is about.
    ``context_size``: the ready engine's context in tokens (0: it does not say). A ``label``
    may be a core ``Text`` (a local model's "… (local)"): show it with ``i18n.shown``.
    """

    kind: Literal["none", "loading", "ready", "failed"] = "none"
    route: Route | None = None
    label: str = ""
    message: str = ""
    detail: str = ""
    context_size: int = 0

    @property
    def usable(self) -> bool:
        """True when a message sent now will be answered (at once, or after the load)."""
        return self.kind in ("ready", "loading")


@dataclass(frozen=True)
class _LoadRequest:
    route: Route
    path: str = ""  # local: the model file
    importing: bool = False  # local: add the file to the imported models once it loaded


class ChatSession(QObject):
    """The engine's one owner on the GUI side. See the module docstring for its signals."""

    stateChanged = Signal(object)
    answerStarted = Signal(int, int)
    promptRead = Signal(int, object)
    textFlushed = Signal(int, str)
    notice = Signal(str)
    loadProgress = Signal(float)  # the local model's load, 0.0 to 1.0
    answerFinished = Signal(int, object)
    titleProposed = Signal(int, str, bool)

    _loadRequested = Signal(str, object)
    _answerRequested = Signal(int, object, str, object, str, object, object, str)
    _unloadRequested = Signal()
    _titleRequested = Signal(int, str, str, object)

    def __init__(
        self, store: ConversationStore, settings: SettingsOwner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self._state = EngineState()
        self._pending: deque[_LoadRequest] = deque()
        self._loaded: _LoadRequest | None = None  # what the worker's engine is
        self._loaded_options: tuple[int, int, int] | None = None
        self._stop: threading.Event | None = None
        self._title_stop: threading.Event | None = None  # a title being proposed
        self._streaming: int | None = None
        self._parts: list[str] = []
        self._closed = False

        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(FLUSH_INTERVAL_MS)
        self._flush_timer.timeout.connect(self.flush)

        self._worker = ChatWorker(store)
        self._loadRequested.connect(self._worker.load)
        self._answerRequested.connect(self._worker.answer)
        self._unloadRequested.connect(self._worker.unload)
        self._titleRequested.connect(self._worker.title)
        self._worker.loaded.connect(self._on_loaded)
        self._worker.loadProgress.connect(self.loadProgress)
        self._worker.loadFailed.connect(self._on_load_failed)
        self._worker.answerStarted.connect(self._on_answer_started)
        self._worker.promptRead.connect(self._on_prompt_read)
        self._worker.titleProposed.connect(self._on_title_proposed)
        self._worker.textAvailable.connect(self._on_text_available)
        self._worker.notice.connect(self._on_notice)
        self._worker.answerFinished.connect(self._on_answer_finished)
        self._thread = start_thread("hearth-chat-worker", self._worker)
        # If the session is destroyed without shutdown() (a window dropped unclosed, or whose
        # constructor raised), the worker is told to stop and its thread ends on its own.
        self.destroyed.connect(functools.partial(_abandon, self._worker))
        self._route_timer = QTimer(self)  # route and hosted often change together: apply once
        self._route_timer.setSingleShot(True)
        self._route_timer.setInterval(0)
        self._route_timer.timeout.connect(self.apply_route)
        settings.changed.connect(self._on_settings_changed)

    # state -----------------------------------------------------------------------------------

    @property
    def state(self) -> EngineState:
        return self._state

    def _set_state(self, state: EngineState) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)

    @property
    def busy(self) -> bool:
        """True while an answer is being written."""
        return self._streaming is not None

    @property
    def streaming_conversation(self) -> int | None:
        return self._streaming

    @property
    def streamed_text(self) -> str:
        """What has reached the window of the answer being written."""
        return "".join(self._parts)

    @property
    def worker(self) -> ChatWorker:
        return self._worker

    @property
    def thread_running(self) -> bool:
        return self._thread.isRunning()

    # engines ---------------------------------------------------------------------------------

    def _request_load(
        self, request: _LoadRequest, description: str, factory: EngineFactory
    ) -> None:
        if self.busy:
            self.stop()
            self.notice.emit(self.tr("Stopping the answer to switch models…"))
        self._pending.append(request)
        self._set_state(EngineState("loading", request.route, description))
        self._loadRequested.emit(description, factory)

    def load_local(self, path: str, importing: bool = False) -> None:
        """Load a local model on the worker thread (it checks the file there too).

        A running answer is stopped first; the model becomes the one Hearth starts with only
        once it has loaded, and an imported file joins the model list only then.
        """
        local = copy.deepcopy(self.settings.settings.local)
        self._request_load(
            _LoadRequest("local", path, importing),
            self.tr("Loading {file}…").format(file=Path(path).name),
            functools.partial(_local_engine, path, local, self._worker),
        )

    def unload(self) -> None:
        """Free the local model's memory. The hosted route has nothing here to unload."""
        if self.settings.settings.route == "hosted":
            self.notice.emit(
                self.tr("The hosted route keeps no model on this machine; nothing to unload.")
            )
            return
        if self.busy:
            self.stop()
        self._loaded = None
        self._unloadRequested.emit()
        self._set_state(EngineState("none", "local"))
        self.notice.emit(self.tr("Model unloaded. Pick a model to chat again."))

    def apply_route(self) -> None:
        """Use the engine the route asks for: the hosted engine anew (a key may have changed),
        or the local model Hearth used last."""
        settings = self.settings.settings
        if settings.route == "hosted":
            from app.core.engines.hosted import hosted_engine_from_settings
            from app.ui.hosted_route import hosted_destination

            self._request_load(
                _LoadRequest("hosted"),
                self.tr("Connecting to {destination}…").format(
                    destination=hosted_destination(settings)
                ),
                functools.partial(hosted_engine_from_settings, settings.hosted),
            )
        elif self._loaded is None or self._loaded.route != "local":
            # the hosted engine must not stay loaded, even when no local model can be loaded
            self._loaded = None
            self._unloadRequested.emit()
            self._set_state(EngineState("none", "local"))
            self.load_initial_model()

    def load_initial_model(self) -> None:
        """Load the model used last, else the starter model, else the first usable one."""
        from app.core.models import installed_models, starter_model_path

        wanted = self.settings.settings.local.model_path
        if wanted and not Path(wanted).is_file():
            self._set_state(
                EngineState(
                    "failed",
                    "local",
                    message=self.tr(
                        "The model you used last is no longer at {path}. "
                        "Pick another model, or open the file from its new place."
                    ).format(path=wanted),
                )
            )
            wanted = ""
        if not wanted:
            starter = starter_model_path()
            usable = [m for m in installed_models(self.settings.settings.imported_models)]
            usable = [m for m in usable if m.usable]
            wanted = str(starter) if starter else (str(usable[0].path) if usable else "")
        if wanted:
            self.load_local(wanted)

    def _on_loaded(self, label: str, context_size: int) -> None:
        if self._closed or not self._pending:
            return
        request = self._pending.popleft()
        self._loaded = request
        if request.route == "local":
            local = self.settings.settings.local
            self._loaded_options = (local.n_threads, local.context_cap, local.n_gpu_layers)
            changes: dict[str, object] = {"local": {"model_path": request.path}}
            imported = self.settings.settings.imported_models
            if (
                request.importing
                and request.path not in imported
                and Path(request.path).parent != paths.models_dir()
            ):
                changes["imported_models"] = [*imported, request.path]
            self.settings.change(**changes)
        if self._pending:
            return  # a later load is queued: the state stays "loading"
        if request.route == "hosted":
            self._set_state(EngineState("loading", "hosted", label, detail="checking"))
            self._check_hosted(label)
        else:
            self._set_state(EngineState("ready", "local", label, context_size=context_size))

    def _check_hosted(self, label: str) -> None:
        """Reach the hosted server once (list its models: no text is sent, nothing is billed),
        so the window never says "ready" while the server is down or the key is refused."""
        from app.core.engines.hosted import models_from_settings

        hosted = self.settings.settings.hosted

        def done(_models: object) -> None:
            if self._state == EngineState("loading", "hosted", label, detail="checking"):
                self._set_state(EngineState("ready", "hosted", label, detail="connected"))

        def failed(message: str) -> None:
            if self._state == EngineState("loading", "hosted", label, detail="checking"):
                self._set_state(EngineState("failed", "hosted", label, message=message))

        run_job(
            "hearth-hosted-check",
            functools.partial(models_from_settings, hosted),
            done,
            failed,
            receiver=self,
        )

    def _on_load_failed(self, message: str) -> None:
        if self._closed or not self._pending:
            return
        request = self._pending.popleft()
        self._loaded = None  # the worker closed its engine before trying
        if not self._pending:
            self._set_state(EngineState("failed", request.route, message=message))

    def _on_settings_changed(self, section: str) -> None:
        if self._closed:
            return
        settings = self.settings.settings
        if section in ("route", "hosted"):
            if section == "route" or settings.route == "hosted":
                self._route_timer.start()
        elif section == "local" and settings.route == "local" and self._loaded_options:
            local = settings.local
            options = (local.n_threads, local.context_cap, local.n_gpu_layers)
            loaded = self._loaded
            if options != self._loaded_options and loaded is not None and loaded.route == "local":
                self.load_local(loaded.path)  # threads and context apply on load

    # answers ---------------------------------------------------------------------------------

    def why_not_ready(self) -> str | None:
        """Why a message sent now could not be answered, in words; None when it can."""
        state, route = self._state, self.settings.settings.route
        if state.route == route and state.usable:
            return None
        if state.route == route and state.kind == "failed":
            if route == "hosted" and self._loaded is not None and self._loaded.route == "hosted":
                return None  # the check failed, but the engine is there: let the answer say why
            where = self.tr("Open Settings… to fix the hosted route.") if route == "hosted" else ""
            return f"{state.message} {where}".strip()
        if route == "hosted":
            return self.tr("The hosted route is not connected. Open Settings… to check it.")
        return self.tr("No model is loaded. Pick a model in the Model list first.")

    def create_conversation(self) -> int:
        return self.store.create_conversation(NEW_TITLE, self.settings.settings.route).id

    def send(self, conversation_id: int, text: str) -> None:
        """Store the user's message and start the answer; the store's errors propagate."""
        route = self.settings.settings.route
        conv = self.store.conversation(conversation_id)
        if conv is not None and conv.route != route:
            self.store.set_conversation_route(conversation_id, route)
        if conv is not None and conv.title == NEW_TITLE:
            self.store.rename_conversation(conversation_id, title_from_first_message(text))
        self.store.add_message(conversation_id, "user", text)
        self.answer(conversation_id)

    def answer(
        self,
        conversation_id: int,
        reply_to: int | None = None,
        continue_message_id: int | None = None,
    ) -> None:
        """Answer with the current engine: the last message of the branch shown, or the user
        message ``reply_to`` (a new sibling answer), or continue ``continue_message_id``. The
        conversation's own generation settings override the global ones."""
        settings = self.settings.settings
        generation = self.generation_for(conversation_id)
        if self._title_stop is not None:
            self._title_stop.set()  # a title being proposed never holds up an answer
            self._title_stop = None
        self._stop = threading.Event()
        self._streaming = conversation_id
        self._parts = []
        params = GenerationParams.from_settings(generation)
        self._answerRequested.emit(
            conversation_id,
            params,
            generation.system_prompt,
            self._stop,
            settings.route,
            reply_to,
            continue_message_id,
            settings.documents.embedding_model,
        )

    def generation_for(self, conversation_id: int) -> GenerationSettings:
        """The answer settings of ``conversation_id``: its own, else the global ones."""
        return self.store.conversation_settings(conversation_id).applied_to(
            self.settings.settings.generation
        )

    def regenerate(self, answer_id: int) -> None:
        """Answer again what ``answer_id`` answered (a failed or empty answer included); the
        old answer stays as a sibling. ``answer_id`` may also be the user message itself."""
        message = self.store.message(answer_id)
        if message is None:
            raise ValueError(f"there is no message {answer_id}")
        user_id = message.id if message.role == "user" else message.parent_id
        if user_id is None:
            raise ValueError(f"message {answer_id} answers nothing")
        self.answer(message.conversation_id, reply_to=user_id)

    def edit_and_send(self, user_message_id: int, text: str) -> int:
        """Fork ``user_message_id`` with ``text`` and answer the new message; its id. The old
        message and its answers stay as a branch."""
        message = self.store.message(user_message_id)
        if message is None:
            raise ValueError(f"there is no message {user_message_id}")
        new_id = self.store.fork_user_message(user_message_id, text)
        self.answer(message.conversation_id, reply_to=new_id)
        return new_id

    def continue_answer(self, answer_id: int) -> None:
        """Continue an answer that stopped (the length limit): new text joins the same message."""
        message = self.store.message(answer_id)
        if message is None:
            raise ValueError(f"there is no message {answer_id}")
        self.answer(message.conversation_id, continue_message_id=answer_id)

    def delete_message(self, message_id: int) -> None:
        """Delete a message and what followed it. Refused (ValueError) while an answer is
        being written in its conversation."""
        message = self.store.message(message_id)
        if message is None:
            return
        if message.conversation_id == self._streaming:
            raise ValueError(self.tr("Stop the answer that is being written first."))
        self.store.delete_message(message_id)

    def switch_branch(self, message_id: int) -> int:
        """Show the branch through ``message_id``; the new leaf. The engine's history follows it
        (``history_for`` reads the branch shown)."""
        message = self.store.message(message_id)
        if message is not None and message.conversation_id == self._streaming:
            raise ValueError(self.tr("Stop the answer that is being written first."))
        return self.store.switch_branch(message_id)

    def stop(self) -> None:
        if self._stop is not None:
            self._stop.set()

    def _on_answer_started(self, conversation_id: int, message_id: int) -> None:
        if not self._closed:
            self.answerStarted.emit(conversation_id, message_id)

    def _on_prompt_read(self, conversation_id: int, prefill: Prefill) -> None:
        if not self._closed and conversation_id == self._streaming:
            self.promptRead.emit(conversation_id, prefill)

    def _on_text_available(self) -> None:
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def flush(self) -> None:
        """Hand buffered text to the window: one piece per frame, however fast the model."""
        text = self._worker.buffer.drain()
        if text and self._streaming is not None:
            self._parts.append(text)
            self.textFlushed.emit(self._streaming, text)

    def _on_notice(self, text: str) -> None:
        if not self._closed:
            self.notice.emit(text)

    def _on_answer_finished(self, conversation_id: int, result: TurnResult) -> None:
        if self._closed:
            return  # the answer was saved by the worker
        self._flush_timer.stop()
        self.flush()
        self._streaming = None
        self._stop = None
        state = self._state
        if state.route == "hosted" and result.state == "complete" and state.kind != "ready":
            self._set_state(EngineState("ready", "hosted", state.label, detail="connected"))
        self._propose_title(conversation_id, result)
        self.answerFinished.emit(conversation_id, result)

    def _propose_title(self, conversation_id: int, result: TurnResult) -> None:
        """After a local chat's first answer, queue the model's title proposal on the worker
        (after the answer, so it never delays it; the next answer stops it)."""
        from app.core.titles import title_wanted

        if result.state != "complete" or self._state.route != "local":
            return
        try:
            expected = title_wanted(self.store, conversation_id)
        except StoreError:
            return  # the title from the first message stays
        if expected is None:
            return
        self._title_stop = threading.Event()
        system_prompt = self.generation_for(conversation_id).system_prompt
        self._titleRequested.emit(conversation_id, system_prompt, expected, self._title_stop)

    def _on_title_proposed(self, conversation_id: int, title: str, applied: bool) -> None:
        if not self._closed:
            self.titleProposed.emit(conversation_id, title, applied)

    # shutdown --------------------------------------------------------------------------------

    def shutdown(self, timeout_ms: int = 120_000) -> bool:
        """Stop any answer, close the engine on its thread and wait for the thread.

        True when the thread ended. Otherwise (llama.cpp inside a load that cannot be
        interrupted) the thread is left to end on its own and is never destroyed running; every
        answer was saved as it streamed, so nothing is lost.
        """
        if self._closed:
            return not self._thread.isRunning()
        self._closed = True
        self._flush_timer.stop()
        self._route_timer.stop()
        self._worker.request_shutdown()
        return retire_thread(self._thread, timeout_ms)


def _local_engine(path: str, local: LocalSettings, worker: ChatWorker) -> Engine:
    """Load a local model; runs on the worker thread, where llama.cpp and the engine's modules
    (jinja2, llama_cpp) are imported too, so the window never waits for them."""
    from app.core.engines.local import LoadOptions, LocalEngine

    options = dataclasses.replace(
        LoadOptions.from_settings(local, worker.closing),
        on_progress=worker.loadProgress.emit,  # on the worker thread, queued to the GUI
    )
    return LocalEngine(path, options)


def _abandon(worker: ChatWorker) -> None:
    """The session went away without shutdown(): stop the worker; its thread ends by itself.
    (At interpreter exit the worker may already be gone: then there is nothing to stop.)"""
    if shiboken6.isValid(worker):
        worker.request_shutdown()
