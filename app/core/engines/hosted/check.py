"""The connection check behind Settings' "Test connection" and "List models" buttons.

Both block on the network: the settings dialog runs them on a worker thread.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from app.core.engines.base import ChatMessage, GenerationParams
from app.core.engines.hosted.config import config_from_settings
from app.core.engines.hosted.engine import HostedEngine, engine_for
from app.core.engines.hosted.errors import (
    HostedError,
    HostedSetupError,
    KeyRejectedError,
    ModelNotFoundError,
    OfflineLockedError,
    TimedOutError,
    UnreachableError,
)
from app.core.network_ledger import CONNECTION_CHECK
from app.core.settings import HostedSettings
from app.core.text import QT_TRANSLATE_NOOP, Text


@dataclass
class ConnectionReport:
    """What "Test connection" found, step by step, in words a user can act on."""

    ok: bool = False
    reached: bool = False
    key_ok: bool | None = None  # None: not checked (no key needed, or never got that far)
    model_ok: bool | None = None
    models: list[str] = field(default_factory=list)  # what the server offers, if it lists them
    models_listed: bool = False
    key_source: str = ""
    lines: list[str] = field(default_factory=list)  # Texts: the window translates each
    elapsed_s: float = 0.0

    @property
    def summary(self) -> str:
        return "\n".join(self.lines)


def check_connection(hosted: HostedSettings, api_key: str = "") -> ConnectionReport:
    """Reach the server, check the key and the model, list the models where it offers a list.

    Uses a one-token request to check the model when the server lists no models. Blocking; the
    settings dialog runs it on a worker thread.
    """
    report = ConnectionReport()
    start = time.monotonic()
    try:
        _run_checks(hosted, api_key, report)
    finally:
        report.elapsed_s = time.monotonic() - start
    return report


def _run_checks(hosted: HostedSettings, api_key: str, report: ConnectionReport) -> None:
    try:
        config = config_from_settings(hosted, api_key)
    except HostedSetupError as exc:
        report.lines.append(exc.user_message())
        return
    report.key_source = config.key_source
    source = {
        "keychain": Text(QT_TRANSLATE_NOOP("Core", "the key stored in the keychain")),
        "environment": Text(
            QT_TRANSLATE_NOOP("Core", "the key from {variable}"), variable=config.spec.env_var
        ),
        "entered": Text(QT_TRANSLATE_NOOP("Core", "the key entered in Settings")),
        "none": Text(QT_TRANSLATE_NOOP("Core", "no key")),
    }[config.key_source]
    report.lines.append(
        Text(
            QT_TRANSLATE_NOOP("Core", "Checking {url} with {key}."), url=config.base_url, key=source
        )
    )
    engine = engine_for(config, retry_base_s=0.5, retry_cap_s=2.0, purpose=CONNECTION_CHECK)
    try:
        _check_models(engine, report)
        if report.reached and report.key_ok is not False and report.model_ok is None:
            _check_by_request(engine, report)
    finally:
        engine.close()
    report.ok = report.reached and report.key_ok is not False and bool(report.model_ok)
    if report.ok:
        report.lines.append(
            Text(
                QT_TRANSLATE_NOOP("Core", "Ready: answers will come from {label}."),
                label=engine.label,
            )
        )


def _check_models(engine: HostedEngine, report: ConnectionReport) -> None:
    model = engine.config.model
    try:
        report.models = engine.list_models()
    except Exception as exc:  # classified below; anything unknown propagates
        error = engine.classify(exc, shown=False).error
        if isinstance(error, (UnreachableError, TimedOutError, OfflineLockedError)):
            report.lines.append(error.user_message())
            return
        report.reached = True
        if isinstance(error, KeyRejectedError):
            report.key_ok = False
            report.lines.append(error.user_message())
            return
        report.lines.append(
            Text(QT_TRANSLATE_NOOP("Core", "The server answered but does not list its models."))
        )
        return
    report.reached = True
    report.models_listed = True
    if engine.config.key_source != "none":
        report.key_ok = True
        report.lines.append(Text(QT_TRANSLATE_NOOP("Core", "The key was accepted.")))
    report.lines.append(
        Text(
            QT_TRANSLATE_NOOP("Core", "The server offers {count} model(s)."),
            count=len(report.models),
        )
    )
    if model in report.models:
        report.model_ok = True
        report.lines.append(
            Text(QT_TRANSLATE_NOOP("Core", "The model '{model}' is available."), model=model)
        )
    elif report.models:
        report.model_ok = False
        offered = ", ".join(report.models[:8]) + (" …" if len(report.models) > 8 else "")
        report.lines.append(
            Text(
                QT_TRANSLATE_NOOP(
                    "Core", "The model '{model}' is not among them. Offered: {offered}"
                ),
                model=model,
                offered=offered,
            )
        )


def _check_by_request(engine: HostedEngine, report: ConnectionReport) -> None:
    stop = threading.Event()
    probe = [ChatMessage("user", "Reply with one word: ok")]
    try:
        for _ in engine.stream(probe, GenerationParams(max_tokens=1, temperature=0.0), stop):
            pass
    except HostedError as exc:
        if isinstance(exc, KeyRejectedError):
            report.key_ok = False
        if isinstance(exc, ModelNotFoundError):
            report.model_ok = False
        report.lines.append(exc.user_message())
        return
    report.model_ok = True
    if engine.config.key_source != "none":
        report.key_ok = True
    report.lines.append(
        Text(
            QT_TRANSLATE_NOOP("Core", "The model '{model}' answered a one-token request."),
            model=engine.config.model,
        )
    )


def models_from_settings(hosted: HostedSettings, api_key: str = "") -> list[str]:
    """The server's model list ("List models" in Settings); :class:`HostedError` when refused."""
    engine = engine_for(
        config_from_settings(hosted, api_key, require_model=False), purpose=CONNECTION_CHECK
    )
    try:
        try:
            return engine.list_models()
        except Exception as exc:
            failure = engine.classify(exc, shown=False)
            raise failure.error from failure.cause
    finally:
        engine.close()
