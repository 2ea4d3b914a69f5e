"""Paths honour HEARTH_HOME; settings are typed, versioned, atomic, and survive corruption."""

from __future__ import annotations

import dataclasses
import json
import math
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.core import paths
from app.core import settings as settings_module
from app.core.settings import (
    LocalSettings,
    Settings,
    load_settings,
    save_settings,
    setting_range,
)


def test_every_file_lives_under_hearth_home(hearth_home: Path) -> None:
    for path in (
        paths.database_path(),
        paths.settings_path(),
        paths.models_dir(),
        paths.logs_dir(),
        paths.downloads_dir(),
        paths.lock_path(),
        paths.user_catalog_path(),
    ):
        assert hearth_home in path.parents, path


def test_settings_round_trip() -> None:
    settings = Settings()
    settings.route = "hosted"
    settings.generation.temperature = 0.2
    settings.local.model_path = "/models/x.gguf"
    save_settings(settings)
    loaded, problem = load_settings()
    assert problem is None
    assert loaded == settings
    assert json.loads(paths.settings_path().read_text())["version"] == 1


def test_missing_file_gives_defaults() -> None:
    assert load_settings() == (Settings(), None)


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", "\x00\x01binary"])
def test_corrupt_settings_are_set_aside_not_fatal(content: str, hearth_home: Path) -> None:
    paths.settings_path().write_text(content)
    settings, problem = load_settings()
    assert settings == Settings()
    assert problem is not None and "default settings" in problem
    aside = list(hearth_home.glob("settings.json.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_text() == content
    assert not paths.settings_path().exists()


def test_wrong_field_types_fall_back_per_field() -> None:
    paths.settings_path().write_text(
        json.dumps(
            {
                "route": "moon",
                "generation": {"temperature": "hot", "max_tokens": 64},
                "local": {"n_threads": 3},
                "unknown_key": 1,
            }
        )
    )
    settings, problem = load_settings()
    assert settings.route == "local"
    assert settings.generation.temperature == Settings().generation.temperature
    assert settings.generation.max_tokens == 64
    assert settings.local.n_threads == 3
    assert problem is not None and "route" in problem and "generation.temperature" in problem


def test_saving_leaves_no_temp_files(hearth_home: Path) -> None:
    for i in range(5):
        s = Settings()
        s.generation.max_tokens = 100 + i
        save_settings(s)
    assert load_settings()[0].generation.max_tokens == 104
    assert [p.name for p in hearth_home.iterdir() if p.name.startswith(".settings")] == []


_WRITER = """
from app.core.settings import Settings, save_settings

settings = Settings()
for i in range(1_000_000):
    settings.generation.system_prompt = str(i % 2) * 1_000_000
    settings.generation.seed = i
    save_settings(settings)
    print(i, flush=True)
"""


def _complete_save(path: Path) -> int:
    """The seed of the complete save that ``path`` holds; fails on a partial or mixed file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    seed: int = data["generation"]["seed"]
    assert data["generation"]["system_prompt"] == str(seed % 2) * 1_000_000
    return seed


def test_a_writer_killed_mid_save_leaves_the_old_or_the_new_file() -> None:
    """A child saves a 1 MB settings file in a loop. Read while it writes, the file is always
    one complete save; SIGKILLed at any moment (five times), it leaves one complete save."""
    path = paths.settings_path()
    for run in range(5):
        writer = subprocess.Popen(
            [sys.executable, "-c", _WRITER],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])},
        )
        assert writer.stdout is not None
        try:
            saved = int(writer.stdout.readline())
            for _ in range(40 + 7 * run):  # reads land all over the save cycle
                assert _complete_save(path) >= saved
        finally:
            writer.kill()
            writer.wait(timeout=60)
            writer.stdout.close()
        assert _complete_save(path) >= saved


@pytest.mark.parametrize(
    ("section", "name", "value"),
    [
        ("local", "n_threads", 100_000),  # the segfault of issue 10
        ("local", "n_threads", -2),
        ("local", "context_cap", 10**40),
        ("local", "n_gpu_layers", -5),
        ("generation", "temperature", math.nan),
        ("generation", "temperature", math.inf),
        ("generation", "top_p", -math.inf),
        ("generation", "top_p", 0.0),
        ("generation", "max_tokens", 0),
        ("generation", "seed", 2**40),
        ("hosted", "connect_timeout_s", math.nan),
        ("hosted", "chunk_timeout_s", 0),
        ("hosted", "total_timeout_s", 10**400),
        ("hosted", "max_retries", 1000),
    ],
)
def test_a_value_out_of_range_is_reset_and_named(section: str, name: str, value: float) -> None:
    paths.settings_path().write_text(json.dumps({section: {name: value}}))  # NaN as JSON does
    settings, problem = load_settings()
    assert getattr(getattr(settings, section), name) == getattr(getattr(Settings(), section), name)
    assert problem is not None
    assert problem.startswith("Some settings were not valid and were reset:")
    assert f"{section}.{name}:" in problem


def _bounded_fields() -> list[tuple[str, str, float, float]]:
    found = []
    for section in dataclasses.fields(Settings):
        if dataclasses.is_dataclass(section.default_factory):  # type: ignore[misc]
            for f in dataclasses.fields(section.default_factory):  # type: ignore[arg-type]
                if "range" in f.metadata and f.name != "prices":
                    found.append((section.name, f.name, *f.metadata["range"]))
    return found


def test_every_number_is_range_checked_at_its_bounds() -> None:
    bounded = _bounded_fields()
    assert {name for _, name, _, _ in bounded} == {
        "temperature", "top_p", "max_tokens", "seed", "n_threads", "context_cap", "n_gpu_layers",
        "kv_cache_limit_mb", "font_size",
        "connect_timeout_s", "chunk_timeout_s", "total_timeout_s", "max_retries", "port",
        "last_conversation",
    }  # fmt: skip
    for section, name, low, high in bounded:
        step = 1 if isinstance(getattr(getattr(Settings(), section), name), int) else 0.001
        for value, kept in ((low, True), (high, True), (low - step, False), (high + step, False)):
            paths.settings_path().write_text(json.dumps({section: {name: value}}))
            settings, problem = load_settings()
            assert (getattr(getattr(settings, section), name) == value) is kept, (name, value)
            assert (problem is None) is kept, (name, value, problem)
    assert setting_range(LocalSettings, "n_threads") == (0, 256)


def test_prices_must_be_finite_and_not_negative() -> None:
    good = {"openai/gpt-4o-mini": [0.15, 0.6]}
    for prices, kept in ((good, True), ({"x/y": [-1, 2]}, False), ({"x/y": [1e300, 2]}, False)):
        paths.settings_path().write_text(json.dumps({"hosted": {"prices": prices}}))
        settings, problem = load_settings()
        assert (settings.hosted.prices == prices) is kept
        assert (problem is None) is kept
    paths.settings_path().write_text('{"hosted": {"prices": {"x/y": [NaN, 1]}}}')
    settings, problem = load_settings()
    assert settings.hosted.prices == {} and problem is not None and "hosted.prices" in problem


def test_unknown_keys_are_named() -> None:
    paths.settings_path().write_text(
        json.dumps({"version": 1, "theme": "dark", "local": {"n_thread": 4, "n_threads": 2}})
    )
    settings, problem = load_settings()
    assert settings.local.n_threads == 2
    assert problem == (
        "Some settings are unknown to this Hearth and were ignored: theme, local.n_thread."
    )


def test_a_deeply_nested_file_is_set_aside(hearth_home: Path) -> None:
    content = "[" * 100_000 + "]" * 100_000
    paths.settings_path().write_text(content)
    settings, problem = load_settings()
    assert settings == Settings()
    assert problem is not None and "nested too deeply" in problem and "default settings" in problem
    aside = list(hearth_home.glob("settings.json.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_text() == content


def test_a_file_from_a_newer_hearth_is_read_and_kept(hearth_home: Path) -> None:
    content = json.dumps(
        {
            "version": 2,
            "generation": {"temperature": 0.3, "style": "terse"},
            "sync": {"enabled": True},
        }
    )
    paths.settings_path().write_text(content)
    settings, problem = load_settings()
    assert settings.generation.temperature == 0.3 and settings.version == 1
    assert problem is not None
    assert problem.startswith("Your settings file was made by a newer Hearth (version 2).")
    assert "settings.json.v2" in problem and "unknown" not in problem
    kept = hearth_home / "settings.json.v2"
    assert kept.read_text() == content
    if os.name == "posix":
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    save_settings(settings)
    assert kept.read_text() == content


def test_older_files_pass_through_the_migrations(monkeypatch: pytest.MonkeyPatch) -> None:
    def version_2(data: dict[str, Any]) -> dict[str, Any]:
        local = data.get("local", {})
        local["n_threads"] = local.pop("threads", 0)
        return {**data, "local": local, "version": 2}

    monkeypatch.setattr(settings_module, "SETTINGS_VERSION", 2)
    monkeypatch.setitem(settings_module.MIGRATIONS, 1, version_2)
    paths.settings_path().write_text(json.dumps({"version": 1, "local": {"threads": 3}}))
    settings, problem = load_settings()
    assert problem is None
    assert settings.local.n_threads == 3 and settings.version == 2


def test_the_configuration_guide_names_every_setting_with_its_default_and_range() -> None:
    guide = (Path(__file__).parents[1] / "docs" / "configuration.md").read_text(encoding="utf-8")
    rows = {
        line.split("|")[1].strip(): line for line in guide.splitlines() if line.startswith("| `")
    }

    def shown(number: float) -> str:
        return f"{number:g}" if isinstance(number, float) else str(number)

    defaults = Settings()
    for section in dataclasses.fields(Settings):
        value = getattr(defaults, section.name)
        if not dataclasses.is_dataclass(value):
            assert f"`{json.dumps(value)}`" in rows[f"`{section.name}`"], section.name
            continue
        for f in dataclasses.fields(value):
            row = rows.get(f"`{section.name}.{f.name}`")
            assert row is not None, f"{section.name}.{f.name} is not documented"
            assert f"`{json.dumps(getattr(value, f.name))}`" in row, row
            if "range" in f.metadata:
                low, high = f.metadata["range"]
                assert shown(low) in row and f"to {shown(high)}" in row, row
