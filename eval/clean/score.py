"""Score the page cleaner (issue 2) against the dev set in ``eval/clean``.

Three parts:

1. ``synthetic``: the committed pages under ``eval/clean/pages/<style>/`` (real CLICK-ID
   bodies in site chrome written by ``build.py``), each as ``.txt`` and ``.html``.
2. ``seeds``: the two seed pages, read from ``<shared>/seeds`` (or the fixture copies in
   ``eval/clean/pages/seeds`` when ``<shared>`` is missing).
3. ``detik``: real detik.com bodies from ``<shared>/data/news/detik_2025/data_berita.csv``.
   Only line labels are committed (``gold/detik_labels.jsonl``: row id, a hash of the body,
   and which lines are body or chrome); the text is read from the CSV at eval time. Skipped
   with a message when the CSV is missing.

Matching rule (see README): texts are normalised (NFKC, quotes and dashes unified, whitespace
collapsed, case folded, a trailing editor-initials token such as ``(sya)`` dropped). A
predicted paragraph matches a gold paragraph when the normalised texts are equal, when it
equals the gold paragraph without its dateline, or when their similarity (difflib ratio) is at
least ``SIMILARITY``. Exact matches are taken first, in order; then the remaining pairs by
decreasing similarity. Each gold paragraph is matched at most once.

Exit codes: 0 floors met; 1 a floor missed; 2 the cleaner could not be imported or run.

    python -m eval.clean.score [--shared ../shared] [--errors build/eval-clean-errors.txt]
    python -m eval.clean.build --seed 7 --out build/eval-clean-fresh    # a fresh variant
    python -m eval.clean.score --synthetic build/eval-clean-fresh/synthetic.jsonl
"""

from __future__ import annotations

import argparse
import csv
import difflib
import hashlib
import json
import re
import sys
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
GOLD_DIR = HERE / "gold"
SEED_FIXTURES = HERE / "pages" / "seeds"
DETIK_CSV = Path("data/news/detik_2025/data_berita.csv")

FLOOR_F1 = 0.97
"""Paragraph-level micro F1 over all pages; floors only move up."""
MAX_DUPLICATES = 0
"""Duplicate paragraphs left in the cleaned output, over all pages."""
SIMILARITY = 0.9
"""Two paragraphs this similar (difflib ratio on normalised text) are the same paragraph:
small repairs (mojibake fixed, a stray space) must not count as a miss and an extra."""

_UNIFY = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "`": "'",
        "–": "-",
        "—": "-",
        "\u00a0": " ",
        "\u200b": "",
    }
)
_TRAILING_INITIALS = re.compile(r"\s*\([a-z]{2,5}(?:/[a-z]{2,5})*\)$")


def normalise(text: str) -> str:
    """Comparison form of a paragraph or title."""
    text = unicodedata.normalize("NFKC", text).translate(_UNIFY)
    text = re.sub(r"\s+", " ", text).strip().casefold()
    return _TRAILING_INITIALS.sub("", text).strip()


