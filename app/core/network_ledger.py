"""The network ledger and the offline lock: every connection Hearth makes, and the switch that
stops them all.

One Python audit hook (:func:`install`, once per process, before anything else runs) sees each
``socket.getaddrinfo`` (a name lookup), ``socket.connect``, ``socket.sendto`` and ``socket.bind``
(a listening server) the process makes, whichever library makes it: Hearth's own downloads,
huggingface_hub, the openai and anthropic SDKs, urllib. Each is recorded as a
:class:`NetworkEvent` with the time, host, port, the *purpose* the feature declared around its
network use (:func:`network_purpose`; "unattributed" when none did), and whether it was allowed.
Events to this computer (loopback) are recorded and marked local. The record is kept for
:data:`RETENTION_DAYS` days in ``paths.network_ledger_path()`` (JSON lines, 0600), which child
processes Hearth starts append to as well: they run ``app.__main__.main``, which installs the
same hook.

The offline lock (:func:`set_offline_lock`, or ``HEARTH_OFFLINE=1``) makes that hook refuse every
lookup and connection that would leave this computer, before a packet is sent, with
:class:`OfflineLockError`; the refusal is recorded. Loopback (this computer: Hearth's local server
listening, a server at 127.0.0.1) stays allowed only while the user allows it
(:func:`set_local_allowed`, Settings › Privacy); when not, its connections, datagrams and
listening sockets are refused and recorded the same way (name lookups of ``localhost`` stay
allowed: they never leave the computer either, and so does a pair of sockets Hearth connects
to each other, declared with the purpose :data:`INTERNAL`).

Bytes sent and received, where known: when a TCP connection the hook saw is closed (by any
library: :func:`install` wraps ``socket.socket``'s one closing method, which TLS sockets end in
too), the kernel's own counts for that socket (Linux ``TCP_INFO``: payload bytes sent, once
each, and received, TLS and HTTP headers included) are added to its
event, in memory and as a ``traffic`` line in the file that :func:`read_events` folds into the
connection's line. Elsewhere, for datagrams, and for a socket dropped without being closed, the
counts stay unknown (None).

What the hook cannot see: sockets opened by native code without going through Python's
``socket`` module (llama.cpp and huggingface_hub's optional Xet backend can; Hearth uses neither
for network).
"""

from __future__ import annotations

import atexit
import contextlib
import csv
import dataclasses
import ipaddress
import json
import os
import socket
import struct
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeGuard

from app.core import paths
from app.core.settings import atomic_write_text, stored_settings
from app.core.text import QT_TRANSLATE_NOOP, Text
from app.core.units import human_bytes

DOWNLOAD = "download"
HOSTED_CHAT = "hosted chat"
CONNECTION_CHECK = "connection check"
LOCAL_SERVER = "local server"
# a pair of connected sockets inside Hearth (a wakeup pipe); on Windows socket.socketpair() makes
# it over loopback, which stays allowed whatever the lock says: nothing is served or reached
INTERNAL = "internal"
UNATTRIBUTED = "unattributed"

OFFLINE_ENV = "HEARTH_OFFLINE"
RETENTION_DAYS = 30
LOCK_MESSAGE = Text(QT_TRANSLATE_NOOP("Core", "Offline lock is on"))
LOCK_HINT = Text(QT_TRANSLATE_NOOP("Core", "Turn it off in Settings › Privacy."))
# The lock's refusal as a tooltip or a message says it: both sentences.
LOCK_REFUSAL = Text(
    QT_TRANSLATE_NOOP("Core", "Offline lock is on. Turn it off in Settings › Privacy.")
)

EventKind = Literal["lookup", "connect", "send", "listen"]
_KINDS: dict[str, EventKind] = {
    "socket.getaddrinfo": "lookup",
    "socket.connect": "connect",
    "socket.sendto": "send",
    "socket.bind": "listen",
}
_SESSION_CAP = 10_000  # events kept in memory for this process's summary and panel
_TRUE = frozenset({"1", "true", "yes", "on"})

_purpose: ContextVar[str] = ContextVar("hearth_network_purpose", default=UNATTRIBUTED)


