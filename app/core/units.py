"""Byte counts and durations as people read them, the same everywhere in Hearth.

Sizes are decimal, as the file managers of macOS and GNOME show them: 1 GB is 10^9 bytes, so a
size in Hearth matches the one the user sees next to the file. Durations are ``m:ss`` or
``h:mm:ss``, as a countdown reads.
"""

from __future__ import annotations

import math

KB = 1000
MB = 1000 * KB
GB = 1000 * MB
_UNITS = ("B", "KB", "MB", "GB", "TB")


def human_bytes(n: float) -> str:
    """``n`` bytes in decimal units: ``"512 B"``, ``"4.7 GB"``; one decimal above bytes."""
    value = float(n)
    for unit in _UNITS:
        shown = f"{value:.0f}" if unit == "B" else f"{value:.1f}"
        if abs(float(shown)) < 1000 or unit == _UNITS[-1]:
            return f"{shown} {unit}"
        value /= 1000
    raise AssertionError("unreachable")


def format_duration(seconds: float | None) -> str:
    """``m:ss`` or ``h:mm:ss``; ``--:--`` when unknown (None, negative, NaN or infinite)."""
    if seconds is None or not math.isfinite(seconds) or seconds < 0:
        return "--:--"
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
