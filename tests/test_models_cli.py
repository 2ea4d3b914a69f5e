"""``hearth models list|pull|verify|rm`` against the local Hub-protocol server: output, progress
bar and exit codes."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app import models_cli
from app.__main__ import main as hearth_main
from app.core import paths
from app.core.catalog import load_catalog
from app.core.downloads import partial_bytes, partial_path
from app.core.settings import Settings, save_settings
from app.models_cli import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_NOT_INSTALLED,
    EXIT_OK,
    EXIT_USAGE,
    main,
)
from tests.helpers.ctrl_c import python_m_app
from tests.helpers.hub_server import (
    STARTER_SIZE,
    HubServer,
    running_hub,
    starter_catalog_toml,
)

ENTRY_ID = "smollm2-135m-test"
MB = 1024 * 1024
ROOT = Path(__file__).resolve().parents[1]
HOLD_INSTANCE_LOCK = (
    "import sys\n"
    "from app.core.instance import acquire_instance_lock\n"
    "lock = acquire_instance_lock()\n"
    "print('held', flush=True)\n"
    "sys.stdin.read()\n"
)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def hub(starter_model: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[HubServer]:
    with running_hub(starter_model) as server:
        monkeypatch.setenv("HF_ENDPOINT", server.endpoint)
        paths.user_catalog_path().write_text(starter_catalog_toml(ENTRY_ID), encoding="utf-8")
        yield server


def run(*argv: str, err: io.StringIO | None = None) -> tuple[int, str, str]:
    out = io.StringIO()
    err = err if err is not None else io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_list_shows_every_entry_with_its_facts() -> None:
    code, out, err = run("list")
    assert code == EXIT_OK and err == ""
    catalog = load_catalog()
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["ID", "NAME", "PARAMS"]
    for entry in catalog.entries:
        row = next(line for line in lines if line.startswith(entry.id + " "))
        assert entry.license in row and entry.parameters in row
        assert f"{entry.context_length:,}" in row
        assert any(word in row for word in ("Fits", "Tight", "Too big"))
    assert "qwen2.5-7b for 16gb machines" in out and "llama3.2-3b for 8gb machines" in out


def test_list_reports_a_corrupt_user_catalog_and_still_works() -> None:
    user = paths.user_catalog_path()
    user.write_text('[[models]]\nid = "x"\nsize = \n', encoding="utf-8")
    code, out, err = run("list")
    assert code == EXIT_OK
    assert err.startswith(f"warning: {user}:3: not valid TOML")
    assert "qwen2.5-7b" in out


def test_pull_verify_rm_round_trip(hub: HubServer) -> None:
    hub.rate_bps = 150 * 1024 * 1024
    terminal = _Terminal()
    code, out, _ = run("pull", ENTRY_ID, err=terminal)
    assert code == EXIT_OK
    assert "Installed smollm2-135m-test (SHA-256 verified)" in out
    bar = terminal.getvalue()
    assert "\r" + ENTRY_ID + " [" in bar and "100.0%" in bar and "MB/s" in bar
    installed = paths.models_dir() / "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert installed.stat().st_size == STARTER_SIZE

    code, out, _ = run("list")
    assert next(line for line in out.splitlines() if line.startswith(ENTRY_ID)).endswith(
        "installed"
    )
    code, out, _ = run("pull", ENTRY_ID)
    assert code == EXIT_OK and "already installed" in out
    assert len(hub.content_requests()) == 1

    code, out, _ = run("verify", ENTRY_ID)
    assert code == EXIT_OK and out.startswith(f"OK    {ENTRY_ID}")
    (paths.models_dir() / "my-own.gguf").write_bytes(b"GGUF")
    code, out, _ = run("verify")
    assert code == EXIT_OK
    assert "my-own.gguf is not in the catalog" in out

    with installed.open("r+b") as fh:
        fh.seek(1000)
        fh.write(b"\xff")
    code, out, _ = run("verify", ENTRY_ID)
    assert code == EXIT_FAILED
    assert out.startswith(f"BAD   {ENTRY_ID}") and "hearth models rm" in out
    code, _, _ = run("verify")
    assert code == EXIT_FAILED

    code, out, _ = run("rm", ENTRY_ID)
    assert code == EXIT_OK and f"Removed {installed}" in out
    assert not installed.exists()
    code, _, err = run("rm", ENTRY_ID)
    assert code == EXIT_NOT_INSTALLED and "not installed" in err
    code, _, err = run("verify", ENTRY_ID)
    assert code == EXIT_NOT_INSTALLED


def test_progress_without_a_terminal_is_a_line_per_tenth(hub: HubServer) -> None:
    hub.rate_bps = 100 * 1024 * 1024
    code, _, err = run("pull", ENTRY_ID)
    assert code == EXIT_OK
    lines = [line for line in err.splitlines() if line.startswith(ENTRY_ID)]
    assert "\r" not in err
    assert 2 <= len(lines) <= 12
    assert lines[-1].split()[2] == "100.0%"


def test_failed_pull_exits_1_with_the_reason(hub: HubServer) -> None:
    hub.corrupt = True
    code, _, err = run("pull", ENTRY_ID)
    assert code == EXIT_FAILED
    assert "error: The downloaded file for SmolLM2 135M Instruct (test) does not match" in err
    assert not (paths.models_dir() / "SmolLM2-135M-Instruct.Q4_1.gguf").exists()
    code, _, err = run("rm", ENTRY_ID)
    assert code == EXIT_NOT_INSTALLED


def test_rm_also_removes_a_paused_partial(hub: HubServer) -> None:
    entry = load_catalog().get(ENTRY_ID)
    assert entry is not None
    partial_path(entry).write_bytes(b"x" * 1000)
    code, out, _ = run("list")
    assert "paused at 0%" in out
    code, out, _ = run("rm", ENTRY_ID)
    assert code == EXIT_OK and str(partial_path(entry)) in out
    assert not partial_path(entry).exists()


def test_unknown_id_and_bad_usage_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run("pull", "qwen2.5-7")
    assert code == EXIT_USAGE
    assert "no model 'qwen2.5-7'" in err and "Did you mean: qwen2.5-7b" in err
    assert main(["frobnicate"]) == EXIT_USAGE
    assert main([]) == EXIT_USAGE
    assert "usage: hearth models" in capsys.readouterr().err


def test_hearth_entry_point_dispatches_models(capsys: pytest.CaptureFixture[str]) -> None:
    assert hearth_main(["models", "list"]) == EXIT_OK
    assert "qwen2.5-7b" in capsys.readouterr().out


def _cli_env(hub: HubServer, hearth_home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "HEARTH_HOME": str(hearth_home),
        "HF_ENDPOINT": hub.endpoint,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "PYTHONPATH": str(ROOT),
    }


def _wait_for(condition: Callable[[], bool], timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "the condition never came true"
        time.sleep(0.05)


def test_ctrl_c_during_pull_pauses_and_exits_130(hub: HubServer, hearth_home: Path) -> None:
    """SIGINT, as a terminal's Ctrl+C sends it, in a real ``python -m app models pull``."""
    entry = load_catalog().get(ENTRY_ID)
    assert entry is not None
    hub.rate_bps = 4 * MB
    pull = subprocess.Popen(
        python_m_app("models", "pull", ENTRY_ID),
        env=_cli_env(hub, hearth_home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait_for(lambda: partial_bytes(entry) > MB or pull.poll() is not None)
        pull.send_signal(signal.SIGINT)
        out, err = pull.communicate(timeout=60)
    finally:
        if pull.poll() is None:
            pull.kill()
            pull.communicate()
    assert "Traceback" not in err, err
    assert pull.returncode == EXIT_INTERRUPTED, err
    assert f"run `hearth models pull {ENTRY_ID}` again to continue" in err
    assert partial_bytes(entry) > MB and not entry.install_path().exists()


def test_rm_refuses_the_model_an_open_hearth_is_using(
    starter_model: Path, hearth_home: Path
) -> None:
    """Another process holds the data folder's instance lock (as an open window does) and its
    settings name the file: rm refuses with exit 1; --force deletes it; without the lock, or for
    another model, rm just deletes."""
    paths.user_catalog_path().write_text(starter_catalog_toml(ENTRY_ID), encoding="utf-8")
    entry = load_catalog().get(ENTRY_ID)
    assert entry is not None
    installed = entry.install_path()
    settings = Settings()
    settings.local.model_path = str(installed)
    save_settings(settings)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_INSTANCE_LOCK],
        env={**os.environ, "HEARTH_HOME": str(hearth_home), "PYTHONPATH": str(ROOT)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        installed.symlink_to(starter_model)  # an installed file; deleting a link keeps the real one
        code, out, err = run("rm", ENTRY_ID)
        assert code == EXIT_FAILED and out == ""
        assert err.endswith(
            f"error: Hearth is using {installed.name}; close it first or use --force.\n"
        )
        assert installed.is_symlink()

        code, out, _ = run("rm", ENTRY_ID, "--force")
        assert code == EXIT_OK and f"Removed {installed}" in out
        assert not installed.is_symlink()

        installed.symlink_to(starter_model)
        settings.local.model_path = str(starter_model.parent / "another.gguf")
        save_settings(settings)
        assert run("rm", ENTRY_ID)[0] == EXIT_OK
    finally:
        holder.communicate(input="", timeout=30)
    installed.symlink_to(starter_model)
    settings.local.model_path = str(installed)
    save_settings(settings)
    assert run("rm", ENTRY_ID)[0] == EXIT_OK  # nobody holds the lock: no window is open


def test_ctrl_c_in_any_command_exits_130_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def interrupted(*args: object) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(models_cli, "file_sha256", interrupted)
    entry = load_catalog().get("llama3.2-3b")
    assert entry is not None
    with entry.install_path().open("wb") as fh:
        fh.truncate(entry.size)  # sparse: the right size, so verify starts hashing
    code, _, err = run("verify", "llama3.2-3b")
    assert code == EXIT_INTERRUPTED and err == "\nInterrupted.\n"
