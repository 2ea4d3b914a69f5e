"""``hearth models list|pull|verify|rm`` against the local Hub-protocol server: output, progress
bar and exit codes."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.__main__ import main as hearth_main
from app.core import paths
from app.core.catalog import load_catalog
from app.core.downloads import partial_path
from app.models_cli import (
    EXIT_FAILED,
    EXIT_NOT_INSTALLED,
    EXIT_OK,
    EXIT_USAGE,
    main,
)
from tests.helpers.hub_server import (
    STARTER_SIZE,
    HubServer,
    running_hub,
    starter_catalog_toml,
)

ENTRY_ID = "smollm2-135m-test"


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
