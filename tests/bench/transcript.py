"""Transcript benchmarks.

``open`` (default): open a conversation of 5,000 messages (every answer with markdown and a code
block) in the real window, against one of 500, each in a fresh process: the time from
``select_conversation`` to the transcript's first paint, and what the transcript built (messages
rendered, document blocks and characters, widgets) and the process's RSS growth. The view builds
only the tail that is visible (more on scroll), so the 5,000/500 ratios should stay near 1.

``flush``: the cost of one streamed flush (append_stream) with 10, 500 and 2,000 earlier
messages shown. It must stay flat.

    QT_QPA_PLATFORM=offscreen python -m tests.bench.transcript [open|flush] [--paint]

The last line printed is JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EARLIER = "Para {i} with **bold** and `code`.\n\n```python\nx = {i}\n```\n\nMore text."
ANSWER = (
    "Here is answer {i}, with **bold**, `inline code` and a list:\n\n- one\n- two\n\n"
    "```python\ndef f{i}(x: int) -> int:\n    return x * {i}  # a comment\n```\n\nDone."
)
SIZES = (500, 5000)
TARGET_FIRST_PAINT_MS = 200.0


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def fill_store(home: Path, count: int) -> int:
    """A conversation of ``count`` messages, user and assistant in turn; its id. A smaller,
    newer one is what the window restores at start."""
    from app.core.store import ConversationStore

    store = ConversationStore(home / "hearth.sqlite3")
    big = store.create_conversation("Long chat", "local")
    for i in range(count // 2):
        store.add_message(big.id, "user", f"Question {i}: how do I write f{i}?")
        answer = store.begin_answer(big.id, "local", "llama.cpp", "bench.gguf")
        store.finish_answer(answer.id, ANSWER.format(i=i), "complete", None, finish_reason="stop")
    # the chat restored at start shows a code block: Pygments' lexer is compiled once per
    # process, before the measurement (as in Hearth, where the restored chat comes first)
    small = store.create_conversation("Short chat", "local")
    store.add_message(small.id, "user", "Hello")
    answer = store.begin_answer(small.id, "local", "llama.cpp", "bench.gguf")
    store.finish_answer(answer.id, ANSWER.format(i=0), "complete", None, finish_reason="stop")
    store.close()
    return big.id


def open_child(count: int) -> dict[str, float]:
    """In this (fresh) process: open a ``count``-message conversation in the real window."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from app.core import paths

    home = Path(tempfile.mkdtemp(prefix="hearth-bench-"))
    os.environ["HEARTH_HOME"] = str(home)
    os.environ["HEARTH_OFFLINE"] = "1"
    big = fill_store(paths.database_path().parent, count)
    app = QApplication.instance() or QApplication([])
    from app.core.settings import Settings, save_settings
    from app.ui.main_window import MainWindow

    settings = Settings()
    settings.local.model_path = str(home / "none.gguf")  # nothing loads during the measurement
    save_settings(settings)
    window = MainWindow()
    window.show()
    deadline = time.monotonic() + 120
    while window.loading and time.monotonic() < deadline:
        app.processEvents()
    for _ in range(20):
        app.processEvents()
    painted: list[float] = []

    class PaintWatch(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    watch = PaintWatch()
    window.transcript.viewport().installEventFilter(watch)
    widgets_before = len(QApplication.allWidgets())
    rss_before = _rss_mb()
    start = time.perf_counter()
    window.select_conversation(big)
    while not painted and time.perf_counter() - start < 120:
        app.processEvents()
    first_paint_ms = (painted[0] - start) * 1000 if painted else float("inf")
    for _ in range(20):
        app.processEvents()
    doc = window.transcript.document()
    result = {
        "messages": float(count),
        "first_paint_ms": first_paint_ms,
        "rendered_messages": float(len(window.transcript.message_ids())),
        "blocks": float(doc.blockCount()),
        "characters": float(doc.characterCount()),
        "widgets_added": float(len(QApplication.allWidgets()) - widgets_before),
        "rss_growth_mb": _rss_mb() - rss_before,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    window.close()
    return result


def run_open(reps: int) -> dict[str, object]:
    runs: dict[int, list[dict[str, float]]] = {n: [] for n in SIZES}
    for _ in range(reps):
        for n in SIZES:
            out = subprocess.run(
                [sys.executable, "-m", "tests.bench.transcript", "--child", str(n)],
                capture_output=True,
                text=True,
                check=True,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            )
            runs[n].append(json.loads(out.stdout.strip().splitlines()[-1]))

    def median(n: int, key: str) -> float:
        values = sorted(r[key] for r in runs[n])
        return values[len(values) // 2]

    keys = ("first_paint_ms", "rendered_messages", "blocks", "characters", "widgets_added",
            "rss_growth_mb")  # fmt: skip
    small, big = SIZES
    summary: dict[str, object] = {"benchmark": "transcript-open", "reps": reps}
    for key in keys:
        a, b = median(small, key), median(big, key)
        summary[f"{key}_{small}"] = round(a, 2)
        summary[f"{key}_{big}"] = round(b, 2)
        summary[f"{key}_ratio"] = round(b / a, 2) if a else None
        print(f"{key:18s} {small:>5d}: {a:10.2f}   {big:>5d}: {b:10.2f}")
    summary["first_paint_ok"] = median(big, "first_paint_ms") <= TARGET_FIRST_PAINT_MS
    return summary


def per_flush_ms(earlier: int, paint: bool) -> float:
    from PySide6.QtWidgets import QApplication

    from app.core.store import StoredMessage
    from app.ui.chat_view import TranscriptView

    app = QApplication.instance() or QApplication([])
    view = TranscriptView()
    view.resize(800, 600)
    view.show()
    roles = ("user", "assistant")
    view.show_messages(
        [
            StoredMessage(
                i, 1, roles[i % 2], EARLIER.format(i=i), 0.0, "complete", "local", "", "m"
            )
            for i in range(1, earlier + 1)
        ]
    )
    app.processEvents()
    view.begin_stream("Assistant", "local", earlier + 1)
    text = ("word " * 7 + "\n\n") * 60
    chunks = [text[i : i + 12] for i in range(0, len(text), 12)]
    start = time.perf_counter()
    for chunk in chunks:
        view.append_stream(chunk)
        if paint:
            app.processEvents()
    elapsed = time.perf_counter() - start
    view.end_stream(text)
    view.deleteLater()
    return elapsed / len(chunks) * 1000


def run_flush(paint: bool) -> dict[str, object]:
    summary: dict[str, object] = {"benchmark": "transcript-flush"}
    for earlier in (10, 500, 2000):
        ms = per_flush_ms(earlier, paint)
        print(f"{earlier:5d} earlier messages: {ms:.3f} ms per flush")
        summary[f"flush_ms_{earlier}"] = round(ms, 3)
    summary["ratio_2000_vs_10"] = round(
        float(summary["flush_ms_2000"]) / float(summary["flush_ms_10"]),  # type: ignore[arg-type]
        2,
    )
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.transcript")
    parser.add_argument("mode", nargs="?", choices=("open", "flush"), default="open")
    parser.add_argument("--paint", action="store_true", help="flush: lay out and paint each")
    parser.add_argument("--reps", type=int, default=3, help="open: runs per size (median)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(open_child(args.child)))
        return
    summary = run_open(args.reps) if args.mode == "open" else run_flush(args.paint)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
