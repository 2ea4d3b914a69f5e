"""The hosted providers Hearth can talk to: one table, read by settings, secrets, engines and UI.

Adding a provider is one :class:`ProviderSpec` entry in :data:`PROVIDERS`. The table names its
engine class through a loader function, so importing this module (which settings does at start-up)
never imports the engines, let alone the ``openai`` and ``anthropic`` SDKs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from app.core.text import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from app.core.engines.hosted.engine import HostedEngine


@dataclass(frozen=True)
class ProviderSpec:
    """One hosted provider.

    ``base_url`` is the default address; when ``user_base_url`` is set the user enters (or may
    change) it in Settings, and the UI names the server's host instead of the provider.
    ``token_limit`` is the request field that caps the answer's length. ``engine`` returns the
    engine class, imported only when it is called.
    """

    id: str
    label: str
    secret_name: str
    env_var: str
    base_url: str
    default_model: str
    key_required: bool
    user_base_url: bool
    token_limit: Literal["max_tokens", "max_completion_tokens"]
    engine: Callable[[], type[HostedEngine]]


def _openai_engine() -> type[HostedEngine]:
    from app.core.engines.hosted.engine import OpenAIEngine

    return OpenAIEngine


def _anthropic_engine() -> type[HostedEngine]:
    from app.core.engines.hosted.engine import AnthropicEngine

    return AnthropicEngine


PROVIDERS: dict[str, ProviderSpec] = {
    spec.id: spec
    for spec in (
        ProviderSpec(
            id="openai",
            label="OpenAI",
            secret_name="openai_api_key",
            env_var="OPENAI_API_KEY",
            base_url="https://api.openai.com/v1",
            default_model="gpt-4o-mini-2024-07-18",
            key_required=True,
            user_base_url=False,
            # OpenAI's newer models take max_completion_tokens only; other servers know max_tokens
            token_limit="max_completion_tokens",
            engine=_openai_engine,
        ),
        ProviderSpec(
            id="anthropic",
            label="Anthropic",
            secret_name="anthropic_api_key",
            env_var="ANTHROPIC_API_KEY",
            base_url="https://api.anthropic.com",
            default_model="claude-3-5-haiku-20241022",
            key_required=True,
            user_base_url=False,
            token_limit="max_tokens",
            engine=_anthropic_engine,
        ),
        ProviderSpec(
            id="openai_compatible",
            label=Text(QT_TRANSLATE_NOOP("Core", "OpenAI-compatible server")),
            secret_name="openai_compatible_api_key",
            env_var="HEARTH_OPENAI_COMPATIBLE_API_KEY",
            base_url="",
            default_model="",
            # most self-hosted servers (llama.cpp, Ollama, vLLM without --api-key) want none
            key_required=False,
            user_base_url=True,
            token_limit="max_tokens",
            engine=_openai_engine,
        ),
    )
}


def provider_spec(provider: str) -> ProviderSpec:
    """The spec of ``provider``; ``KeyError`` naming it when Hearth knows no such provider."""
    try:
        return PROVIDERS[provider]
    except KeyError:
        raise KeyError(f"'{provider}' is not a hosted provider Hearth knows") from None


def provider_label(provider: str | None) -> str:
    """What the UI calls ``provider``; an id the table does not know is shown as it is."""
    spec = PROVIDERS.get(provider or "")
    return spec.label if spec is not None else provider or ""


def default_models() -> dict[str, str]:
    """The pinned model per provider that new settings start with."""
    return {spec.id: spec.default_model for spec in PROVIDERS.values()}
