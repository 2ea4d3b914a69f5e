"""Documents benchmark: indexing throughput, BM25 query latency, and an incremental re-index.

    python -m tests.bench.documents [--files 2000] [--mb 50]

Generates ``--files`` Markdown files holding ``--mb`` MB of text together (words drawn from a
Zipf-like vocabulary, a heading every ~250 characters so that the corpus splits into about
200,000 passages at the defaults), in a temporary HEARTH_HOME, then measures:

- indexing throughput, BM25 only (MB/s; target >= 5), and per CPU second (the figure that
  holds on a shared machine);
- p95 latency of 200 searches of 2-5 words over every passage (target < 30 ms);
- re-indexing after one file changed (target < 1 s: only that file is read again).

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

TARGET_MB_S = 5.0
TARGET_P95_MS = 30.0
TARGET_REINDEX_S = 1.0


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--mb", type=float, default=50.0)
    parser.add_argument("--queries", type=int, default=200)
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
        p95 = statistics.quantiles(latencies, n=20)[-1]
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
        f"query p95      {p95:.1f} ms, median {statistics.median(latencies):.1f} ms "
        f"over {len(latencies)} (target < {TARGET_P95_MS})"
    )
    print(f"re-index one   {reindex_s:.2f} s (target < {TARGET_REINDEX_S})")
    result = {
        "bench": "documents",
        "files": args.files,
        "mb": round(total / 1e6, 1),
        "passages": info.passages,
        "index_mb_s": round(mb_s, 2),
        "index_mb_per_cpu_s": round(total / 1e6 / index_cpu_s, 2),
        "query_p95_ms": round(p95, 2),
        "query_median_ms": round(statistics.median(latencies), 2),
        "reindex_one_s": round(reindex_s, 3),
        "targets_met": mb_s >= TARGET_MB_S and p95 < TARGET_P95_MS and reindex_s < TARGET_REINDEX_S,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
