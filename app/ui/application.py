"""Start the GUI: one QApplication, one instance per data folder, the main window."""

from __future__ import annotations

import os
import signal
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources

from PySide6.QtCore import QCoreApplication, QSocketNotifier
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, __version__
from app.core.instance import AlreadyRunningError, acquire_instance_lock
from app.core.logs import setup_logging


@contextmanager
def quit_on_termination_signals(app: QCoreApplication) -> Iterator[None]:
    """While inside, SIGTERM and SIGINT (logout, ``kill``, Ctrl+C) quit the app like File > Quit.

    Python runs signal handlers only when it gets control, which Qt's event loop does not give
    it; the signal's byte on a wakeup socket wakes the loop so the handler runs at once.
    """
    receiver, sender = socket.socketpair()
    receiver.setblocking(False)
    sender.setblocking(False)
    notifier = QSocketNotifier(receiver.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda: receiver.recv(64))
    previous_fd = signal.set_wakeup_fd(sender.fileno())
    previous = {
        sig: signal.signal(sig, lambda _sig, _frame: app.quit())
        for sig in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        receiver.close()
        sender.close()


def prepare_application(app: QCoreApplication) -> None:
    """Name, version, desktop entry and icon: what the OS shows for Hearth's windows."""
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("hearth")
    QGuiApplication.setWindowIcon(QIcon(str(resources.files("app.ui") / "icons" / "hearth.png")))


def run_gui(model_path: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    prepare_application(app)
    try:
        lock = acquire_instance_lock()
    except AlreadyRunningError as exc:
        print(exc, file=sys.stderr)
        if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
            QMessageBox.critical(None, APP_NAME, str(exc))
        return 2
    setup_logging()
    from app.ui.main_window import MainWindow

    window = MainWindow(model_path)
    window.show()
    try:
        with quit_on_termination_signals(app):
            return app.exec()
    finally:
        window.shutdown()
        lock.release()
