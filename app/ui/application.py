"""Start the GUI: one QApplication, one instance per data folder, the main window."""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, __version__
from app.core.instance import AlreadyRunningError, acquire_instance_lock


def run_gui(model_path: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("hearth")
    try:
        lock = acquire_instance_lock()
    except AlreadyRunningError as exc:
        print(exc, file=sys.stderr)
        if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
            QMessageBox.critical(None, APP_NAME, str(exc))
        return 2
    from app.ui.main_window import MainWindow

    window = MainWindow(model_path)
    window.show()
    try:
        return app.exec()
    finally:
        window.shutdown()
        lock.release()
