"""One Hearth per data folder: a second instance on the same folder is refused with a message."""

from __future__ import annotations

from filelock import FileLock, Timeout

from app.core import paths
from app.core.text import QT_TRANSLATE_NOOP, Text


class AlreadyRunningError(RuntimeError):
    pass


def acquire_instance_lock() -> FileLock:
    """Hold the data folder's lock for the life of the process (keep the returned object).

    Raises :class:`AlreadyRunningError` when another Hearth holds it, and
    :class:`paths.DataFolderError` when the lock file cannot be created.
    """
    lock = FileLock(str(paths.lock_path()), mode=paths.PRIVATE_FILE_MODE)
    try:
        lock.acquire(timeout=0)
    except Timeout as exc:
        raise AlreadyRunningError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "Hearth is already running with the data folder {folder}. Switch to the open "
                    "window, or close it first.",
                ),
                folder=str(paths.data_dir()),
            )
        ) from exc
    except OSError as exc:
        raise paths.cannot_write(paths.data_dir(), exc) from exc
    return lock


def another_instance_running() -> bool:
    """Whether another Hearth holds the data folder's lock right now.

    False when that cannot be told (a read-only data folder, say). Taking the lock for this check
    is momentary; call it from another process than the one holding the lock.
    """
    lock = FileLock(str(paths.lock_path()))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        return True
    except OSError:
        return False
    lock.release()
    return False
