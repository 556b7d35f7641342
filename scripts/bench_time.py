"""Benchmark: time-expression tagging and normalisation over CLICK-ID (needs ../shared).

    OMP_NUM_THREADS=1 python scripts/bench_time.py --shared ../shared [--limit 5000]

One process, one core: articles/s per core (wall clock, and per CPU-second of the process) for ``warta.time.tag(text, dct)`` (recognition,
normalisation, tense look-ups), after a warm-up that loads and compiles the language data.
The corpus is read into memory first; reading is not timed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

from warta.dates import parse_field_date
from warta.time import tag

CORPUS = "data/news/clickid/clickid_articles.jsonl"


def load(path: Path, limit: int) -> list[tuple[str, str | None]]:
    docs = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            docs.append((record["content"], parse_field_date(record.get("date") or "")))
            if len(docs) >= limit:
                break
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--limit", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    path = Path(args.shared) / CORPUS
    if not path.exists():
        print(f"error: {path} not found (this benchmark needs ../shared)", file=sys.stderr)
        return 2
    docs = load(path, args.limit)
    tag("Selasa (25/7/2023) pukul 10.00 WIB, pekan lalu", "2023-07-25")  # warm-up
    chars = sum(len(text) for text, _ in docs)
    rates = []
    cpu_rates = []
    expressions = 0
    for _ in range(args.repeat):
        expressions = 0
        start, cpu_start = time.perf_counter(), time.process_time()
        for text, dct in docs:
            expressions += len(tag(text, dct))
        rates.append(len(docs) / (time.perf_counter() - start))
        cpu_rates.append(len(docs) / (time.process_time() - cpu_start))
    best = max(rates)
    print(
        f"python {platform.python_version()} on {platform.machine()}, "
        f"{os.cpu_count()} CPUs visible, 1 process"
    )
    print(
        f"{len(docs)} CLICK-ID articles, {chars / len(docs):.0f} chars/article, "
        f"{expressions} expressions ({expressions / len(docs):.1f}/article)"
    )
    print(
        f"articles/s per core: best {best:.0f}, median {statistics.median(rates):.0f} "
        f"over {args.repeat} runs (wall clock); chars/s {best * chars / len(docs) / 1e6:.2f} M"
    )
    print(
        f"articles per CPU-second of the process: best {max(cpu_rates):.0f}, median "
        f"{statistics.median(cpu_rates):.0f}; load average {os.getloadavg()[0]:.1f} "
        f"(on shared cores the CPU-time figure is the steadier one)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
