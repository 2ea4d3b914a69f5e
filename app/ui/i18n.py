"""Which language the window speaks, and switching it while Hearth runs.

The language is, first to last: ``HEARTH_LANG`` (``HEARTH_LANG=de hearth``), the ``language``
setting (Settings › Language), the operating system's UI languages, English. :func:`install`
loads Hearth's catalogue (``app/i18n/hearth_<code>.qm``, built from the ``.ts`` sources by
``packaging/build_translations.py``) and Qt's own (standard buttons, context menus), sets the
default locale and the layout direction (right to left for Arabic, Hebrew, …), and has Qt
send ``QEvent.LanguageChange`` to every widget, which rebuilds its texts (see :class:`LiveTexts`).

Texts composed in core (``app.core.text.Text``: errors, labels, sizes) are shown through
:func:`shown`, :func:`error_text`, :func:`sentences` and :func:`size`, and the shipped
catalog's descriptions through :func:`catalog_text`, which translate the
template and write numbers as the language does; any thread may call those. Everything else
here: GUI thread only.
"""

from __future__ import annotations

import logging
import os
import string
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from app.core import catalog_texts
from app.core.text import CONTEXT, Text
from app.core.text import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP
from app.core.units import human_bytes
from app.ui.settings_owner import SettingsOwner

log = logging.getLogger(__name__)

ENV_VAR = "HEARTH_LANG"
# The languages Hearth ships, each named in its own language (what Settings › Language lists).
SHIPPED: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "ja": "日本語",
}

_installed: list[QTranslator] = []
_current = ""  # nothing installed yet


def catalog_dir() -> Path:
    """The folder of the compiled catalogues (``hearth_<code>.qm``)."""
    return Path(str(resources.files("app") / "i18n"))


def _base(code: str) -> str:
    """``de`` for ``de_DE``, ``de-AT`` or ``de``; lower case."""
    return code.replace("-", "_").split("_")[0].split(".")[0].lower()


def choose(setting: str = "", system: Sequence[str] | None = None) -> str:
    """The language to use: ``HEARTH_LANG``, then ``setting``, then the first of the system's
    UI languages (``system``, default the OS's) that Hearth ships, then English.

    A forced or chosen language that Hearth does not ship is still used (its layout direction,
    Qt's own texts).
    """
    for forced in (os.environ.get(ENV_VAR, ""), setting):
        if forced.strip():
            return _base(forced.strip())
    for ui_language in QLocale.system().uiLanguages() if system is None else system:
        if _base(ui_language) in SHIPPED:
            return _base(ui_language)
    return "en"


def current() -> str:
    """The language installed last (``""`` before any)."""
    return _current


def install(code: str) -> bool:
    """Make ``code`` the window's language now; True when Hearth has a catalogue for it.

    Replaces the translators installed before, so switching back and forth leaves one set.
    """
    global _current
    app = QCoreApplication.instance()
    assert app is not None, "install a language after the QApplication exists"
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(code)
    QLocale.setDefault(locale)
    own = QTranslator(app)
    found = own.load(str(catalog_dir() / f"hearth_{code}.qm"))
    if found:
        _installed.append(own)
    else:
        log.info("no Hearth catalogue for %r; the window speaks English", code)
    if code != "en":
        qt = QTranslator(app)
        if qt.load(
            locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            _installed.append(qt)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    if isinstance(app, QGuiApplication):
        right_to_left = locale.textDirection() == Qt.LayoutDirection.RightToLeft
        QGuiApplication.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )
    _current = code
    # Qt posts one LanguageChange for the (un)installs; deliver it now, so that every widget
    # has its new texts when this returns.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return found


def follow_language_setting(owner: SettingsOwner) -> None:
    """Install the language the settings name now and each time Settings › Language changes.

    ``HEARTH_LANG`` keeps winning over the setting while it is set.
    """

    def apply(section: str) -> None:
        if section == "language":
            install(choose(owner.settings.language))

    owner.changed.connect(apply)
    if choose(owner.settings.language) != _current:
        install(choose(owner.settings.language))


class LiveTexts:
    """The texts of a long-lived widget, kept in the current language: :meth:`set` sets one
    now, :meth:`retranslate` sets them all again (call it on ``QEvent.LanguageChange``).

    Mark each source with ``QT_TRANSLATE_NOOP(context, text)``, ``context`` being the one given
    here, so that lupdate finds it. GUI thread only.
    """

    def __init__(self, context: str) -> None:
        self._context = context
        self._texts: list[tuple[Callable[[str], object], str]] = []

    def set(self, setter: Callable[[str], object], source: str) -> None:
        """``setter(translated source)`` now and on every :meth:`retranslate`."""
        self._texts.append((setter, source))
        setter(QCoreApplication.translate(self._context, source))

    def retranslate(self) -> None:
        for setter, source in self._texts:
            setter(QCoreApplication.translate(self._context, source))

    def action(
        self,
        parent: QObject,
        text: str,
        slot: Callable[[], object],
        name: str = "",
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        """A menu action whose text (marked for this context) follows the language."""
        action = QAction(parent)
        self.set(action.setText, text)
        if name:
            action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action


class _LocaleFormatter(string.Formatter):
    """Fills a translated template: a :class:`Text` argument translated, a number written with
    the default locale's decimal point and digit grouping."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Text):
            return shown(value)
        text = format(value, format_spec)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            locale = QLocale()
            marks = {ord(","): "\0", ord("."): locale.decimalPoint()}
            return text.translate(marks).replace("\0", locale.groupSeparator())
        return text


_formatter = _LocaleFormatter()


def shown(text: str) -> str:
    """``text`` in the window's language: a core :class:`~app.core.text.Text` translated and
    filled in; any other string as it is. Any thread (Qt's translate is thread-safe)."""
    if not isinstance(text, Text):
        return text
    template = QCoreApplication.translate(CONTEXT, text.template)
    try:
        return _formatter.vformat(template, (), text.args)
    except (KeyError, IndexError, ValueError):
        log.warning("the translation of %r cannot be filled in: %r", text.template, template)
        return _formatter.vformat(text.template, (), text.args)


def catalog_text(text: str) -> str:
    """A text of the shipped catalog (a model's description) in the window's language; one the
    user wrote in their own ``models.toml`` as it is. Any thread."""
    if text in catalog_texts.DESCRIPTIONS:
        return QCoreApplication.translate(catalog_texts.CONTEXT, text)
    return text


def size(n: float) -> str:
    """``n`` bytes as :func:`~app.core.units.human_bytes` writes them, in the window's language
    ("1,5 GB" in German, "1,5 Go" in French)."""
    return shown(human_bytes(n))


def sentences(*parts: str) -> str:
    """The non-empty ``parts``, each :func:`shown`, one after the other: with a space between,
    none after a sentence that ends in a full-width mark (Japanese)."""
    out = ""
    for part in filter(None, map(shown, parts)):
        out += part if not out or out.endswith(("。", "！", "？", "）")) else " " + part
    return out


def error_text(exc: BaseException) -> str:
    """A core error in the window's language: its message, then its ``hint`` when it has one.

    Core errors keep their message as their first argument (a :class:`~app.core.text.Text`),
    and ``str(exc)`` stays English for the logs and the command line."""
    message = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
    hint = getattr(exc, "hint", "")
    return sentences(message, hint if isinstance(hint, str) else "")
