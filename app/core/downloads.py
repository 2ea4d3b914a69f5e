"""Pinned, resumable, verified model downloads (no Qt).

huggingface_hub does what it is good at: the resolve URL for a repo, revision and file, the
endpoint (``HF_ENDPOINT``), the file's metadata (commit, linked ETag, size) and the Hub's error
codes (gated, missing revision or file). The transfer itself is Hearth's own, on ``httpx2`` (the
HTTP client huggingface_hub is built on), because it has to:

- write into ``paths.downloads_dir()`` and continue a partial file with a ``Range`` request, also
  after the app was quit or crashed (the partial's name carries the pinned SHA-256);
- report progress (bytes, speed, ETA) at a steady rate, and stop at any moment: ``cancel()``
  deletes the partial, ``pause()`` keeps it;
- notice stalls (no bytes for ``stall_timeout_s``) and retry connection errors, 429 and 5xx with
  capped exponential backoff that honours ``Retry-After``, ending with a clear error; a server
  that cannot be connected to at all (refused, unreachable, no answer) is tried only
  ``connect_retries`` more times, so the job ends in seconds and names the host;
- hash while downloading (a resumed partial is hashed first) and move the file into
  ``paths.models_dir()`` atomically only when the SHA-256 matches the pin; a mismatch deletes the
  partial and says so plainly;
- refuse to start without enough free disk space, and always verify TLS.
"""

from __future__ import annotations

import errno
import functools
import hashlib
import os
import queue
import re
import shutil
import socket
import ssl
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, NoReturn
from urllib.parse import urlsplit

import httpx2
from filelock import FileLock, Timeout
from huggingface_hub import constants, get_hf_file_metadata, hf_hub_url
from huggingface_hub.errors import (
    EntryNotFoundError,
    GatedRepoError,
    HfHubHTTPError,
    RepositoryNotFoundError,
    RevisionNotFoundError,
)
from huggingface_hub.utils import build_hf_headers, hf_raise_for_status

from app import __version__
from app.core import network_ledger, paths
from app.core.catalog import CatalogEntry
from app.core.net import shutdown_socket
from app.core.retry import retry_after_seconds
from app.core.secrets import get_secret
from app.core.text import QT_TRANSLATE_NOOP, Text
from app.core.units import human_bytes

Phase = Literal["connecting", "checking", "downloading", "retrying", "verifying", "done"]
ErrorKind = Literal[
    "gated",
    "not_found",
    "mismatch",
    "no_space",
    "network",
    "offline",
    "locked",
    "http",
    "busy",
    "disk",
    "cancelled",
    "internal",
]

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
TOKEN_SECRET = "huggingface_token"
_HASH_BLOCK = 4 * 1024 * 1024
_BATCH_CHUNKS = 16  # received chunks (about 64 KB each) handed to the pipeline at once
_PIPELINE_DEPTH = 16  # batches waiting per pipeline thread
_CONTENT_RANGE_RE = re.compile(r"^bytes (\d+)-(\d+)/(\d+|\*)$")
_OFFLINE_ERRNOS = frozenset({errno.ENETUNREACH, errno.ENETDOWN})
# Why a connection could not be made, in words (the errno stays in the log, not the message).
_CONNECT_FAILURES = {
    errno.ECONNREFUSED: Text(
        QT_TRANSLATE_NOOP("Core", "nothing accepts connections there (the connection was refused)")
    ),
    errno.EHOSTUNREACH: Text(
        QT_TRANSLATE_NOOP("Core", "that computer cannot be reached (no route to it)")
    ),
    errno.EHOSTDOWN: Text(
        QT_TRANSLATE_NOOP("Core", "that computer cannot be reached (it appears to be down)")
    ),
}


@dataclass(frozen=True)
class DownloadPolicy:
    """Timeouts, retry and reporting knobs; the defaults suit a real connection to the Hub."""

    max_retries: int = 8  # consecutive failed attempts (one that made progress resets the count)
    connect_retries: int = 2  # more tries when no connection can be made at all (refused, ...)
    backoff_initial_s: float = 1.0
    backoff_max_s: float = 60.0
    retry_after_max_s: float = 300.0  # a longer Retry-After is waited for only this long
    stall_timeout_s: float = 30.0  # no byte for this long: the attempt is dropped and retried
    connect_timeout_s: float = 20.0
    progress_interval_s: float = 0.25
    disk_margin_bytes: int = 512 * 1024**2


