"""Benchmarks for ingest, cleaning and language id (``make bench``). Not a test.

Measures, each in a fresh process so peak memory is its own:
1. ``clean``: ingest + decode + clean + language id over the CLICK-ID corpus, no store, one core;
2. ``run``: the same into a new DuckDB store, with 1 and 2 worker processes;
3. memory against corpus size: ``run`` over the first quarter, half and all of the corpus, and
   over the corpus twice (the second copy perturbed so every line is a new raw document whose
   body duplicates one already stored: the store still writes every document).

Needs ``../shared/data/news/clickid/clickid_articles.jsonl`` (say where with ``--shared``).
Prints a Markdown table to paste into docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path("data/news/clickid/clickid_articles.jsonl")


def measure(mode: str, path: str, workers: int) -> dict[str, float]:
    """One measurement in this process; returns figures as a dict."""
    from warta.pipeline import CountingSink, PipelineOptions, clean_paths, run
    from warta.store import Store, StoreSink

    size = Path(path).stat().st_size
    started = time.perf_counter()
    if mode == "clean":
        documents = sum(1 for _ in clean_paths([path], PipelineOptions()))
        stored = documents
    else:
        with tempfile.TemporaryDirectory() as folder:
            if mode == "count":
                stats = run([path], CountingSink(), workers=workers)
            else:
                with Store(os.path.join(folder, "bench.duckdb")) as store:
                    run_id = store.start_run("bench", {})
                    stats = run([path], StoreSink(store, run_id), workers=workers)
                    store.finish_run(run_id, stats)
            documents, stored = stats.documents, stats.stored
    seconds = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers_usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + workers_usage.ru_utime + workers_usage.ru_stime
    peak_kb = own.ru_maxrss
    children_kb = workers_usage.ru_maxrss
    return {
        "documents": documents,
        "stored": stored,
        "seconds": round(seconds, 2),
        "docs_per_s": round(documents / seconds, 1),
        "cpu_seconds": round(cpu, 1),
        "docs_per_cpu_s": round(documents / cpu, 1),
        "mb_per_s": round(size / 1e6 / seconds, 2),
        "peak_mb": round(peak_kb / 1024, 1),
        "worker_peak_mb": round(children_kb / 1024, 1),
    }


def _subset(corpus: Path, fraction: float, folder: Path) -> Path:
    lines = corpus.read_bytes().splitlines(keepends=True)
    target = folder / f"clickid-{int(fraction * 100)}.jsonl"
    target.write_bytes(b"".join(lines[: int(len(lines) * fraction)]))
    return target


def _doubled(corpus: Path, folder: Path) -> Path:
    """The corpus, then every line again with one extra field (new raw bytes, same body)."""
    target = folder / "clickid-200.jsonl"
    with corpus.open("rb") as source, target.open("wb") as out:
        lines = source.readlines()
        out.writelines(lines)
        for line in lines:
            stripped = line.rstrip(b"\r\n")
            if stripped.endswith(b"}"):
                out.write(stripped[:-1] + b', "bench_copy": 2}\n')
    return target


def _spawn(mode: str, path: Path, workers: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--one", mode, str(path), str(workers)],
        check=True,
        capture_output=True,
        text=True,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="../shared", help="shared data folder")
    parser.add_argument(
        "--one", nargs=3, metavar=("MODE", "PATH", "WORKERS"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.one:
        mode, path, workers = args.one
        print(json.dumps(measure(mode, path, int(workers))))
        return 0
    corpus = Path(args.shared) / CORPUS
    if not corpus.exists():
        print(
            f"error: {corpus} not found: the benchmark needs the shared CLICK-ID corpus "
            "(pass --shared PATH)",
            file=sys.stderr,
        )
        return 2
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows.append(("clean (no store), 1 core, all", _spawn("clean", corpus, 1)))
        rows.append(("run into DuckDB, 1 worker, all", _spawn("run", corpus, 1)))
        rows.append(("run into DuckDB, 2 workers, all", _spawn("run", corpus, 2)))
        for fraction in (0.25, 0.5):
            subset = _subset(corpus, fraction, folder)
            rows.append(
                (
                    f"run into DuckDB, 1 worker, first {int(fraction * 100)} %",
                    _spawn("run", subset, 1),
                )
            )
        doubled = _doubled(corpus, folder)
        rows.append(("run into DuckDB, 1 worker, corpus twice", _spawn("run", doubled, 1)))
        rows.append(
            ("counting sink (no store), 1 worker, corpus twice", _spawn("count", doubled, 1))
        )
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"corpus: {corpus} ({corpus.stat().st_size / 1e6:.1f} MB)\n")
    print(
        "| what | documents | stored | seconds | docs/s | CPU s | docs per CPU s | MB/s "
        "| peak RSS MB (main / workers) |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for name, r in rows:
        print(
            f"| {name} | {r['documents']:.0f} | {r['stored']:.0f} | {r['seconds']} | {r['docs_per_s']} "
            f"| {r['cpu_seconds']} | {r['docs_per_cpu_s']} "
            f"| {r['mb_per_s']} | {r['peak_mb']} / {r['worker_peak_mb']} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
