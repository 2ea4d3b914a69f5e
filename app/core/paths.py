"""The one place that knows where Hearth keeps its files, and that they are private.

By default files go to the platform's usual folders (platformdirs). Setting the environment
variable ``HEARTH_HOME`` puts every file of the app -- settings, database, models, logs -- under
that one folder; the tests always set it.

Hearth's folders are created readable by the user alone (0700) and its files 0600 on POSIX
systems; :func:`make_private` repairs the modes of an install made before that rule. Asking for a
folder creates it when it can; on a read-only data folder it returns the path all the same, so
that listing what is there still works, and :func:`require_writable` tells a command that must
write there what is wrong in words.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

import platformdirs

from app.core.text import QT_TRANSLATE_NOOP, Text

APP_DIR_NAME = "Hearth"
HOME_ENV = "HEARTH_HOME"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


class DataFolderError(RuntimeError):
    """A folder Hearth must write to cannot be written; the message says so in words."""


def _override() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser().resolve() if value else None


def _ensure(path: Path) -> Path:
    """Create ``path`` (private) when missing; return it even when it cannot be created."""
    with contextlib.suppress(OSError):  # read-only: readers see nothing; writers ask first
        path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """Conversations database, models and other user data."""
    root = _override()
    if root is not None:
        return _ensure(root)
    return _ensure(Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)))


def config_dir() -> Path:
    """Settings and the user's own catalog additions."""
    root = _override()
    if root is not None:
        return _ensure(root)
    return _ensure(Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)))


def logs_dir() -> Path:
    root = _override()
    if root is not None:
        return _ensure(root / "logs")
    return _ensure(Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False)))


def models_dir() -> Path:
    """GGUF files that Hearth downloaded or that the user dropped in."""
    return _ensure(data_dir() / "models")


def downloads_dir() -> Path:
    """Partial downloads, kept across restarts so they can resume."""
    return _ensure(models_dir() / ".partial")


def database_path() -> Path:
    return data_dir() / "hearth.sqlite3"


def documents_database_path() -> Path:
    """The user's document collections, their passages and search index (see core.documents)."""
    return data_dir() / "documents.sqlite3"


def settings_path() -> Path:
    return config_dir() / "settings.json"


def probed_models_path() -> Path:
    """Model files that already loaded once in a child process (see engines.local)."""
    return data_dir() / "probed-models.json"


def network_ledger_path() -> Path:
    """The record of every connection Hearth made or was refused (see core.network_ledger)."""
    return data_dir() / "network-ledger.jsonl"


def lock_path() -> Path:
    return data_dir() / "hearth.lock"


def user_catalog_path() -> Path:
    """A catalog file of the user's own that extends or overrides the shipped one."""
    return config_dir() / "models.toml"


def private_opener(path: str, flags: int) -> int:
    """An ``opener`` for :func:`open` that creates files readable by the user alone."""
    return os.open(path, flags, PRIVATE_FILE_MODE)


def make_private(path: Path) -> None:
    """Give an existing folder mode 0700 or a regular file 0600 (POSIX; a no-op elsewhere).

    Links are left alone (their target may be anything), and so is a file that is gone or that
    belongs to someone else: tightening modes is a repair, never a reason to fail.
    """
    if os.name != "posix":
        return
    try:
        info = path.lstat()
        if stat.S_ISDIR(info.st_mode):
            wanted = PRIVATE_DIR_MODE
        elif stat.S_ISREG(info.st_mode):
            wanted = PRIVATE_FILE_MODE
        else:
            return
        if stat.S_IMODE(info.st_mode) != wanted:
            path.chmod(wanted)
    except OSError:
        return


def make_install_private() -> None:
    """Tighten the modes of an install made when folders were 0755 and files 0644.

    Only Hearth's own folders and the files it names are touched, never everything below
    ``HEARTH_HOME``, which may be a folder the user shares with other things.
    """
    folders = {data_dir(), config_dir(), logs_dir(), models_dir(), downloads_dir()}
    for folder in folders:
        make_private(folder)
    files = [settings_path(), user_catalog_path(), probed_models_path(), lock_path()]
    files.append(network_ledger_path())
    for database in (database_path(), documents_database_path()):
        files += [database.with_name(database.name + suffix) for suffix in ("", "-wal", "-shm")]
    files += sorted(logs_dir().glob("hearth.log*"))
    for file in files:
        make_private(file)


def cannot_write(folder: Path, exc: OSError) -> DataFolderError:
    """The error that says, in words, that ``folder`` cannot be written and what to do."""
    reason: str
    if exc.errno == errno.EROFS:
        reason = Text(QT_TRANSLATE_NOOP("Core", "read-only"))
    elif exc.errno in (errno.EACCES, errno.EPERM):
        reason = Text(QT_TRANSLATE_NOOP("Core", "permission denied"))
    else:
        reason = (exc.strerror or str(exc)).lower()
    return DataFolderError(
        Text(
            QT_TRANSLATE_NOOP(
                "Core",
                "Hearth cannot write to its data folder {folder}: {reason}. Set {variable} to a "
                "writable folder.",
            ),
            folder=str(folder),
            reason=reason,
            variable=HOME_ENV,
        )
    )


def require_writable() -> None:
    """Raise :class:`DataFolderError` unless Hearth can create files in its data folders."""
    for folder in dict.fromkeys((data_dir(), config_dir(), logs_dir())):
        try:
            folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=folder):
                pass
        except OSError as exc:
            raise cannot_write(folder, exc) from exc