@dataclass(frozen=True)
class DownloadProgress:
    """One progress report; ``eta_s`` is None while the speed is unknown."""

    phase: Phase
    downloaded: int
    total: int
    speed_bps: float = 0.0
    eta_s: float | None = None
    message: str = ""

    @property
    def fraction(self) -> float:
        return self.downloaded / self.total if self.total else 0.0


class DownloadError(Exception):
    """A download that cannot go on; ``message`` and ``hint`` are meant for the user."""

    def __init__(self, message: str, hint: str = "", kind: ErrorKind = "http") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.kind: ErrorKind = kind

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class DownloadCancelled(DownloadError):
    """The user stopped the download; ``paused`` says whether the partial file was kept."""

    def __init__(self, paused: bool) -> None:
        message = (
            Text(QT_TRANSLATE_NOOP("Core", "Download paused; it will continue where it stopped."))
            if paused
            else Text(QT_TRANSLATE_NOOP("Core", "Download cancelled."))
        )
        super().__init__(message, kind="cancelled")
        self.paused = paused


_REPLACED_UPSTREAM = Text(
    QT_TRANSLATE_NOOP("Core", "The file was replaced upstream; nothing was downloaded.")
)
_OUT_OF_DATE = Text(
    QT_TRANSLATE_NOOP("Core", "The catalog entry is out of date; nothing was downloaded.")
)


def _server_answered(status: int) -> Text:
    return Text(QT_TRANSLATE_NOOP("Core", "the server answered {status}"), status=status)


class _Retry(Exception):
    """One attempt failed in a way that is worth another try; ``no_connection``: not even a
    connection could be made (those get only ``DownloadPolicy.connect_retries`` more tries)."""

    def __init__(
        self, reason: str, retry_after: float | None = None, no_connection: bool = False
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after
        self.no_connection = no_connection


def _means_offline(exc: BaseException) -> bool:
    """A name that cannot be looked up, or a network that cannot be reached at all."""
    return isinstance(exc, socket.gaierror) or (
        isinstance(exc, OSError) and exc.errno in _OFFLINE_ERRNOS
    )


def _connect_failure(exc: httpx2.TransportError) -> str | None:
    """Why no connection could be made, in words; None when the error came later (a dropped
    or stalled transfer) or has another cause."""
    if isinstance(exc, httpx2.ConnectTimeout):
        return Text(QT_TRANSLATE_NOOP("Core", "it did not answer"))
    if not isinstance(exc, httpx2.ConnectError):
        return None
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, OSError) and cause.errno in _CONNECT_FAILURES:
            return _CONNECT_FAILURES[cause.errno]
        cause = cause.__cause__ or cause.__context__
    return None


def partial_path(entry: CatalogEntry) -> Path:
    """The partial file of ``entry``; named by its pin, so a changed pin never resumes it."""
    return paths.downloads_dir() / f"{entry.filename}.{entry.sha256[:16]}.part"


def partial_bytes(entry: CatalogEntry) -> int:
    """How much of ``entry`` a paused or interrupted download already holds."""
    try:
        return partial_path(entry).stat().st_size
    except FileNotFoundError:
        return 0


def is_installed(entry: CatalogEntry) -> bool:
    path = entry.install_path()
    return path.is_file() and path.stat().st_size == entry.size


def remove_model(entry: CatalogEntry) -> list[Path]:
    """Delete the installed file and any partial download of ``entry``; the paths removed."""
    part = partial_path(entry)
    removed = []
    for path in (entry.install_path(), part):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        removed.append(path)
    part.with_name(part.name + ".lock").unlink(missing_ok=True)
    return removed


def file_sha256(
    path: Path,
    stop: threading.Event | None = None,
    on_bytes: Callable[[int], None] | None = None,
    hasher: hashlib._Hash | None = None,
    limit: int | None = None,
) -> str:
    """SHA-256 of ``path`` (its first ``limit`` bytes), feeding ``hasher`` if given.

    ``on_bytes`` gets the running byte count; a set ``stop`` raises :class:`DownloadCancelled`.
    """
    digest = hasher if hasher is not None else hashlib.sha256()
    done = 0
    with path.open("rb") as fh:
        while limit is None or done < limit:
            if stop is not None and stop.is_set():
                raise DownloadCancelled(paused=True)
            want = _HASH_BLOCK if limit is None else min(_HASH_BLOCK, limit - done)
            block = fh.read(want)
            if not block:
                break
            digest.update(block)
            done += len(block)
            if on_bytes is not None:
                on_bytes(done)
    return digest.hexdigest()


