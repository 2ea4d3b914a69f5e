"""Start-up settles every problem before the window exists, with a message and a way forward.

The dialogs are real QMessageBoxes; the tests only press a button, by patching ``exec``.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core import paths
from app.core.instance import acquire_instance_lock
from app.core.store import SCHEMA_VERSION, ConversationStore
from app.ui import application
from app.ui.application import QUIT, RETRY, SET_ASIDE, open_store, run_gui
from app.ui.main_window import MainWindow
from tests.helpers.read_only import read_only

Shown = list[tuple[str, list[str]]]
Dialogs = Callable[[Iterable[str]], Shown]

pytestmark = pytest.mark.usefixtures("qapp")  # message boxes need the QApplication


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """``dialogs(answers)``: every message box shown is recorded as (text, buttons) and answered
    by pressing the button that the next of ``answers`` names."""

    def install(answers: Iterable[str]) -> Shown:
        shown: Shown = []
        upcoming = iter(answers)

        def press(box: QMessageBox) -> int:
            shown.append((box.text(), [b.text() for b in box.buttons()]))
            choice = next(upcoming)
            next(b for b in box.buttons() if b.text() == choice).click()
            return 0

        monkeypatch.setattr(application, "_someone_can_answer", lambda: True)
        monkeypatch.setattr(QMessageBox, "exec", press)
        return shown

    return install


@pytest.fixture
def quick_lock_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """Give up on a locked database after 0.2 s instead of 5 s."""
    monkeypatch.setattr(
        application, "ConversationStore", functools.partial(ConversationStore, busy_timeout_s=0.2)
    )


def _hearth_db(path: Path) -> None:
    store = ConversationStore(path)
    store.create_conversation("Kept")
    store.close()


def test_a_damaged_database_is_set_aside_and_a_fresh_one_opened(
    dialogs: Dialogs,
) -> None:
    path = paths.database_path()
    path.write_bytes(b"this is not SQLite" * 1000)
    shown = dialogs([SET_ASIDE])
    store = open_store(path)
    assert store is not None
    assert store.conversations() == []
    store.close()
    [(text, buttons)] = shown
    assert "is damaged" in text and "where it stays for recovery" in text
    assert buttons == [SET_ASIDE, QUIT]
    [aside] = path.parent.glob("hearth.sqlite3.damaged-*")
    assert aside.read_bytes() == b"this is not SQLite" * 1000


def test_quitting_at_a_damaged_database_leaves_it_alone(
    dialogs: Dialogs,
) -> None:
    path = paths.database_path()
    path.write_bytes(b"\x00" * 4096)
    shown = dialogs([QUIT])
    assert open_store(path) is None
    assert len(shown) == 1
    assert path.read_bytes() == b"\x00" * 4096
    assert list(path.parent.glob("*.damaged-*")) == []


@pytest.mark.usefixtures("quick_lock_wait")
def test_a_locked_database_is_retried_until_the_other_program_lets_go(dialogs: Dialogs) -> None:
    path = paths.database_path()
    _hearth_db(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")

    def answers() -> Iterator[str]:
        yield RETRY  # still locked: asked again
        other.execute("ROLLBACK")  # the user closes the other program, then retries
        yield RETRY

    shown = dialogs(answers())
    try:
        store = open_store(path)
    finally:
        other.close()
    assert store is not None and [c.title for c in store.conversations()] == ["Kept"]
    store.close()
    assert [buttons for _, buttons in shown] == [[RETRY, QUIT], [RETRY, QUIT]]
    assert all("locked by another program" in text for text, _ in shown)


@pytest.mark.usefixtures("quick_lock_wait")
def test_quitting_at_a_locked_database(dialogs: Dialogs) -> None:
    path = paths.database_path()
    _hearth_db(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        shown = dialogs([QUIT])
        assert open_store(path) is None
    finally:
        other.close()
    assert len(shown) == 1


@pytest.mark.parametrize("kind", ["newer", "folder"])
def test_a_newer_or_unusable_database_can_only_be_quit(kind: str, dialogs: Dialogs) -> None:
    path = paths.database_path()
    if kind == "newer":
        _hearth_db(path)
        db = sqlite3.connect(path)
        db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
        db.commit()
        db.close()
    else:
        path.mkdir()
    shown = dialogs([QUIT])
    assert open_store(path) is None
    [(text, buttons)] = shown
    assert buttons == [QUIT]
    newer = f"made by a newer Hearth (version {SCHEMA_VERSION + 1})"
    expected = newer if kind == "newer" else "it is a folder"
    assert expected in text


def test_the_gui_quits_at_a_damaged_database_before_any_window(
    dialogs: Dialogs, qapp: QApplication
) -> None:
    paths.database_path().write_bytes(b"garbage" * 100)
    shown = dialogs([QUIT])
    windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)]
    handlers = list(logging.getLogger("app").handlers)
    try:
        assert run_gui() == 1
    finally:
        for handler in logging.getLogger("app").handlers:
            if handler not in handlers:
                logging.getLogger("app").removeHandler(handler)
                handler.close()
    assert len(shown) == 1 and "damaged" in shown[0][0]
    assert [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)] == windows
    acquire_instance_lock().release()  # run_gui let go of the data folder


@pytest.mark.parametrize("how", ["read-only folder", "file in the way"])
def test_a_data_folder_that_cannot_be_written_stops_the_gui_with_words(
    how: str, hearth_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    if how == "file in the way":
        blocker = hearth_home / "blocker"
        blocker.write_text("a file where Hearth's folder should be")
        monkeypatch.setenv(paths.HOME_ENV, str(blocker / "home"))
        assert run_gui() == 1
    else:
        with read_only(hearth_home):
            assert run_gui() == 1
    err = capsys.readouterr().err
    assert "Hearth cannot write to its data folder" in err and "Set HEARTH_HOME" in err
    assert "Traceback" not in err
    if how == "read-only folder" and "permission denied" not in err:
        assert f"{hearth_home}: read-only." in err
