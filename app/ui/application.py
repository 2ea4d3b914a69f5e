"""Start the GUI: one QApplication, one instance per data folder, the main window.

Everything that can stop Hearth from starting is settled here, before the window exists, with a
message and a way forward instead of a traceback: a data folder that cannot be written, a second
instance, a conversations database that is damaged, locked, from a newer Hearth or unusable.
"""

from __future__ import annotations

import logging
import signal
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSocketNotifier, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app import APP_NAME, version
from app.core import network_ledger, paths
from app.core.encryption import open_private_store
from app.core.instance import AlreadyRunningError, acquire_instance_lock
from app.core.logs import setup_logging
from app.core.settings import stored_settings
from app.core.store import ConversationStore, StoreOpenError, set_aside_damaged
from app.ui import i18n
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.startup import start_after_first_paint

log = logging.getLogger(__name__)

# The choices ask() offers: each names its button, translated where shown.
SET_ASIDE = QT_TRANSLATE_NOOP("Application", "Set it aside and start fresh")
RETRY = QT_TRANSLATE_NOOP("Application", "Retry")
QUIT = QT_TRANSLATE_NOOP("Application", "Quit")


@contextmanager
def quit_on_termination_signals(app: QCoreApplication) -> Iterator[None]:
    """While inside, SIGTERM and SIGINT (logout, ``kill``, Ctrl+C) quit the app like File > Quit.

    Python runs signal handlers only when it gets control, which Qt's event loop does not give
    it; the signal's byte on a wakeup socket wakes the loop so the handler runs at once.
    """
    with network_ledger.network_purpose(network_ledger.INTERNAL):  # loopback on Windows
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
    """Name, desktop entry and icon: what the OS shows for Hearth's windows. (The version is
    set once the window is up: looking it up is slow.)"""
    app.setApplicationName(APP_NAME)
    QGuiApplication.setDesktopFileName("hearth")
    QGuiApplication.setWindowIcon(QIcon(str(resources.files("app.ui") / "icons" / "hearth.png")))


def _someone_can_answer() -> bool:
    """False on the offscreen platform, where a modal dialog would wait for ever."""
    return QGuiApplication.platformName() != "offscreen"


def ask(text: str, choices: tuple[str, ...] = (QUIT,)) -> str:
    """Show ``text`` with one button per choice (the last one quits); the choice made.

    The text also goes to stderr, for whoever started Hearth from a terminal. Where no one can
    answer, the last choice is taken.
    """
    print(text, file=sys.stderr)
    if not _someone_can_answer():
        return choices[-1]
    box, buttons = question_box(text, choices)
    box.exec()
    clicked = box.clickedButton()
    return next((c for c, b in zip(choices, buttons, strict=True) if b is clicked), choices[-1])


def question_box(text: str, choices: tuple[str, ...]) -> tuple[QMessageBox, list[QPushButton]]:
    """The box :func:`ask` shows, and its buttons (one per choice, in the current language)."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text)
    buttons = [
        box.addButton(
            QCoreApplication.translate("Application", choice),
            QMessageBox.ButtonRole.RejectRole
            if choice == choices[-1]
            else QMessageBox.ButtonRole.AcceptRole,
        )
        for choice in choices
    ]
    box.setDefaultButton(buttons[0])
    box.setEscapeButton(buttons[-1])
    return box, buttons


def open_store(path: Path) -> ConversationStore | None:
    """Open the conversations database, asking the way forward while it cannot be; None: quit.

    It is opened encrypted or plain as Settings › Privacy says, converted first when the file is
    in the other form (:func:`app.core.encryption.open_private_store`); a missing or wrong key is
    a ``locked`` problem, so the file is never set aside for it.

    Damaged (or someone else's): set it aside, kept for recovery, and start fresh; locked: retry
    once the other program lets go; from a newer Hearth or unusable: say so and quit.
    """
    while True:
        try:
            return open_private_store(path, stored_settings().privacy.encrypt_store)
        except StoreOpenError as exc:
            problem = exc
        log.warning("the conversations database cannot be opened (%s): %s", problem.kind, problem)
        if problem.kind == "damaged":
            note = "\n\n" + QCoreApplication.translate(
                "Application",
                "{choice}: the file is renamed {name}.damaged-<date>-<time> in {folder}, where "
                "it stays for recovery.",
            ).format(
                choice=QCoreApplication.translate("Application", SET_ASIDE),
                name=path.name,
                folder=path.parent,
            )
            if ask(i18n.error_text(problem) + note, (SET_ASIDE, QUIT)) != SET_ASIDE:
                return None
            try:
                aside = set_aside_damaged(path)
            except OSError as exc:
                ask(
                    QCoreApplication.translate(
                        "Application", "Hearth could not set {path} aside: {reason}."
                    ).format(path=path, reason=exc.strerror)
                )
                return None
            log.warning("the damaged database was set aside as %s", aside)
        elif problem.kind == "locked":
            if ask(i18n.error_text(problem), (RETRY, QUIT)) != RETRY:
                return None
        else:
            ask(i18n.error_text(problem))
            return None


def run_gui(model_path: str | None = None) -> int:
    """Run the window until it closes; the exit code (1: could not start, 2: already running)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    prepare_application(app)
    i18n.install(i18n.choose(stored_settings().language))  # what follows speaks it too
    try:
        paths.require_writable()
        lock = acquire_instance_lock()
    except AlreadyRunningError as exc:
        ask(i18n.error_text(exc))
        return 2
    except paths.DataFolderError as exc:
        ask(i18n.error_text(exc))
        return 1
    try:
        paths.make_install_private()
        setup_logging()
        store = open_store(paths.database_path())
        if store is None:
            return 1
        from app.ui.main_window import MainWindow

        window = MainWindow(model_path, store=store)
        # a turn after the first paint, so after the window's own start
        start_after_first_paint(
            window, lambda: QTimer.singleShot(0, lambda: app.setApplicationVersion(version()))
        )
        window.show()
        try:
            with quit_on_termination_signals(app):
                return app.exec()
        finally:
            window.shutdown()
            # The loop has ended; a quit posted meanwhile (closing the last window posts one)
            # must not end the next event loop at once, in a test or a second run_gui().
            QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
    finally:
        lock.release()
