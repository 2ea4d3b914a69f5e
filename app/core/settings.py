"""Typed, versioned user settings, written atomically.

A settings file that cannot be read is set aside (renamed ``settings.json.corrupt-<time>``) and
defaults are used; ``load_settings`` returns a message for the user instead of raising. Secrets
never live here: API keys and tokens go through :mod:`app.core.secrets`.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
import time
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from app.core import paths

SETTINGS_VERSION = 1
DEFAULT_CONTEXT_CAP = 8192  # tokens; a model's own context is used up to this many

Route = Literal["local", "hosted"]
Provider = Literal["openai", "anthropic", "openai_compatible"]


@dataclass
class GenerationSettings:
    system_prompt: str = "You are a helpful assistant."
    temperature: float = 0.7
    top_p: float = 0.95
    max_tokens: int = 1024
    seed: int = -1


@dataclass
class LocalSettings:
    model_path: str = ""
    n_threads: int = 0  # 0: chosen for this machine
    context_cap: int = DEFAULT_CONTEXT_CAP
    n_gpu_layers: int = -1  # -1: offload every layer when llama.cpp was built with a GPU backend


@dataclass
class HostedSettings:
    provider: Provider = "openai"
    base_url: str = ""  # only for openai_compatible
    models: dict[str, str] = field(
        default_factory=lambda: {
            "openai": "gpt-4o-mini-2024-07-18",
            "anthropic": "claude-3-5-haiku-20241022",
            "openai_compatible": "",
        }
    )
    connect_timeout_s: float = 10.0
    chunk_timeout_s: float = 60.0
    total_timeout_s: float = 600.0
    max_retries: int = 4
    # USD per million tokens, set by the user: {"<provider>/<model>": [prompt, completion]}
    prices: dict[str, list[float]] = field(default_factory=dict)


@dataclass
class ServerSettings:
    """Hearth's local OpenAI-compatible server (off by default; the token is in the keychain)."""

    enabled: bool = False
    host: str = "127.0.0.1"  # another interface only when the user sets it (with a warning)
    port: int = 4891  # 1-65535
    allow_hosted: bool = False  # answer with the hosted route too (not offered yet)
    log_prompts: bool = False  # the request log keeps prompt text only when this is on
    cors_origins: list[str] = field(default_factory=list)  # no CORS headers when empty


@dataclass
class Settings:
    version: int = SETTINGS_VERSION
    route: Route = "local"
    generation: GenerationSettings = field(default_factory=GenerationSettings)
    local: LocalSettings = field(default_factory=LocalSettings)
    hosted: HostedSettings = field(default_factory=HostedSettings)
    server: ServerSettings = field(default_factory=ServerSettings)
    imported_models: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


class SettingsError(ValueError):
    """A settings value of the wrong shape; the message names the field."""


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
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(hint, type):
        return isinstance(value, hint)
    return True


def _build(cls: type, data: Any, where: str, problems: list[str]) -> Any:
    """Build dataclass ``cls`` from ``data``, keeping defaults for missing or wrong fields."""
    obj = cls()
    if not isinstance(data, dict):
        problems.append(f"{where or 'settings'}: expected a table, found {type(data).__name__}")
        return obj
    hints = typing.get_type_hints(cls)
    for f in dataclasses.fields(cls):
        if f.name not in data:
            continue
        value, hint, name = data[f.name], hints[f.name], f"{where}{f.name}"
        if dataclasses.is_dataclass(hint):
            setattr(obj, f.name, _build(hint, value, f"{name}.", problems))  # type: ignore[arg-type]
        elif _matches(value, hint):
            if hint is float:
                value = float(value)
            setattr(obj, f.name, value)
        else:
            problems.append(f"{name}: {value!r} is not valid; using the default")
    return obj


def settings_from_dict(data: Any) -> tuple[Settings, list[str]]:
    problems: list[str] = []
    settings = _build(Settings, data, "", problems)
    settings.version = SETTINGS_VERSION
    return settings, problems


def load_settings(path: Path | None = None) -> tuple[Settings, str | None]:
    """Read settings; return them with a message for the user when something was wrong."""
    path = path or paths.settings_path()
    if not path.exists():
        return Settings(), None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("the file does not hold a JSON object")
    except (OSError, ValueError) as exc:
        aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            path.replace(aside)
            where = f"It was set aside as {aside.name}."
        except OSError:
            where = "It could not be moved aside."
        return Settings(), (
            f"Your settings file could not be read ({exc}). Hearth is using default settings. "
            f"{where}"
        )
    settings, problems = settings_from_dict(data)
    if problems:
        return settings, "Some settings were not valid and were reset: " + "; ".join(problems)
    return settings, None


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
