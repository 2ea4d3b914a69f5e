"""API keys and access tokens, kept in the operating system's keychain (``keyring``).

Secrets are never written to a settings file, the database, an export or a log. Where no keychain
backend exists, :class:`NoKeychainError` says so; Hearth then offers the environment variable
instead and never falls back to a plain-text file.
"""

from __future__ import annotations

import contextlib
import os

from app.core.providers import PROVIDERS
from app.core.text import QT_TRANSLATE_NOOP, Text

SERVICE = "Hearth"


# secrets that are not a hosted provider's key -> the environment variable read without a stored one
_OTHER_ENVIRONMENT = {"huggingface_token": "HF_TOKEN", "local_server_token": "HEARTH_SERVER_TOKEN"}


def environment_variable(name: str) -> str | None:
    """The environment variable read for secret ``name`` when the keychain holds none.

    A hosted provider's comes from the provider table, :data:`app.core.providers.PROVIDERS`.
    """
    if name in _OTHER_ENVIRONMENT:
        return _OTHER_ENVIRONMENT[name]
    return next((p.env_var for p in PROVIDERS.values() if p.secret_name == name), None)


class NoKeychainError(RuntimeError):
    """There is no usable OS keychain on this system."""


def keychain_available() -> bool:
    import keyring  # on first use: it costs a tenth of a second, and the window must not wait
    from keyring.backends import fail

    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and backend.priority > 0


def _require_keychain() -> None:
    if not keychain_available():
        raise NoKeychainError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "No system keychain was found, so Hearth cannot store secrets safely. Set the "
                    "key in an environment variable instead, or install a keychain (for example "
                    "GNOME Keyring or KWallet).",
                )
            )
        )


def set_secret(name: str, value: str) -> None:
    _require_keychain()
    import keyring.errors

    try:
        keyring.set_password(SERVICE, name, value)
    except keyring.errors.KeyringError as exc:
        raise NoKeychainError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Core", "The system keychain refused to store the secret: {error}"
                ),
                error=str(exc),
            )
        ) from exc


def delete_secret(name: str) -> None:
    if not keychain_available():
        return
    import keyring.errors

    with contextlib.suppress(keyring.errors.KeyringError):  # not stored, or the keychain refused
        keyring.delete_password(SERVICE, name)


def stored_secret(name: str) -> str | None:
    if not keychain_available():
        return None
    import keyring.errors

    try:
        return keyring.get_password(SERVICE, name)
    except keyring.errors.KeyringError:
        return None


def get_secret(name: str) -> tuple[str | None, str]:
    """The secret and where it came from: ``"keychain"``, ``"environment"`` or ``"missing"``."""
    value = stored_secret(name)
    if value:
        return value, "keychain"
    env = environment_variable(name)
    if env and os.environ.get(env):
        return os.environ[env], "environment"
    return None, "missing"


def known_values(name: str) -> list[str]:
    """Every value of the secret Hearth can see, keychain and environment, to hide from text."""
    env = environment_variable(name)
    values = [stored_secret(name), os.environ.get(env) if env else None]
    return [v for v in dict.fromkeys(values) if v]


def mask(secret: str) -> str:
    """A form of the secret that is safe to show: the last four characters only."""
    return "•" * 8 + secret[-4:] if len(secret) > 8 else "•" * len(secret)
