"""Pinned, resumable, verified downloads against a local server that speaks the Hub's protocol.

The real huggingface_hub client resolves the file and reads its metadata; faults are injected by
the server (tests/helpers/hub_server.py). Retry and stall timings are shrunk through
``DownloadPolicy`` so that each fault test takes about a second.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from app.core import paths
from app.core.catalog import CatalogEntry, load_catalog
from app.core.downloads import (
    DownloadCancelled,
    DownloadError,
    DownloadJob,
    DownloadPolicy,
    DownloadProgress,
    partial_path,
)
from app.core.models import installed_models
from app.core.secrets import set_secret
from tests.helpers.hub_server import (
    GOOD_TOKEN,
    STARTER_REPO,
    STARTER_SHA256,
    STARTER_SIZE,
    Fault,
    HubServer,
    running_hub,
    starter_catalog_toml,
)
from tests.helpers.llama_server import free_port

FAST = DownloadPolicy(
    max_retries=3,
    backoff_initial_s=0.01,
    backoff_max_s=0.05,
    stall_timeout_s=0.5,
    connect_timeout_s=5.0,
    progress_interval_s=0.02,
)
MB = 1024 * 1024
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def hub(starter_model: Path) -> Iterator[HubServer]:
    with running_hub(starter_model) as server:
        yield server


@pytest.fixture
def entry() -> CatalogEntry:
    paths.user_catalog_path().write_text(starter_catalog_toml(), encoding="utf-8")
    found = load_catalog().get("smollm2-135m-test")
    assert found is not None
    return found


def run_job(
    entry: CatalogEntry, hub: HubServer, policy: DownloadPolicy = FAST, **kwargs: object
) -> tuple[Path, list[DownloadProgress]]:
    seen: list[DownloadProgress] = []
    job = DownloadJob(
        entry, endpoint=hub.endpoint, policy=policy, on_progress=seen.append, **kwargs
    )  # type: ignore[arg-type]
    return job.run(), seen


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_nothing_installed(entry: CatalogEntry) -> None:
    assert not entry.install_path().exists()
    assert [m for m in installed_models() if m.source == "folder"] == []


def test_download_installs_the_verified_file_and_it_shows_up(
    hub: HubServer, entry: CatalogEntry, starter_model: Path
) -> None:
    path, seen = run_job(entry, hub)
    assert path == paths.models_dir() / "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert path.stat().st_size == STARTER_SIZE
    assert sha256_of(path) == STARTER_SHA256
    assert not partial_path(entry).exists()
    # The real huggingface_hub client asked the Hub, then the bytes came from the "CDN" host.
    heads = [r for r in hub.requests if r.method == "HEAD"]
    assert heads and heads[0].path == (
        f"/{STARTER_REPO}/resolve/{entry.revision}/SmolLM2-135M-Instruct.Q4_1.gguf"
    )
    content = hub.content_requests()
    assert len(content) == 1 and content[0].host.startswith("localhost:")
    assert content[0].range is None
    # Progress: ordered phases, growing byte counts, a speed while downloading.
    phases = [p.phase for p in seen]
    assert phases[0] == "connecting" and phases[-2:] == ["verifying", "done"]
    downloading = [p for p in seen if p.phase == "downloading"]
    counts = [p.downloaded for p in downloading]
    assert counts == sorted(counts) and all(p.total == STARTER_SIZE for p in seen)
    assert seen[-1].downloaded == STARTER_SIZE
    # The model is chattable: installed_models() lists it from the models folder.
    folder = [m for m in installed_models() if m.source == "folder"]
    assert [m.path for m in folder] == [path]
    assert folder[0].usable and folder[0].info is not None
    assert folder[0].info.architecture == "llama"


def test_progress_reports_speed_and_eta_at_a_steady_rate(
    hub: HubServer, entry: CatalogEntry
) -> None:
    hub.rate_bps = 60 * MB
    policy = replace(FAST, progress_interval_s=0.1)
    _, seen = run_job(entry, hub, policy)
    downloading = [p for p in seen if p.phase == "downloading"]
    assert 8 <= len(downloading) <= 200  # one report per 0.1 s (~16 when idle), not per chunk
    later = downloading[len(downloading) // 2 :]
    # 60 MB/s when idle; a busy machine only slows it, and the throttle caps it
    assert all(1 * MB < p.speed_bps < 90 * MB for p in later)
    for p in later:
        assert p.eta_s is not None
        assert p.eta_s == pytest.approx((STARTER_SIZE - p.downloaded) / p.speed_bps)


def test_connection_dropped_mid_file_resumes_with_a_range_request(
    hub: HubServer, entry: CatalogEntry
) -> None:
    hub.push_fault(Fault("drop", after=10 * MB))
    path, seen = run_job(entry, hub)
    assert sha256_of(path) == STARTER_SHA256
    ranges = [r.range for r in hub.content_requests()]
    assert ranges == [None, f"bytes={10 * MB}-"]
    assert any(p.phase == "retrying" and "connection" in p.message for p in seen)


def test_stall_is_detected_and_the_transfer_continues(hub: HubServer, entry: CatalogEntry) -> None:
    hub.push_fault(Fault("stall", after=5 * MB, seconds=30))
    started = time.monotonic()
    path, seen = run_job(entry, hub)
    assert time.monotonic() - started < 25  # not the 30 s stall
    assert sha256_of(path) == STARTER_SHA256
    assert [r.range for r in hub.content_requests()] == [None, f"bytes={5 * MB}-"]
    assert any("no data arrived for 0.5 seconds" in p.message for p in seen)


def test_503_then_success(hub: HubServer, entry: CatalogEntry) -> None:
    hub.push_fault(Fault("status", status=503, target="resolve"))
    hub.push_fault(Fault("status", status=503))
    hub.push_fault(Fault("status", status=502))
    path, seen = run_job(entry, hub)
    assert sha256_of(path) == STARTER_SHA256
    assert len(hub.content_requests()) == 3
    retries = [p.message for p in seen if p.phase == "retrying"]
    assert len(retries) == 3
    assert "503" in retries[0] and "502" in retries[2]


def test_429_waits_as_long_as_retry_after_says(hub: HubServer, entry: CatalogEntry) -> None:
    hub.push_fault(Fault("status", status=429, retry_after="1"))
    path, seen = run_job(entry, hub)
    assert sha256_of(path) == STARTER_SHA256
    first, second = hub.content_requests()
    assert second.at - first.at >= 0.95  # not the 0.01 s backoff of the policy
    assert any("429; retrying in 1 s" in p.message for p in seen)


def test_retries_give_up_with_a_clear_error_and_keep_the_partial(
    hub: HubServer, entry: CatalogEntry
) -> None:
    hub.push_fault(Fault("drop", after=3 * MB))
    for _ in range(4):
        hub.push_fault(Fault("status", status=503))
    with pytest.raises(DownloadError) as caught:
        run_job(entry, hub)
    assert caught.value.kind == "network"
    assert "failed after 4 attempts: the server answered 503" in caught.value.message
    assert "kept" in caught.value.hint
    assert partial_path(entry).stat().st_size == 3 * MB
    assert_nothing_installed(entry)


def test_wrong_bytes_are_never_installed(hub: HubServer, entry: CatalogEntry) -> None:
    hub.corrupt = True
    with pytest.raises(DownloadError) as caught:
        run_job(entry, hub)
    assert caught.value.kind == "mismatch"
    assert "does not match its pin" in caught.value.message
    assert STARTER_SHA256 in caught.value.message
    assert "deleted and not installed" in caught.value.message
    assert not partial_path(entry).exists()
    assert_nothing_installed(entry)


def test_a_corrupt_partial_is_caught_on_resume(hub: HubServer, entry: CatalogEntry) -> None:
    partial_path(entry).write_bytes(b"\0" * (2 * MB))
    with pytest.raises(DownloadError) as caught:
        run_job(entry, hub)
    assert caught.value.kind == "mismatch"
    assert [r.range for r in hub.content_requests()] == [f"bytes={2 * MB}-"]
    assert not partial_path(entry).exists()
    assert_nothing_installed(entry)


def test_a_pin_that_differs_from_the_hub_fails_before_any_transfer(hub: HubServer) -> None:
    paths.user_catalog_path().write_text(starter_catalog_toml(sha256="ab" * 32), encoding="utf-8")
    entry = load_catalog().get("smollm2-135m-test")
    assert entry is not None
    with pytest.raises(DownloadError) as caught:
        run_job(entry, hub)
    assert caught.value.kind == "mismatch"
    assert "replaced upstream" in caught.value.hint
    assert hub.content_requests() == []


def test_unknown_revision_is_404_with_a_plain_message(hub: HubServer) -> None:
    paths.user_catalog_path().write_text(starter_catalog_toml(revision="f" * 40), encoding="utf-8")
    entry = load_catalog().get("smollm2-135m-test")
    assert entry is not None
    with pytest.raises(DownloadError) as caught:
        run_job(entry, hub)
    assert caught.value.kind == "not_found"
    assert f"pinned revision {'f' * 40}" in caught.value.message
    assert "out of date" in caught.value.hint
    assert hub.content_requests() == []


@pytest.fixture
def gated_entry(hub: HubServer, starter_model: Path) -> CatalogEntry:
    hub.add_file("hearth-test/gated-GGUF", starter_model, filename=starter_model.name, gated=True)
    paths.user_catalog_path().write_text(
        starter_catalog_toml(repo_id="hearth-test/gated-GGUF", gated=True), encoding="utf-8"
    )
    entry = load_catalog().get("smollm2-135m-test")
    assert entry is not None
    return entry


def test_gated_repo_without_token_explains_what_to_do(
    hub: HubServer, gated_entry: CatalogEntry
) -> None:
    with pytest.raises(DownloadError) as caught:
        run_job(gated_entry, hub)
    error = caught.value
    assert error.kind == "gated"
    assert "gated repository" in error.message and "accept its terms" in error.message
    assert f"{hub.endpoint}/hearth-test/gated-GGUF" in error.hint
    assert "access token" in error.hint and "keychain" in error.hint
    assert [r.authorization for r in hub.requests] == [None]
    assert hub.content_requests() == []


def test_gated_repo_with_a_token_without_access_gets_403(
    hub: HubServer, gated_entry: CatalogEntry
) -> None:
    with pytest.raises(DownloadError) as caught:
        run_job(gated_entry, hub, token="hf_not_accepted")
    assert caught.value.kind == "gated"
    assert "does not have access" in caught.value.message
    assert hub.requests[0].authorization == "Bearer hf_not_accepted"


def test_gated_repo_downloads_with_the_token_from_the_keychain(
    hub: HubServer, gated_entry: CatalogEntry
) -> None:
    set_secret("huggingface_token", GOOD_TOKEN)
    path, _ = run_job(gated_entry, hub)
    assert sha256_of(path) == STARTER_SHA256
    assert hub.requests[0].authorization == f"Bearer {GOOD_TOKEN}"
    # The token goes to the Hub only: the redirect to the content host drops it.
    assert [r.authorization for r in hub.content_requests()] == [None]


def test_refuses_to_start_without_disk_space(hub: HubServer, entry: CatalogEntry) -> None:
    with pytest.raises(DownloadError) as caught:
        run_job(entry, hub, replace(FAST, disk_margin_bytes=1 << 60))
    assert caught.value.kind == "no_space"
    assert "Not enough disk space" in caught.value.message and "needs" in caught.value.message
    assert "Free up at least" in caught.value.hint
    assert hub.content_requests() == []


def _run_in_thread(job: DownloadJob) -> tuple[threading.Thread, list[object]]:
    outcome: list[object] = []

    def work() -> None:
        try:
            outcome.append(job.run())
        except DownloadError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    return thread, outcome


def _wait_for(condition: object, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_cancel_stops_at_once_and_leaves_nothing(hub: HubServer, entry: CatalogEntry) -> None:
    hub.rate_bps = 20 * MB
    job = DownloadJob(entry, endpoint=hub.endpoint, policy=FAST)
    thread, outcome = _run_in_thread(job)
    _wait_for(lambda: partial_path(entry).exists() and partial_path(entry).stat().st_size > MB)
    started = time.monotonic()
    job.cancel()
    thread.join(60)
    assert not thread.is_alive() and time.monotonic() - started < 60  # hang-catcher
    assert isinstance(outcome[0], DownloadCancelled) and not outcome[0].paused
    assert not partial_path(entry).exists()
    assert_nothing_installed(entry)


def test_cancel_during_a_stall_does_not_wait_for_the_stall(
    hub: HubServer, entry: CatalogEntry
) -> None:
    hub.push_fault(Fault("stall", after=4 * MB, seconds=60))
    job = DownloadJob(entry, endpoint=hub.endpoint, policy=replace(FAST, stall_timeout_s=60))
    thread, outcome = _run_in_thread(job)
    assert hub.stalling.wait(120)
    started = time.monotonic()
    job.cancel()
    thread.join(30)
    assert not thread.is_alive() and time.monotonic() - started < 30  # not the 60 s stall
    assert isinstance(outcome[0], DownloadCancelled)
    assert_nothing_installed(entry)


def test_pause_keeps_the_partial_and_a_new_job_resumes_it(
    hub: HubServer, entry: CatalogEntry
) -> None:
    hub.rate_bps = 30 * MB
    job = DownloadJob(entry, endpoint=hub.endpoint, policy=FAST)
    thread, outcome = _run_in_thread(job)
    _wait_for(lambda: partial_path(entry).exists() and partial_path(entry).stat().st_size > 5 * MB)
    job.pause()
    thread.join(5)
    assert isinstance(outcome[0], DownloadCancelled) and outcome[0].paused
    kept = partial_path(entry).stat().st_size
    assert 5 * MB < kept < STARTER_SIZE
    assert_nothing_installed(entry)

    hub.rate_bps = None
    path, seen = run_job(entry, hub)
    assert sha256_of(path) == STARTER_SHA256
    assert hub.content_requests()[-1].range == f"bytes={kept}-"
    assert any(p.phase == "checking" for p in seen)  # the kept part was hashed first


def test_a_second_job_for_the_same_model_is_refused(hub: HubServer, entry: CatalogEntry) -> None:
    hub.rate_bps = 20 * MB
    first = DownloadJob(entry, endpoint=hub.endpoint, policy=FAST)
    thread, outcome = _run_in_thread(first)
    _wait_for(lambda: partial_path(entry).exists())
    with pytest.raises(DownloadError) as caught:
        run_job(entry, hub)
    assert caught.value.kind == "busy"
    first.pause()
    thread.join(5)
    assert isinstance(outcome[0], DownloadCancelled)


def test_resume_after_the_app_was_killed_in_a_new_process(
    hub: HubServer, entry: CatalogEntry, hearth_home: Path
) -> None:
    """A pull is killed mid-file (as in a crash); a new process continues the partial file."""
    env = {
        **os.environ,
        "HEARTH_HOME": str(hearth_home),
        "HF_ENDPOINT": hub.endpoint,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "PYTHONPATH": str(ROOT),
    }
    command = [sys.executable, "-m", "app", "models", "pull", entry.id]
    hub.rate_bps = 15 * MB
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        _wait_for(
            lambda: partial_path(entry).exists() and partial_path(entry).stat().st_size > 8 * MB
        )
    finally:
        first.kill()  # SIGKILL: no chance to clean up, as in a crash or power loss
        first.communicate(timeout=10)
    assert first.returncode != 0
    kept = partial_path(entry).stat().st_size
    assert 8 * MB < kept < STARTER_SIZE
    assert_nothing_installed(entry)

    hub.rate_bps = None
    second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert second.returncode == 0, second.stderr
    assert "SHA-256 verified" in second.stdout
    ranges = [r.range for r in hub.content_requests()]
    assert ranges[0] is None
    resumed = int(ranges[-1].removeprefix("bytes=").removesuffix("-"))  # type: ignore[union-attr]
    assert resumed == kept
    assert sha256_of(entry.install_path()) == STARTER_SHA256


def test_a_full_disk_mid_download_is_a_plain_error(
    hub: HubServer, entry: CatalogEntry, hearth_home: Path
) -> None:
    """Writes fail part-way (a file size limit stands in for a full disk): exit 1, plain words."""
    child = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({6 * MB}, resource.RLIM_INFINITY))\n"
        "from app.__main__ import main\n"
        f"sys.exit(main(['models', 'pull', {entry.id!r}]))\n"
    )
    env = {
        **os.environ,
        "HEARTH_HOME": str(hearth_home),
        "HF_ENDPOINT": hub.endpoint,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", child], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1, done.stderr
    assert f"error: Hearth could not write {partial_path(entry)}: File too large." in done.stderr
    assert "Check that the disk is not full" in done.stderr
    assert partial_path(entry).stat().st_size <= 6 * MB
    assert_nothing_installed(entry)


def test_tls_is_always_verified(starter_model: Path, entry: CatalogEntry, tmp_path: Path) -> None:
    """A Hub behind a self-signed certificate is refused at once, not retried or trusted."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("needs the openssl command to make a certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(cert, key)
    with running_hub(starter_model, tls=tls) as hub:
        assert hub.endpoint.startswith("https://")
        with pytest.raises(DownloadError) as caught:
            run_job(entry, hub)
        assert caught.value.kind == "network"
        assert "could not be verified" in caught.value.message
        assert "certificate" in caught.value.message
        assert hub.content_requests() == []
    assert_nothing_installed(entry)