def similarity(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    if 2 * min(len(a), len(b)) / (len(a) + len(b)) < SIMILARITY:
        return 0.0  # the ratio cannot reach the threshold
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


@dataclass
class MatchResult:
    tp: int
    fp: int
    fn: int
    duplicates: int
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    repeated: list[str] = field(default_factory=list)
    fuzzy: list[tuple[float, str, str]] = field(default_factory=list)


def match_paragraphs(
    predicted: list[str], gold: list[str], dateline: str | None = None
) -> MatchResult:
    """Match predicted paragraphs to gold ones (rule in the module docstring)."""
    pred_norm = [normalise(p) for p in predicted]
    gold_norm = [normalise(g) for g in gold]
    gold_alt = list(gold_norm)
    if dateline:
        prefix = normalise(dateline)
        gold_alt = [
            g[len(prefix) :].lstrip(" -,") if prefix and g.startswith(prefix) else g
            for g in gold_norm
        ]
    pred_to_gold: dict[int, int] = {}
    used: set[int] = set()
    for i, p in enumerate(pred_norm):
        for j in range(len(gold_norm)):
            if j not in used and p and p in (gold_norm[j], gold_alt[j]):
                pred_to_gold[i] = j
                used.add(j)
                break
    pairs: list[tuple[float, int, int]] = []
    for i, p in enumerate(pred_norm):
        if i in pred_to_gold:
            continue
        for j in range(len(gold_norm)):
            if j in used:
                continue
            score = max(similarity(p, gold_norm[j]), similarity(p, gold_alt[j]))
            if score >= SIMILARITY:
                pairs.append((score, i, j))
    result = MatchResult(0, 0, 0, 0)
    for score, i, j in sorted(pairs, key=lambda x: (-x[0], x[1], x[2])):
        if i in pred_to_gold or j in used:
            continue
        pred_to_gold[i] = j
        used.add(j)
        result.fuzzy.append((round(score, 3), predicted[i], gold[j]))
    result.tp = len(pred_to_gold)
    result.fp = len(predicted) - result.tp
    result.fn = len(gold) - result.tp
    result.missed = [gold[j] for j in range(len(gold)) if j not in used]
    result.extra = [predicted[i] for i in range(len(predicted)) if i not in pred_to_gold]
    # Duplicates: a predicted paragraph equal to an earlier one (beyond the number of times
    # gold itself has it), or an unmatched one nearly equal to an earlier predicted paragraph.
    gold_counts = Counter(gold_norm)
    seen: Counter[str] = Counter()
    for i, p in enumerate(pred_norm):
        if not p:
            continue
        seen[p] += 1
        exact_repeat = seen[p] > max(1, gold_counts[p])
        near_repeat = (
            seen[p] == 1
            and i not in pred_to_gold
            and any(similarity(p, q) >= SIMILARITY for q in pred_norm[:i])
        )
        if exact_repeat or near_repeat:
            result.duplicates += 1
            result.repeated.append(predicted[i])
    return result


# --------------------------------------------------------------------------- gold


@dataclass
class GoldPage:
    id: str
    part: str
    style: str
    form: str
    paragraphs: list[str]
    title: str | None
    published: str | None
    page_date: str | None = None
    dateline: dict[str, Any] | None = None
    editors: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    path: Path | None = None
    text: str | None = None
    """For pages given as text (detik rows) instead of a file."""
    title_hint: str | None = None
    score_title: bool = True
    score_date: bool = True


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _gold_page(row: dict[str, Any], part: str, path: Path) -> GoldPage:
    return GoldPage(
        id=row["id"],
        part=part,
        style=row["style"],
        form=row["form"],
        paragraphs=row["paragraphs"],
        title=row["title"],
        published=row["published"],
        page_date=row.get("page_date"),
        dateline=row.get("dateline"),
        editors=row.get("editors", []),
        authors=row.get("authors", []),
        path=path,
    )


def load_synthetic(gold_path: Path = GOLD_DIR / "synthetic.jsonl") -> list[GoldPage]:
    return [_gold_page(row, "synthetic", REPO / row["source"]) for row in _read_jsonl(gold_path)]


def load_seeds(shared: Path | None) -> list[GoldPage]:
    pages = []
    for row in _read_jsonl(GOLD_DIR / "seeds.jsonl"):
        path = shared / "seeds" / row["source"] if shared else None
        if path is None or not path.exists():
            path = SEED_FIXTURES / row["source"]
        pages.append(_gold_page(row, "seeds", path))
    return pages


def load_detik(shared: Path | None) -> tuple[list[GoldPage], str | None]:
    """Gold for the labelled detik rows, text read from the CSV. Returns (pages, message)."""
    if shared is None or not (shared / DETIK_CSV).exists():
        where = shared / DETIK_CSV if shared else DETIK_CSV
        return [], f"detik part skipped: {where} not found (needs ../shared, see data README)"
    csv.field_size_limit(sys.maxsize)
    with (shared / DETIK_CSV).open(encoding="utf-8", newline="") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    pages, problems = [], []
    for label in _read_jsonl(GOLD_DIR / "detik_labels.jsonl"):
        row = rows.get(label["id"])
        if row is None:
            problems.append(f"id {label['id']} missing")
            continue
        text = row["isi_berita"]
        if hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] != label["isi_sha256"]:
            problems.append(f"id {label['id']} changed")
            continue
        lines = text.split("\n")
        pages.append(
            GoldPage(
                id=f"detik-row-{label['id']}",
                part="detik",
                style="detik-real",
                form="txt",
                paragraphs=[lines[i].strip() for i in label["body"]],
                title=row["judul"].strip(),
                published=None,
                text=text,
                title_hint=row["judul"].strip(),
                score_title=False,  # the title is given to the cleaner as a field
                score_date=False,  # the body text states no publication date
            )
        )
    message = f"detik rows not scored: {', '.join(problems)}" if problems else None
    return pages, message


# --------------------------------------------------------------------------- cleaner


@dataclass
class Prediction:
    paragraphs: list[str]
    title: str | None = None
    published: str | None = None
    page_date: str | None = None
    dateline: tuple[str | None, str | None] | None = None
    names: list[str] = field(default_factory=list)
    problem: str | None = None


Runner = Callable[[GoldPage], Prediction]


