"""Download benchmark: Hearth's DownloadJob against plain ``curl``: same file, server and run.

    python -m tests.bench.download [--size-mb 512] [--reps 3]

A local Hub-protocol server (tests/helpers/hub_server.py) serves a file of random bytes; each
repetition downloads it once with ``curl -L`` from the resolve URL and once with
:class:`app.core.downloads.DownloadJob` (metadata HEAD, redirect, SHA-256 while downloading,
fsync, atomic move). Prints a table and, last, one JSON line:

- throughput of each (median over the repetitions) and their ratio (target >= 0.9: hashing and
  progress reporting must not slow the transfer);
- CPU seconds per GB: the job's (this process; the server runs in a child) and curl's.

Machines here are shared and noisy; the ratio within one run is what matters.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_RATIO = 0.9


def make_payload(path: Path, size_mb: int) -> str:
    """Write ``size_mb`` MiB of random bytes; their SHA-256."""
    digest = hashlib.sha256()
    with path.open("wb") as fh:
        for _ in range(size_mb):
            block = os.urandom(1024 * 1024)
            fh.write(block)
            digest.update(block)
    return digest.hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.download")
    parser.add_argument("--size-mb", type=int, default=512, help="payload size in MiB")
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args(argv)
    curl = shutil.which("curl")
    if curl is None:
        parser.error("curl is not installed")

    with tempfile.TemporaryDirectory(prefix="hearth-bench-") as tmp:
        os.environ["HEARTH_HOME"] = str(Path(tmp) / "home")
        from app.core import paths
        from app.core.catalog import CatalogEntry
        from app.core.downloads import DownloadJob, DownloadPolicy, remove_model
        from tests.helpers.hub_server import fake_commit

        payload = Path(tmp) / "bench.gguf"
        sha256 = make_payload(payload, args.size_mb)
        size = payload.stat().st_size
        repo = "hearth-bench/payload-GGUF"
        entry = CatalogEntry(
            id="bench",
            name="Benchmark payload",
            repo_id=repo,
            revision=fake_commit(repo),
            filename="bench.gguf",
            size=size,
            sha256=sha256,
            license="none",
            parameters="1B",
            quantization="none",
            context_length=1,
            description="random bytes",
        )
        curl_out = paths.models_dir() / "curl.out"
        curl_times: list[float] = []
        curl_cpu: list[float] = []
        job_times: list[float] = []
        job_cpu: list[float] = []
        reports = 0

        def count(_progress: object) -> None:
            nonlocal reports
            reports += 1

        # The server runs in its own process, so this process's CPU time is the job's alone.
        server = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.hub_server", repo, str(payload)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert server.stdout is not None
            endpoint = server.stdout.readline().strip()
            url = f"{endpoint}/{repo}/resolve/{entry.revision}/bench.gguf"
            for _ in range(args.reps):
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                started = time.perf_counter()
                subprocess.run([curl, "-sSfL", "-o", str(curl_out), url], check=True)
                curl_times.append(time.perf_counter() - started)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                curl_cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
                assert curl_out.stat().st_size == size
                curl_out.unlink()

                job = DownloadJob(
                    entry, endpoint=endpoint, token="", policy=DownloadPolicy(), on_progress=count
                )
                cpu_started = time.process_time()
                started = time.perf_counter()
                installed = job.run()
                job_times.append(time.perf_counter() - started)
                job_cpu.append(time.process_time() - cpu_started)
                assert installed.stat().st_size == size
                remove_model(entry)
        finally:
            server.communicate(input="", timeout=30)

    gb = size / 1e9
    curl_rate = size / 1e6 / statistics.median(curl_times)
    job_rate = size / 1e6 / statistics.median(job_times)
    ratio = job_rate / curl_rate
    result = {
        "bench": "download",
        "size_mb": round(size / 1e6, 1),
        "reps": args.reps,
        "curl_mb_s": round(curl_rate, 1),
        "hearth_mb_s": round(job_rate, 1),
        "ratio": round(ratio, 3),
        "target_ratio": TARGET_RATIO,
        "hearth_cpu_s_per_gb": round(statistics.median(job_cpu) / gb, 2),
        "curl_cpu_s_per_gb": round(statistics.median(curl_cpu) / gb, 2),
        "progress_reports_per_run": reports // args.reps,
        "pass": ratio >= TARGET_RATIO,
    }
    rows = [
        ("", "median s", "MB/s", "CPU s/GB"),
        ("curl -L", f"{statistics.median(curl_times):.2f}", f"{curl_rate:.0f}",
         f"{result['curl_cpu_s_per_gb']:.2f}"),
        ("DownloadJob", f"{statistics.median(job_times):.2f}", f"{job_rate:.0f}",
         f"{result['hearth_cpu_s_per_gb']:.2f}"),
    ]  # fmt: skip
    for row in rows:
        print(f"{row[0]:<12}{row[1]:>10}{row[2]:>10}{row[3]:>10}")
    print(f"ratio {ratio:.3f} (target >= {TARGET_RATIO}), {args.reps} runs of {size / 1e6:.0f} MB")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