@pytest.mark.parametrize("target", ["resolve", "cdn"])
def test_a_plain_404_from_a_mirror_names_the_url_and_is_not_retried(
    hub: HubServer, entry: CatalogEntry, target: str
) -> None:
    """A mirror answers 404 without the Hub's error codes: waiting will not bring the file."""
    hub.push_fault(Fault("status", status=404, target=target))  # type: ignore[arg-type]
    with pytest.raises(DownloadError) as caught:
        run_job(entry, hub)
    error = caught.value
    assert error.kind == "not_found"
    host = "127.0.0.1" if target == "resolve" else "localhost"
    assert error.message.startswith(f"The file was not found at http://{host}:{hub.port}/")
    assert "HF_ENDPOINT" in error.hint and repr(entry.id) in error.hint
    assert "Try again later" not in str(error)
    assert len(hub.content_requests()) == (1 if target == "cdn" else 0)
    assert_nothing_installed(entry)


class _NoResolver:
    """``socket.getaddrinfo`` as on a machine without network or DNS, for the names given."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *names: str) -> None:
        self.names = names
        self.asked: list[str] = []
        self._real = socket.getaddrinfo
        monkeypatch.setattr(socket, "getaddrinfo", self)

    def __call__(self, host: object, *args: object, **kwargs: object) -> object:
        name = host.decode() if isinstance(host, bytes) else str(host)
        if name in self.names:
            self.asked.append(name)
            raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")
        return self._real(host, *args, **kwargs)  # type: ignore[arg-type]


def test_offline_fails_at_once_with_a_plain_message(
    entry: CatalogEntry, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No DNS: one attempt, "You appear to be offline", no retries (and no real lookup)."""
    resolver = _NoResolver(monkeypatch, "hub.example.invalid")
    seen: list[DownloadProgress] = []
    job = DownloadJob(
        entry, endpoint="http://hub.example.invalid", policy=FAST, on_progress=seen.append
    )
    with pytest.raises(DownloadError) as caught:
        job.run()
    error = caught.value
    assert error.kind == "offline"
    assert error.message.startswith("You appear to be offline: Hearth could not reach hub.")
    assert "Temporary failure in name resolution" in error.message
    assert "Check the internet connection" in error.hint
    assert resolver.asked == ["hub.example.invalid"]
    assert [p.phase for p in seen] == ["connecting"]


