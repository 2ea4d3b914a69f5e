"""Child process for the thread-ownership tests: a window that is dropped, never closed.

``python -m tests.helpers.dropped_window answering``: a MainWindow on the starter model starts
an answer, and the window is then dropped without ``close()``.
``python -m tests.helpers.dropped_window raising``: the window's constructor raises after the
session's worker thread has started.
Either way the process must end with exit status 0, never "QThread: Destroyed while thread ...
is still running" and SIGABRT. Prints ``dropped`` once the window is gone.
"""

from __future__ import annotations

import contextlib
import gc
import sys

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication


def wait_until(condition: object, timeout_ms: int = 120_000) -> None:
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: loop.quit() if condition() else None)  # type: ignore[operator]
    timer.start(20)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    timer.stop()


def main(mode: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from app.ui.main_window import MainWindow

    if mode == "raising":

        def broken(self: MainWindow) -> None:
            raise RuntimeError("a constructor that fails after the worker thread started")

        MainWindow._show_route = broken  # type: ignore[method-assign]
        with contextlib.suppress(RuntimeError):
            MainWindow()
    else:
        window = MainWindow()
        wait_until(lambda: window.loaded_label is not None)
        started: list[int] = []
        window.answerStarted.connect(started.append)
        window.composer.setPlainText("Tell me a long story about a lighthouse keeper.")
        window.send()
        wait_until(lambda: bool(started))
        del window
    gc.collect()
    QCoreApplication.processEvents()
    print("dropped", flush=True)
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
