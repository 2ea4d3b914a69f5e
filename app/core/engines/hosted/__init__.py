"""Hosted engines: OpenAI (and any OpenAI-compatible server) and Anthropic, behind the one protocol.

- :mod:`.config`: which provider, address, model and key (:func:`config_from_settings`);
- :mod:`.engine`: the engines with their retries, time caps and errors (:func:`engine_for`);
- :mod:`.request`: one request, watched on a daemon thread so that Stop works at once;
- :mod:`.check`: Settings' "Test connection" (:func:`check_connection`) and "List models";
- :mod:`.errors`: one :class:`HostedError` subclass per failure.

The providers themselves are one table, :mod:`app.core.providers`. Importing this package is cheap:
the ``openai`` and ``anthropic`` SDKs are imported only when an engine is created.
"""

from app.core.engines.hosted.check import ConnectionReport, check_connection, models_from_settings
from app.core.engines.hosted.config import (
    NO_KEY,
    HostedConfig,
    check_base_url,
    config_from_settings,
    resolve_key,
)
from app.core.engines.hosted.engine import (
    AnthropicEngine,
    HostedEngine,
    OpenAIEngine,
    engine_for,
    hosted_engine_from_settings,
)
from app.core.engines.hosted.errors import (
    SETTINGS_HINT,
    ConnectionLostError,
    HostedError,
    HostedSetupError,
    InsecureURLError,
    KeyRejectedError,
    MalformedStreamError,
    MissingKeyError,
    ModelNotFoundError,
    OfflineLockedError,
    RateLimitedError,
    RequestRejectedError,
    ServerError,
    TimedOutError,
    UnreachableError,
)

__all__ = [
    "NO_KEY",
    "SETTINGS_HINT",
    "AnthropicEngine",
    "ConnectionLostError",
    "ConnectionReport",
    "HostedConfig",
    "HostedEngine",
    "HostedError",
    "HostedSetupError",
    "InsecureURLError",
    "KeyRejectedError",
    "MalformedStreamError",
    "MissingKeyError",
    "ModelNotFoundError",
    "OfflineLockedError",
    "OpenAIEngine",
    "RateLimitedError",
    "RequestRejectedError",
    "ServerError",
    "TimedOutError",
    "UnreachableError",
    "check_base_url",
    "check_connection",
    "config_from_settings",
    "engine_for",
    "hosted_engine_from_settings",
    "models_from_settings",
    "resolve_key",
]
