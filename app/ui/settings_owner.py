"""The one owner of the user's settings while the window runs (qutebrowser's ``Config``).

:class:`SettingsOwner` loads ``settings.json`` once, is the only code in the GUI that writes it
(atomically, at the moment something changes), and announces each change with
``changed(str section)``: ``"route"``, ``"language"``, ``"generation"``, ``"local"``,
``"hosted"``, ``"privacy"``, ``"server"``, ``"documents"``, ``"appearance"``, ``"window"`` or
``"imported_models"``. Widgets and the chat session read :attr:`SettingsOwner.settings` and
react to ``changed``; nobody keeps a copy to write back later, so a change made elsewhere (a
model that finished loading while the Settings dialog was open) is never undone.
"""

from __future__ import annotations

import copy
import dataclasses
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.core.settings import Settings, load_settings, save_settings

SECTIONS = (
    "route",
    "language",
    "generation",
    "local",
    "hosted",
    "privacy",
    "server",
    "documents",
    "appearance",
    "window",
    "imported_models",
)

log = logging.getLogger(__name__)


class SettingsOwner(QObject):
    """GUI thread only. Signals: ``changed(str section)``, ``saveFailed(str message)``."""

    changed = Signal(str)
    saveFailed = Signal(str)

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._settings, self.problem = load_settings(path)

    @property
    def settings(self) -> Settings:
        """The current settings. Read them; change them only through :meth:`change`."""
        return self._settings

    def snapshot(self) -> Settings:
        """A copy to edit in a dialog; hand the edited sections back to :meth:`change`."""
        return copy.deepcopy(self._settings)

    def change(self, **sections: Any) -> list[str]:
        """Replace or update sections, save once, then emit ``changed`` for each that changed.

        Each keyword is a section name. ``route`` takes ``"local"``/``"hosted"``, ``language``
        a language code (``""``: the system's),
        ``imported_models`` a list; the others take a whole section (a dataclass) or a dict of
        the fields to update, so that fields the caller did not edit keep their current value.
        Returns the names of the sections that changed. When the file cannot be written, the
        change still applies for this session and ``saveFailed`` says so.
        """
        changed: list[str] = []
        for name, value in sections.items():
            if name not in SECTIONS:
                raise KeyError(f"no settings section {name!r}")
            current = getattr(self._settings, name)
            if isinstance(value, dict) and dataclasses.is_dataclass(current):
                value = dataclasses.replace(current, **value)  # type: ignore[type-var]
            if value != current:
                setattr(self._settings, name, copy.deepcopy(value))
                changed.append(name)
        if changed:
            self.save()
            for name in changed:
                self.changed.emit(name)
        return changed

    def touch(self, section: str) -> None:
        """Announce ``section`` as changed although its values are the same (a key for the
        hosted route was stored in the keychain, so its engine must be built anew)."""
        if section not in SECTIONS:
            raise KeyError(f"no settings section {section!r}")
        self.changed.emit(section)

    def save(self) -> str | None:
        """Write the settings atomically; a message (and ``saveFailed``) when that failed."""
        try:
            save_settings(self._settings, self._path)
        except OSError as exc:
            message = (
                f"Hearth could not save your settings ({exc.strerror or exc}). They apply until "
                "Hearth closes; free some disk space or check the data folder's permissions."
            )
            log.error("saving settings failed: %s", exc)
            self.saveFailed.emit(message)
            return message
        return None