def _from_outcome(outcome: Any) -> Prediction:
    from warta.records import Article

    if not isinstance(outcome, Article):
        code = getattr(outcome, "code", "?")
        text = getattr(outcome, "message", None) or getattr(outcome, "reason", "")
        return Prediction([], problem=f"{type(outcome).__name__} {code}: {text}")
    dateline = (outcome.dateline.place, outcome.dateline.tag) if outcome.dateline else None
    return Prediction(
        paragraphs=outcome.paragraph_texts(),
        title=outcome.title,
        published=outcome.published,
        page_date=outcome.page_date,
        dateline=dateline,
        names=[*outcome.editors, *outcome.authors],
    )


def warta_runner() -> Runner:
    """Run the cleaner through its Python API, one page at a time (no cross-page dedup)."""
    from warta import pipeline

    clean_text = getattr(pipeline, "clean_text", None)

    def run(page: GoldPage) -> Prediction:
        if page.text is not None:
            if clean_text is not None:
                return _from_outcome(clean_text(page.text, source=page.id, title=page.title_hint))
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / f"{page.id}.txt"
                path.write_text(f"{page.title_hint}\n{page.text}", encoding="utf-8")
                outcomes = list(pipeline.clean_paths([str(path)]))
        else:
            outcomes = list(pipeline.clean_paths([str(page.path)]))
        if not outcomes:
            return Prediction([], problem="no outcome")
        return _from_outcome(outcomes[0])

    return run


# --------------------------------------------------------------------------- metrics


@dataclass
class PageScore:
    page: GoldPage
    prediction: Prediction
    match: MatchResult
    title_ok: bool | None
    date_ok: bool | None
    false_date: bool
    page_date_ok: bool | None
    dateline_ok: bool | None
    credits_found: int
    credits_total: int


def score_page(page: GoldPage, prediction: Prediction) -> PageScore:
    dateline_text = (page.dateline or {}).get("text")
    match = match_paragraphs(prediction.paragraphs, page.paragraphs, dateline_text)
    title_ok = None
    if page.score_title and page.title is not None:
        title_ok = normalise(prediction.title or "") == normalise(page.title)
    predicted_day = (prediction.published or "")[:10] or None
    date_ok = None
    false_date = False
    if page.score_date:
        if page.published is not None:
            date_ok = predicted_day == page.published
        else:
            false_date = predicted_day is not None
    page_date_ok = None
    if page.page_date is not None:
        page_date_ok = (prediction.page_date or "")[:10] == page.page_date
    dateline_ok = None
    if page.dateline and page.dateline.get("place"):
        want = (page.dateline["place"], page.dateline.get("tag"))
        got = prediction.dateline or (None, None)
        dateline_ok = all(
            normalise(a or "") == normalise(b or "") for a, b in zip(want, got, strict=True)
        )
    names = [normalise(n) for n in prediction.names]
    gold_names = [*page.editors, *page.authors]
    found = sum(any(normalise(g) in n for n in names) for g in gold_names)
    return PageScore(
        page,
        prediction,
        match,
        title_ok,
        date_ok,
        false_date,
        page_date_ok,
        dateline_ok,
        found,
        len(gold_names),
    )


@dataclass
class Totals:
    pages: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    duplicates: int = 0
    titles: list[bool] = field(default_factory=list)
    dates: list[bool] = field(default_factory=list)
    false_dates: int = 0
    page_dates: list[bool] = field(default_factory=list)
    datelines: list[bool] = field(default_factory=list)
    credits: list[int] = field(default_factory=lambda: [0, 0])
    failed: int = 0

    def add(self, score: PageScore) -> None:
        self.pages += 1
        self.tp += score.match.tp
        self.fp += score.match.fp
        self.fn += score.match.fn
        self.duplicates += score.match.duplicates
        self.false_dates += score.false_date
        self.failed += score.prediction.problem is not None
        for target, value in (
            (self.titles, score.title_ok),
            (self.dates, score.date_ok),
            (self.page_dates, score.page_date_ok),
            (self.datelines, score.dateline_ok),
        ):
            if value is not None:
                target.append(value)
        self.credits[0] += score.credits_found
        self.credits[1] += score.credits_total

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def aggregate(scores: Iterable[PageScore], key: Callable[[PageScore], str]) -> dict[str, Totals]:
    groups: dict[str, Totals] = {}
    for score in scores:
        groups.setdefault(key(score), Totals()).add(score)
    return groups


def _rate(values: list[bool]) -> str:
    return f"{sum(values) / len(values):.3f} ({sum(values)}/{len(values)})" if values else "-"


