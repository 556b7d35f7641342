"""The Indonesian predicate lexicon and the PLOVER/CAMEO code tables: typed, cached loaders.

Files (each with a ``#`` header citing its source):

- ``lang/id/events/predicates.tsv``: predicates → PLOVER type, mode, contexts, CAMEO code, frame;
- ``lang/id/events/cues.tsv``: light verbs, negation, hypothetical, plan and speech cues,
  prepositions, context keywords;
- ``data/events/cameo_codes.tsv``, ``plover_types.tsv``, ``plover_modes.tsv``,
  ``plover_contexts.tsv``: the public code tables the lexicon is validated against.

Surface forms are generated from the ``form`` column by ``expand`` (rules in its docstring), so
one row gives the active ``me-`` verb and its ``di-`` passive, or a noun with each light verb.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path

LANG = "id"
FRAMES = frozenset(
    {
        "obj",
        "prep",
        "none",
        "gen",
        "inv",
        "host",
        "recog",
        "judge",
        "attrib",
        "genp",
        "recv",
        "mutual",
    }
)
SUFFIXES = frozenset({"i", "kan", "an"})
VOWELS = frozenset("aeiou")


class EventDataError(ValueError):
    """An event data file is malformed or inconsistent with the code tables."""


def data_file(name: str) -> Path:
    return Path(str(resources.files("warta") / "data" / "events" / name))


def lang_file(name: str, lang: str = LANG) -> Path:
    return Path(str(resources.files("warta") / "lang" / lang / "events" / name))


def read_tsv(path: Path, columns: int) -> list[tuple[int, tuple[str, ...]]]:
    """``(line number, columns)`` of a TSV file; comments and blank lines skipped."""
    rows: list[tuple[int, tuple[str, ...]]] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = tuple(p.strip() for p in line.split("\t"))
        if len(parts) != columns or any(not p for p in parts):
            raise EventDataError(f"{path}:{lineno}: expected {columns} non-empty columns")
        rows.append((lineno, parts))
    return rows


# ----------------------------------------------------------------------------- code tables


@dataclass(frozen=True, slots=True)
class PloverType:
    name: str
    quad_class: int
    score: float


@cache
def cameo_codes() -> dict[str, str]:
    """CAMEO event code → description."""
    return {code: desc for _, (code, desc) in read_tsv(data_file("cameo_codes.tsv"), 2)}


@cache
def plover_types() -> dict[str, PloverType]:
    return {
        name: PloverType(name, int(quad), float(score))
        for _, (name, quad, score) in read_tsv(data_file("plover_types.tsv"), 3)
    }


@cache
def plover_modes() -> dict[tuple[str, str], float]:
    """``(type, mode)`` → PLOVER score of the mode."""
    return {
        (kind, mode): float(score)
        for _, (kind, mode, score) in read_tsv(data_file("plover_modes.tsv"), 3)
    }


@cache
def plover_contexts() -> frozenset[str]:
    return frozenset(row[0] for _, row in read_tsv(data_file("plover_contexts.tsv"), 1))


def score(event_type: str, mode: str | None) -> float:
    """The PLOVER score of a type, or of its mode when the manual gives one."""
    if mode is not None and (event_type, mode) in plover_modes():
        return plover_modes()[(event_type, mode)]
    return plover_types()[event_type].score


# ----------------------------------------------------------------------------- morphology


def nasal_prefix(root: str) -> str:
    """``meN-`` + root with Indonesian nasal assimilation.

    1. Before a vowel, g, h or k: ``meng-`` (k drops: kunjung → mengunjung).
    2. Before b, f, v or p: ``mem-`` (p drops: puji → memuji).
    3. Before c, d, j, z or t: ``men-`` (t drops: tembak → menembak).
    4. Before s: ``meny-`` and s drops (serang → menyerang).
    5. Before l, m, n, r, w, y (and ny, ng): ``me-``.
    k, p, t and s do not drop before a consonant cluster (kritik → mengkritik,
    protes → memprotes, sensor → menyensor has a vowel after s and drops).
    """
    first = root[0]
    cluster = len(root) > 1 and root[1] not in VOWELS
    if first in VOWELS or first in "gh":
        return "meng" + root
    if first == "k":
        return "meng" + (root if cluster else root[1:])
    if first in "bfv":
        return "mem" + root
    if first == "p":
        return "mem" + (root if cluster else root[1:])
    if first in "cdjz":
        return "men" + root
    if first == "t":
        return "men" + (root if cluster else root[1:])
    if first == "s":
        return ("men" + root) if cluster else ("meny" + root[1:])
    return "me" + root


def ber_prefix(root: str) -> str:
    """``ber-`` + root; one r when the root starts with r (ber+runding → berunding)."""
    return ("be" if root.startswith("r") else "ber") + root


@dataclass(frozen=True, slots=True)
class Surface:
    text: str
    voice: str
    """``active``, ``passive`` or ``nominal``."""


def expand(form: str, light_verbs: Iterable[str] = ()) -> tuple[Surface, ...]:
    """The surface forms of a lexicon ``form`` (see the header of ``predicates.tsv``).

    - ``meN+ROOT[+ROOT…][+SUFFIX] [REST]``: the active verb (``nasal_prefix``) and the passive
      ``di`` + ROOT + SUFFIX, each followed by REST; a last part in ``i``/``kan``/``an`` is a
      suffix, the other parts are joined into the root (``tanda+tangan+i`` → tandatangani).
    - ``ber+ROOT [REST]``: ``ber_prefix`` (active).
    - ``LV+NOUN``: each light verb + NOUN (active).
    - ``N+NOUN``: the noun (nominal). ``P+PHRASE``: a literal passive.
    - anything else: a literal active phrase.
    """
    head, _, rest = form.partition(" ")
    tail = f" {rest}" if rest else ""
    if head.startswith("meN+"):
        parts = head[4:].split("+")
        suffix = parts.pop() if len(parts) > 1 and parts[-1] in SUFFIXES else ""
        root = "".join(parts)
        return (
            Surface(nasal_prefix(root) + suffix + tail, "active"),
            Surface("di" + root + suffix + tail, "passive"),
        )
    if head.startswith("ber+"):
        return (Surface(ber_prefix(head[4:]) + tail, "active"),)
    if form.startswith("LV+"):
        return tuple(Surface(f"{verb} {form[3:]}", "active") for verb in light_verbs)
    if form.startswith("N+"):
        return (Surface(form[2:], "nominal"),)
    if form.startswith("P+"):
        return (Surface(form[2:], "passive"),)
    return (Surface(form, "active"),)


# ----------------------------------------------------------------------------- predicates


@dataclass(frozen=True, slots=True)
class Predicate:
    """One row of ``predicates.tsv``."""

    form: str
    type: str
    """A PLOVER type, or ``NONE`` for a blocking phrase."""
    mode: str | None
    contexts: tuple[str, ...]
    cameo: str | None
    frame: str
    recipient_required: bool
    preps: tuple[str, ...]
    line: int


@dataclass(frozen=True, slots=True)
class Trigger:
    """A surface form with its predicate; ``tail`` must follow it in the clause, when set."""

    text: str
    voice: str
    predicate: Predicate
    tail: str | None = None
    alternatives: tuple[Trigger, ...] = ()
    """Other predicates of the same surface, each with its own tail (``adalah … @praise`` is
    SUPPORT, ``adalah … @judgement`` is ACCUSE): the first whose tail follows is coded."""


TAIL_WINDOW = 120
"""Characters after a surface in which its ``… WORD`` tail must occur."""


def _opt(value: str) -> str | None:
    return None if value == "-" else value


def _list(value: str) -> tuple[str, ...]:
    return () if value == "-" else tuple(v.strip() for v in value.split("|") if v.strip())


@cache
def predicates(lang: str = LANG) -> tuple[Predicate, ...]:
    """The predicate rows, validated against the code tables."""
    path = lang_file("predicates.tsv", lang)
    types, modes, contexts, codes = plover_types(), plover_modes(), plover_contexts(), cameo_codes()
    out: list[Predicate] = []
    for line, (form, kind, mode, ctx, cameo, frame, preps) in read_tsv(path, 7):
        where = f"{path}:{line}"
        base_frame = frame.rstrip("?")
        predicate = Predicate(
            form=form,
            type=kind,
            mode=_opt(mode),
            contexts=_list(ctx),
            cameo=_opt(cameo),
            frame=base_frame,
            recipient_required=not frame.endswith("?") and base_frame not in {"none"},
            preps=_list(preps),
            line=line,
        )
        if kind != "NONE":
            if kind not in types:
                raise EventDataError(f"{where}: unknown PLOVER type {kind!r}")
            if predicate.mode is not None and (kind, predicate.mode) not in modes:
                raise EventDataError(f"{where}: {kind} has no mode {predicate.mode!r}")
            if predicate.cameo is None or predicate.cameo not in codes:
                raise EventDataError(f"{where}: unknown CAMEO code {cameo!r}")
        bad = [c for c in predicate.contexts if c not in contexts]
        if bad:
            raise EventDataError(f"{where}: unknown PLOVER contexts {bad}")
        if base_frame not in FRAMES:
            raise EventDataError(f"{where}: unknown frame {frame!r}")
        if base_frame == "prep" and not predicate.preps:
            raise EventDataError(f"{where}: frame prep needs prepositions")
        out.append(predicate)
    return tuple(out)


@cache
def cues(lang: str = LANG) -> dict[str, tuple[str, ...]]:
    """Cue phrases by kind (``negation``, ``plan``, ``reported``, ``context``, ...)."""
    out: dict[str, list[str]] = {}
    for _, (kind, phrase) in read_tsv(lang_file("cues.tsv", lang), 2):
        out.setdefault(kind, []).append(phrase.lower())
    return {kind: tuple(values) for kind, values in out.items()}


@cache
def context_keywords(lang: str = LANG) -> dict[str, str]:
    """Keyword → PLOVER context."""
    out: dict[str, str] = {}
    for entry in cues(lang).get("context", ()):
        word, _, context = entry.rpartition(":")
        if context not in plover_contexts():
            raise EventDataError(f"cues.tsv: unknown context {context!r} for {word!r}")
        out[word] = context
    return out


@cache
def triggers(lang: str = LANG) -> dict[str, Trigger]:
    """Lower-cased surface form → trigger, over every predicate's expansion.

    A surface generated twice must come from the same predicate (``EventDataError`` otherwise):
    the lexicon can never say two things about one phrase."""
    light = cues(lang).get("light_verb", ())
    out: dict[str, Trigger] = {}
    for predicate in predicates(lang):
        form, _, tail = predicate.form.partition(" … ")
        for surface in expand(form, light):
            key = " ".join(surface.text.lower().split())
            previous = out.get(key)
            trigger = Trigger(key, surface.voice, predicate, tail.lower() or None)
            if previous is not None and previous.predicate != predicate:
                if previous.tail is None or trigger.tail is None or previous.tail == trigger.tail:
                    raise EventDataError(
                        f"surface {key!r} from lines {previous.predicate.line} and "
                        f"{predicate.line} (two predicates of one surface need two tails)"
                    )
                alternatives = (*previous.alternatives, trigger)
                out[key] = replace(previous, alternatives=alternatives)
                continue
            out[key] = trigger
        if tail.startswith("@") and tail[1:] not in cues(lang):
            raise EventDataError(f"predicates.tsv:{predicate.line}: no cue kind {tail[1:]!r}")
    return out


@cache
def trigger_pattern(lang: str = LANG) -> re.Pattern[str]:
    """One regex over all surfaces, longest first, on word boundaries, case-insensitive."""
    surfaces = sorted(triggers(lang), key=len, reverse=True)
    body = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in surfaces)
    return re.compile(r"(?<![\w-])(?:" + body + r")(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Places:
    """Where events happen when the text names a building (``places.tsv``)."""

    landmarks: dict[str, str]
    """A landmark (lower-cased phrase) → the city it is in."""
    capitals: dict[str, str]
    """A province's Kemendagri code → its capital."""


PLACE_KINDS = frozenset({"landmark", "capital"})


@cache
def places(lang: str = LANG) -> Places:
    path = lang_file("places.tsv", lang)
    landmarks: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for lineno, (kind, phrase, city) in read_tsv(path, 3):
        if kind not in PLACE_KINDS:
            raise EventDataError(f"{path}:{lineno}: unknown kind {kind!r}")
        if kind == "capital":
            if not re.fullmatch(r"\d\d", phrase):
                raise EventDataError(f"{path}:{lineno}: {phrase!r} is not a province code")
            table = capitals
            key = phrase
        else:
            table = landmarks
            key = " ".join(phrase.lower().split())
        if key in table:
            raise EventDataError(f"{path}:{lineno}: {phrase!r} listed twice")
        table[key] = city
    return Places(landmarks, capitals)
