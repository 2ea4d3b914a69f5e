"""llama-cpp-python's own OpenAI-compatible server (``python -m llama_cpp.server``) on 127.0.0.1.

A real peer for the hosted engine: the tests and the hosted benchmark start it on a free port,
serving the starter model under a fixed alias, wait until it answers, and stop it afterwards.
"""

from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MODEL_ALIAS = "smollm2-135m-instruct"


@dataclass(frozen=True)
class LlamaServer:
    base_url: str  # ends in /v1
    model: str
    log_path: Path

    @property
    def port(self) -> int:
        return int(self.base_url.rsplit(":", 1)[1].split("/", 1)[0])


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _ready(base_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base_url}/models", timeout=2) as resp:
            data = json.load(resp)
    except (OSError, urllib.error.URLError, ValueError):
        return False
    return any(m.get("id") == MODEL_ALIAS for m in data.get("data", []))


@contextlib.contextmanager
def running_llama_server(
    model_path: Path, *, n_threads: int = 0, startup_timeout_s: float = 240.0
) -> Iterator[LlamaServer]:
    """Start the server, wait until it lists the model, yield it, stop it."""
    port = free_port()
    base_url = f"http://127.0.0.1:{port}/v1"
    with tempfile.TemporaryDirectory(prefix="hearth-llama-server-") as tmp:
        log_path = Path(tmp) / "server.log"
        cmd = [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            str(model_path),
            "--model_alias",
            MODEL_ALIAS,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--n_ctx",
            "2048",
        ]
        if n_threads > 0:
            cmd += ["--n_threads", str(n_threads)]
        with log_path.open("wb") as log:
            proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + startup_timeout_s
            while not _ready(base_url):
                if proc.poll() is not None:
                    raise RuntimeError(
                        f"llama_cpp.server exited with {proc.returncode}:\n"
                        + log_path.read_text(errors="replace")[-4000:]
                    )
                if time.monotonic() > deadline:
                    raise RuntimeError(
                        f"llama_cpp.server did not answer within {startup_timeout_s:g} s:\n"
                        + log_path.read_text(errors="replace")[-4000:]
                    )
                time.sleep(0.2)
            yield LlamaServer(base_url, MODEL_ALIAS, log_path)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
