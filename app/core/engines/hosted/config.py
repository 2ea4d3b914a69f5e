"""What one hosted engine needs, checked: the provider, its address, the model and the key.

Keys come from :mod:`app.core.secrets` (keychain, then environment) in the tone of ``llm keys``,
and are never logged or stored elsewhere; :meth:`HostedConfig.redact` removes them from any text a
server sends back. A base URL that is not on this machine must use https.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from app.core import secrets
from app.core.engines.hosted.errors import HostedSetupError, InsecureURLError, MissingKeyError
from app.core.network_ledger import is_loopback_host
from app.core.providers import PROVIDERS, ProviderSpec, provider_spec
from app.core.settings import HostedSettings, Provider
from app.core.text import QT_TRANSLATE_NOOP, Text

# Sent to a server that needs no key when the user stored none: most self-hosted servers
# (llama.cpp, Ollama, vLLM without --api-key) want none, but the SDK insists on one.
NO_KEY = "not-needed"
REDACTED = "[key removed]"


@dataclass(frozen=True)
class HostedConfig:
    """Everything one hosted engine needs. Keys are kept out of ``repr`` on purpose.

    ``other_keys`` are the provider's other keys Hearth can see (keychain, environment): the
    server never gets them, but :meth:`redact` hides them from server text all the same.
    """

    provider: Provider
    base_url: str
    model: str
    api_key: str = field(repr=False)
    key_source: str = "keychain"  # "keychain", "environment", "entered" or "none"
    connect_timeout_s: float = 10.0
    chunk_timeout_s: float = 60.0
    total_timeout_s: float = 600.0
    max_retries: int = 4
    other_keys: tuple[str, ...] = field(default=(), repr=False)

    @property
    def spec(self) -> ProviderSpec:
        return provider_spec(self.provider)

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).hostname or ""

    @property
    def where(self) -> str:
        """How messages name the server: the provider, or the host of a server the user set."""
        return self.host if self.spec.user_base_url else self.spec.label

    def redact(self, text: str) -> str:
        """``text`` with every key of this provider replaced by ``[key removed]``."""
        keys = {self.api_key, *self.other_keys} - {NO_KEY, ""}
        for key in sorted(keys, key=len, reverse=True):  # a longer key first: it may hold another
            text = text.replace(key, REDACTED)
        return text


def check_base_url(url: str) -> str:
    """The URL without a trailing slash, or :class:`HostedSetupError` saying what is wrong."""
    url = url.strip().rstrip("/")
    if not url:
        raise HostedSetupError(
            Text(QT_TRANSLATE_NOOP("Core", "No server address is set.")),
            Text(
                QT_TRANSLATE_NOOP(
                    "Core", "Enter its base URL in Settings…, for example http://127.0.0.1:8080/v1."
                )
            ),
        )
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise HostedSetupError(
            Text(
                QT_TRANSLATE_NOOP("Core", "'{url}' is not a server address Hearth can use."),
                url=url,
            ),
            Text(
                QT_TRANSLATE_NOOP(
                    "Core", "Use a URL such as https://example.com/v1 or http://127.0.0.1:8080/v1."
                )
            ),
        )
    if parts.username or parts.password:
        raise HostedSetupError(
            Text(QT_TRANSLATE_NOOP("Core", "The server address contains a user name or password.")),
            Text(
                QT_TRANSLATE_NOOP(
                    "Core", "Remove it from the URL and put the key in the API key field instead."
                )
            ),
        )
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise InsecureURLError(
            Text(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "Hearth will not send your conversation to {host} over plain http: anyone on "
                    "the way could read it.",
                ),
                host=parts.hostname,
            ),
            Text(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "Use an https:// address. Plain http is allowed only for servers on this "
                    "machine.",
                )
            ),
        )
    return url


def resolve_key(provider: str, *, required: bool) -> tuple[str, str]:
    """The key for ``provider`` and where it came from, in the tone of ``llm keys``."""
    spec = provider_spec(provider)
    value, source = secrets.get_secret(spec.secret_name)
    if value:
        return value, source
    if not required:
        return NO_KEY, "none"
    raise MissingKeyError(
        Text(
            QT_TRANSLATE_NOOP("Core", "No API key for {provider} was found."), provider=spec.label
        ),
        Text(
            QT_TRANSLATE_NOOP(
                "Core",
                "Enter one in Settings… (it is kept in the system keychain) or set the {variable} "
                "environment variable.",
            ),
            variable=spec.env_var,
        ),
    )


def config_from_settings(
    hosted: HostedSettings, api_key: str = "", *, require_model: bool = True
) -> HostedConfig:
    """Check ``hosted`` and look up its key; raise :class:`HostedSetupError` when unusable.

    ``api_key`` is a key just typed into Settings and not stored yet; it wins over stored ones.
    ``require_model=False`` is for listing the server's models before one is chosen. Reads the
    keychain: call it off the GUI thread.
    """
    spec = PROVIDERS.get(hosted.provider)
    if spec is None:
        raise HostedSetupError(
            Text(
                QT_TRANSLATE_NOOP("Core", "'{provider}' is not a hosted provider Hearth knows."),
                provider=hosted.provider,
            )
        )
    model = hosted.models.get(spec.id, "").strip()
    if not model and require_model:
        raise HostedSetupError(
            Text(QT_TRANSLATE_NOOP("Core", "No model is set for {provider}."), provider=spec.label),
            Text(QT_TRANSLATE_NOOP("Core", "Enter the exact model name in Settings….")),
        )
    base_url = spec.base_url
    if spec.user_base_url:
        base_url = check_base_url(hosted.base_url or spec.base_url)
    if api_key.strip():
        key, source = api_key.strip(), "entered"
    else:
        key, source = resolve_key(spec.id, required=spec.key_required)
    return HostedConfig(
        provider=spec.id,
        base_url=base_url,
        model=model,
        api_key=key,
        key_source=source,
        connect_timeout_s=hosted.connect_timeout_s,
        chunk_timeout_s=hosted.chunk_timeout_s,
        total_timeout_s=hosted.total_timeout_s,
        max_retries=max(0, hosted.max_retries),
        other_keys=tuple(secrets.known_values(spec.secret_name)),
    )