def resolve_endpoint(endpoint: str | None = None) -> str:
    """The Hub to use: the argument, else ``HF_ENDPOINT`` now, else huggingface_hub's default."""
    chosen = endpoint or os.environ.get("HF_ENDPOINT", "").strip() or constants.ENDPOINT
    return chosen.rstrip("/")


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """Certificate-verifying TLS settings, built once: loading the CA store takes tens of ms."""
    return httpx2.create_ssl_context(verify=True)


def _normalize_etag(etag: str | None) -> str | None:
    if not etag:
        return None
    return etag.removeprefix("W/").strip('"').lower()


class _Pipeline:
    """Appends received bytes to the partial file and hashes them, each on a thread of its own.

    File writes and SHA-256 release the GIL, so both overlap with receiving the next bytes; a
    sequential loop falls well behind curl. Chunks travel in small lists (no copying), one queue
    per thread keeps their order, and :meth:`close` returns once every byte is written and hashed.
    """

    def __init__(self, path: Path, hasher: hashlib._Hash) -> None:
        self._out = path.open("ab")
        self._error: OSError | None = None
        self._batch: list[bytes] = []
        self._queues: list[_Batches] = []
        self._threads: list[threading.Thread] = []
        for name, consume in (("write", self._out.write), ("hash", hasher.update)):
            pending: _Batches = queue.Queue(_PIPELINE_DEPTH)
            thread = threading.Thread(
                target=self._drain, args=(pending, consume), name=f"hearth-download-{name}"
            )
            thread.start()
            self._queues.append(pending)
            self._threads.append(thread)

    def _drain(self, pending: _Batches, consume: Callable[[bytes], object]) -> None:
        while (batch := pending.get()) is not None:
            if self._error is not None:
                continue  # keep draining so that the receiving thread never blocks
            try:
                for data in batch:
                    consume(data)
            except OSError as exc:
                self._error = exc

    def put(self, data: bytes) -> None:
        """Queue one chunk; raises the writer's error (a full disk, say) soon after it happens."""
        self._batch.append(data)
        if len(self._batch) >= _BATCH_CHUNKS:
            self._flush()
            if self._error is not None:
                raise self._error

    def _flush(self) -> None:
        if self._batch:
            for pending in self._queues:
                pending.put(self._batch)
            self._batch = []

    def close(self) -> None:
        """Write and hash what is queued, stop the threads; raises the writer's error if any."""
        self._flush()
        for pending in self._queues:
            pending.put(None)
        for thread in self._threads:
            thread.join()
        self._out.close()
        if self._error is not None:
            raise self._error


_Batches = queue.Queue[list[bytes] | None]  # None: no more data


