"""The local server inside the window: the API answered by the window's own engine.

:class:`LocalServerController` (GUI thread) starts the OpenAI-compatible server
(:mod:`app.server`) when Settings › Local server is on, restarts it when its settings or token
change and stops it on shutdown. Its gateway, :class:`WindowGateway`, hands every API request to
the chat session's :class:`~app.ui.workers.ChatWorker` through a queued signal, so the window's
chats and the server's requests share one queue and one loaded model: no second copy is ever
loaded. Signals: ``statusChanged(str)`` (a line for the status bar, "" while off),
``failed(str message)``, both in the window's language.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.core.network_ledger import network_purpose, offline_lock_forced
from app.server.api import ServerConfig, create_app
from app.server.gateway import GenerationJob, ServedModel
from app.server.requestlog import RequestLog, RequestRecord
from app.server.runner import BackgroundServer, ServerError, bind, is_loopback
from app.server.token import server_token
from app.ui import i18n
from app.ui.settings_owner import SettingsOwner
from app.ui.workers import ChatWorker, run_job

log = logging.getLogger(__name__)


class WindowGateway(QObject):
    """The server's gateway to the window's engine. ``served_model`` and ``submit`` are called
    on the server's thread; ``submit`` emits ``jobSubmitted``, connected (queued) to the chat
    worker, whose slot runs the job on the engine's thread in arrival order."""

    jobSubmitted = Signal(object)

    def __init__(self, worker: ChatWorker) -> None:
        super().__init__()
        self._worker = worker
        self.jobSubmitted.connect(worker.run_server_job)

    def served_model(self) -> ServedModel | None:
        return self._worker.served_model

    def submit(self, job: GenerationJob) -> None:
        self.jobSubmitted.emit(job)


class _LogRelay(QObject):
    changed = Signal()


class LocalServerController(QObject):
    """See the module docstring. Lives on the GUI thread."""

    statusChanged = Signal(str)
    failed = Signal(str)

    def __init__(
        self, settings: SettingsOwner, worker: ChatWorker, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._gateway = WindowGateway(worker)
        self.log = RequestLog()
        self._server: BackgroundServer | None = None
        self._address = ""
        self._closed = False
        self._generation = 0  # a start whose token arrives after a newer start/stop is dropped
        relay = _LogRelay(self)
        relay.changed.connect(self._show_status)

        def on_record(_record: RequestRecord | None) -> None:  # on the server's thread
            relay.changed.emit()

        self._listener = on_record
        self.log.add_listener(on_record)
        self._local_blocked = self._blocked_by_lock()
        settings.changed.connect(self._on_settings_changed)

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def address(self) -> str:
        """``http://host:port/v1`` while serving, else ""."""
        return self._address if self._server is not None else ""

    def apply(self) -> None:
        """Serve when the setting is on; the token is read from the keychain off this thread."""
        self.stop()
        if self._closed or not self._settings.settings.server.enabled:
            return
        self._generation += 1
        generation = self._generation
        run_job(
            "hearth-server-token",
            server_token,
            lambda token: self._start(generation, str(token)),
            self._fail,
            self,
        )

    def _start(self, generation: int, token: str) -> None:
        if generation != self._generation or self._closed:
            return
        config = self._settings.settings.server
        try:
            with network_purpose("local server"):
                sock = bind(config.host, config.port)
        except ServerError as exc:
            log.error("the local server could not start: %s", exc)
            self._report(i18n.error_text(exc))
            return
        app = create_app(
            self._gateway,
            ServerConfig(token, tuple(config.cors_origins), config.log_prompts),
            self.log,
        )
        self._server = BackgroundServer(app, sock)
        host, port = self._server.address
        shown = f"[{host}]" if ":" in host else host
        self._address = f"http://{shown}:{port}/v1"
        if not is_loopback(config.host):
            log.warning("the local server listens on %s: other machines may connect", host)
        self._show_status()

    def _fail(self, message: str) -> None:
        """The token could not be read (``message``: in the window's language)."""
        log.error("the local server could not start: %s", message)
        self._report(message)

    def _report(self, message: str) -> None:
        self.failed.emit(
            self.tr("The local server could not start: {message}").format(message=message)
        )
        self._show_status()

    def _show_status(self) -> None:
        if self._server is None:
            self.statusChanged.emit("")
            return
        if self.log.serving:
            status = self.tr("Local server on {address} · busy: serving a request")
        else:
            status = self.tr("Local server on {address}")
        self.statusChanged.emit(status.format(address=self._address))

    def _on_settings_changed(self, section: str) -> None:
        if section == "server":
            self.apply()
        elif section == "privacy" and self._local_blocked != self._blocked_by_lock():
            self._local_blocked = not self._local_blocked
            if self._settings.settings.server.enabled:
                self.apply()  # stopped with the reason, or started again

    def _blocked_by_lock(self) -> bool:
        """Whether the offline lock refuses the local server, as the settings say now."""
        privacy = self._settings.settings.privacy
        locked = privacy.offline_lock or offline_lock_forced()
        return locked and not privacy.allow_local_server

    def restart(self, _token: Any = None) -> None:
        """After the token was regenerated: clients must use the new one."""
        self.apply()

    def stop(self, timeout_s: float = 10.0) -> None:
        """Stop serving: running requests end (cancelled after a few seconds)."""
        self._generation += 1
        server, self._server = self._server, None
        if server is not None and not server.stop(timeout_s):
            log.error("the local server's thread did not end within %.0f s", timeout_s)
        self._show_status()

    def shutdown(self) -> None:
        self._closed = True
        self.stop()
        self.log.remove_listener(self._listener)
