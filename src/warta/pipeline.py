"""Stages over records, and the runner that streams documents through them.

A stage is a small function (or a class holding loaded state) from one record to the next; it
raises ``WartaError`` for bad input, which the runner turns into a ``Quarantined`` record. The
per-document stages (``decode`` → ``clean`` → ``language``) are pure and run in-process or in a
process pool; the stateful ones (``dedup``, ``store``) run in the main process.

Every stage counts what came in and what went out, was filtered or quarantined; the runner
checks ``in == out + filtered + quarantined`` for each stage and that each stage's ``out`` is
the next stage's ``in``.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Any, Protocol

from warta import langid
from warta.clean.cleaner import PageInput, clean
from warta.clean.metadata import field_candidates
from warta.errors import Code, WartaError
from warta.ingest import decode as dec
from warta.ingest.html import read_html
from warta.ingest.readers import ReadOptions, iter_pages
from warta.records import Article, DateCandidate, Filtered, Page, Quarantined
from warta.time.stage import article_dct, tag_article

log = logging.getLogger(__name__)

STAGES = (
    "ingest",
    "decode",
    "clean",
    "language",
    "dedup",
    "time",
    "events",
    "actors",
    "store",
)
Outcome = Article | Filtered | Quarantined


@dataclass(frozen=True, slots=True)
class PipelineOptions:
    read: ReadOptions = field(default_factory=ReadOptions)
    languages: tuple[str, ...] = ("id",)
    """Languages sent on to the Indonesian stages; others are stored, flagged and filtered."""
    time: bool = True
    """Run the time stage (temporal expressions anchored at the publication date)."""
    events: bool = True
    """Run the events stage (PLOVER/CAMEO coding; uses the time expressions)."""
    actors: bool = True
    """Run the actors stage (linked actor mentions; main process, learns across articles)."""


def decode_page(page: Page, options: PipelineOptions) -> PageInput:
    """Stage ``decode``: raw bytes (or a record's fields) to text the cleaner can read."""
    fields = dict(page.fields)
    candidates: list[DateCandidate] = []
    if page.kind in {"record", "record-html"}:
        decoded = dec.finish_text(fields["text"], "utf-8")
    else:
        dec.check_text_bytes(page.raw, max_bytes=options.read.max_bytes)
        decoded = dec.decode_bytes(page.raw, declared=fields.get("charset"))
    url = page.url
    title_hint = fields.get("title")
    premarked: list[tuple[int, int, str]] = []
    text = decoded.text
    if page.kind in {"html", "record-html"}:
        html = read_html(text, url)
        text = html.text
        url = url or html.url
        title_hint = title_hint or html.title
        premarked = [(s, e, "html_boilerplate") for s, e in html.boilerplate]
        if html.date and not fields.get("date"):
            fields["date"] = html.date
        if html.author and not fields.get("author"):
            fields["author"] = html.author
    if url:
        fields["url"] = url
    candidates = field_candidates(fields)
    return PageInput(
        source=page.source,
        raw_id=page.raw_id,
        text=text,
        fields=fields,
        url=url,
        title_hint=title_hint,
        premarked=premarked,
        date_candidates=candidates,
        body_only=page.kind == "record",
        encoding=decoded.encoding,
        warnings=decoded.warnings,
    )


def identify_language(article: Article) -> Article:
    """Stage ``language``: per-document language with confidence."""
    guess = langid.identify(article.text)
    return replace(article, language=guess.language, language_confidence=guess.confidence)


def process_page(page: Page, options: PipelineOptions) -> Outcome:
    """Phase one of the pure stages (decode, clean, language) for one page. Safe to run in a
    worker process."""
    stage = "decode"
    try:
        page_input = decode_page(page, options)
        stage = "clean"
        article = clean(page_input)
        stage = "language"
        article = identify_language(article)
    except WartaError as exc:
        return Quarantined(page.source, stage, exc.code.value, str(exc), page.raw)
    if article.language not in options.languages:
        reason = f"language {article.language} ({article.language_confidence})"
        return Filtered(
            page.source, "language", Code.W120_NOT_INDONESIAN.value, reason, page.raw_id, article
        )
    return article


def tag_time(article: Article, options: PipelineOptions) -> Article:
    """Stage ``time``: the article's temporal expressions (phase two, after ``dedup``)."""
    if not options.time:
        return article
    dct, reason = article_dct(article)
    return replace(
        article, dct=dct, dct_reason=reason, time_expressions=tuple(tag_article(article))
    )


def code_events(article: Article, options: PipelineOptions) -> Article:
    """Stage ``events``: the article's coded events (phase two, after ``time``)."""
    if not options.events:
        return article
    from warta.events import code_article

    return replace(article, events=code_article(article))


ANALYSIS_STAGES: tuple[tuple[str, Callable[[Article, PipelineOptions], Article]], ...] = (
    ("time", tag_time),
    ("events", code_events),
)
"""Phase two: the stages that analyse a new article, in order. Each is pure and safe to run in
a worker process."""


def analyse_article(article: Article, options: PipelineOptions) -> Article:
    """All of phase two for one article."""
    for _, stage in ANALYSIS_STAGES:
        article = stage(article, options)
    return article


def clean_paths(paths: Iterable[str], options: PipelineOptions | None = None) -> Iterator[Outcome]:
    """Ingest, decode, clean and identify the language of every document under ``paths``.

    No store is involved; non-Indonesian articles come out as ``Article`` with their language
    set (the store-backed runner files them as filtered)."""
    options = options or PipelineOptions(time=False)
    for item in iter_pages(paths, options.read):
        if not isinstance(item, Page):
            yield item
            continue
        outcome = process_page(item, options)
        if isinstance(outcome, Filtered) and outcome.article is not None:
            yield outcome.article
        else:
            yield outcome


def clean_text(text: str, *, source: str = "<text>", title: str | None = None) -> Outcome:
    """Clean one page given as text (title optional, as a record field would give it)."""
    fields = {"text": text, **({"title": title} if title else {})}
    page = Page(source=source, raw=text.encode("utf-8"), kind="record", fields=fields)
    outcome = process_page(page, PipelineOptions(languages=("id", "ms", "en", "other")))
    return outcome


@dataclass(slots=True)
class StageCount:
    name: str
    inn: int = 0
    out: int = 0
    filtered: int = 0
    quarantined: int = 0
    seconds: float = 0.0

    def balanced(self) -> bool:
        return self.inn == self.out + self.filtered + self.quarantined

    def as_dict(self) -> dict[str, Any]:
        return {
            "stage": self.name,
            "in": self.inn,
            "out": self.out,
            "filtered": self.filtered,
            "quarantined": self.quarantined,
            "seconds": round(self.seconds, 3),
        }


class AccountingError(RuntimeError):
    """The runner lost or invented a document: a bug, never a property of the input."""


@dataclass(slots=True)
class RunStats:
    stages: dict[str, StageCount] = field(
        default_factory=lambda: {s: StageCount(s) for s in STAGES}
    )
    started: float = field(default_factory=time.time)
    finished: float | None = None

    @property
    def documents(self) -> int:
        return self.stages["ingest"].inn

    @property
    def stored(self) -> int:
        return self.stages["store"].out

    @property
    def filtered(self) -> int:
        return sum(s.filtered for s in self.stages.values())

    @property
    def quarantined(self) -> int:
        return sum(s.quarantined for s in self.stages.values())

    def record(self, outcome_stage: str, kind: str) -> None:
        """Count one document that left the flow at ``outcome_stage`` as ``kind``.

        ``kind`` is ``filtered``, ``quarantined`` or ``out`` (passed the last stage). Every stage
        before ``outcome_stage`` saw it come in and go out."""
        last = STAGES.index(outcome_stage) if kind != "out" else len(STAGES) - 1
        for name in STAGES[: last + 1]:
            count = self.stages[name]
            count.inn += 1
            if name != outcome_stage or kind == "out":
                count.out += 1
            elif kind == "filtered":
                count.filtered += 1
            else:
                count.quarantined += 1

    def count(self, outcome: Outcome) -> None:
        """Count a final outcome: an article out of the last stage, or a document that left."""
        if isinstance(outcome, Article):
            self.record("store", "out")
        elif isinstance(outcome, Filtered):
            self.record(outcome.stage, "filtered")
        else:
            self.record(outcome.stage, "quarantined")

    def check(self) -> None:
        previous_out: int | None = None
        for name in STAGES:
            count = self.stages[name]
            if not count.balanced():
                raise AccountingError(f"stage {name}: {count.as_dict()}")
            if previous_out is not None and count.inn != previous_out:
                raise AccountingError(
                    f"stage {name} got {count.inn}, previous stage gave {previous_out}"
                )
            previous_out = count.out
        if self.documents != self.stored + self.filtered + self.quarantined:
            raise AccountingError("documents in != stored + filtered + quarantined")

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "stored": self.stored,
            "filtered": self.filtered,
            "quarantined": self.quarantined,
            "seconds": round((self.finished or time.time()) - self.started, 3),
            "stages": [s.as_dict() for s in self.stages.values()],
        }


