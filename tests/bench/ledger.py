"""Ledger benchmark: streaming with the network ledger's audit hook installed against without it.

    python -m tests.bench.ledger [--tokens 300] [--reps 5] [--threads N]

Each measurement is a fresh child process running the real MainWindow on the starter model
(``tests.bench.stream``'s app path): tokens per second reaching the visible transcript, from
Send to the last token shown. ``on`` installs the ledger first thing, as ``hearth`` does (the
audit hook and its count of bytes at each socket's close); ``off`` does not. The two alternate,
so drift on a shared machine hits both alike. Reports the median and the best of each, the
ratio on / off of each (expected about 1.0) and of the CPU time of a whole run (what the hook
costs however busy the machine is), then, from one more child with the ledger on and a second
hook that counts, how many audit events the run raised, how many of them from Send on (the
answer streaming, saved, shown), by name, and how many the ledger recorded (0: a local answer
uses no network). Prints a table and, last, one JSON line.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.core.machine import default_thread_count
from app.core.models import starter_model_path


def child(kind: str, tokens: int, threads: int) -> dict[str, float]:
    """One answer in this process: ``on``, ``off``, or ``count`` (on, counting audit events)."""
    answering = [False]
    counted: collections.Counter[str] = collections.Counter()
    if kind != "off":
        from app.core import network_ledger

        network_ledger.install()
    if kind == "count":

        def count(event: str, _args: object) -> None:
            counted["all"] += 1
            if answering[0]:
                counted[event] += 1

        sys.addaudithook(count)
    from app.ui.main_window import MainWindow
    from tests.bench.stream import app_rate

    send = MainWindow.send

    def timed_send(window: MainWindow) -> None:
        answering[0] = True  # from Send to the end of the run (the answer, then closing)
        send(window)

    MainWindow.send = timed_send  # type: ignore[method-assign]
    model = starter_model_path()
    assert model is not None
    os.environ["HEARTH_HOME"] = tempfile.mkdtemp(prefix="hearth-bench-")
    result: dict[str, object] = {"rate": app_rate(model, tokens, threads)["rate"]}
    result["cpu_s"] = time.process_time()
    if kind == "count":
        from app.core.network_ledger import LEDGER

        result["audit_events"] = counted.pop("all", 0)
        result["answer_events"] = dict(counted.most_common())
        result["recorded"] = len(LEDGER.session_events())
    return result  # type: ignore[return-value]


def run_child(kind: str, tokens: int, threads: int) -> dict[str, float]:
    """One measurement in a fresh process (as ``tests.bench.stream`` does, for the same reasons)."""
    cmd = [sys.executable, "-m", "tests.bench.ledger", "--child", kind,
           "--tokens", str(tokens), "--threads", str(threads)]  # fmt: skip
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tokens", type=int, default=300)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--threads", type=int, default=0, help="0: the default count")
    parser.add_argument("--child", choices=["on", "off", "count"])
    args = parser.parse_args()
    threads = args.threads or default_thread_count()
    if args.child:
        print(json.dumps(child(args.child, args.tokens, threads)))
        return
    if starter_model_path() is None:
        raise SystemExit("Install the starter model first: pip install -e '.[starter]'")
    on: list[dict[str, float]] = []
    off: list[dict[str, float]] = []
    for _ in range(args.reps):
        off.append(run_child("off", args.tokens, threads))
        on.append(run_child("on", args.tokens, threads))
    count = run_child("count", args.tokens, threads)
    on_rate, off_rate = [r["rate"] for r in on], [r["rate"] for r in off]
    median_ratio = statistics.median(on_rate) / statistics.median(off_rate)
    best_ratio = max(on_rate) / max(off_rate)
    cpu_ratio = statistics.median(r["cpu_s"] for r in on) / statistics.median(
        r["cpu_s"] for r in off
    )
    answer_events: dict[str, int] = count["answer_events"]  # type: ignore[assignment]
    print(f"{args.reps} answers of {args.tokens} tokens each way, {threads} threads")
    print(f"{'ledger':<8}{'median tok/s':>14}{'best tok/s':>12}{'CPU s/run':>11}")
    for name, runs in (("off", off), ("on", on)):
        rates = [r["rate"] for r in runs]
        cpu = statistics.median(r["cpu_s"] for r in runs)
        print(f"{name:<8}{statistics.median(rates):>14.1f}{max(rates):>12.1f}{cpu:>11.2f}")
    print(f"ratio on / off: {median_ratio:.3f} median, {best_ratio:.3f} best (expected ~1.0);")
    print(f"CPU time of a whole run (start, load, answer), on / off: {cpu_ratio:.3f}")
    print(
        f"one run with the ledger on raised {int(count['audit_events'])} audit events, "
        f"{sum(answer_events.values())} of them from Send on ({answer_events}); "
        f"the ledger recorded {int(count['recorded'])}"
    )
    result = {
        "bench": "ledger",
        "reps": args.reps,
        "tokens": args.tokens,
        "threads": threads,
        "off_tokens_per_s": round(statistics.median(off_rate), 1),
        "on_tokens_per_s": round(statistics.median(on_rate), 1),
        "on_vs_off_median": round(median_ratio, 3),
        "on_vs_off_best": round(best_ratio, 3),
        "cpu_on_vs_off": round(cpu_ratio, 3),
        "audit_events_per_run": int(count["audit_events"]),
        "audit_events_from_send": sum(answer_events.values()),
        "ledger_events_recorded": int(count["recorded"]),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
