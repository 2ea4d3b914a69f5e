"""Sizes and durations read the same everywhere: decimal units (1 GB = 10^9 bytes, as macOS and
GNOME file managers show) and countdown-style durations."""

from __future__ import annotations

import math

import pytest

from app.core.catalog import MemoryFit
from app.core.units import GB, KB, MB, format_duration, human_bytes


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (0, "0 B"),
        (999, "999 B"),
        (999.6, "1.0 KB"),  # rounding never shows "1000 B"
        (1000, "1.0 KB"),
        (1536, "1.5 KB"),
        (999_949, "999.9 KB"),
        (999_950, "1.0 MB"),  # nor "1000.0 KB"
        (98_362_432, "98.4 MB"),
        (4_683_073_184, "4.7 GB"),
        (2 * 10**12, "2.0 TB"),
        (5 * 10**15, "5000.0 TB"),
        (-2 * MB, "-2.0 MB"),
    ],
)
def test_bytes_are_decimal(n: float, text: str) -> None:
    assert human_bytes(n) == text


def test_the_units_are_powers_of_a_thousand() -> None:
    assert (KB, MB, GB) == (10**3, 10**6, 10**9)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (None, "--:--"),
        (0, "0:00"),
        (59.9, "0:59"),
        (61, "1:01"),
        (3599, "59:59"),
        (3600, "1:00:00"),
        (36_000 + 62, "10:01:02"),
        (-1, "--:--"),
        (math.nan, "--:--"),
        (math.inf, "--:--"),
    ],
)
def test_durations(seconds: float | None, text: str) -> None:
    assert format_duration(seconds) == text


def test_the_memory_estimate_uses_the_same_units() -> None:
    """It divided by 1024**3 and printed "GB" before; now 4.7 GB means the same everywhere."""
    fit = MemoryFit(required_bytes=4_683_073_184, total_bytes=16 * GB, verdict="fits")
    assert fit.label == "Fits (needs about 4.7 GB)"
