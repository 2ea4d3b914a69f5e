"""What a server says about when to try again, shared by downloads and the hosted route."""

from __future__ import annotations

import contextlib
import email.utils
import math
import time
from typing import Any


def retry_after_seconds(headers: Any) -> float | None:
    """Seconds from ``retry-after-ms`` or ``Retry-After`` (seconds or an HTTP date), if given.

    ``headers`` is any case-insensitive mapping with ``get`` (httpx's headers), or ``None``.
    """
    if headers is None:
        return None
    with contextlib.suppress(TypeError, ValueError):
        value = headers.get("retry-after-ms")
        if value is not None:
            return max(0.0, float(value) / 1000)
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - time.time()
    return max(0.0, seconds) if math.isfinite(seconds) else None
