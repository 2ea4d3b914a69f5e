"""Dialogs open at a size that shows their content, in every language.

:func:`fit_to_content` sizes a dialog from its layout's size hint (after the style sheet has been
applied, so the theme's fonts and paddings count), never below what the layout needs
(``minimumSizeHint``) and never below the size the dialog would like (``preferred``), but within
the screen's available area. Qt's own default for a new top-level window stops at two thirds of
the screen, which cut Settings short on a 768-px-high screen. GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.95  # of the available area; the rest is for the window frame and title bar


def available_area(widget: QWidget) -> QRect:
    """The part of the screen ``widget`` opens on that windows may use (no panels, no dock)."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_content(dialog: QWidget, preferred: QSize | None = None) -> QSize:
    """Resize ``dialog`` to show its content (see the module docstring); the size given."""
    dialog.ensurePolished()  # the theme's style sheet: fonts and paddings change the hints
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
    wanted = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
    if preferred is not None:
        wanted = wanted.expandedTo(preferred)
    size = wanted.boundedTo(_room(dialog))
    dialog.resize(size)
    return size


def grow_to_content(dialog: QWidget) -> None:
    """Make room for content that arrived after the dialog opened (the keychain's answer, read
    on a job thread, on a page shown later): grow to it, within the screen; never shrink what
    the user sized. Call it when such content arrives and when another page is shown."""
    for widget in dialog.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        widget.updateGeometry()  # a hidden page's new text does not tell its dialog
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the new hints
    dialog.resize(dialog.size().expandedTo(dialog.sizeHint().boundedTo(_room(dialog))))


def _room(dialog: QWidget) -> QSize:
    area = available_area(dialog).size()
    return QSize(int(area.width() * SCREEN_SHARE), int(area.height() * SCREEN_SHARE))