class Sink(Protocol):
    """Where outcomes go: the store (dedup + write) or a counter.

    ``dedup`` sees each batch after phase one and turns repeats into ``Filtered`` records, so
    that phase two never analyses a document twice; ``accept`` takes every final outcome."""

    def dedup(self, outcomes: list[Outcome]) -> list[Outcome]:
        """The same outcomes, with duplicates and already-stored documents filtered."""

    def accept(self, outcome: Outcome, stats: RunStats, page: Page | None = None) -> None:
        """Take one outcome (of ``page``, when there was one) and count it in ``stats``."""

    def close(self) -> None:
        """Flush what is buffered."""


def _batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


_WORKER_OPTIONS: PipelineOptions | None = None


def _init_worker(options: PipelineOptions) -> None:
    global _WORKER_OPTIONS  # noqa: PLW0603 - one options object per worker process
    _WORKER_OPTIONS = options


def _phase_one(page: Page) -> Outcome:
    assert _WORKER_OPTIONS is not None
    return process_page(page, _WORKER_OPTIONS)


def _phase_two(job: tuple[str, Article]) -> Article:
    assert _WORKER_OPTIONS is not None
    name, article = job
    stage = dict(ANALYSIS_STAGES)[name]
    return stage(article, _WORKER_OPTIONS)


