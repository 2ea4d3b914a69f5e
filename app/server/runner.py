"""Running the API with uvicorn: in the foreground (``hearth serve``) or on a thread (the window).

The listening socket is bound first, by :func:`bind`, so a port in use is a plain
:class:`ServerError` before any model is loaded, never uvicorn's ``sys.exit``.
"""

from __future__ import annotations

import errno
import ipaddress
import os
import socket
import threading

import uvicorn
from starlette.types import ASGIApp

from app.core.network_ledger import refused_by_lock
from app.core.text import QT_TRANSLATE_NOOP, Text

GRACEFUL_SHUTDOWN_S = 3  # then running requests are cancelled (their generation stops)
LOCAL_LOCKED = Text(
    QT_TRANSLATE_NOOP(
        "Core",
        "the offline lock is on, and it refuses servers on this computer too. To serve other "
        "programs on this computer while offline, turn on 'Allow the local server (this "
        "computer only) while offline' in Settings › Privacy.",
    )
)


class ServerError(Exception):
    """The server could not start; the message (a core :class:`~app.core.text.Text`, shown
    translated in the window) says why and what to do."""


def is_loopback(host: str) -> bool:
    """True when only programs on this machine can reach ``host``."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port``; :class:`ServerError` when that is impossible."""
    if not 0 <= port <= 65535:
        raise ServerError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Core", "{port} is not a port number; use one from 1024 to 65535."
                ),
                port=str(port),
            )
        )
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise ServerError(
            Text(
                QT_TRANSLATE_NOOP("Core", "{host} is not an address of this machine ({error})."),
                host=host,
                error=str(exc.strerror),
            )
        ) from exc
    family, kind, proto, _name, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        if os.name != "nt":  # on Windows it would let two servers share the port
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        if refused_by_lock(exc):
            raise ServerError(LOCAL_LOCKED) from exc
        if exc.errno in (errno.EADDRINUSE, 10048):  # 10048: Windows' WSAEADDRINUSE
            template = QT_TRANSLATE_NOOP(
                "Core", "Cannot listen on {host}:{port}: {error}. Pick another port."
            )
        else:
            template = QT_TRANSLATE_NOOP("Core", "Cannot listen on {host}:{port}: {error}.")
        raise ServerError(
            Text(template, host=host, port=str(port), error=str(exc.strerror))
        ) from exc
    sock.set_inheritable(True)
    return sock


def _server(app: ASGIApp) -> uvicorn.Server:
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,  # Hearth keeps its own request log, without prompt text
        lifespan="off",
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_S,
    )
    return uvicorn.Server(config)


def serve_forever(app: ASGIApp, sock: socket.socket) -> None:
    """Serve on the main thread until Ctrl+C (which then raises ``KeyboardInterrupt``)."""
    _server(app).run(sockets=[sock])


class BackgroundServer:
    """Serves ``app`` on the thread ``hearth-server`` (uvicorn's own event loop) until
    :meth:`stop`; for the window, which keeps its GUI thread free."""

    def __init__(self, app: ASGIApp, sock: socket.socket) -> None:
        self._sock = sock
        self._server = _server(app)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="hearth-server"
        )
        self._thread.start()

    @property
    def address(self) -> tuple[str, int]:
        host, port = self._sock.getsockname()[:2]
        return str(host), int(port)

    def stop(self, timeout_s: float = 30.0) -> bool:
        """Stop accepting, let running requests end (cancelled after a few seconds), close the
        socket. True when the thread has ended."""
        self._server.should_exit = True
        self._thread.join(timeout_s)
        self._sock.close()
        return not self._thread.is_alive()
