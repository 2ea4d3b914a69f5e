"""Paths honour HEARTH_HOME; settings are typed, versioned, atomic, and survive corruption."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core import paths
from app.core.settings import Settings, load_settings, save_settings


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


def test_settings_round_trip(hearth_home: Path) -> None:
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


def test_save_is_atomic_and_leaves_no_temp_files(hearth_home: Path) -> None:
    for i in range(5):
        s = Settings()
        s.generation.max_tokens = 100 + i
        save_settings(s)
    assert load_settings()[0].generation.max_tokens == 104
    assert [p.name for p in hearth_home.iterdir() if p.name.startswith(".settings")] == []
