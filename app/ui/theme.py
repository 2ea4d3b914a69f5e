"""Hearth's look, defined in one place: colour tokens for a light and a dark theme, spacing, radii
and a type scale, turned into one QPalette and one application style sheet.

Widgets never hold colour values: they name a role (``objectName`` or a dynamic ``role``
property that the style sheet selects) or, for HTML they write into the transcript, read
:func:`colors` at the moment they write. :class:`ThemeController` (GUI thread) applies the theme
the settings ask for -- ``"system"`` follows the OS colour scheme through
``QStyleHints.colorSchemeChanged`` -- and the font size, and announces each change with
``changed(str name)`` ("light" or "dark"), so views that baked colours into HTML render again.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Protocol

from PySide6.QtCore import QByteArray, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from app.core.settings import Theme
from app.ui.settings_owner import SettingsOwner

MIN_FONT_PT = 6
MAX_FONT_PT = 48


@dataclass(frozen=True)
class Colors:
    """The colour tokens of one theme (``#rrggbb``)."""

    window: str  # the window's chrome: side bar, tool areas
    surface: str  # where text is read and typed: transcript, inputs, lists
    raised: str  # buttons and the code block title
    text: str
    muted: str  # secondary text: notes, branch switchers, hints
    border: str
    accent: str  # the default button, selection
    on_accent: str  # text on ``accent``
    link: str
    focus: str  # the focus ring
    user: str  # "You" above the user's messages
    assistant: str  # "Assistant" above local answers
    hosted: str  # "Assistant · HOSTED …" above hosted answers
    error_bg: str
    error_text: str
    error_border: str
    warn_bg: str
    warn_text: str
    warn_border: str
    info_bg: str
    info_text: str
    info_border: str
    code_bg: str
    code_text: str
    code_title: str  # the code block's title line: language and Copy
    code_style: str  # the Pygments style that highlights code on ``code_bg``


LIGHT = Colors(
    window="#f6f8fa",
    surface="#ffffff",
    raised="#eef1f4",
    text="#1f2328",
    muted="#59636e",
    border="#c8d1da",
    accent="#0969da",
    on_accent="#ffffff",
    link="#0550ae",
    focus="#0969da",
    user="#0550ae",
    assistant="#6f42c1",
    hosted="#a0316f",
    error_bg="#ffebe9",
    error_text="#82071e",
    error_border="#cf222e",
    warn_bg="#fff8c5",
    warn_text="#4d2d00",
    warn_border="#9a6700",
    info_bg="#ddf4ff",
    info_text="#0a3069",
    info_border="#0969da",
    code_bg="#f6f8fa",
    code_text="#1f2328",
    code_title="#eaeef2",
    code_style="default",
)

DARK = Colors(
    window="#151b23",
    surface="#0d1117",
    raised="#212830",
    text="#e6edf3",
    muted="#9198a1",
    border="#3d444d",
    accent="#1f6feb",
    on_accent="#ffffff",
    link="#58a6ff",
    focus="#4493f8",
    user="#58a6ff",
    assistant="#bc8cff",
    hosted="#ff7eb6",
    error_bg="#3c1618",
    error_text="#ffaba8",
    error_border="#f85149",
    warn_bg="#3b2e0a",
    warn_text="#f2cc60",
    warn_border="#d29922",
    info_bg="#0c2d6b",
    info_text="#cae8ff",
    info_border="#4493f8",
    code_bg="#161b22",
    code_text="#e6edf3",
    code_title="#262c36",
    code_style="github-dark",
)

THEMES = {"light": LIGHT, "dark": DARK}

# Text on background, each pair at least WCAG AA 4.5:1 in both themes (tests check it).
TEXT_PAIRS = (
    ("text", "surface"),
    ("text", "window"),
    ("text", "raised"),
    ("muted", "surface"),
    ("muted", "window"),
    ("muted", "raised"),  # a disabled button's text
    ("on_accent", "accent"),
    ("link", "surface"),
    ("user", "surface"),
    ("assistant", "surface"),
    ("hosted", "surface"),
    ("error_text", "error_bg"),
    ("warn_text", "warn_bg"),
    ("info_text", "info_bg"),
    ("code_text", "code_bg"),
    ("muted", "code_title"),
    ("link", "code_title"),
)
# Non-text UI (focus ring, banner frames) on what surrounds it: at least 3:1.
UI_PAIRS = (
    ("focus", "surface"),
    ("focus", "window"),
    ("accent", "surface"),  # a progress bar's fill in its groove
    ("error_border", "error_bg"),
    ("warn_border", "warn_bg"),
    ("info_border", "info_bg"),
)

# Spacing (px), radii (px) and the type scale (factors of the base font size).
SPACE = {"xs": 2, "s": 4, "m": 8, "l": 12, "xl": 20}
RADIUS = {"s": 4, "m": 6, "l": 10}
TYPE_SCALE = {"small": 0.9, "body": 1.0, "title": 1.45}
TRANSCRIPT_COLUMN_CHARS = 75  # the transcript's readable line length


def luminance(color: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""

    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    q = QColor(color)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    a, b = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


_active: Colors = LIGHT
_system_font: QFont | None = None  # the application's font before Hearth first changed it


def colors() -> Colors:
    """The colours of the theme in use (for HTML written into a document)."""
    return _active


def resolve(choice: Theme, scheme: Qt.ColorScheme) -> str:
    """``"light"`` or ``"dark"``: the user's choice, or the OS scheme for ``"system"``."""
    if choice != "system":
        return choice
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def palette(c: Colors) -> QPalette:
    """The QPalette of a theme: what widgets the style sheet does not cover paint with."""
    p = QPalette()
    roles = QPalette.ColorRole
    for role, value in (
        (roles.Window, c.window),
        (roles.WindowText, c.text),
        (roles.Base, c.surface),
        (roles.AlternateBase, c.window),
        (roles.Text, c.text),
        (roles.Button, c.raised),
        (roles.ButtonText, c.text),
        (roles.BrightText, c.on_accent),
        (roles.Highlight, c.accent),
        (roles.HighlightedText, c.on_accent),
        (roles.Link, c.link),
        (roles.LinkVisited, c.assistant),
        (roles.ToolTipBase, c.surface),
        (roles.ToolTipText, c.text),
        (roles.PlaceholderText, c.muted),
        (roles.Mid, c.border),
        (roles.Dark, c.border),
    ):
        p.setColor(role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(disabled, role, QColor(c.muted))
    return p


def stylesheet(c: Colors, base_pt: float) -> str:
    """The one application style sheet of a theme at base font size ``base_pt``."""
    s, r = SPACE, RADIUS
    title_pt = round(base_pt * TYPE_SCALE["title"], 1)
    small_pt = round(base_pt * TYPE_SCALE["small"], 1)
    return f"""
QMainWindow, QDialog {{ background: {c.window}; }}
QTextBrowser, QPlainTextEdit, QLineEdit, QListWidget, QComboBox {{
    background: {c.surface}; color: {c.text}; border: 1px solid {c.border};
    border-radius: {r["m"]}px; selection-background-color: {c.accent};
    selection-color: {c.on_accent};
}}
QLineEdit, QComboBox {{ padding: {s["s"]}px {s["m"]}px; }}
QPlainTextEdit {{ padding: {s["s"]}px; }}
QTextBrowser:focus, QPlainTextEdit:focus, QLineEdit:focus, QListWidget:focus,
QComboBox:focus {{ border: 2px solid {c.focus}; }}
QProgressBar {{
    background: {c.surface}; border: 1px solid {c.border}; border-radius: {r["s"]}px;
    max-height: {s["m"]}px;
}}
QProgressBar::chunk {{ background: {c.accent}; border-radius: {r["s"] - 1}px; }}
QPushButton, QToolButton {{
    background: {c.raised}; color: {c.text}; border: 1px solid {c.border};
    border-radius: {r["m"]}px; padding: {s["s"]}px {s["l"]}px;
}}
QPushButton:hover, QToolButton:hover {{ border-color: {c.accent}; }}
QPushButton:focus, QToolButton:focus {{ border: 2px solid {c.focus}; }}
QPushButton:default {{ background: {c.accent}; color: {c.on_accent}; border-color: {c.accent}; }}
QPushButton:default:focus {{ border: 2px solid {c.text}; }}
QPushButton:disabled, QToolButton:disabled {{ color: {c.muted}; border-color: {c.raised}; }}
QPushButton:default:disabled {{ background: {c.raised}; color: {c.muted}; }}
QListWidget::item {{ padding: {s["s"]}px {s["m"]}px; border-radius: {r["s"]}px; }}
QListWidget::item:selected {{ background: {c.accent}; color: {c.on_accent}; }}
QSplitter::handle {{ background: {c.border}; }}
QSplitter::handle:horizontal {{ width: 1px; }}
QStatusBar {{ color: {c.muted}; }}
QToolTip {{ background: {c.surface}; color: {c.text}; border: 1px solid {c.border}; }}
*[role="error"] {{
    background: {c.error_bg}; color: {c.error_text}; border: 1px solid {c.error_border};
    border-radius: {r["m"]}px; padding: {s["m"]}px;
}}
*[role="error"] QLabel {{
    color: {c.error_text}; background: transparent; border: none; padding: 0;
}}
*[role="warning"] {{
    background: {c.warn_bg}; color: {c.warn_text}; border: 1px solid {c.warn_border};
    border-radius: {r["m"]}px; padding: {s["m"]}px; font-weight: bold;
}}
*[role="info"] {{
    background: {c.info_bg}; color: {c.info_text}; border: 1px solid {c.info_border};
    border-radius: {r["m"]}px;
}}
*[role="error-text"] {{ color: {c.error_text}; }}
*[role="muted"] {{ color: {c.muted}; font-size: {small_pt}pt; }}
*[role="title"] {{ font-size: {title_pt}pt; font-weight: 600; }}
"""


def icon(name: str, color: str) -> QIcon:
    """The bundled SVG icon ``app/ui/icons/<name>.svg`` (see its LICENSE) drawn in ``color``;
    nothing is fetched at run time."""
    svg = (resources.files("app.ui") / "icons" / f"{name}.svg").read_text(encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", color).encode("utf-8")))
    result = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap)
    return result


class _HasIcon(Protocol):
    def setIcon(self, icon: QIcon, /) -> None: ...


class ThemeController(QObject):
    """Applies the theme and font size from ``owner.settings.appearance`` to the application.

    GUI thread. Follows ``owner.changed("appearance")`` and, for ``"system"``, the OS scheme
    (``QStyleHints.colorSchemeChanged``). Signals: ``changed(str name)`` after a theme ("light"
    or "dark") or font size was applied.
    """

    changed = Signal(str)

    def __init__(self, owner: SettingsOwner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._owner = owner
        app = QApplication.instance()
        assert isinstance(app, QApplication), "the theme needs a QApplication"
        self._app = app
        global _system_font
        if _system_font is None:
            _system_font = QFont(QGuiApplication.font())
        self._system_font = _system_font
        self.name = ""
        self._icons: list[tuple[_HasIcon, str, str]] = []
        owner.changed.connect(self._on_settings_changed)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)
        self.apply()

    @property
    def font_pt(self) -> float:
        """The base font size in points: the user's choice, else the system's."""
        chosen = self._owner.settings.appearance.font_size
        if chosen:
            return float(max(MIN_FONT_PT, chosen))
        return self._system_font.pointSizeF()

    def apply(self) -> None:
        """Apply the theme the settings ask for (or the OS's) and the font size."""
        global _active
        scheme = QGuiApplication.styleHints().colorScheme()
        self.name = resolve(self._owner.settings.appearance.theme, scheme)
        _active = THEMES[self.name]
        font = QFont(self._system_font)
        font.setPointSizeF(self.font_pt)
        self._app.setFont(font)
        self._app.setPalette(palette(_active))
        self._app.setStyleSheet(stylesheet(_active, self.font_pt))
        for target, name, token in self._icons:
            target.setIcon(icon(name, getattr(_active, token)))
        self.changed.emit(self.name)

    def set_icon(self, target: _HasIcon, name: str, token: str = "text") -> None:
        """Give ``target`` (a button or an action) the icon ``name`` in the colour ``token``,
        drawn again whenever the theme changes."""
        self._icons.append((target, name, token))
        target.setIcon(icon(name, getattr(_active, token)))

    def step_font(self, step: int) -> None:
        """One point larger (+1), smaller (-1), or back to the system's size (0); remembered."""
        size = 0 if step == 0 else round(self.font_pt) + step
        if size:
            size = min(MAX_FONT_PT, max(MIN_FONT_PT, size))
        self._owner.change(appearance={"font_size": size})

    def _on_settings_changed(self, section: str) -> None:
        if section == "appearance":
            self.apply()

    def _on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._owner.settings.appearance.theme == "system":
            self.apply()