class OfflineLockError(ConnectionRefusedError):
    """The offline lock refused a connection; ``str(error)`` is "Offline lock is on"."""

    def __init__(self, host: str) -> None:
        super().__init__(LOCK_MESSAGE)
        self.host = host

    def __str__(self) -> str:
        return LOCK_MESSAGE


@dataclass(frozen=True)
class NetworkEvent:
    """One lookup, connection, datagram or listening socket, as the audit hook saw it."""

    time: float  # seconds since the epoch
    kind: EventKind
    host: str
    port: int | None
    purpose: str
    allowed: bool
    local: bool  # loopback: it never left this computer
    pid: int
    serial: int = 0  # this event's number in its process: (pid, serial) names the connection
    sent: int | None = None  # bytes, once the connection closed; None: not known
    received: int | None = None

    @property
    def where(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port is None else f"{host}:{self.port}"

    def to_dict(self) -> dict[str, object]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class SessionSummary:
    """What this process did on the network, in the counts the window's indicator shows."""

    connections: int = 0  # allowed, leaving this computer: connections, datagrams, listeners
    lookups: int = 0  # allowed name lookups that may have left this computer
    refused: int = 0  # refused by the offline lock
    local: int = 0  # on this computer only

    @property
    def text(self) -> str:
        """ "No network use this session", or "3 connections · 1 refused"."""
        parts = []
        if self.connections:
            parts.append(_count(self.connections, "connection"))
        elif self.lookups:
            parts.append(_count(self.lookups, "name lookup"))
        if self.refused:
            parts.append(f"{self.refused} refused")
        return " · ".join(parts) or "No network use this session"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


@contextlib.contextmanager
def network_purpose(purpose: str) -> Iterator[None]:
    """Record the network use inside the block (on this thread) as ``purpose``.

    A context variable: a thread started inside the block does not inherit it unless it runs in
    ``contextvars.copy_context()``.
    """
    token = _purpose.set(purpose)
    try:
        yield
    finally:
        _purpose.reset(token)


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` (a name or an address) is this computer."""
    host = host.lower().strip("[]")
    if host in ("localhost", "localhost.localdomain") or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


def offline_lock_forced() -> bool:
    """Whether ``HEARTH_OFFLINE`` turns the offline lock on, whatever the setting says."""
    return os.environ.get(OFFLINE_ENV, "").strip().lower() in _TRUE


def refused_by_lock(exc: BaseException) -> bool:
    """Whether ``exc``, or an error it was raised from, is the offline lock's refusal."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, OfflineLockError):
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False


@dataclass(frozen=True)
class _Open:
    """A TCP connection the hook allowed, open still: its event and the file it went to."""

    serial: int
    port: int | None
    family: int
    ledger: Path


class NetworkLedger:
    """The audit hook and what it recorded. One per process: :data:`LEDGER`.

    The hook runs on whichever thread opens a socket. It records under a lock, appends to the
    ledger file, then calls the listeners (:meth:`add_listener`) on that same thread; a listener
    that fails or a file that cannot be written never breaks the connection being made. When a
    connection closes, its byte counts are recorded the same way, on the closing thread, and the
    listeners hear the event again with them.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._switch = False
        self._local_allowed = True
        self._session: list[NetworkEvent] = []
        self._listeners: list[Callable[[NetworkEvent], None]] = []
        self._pruned: set[Path] = set()
        self._serial = 0
        # file descriptor -> each open TCP connection the hook allowed
        self._open: dict[int, _Open] = {}
        self.installed = False

    # the switch -------------------------------------------------------------------------

    @property
    def offline_lock(self) -> bool:
        """Whether the offline lock is on now (the setting, or ``HEARTH_OFFLINE``)."""
        return self._switch or offline_lock_forced()

    def set_offline_lock(self, on: bool) -> None:
        """Turn the setting's lock on or off; ``HEARTH_OFFLINE`` keeps it on regardless."""
        self._switch = on

    @property
    def local_allowed(self) -> bool:
        """Whether loopback (this computer) stays allowed while the offline lock is on."""
        return self._local_allowed

    def set_local_allowed(self, on: bool) -> None:
        self._local_allowed = on

    # the session ------------------------------------------------------------------------

    def session_events(self) -> list[NetworkEvent]:
        """What this process recorded since it started (or since :meth:`new_session`)."""
        with self._lock:
            return list(self._session)

    def summary(self) -> SessionSummary:
        events = self.session_events()
        return SessionSummary(
            connections=sum(1 for e in events if e.allowed and not e.local and e.kind != "lookup"),
            lookups=sum(1 for e in events if e.allowed and not e.local and e.kind == "lookup"),
            refused=sum(1 for e in events if not e.allowed),
            local=sum(1 for e in events if e.local),
        )

    def new_session(self) -> None:
        """Start counting afresh (a new window; each test). The ledger file is kept."""
        with self._lock:
            self._session.clear()

    def add_listener(self, listener: Callable[[NetworkEvent], None]) -> None:
        """Call ``listener(event)`` after each event, on the thread that made it."""
        with self._lock:
            self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[NetworkEvent], None]) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    # the hook ---------------------------------------------------------------------------

    def __call__(self, event: str, args: tuple[object, ...]) -> None:
        kind = _KINDS.get(event)
        if kind is None:
            return
        target = _target(kind, args)
        if target is None:  # a Unix socket or a pipe: not the network
            return
        host, port = target
        local = host == "" or is_loopback_host(host)
        allowed = not self.offline_lock or (
            local and (self._local_allowed or kind == "lookup" or _purpose.get() == INTERNAL)
        )
        with self._lock:
            self._serial += 1
            serial = self._serial
            if allowed and kind == "connect" and _is_tcp(args[0]):
                with contextlib.suppress(OSError, ValueError, AttributeError):
                    self._open[args[0].fileno()] = _Open(
                        serial, port, args[0].family, paths.network_ledger_path()
                    )
        self._record(
            NetworkEvent(
                time.time(),
                kind,
                host or "localhost",
                port,
                _purpose.get(),
                allowed,
                local,
                os.getpid(),
                serial,
            )
        )
        if not allowed:
            raise OfflineLockError(host)

    def closing(self, sock: socket.socket) -> None:
        """``sock`` is about to close: record the bytes of the connection it carries, if the
        hook saw that connection. Never raises."""
        try:
            fd = sock.fileno()
        except (OSError, ValueError):
            return
        with self._lock:
            opened = self._open.pop(fd, None)
        if opened is not None:
            self._count(sock, opened)

    def count_open(self) -> None:
        """Record the bytes so far of each connection still open (one a library keeps alive for
        later): the panel calls this before it reads the ledger, and it runs at exit, when the
        counts are final. Never raises."""
        with self._lock:
            opened = list(self._open.items())
        for fd, connection in opened:
            try:
                copy = socket.fromfd(fd, connection.family, socket.SOCK_STREAM)  # a duplicate
            except OSError:
                continue
            try:
                self._count(copy, connection)
            finally:
                copy.close()

    def _count(self, sock: socket.socket, connection: _Open) -> None:
        serial = connection.serial
        with contextlib.suppress(OSError):  # a socket with this number that is another one
            peer = sock.getpeername()
            if isinstance(peer, tuple) and peer[1] != connection.port:
                return
        counts = _tcp_bytes(sock)
        if counts is None:
            return
        sent, received = counts
        with self._lock:
            event = None
            for index in range(len(self._session) - 1, -1, -1):
                if self._session[index].serial == serial:
                    event = self._session[index]
                    if (event.sent, event.received) == counts:
                        return  # nothing new since the last count
                    event = dataclasses.replace(event, sent=sent, received=received)
                    self._session[index] = event
                    break
            listeners = list(self._listeners)
            traffic = {"traffic": serial, "pid": os.getpid(), "sent": sent, "received": received}
            with contextlib.suppress(OSError, ValueError):
                self._append_line(traffic, connection.ledger)  # next to its connection
        if event is not None:
            self._tell(listeners, event)

    def _record(self, event: NetworkEvent) -> None:
        with self._lock:
            self._session.append(event)
            del self._session[:-_SESSION_CAP]
            listeners = list(self._listeners)
            with contextlib.suppress(OSError, ValueError):
                self._append_line(event.to_dict())
        self._tell(listeners, event)

    @staticmethod
    def _tell(listeners: list[Callable[[NetworkEvent], None]], event: NetworkEvent) -> None:
        for listener in listeners:
            with contextlib.suppress(Exception):  # an observer must never break a connection
                listener(event)

    def _append_line(self, record: Mapping[str, object], path: Path | None = None) -> None:
        path = path or paths.network_ledger_path()
        if path not in self._pruned:
            self._pruned.add(path)
            prune(path)
        line = json.dumps(record, separators=(",", ":")) + "\n"
        # one write of one line with O_APPEND: lines from child processes never interleave
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, paths.PRIVATE_FILE_MODE)
        try:
            os.write(fd, line.encode("utf-8"))
        finally:
            os.close(fd)


def _target(kind: EventKind, args: tuple[object, ...]) -> tuple[str, int | None] | None:
    """The host and port an audited socket call is about; None for a non-network socket."""
    if kind == "lookup":
        host, port = args[0], args[1]
        if isinstance(host, bytes):
            host = host.decode("ascii", "replace")
        return ("" if host is None else str(host)), _port(port)
    address = args[1]
    if not isinstance(address, tuple) or len(address) < 2:
        return None  # AF_UNIX path, or an abstract socket
    host = address[0]
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if kind == "listen" and host in ("", "0.0.0.0", "::"):
        return ("0.0.0.0" if host == "" else str(host)), _port(address[1])
    return str(host), _port(address[1])


def _is_tcp(sock: object) -> TypeGuard[socket.socket]:
    return (
        isinstance(sock, socket.socket)
        and sock.family in (socket.AF_INET, socket.AF_INET6)
        and sock.type == socket.SOCK_STREAM
    )


# Linux's struct tcp_info: u64 tcpi_bytes_acked and tcpi_bytes_received at offset 120, and
# (Linux 4.19 on) u64 tcpi_bytes_sent and tcpi_bytes_retrans at offset 200
_TCP_INFO = getattr(socket, "TCP_INFO", None) if sys.platform.startswith("linux") else None
_PAIR = struct.Struct("=QQ")
_ACKED_RECEIVED_AT = 120
_SENT_RETRANS_AT = 200


def _tcp_bytes(sock: socket.socket) -> tuple[int, int] | None:
    """Bytes sent (once each, retransmissions left out; on older kernels, those the peer
    acknowledged) and received on ``sock``, from the kernel; None where it does not say."""
    if _TCP_INFO is None:
        return None
    try:
        info = sock.getsockopt(socket.IPPROTO_TCP, _TCP_INFO, 256)
    except OSError:
        return None
    if len(info) < _ACKED_RECEIVED_AT + _PAIR.size:
        return None
    sent, received = _PAIR.unpack_from(info, _ACKED_RECEIVED_AT)
    if len(info) >= _SENT_RETRANS_AT + _PAIR.size:
        transmitted, retransmitted = _PAIR.unpack_from(info, _SENT_RETRANS_AT)
        sent = transmitted - retransmitted
    return int(sent), int(received)


def _port(value: object) -> int | None:
    if isinstance(value, int):
        return value
    if isinstance(value, (str, bytes)) and value.isdigit():
        return int(value)
    return None


LEDGER = NetworkLedger()


def install() -> NetworkLedger:
    """Install the ledger's audit hook in this process, and its count of each connection's bytes
    at close (once; later calls do nothing)."""
    if not LEDGER.installed:
        sys.addaudithook(LEDGER)
        _count_bytes_at_close()
        atexit.register(LEDGER.count_open)
        LEDGER.installed = True
    return LEDGER


def _count_bytes_at_close() -> None:
    """Wrap ``socket.socket._real_close``, where every close of a Python socket ends (``close``,
    ``with``, and ``ssl.SSLSocket``'s own), so the ledger reads the counts before the file
    descriptor goes."""
    real_close = socket.socket._real_close  # type: ignore[attr-defined]

    def _real_close(sock: socket.socket, *args: object) -> None:
        LEDGER.closing(sock)
        real_close(sock, *args)

    socket.socket._real_close = _real_close  # type: ignore[attr-defined]


def set_offline_lock(on: bool) -> None:
    """Turn the offline lock's setting on or off for this process (see :class:`NetworkLedger`)."""
    LEDGER.set_offline_lock(on)


def offline_lock_on() -> bool:
    return LEDGER.offline_lock


def set_local_allowed(on: bool) -> None:
    """Allow loopback while the offline lock is on, or not (see :class:`NetworkLedger`)."""
    LEDGER.set_local_allowed(on)


def apply_stored_settings() -> NetworkLedger:
    """Install the hook and apply the offline lock as saved in the settings file (what every
    Hearth process, a child or a terminal command, does first)."""
    privacy = stored_settings().privacy
    ledger = install()
    ledger.set_offline_lock(privacy.offline_lock)
    ledger.set_local_allowed(privacy.allow_local_server)
    return ledger


# reading the record -------------------------------------------------------------------------


def _parse(line: str) -> NetworkEvent | tuple[int, int, int, int] | None:
    """An event; a connection's byte counts as (pid, serial, sent, received); None if neither."""
    try:
        data = json.loads(line)
        if isinstance(data, dict) and "traffic" in data:
            traffic = (data["pid"], data["traffic"], data["sent"], data["received"])
            return traffic if all(isinstance(n, int) for n in traffic) else None
        event = NetworkEvent(**data)
    except (ValueError, TypeError, KeyError):
        return None
    if not isinstance(event.time, (int, float)) or event.kind not in _KINDS.values():
        return None
    return event


def _with_traffic(lines: Iterable[str]) -> list[NetworkEvent]:
    """The events of ``lines``, each with the byte counts recorded after it for its connection."""
    events: list[NetworkEvent] = []
    where: dict[tuple[int, int], int] = {}  # (pid, serial) -> index of its latest event
    for line in lines:
        parsed = _parse(line) if line.strip() else None
        if isinstance(parsed, NetworkEvent):
            where[(parsed.pid, parsed.serial)] = len(events)
            events.append(parsed)
        elif parsed is not None:
            pid, serial, sent, received = parsed
            index = where.get((pid, serial))
            if index is not None:
                events[index] = dataclasses.replace(events[index], sent=sent, received=received)
    return events


def read_events(since: float | None = None, path: Path | None = None) -> list[NetworkEvent]:
    """The recorded events of the last :data:`RETENTION_DAYS` days (or since ``since``), oldest
    first; lines that cannot be read are skipped."""
    path = path or paths.network_ledger_path()
    oldest = time.time() - RETENTION_DAYS * 86400
    if since is not None:
        oldest = max(oldest, since)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return []
    return [e for e in _with_traffic(text.splitlines()) if e.time >= oldest]


def prune(path: Path) -> None:
    """Drop events older than :data:`RETENTION_DAYS` days (and unreadable lines) from ``path``."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except FileNotFoundError:
        return
    kept = [e.to_dict() for e in read_events(path=path)]
    if len(kept) == len([line for line in lines if line.strip()]):
        return  # nothing old, unreadable, or byte counts to fold in
    text = "".join(json.dumps(e, separators=(",", ":")) + "\n" for e in kept)
    atomic_write_text(path, text)
    paths.make_private(path)


CSV_COLUMNS = (
    "time", "kind", "host", "port", "purpose", "allowed", "local", "pid", "sent", "received",
)  # fmt: skip


def traffic_text(event: NetworkEvent) -> str:
    """``"229 B sent, 98.4 MB received"``; ``""`` when the counts are not known."""
    if event.sent is None or event.received is None:
        return ""
    return f"{human_bytes(event.sent)} sent, {human_bytes(event.received)} received"


def local_time(seconds: float) -> str:
    """``2026-11-29 20:41:07``, in this computer's time zone."""
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(seconds))


def export_csv(events: Iterable[NetworkEvent], path: Path) -> int:
    """Write ``events`` to ``path`` as CSV (time in ISO 8601 with the UTC offset); the count."""
    count = 0
    with open(path, "w", encoding="utf-8", newline="", opener=paths.private_opener) as fh:
        writer = csv.writer(fh)
        writer.writerow(CSV_COLUMNS)
        for e in events:
            stamp = time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(e.time))
            writer.writerow(
                [
                    stamp,
                    e.kind,
                    e.host,
                    "" if e.port is None else e.port,
                    e.purpose,
                    "allowed" if e.allowed else "refused",
                    "yes" if e.local else "no",
                    e.pid,
                    "" if e.sent is None else e.sent,
                    "" if e.received is None else e.received,
                ]
            )
            count += 1
    return count
