"""The one place that knows where Hearth keeps its files.

By default files go to the platform's usual folders (platformdirs). Setting the environment
variable ``HEARTH_HOME`` puts every file of the app -- settings, database, models, logs -- under
that one folder; the tests always set it.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_DIR_NAME = "Hearth"
HOME_ENV = "HEARTH_HOME"


def _override() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser().resolve() if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
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


def settings_path() -> Path:
    return config_dir() / "settings.json"


def probed_models_path() -> Path:
    """Model files that already loaded once in a child process (see engines.local)."""
    return data_dir() / "probed-models.json"


def lock_path() -> Path:
    return data_dir() / "hearth.lock"


def user_catalog_path() -> Path:
    """A catalog file of the user's own that extends or overrides the shipped one."""
    return config_dir() / "models.toml"
