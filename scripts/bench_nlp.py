"""Throughput of the NLP pipeline on real news articles, one thread (``make bench-nlp``).

Reads CLICK-ID articles from ``../shared/data/news`` (the articles are not shipped), runs
``nlp.pipe`` over them in each mode and reports words per second, where a word is a
non-whitespace token of Warta's tokenizer (spaCy's convention), plus load time and memory.
``--write-docs docs/benchmarks.md`` replaces (or appends) the ``## NLP`` section of that file.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path
from typing import Any

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from spacy.attrs import IS_SPACE  # noqa: E402

import warta.nlp  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"full": 10_000, "fast": 40_000}
"""Issue 3: words/s on one core."""
WARM_ARTICLES = 200
"""Articles after the timed ones, run (untimed) before each timed run to warm the caches."""


def read_articles(shared: Path, limit: int) -> list[str]:
    path = shared / "data" / "news" / "clickid" / "clickid_articles.jsonl"
    if not path.is_file():
        sys.exit(f"error: {path} not found; make bench-nlp needs the shared data (SHARED=PATH)")
    texts: list[str] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            body = (article.get("content") or "").replace(",,", "\n")
            texts.append(f"{article.get('title') or ''}\n{body}")
            if len(texts) >= limit:
                break
    return texts


def warm_up(nlp: Any, warm: list[str]) -> None:
    """A fresh tokenizer (empty caches), then warmed on other articles.

    spaCy's tokenizer caches up to 10,000 distinct chunks (the first it sees). Timing the same
    articles twice would otherwise find every chunk cached in the second run; after the warm-up
    each timed run sees its articles as a long-running process sees new ones. (spaCy's
    ``Tokenizer._flush_cache`` leaves the cache unable to take new chunks, so it is replaced.)
    """
    nlp.tokenizer.reset_caches()
    for _ in nlp.pipe(warm, batch_size=64):
        pass


def measure(nlp: Any, texts: list[str], warm: list[str], repeats: int) -> tuple[int, float, float]:
    """Words, best wall-clock seconds and best CPU seconds of this process over the repeats.

    On shared cores the wall clock includes time other jobs hold the core; the CPU time of the
    process is the one-core cost. Words are counted from an array (no Python object per token,
    which the pipeline itself does not make either).
    """
    best_wall = best_cpu = float("inf")
    words = 0
    for _ in range(repeats):
        warm_up(nlp, warm)
        started, started_cpu = time.perf_counter(), time.process_time()
        words = 0
        for doc in nlp.pipe(texts, batch_size=64):
            words += len(doc) - int(doc.to_array(IS_SPACE).sum())
        best_wall = min(best_wall, time.perf_counter() - started)
        best_cpu = min(best_cpu, time.process_time() - started_cpu)
    return words, best_wall, best_cpu


def run(shared: Path, limit: int, repeats: int) -> dict[str, Any]:
    articles = read_articles(shared, limit + WARM_ARTICLES)
    texts, warm = articles[:limit], articles[limit:]
    results: dict[str, Any] = {
        "articles": len(texts),
        "warm_up_articles": len(warm),
        "modes": {},
        "load_average": round(os.getloadavg()[0], 1),
    }
    started = time.perf_counter()
    full = warta.nlp.load("full")
    results["load_seconds_full"] = round(time.perf_counter() - started, 2)
    results["rss_mb_after_full_load"] = round(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 0
    )
    started = time.perf_counter()
    fast = warta.nlp.load("fast")
    results["load_seconds_fast"] = round(time.perf_counter() - started, 2)
    results["ner_shape"] = ner_shape(full)
    tokenizer_only = _TokenizerOnly(full)
    rules_only = _Subset(full, ["warta_sentences"])
    for name, nlp in [
        ("tokenizer", tokenizer_only),
        ("tokenizer + sentences", rules_only),
        ("fast", fast),
        ("full", full),
    ]:
        words, seconds, cpu_seconds = measure(nlp, texts, warm, repeats)
        results["modes"][name] = {
            "words": words,
            "seconds": round(seconds, 2),
            "cpu_seconds": round(cpu_seconds, 2),
            "words_per_second": round(words / seconds),
            "words_per_cpu_second": round(words / cpu_seconds),
        }
        print(
            f"{name}: {words:,} words in {seconds:.2f} s ({cpu_seconds:.2f} CPU s) = "
            f"{words / seconds:,.0f} words/s wall, {words / cpu_seconds:,.0f} per CPU second"
        )
    results["rss_mb_peak"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 0)
    return results


def ner_shape(nlp: Any) -> str:
    """The NER's size as its config gives it (what the fast mode's cost depends on)."""
    model = nlp.config["components"]["ner"]["model"]
    encode = model["tok2vec"]["encode"]
    vectors = model["tok2vec"]["embed"].get("include_static_vectors")
    return (
        f"its own tok2vec, width {encode['width']}, depth {encode['depth']}, "
        f"{encode['maxout_pieces']} maxout pieces; hidden width {model['hidden_width']}; "
        + ("with floret vectors" if vectors else "no static vectors")
    )


class _TokenizerOnly:
    def __init__(self, nlp: Any) -> None:
        self.tokenizer = nlp.tokenizer

    def pipe(self, texts: list[str], batch_size: int = 64) -> Any:
        return (self.tokenizer(text) for text in texts)


class _Subset:
    def __init__(self, nlp: Any, names: list[str]) -> None:
        self.tokenizer = nlp.tokenizer
        self.components = [nlp.get_pipe(name) for name in names]

    def pipe(self, texts: list[str], batch_size: int = 64) -> Any:
        for text in texts:
            doc = self.tokenizer(text)
            for component in self.components:
                doc = component(doc)
            yield doc


def render(results: dict[str, Any]) -> str:
    lines = [
        "## NLP",
        "",
        f"`make bench-nlp` (scripts/bench_nlp.py), {time.strftime('%Y-%m-%d', time.gmtime())}: "
        f"{results['articles']} CLICK-ID articles (title + body), `nlp.pipe`, one thread "
        f"(OMP/OPENBLAS/MKL_NUM_THREADS=1), best of {results['repeats']} runs, Python "
        f"{platform.python_version()} on {platform.machine()} (2 shared cores, noisy).",
        "A word is a non-whitespace token of Warta's tokenizer. The one-core figure is words per "
        "CPU second of the process (the wall clock on these shared cores also counts time other "
        f"jobs held the core; load average at the start: {results['load_average']}).",
        "",
        "| mode | components | words | wall s | CPU s | words/s (wall) | words per CPU second "
        "(one core) | target (per core) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    components = {
        "tokenizer": "tokenizer",
        "tokenizer + sentences": "tokenizer, warta_sentences",
        "fast": "tokenizer, warta_sentences, ner",
        "full": "all: + tok2vec, morphologizer, lemmatizer, parser",
    }
    for name, row in results["modes"].items():
        target = TARGETS.get(name)
        verdict = ""
        if target is not None:
            met = row["words_per_cpu_second"] >= target
            verdict = f">= {target:,}: " + ("met" if met else "MISSED")
        lines.append(
            f"| {name} | {components[name]} | {row['words']:,} | {row['seconds']} | "
            f"{row['cpu_seconds']} | {row['words_per_second']:,} | "
            f"{row['words_per_cpu_second']:,} | {verdict} |"
        )
    modes = results["modes"]
    words = modes["full"]["words"]
    per_word = {
        "rules": modes["tokenizer + sentences"]["cpu_seconds"] / words * 1e6,
        "ner": (modes["fast"]["cpu_seconds"] - modes["tokenizer + sentences"]["cpu_seconds"])
        / words
        * 1e6,
        "ud": (modes["full"]["cpu_seconds"] - modes["fast"]["cpu_seconds"]) / words * 1e6,
    }
    lines += [
        "",
        "Two modes: `fast` gives sentences, tokens and entities (no POS, lemmas or "
        "dependencies); `full` adds the UD components. CPU cost per word, derived from the rows "
        f"above: tokenizer + sentence rules {per_word['rules']:.1f} µs, NER "
        f"({results.get('ner_shape', 'see training/ner.cfg')}) {per_word['ner']:.1f} µs, UD "
        "components "
        f"(shared tok2vec width 96, depth 4, morphologizer, lemmatizer, parser) "
        f"{per_word['ud']:.1f} µs. The 40,000 words/s goal for `fast` needs about 25 µs per word "
        "in all.",
        "",
        f"Method: before each timed run the tokenizer starts empty (a fresh rule tokenizer) and "
        f"is warmed on {results.get('warm_up_articles', WARM_ARTICLES)} other CLICK-ID articles, "
        "so the timed articles are new to it, as in a long-running process; words are counted "
        "from an array (no Python object per token).",
    ]
    lines += [
        "",
        f"Load: full {results['load_seconds_full']} s, fast {results['load_seconds_fast']} s "
        f"(first load in the process); peak RSS after loading full: "
        f"{results['rss_mb_after_full_load']:.0f} MB, after the run: {results['rss_mb_peak']:.0f} MB.",
        "",
    ]
    return "\n".join(lines)


def write_section(path: Path, section: str) -> None:
    text = path.read_text(encoding="utf-8") if path.is_file() else "# Benchmarks\n\n"
    start = text.find("\n## NLP\n")
    if text.startswith("## NLP\n"):
        start = 0
    if start == -1:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        begin = start if start == 0 else start + 1
        end = text.find("\n## ", begin + 1)
        tail = "" if end == -1 else text[end + 1 :]
        text = text[:begin] + section + ("\n" + tail if tail else "")
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--write-docs", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures as JSON")
    parser.add_argument(
        "--from-json",
        type=Path,
        default=None,
        help="render figures saved by an earlier run (--json) instead of measuring again",
    )
    args = parser.parse_args(argv)
    if args.from_json:
        results = json.loads(args.from_json.read_text(encoding="utf-8"))
    else:
        results = run(args.shared, args.articles, args.repeats)
        results["repeats"] = args.repeats
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(json.dumps(results, indent=2))
    if args.write_docs:
        write_section(args.write_docs, render(results))
        print(f"wrote the NLP section of {args.write_docs}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
