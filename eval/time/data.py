"""Load the hand-annotated time dev set (``dev.txt``) and the negatives (``negatives.tsv``).

``dev.txt`` holds documents as blocks::

    ## <source> dct=YYYY-MM-DD [source_dct=...]
    <text, one or more lines>
    > expr | TYPE | value

Gold lines are in text order; each ``expr`` is located in the text after the previous one (as
a whole word), which gives its offsets; ``expr #2`` takes the second such occurrence (when an
earlier one is not a time expression). A gold line that cannot be located is an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
DEV = HERE / "dev.txt"
NEGATIVES = HERE / "negatives.tsv"
TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})


class GoldError(ValueError):
    """The gold file is malformed."""


@dataclass(frozen=True, slots=True)
class Gold:
    expr: str
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class Doc:
    source: str
    dct: str
    text: str
    gold: tuple[Gold, ...]


_HEADER = re.compile(r"^## (?P<source>\S+(?: \S+)?) dct=(?P<dct>\d{4}-\d{2}-\d{2})(?: .*)?$")


def _locate(text: str, expr: str, pos: int, skip: int = 0) -> int:
    pattern = re.compile(r"(?<!\w)" + re.escape(expr) + r"(?!\w)")
    match = pattern.search(text, pos)
    for _ in range(skip):
        if match is None:
            break
        match = pattern.search(text, match.end())
    if match is None:
        raise GoldError(f"gold {expr!r} not found after offset {pos}")
    return match.start()


def _finish(source: str, dct: str, lines: list[str], gold_lines: list[str]) -> Doc:
    text = "\n".join(lines).rstrip("\n")
    gold = []
    pos = 0
    for line in gold_lines:
        parts = [p.strip() for p in line.split(" | ")]
        if len(parts) != 3 or parts[1] not in TYPES:
            raise GoldError(f"{source}: bad gold line {line!r}")
        expr, kind, value = parts
        skip = 0
        occurrence = re.fullmatch(r"(.+) #(\d+)", expr)
        if occurrence:  # "Tahun 2025 #2": the second occurrence after the previous gold
            expr, skip = occurrence.group(1), int(occurrence.group(2)) - 1
        start = _locate(text, expr, pos, skip)
        gold.append(Gold(expr, start, start + len(expr), kind, value))
        pos = start + len(expr)
    return Doc(source, dct, text, tuple(gold))


def load_dev(path: Path = DEV) -> list[Doc]:
    docs: list[Doc] = []
    header: re.Match[str] | None = None
    lines: list[str] = []
    gold_lines: list[str] = []
    for raw in path.read_text(encoding="utf-8").split("\n"):
        if raw.startswith("## "):
            if header is not None:
                docs.append(_finish(header["source"], header["dct"], lines, gold_lines))
            header = _HEADER.match(raw)
            if header is None:
                raise GoldError(f"bad header {raw!r}")
            lines, gold_lines = [], []
        elif raw.startswith("> "):
            gold_lines.append(raw[2:])
        elif header is not None:
            if gold_lines and raw.strip():
                raise GoldError(f"{header['source']}: text after gold lines: {raw!r}")
            if not gold_lines:
                lines.append(raw)
    if header is not None:
        docs.append(_finish(header["source"], header["dct"], lines, gold_lines))
    return docs


@dataclass(frozen=True, slots=True)
class Negative:
    text: str
    span: str
    allowed: frozenset[str]
    """Types that may still cover ``span`` (``70 tahun`` may be a DURATION, never a DATE)."""
    note: str


def load_negatives(path: Path = NEGATIVES) -> list[Negative]:
    out = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4 or parts[1] not in parts[0]:
            raise GoldError(f"{path.name}:{lineno}: expected text, span (in text), allowed, note")
        allowed = frozenset() if parts[2] == "-" else frozenset(parts[2].split(","))
        if not allowed <= TYPES:
            raise GoldError(f"{path.name}:{lineno}: unknown type in {parts[2]!r}")
        out.append(Negative(parts[0], parts[1], allowed, parts[3]))
    return out
