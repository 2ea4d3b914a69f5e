"""Network helpers shared by the download jobs and the hosted route."""

from __future__ import annotations

import contextlib
import socket


def shutdown_socket(response: object) -> None:
    """Shut down the socket under an HTTP response (httpx2), if it has one.

    A read blocked on that socket in another thread returns at once, which is how Stop, Pause
    and the overall time caps end a transfer from a silent server. Safe to call from any thread,
    on a response that is already closed, or with ``None``.
    """
    extensions = getattr(response, "extensions", None) or {}
    network = extensions.get("network_stream")
    sock = network.get_extra_info("socket") if network is not None else None
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
