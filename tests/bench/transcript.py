"""Transcript streaming benchmark: the cost of one flush (append_stream) with 10, 500 and 2,000
earlier messages shown (each with markdown and a code block). It must stay flat.

    QT_QPA_PLATFORM=offscreen python -m tests.bench.transcript [--paint]
"""

from __future__ import annotations

import argparse
import time

from PySide6.QtWidgets import QApplication

from app.core.store import StoredMessage
from app.ui.chat_view import TranscriptView

EARLIER = "Para {i} with **bold** and `code`.\n\n```python\nx = {i}\n```\n\nMore text."


def per_flush_ms(app: QApplication, earlier: int, paint: bool) -> float:
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


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.transcript")
    parser.add_argument("--paint", action="store_true", help="let Qt lay out and paint each flush")
    args = parser.parse_args()
    app = QApplication([])
    for earlier in (10, 500, 2000):
        ms = per_flush_ms(app, earlier, args.paint)
        print(f"{earlier:5d} earlier messages: {ms:.3f} ms per flush")


if __name__ == "__main__":
    main()
