"""Typed, versioned user settings, checked on load and written atomically.

Every numeric setting carries its valid range next to its field (:func:`bounded`), so that loading
and the settings dialog use the same bounds (:func:`setting_range`). Loading never raises: a file
that cannot be read is set aside (renamed ``settings.json.corrupt-<time>``) and defaults are
used; a value of the wrong type, out of range, NaN or infinite is reset to its default; unknown
keys are named; an older file is migrated (:data:`MIGRATIONS`); a file from a newer Hearth is read
as far as this one understands it and kept as ``settings.json.v<N>`` before it is ever replaced.
``load_settings`` returns one message for the user that says all of this. Secrets never live
here: API keys and tokens go through :mod:`app.core.secrets`.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import reprlib
import tempfile
import time
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from app.core import paths
from app.core.providers import PROVIDERS, default_models
from app.core.text import QT_TRANSLATE_NOOP, Text, joined

SETTINGS_VERSION = 1
DEFAULT_CONTEXT_CAP = 8192  # tokens; a model's own context is used up to this many

_Number = TypeVar("_Number", int, float)


def bounded(default: _Number, low: float, high: float) -> _Number:
    """A numeric setting (or, for a list or dict, every number in it) from ``low`` to ``high``."""
    return field(default=default, metadata={"range": (low, high)})


def setting_range(section: type, name: str) -> tuple[float, float]:
    """The valid range of the numeric setting ``name`` of ``section`` (e.g. LocalSettings)."""
    for f in dataclasses.fields(section):
        if f.name == name:
            low, high = f.metadata["range"]
            return low, high
    raise KeyError(f"{section.__name__} has no setting {name!r}")


Route = Literal["local", "hosted"]
# A hosted provider's id: a key of app.core.providers.PROVIDERS. Loading checks it against that
# table (a Literal of its keys at run time); to type checkers it is a str.
if TYPE_CHECKING:
    Provider = str
else:
    Provider = Literal[tuple(PROVIDERS)]


@dataclass
class GenerationSettings:
    system_prompt: str = "You are a helpful assistant."
    temperature: float = bounded(0.7, 0.0, 2.0)
    top_p: float = bounded(0.95, 0.05, 1.0)
    max_tokens: int = bounded(1024, 1, 32768)
    seed: int = bounded(-1, -1, 2**31 - 1)  # -1: a new seed for every answer


@dataclass
class LocalSettings:
    model_path: str = ""
    n_threads: int = bounded(0, 0, 256)  # 0: chosen for this machine
    context_cap: int = bounded(DEFAULT_CONTEXT_CAP, 512, 262144)
    # -1: offload every layer when llama.cpp was built with a GPU backend
    n_gpu_layers: int = bounded(-1, -1, 1000)
    # saved conversation states on disk (instant return to a conversation); 0: none kept
    kv_cache_limit_mb: int = bounded(2048, 0, 1_000_000)


@dataclass
class HostedSettings:
    provider: Provider = "openai"
    base_url: str = ""  # only for a provider whose address the user sets
    models: dict[str, str] = field(default_factory=default_models)  # pinned model per provider
    connect_timeout_s: float = bounded(10.0, 1, 120)
    chunk_timeout_s: float = bounded(60.0, 1, 600)
    total_timeout_s: float = bounded(600.0, 10, 7200)
    max_retries: int = bounded(4, 0, 10)
    # USD per million tokens, set by the user: {"<provider>/<model>": [prompt, completion]}
    prices: dict[str, list[float]] = field(default_factory=dict, metadata={"range": (0, 10_000)})


@dataclass
class PrivacySettings:
    offline_lock: bool = False  # refuse every connection that would leave this computer
    # while the lock is on, still allow connections within this computer (loopback): Hearth's
    # local server listening, a hosted route at 127.0.0.1
    allow_local_server: bool = True
    encrypt_store: bool = False  # conversations encrypted at rest, the key in the OS keychain


@dataclass
class ServerSettings:
    """Hearth's local OpenAI-compatible server (off by default; the token is in the keychain)."""

    enabled: bool = False
    host: str = "127.0.0.1"  # another interface only when the user sets it (with a warning)
    port: int = bounded(4891, 1, 65535)
    allow_hosted: bool = False  # answer with the hosted route too (not offered yet)
    log_prompts: bool = False  # the request log keeps prompt text only when this is on
    cors_origins: list[str] = field(default_factory=list)  # no CORS headers when empty


