"""Encryption-at-rest benchmark: store writes on an encrypted database against a plain one.

    python -m tests.bench.encryption [--reps 5] [--turns 200]

Each run opens a fresh store in its own temporary folder (plain SQLite, or SQLCipher with a random
32-byte key) and writes what chatting writes: per turn, the user's message, the answer begun,
four checkpoints of its growing text (``update_answer``, as streaming does once a second) and
the finished answer, each its own transaction in WAL mode with ``synchronous=NORMAL``, exactly as
the app does. Plain and encrypted runs alternate after one warm-up each, so drift on a shared
machine hits both alike. Reports the median time per write and the ratio encrypted / plain
(target <= 1.5), then a reopen of each database (the key check and the start-up reads). Prints a
table and, last, one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

from app.core.store import ConversationStore

TARGET_RATIO = 1.5
WRITES_PER_TURN = 7
ANSWER = "A fairly ordinary answer of a few sentences, as a small model would give. " * 8


def write_turns(folder: Path, key: bytes | None, turns: int) -> tuple[float, float]:
    """Seconds per write, and seconds to reopen the database afterwards."""
    path = folder / "hearth.sqlite3"
    store = ConversationStore(path, key=key)
    conversation = store.create_conversation()
    start = time.perf_counter()
    for turn in range(turns):
        store.add_message(conversation.id, "user", f"Question {turn}: what about the sea?")
        answer = store.begin_answer(conversation.id, "local", "local", "model")
        for part in range(1, 5):
            store.update_answer(answer.id, ANSWER[: part * len(ANSWER) // 4])
        store.finish_answer(answer.id, ANSWER, "complete")
    per_write = (time.perf_counter() - start) / (turns * WRITES_PER_TURN)
    store.close()
    start = time.perf_counter()
    ConversationStore(path, key=key).close()
    return per_write, time.perf_counter() - start


def run(key: bytes | None, turns: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory(prefix="hearth-bench-") as folder:
        return write_turns(Path(folder), key, turns)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--turns", type=int, default=200)
    args = parser.parse_args()
    key = os.urandom(32)
    run(None, 10)  # warm-ups: imports, the page cache, SQLCipher's first key
    run(key, 10)
    plain: list[tuple[float, float]] = []
    encrypted: list[tuple[float, float]] = []
    for _ in range(args.reps):
        plain.append(run(None, args.turns))
        encrypted.append(run(key, args.turns))
    plain_write = statistics.median(p[0] for p in plain)
    enc_write = statistics.median(e[0] for e in encrypted)
    plain_open = statistics.median(p[1] for p in plain)
    enc_open = statistics.median(e[1] for e in encrypted)
    ratio = enc_write / plain_write
    print(f"{args.reps} reps of {args.turns} turns ({args.turns * WRITES_PER_TURN} writes each)")
    print(f"{'database':<12}{'per write (ms)':>16}{'reopen (ms)':>14}")
    print(f"{'plain':<12}{plain_write * 1000:>16.3f}{plain_open * 1000:>14.2f}")
    print(f"{'encrypted':<12}{enc_write * 1000:>16.3f}{enc_open * 1000:>14.2f}")
    print(f"ratio encrypted / plain: {ratio:.2f} (target <= {TARGET_RATIO})")
    result = {
        "bench": "encryption",
        "reps": args.reps,
        "writes_per_rep": args.turns * WRITES_PER_TURN,
        "plain_write_ms": round(plain_write * 1000, 4),
        "encrypted_write_ms": round(enc_write * 1000, 4),
        "write_ratio": round(ratio, 3),
        "plain_reopen_ms": round(plain_open * 1000, 3),
        "encrypted_reopen_ms": round(enc_open * 1000, 3),
        "target_ratio": TARGET_RATIO,
        "ok": ratio <= TARGET_RATIO,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