def test_losing_the_network_mid_file_stops_and_keeps_the_partial(
    hub: HubServer, entry: CatalogEntry, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Hub answered, then the content host cannot be looked up: offline, partial kept."""
    hub.push_fault(Fault("drop", after=3 * MB))
    real = socket.getaddrinfo
    resolver: list[_NoResolver] = []

    def lose_dns_after_the_first_transfer(*args: object, **kwargs: object) -> object:
        if hub.content_requests() and not resolver:
            resolver.append(_NoResolver(monkeypatch, "localhost"))
            return resolver[0](*args, **kwargs)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", lose_dns_after_the_first_transfer)
    with pytest.raises(DownloadError) as caught:
        run_job(entry, hub)
    assert caught.value.kind == "offline"
    assert "could not reach localhost" in caught.value.message
    assert "kept" in caught.value.hint
    assert resolver[0].asked == ["localhost"]
    assert partial_path(entry).stat().st_size == 3 * MB
    assert_nothing_installed(entry)


def test_an_unreachable_network_is_offline_too(
    hub: HubServer, entry: CatalogEntry, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[object] = []

    def no_route(address: object, *args: object, **kwargs: object) -> socket.socket:
        attempts.append(address)
        raise OSError(errno.ENETUNREACH, "Network is unreachable")

    monkeypatch.setattr(socket, "create_connection", no_route)
    with pytest.raises(DownloadError) as caught:
        run_job(entry, hub)
    assert caught.value.kind == "offline"
    assert "Network is unreachable" in caught.value.message
    assert len(attempts) == 1


def test_a_closed_port_fails_in_seconds_with_words(entry: CatalogEntry) -> None:
    """Connection refused: the default policy tries three times (1 s and 2 s apart), then names
    the host and what to check; not the minutes of the full retry schedule, not an errno."""
    endpoint = f"http://127.0.0.1:{free_port()}"  # bound, then closed: nothing listens there
    seen: list[DownloadProgress] = []
    job = DownloadJob(entry, endpoint=endpoint, on_progress=seen.append)
    outcome: list[BaseException] = []
    runner = threading.Thread(target=lambda: _catch(job.run, outcome))
    runner.start()
    runner.join(60)  # a hang-catcher: the full schedule would wait over three minutes
    job.cancel()
    runner.join()
    assert len(outcome) == 1 and isinstance(outcome[0], DownloadError), outcome
    error = outcome[0]
    assert error.kind == "network"
    host = endpoint.removeprefix("http://")
    assert error.message == (
        f"Hearth could not connect to {host} because nothing accepts connections there "
        "(the connection was refused)."
    )
    assert "Errno" not in str(error) and "HF_ENDPOINT" in error.hint and "kept" in error.hint
    retries = [p.message for p in seen if p.phase == "retrying"]
    assert [m.rsplit("(", 1)[1] for m in retries] == ["attempt 2 of 3)", "attempt 3 of 3)"]
    assert all(m.startswith(f"could not connect to {host} because") for m in retries)


def test_a_refused_reconnect_mid_file_gets_the_full_retries(
    hub: HubServer, entry: CatalogEntry, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The short limit is for a server never reached: once the transfer ran, a network that
    drops and refuses a couple of reconnects is retried like any drop, and the file completes."""
    hub.push_fault(Fault("drop", after=3 * MB))
    real = socket.create_connection
    refused: list[object] = []

    def refuse_twice_after_the_first_transfer(
        address: object, *args: object, **kw: object
    ) -> object:
        if hub.content_requests() and len(refused) < 2:
            refused.append(address)
            raise ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused")
        return real(address, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "create_connection", refuse_twice_after_the_first_transfer)
    path, _seen = run_job(entry, hub, replace(FAST, connect_retries=0))
    assert len(refused) == 2
    assert sha256_of(path) == STARTER_SHA256


def _catch(run: Callable[[], object], outcome: list[BaseException]) -> None:
    try:
        run()
    except BaseException as exc:
        outcome.append(exc)


def test_an_unexpected_error_ends_the_job_with_a_message(entry: CatalogEntry) -> None:
    """A repository id the Hub client rejects (it cannot come from a validated catalog)."""
    job = DownloadJob(replace(entry, repo_id="owner/.."), endpoint="http://127.0.0.1:9")
    with pytest.raises(DownloadError) as caught:
        job.run()
    assert caught.value.kind == "internal"
    assert "stopped on an unexpected error: HFValidationError" in caught.value.message
    assert "owner/.." in caught.value.message


def test_a_folder_that_cannot_be_written_is_a_plain_error(
    entry: CatalogEntry, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tests run as a user that may ignore file modes, so the refusal is injected."""

    def read_only() -> Path:
        raise PermissionError(errno.EACCES, "Permission denied", str(paths.models_dir()))

    monkeypatch.setattr(paths, "downloads_dir", read_only)
    with pytest.raises(DownloadError) as caught:
        DownloadJob(entry, endpoint="http://127.0.0.1:9").run()
    assert caught.value.kind == "disk"
    assert caught.value.message == (
        f"Downloading {entry.name} stopped: Permission denied ({paths.models_dir()})."
    )
    assert "writable" in caught.value.hint
