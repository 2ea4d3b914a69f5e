"""Search benchmark: ConversationStore.search over 100,000 stored messages.

    python -m tests.bench.search [--messages 100000] [--queries 300] [--db PATH]

Builds a store in a temporary folder (or reuses ``--db`` when it already holds the messages):
2,000 conversations of 50 messages, written through ``import_trees`` like a real import; the
text is drawn from a 20,000-word vocabulary with a Zipf-like spread (a few words very common,
most rare), with code blocks in one answer of five. Then it runs, in one shuffled sequence,
the queries a person types: one rare word, one common word, two words, a word being typed (a
prefix of 3 letters), words that are nowhere, and FTS syntax that must not break (quotes,
NEAR, a lone star). Each query is timed from the call to the returned hits (snippets made).

Prints p50/p95/max per kind and, last, one JSON line; the target is p95 < 50 ms overall.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from app.core.store import (
    Conversation,
    ConversationStore,
    ConversationTree,
    GenerationOverrides,
    StoredMessage,
)

TARGET_P95_MS = 50.0
PER_CONVERSATION = 50
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa", "qui", "dre", "fal", "gon"]


def vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def sentence(rng: random.Random, words: list[str], cumulative: list[float], n: int) -> str:
    return " ".join(rng.choices(words, cum_weights=cumulative, k=n)).capitalize() + "."


def build(path: Path, total: int, rng: random.Random, words: list[str]) -> None:
    weights = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(words))))
    store = ConversationStore(path)
    trees = []
    now = time.time()
    for _c in range(total // PER_CONVERSATION):
        messages = []
        for i in range(PER_CONVERSATION):
            role = "user" if i % 2 == 0 else "assistant"
            text = " ".join(sentence(rng, words, weights, rng.randint(6, 18)) for _ in range(3))
            if role == "assistant" and rng.random() < 0.2:
                code = "\n".join(
                    f"    {rng.choice(words)}({i}) = {rng.choice(words)}" for _ in range(6)
                )
                text += f"\n\n```python\n{code}\n```\n"
            messages.append(
                StoredMessage(i + 1, 0, role, text, now, "complete", parent_id=i or None)
            )
        title = sentence(rng, words, weights, 4)[:48]
        conversation = Conversation(0, title, now, now, "local", current_leaf_id=PER_CONVERSATION)
        trees.append(ConversationTree(conversation, GenerationOverrides(), messages))
        if len(trees) == 200:
            store.import_trees(trees)
            trees = []
    if trees:
        store.import_trees(trees)
    store.close()


def queries(rng: random.Random, words: list[str], n: int) -> list[tuple[str, str]]:
    common, rare = words[:50], words[5_000:]
    kinds = {
        "rare word": lambda: rng.choice(rare),
        "common word": lambda: rng.choice(common),
        "two words": lambda: f"{rng.choice(words[:2000])} {rng.choice(words[:2000])}",
        "typing (prefix)": lambda: rng.choice(words[:5000])[:3],
        "nowhere": lambda: "xyzzyq plugh",
        "fts syntax": lambda: rng.choice(['"unbalanced', "NEAR(a b", "*", "a OR", "col:x -y ^"]),
    }
    out = [(kind, make()) for kind, make in kinds.items() for _ in range(n // len(kinds))]
    rng.shuffle(out)
    return out


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--db", type=Path, help="keep the database here (built when missing)")
    args = parser.parse_args()
    rng = random.Random(11)
    words = vocabulary(rng)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.sqlite3"
        started = time.perf_counter()
        if not path.exists():
            build(path, args.messages, rng, words)
        built_s = time.perf_counter() - started
        store = ConversationStore(path)
        stored = store._query("SELECT COUNT(*) FROM messages")[0][0]
        times: dict[str, list[float]] = {}
        hits: dict[str, list[int]] = {}
        for kind, query in queries(random.Random(5), words, args.queries):
            start = time.perf_counter()
            found = store.search(query, limit=50)
            times.setdefault(kind, []).append((time.perf_counter() - start) * 1000)
            hits.setdefault(kind, []).append(len(found))
        store.close()
        size_mb = path.stat().st_size / 2**20
    every = [t for ts in times.values() for t in ts]
    print(f"{stored:,} messages, database {size_mb:.0f} MB (built in {built_s:.1f} s)")
    print(f"{'query':<18}{'n':>5}{'hits (median)':>15}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
    for kind, ts in times.items():
        print(
            f"{kind:<18}{len(ts):>5}{statistics.median(hits[kind]):>15.0f}"
            f"{percentile(ts, 50):>9.2f}{percentile(ts, 95):>9.2f}{max(ts):>9.2f}"
        )
    p95 = percentile(every, 95)
    p50 = percentile(every, 50)
    print(f"{'all':<18}{len(every):>5}{'':>15}{p50:>9.2f}{p95:>9.2f}{max(every):>9.2f}")
    result = {
        "bench": "search",
        "messages": stored,
        "queries": len(every),
        "p50_ms": round(p50, 2),
        "p95_ms": round(p95, 2),
        "max_ms": round(max(every), 2),
        "p95_by_kind_ms": {k: round(percentile(v, 95), 2) for k, v in times.items()},
        "target_p95_ms": TARGET_P95_MS,
        "meets_target": p95 < TARGET_P95_MS,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
