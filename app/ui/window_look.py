"""The View and Help menus of the main window and what the window remembers between runs.

:class:`WindowLook` (GUI thread, no signals of its own) adds to a window it is given:

- View › Larger text (Ctrl+=), Smaller text (Ctrl+-), Actual size (Ctrl+0), remembered through
  the :class:`~app.ui.theme.ThemeController`;
- View › Conversation list (Ctrl+B) and a toggle button for it; below :data:`NARROW_PX` wide the
  list collapses by itself, and comes back when the window is widened again;
- View › Next pane (F6) and Previous pane (Shift+F6): conversation list, transcript, composer;
- Help › Keyboard shortcuts (Ctrl+/), built from the window's actual actions;
- the window's size and place and the list's state, saved by :meth:`remember` and restored when
  it is made.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolButton, QWidget

from app.ui.i18n import QT_TRANSLATE_NOOP, LiveTexts
from app.ui.settings_owner import SettingsOwner
from app.ui.shortcuts_help import ShortcutsDialog
from app.ui.theme import ThemeController

NARROW_PX = 720  # below this width the conversation list collapses to its toggle button
MIN_WIDTH_PX = 480  # half of a small laptop screen


class WindowLook(QObject):
    """See the module docstring. ``panes`` are the widgets F6 cycles through, in order; the
    first is ``sidebar`` (or inside it)."""

    def __init__(
        self,
        window: QMainWindow,
        owner: SettingsOwner,
        theme: ThemeController,
        sidebar: QWidget,
        panes: Sequence[QWidget],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._owner = owner
        self._theme = theme
        self._sidebar = sidebar
        self._panes = panes
        self._wanted = owner.settings.window.sidebar_visible  # the user's choice when wide
        self._narrow = False
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self._texts = LiveTexts("WindowLook")

        self.sidebar_button = QToolButton()
        self.sidebar_button.setObjectName("sidebarToggle")
        theme.set_icon(self.sidebar_button, "sidebar")
        self.sidebar_button.setIconSize(QSize(18, 18))
        self._texts.set(
            self.sidebar_button.setToolTip,
            QT_TRANSLATE_NOOP("WindowLook", "Show or hide the conversation list (Ctrl+B)"),
        )
        self._texts.set(
            self.sidebar_button.setAccessibleName,
            QT_TRANSLATE_NOOP("WindowLook", "Conversation list"),
        )
        self.sidebar_button.setCheckable(True)
        self.sidebar_button.clicked.connect(self.toggle_sidebar)

        view = window.menuBar().addMenu("")
        self._texts.set(view.setTitle, QT_TRANSLATE_NOOP("WindowLook", "&View"))
        self.sidebar_action = self._add(
            view,
            QT_TRANSLATE_NOOP("WindowLook", "&Conversation list"),
            self.toggle_sidebar,
            "toggleSidebarAction",
            ["Ctrl+B"],
        )
        view.addSeparator()
        self._add(
            view,
            QT_TRANSLATE_NOOP("WindowLook", "&Larger text"),
            lambda: theme.step_font(1),
            "largerTextAction",
            ["Ctrl+=", "Ctrl++"],
        )
        self._add(
            view,
            QT_TRANSLATE_NOOP("WindowLook", "&Smaller text"),
            lambda: theme.step_font(-1),
            "smallerTextAction",
            ["Ctrl+-"],
        )
        self._add(
            view,
            QT_TRANSLATE_NOOP("WindowLook", "&Actual size"),
            lambda: theme.step_font(0),
            "resetTextAction",
            ["Ctrl+0"],
        )
        view.addSeparator()
        self._add(
            view,
            QT_TRANSLATE_NOOP("WindowLook", "&Next pane"),
            lambda: self.cycle_panes(1),
            "nextPaneAction",
            ["F6"],
        )
        self._add(
            view,
            QT_TRANSLATE_NOOP("WindowLook", "&Previous pane"),
            lambda: self.cycle_panes(-1),
            "previousPaneAction",
            ["Shift+F6"],
        )
        help_menu = window.menuBar().addMenu("")
        self._texts.set(help_menu.setTitle, QT_TRANSLATE_NOOP("WindowLook", "&Help"))
        self._add(
            help_menu,
            QT_TRANSLATE_NOOP("WindowLook", "&Keyboard shortcuts"),
            self.show_shortcuts,
            "shortcutsAction",
            ["Ctrl+/"],
        )

        geometry = owner.settings.window.geometry
        if geometry:
            window.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        window.setMinimumSize(MIN_WIDTH_PX, 360)  # the list collapses before anything clips
        window.installEventFilter(self)
        self._apply_sidebar()

    def _add(
        self, menu: QMenu, text: str, slot: Callable[[], object], name: str, keys: list[str]
    ) -> QAction:
        action = QAction(self._window)
        self._texts.set(action.setText, text)  # marked with QT_TRANSLATE_NOOP("WindowLook", …)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # the conversation list -------------------------------------------------------------------

    @property
    def narrow(self) -> bool:
        return self._narrow

    def toggle_sidebar(self) -> None:
        """Show or hide the conversation list; the choice is remembered when the window is wide."""
        visible = not self._sidebar.isVisible()
        if not self._narrow:
            self._wanted = visible
        self._sidebar.setVisible(visible)
        self.sidebar_button.setChecked(visible)
        if visible:
            self._panes[0].setFocus()

    def _apply_sidebar(self) -> None:
        visible = self._wanted and not self._narrow
        self._sidebar.setVisible(visible)
        self.sidebar_button.setChecked(visible)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self._texts.retranslate()
        if watched is self._window and event.type() == QEvent.Type.Resize:
            narrow = self._window.width() < NARROW_PX
            if narrow != self._narrow:
                self._narrow = narrow
                self._apply_sidebar()
        return False

    # keyboard --------------------------------------------------------------------------------

    def cycle_panes(self, step: int) -> None:
        """Move the focus to the next (+1) or previous (-1) visible pane."""
        panes = [p for p in self._panes if p.isVisibleTo(self._window)]
        if not panes:
            return
        focused = self._window.focusWidget()
        current = next(
            (
                i
                for i, p in enumerate(panes)
                if focused is not None and (focused is p or p.isAncestorOf(focused))
            ),
            -1,
        )
        panes[(current + step) % len(panes)].setFocus()

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help › Keyboard shortcuts (window-modal, not blocking)."""
        dialog = ShortcutsDialog(self._window, self._window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.shortcuts_dialog = dialog
        return dialog

    # what is remembered ----------------------------------------------------------------------

    def remember(self, conversation_id: int | None) -> None:
        """Save the window's size and place, the list's state and the open chat."""
        geometry = bytes(self._window.saveGeometry().toBase64().data()).decode("ascii")
        self._owner.change(
            window={
                "geometry": geometry,
                "last_conversation": conversation_id or 0,
                "sidebar_visible": self._wanted,
            }
        )
