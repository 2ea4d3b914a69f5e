"""The provider table is the one description of a hosted provider, and costs nothing at start-up."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest
from pytestqt.qtbot import QtBot

from app.core import secrets
from app.core.costs import usage_lines
from app.core.engines.base import ChatMessage, GenerationParams
from app.core.engines.hosted import (
    HostedEngine,
    MissingKeyError,
    check_connection,
    config_from_settings,
    hosted_engine_from_settings,
)
from app.core.providers import PROVIDERS, ProviderSpec, default_models, provider_label
from app.core.settings import HostedSettings, Settings, settings_from_dict
from app.core.store import RouteTotals
from app.ui.chat_view import message_header
from app.ui.hosted_route import hosted_destination
from app.ui.settings_dialog import SettingsDialog
from app.ui.settings_owner import SettingsOwner
from tests.helpers.fault_server import FaultServer, answer_words

SDKS = ("openai", "anthropic")

IMPORT_THEN_BUILD = """
import sys
import app.core.engines.hosted, app.core.providers, app.core.settings, app.ui.main_window
print(sorted(m for m in sys.modules if m.split('.')[0] in {sdks!r}))
from app.core.engines.hosted import HostedConfig, engine_for
engine_for(HostedConfig('openai_compatible', 'http://127.0.0.1:9/v1', 'm', 'k')).close()
print(sorted(m for m in sys.modules if m.split('.')[0] in {sdks!r} and '.' not in m))
"""


def test_importing_the_hosted_route_does_not_import_the_sdks() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", IMPORT_THEN_BUILD.format(sdks=SDKS)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 0, proc.stderr
    on_import, after_engine = proc.stdout.splitlines()
    assert on_import == "[]"
    assert after_engine == "['openai']"  # creating an engine imports its SDK, and only that one


def open_dialog(qtbot: QtBot, settings: Settings) -> SettingsDialog:
    """The settings dialog over ``settings``, once it has read the keychain."""
    owner = SettingsOwner()
    owner.change(route=settings.route, hosted=settings.hosted)
    dialog = SettingsDialog(owner)
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.keychainRead, timeout=30_000).wait()
    return dialog


def test_every_provider_is_offered_by_its_label(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, Settings(route="hosted"))
    combo = dialog.provider_combo
    offered = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    assert offered == [(spec.label, spec.id) for spec in PROVIDERS.values()]
    for i, spec in enumerate(PROVIDERS.values()):
        combo.setCurrentIndex(i)
        assert dialog.provider == spec.id
        assert dialog.base_url_edit.isEnabled() == spec.user_base_url
        assert spec.env_var in dialog.key_status.text()
        assert ("optional" in dialog.key_status.text()) != spec.key_required
        assert dialog.model_combo.currentText() == spec.default_model


def test_answers_and_usage_name_the_provider_by_its_label() -> None:
    for spec in PROVIDERS.values():
        header = message_header("assistant", "hosted", spec.id, "m-1")
        assert header == f"Assistant · HOSTED · {spec.label} · m-1"
        (line,) = usage_lines([RouteTotals("hosted", spec.id, "m-1", 1, 10, 5)], {})
        assert line.text.startswith(f"Hosted · {spec.label} · m-1:")
    assert provider_label("llama.cpp") == "llama.cpp" and provider_label(None) == ""


def test_a_local_answer_names_its_model_in_words_or_by_file_when_unknown() -> None:
    names = {"m.Q4_K_M.gguf": "Llama 3.2 3B Instruct · Q4_K_M"}
    header = message_header("assistant", "local", "llama.cpp", "m.Q4_K_M.gguf", names)
    assert header == "Assistant · local · Llama 3.2 3B Instruct · Q4_K_M"
    gone = message_header("assistant", "local", "llama.cpp", "deleted.gguf", names)
    assert gone == "Assistant · local · deleted.gguf"


def test_keys_are_looked_up_under_the_tables_names(monkeypatch: pytest.MonkeyPatch) -> None:
    for spec in PROVIDERS.values():
        monkeypatch.setenv(spec.env_var, f"key-from-env-{spec.id}")
        assert secrets.environment_variable(spec.secret_name) == spec.env_var
        assert secrets.get_secret(spec.secret_name) == (f"key-from-env-{spec.id}", "environment")
        secrets.set_secret(spec.secret_name, f"key-in-keychain-{spec.id}")
        assert secrets.known_values(spec.secret_name) == [
            f"key-in-keychain-{spec.id}",
            f"key-from-env-{spec.id}",
        ]


def test_settings_take_their_providers_from_the_table() -> None:
    assert HostedSettings().models == default_models()
    assert default_models() == {spec.id: spec.default_model for spec in PROVIDERS.values()}
    for spec in PROVIDERS.values():
        loaded, problems = settings_from_dict({"hosted": {"provider": spec.id}})
        assert loaded.hosted.provider == spec.id and not problems
    loaded, problems = settings_from_dict({"hosted": {"provider": "nope"}})
    assert loaded.hosted.provider == HostedSettings().provider
    assert len(problems) == 1 and "hosted.provider: 'nope' is not valid" in problems[0]


def test_every_spec_names_an_engine_class() -> None:
    for spec in PROVIDERS.values():
        assert issubclass(spec.engine(), HostedEngine)


def test_a_new_provider_is_one_entry(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    key = "sk-scripted-cloud-6d1f0b"
    with FaultServer(api_key=key) as server:
        spec = ProviderSpec(
            id="scripted",
            label="Scripted Cloud",
            secret_name="scripted_api_key",
            env_var="SCRIPTED_CLOUD_API_KEY",
            base_url=server.base_url,
            default_model=server.models[0],
            key_required=True,
            user_base_url=False,
            token_limit="max_tokens",
            engine=PROVIDERS["openai"].engine,
        )
        monkeypatch.setitem(PROVIDERS, spec.id, spec)
        monkeypatch.delenv(spec.env_var, raising=False)
        hosted = HostedSettings(provider=spec.id)
        assert hosted.models[spec.id] == server.models[0]
        with pytest.raises(MissingKeyError) as missing:
            config_from_settings(hosted)
        assert "Scripted Cloud" in str(missing.value) and spec.env_var in missing.value.hint

        monkeypatch.setenv(spec.env_var, key)
        assert check_connection(hosted).ok
        engine = hosted_engine_from_settings(hosted)
        try:
            assert engine.label == f"{server.models[0]} · Scripted Cloud"
            messages = [ChatMessage("user", "hi there")]
            deltas = list(engine.stream(messages, GenerationParams(), threading.Event()))
        finally:
            engine.close()
        (post, *_) = server.stream_requests()
    assert "".join(d.text for d in deltas) == "".join(answer_words(post.body))
    assert hosted_destination(Settings(route="hosted", hosted=hosted)) == "Scripted Cloud"
    assert (
        message_header("assistant", "hosted", spec.id, "m")
        == "Assistant · HOSTED · Scripted Cloud · m"
    )
    dialog = open_dialog(qtbot, Settings(route="hosted", hosted=hosted))
    assert dialog.provider_combo.currentText() == "Scripted Cloud"
    assert spec.env_var in dialog.key_status.text()