BATCH = 256
"""Pages handed to the pool at a time: keeps memory flat however large the input."""


@contextmanager
def _timed(stats: RunStats, stage: str) -> Iterator[None]:
    """Add the time spent in the block to ``stage``'s counter."""
    started = time.perf_counter()
    try:
        yield
    finally:
        stats.stages[stage].seconds += time.perf_counter() - started


def run(
    paths: Iterable[str],
    sink: Sink,
    *,
    options: PipelineOptions | None = None,
    workers: int = 1,
    progress: Callable[[int], object] | None = None,
    actors: Callable[[Article], Article] | None = None,
) -> RunStats:
    """Stream every document under ``paths`` through the stages into ``sink``.

    Per batch: phase one (decode, clean, language) in-process or in the pool; ``dedup`` in this
    process; phase two (time, events) for the new articles; ``actors`` in this process, in input
    order (it learns: ``warta.actors.ActorStage``; ``actors`` passes one with a persistent
    learned store, else one learning in memory for this run); then the sink stores everything.
    The events stage links its own mentions and does not read ``Article.actors``."""
    options = options or PipelineOptions()
    stats = RunStats()
    if options.actors and actors is None:
        from warta.actors import ActorStage

        actors = ActorStage()
    pool = None
    if workers > 1:
        pool = multiprocessing.get_context("spawn").Pool(workers, _init_worker, (options,))
    batches = _batched(iter_pages(paths, options.read), BATCH)
    try:
        while True:
            with _timed(stats, "ingest"):
                batch = next(batches, None)
            if batch is None:
                break
            pages = [item for item in batch if isinstance(item, Page)]
            with _timed(stats, "clean"):  # decode, clean and language run together per page
                if pool is not None:
                    outcomes = pool.map(_phase_one, pages, chunksize=16)
                else:
                    outcomes = [process_page(page, options) for page in pages]
            with _timed(stats, "dedup"):
                outcomes = sink.dedup(outcomes)
            new = [(i, o) for i, o in enumerate(outcomes) if isinstance(o, Article)]
            articles = [article for _, article in new]
            for name, stage in ANALYSIS_STAGES:
                with _timed(stats, name):
                    if pool is not None:
                        jobs = [(name, article) for article in articles]
                        articles = pool.map(_phase_two, jobs, chunksize=16)
                    else:
                        articles = [stage(article, options) for article in articles]
            if options.actors and actors is not None:
                with _timed(stats, "actors"):
                    articles = [actors(article) for article in articles]
            for (i, _), article in zip(new, articles, strict=True):
                outcomes[i] = article
            with _timed(stats, "store"):
                for item in batch:
                    if not isinstance(item, Page):
                        sink.accept(item, stats)
                for page, outcome in zip(pages, outcomes, strict=True):
                    sink.accept(outcome, stats, page)
            if progress is not None:
                progress(len(batch))
        with _timed(stats, "store"):
            sink.close()
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    stats.finished = time.time()
    stats.check()
    return stats


def duplicate_of(article: Article, first_id: str) -> Filtered:
    """The ``dedup`` stage's verdict on an exact duplicate body (kept in the store, flagged)."""
    return Filtered(
        article.source,
        "dedup",
        Code.W121_DUPLICATE.value,
        f"same body as {first_id}",
        article.raw_id,
        replace(article, duplicate_of=first_id),
    )


def already_stored(article: Article) -> Filtered:
    """The ``dedup`` stage's verdict on a raw document that is already in the store."""
    return Filtered(
        article.source,
        "dedup",
        Code.W122_ALREADY_STORED.value,
        "raw document already stored",
        article.raw_id,
    )


DIGEST_BYTES = 12
"""In-memory dedup keeps 12 bytes of each body hash: a million documents cost ~50 MB."""


class CountingSink:
    """A sink that keeps nothing: dedups by body within the run and counts outcomes (for dry
    runs and benchmarks)."""

    def __init__(self) -> None:
        self.outcomes: dict[str, int] = {}
        self.seen: dict[bytes, str] = {}

    def dedup(self, outcomes: list[Outcome]) -> list[Outcome]:
        out: list[Outcome] = []
        for outcome in outcomes:
            verdict = outcome
            if isinstance(outcome, Article):
                key = bytes.fromhex(outcome.body_hash[: 2 * DIGEST_BYTES])
                first = self.seen.setdefault(key, outcome.id)
                if first != outcome.id:
                    verdict = duplicate_of(outcome, first)
            out.append(verdict)
        return out

    def accept(self, outcome: Outcome, stats: RunStats, page: Page | None = None) -> None:
        stats.count(outcome)
        key = type(outcome).__name__
        self.outcomes[key] = self.outcomes.get(key, 0) + 1

    def close(self) -> None:
        """Nothing is buffered."""
