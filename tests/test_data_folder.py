"""Hearth's data folder is private, repaired when an older Hearth left it open, and a folder that
cannot be written is said so plainly, while reading what is there still works."""

from __future__ import annotations

import io
import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.core import paths
from app.core.catalog import load_catalog
from app.core.instance import acquire_instance_lock
from app.core.settings import Settings, save_settings
from app.models_cli import EXIT_FAILED, EXIT_OK
from app.models_cli import main as models_main
from app.ui.application import run_gui
from tests.helpers.hub_server import starter_catalog_toml
from tests.helpers.read_only import read_only

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The umask most desktops run with (022), which left files 0644 before the fix."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def _start_and_quit_the_gui(qapp: QApplication) -> None:
    """Run the real start-up, open the window, and quit as soon as the event loop runs."""
    before = list(logging.getLogger("app").handlers)
    quit_soon = QTimer()  # stopped afterwards: a quit left pending would end the next test's waits
    quit_soon.setSingleShot(True)
    quit_soon.timeout.connect(qapp.quit)
    quit_soon.start(0)
    try:
        assert run_gui() == 0
    finally:
        quit_soon.stop()
        for handler in logging.getLogger("app").handlers:
            if handler not in before:
                logging.getLogger("app").removeHandler(handler)
                handler.close()


def _modes(home: Path) -> dict[str, int]:
    return {
        str(p.relative_to(home)): stat.S_IMODE(p.lstat().st_mode)
        for p in [home, *home.rglob("*")]
        if not p.is_symlink()
    }


@posix_only
@pytest.mark.usefixtures("usual_umask")
def test_a_new_install_is_readable_by_its_user_alone(hearth_home: Path, qapp: QApplication) -> None:
    hearth_home.rmdir()  # created by Hearth itself, as on a first start
    _start_and_quit_the_gui(qapp)
    save_settings(Settings())  # written when a setting first changes: 0600 like the rest
    modes = _modes(hearth_home)
    assert {"hearth.sqlite3", "hearth.lock", "settings.json", "logs/hearth.log"} <= set(modes)
    wrong = {
        name: oct(mode)
        for name, mode in modes.items()
        if mode != (0o700 if (hearth_home / name).is_dir() else 0o600)
    }
    assert wrong == {}


@posix_only
@pytest.mark.usefixtures("usual_umask")
def test_an_older_install_is_made_private_on_start(hearth_home: Path, qapp: QApplication) -> None:
    hearth_home.chmod(0o755)
    for folder in ("logs", "models", "models/.partial"):
        (hearth_home / folder).mkdir(mode=0o755)
    names = [
        "hearth.sqlite3-wal", "hearth.sqlite3-shm", "logs/hearth.log", "logs/hearth.log.1",
        "settings.json", "models.toml", "probed-models.json", "hearth.lock",
    ]  # fmt: skip
    for name in names:
        (hearth_home / name).write_text("")
    (hearth_home / "notes.txt").write_text("the user's own file, not Hearth's")
    for path in [hearth_home, *hearth_home.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    (hearth_home / "hearth.sqlite3-wal").unlink()  # an empty -wal/-shm belong to no database
    (hearth_home / "hearth.sqlite3-shm").unlink()

    from app.core.store import ConversationStore

    store = ConversationStore(paths.database_path())  # made 0600 now: make it 0644 as before
    store.close()
    paths.database_path().chmod(0o644)

    _start_and_quit_the_gui(qapp)
    modes = _modes(hearth_home)
    assert modes.pop("notes.txt") == 0o644
    wrong = {
        name: oct(mode)
        for name, mode in modes.items()
        if mode != (0o700 if (hearth_home / name).is_dir() else 0o600)
    }
    assert wrong == {}


def _models(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = models_main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


ENTRY_ID = "smollm2-135m-test"


def test_models_list_reads_a_read_only_folder_that_has_no_models_folder(
    hearth_home: Path,
) -> None:
    with read_only(hearth_home):
        code, out, err = _models("list")
    assert (code, err) == (EXIT_OK, "")
    assert "qwen2.5-7b" in out
    assert not (hearth_home / "models").exists()


def test_models_list_works_on_a_read_only_folder_and_pull_or_rm_say_why_not(
    hearth_home: Path, starter_model: Path
) -> None:
    paths.user_catalog_path().write_text(starter_catalog_toml(ENTRY_ID), encoding="utf-8")
    entry = load_catalog().get(ENTRY_ID)
    assert entry is not None
    entry.install_path().symlink_to(starter_model)
    with read_only(hearth_home):
        code, out, err = _models("list")
        assert (code, err) == (EXIT_OK, "")
        assert "installed" in next(line for line in out.splitlines() if line.startswith(ENTRY_ID))
        for command in ("pull", "rm"):
            code, out, err = _models(command, ENTRY_ID)
            assert code == EXIT_FAILED and out == ""
            assert err.startswith(f"error: Hearth cannot write to its data folder {hearth_home}: ")
            assert err.endswith(". Set HEARTH_HOME to a writable folder.\n")
            assert "Traceback" not in err
    assert entry.install_path().is_symlink()  # rm removed nothing


def test_the_instance_lock_on_a_read_only_folder_says_so(hearth_home: Path) -> None:
    with read_only(hearth_home), pytest.raises(paths.DataFolderError) as caught:
        acquire_instance_lock()
    assert str(caught.value).startswith(f"Hearth cannot write to its data folder {hearth_home}: ")
