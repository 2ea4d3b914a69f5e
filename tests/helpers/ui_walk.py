"""Walking a window's widgets the way a screen reader or a translator's check sees them."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QScrollBar,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QAbstractSlider,
    QTabBar,
)


def reachable(root: QWidget) -> Iterator[QWidget]:
    """Every widget under ``root`` a user can get to: not hidden (a tab page that is not
    the current one counts as reachable), in creation order."""
    for widget in root.findChildren(QWidget):
        node: QWidget | None = widget
        shown = True
        while node is not None and node is not root:
            parent = node.parentWidget()
            if node.isHidden() and not isinstance(parent, QStackedWidget):
                shown = False
                break
            node = parent
        if shown:
            yield widget


def interactive(root: QWidget) -> list[QWidget]:
    """The widgets one can focus or operate, leaving out the inner parts of another one (a
    spin box's line edit, a combo box's list, scroll bars, a tab bar's scroll arrows)."""
    found = []
    for widget in reachable(root):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar):
            continue
        parent = widget.parentWidget()
        inner = False
        while parent is not None and parent is not root:
            if isinstance(parent, (QAbstractSpinBox, QComboBox, QTabBar, QAbstractItemView)):
                inner = True
                break
            parent = parent.parentWidget()
        if not inner:
            found.append(widget)
    return found


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid(), widget
    return interface.text(QAccessible.Text.Name).strip()


def describe(widget: QWidget) -> str:
    text = widget.property("text") or widget.property("placeholderText") or ""
    return f"{type(widget).__name__}(objectName={widget.objectName()!r}, text={text!r})"


def _scrolling(widget: QWidget, root: QWidget) -> bool:
    """A scroll bar or its container: shown or not as the content's length asks, so it is left
    out of walks that must line up across languages."""
    node: QWidget | None = widget
    while node is not None and node is not root:
        if isinstance(node, QScrollBar) or node.objectName().startswith("qt_scrollarea"):
            return True
        node = node.parentWidget()
    return False


def _path(widget: QWidget, root: QWidget) -> str:
    """Where ``widget`` is under ``root``: each level's class, name and rank among its siblings
    of that class, so that windows built the same way give their widgets the same paths."""
    parts = []
    node = widget
    while node is not root:
        parent = node.parentWidget()
        assert parent is not None
        same = [c for c in parent.children() if type(c) is type(node)]
        parts.append(f"{type(node).__name__}:{node.objectName()}#{same.index(node)}")
        node = parent
    return "/".join(reversed(parts)) or type(root).__name__


def texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a user can see or hear under ``root``, its own included:
    titles, labels, button texts, tooltips, placeholders, tab and menu texts, accessible names
    and descriptions. ``where`` names the widget by its path and the kind of text, so that two
    walks of windows built the same way line up."""
    found: list[tuple[str, str]] = []
    widgets = [root, *(w for w in reachable(root) if not _scrolling(w, root))]
    for widget in widgets:
        where = _path(widget, root)

        def add(kind: str, text: str, where: str = where) -> None:
            if text and text.strip():
                found.append((f"{where}:{kind}", text))

        if widget.isWindow():
            add("title", widget.windowTitle())
        add("tooltip", widget.toolTip())
        add("accessibleName", widget.accessibleName())
        add("accessibleDescription", widget.accessibleDescription())
        if isinstance(widget, (QLabel, QAbstractButton)):
            add("text", widget.text())
        if isinstance(widget, QLineEdit):
            add("placeholder", widget.placeholderText())
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            add("placeholder", widget.placeholderText())
        if isinstance(widget, QGroupBox):
            add("title", widget.title())
        if isinstance(widget, QAbstractSpinBox):
            add("specialValue", widget.specialValueText())
        if isinstance(widget, QTabWidget):
            for tab in range(widget.count()):
                add(f"tab{tab}", widget.tabText(tab))
                add(f"tabTooltip{tab}", widget.tabToolTip(tab))
        if isinstance(widget, QComboBox):  # every choice, the model picker's labels included
            for item in range(widget.count()):
                add(f"item{item}", widget.itemText(item))
                add(f"itemTip{item}", str(widget.itemData(item, Qt.ItemDataRole.ToolTipRole) or ""))
        if isinstance(widget, QMainWindow):
            for m, menu_action in enumerate(widget.menuBar().actions()):
                add(f"menu{m}", menu_action.text())
                menu = menu_action.menu()
                if menu is not None:
                    for n, action in enumerate(menu.actions()):
                        add(f"menu{m}:{n}", action.text())
                        add(f"menuTip{m}:{n}", action.toolTip())
    return found