Theme = Literal["system", "light", "dark"]


@dataclass
class AppearanceSettings:
    """How the window looks; changed from Settings › Appearance and the View menu."""

    theme: Theme = "system"  # "system": follow the OS colour scheme, and its changes
    font_size: int = bounded(0, 0, 48)  # points; 0: the system's size


@dataclass
class WindowSettings:
    """What the window remembers between runs (written when it closes)."""

    geometry: str = ""  # Qt's saveGeometry(), base64; empty: the default size
    last_conversation: int = bounded(0, 0, 2**63 - 1)  # the chat open at close; 0: none
    sidebar_visible: bool = True
    welcome_dismissed: bool = False  # "Not now" on the welcome page's download offer


@dataclass
class DocumentsSettings:
    """Search in the user's documents (BM25 always; vectors with an installed embedding model)."""

    # a catalog id of an embedding model, or the path of a GGUF file; vectors are used once it
    # is installed; empty: BM25 only
    embedding_model: str = "nomic-embed-text-v1.5"


@dataclass
class Settings:
    version: int = SETTINGS_VERSION
    route: Route = "local"
    language: str = ""  # "de", "fr", …; empty: the operating system's language
    generation: GenerationSettings = field(default_factory=GenerationSettings)
    local: LocalSettings = field(default_factory=LocalSettings)
    hosted: HostedSettings = field(default_factory=HostedSettings)
    privacy: PrivacySettings = field(default_factory=PrivacySettings)
    server: ServerSettings = field(default_factory=ServerSettings)
    documents: DocumentsSettings = field(default_factory=DocumentsSettings)
    appearance: AppearanceSettings = field(default_factory=AppearanceSettings)
    window: WindowSettings = field(default_factory=WindowSettings)
    imported_models: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


# version N -> a function that turns a version-N settings dict into version N+1. A change that
# renames or reinterprets a field bumps SETTINGS_VERSION and adds its step here.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def _matches(value: Any, hint: Any) -> bool:
    origin = typing.get_origin(hint)
    if origin is Literal:
        return value in typing.get_args(hint)
    if origin in (list,):
        (item,) = typing.get_args(hint)
        return isinstance(value, list) and all(_matches(v, item) for v in value)
    if origin in (dict,):
        key, item = typing.get_args(hint)
        return isinstance(value, dict) and all(
            _matches(k, key) and _matches(v, item) for k, v in value.items()
        )
    if origin in (typing.Union, types.UnionType):
        return any(_matches(value, h) for h in typing.get_args(hint))
    if hint is float:  # NaN and the infinities are never a setting
        if isinstance(value, float):
            return math.isfinite(value)
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(hint, type):
        return isinstance(value, hint)
    return True


def _within(value: Any, low: float, high: float) -> bool:
    if isinstance(value, list):
        return all(_within(v, low, high) for v in value)
    if isinstance(value, dict):
        return all(_within(v, low, high) for v in value.values())
    return bool(low <= value <= high)


def _number(value: float) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _version_of(data: dict[str, Any]) -> int | None:
    """The file's format version; None when it is not a version at all."""
    version = data.get("version", SETTINGS_VERSION)
    return version if _matches(version, int) and version >= 1 else None


def _build(cls: type, data: Any, where: str, problems: list[str], unknown: list[str]) -> Any:
    """Build dataclass ``cls`` from ``data``, keeping defaults for missing or wrong fields."""
    obj = cls()
    if not isinstance(data, dict):
        problems.append(
            Text(
                QT_TRANSLATE_NOOP("Core", "{where}: expected a table, found {type}"),
                where=where or "settings",
                type=type(data).__name__,
            )
        )
        return obj
    hints = typing.get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls)}
    unknown.extend(f"{where}{key}" for key in data if key not in known)
    for f in dataclasses.fields(cls):
        if f.name not in data:
            continue
        value, hint, name = data[f.name], hints[f.name], f"{where}{f.name}"
        bounds = f.metadata.get("range")
        default = reprlib.repr(getattr(obj, f.name))
        if dataclasses.is_dataclass(hint):
            setattr(obj, f.name, _build(hint, value, f"{name}.", problems, unknown))  # type: ignore[arg-type]
        elif not _matches(value, hint):
            problems.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core", "{name}: {value} is not valid; using the default {default}"
                    ),
                    name=name,
                    value=reprlib.repr(value),
                    default=default,
                )
            )
        elif bounds and not _within(value, *bounds):
            low, high = (_number(b) for b in bounds)
            problems.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "{name}: {value} is outside {low} to {high}; using the default {default}",
                    ),
                    name=name,
                    value=reprlib.repr(value),
                    low=low,
                    high=high,
                    default=default,
                )
            )
        else:
            setattr(obj, f.name, float(value) if hint is float else value)
    return obj


