"""``hearth serve`` as a child process on 127.0.0.1, for the server tests and the benchmark.

The child gets its own ``HEARTH_HOME``, no keychain (``PYTHON_KEYRING_BACKEND`` set to the null
backend, so a developer's real keychain is never read) and its token from
``HEARTH_SERVER_TOKEN``. It is stopped with SIGINT, as Ctrl+C would, and its exit status kept.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tests.helpers.ctrl_c import python_m_app
from tests.helpers.llama_server import free_port

TOKEN = "test-token-4f9c2b"


@dataclass
class HearthServer:
    base_url: str  # ends in /v1
    token: str
    proc: subprocess.Popen[bytes]
    log_path: Path
    exit_code: list[int] = field(default_factory=list)  # filled once stopped

    @property
    def root(self) -> str:
        return self.base_url.removesuffix("/v1")

    def output(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def health(self) -> dict[str, object]:
        request = urllib.request.Request(
            f"{self.root}/health", headers={"Authorization": f"Bearer {self.token}"}
        )
        with urllib.request.urlopen(request, timeout=10) as resp:
            data: dict[str, object] = json.load(resp)
        return data

    def rss_bytes(self) -> int:
        """The child's resident memory (Linux)."""
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
        raise AssertionError("no VmRSS line")


def _ready(server: HearthServer) -> bool:
    try:
        return server.health().get("status") == "ok"
    except (OSError, urllib.error.URLError, ValueError):
        return False


@contextlib.contextmanager
def running_hearth_server(
    model_path: Path,
    home: Path,
    *,
    settings: dict[str, object] | None = None,
    startup_timeout_s: float = 120.0,
) -> Iterator[HearthServer]:
    """Start ``python -m app serve`` on a free port, wait until it answers, yield, stop it."""
    home.mkdir(parents=True, exist_ok=True)
    if settings is not None:
        (home / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    port = free_port()
    env = dict(
        os.environ,
        HEARTH_HOME=str(home),
        HEARTH_SERVER_TOKEN=TOKEN,
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        PYTHONUNBUFFERED="1",
    )
    log_path = home / "serve.log"
    cmd = python_m_app("serve", "--port", str(port), "--model", str(model_path))
    with log_path.open("wb") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
    server = HearthServer(f"http://127.0.0.1:{port}/v1", TOKEN, proc, log_path)
    try:
        deadline = time.monotonic() + startup_timeout_s
        while not _ready(server):
            if proc.poll() is not None:
                raise RuntimeError(
                    f"hearth serve exited with {proc.returncode}:\n{server.output()}"
                )
            if time.monotonic() > deadline:
                raise RuntimeError(f"hearth serve did not answer in time:\n{server.output()}")
            time.sleep(0.2)
        yield server
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
        try:
            server.exit_code.append(proc.wait(timeout=60))
        except subprocess.TimeoutExpired:
            proc.kill()
            server.exit_code.append(proc.wait(timeout=10))
