"""What can go wrong on the hosted route: one :class:`HostedError` subclass per failure.

Each carries a plain message and a hint (:class:`app.core.engines.base.EngineError`); the engine
removes every configured key from server text before it goes into one.
"""

from __future__ import annotations

from app.core.engines.base import EngineError
from app.core.text import QT_TRANSLATE_NOOP, Text

SETTINGS_HINT = Text(QT_TRANSLATE_NOOP("Core", "Open Settings… to check the hosted route."))


class HostedError(EngineError):
    """A failure of the hosted route."""


class HostedSetupError(HostedError):
    """The hosted route is not set up well enough to try: no model, a bad URL."""


class MissingKeyError(HostedSetupError):
    """The provider needs a key and none is stored, set in the environment or typed."""


class InsecureURLError(HostedSetupError):
    """A plain-http address for a server that is not on this machine."""


class KeyRejectedError(HostedError):
    """The server refused the key (401) or refused access with it (403)."""


class ModelNotFoundError(HostedError):
    """The server does not know the pinned model (404)."""


class RequestRejectedError(HostedError):
    """The server refused the request itself (400, 413, 422...)."""


class RateLimitedError(HostedError):
    """Still rate limited (429) after the retries."""


class TimedOutError(HostedError):
    """No answer within the connect or chunk timeout, or over the overall cap."""


class ServerError(HostedError):
    """The server failed (5xx) or reported an error inside the stream."""


class OfflineLockedError(HostedError):
    """The offline lock refused the connection (the server is not on this computer)."""


class UnreachableError(HostedError):
    """No connection could be made, so nothing was answered."""


class ConnectionLostError(HostedError):
    """The connection broke after part of the answer was shown; the caller keeps that part."""


class MalformedStreamError(HostedError):
    """The server sent a stream Hearth cannot read."""
