"""Ledger benchmark: streaming with the network ledger's audit hook installed against without it.

    python -m tests.bench.ledger [--tokens 300] [--reps 5] [--threads N]

Each measurement is a fresh child process running the real MainWindow on the starter model
(``tests.bench.stream``'s app path): tokens per second reaching the visible transcript, from
Send to the last token shown. ``on`` installs the ledger first thing, as ``hearth`` does (the
audit hook and its count of bytes at each socket's close); ``off`` does not. The two alternate,
so drift on a shared machine hits both alike. Reports the median and the best of each and the
ratio on / off of each (expected about 1.0), then, from one more child with the ledger on and a
second hook that counts, how many audit events the whole run raised (start, model load, answer)
and how many the ledger recorded (0: a local answer uses no network). Prints a table and, last,
one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.core.machine import default_thread_count
from app.core.models import starter_model_path


def child(kind: str, tokens: int, threads: int) -> dict[str, float]:
    """One answer in this process: ``on``, ``off``, or ``count`` (on, counting audit events)."""
    counted = [0]
    if kind != "off":
        from app.core import network_ledger

        network_ledger.install()
    if kind == "count":
        sys.addaudithook(lambda _event, _args: counted.__setitem__(0, counted[0] + 1))
    from tests.bench.stream import app_rate

    model = starter_model_path()
    assert model is not None
    os.environ["HEARTH_HOME"] = tempfile.mkdtemp(prefix="hearth-bench-")
    result = {"rate": app_rate(model, tokens, threads)["rate"]}
    if kind == "count":
        from app.core.network_ledger import LEDGER

        result["audit_events"] = counted[0]
        result["recorded"] = len(LEDGER.session_events())
    return result


def run_child(kind: str, tokens: int, threads: int) -> dict[str, float]:
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
    on: list[float] = []
    off: list[float] = []
    for _ in range(args.reps):
        off.append(run_child("off", args.tokens, threads)["rate"])
        on.append(run_child("on", args.tokens, threads)["rate"])
    count = run_child("count", args.tokens, threads)
    median_ratio = statistics.median(on) / statistics.median(off)
    best_ratio = max(on) / max(off)
    print(f"{args.reps} answers of {args.tokens} tokens each way, {threads} threads")
    print(f"{'ledger':<8}{'median tok/s':>14}{'best tok/s':>12}")
    print(f"{'off':<8}{statistics.median(off):>14.1f}{max(off):>12.1f}")
    print(f"{'on':<8}{statistics.median(on):>14.1f}{max(on):>12.1f}")
    print(f"ratio on / off: {median_ratio:.3f} median, {best_ratio:.3f} best (expected ~1.0)")
    print(
        f"one run with the ledger on raised {int(count['audit_events'])} audit events; "
        f"the ledger recorded {int(count['recorded'])}"
    )
    result = {
        "bench": "ledger",
        "reps": args.reps,
        "tokens": args.tokens,
        "threads": threads,
        "off_tokens_per_s": round(statistics.median(off), 1),
        "on_tokens_per_s": round(statistics.median(on), 1),
        "on_vs_off_median": round(median_ratio, 3),
        "on_vs_off_best": round(best_ratio, 3),
        "audit_events_per_run": int(count["audit_events"]),
        "ledger_events_recorded": int(count["recorded"]),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
