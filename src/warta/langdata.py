"""Typed loaders for the language data files under ``warta/lang/<language>/``.

Data files are TSV with ``#`` comment lines (the header cites the source). Each loader parses,
validates and caches one file; malformed files raise ``LanguageDataError`` naming file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

LANG = "id"


class LanguageDataError(ValueError):
    """A language data file is malformed."""


def data_path(name: str, lang: str = LANG) -> Path:
    """Path of a data file shipped in the package."""
    return Path(str(resources.files("warta") / "lang" / lang / name))


def read_rows(name: str, columns: int, lang: str = LANG) -> list[tuple[str, ...]]:
    """Rows of a TSV data file, comments and blank lines skipped, with a column-count check."""
    path = data_path(name, lang)
    rows: list[tuple[str, ...]] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = tuple(line.split("\t"))
        if len(parts) != columns or any(not p.strip() for p in parts):
            raise LanguageDataError(f"{path}:{lineno}: expected {columns} non-empty columns")
        rows.append(parts)
    return rows


@dataclass(frozen=True, slots=True)
class BoilerplateRule:
    kind: str
    """``exact``, ``prefix``, ``regex``, ``section`` or ``related``."""
    reason: str
    pattern: str


BOILERPLATE_KINDS = frozenset({"exact", "prefix", "regex", "section", "related"})


@cache
def boilerplate_rules(lang: str = LANG) -> tuple[BoilerplateRule, ...]:
    rules = []
    for kind, reason, pattern in read_rows("boilerplate.tsv", 3, lang):
        if kind not in BOILERPLATE_KINDS:
            raise LanguageDataError(f"boilerplate.tsv: unknown kind {kind!r}")
        if kind == "regex":
            try:
                re.compile(pattern)
            except re.error as exc:
                raise LanguageDataError(f"boilerplate.tsv: bad regex {pattern!r}: {exc}") from exc
        rules.append(BoilerplateRule(kind, reason, pattern))
    return tuple(rules)


@cache
def credit_labels(lang: str = LANG) -> dict[str, str]:
    """Credit label (lower case) → role (author, editor, source, caption)."""
    out: dict[str, str] = {}
    for role, label in read_rows("credits.tsv", 2, lang):
        if role not in {"author", "editor", "source", "caption"}:
            raise LanguageDataError(f"credits.tsv: unknown role {role!r}")
        out[label] = role
    return out


def _int_map(name: str, lang: str, low: int, high: int) -> dict[str, int]:
    out: dict[str, int] = {}
    for key, value in read_rows(name, 2, lang):
        number = int(value)
        if not low <= number <= high:
            raise LanguageDataError(f"{name}: {key!r} → {number} outside {low}..{high}")
        if key in out:
            raise LanguageDataError(f"{name}: duplicate {key!r}")
        out[key] = number
    return out


@cache
def months(lang: str = LANG) -> dict[str, int]:
    """Month name or abbreviation (lower case) → month number."""
    return _int_map("months.tsv", lang, 1, 12)


@cache
def weekdays(lang: str = LANG) -> dict[str, int]:
    """Weekday name (lower case) → ISO weekday (Monday = 1)."""
    return _int_map("weekdays.tsv", lang, 1, 7)


@cache
def citation_cues(lang: str = LANG) -> tuple[str, ...]:
    """Phrases introducing a cited outlet, longest first so the longest cue wins."""
    cues = [row[0] for row in read_rows("citation_cues.tsv", 1, lang)]
    return tuple(sorted(cues, key=len, reverse=True))


@cache
def function_words(lang: str = LANG) -> dict[str, frozenset[str]]:
    """Language → its very frequent function words."""
    out: dict[str, set[str]] = {}
    for language, word in read_rows("function_words.tsv", 2, lang):
        out.setdefault(language, set()).add(word)
    return {k: frozenset(v) for k, v in out.items()}


@dataclass(frozen=True, slots=True)
class Outlets:
    by_domain: dict[str, str]
    by_tag: dict[str, str]

    def from_url(self, url: str | None) -> str | None:
        """Outlet whose domain (or a parent domain) hosts ``url``."""
        if not url:
            return None
        match = re.match(r"^[a-z][a-z0-9+.-]*://([^/:?#]+)", url.strip().lower())
        host = match.group(1) if match else url.strip().lower().split("/")[0]
        parts = host.split(".")
        for i in range(len(parts) - 1):
            outlet = self.by_domain.get(".".join(parts[i:]))
            if outlet:
                return outlet
        return None

    def from_tag(self, tag: str | None) -> str | None:
        if not tag:
            return None
        return self.by_tag.get(" ".join(tag.lower().split()))


@cache
def outlets(lang: str = LANG) -> Outlets:
    by_domain: dict[str, str] = {}
    by_tag: dict[str, str] = {}
    for name, kind, value in read_rows("outlets.tsv", 3, lang):
        table = {"domain": by_domain, "tag": by_tag}.get(kind)
        if table is None:
            raise LanguageDataError(f"outlets.tsv: unknown kind {kind!r}")
        if value in table and table[value] != name:
            raise LanguageDataError(f"outlets.tsv: {value!r} names two outlets")
        table[value] = name
    return Outlets(by_domain, by_tag)


@cache
def date_labels(lang: str = LANG) -> dict[str, str]:
    """Label printed before a date (lower case) → ``published`` or ``updated``."""
    out: dict[str, str] = {}
    for role, label in read_rows("date_labels.tsv", 2, lang):
        if role not in {"published", "updated"}:
            raise LanguageDataError(f"date_labels.tsv: unknown role {role!r}")
        out[label] = role
    return out


@cache
def variety_markers(lang: str = LANG) -> dict[str, frozenset[str]]:
    """``id``/``ms`` → words (or short phrases) typical of that standard and not the other."""
    out: dict[str, set[str]] = {}
    for variety, word in read_rows("variety_markers.tsv", 2, lang):
        if variety not in {"id", "ms"}:
            raise LanguageDataError(f"variety_markers.tsv: unknown variety {variety!r}")
        out.setdefault(variety, set()).add(word)
    overlap = out.get("id", set()) & out.get("ms", set())
    if overlap:
        raise LanguageDataError(f"variety_markers.tsv: in both lists: {sorted(overlap)}")
    return {k: frozenset(v) for k, v in out.items()}
