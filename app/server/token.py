"""The local server's access token, kept in the OS keychain (``HEARTH_SERVER_TOKEN`` overrides
where there is no keychain). Keychain calls can be slow: never call these on the GUI thread."""

from __future__ import annotations

import secrets

from app.core.secrets import get_secret, set_secret

TOKEN_NAME = "local_server_token"


def server_token() -> str:
    """The token clients must send; made and stored on first use.

    Raises :class:`~app.core.secrets.NoKeychainError` when there is no keychain to keep a new
    one in (then ``HEARTH_SERVER_TOKEN`` must be set).
    """
    token, _source = get_secret(TOKEN_NAME)
    return token or regenerate_token()


def regenerate_token() -> str:
    """Replace the token with a new random one (clients using the old one are refused)."""
    token = secrets.token_urlsafe(32)
    set_secret(TOKEN_NAME, token)
    return token
