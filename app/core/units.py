"""Byte counts and durations as people read them, the same everywhere in Hearth.

Sizes are decimal, as the file managers of macOS and GNOME show them: 1 GB is 10^9 bytes, so a
size in Hearth matches the one the user sees next to the file. Durations are ``m:ss`` or
``h:mm:ss``, as a countdown reads.
"""

from __future__ import annotations

import math

from app.core.text import QT_TRANSLATE_NOOP, Text

KB = 1000
MB = 1000 * KB
GB = 1000 * MB
# One template per unit: the window writes the number with its language's decimal point
# ("1,5 GB" in German) and the unit as its language does ("1,5 Go" in French).
_UNITS = (
    QT_TRANSLATE_NOOP("Core", "{value:.0f} B"),
    QT_TRANSLATE_NOOP("Core", "{value:.1f} KB"),
    QT_TRANSLATE_NOOP("Core", "{value:.1f} MB"),
    QT_TRANSLATE_NOOP("Core", "{value:.1f} GB"),
    QT_TRANSLATE_NOOP("Core", "{value:.1f} TB"),
)


def human_bytes(n: float) -> Text:
    """``n`` bytes in decimal units: ``"512 B"``, ``"4.7 GB"``; one decimal above bytes."""
    value = float(n)
    for template in _UNITS:
        text = Text(template, value=value)
        if abs(float(text.split()[0])) < 1000 or template == _UNITS[-1]:
            return text
        value /= 1000
    raise AssertionError("unreachable")


def format_duration(seconds: float | None) -> str:
    """``m:ss`` or ``h:mm:ss``; ``--:--`` when unknown (None, negative, NaN or infinite)."""
    if seconds is None or not math.isfinite(seconds) or seconds < 0:
        return "--:--"
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