def format_table(title: str, groups: dict[str, Totals]) -> str:
    header = (
        f"{title:<16} {'pages':>5} {'P':>6} {'R':>6} {'F1':>6} {'dup':>4}  "
        f"{'title':<16} {'published':<16} {'false':>5}  {'page_date':<13} {'dateline':<16} "
        f"{'credits':<9}"
    )
    lines = [header, "-" * len(header)]
    for name, t in groups.items():
        lines.append(
            f"{name:<16} {t.pages:>5} {t.precision:>6.3f} {t.recall:>6.3f} {t.f1:>6.3f} "
            f"{t.duplicates:>4}  {_rate(t.titles):<16} {_rate(t.dates):<16} {t.false_dates:>5}  "
            f"{_rate(t.page_dates):<13} {_rate(t.datelines):<16} "
            f"{t.credits[0]}/{t.credits[1]:<7}"
        )
    return "\n".join(lines)


def error_listing(scores: list[PageScore]) -> str:
    out: list[str] = []
    for s in scores:
        m, pred, page = s.match, s.prediction, s.page
        problems = (
            m.missed
            or m.extra
            or m.repeated
            or s.title_ok is False
            or s.date_ok is False
            or s.false_date
            or pred.problem
        )
        if not problems:
            continue
        where = (
            page.path.relative_to(REPO)
            if page.path and page.path.is_relative_to(REPO)
            else (page.path or "(text)")
        )
        out.append(f"=== {page.id}  [{page.part}/{page.style}/{page.form}]  {where}")
        out.append(f"    tp={m.tp} fp={m.fp} fn={m.fn} dup={m.duplicates}")
        if pred.problem:
            out.append(f"    PROBLEM: {pred.problem}")
        if s.title_ok is False:
            out.append(f"    TITLE  gold: {page.title!r}\n           got:  {pred.title!r}")
        if s.date_ok is False or s.false_date:
            out.append(f"    DATE   gold: {page.published}  got: {pred.published}")
        for text in m.missed:
            out.append(f"    MISSED: {text}")
        for text in m.extra:
            out.append(f"    EXTRA:  {text}")
        for text in m.repeated:
            out.append(f"    DUP:    {text}")
    return "\n".join(out) + "\n"


def run(
    pages: list[GoldPage], runner: Runner, progress: Callable[[str], None] | None = None
) -> list[PageScore]:
    scores = []
    for page in pages:
        try:
            prediction = runner(page)
        except Exception as exc:  # noqa: BLE001 — a crash on one page is a scored failure
            prediction = Prediction([], problem=f"crash: {type(exc).__name__}: {exc}")
        scores.append(score_page(page, prediction))
        if progress:
            progress(page.id)
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score the page cleaner on the dev set.")
    parser.add_argument("--shared", default="../shared", help="shared data folder")
    parser.add_argument(
        "--errors",
        default=str(REPO / "build" / "eval-clean-errors.txt"),
        help="where to write the per-page error listing",
    )
    parser.add_argument(
        "--synthetic",
        default=str(GOLD_DIR / "synthetic.jsonl"),
        help="gold of the synthetic part (a fresh variant from build.py --seed N --out DIR)",
    )
    args = parser.parse_args(argv)
    shared: Path | None = Path(args.shared)
    if shared is not None and not shared.exists():
        print(f"note: {shared} not found; scoring only the committed pages and seed fixtures")
        shared = None
    pages = load_synthetic(Path(args.synthetic)) + load_seeds(shared)
    detik, message = load_detik(shared)
    if message:
        print(f"note: {message}")
    pages += detik
    try:
        runner = warta_runner()
    except ImportError as exc:
        print(f"error: cannot import the cleaner API (warta.pipeline): {exc}", file=sys.stderr)
        return 2
    scores = run(pages, runner)

    print(f"Page cleaning dev evaluation: {len(scores)} pages")
    print(format_table("overall", aggregate(scores, lambda s: "all")))
    print()
    print(format_table("part", aggregate(scores, lambda s: s.page.part)))
    print()
    print(format_table("form", aggregate(scores, lambda s: s.page.form)))
    print()
    print(format_table("style", aggregate(scores, lambda s: s.page.style)))

    errors_path = Path(args.errors)
    errors_path.parent.mkdir(parents=True, exist_ok=True)
    errors_path.write_text(error_listing(scores), encoding="utf-8")
    print(f"\nper-page errors: {errors_path}")

    total = aggregate(scores, lambda s: "all")["all"]
    failed = []
    if total.f1 < FLOOR_F1:
        failed.append(f"F1 {total.f1:.4f} < {FLOOR_F1}")
    if total.duplicates > MAX_DUPLICATES:
        failed.append(f"{total.duplicates} duplicate paragraphs left > {MAX_DUPLICATES}")
    if failed:
        print("FLOOR MISSED: " + "; ".join(failed))
        return 1
    print(f"floors met: F1 >= {FLOOR_F1}, duplicates <= {MAX_DUPLICATES}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