class DownloadJob:
    """Download one catalog entry into the models folder, verified against its pin.

    :meth:`run` blocks on the caller's thread (a worker thread in the GUI) and returns the
    installed path or raises :class:`DownloadError`. :meth:`pause` and :meth:`cancel` may be
    called from any thread; ``on_progress`` is called on the thread that runs the job.
    """

    def __init__(
        self,
        entry: CatalogEntry,
        *,
        on_progress: Callable[[DownloadProgress], None] | None = None,
        policy: DownloadPolicy | None = None,
        endpoint: str | None = None,
        token: str | None = None,
    ) -> None:
        self.entry = entry
        self.policy = policy or DownloadPolicy()
        self.endpoint = resolve_endpoint(endpoint)
        self._token = token  # None: read from the keychain when the job runs, on its thread
        self._token_read = token is not None
        self._on_progress = on_progress
        self._stop = threading.Event()
        self._keep_partial = True
        self._response: httpx2.Response | None = None
        self._done = 0
        self._connected = False  # a server has answered this job: later failures are drops
        self._hasher = hashlib.sha256()
        self._last_emit = 0.0
        self._samples: deque[tuple[float, int]] = deque()

    @property
    def partial_path(self) -> Path:
        return partial_path(self.entry)

    @property
    def page_url(self) -> str:
        return f"{self.endpoint}/{self.entry.repo_id}"

    def pause(self) -> None:
        """Stop as soon as possible and keep the partial file for a later resume."""
        self._stop_transfer(keep_partial=True)

    def cancel(self) -> None:
        """Stop as soon as possible and delete the partial file."""
        self._stop_transfer(keep_partial=False)

    def _stop_transfer(self, keep_partial: bool) -> None:
        self._keep_partial = keep_partial
        self._stop.set()
        # Wakes a read that is blocked on a silent server; the transfer loop then stops.
        shutdown_socket(self._response)

    # --- the job ---------------------------------------------------------------------------

    def run(self) -> Path:
        """Download, verify and install; the installed path.

        Raises :class:`DownloadError` and nothing else (any exception becomes one, of kind
        ``internal`` when unforeseen), so a caller always has a message to show.
        """
        if not self._token_read:  # here, not in __init__: a keychain may block to be unlocked
            self._token = get_secret(TOKEN_SECRET)[0]
            self._token_read = True
        try:
            with network_ledger.network_purpose(network_ledger.DOWNLOAD):
                return self._run_exclusive()
        except DownloadError:
            raise
        except OSError as exc:  # the models folder cannot be written (read-only, say)
            error = f"{exc.strerror or exc} ({exc.filename})" if exc.filename else exc.strerror
            raise DownloadError(
                Text(
                    QT_TRANSLATE_NOOP("Core", "Downloading {name} stopped: {error}."),
                    name=self.entry.name,
                    error=error or exc,
                ),
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core", "Check that the models folder is writable and the disk is not full."
                    )
                ),
                "disk",
            ) from exc
        except Exception as exc:  # a bug or an unforeseen fault: the job still ends, with words
            raise DownloadError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core", "Downloading {name} stopped on an unexpected error: {error}."
                    ),
                    name=self.entry.name,
                    error=f"{type(exc).__name__}: {exc}",
                ),
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "The part already downloaded is kept. Please report this if it happens "
                        "again.",
                    )
                ),
                "internal",
            ) from exc

    def _run_exclusive(self) -> Path:
        """:meth:`_run_locked` while holding the partial file's lock."""
        lock = FileLock(str(self.partial_path) + ".lock", timeout=0)
        try:
            lock.acquire()
        except Timeout:
            raise DownloadError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "{name} is already being downloaded by another Hearth window or command.",
                    ),
                    name=self.entry.name,
                ),
                Text(
                    QT_TRANSLATE_NOOP("Core", "Wait for that download to finish, or stop it there.")
                ),
                "busy",
            ) from None
        try:
            return self._run_locked()
        except DownloadCancelled:
            if not self._keep_partial:
                self.partial_path.unlink(missing_ok=True)
            raise DownloadCancelled(paused=self._keep_partial) from None
        finally:
            lock.release()

    def _run_locked(self) -> Path:
        entry = self.entry
        self._check_stop()
        if constants.is_offline_mode():
            raise DownloadError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "Hugging Face offline mode is on (HF_HUB_OFFLINE), so nothing can be "
                        "downloaded.",
                    )
                ),
                Text(QT_TRANSLATE_NOOP("Core", "Unset HF_HUB_OFFLINE and try again.")),
                "network",
            )
        self._emit("connecting", force=True)
        url = hf_hub_url(
            entry.repo_id, entry.filename, revision=entry.revision, endpoint=self.endpoint
        )
        self._retrying(lambda: self._check_metadata(url))

        part = self.partial_path
        have = part.stat().st_size if part.exists() else 0
        if have > entry.size:
            part.unlink()
            have = 0
        self._check_disk_space(entry.size - have)
        if have:
            self._emit("checking", force=True)
            file_sha256(part, self._stop, self._on_hashed, self._hasher, limit=have)
            self._done = have

        timeout = httpx2.Timeout(
            connect=self.policy.connect_timeout_s,
            read=self.policy.stall_timeout_s,
            write=self.policy.connect_timeout_s,
            pool=self.policy.connect_timeout_s,
        )
        with httpx2.Client(timeout=timeout, verify=_tls_context(), follow_redirects=True) as client:
            self._retrying(lambda: self._fetch(client, url), progress_resets=True)

        self._emit("verifying", force=True)
        digest = self._hasher.hexdigest()
        on_disk = part.stat().st_size if part.exists() else -1
        if on_disk != entry.size:  # the partial was changed behind the job's back
            part.unlink(missing_ok=True)
            raise DownloadError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "The downloaded file for {name} changed on disk while it was downloading "
                        "({size:,} bytes instead of {expected:,}). It was deleted and not "
                        "installed.",
                    ),
                    name=entry.name,
                    size=on_disk,
                    expected=entry.size,
                ),
                Text(QT_TRANSLATE_NOOP("Core", "Download it again.")),
                "mismatch",
            )
        if digest != entry.sha256:
            part.unlink(missing_ok=True)
            raise DownloadError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "The downloaded file for {name} does not match its pin (expected SHA-256 "
                        "{expected}, got {digest}). It was deleted and not installed.",
                    ),
                    name=entry.name,
                    expected=entry.sha256,
                    digest=digest,
                ),
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "Try again later; if it keeps happening, the file on the server has "
                        "changed and the catalog entry needs updating.",
                    )
                ),
                "mismatch",
            )
        with part.open("r+b") as fh:  # fsync needs a writable handle on Windows
            os.fsync(fh.fileno())
        target = entry.install_path()
        target.parent.mkdir(parents=True, exist_ok=True)  # models/embedding/ on first use
        os.replace(part, target)
        self._emit("done", force=True)
        return target

    # --- steps -----------------------------------------------------------------------------

    def _check_metadata(self, url: str) -> None:
        """HEAD the resolve URL; the pin must match what the Hub says before a byte is fetched."""
        entry = self.entry
        try:
            meta = get_hf_file_metadata(
                url,
                token=self._token or False,
                timeout=self.policy.connect_timeout_s,
                endpoint=self.endpoint,
            )
        except HfHubHTTPError as exc:
            self._raise_for_hub_error(exc)
        except httpx2.TransportError as exc:
            self._raise_if_locked(exc)
            self._raise_if_untrusted(exc)
            self._raise_if_offline(exc)
            self._retry_if_no_connection(exc)
            raise _Retry(
                Text(
                    QT_TRANSLATE_NOOP("Core", "cannot reach {host}: {error}"),
                    host=self.endpoint,
                    error=str(exc) or type(exc).__name__,
                )
            ) from exc
        if entry.pinned_to_commit and meta.commit_hash and meta.commit_hash != entry.revision:
            raise DownloadError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "The server resolved {repo} at {revision} to a different commit "
                        "({commit}).",
                    ),
                    repo=entry.repo_id,
                    revision=entry.revision,
                    commit=meta.commit_hash,
                ),
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core", "The catalog pin cannot be honoured; nothing was downloaded."
                    )
                ),
                "mismatch",
            )
        if meta.size is not None and meta.size != entry.size:
            raise DownloadError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "{file} in {repo} at {revision} is {size:,} bytes, but the catalog pins "
                        "{expected:,}.",
                    ),
                    file=entry.filename,
                    repo=entry.repo_id,
                    revision=entry.revision,
                    size=meta.size,
                    expected=entry.size,
                ),
                _REPLACED_UPSTREAM,
                "mismatch",
            )
        etag = _normalize_etag(meta.etag)
        if etag and re.fullmatch(r"[0-9a-f]{64}", etag) and etag != entry.sha256:
            raise DownloadError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "{file} in {repo} at {revision} has SHA-256 {digest}, but the catalog "
                        "pins {expected}.",
                    ),
                    file=entry.filename,
                    repo=entry.repo_id,
                    revision=entry.revision,
                    digest=etag,
                    expected=entry.sha256,
                ),
                _REPLACED_UPSTREAM,
                "mismatch",
            )

    def _fetch(self, client: httpx2.Client, url: str) -> None:
        """One GET of the rest of the file, appended to the partial and fed to the hash."""
        entry = self.entry
        if self._done == entry.size:
            return
        headers = build_hf_headers(
            token=self._token or False, library_name="hearth", library_version=__version__
        )
        headers["Accept-Encoding"] = "identity"
        if self._done:
            headers["Range"] = f"bytes={self._done}-"
        try:
            with client.stream("GET", url, headers=headers) as response:
                self._response = response
                if self._stop.is_set():
                    self._raise_stopped()
                self._start_body(response)
                self._samples.append((time.monotonic(), self._done))  # the speed's baseline
                self._receive(response)
        except httpx2.TimeoutException as exc:
            self._check_stop()
            self._retry_if_no_connection(exc)
            raise _Retry(
                Text(
                    QT_TRANSLATE_NOOP("Core", "no data arrived for {seconds:g} seconds"),
                    seconds=self.policy.stall_timeout_s,
                )
                if isinstance(exc, httpx2.ReadTimeout)
                else Text(
                    QT_TRANSLATE_NOOP("Core", "the connection timed out ({error})"),
                    error=type(exc).__name__,
                )
            ) from exc
        except httpx2.TransportError as exc:
            self._check_stop()
            self._raise_if_locked(exc)
            self._raise_if_untrusted(exc)
            self._raise_if_offline(exc)
            self._retry_if_no_connection(exc)
            raise _Retry(
                Text(
                    QT_TRANSLATE_NOOP("Core", "the connection failed ({error})"),
                    error=str(exc) or type(exc).__name__,
                )
            ) from exc
        except OSError as exc:
            raise DownloadError(
                Text(
                    QT_TRANSLATE_NOOP("Core", "Hearth could not write {path}: {error}."),
                    path=str(self.partial_path),
                    error=exc.strerror or exc,
                ),
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core", "Check that the disk is not full and the folder is writable."
                    )
                ),
                "disk",
            ) from exc
        finally:
            self._response = None
        if self._done > entry.size:
            self._reset()
            raise _Retry(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core", "the server sent more bytes than the pinned size; starting over"
                    )
                )
            )
        if self._done < entry.size:
            raise _Retry(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core", "the server closed the connection before the end of the file"
                    )
                )
            )

    def _receive(self, response: httpx2.Response) -> None:
        """Read the body in this thread; :class:`_Pipeline` writes and hashes it alongside."""
        pipeline = _Pipeline(self.partial_path, self._hasher)
        try:
            for chunk in response.iter_raw():
                if self._stop.is_set():
                    self._raise_stopped()
                pipeline.put(chunk)
                self._done += len(chunk)
                if self._done > self.entry.size:
                    return
                self._emit("downloading")
        finally:
            # What arrived is written even when the attempt fails: a retry or a later resume
            # continues right after it.
            pipeline.close()

    def _start_body(self, response: httpx2.Response) -> None:
        """Check the status and where the body starts; restart from zero when it must."""
        self._connected = True
        status = response.status_code
        if status in RETRY_STATUSES:
            retry_after = retry_after_seconds(response.headers)
            raise _Retry(_server_answered(status), retry_after)
        if status == 416:
            self._reset()
            raise _Retry(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core", "the server refused to continue the partial file; starting over"
                    )
                )
            )
        if status >= 400:
            response.read()
            try:
                hf_raise_for_status(response)
            except HfHubHTTPError as exc:
                self._raise_for_hub_error(exc)
        if status == 206:
            match = _CONTENT_RANGE_RE.match(response.headers.get("Content-Range", ""))
            if match is None or int(match.group(1)) != self._done:
                self._reset()
                raise _Retry(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core", "the server sent the wrong part of the file; starting over"
                        )
                    )
                )
        elif status == 200:
            if self._done:
                self._reset()
        else:
            raise DownloadError(
                Text(
                    QT_TRANSLATE_NOOP("Core", "Unexpected answer {status} from {url}."),
                    status=status,
                    url=str(response.url),
                ),
                kind="http",
            )

    def _reset(self) -> None:
        """Forget the partial file: the next attempt downloads from the first byte."""
        self.partial_path.unlink(missing_ok=True)
        self._hasher = hashlib.sha256()
        self._done = 0

    def _check_disk_space(self, remaining: int) -> None:
        folder = paths.downloads_dir()
        free = shutil.disk_usage(folder).free
        needed = remaining + self.policy.disk_margin_bytes
        if free < needed:
            raise DownloadError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "Not enough disk space for {name}: it needs {needed} free in {folder} (the "
                        "file plus {margin} to spare), and {free} is free.",
                    ),
                    name=self.entry.name,
                    needed=human_bytes(needed),
                    folder=str(folder),
                    margin=human_bytes(self.policy.disk_margin_bytes),
                    free=human_bytes(free),
                ),
                Text(
                    QT_TRANSLATE_NOOP("Core", "Free up at least {size} and try again."),
                    size=human_bytes(needed - free),
                ),
                "no_space",
            )

    def _retrying(self, attempt: Callable[[], None], progress_resets: bool = False) -> None:
        """Run ``attempt`` until it succeeds, retrying :class:`_Retry` with capped backoff."""
        failures = no_connection = 0
        while True:
            self._check_stop()
            before = self._done
            try:
                attempt()
                return
            except _Retry as exc:
                if progress_resets and self._done > before:
                    failures = 0
                failures += 1
                no_connection = no_connection + 1 if exc.no_connection else 0
                if no_connection > self.policy.connect_retries:
                    raise DownloadError(
                        Text(QT_TRANSLATE_NOOP("Core", "Hearth {why}."), why=exc.reason),
                        Text(
                            QT_TRANSLATE_NOOP(
                                "Core",
                                "Check the internet connection and that the address is right "
                                "(HF_ENDPOINT, if you set it), and that no firewall or proxy "
                                "blocks it; then try again. The part already downloaded is kept.",
                            )
                        ),
                        "network",
                    ) from exc
                if failures > self.policy.max_retries:
                    raise DownloadError(
                        Text(
                            QT_TRANSLATE_NOOP(
                                "Core",
                                "Downloading {name} failed after {attempts} attempts: {why}.",
                            ),
                            name=self.entry.name,
                            attempts=failures,
                            why=exc.reason,
                        ),
                        Text(
                            QT_TRANSLATE_NOOP(
                                "Core",
                                "Check your internet connection and try again; the part already "
                                "downloaded is kept.",
                            )
                        ),
                        "network",
                    ) from exc
                delay = min(
                    self.policy.backoff_max_s,
                    self.policy.backoff_initial_s * 2 ** (failures - 1),
                )
                if exc.retry_after is not None:
                    delay = min(exc.retry_after, self.policy.retry_after_max_s)
                attempt_no, tries = (
                    (no_connection, self.policy.connect_retries)
                    if exc.no_connection
                    else (failures, self.policy.max_retries)
                )
                self._emit(
                    "retrying",
                    force=True,
                    message=Text(
                        QT_TRANSLATE_NOOP(
                            "Core", "{why}; retrying in {seconds:.0f} s (attempt {n} of {total})"
                        ),
                        why=exc.reason,
                        seconds=delay,
                        n=attempt_no + 1,
                        total=tries + 1,
                    ),
                )
                if self._stop.wait(delay):
                    self._raise_stopped()

    def _retry_if_no_connection(self, exc: httpx2.TransportError) -> None:
        """Not even a connection: a short retry (see ``connect_retries``), then a plain error
        that names the host (and port) it tried. Only while no server has answered this job:
        once one has, a refused reconnect is a network that dropped mid-file, and gets the full
        retry schedule like any other drop."""
        why = _connect_failure(exc)
        if why is None or self._connected:
            return
        try:
            url = exc.request.url
            host = f"{url.host}:{url.port}" if url.port else url.host
        except RuntimeError:  # the error came before a request was made
            host = urlsplit(self.endpoint).netloc or self.endpoint
        raise _Retry(
            Text(
                QT_TRANSLATE_NOOP("Core", "could not connect to {host} because {why}"),
                host=host,
                why=why,
            ),
            no_connection=True,
        ) from exc

    def _raise_if_locked(self, exc: BaseException) -> None:
        """The offline lock refused the connection: final, and said in the lock's words."""
        if network_ledger.refused_by_lock(exc):
            raise DownloadError(
                Text(QT_TRANSLATE_NOOP("Core", "Offline lock is on: downloads are off.")),
                network_ledger.LOCK_HINT,
                "locked",
            ) from exc

    def _raise_if_untrusted(self, exc: BaseException) -> None:
        """A certificate that fails verification is final: retrying cannot make it trusted."""
        cause: BaseException | None = exc
        while cause is not None and not isinstance(cause, ssl.SSLCertVerificationError):
            cause = cause.__cause__ or cause.__context__
        if cause is not None:
            raise DownloadError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "The secure connection to {host} could not be verified ({error}), so "
                        "nothing was downloaded.",
                    ),
                    host=self.endpoint,
                    error=cause.verify_message or str(cause),
                ),
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "Hearth only downloads over verified HTTPS. Check the computer's date and "
                        "any proxy or security software that intercepts connections.",
                    )
                ),
                "network",
            ) from exc

    def _raise_if_offline(self, exc: httpx2.TransportError) -> None:
        """No DNS, or no network at all, is final: unlike a dropped connection, it does not come
        back within a retry's wait, so the job ends at once and says so."""
        cause: BaseException | None = exc
        while cause is not None and not _means_offline(cause):
            cause = cause.__cause__ or cause.__context__
        if cause is None:
            return
        try:
            host = exc.request.url.host
        except RuntimeError:  # the error came before a request was made
            host = urlsplit(self.endpoint).hostname or self.endpoint
        raise DownloadError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Core", "You appear to be offline: Hearth could not reach {host} ({error})."
                ),
                host=host,
                error=getattr(cause, "strerror", None) or str(cause),
            ),
            Text(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "Check the internet connection (and HF_ENDPOINT, if you set it) and try again; "
                    "the part already downloaded is kept.",
                )
            ),
            "offline",
        ) from exc

    def _raise_for_hub_error(self, exc: HfHubHTTPError) -> NoReturn:
        entry = self.entry
        status = exc.response.status_code if exc.response is not None else None
        if status in RETRY_STATUSES:
            headers = exc.response.headers if exc.response is not None else {}
            raise _Retry(_server_answered(status), retry_after_seconds(headers))
        access_hint = Text(
            QT_TRANSLATE_NOOP(
                "Core",
                "Open {page} while signed in to Hugging Face, accept the model's terms, then add "
                "a Hugging Face access token in Hearth (it is kept in your system keychain).",
            ),
            page=self.page_url,
        )
        if isinstance(exc, GatedRepoError) or (
            isinstance(exc, RepositoryNotFoundError) and entry.gated
        ):
            if self._token:
                raise DownloadError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core", "Your Hugging Face token does not have access to {repo} yet."
                        ),
                        repo=entry.repo_id,
                    ),
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core",
                            "Open {page} with the account that owns the token, accept the model's "
                            "terms and try again.",
                        ),
                        page=self.page_url,
                    ),
                    "gated",
                ) from exc
            raise DownloadError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "{name} is in a gated repository: Hugging Face asks you to accept its "
                        "terms first.",
                    ),
                    name=entry.name,
                ),
                access_hint,
                "gated",
            ) from exc
        if isinstance(exc, RevisionNotFoundError):
            raise DownloadError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core", "The pinned revision {revision} of {repo} does not exist on {host}."
                    ),
                    revision=entry.revision,
                    repo=entry.repo_id,
                    host=self.endpoint,
                ),
                _OUT_OF_DATE,
                "not_found",
            ) from exc
        if isinstance(exc, EntryNotFoundError):
            raise DownloadError(
                Text(
                    QT_TRANSLATE_NOOP("Core", "{file} is not in {repo} at revision {revision}."),
                    file=entry.filename,
                    repo=entry.repo_id,
                    revision=entry.revision,
                ),
                _OUT_OF_DATE,
                "not_found",
            ) from exc
        if isinstance(exc, RepositoryNotFoundError):
            raise DownloadError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core", "{host} did not find {repo}, or it needs you to sign in."
                    ),
                    host=self.endpoint,
                    repo=entry.repo_id,
                ),
                Text(
                    QT_TRANSLATE_NOOP("Core", "If the repository is private or gated: {hint}"),
                    hint=access_hint,
                ),
                "not_found",
            ) from exc
        if status in (401, 403):
            raise DownloadError(
                Text(
                    QT_TRANSLATE_NOOP("Core", "{host} refused access to {repo} ({status})."),
                    host=self.endpoint,
                    repo=entry.repo_id,
                    status=status,
                ),
                access_hint,
                "gated",
            ) from exc
        if status == 404:  # a mirror without the Hub's error codes: waiting will not help
            where = exc.response.url if exc.response is not None else self.endpoint
            raise DownloadError(
                Text(QT_TRANSLATE_NOOP("Core", "The file was not found at {url}."), url=str(where)),
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "Check HF_ENDPOINT (Hearth used {host}) or the catalog entry {entry}; "
                        "nothing was downloaded.",
                    ),
                    host=self.endpoint,
                    entry=repr(entry.id),
                ),
                "not_found",
            ) from exc
        raise DownloadError(
            Text(
                QT_TRANSLATE_NOOP("Core", "{host} answered {status} for {file}."),
                host=self.endpoint,
                status=status,
                file=entry.filename,
            ),
            Text(QT_TRANSLATE_NOOP("Core", "Try again later.")),
            "http",
        ) from exc

    # --- progress and stopping -------------------------------------------------------------

    def _check_stop(self) -> None:
        if self._stop.is_set():
            self._raise_stopped()

    def _raise_stopped(self) -> NoReturn:
        raise DownloadCancelled(paused=self._keep_partial)

    def _on_hashed(self, done: int) -> None:
        self._done = done
        self._emit("checking")

    def _emit(self, phase: Phase, force: bool = False, message: str = "") -> None:
        now = time.monotonic()
        if not force and now - self._last_emit < self.policy.progress_interval_s:
            return
        self._last_emit = now
        if self._on_progress is None:
            return
        speed = 0.0
        if phase == "downloading":
            self._samples.append((now, self._done))
            while len(self._samples) > 2 and now - self._samples[0][0] > 5.0:
                self._samples.popleft()
            first_t, first_bytes = self._samples[0]
            if now > first_t:
                speed = (self._done - first_bytes) / (now - first_t)
        else:
            self._samples.clear()
        remaining = self.entry.size - self._done
        eta = remaining / speed if speed > 0 else None
        self._on_progress(DownloadProgress(phase, self._done, self.entry.size, speed, eta, message))
