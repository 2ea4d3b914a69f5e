"""Child process: a job that cannot be interrupted is still running when the process exits.

The process must end with exit status 0 and without "QThread: Destroyed while thread ... is
still running" (SIGABRT): the worker kit leaves such a thread to end with the process.
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtWidgets import QApplication

from app.ui import workers


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    workers.EXIT_WAIT_S = 0.5
    started = threading.Event()
    never = threading.Event()

    def stuck() -> None:
        started.set()
        never.wait(600)  # an uninterruptible llama.cpp load, say

    workers.run_job("hearth-stuck", stuck)
    started.wait(60)
    app.processEvents()
    print("exiting", flush=True)
    workers.end_process_cleanly(0)  # what `hearth` does with its exit status
    return 0


if __name__ == "__main__":
    sys.exit(main())
