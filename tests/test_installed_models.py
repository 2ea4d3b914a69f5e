"""The models folder as the picker sees it: odd entries are listed as unusable with a reason, and
none of them can hang or abort the listing (a FIFO, a symlink loop, a folder, a dangling link)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app.core import paths
from app.core.models import InstalledModel, installed_models

ROOT = Path(__file__).resolve().parents[1]
DEADLINE_S = 60.0


def _list_with_deadline(fifos: list[Path]) -> list[InstalledModel]:
    """``installed_models()`` on a thread, so that a blocked open fails the test, not hangs it."""
    outcome: list[list[InstalledModel]] = []
    thread = threading.Thread(target=lambda: outcome.append(installed_models()), name="list")
    thread.start()
    thread.join(DEADLINE_S)
    if thread.is_alive():
        for fifo in fifos:  # a writer lets a blocked open() return, so the thread can end
            with open(fifo, "wb"):
                pass
        thread.join(10)
        pytest.fail("listing the models folder blocked on a named pipe")
    return outcome[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes and symlinks: POSIX")
def test_odd_entries_in_the_models_folder_are_listed_as_unusable(starter_model: Path) -> None:
    folder = paths.models_dir()
    fifo = folder / "a-fifo.gguf"
    os.mkfifo(fifo)
    (folder / "b-loop.gguf").symlink_to(folder / "b-loop.gguf")
    (folder / "c-ping.gguf").symlink_to(folder / "c-pong.gguf")
    (folder / "c-pong.gguf").symlink_to(folder / "c-ping.gguf")
    (folder / "d-folder.gguf").mkdir()
    (folder / "e-dangling.gguf").symlink_to(folder / "nowhere.gguf")
    (folder / "f-model.gguf").symlink_to(starter_model)

    listed = {m.path.name: m for m in _list_with_deadline([fifo]) if m.source == "folder"}

    assert sorted(listed) == [
        "a-fifo.gguf",
        "b-loop.gguf",
        "c-ping.gguf",
        "c-pong.gguf",
        "d-folder.gguf",
        "e-dangling.gguf",
        "f-model.gguf",
    ]
    assert listed["f-model.gguf"].usable
    unusable = {name: m.problem for name, m in listed.items() if not m.usable}
    assert set(unusable) == set(listed) - {"f-model.gguf"}
    assert "named pipe (FIFO)" in str(unusable["a-fifo.gguf"])
    for name in ("b-loop.gguf", "c-ping.gguf", "c-pong.gguf"):
        assert "symbolic links" in str(unusable[name]), unusable[name]
    assert "folder" in str(unusable["d-folder.gguf"])
    assert all(listed[name].label.endswith("(unusable)") for name in unusable)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX only")
def test_self_test_refuses_a_fifo_at_once(tmp_path: Path, hearth_home: Path) -> None:
    fifo = tmp_path / "pipe.gguf"
    os.mkfifo(fifo)
    env = {
        **os.environ,
        "HEARTH_HOME": str(hearth_home),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "PYTHONPATH": str(ROOT),
    }
    try:
        done = subprocess.run(
            [sys.executable, "-m", "app", "--self-test", "--model", str(fifo)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("--self-test --model FIFO hung instead of refusing the file")
    assert done.returncode != 0
    assert "FAIL: pipe.gguf cannot be used" in done.stdout, done.stdout + done.stderr
    assert "named pipe (FIFO)" in done.stdout
    assert "Traceback" not in done.stderr
