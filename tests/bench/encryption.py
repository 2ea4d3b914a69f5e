"""Encryption-at-rest benchmark: store writes on an encrypted database against a plain one.

    python -m tests.bench.encryption [--reps 15] [--turns 100]

Each run opens a fresh store in its own temporary folder (plain SQLite, or SQLCipher with a random
32-byte key) and writes what chatting writes: per turn, the user's message, the answer begun,
four checkpoints of its growing text (``update_answer``, as streaming does once a second) and
the finished answer, each its own transaction in WAL mode with ``synchronous=NORMAL``, exactly as
the app does; then one search, which puts the messages still waiting into the full-text index
(messages are indexed in batches), so that every write's whole cost is counted.

Each run is a fresh process, as the app is one kind or the other: in a process where SQLCipher
has used its key (and so OpenSSL), the standard library's SQLite later takes page faults that
make a plain write about half again as dear, which would flatter the ratio. In it, a warm-up run
of the same length goes first, so that the timed run finds the heap grown (growing it costs
page faults too, which land on whichever run comes first). Plain and encrypted runs alternate,
so drift on a shared machine hits both alike.

The ratio judged (target <= 1.5) is encrypted / plain of the thread's CPU time in each one's
fastest run: what the writes cost, however busy the machine is (the writes are CPU-bound: WAL,
no fsync per commit). On a machine with many more runnable processes than cores, wall-clock
time measures the scheduler as much as the writes, even in the fastest of many short runs; it
is reported too (the fastest runs, and the median of the ratios of neighbouring runs), with the
median of CPU ratios of neighbours. Then a reopen of each database (the key check and the
start-up reads). Prints a table and, last, one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.core.store import ConversationStore

TARGET_RATIO = 1.5
WRITES_PER_TURN = 7
ANSWER = "A fairly ordinary answer of a few sentences, as a small model would give. " * 8


def write_turns(folder: Path, key: bytes | None, turns: int) -> tuple[float, float, float]:
    """Seconds per write (wall clock, then this thread's CPU time), and seconds to reopen."""
    path = folder / "hearth.sqlite3"
    store = ConversationStore(path, key=key)
    conversation = store.create_conversation()
    start, start_cpu = time.perf_counter(), time.thread_time()
    for turn in range(turns):
        store.add_message(conversation.id, "user", f"Question {turn}: what about the sea?")
        answer = store.begin_answer(conversation.id, "local", "local", "model")
        for part in range(1, 5):
            store.update_answer(answer.id, ANSWER[: part * len(ANSWER) // 4])
        store.finish_answer(answer.id, ANSWER, "complete")
    store.search("sea")  # indexes what still waits for the full-text index: its whole cost counts
    writes = turns * WRITES_PER_TURN
    per_write = (time.perf_counter() - start) / writes
    per_write_cpu = (time.thread_time() - start_cpu) / writes
    store.close()
    start = time.perf_counter()
    ConversationStore(path, key=key).close()
    return per_write, per_write_cpu, time.perf_counter() - start


def run(key: bytes | None, turns: int) -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory(prefix="hearth-bench-") as folder:
        return write_turns(Path(folder), key, turns)


def in_child(kind: str, turns: int) -> tuple[float, float, float]:
    """One run in a fresh process: ``kind`` is ``plain`` or ``encrypted``."""
    cmd = [sys.executable, "-m", "tests.bench.encryption", "--child", kind, "--turns", str(turns)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    wall, cpu, reopen = json.loads(out.splitlines()[-1])
    return wall, cpu, reopen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reps", type=int, default=15)
    parser.add_argument("--turns", type=int, default=100)
    parser.add_argument("--child", choices=["plain", "encrypted"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        key = os.urandom(32) if args.child == "encrypted" else None
        run(key, args.turns)  # warm-up as long as the run: imports, the heap grown, the first key
        print(json.dumps(run(key, args.turns)))
        return
    plain: list[tuple[float, float, float]] = []
    encrypted: list[tuple[float, float, float]] = []
    for _ in range(args.reps):
        plain.append(in_child("plain", args.turns))
        encrypted.append(in_child("encrypted", args.turns))
    best_plain, best_enc = min(p[0] for p in plain), min(e[0] for e in encrypted)
    ratio = best_enc / best_plain
    paired = statistics.median(e[0] / p[0] for p, e in zip(plain, encrypted, strict=True))
    cpu_ratio = min(e[1] for e in encrypted) / min(p[1] for p in plain)
    paired_cpu = statistics.median(e[1] / p[1] for p, e in zip(plain, encrypted, strict=True))
    plain_open = statistics.median(p[2] for p in plain)
    enc_open = statistics.median(e[2] for e in encrypted)
    print(f"{args.reps} reps of {args.turns} turns ({args.turns * WRITES_PER_TURN} writes each)")
    print(f"{'database':<12}{'best write (ms)':>17}{'best CPU (ms)':>15}{'reopen (ms)':>14}")
    for name, runs, reopen in (("plain", plain, plain_open), ("encrypted", encrypted, enc_open)):
        wall, cpu = min(r[0] for r in runs), min(r[1] for r in runs)
        print(f"{name:<12}{wall * 1000:>17.3f}{cpu * 1000:>15.3f}{reopen * 1000:>14.2f}")
    print(f"ratio encrypted / plain, CPU time: {cpu_ratio:.2f} (target <= {TARGET_RATIO}),")
    print(f"{paired_cpu:.2f} median of neighbouring runs; wall clock {ratio:.2f} fastest runs,")
    print(f"{paired:.2f} median of neighbours")
    result = {
        "bench": "encryption",
        "reps": args.reps,
        "writes_per_rep": args.turns * WRITES_PER_TURN,
        "plain_write_ms": round(best_plain * 1000, 4),
        "encrypted_write_ms": round(best_enc * 1000, 4),
        "write_ratio": round(ratio, 3),
        "write_ratio_paired_median": round(paired, 3),
        "cpu_ratio": round(cpu_ratio, 3),
        "cpu_ratio_paired_median": round(paired_cpu, 3),
        "plain_reopen_ms": round(plain_open * 1000, 3),
        "encrypted_reopen_ms": round(enc_open * 1000, 3),
        "target_ratio": TARGET_RATIO,
        "ok": cpu_ratio <= TARGET_RATIO,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