def settings_from_dict(data: dict[str, Any]) -> tuple[Settings, list[str]]:
    """Settings from a parsed file, and a message per part that was not used.

    ``data`` is migrated to the current version first; a file from a newer Hearth is read as far
    as this one understands it, and its unknown keys are expected, so they are not reported.
    """
    problems: list[str] = []
    version = _version_of(data)
    if version is None:
        problems.append(
            Text(
                QT_TRANSLATE_NOOP("Core", "version: {value} is not valid; using {version}"),
                value=reprlib.repr(data["version"]),
                version=SETTINGS_VERSION,
            )
        )
        version = SETTINGS_VERSION
    for step in range(version, SETTINGS_VERSION):
        data = MIGRATIONS[step](data)
    unknown: list[str] = []
    settings = _build(Settings, data, "", problems, unknown)
    settings.version = SETTINGS_VERSION
    messages: list[str] = []
    if problems:
        messages.append(
            Text(
                QT_TRANSLATE_NOOP(
                    "Core", "Some settings were not valid and were reset: {problems}."
                ),
                problems=joined("; ", problems),
            )
        )
    if unknown and version <= SETTINGS_VERSION:
        messages.append(
            Text(
                QT_TRANSLATE_NOOP(
                    "Core", "Some settings are unknown to this Hearth and were ignored: {names}."
                ),
                names=", ".join(unknown),
            )
        )
    return settings, messages


def _set_aside(path: Path, why: str) -> Text:
    aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        path.replace(aside)
        where = Text(QT_TRANSLATE_NOOP("Core", "It was set aside as {name}."), name=aside.name)
    except OSError:
        where = Text(QT_TRANSLATE_NOOP("Core", "It could not be moved aside."))
    return Text(
        QT_TRANSLATE_NOOP(
            "Core",
            "Your settings file could not be read ({why}). Hearth is using default settings. "
            "{where}",
        ),
        why=why,
        where=where,
    )


def load_settings(path: Path | None = None) -> tuple[Settings, str | None]:
    """Read settings; return them with a message for the user when something was wrong."""
    path = path or paths.settings_path()
    if not path.exists():
        return Settings(), None
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text)
    except RecursionError:
        return Settings(), _set_aside(
            path, Text(QT_TRANSLATE_NOOP("Core", "it is nested too deeply"))
        )
    except (OSError, ValueError) as exc:
        return Settings(), _set_aside(path, str(exc))
    if not isinstance(data, dict):
        return Settings(), _set_aside(
            path, Text(QT_TRANSLATE_NOOP("Core", "the file does not hold a JSON object"))
        )
    settings, messages = settings_from_dict(data)
    version = _version_of(data)
    if version is not None and version > SETTINGS_VERSION:
        keep = path.with_name(f"{path.name}.v{version}")
        try:
            atomic_write_text(keep, text)
            kept = Text(
                QT_TRANSLATE_NOOP("Core", "the newer file is kept as {name}"), name=keep.name
            )
        except OSError as exc:
            kept = Text(
                QT_TRANSLATE_NOOP(
                    "Core", "the newer file could not be copied ({error}), so save with care"
                ),
                error=exc.strerror,
            )
        messages.insert(
            0,
            Text(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "Your settings file was made by a newer Hearth (version {version}). This "
                    "Hearth uses the settings it knows and saves them as version {known}; {kept}.",
                ),
                version=version,
                known=SETTINGS_VERSION,
                kept=kept,
            ),
        )
    return settings, joined(" ", messages) if messages else None


def stored_settings(path: Path | None = None) -> Settings:
    """The saved settings as far as they can be read, changing nothing (no file is set aside,
    no message): for decisions made before the settings owner loads them, at start-up or in a
    child process."""
    try:
        data = json.loads((path or paths.settings_path()).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return Settings()
    return settings_from_dict(data)[0] if isinstance(data, dict) else Settings()


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_settings(settings: Settings, path: Path | None = None) -> None:
    atomic_write_text(
        path or paths.settings_path(), json.dumps(settings.to_dict(), indent=2, sort_keys=True)
    )
