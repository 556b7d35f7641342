"""The actor knowledge base: typed loaders for the data files and the lookup indexes.

Files (each with a ``#`` header citing its source):

- ``data/actors/countries.tsv``: ISO-3/ISO-2, English and Indonesian names (generated).
- ``data/actors/people.tsv`` + ``people_roles.tsv``: curated people with dated roles.
- ``data/actors/people_petrarch.jsonl``: PETRARCH2's people (generated, MIT), minus the entries
  a curated person ``replaces``.
- ``data/actors/agents_en.tsv``: PETRARCH2 English agent words (generated); its codes define the
  valid sector codes.
- ``lang/id/actors/country_aliases.tsv``, ``organisations.tsv``, ``roles.tsv``, ``regions.tsv``.

Names are compared by ``name_key`` (case, accents, punctuation folded) and, for transliteration
variants, by ``translit_key`` (``Sergey``/``Sergei``, ``Shoygu``/``Shoigu``, ``Soekarno``/
``Sukarno``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from warta.records import Actor, ActorRole

LANG = "id"


class ActorDataError(ValueError):
    """An actor data file is malformed."""


def data_file(name: str) -> Path:
    return Path(str(resources.files("warta") / "data" / "actors" / name))


def lang_file(name: str, lang: str = LANG) -> Path:
    return Path(str(resources.files("warta") / "lang" / lang / "actors" / name))


def read_tsv(path: Path, columns: int) -> list[tuple[str, ...]]:
    """Rows of a TSV file, comments and blank lines skipped, column count checked."""
    rows: list[tuple[str, ...]] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = tuple(p.strip() for p in line.split("\t"))
        if len(parts) != columns or any(not p for p in parts):
            raise ActorDataError(f"{path}:{lineno}: expected {columns} non-empty columns")
        rows.append(parts)
    return rows


def split_list(value: str) -> tuple[str, ...]:
    if value == "-":
        return ()
    return tuple(v.strip() for v in value.split("|") if v.strip())


def opt(value: str) -> str | None:
    return None if value == "-" else value


# ----------------------------------------------------------------------------- name keys

_PUNCT = re.compile(r"[\-‐‑–—.,/]")
_APOS = re.compile(r"['’`ʼ]")
_SPACES = re.compile(r"\s+")
_REPEAT = re.compile(r"(.)\1+")
TRANSLIT_RULES: tuple[tuple[str, str], ...] = (
    # Ordered rewrites that fold spelling variants of one name onto one key. Romanisations of
    # Russian and Korean names and old Indonesian spelling (Ejaan Van Ophuijsen/Soewandi).
    ("dj", "j"),
    ("tj", "c"),
    ("oe", "u"),
    ("kh", "h"),
    ("y", "i"),
    ("w", "v"),
)


NAME_KEY_CACHE = 200_000
"""Words and names repeat across articles: keys are cached (about 40 MB when full)."""


@lru_cache(maxsize=NAME_KEY_CACHE)
def name_key(text: str) -> str:
    """Lower case, accents removed, apostrophes dropped, hyphens and dots as spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    plain = _APOS.sub("", plain)
    plain = _PUNCT.sub(" ", plain)
    return _SPACES.sub(" ", plain).strip()


@lru_cache(maxsize=NAME_KEY_CACHE)
def translit_key(text: str) -> str:
    """``name_key`` with transliteration variants folded (``sergey shoygu`` → ``sergei shoigu``)."""
    key = name_key(text)
    for old, new in TRANSLIT_RULES:
        key = key.replace(old, new)
    return _REPEAT.sub(r"\1", key)


# ----------------------------------------------------------------------------- codes

COUNTRY_LIKE = frozenset({"IGO", "NGO", "MNC", "IMG", "UAF"})
"""Leading CAMEO code blocks that are an actor type rather than a country."""


@dataclass(frozen=True, slots=True)
class Role:
    """A role word: ``Menhan`` → sectors ``GOVMIL``, office ``defence-minister``."""

    phrase: str
    sectors: str
    country: str | None
    office: str | None
    kind: str
    """``person``, ``group`` or ``head`` (takes its sector from the organisation that follows)."""
    agent: str | None


ROLE_KINDS = frozenset({"person", "group", "head", "unit"})
ALIAS_KINDS = frozenset({"name", "abbr", "capital", "seat", "city"})


@dataclass(slots=True)
class KnowledgeBase:
    """All actors with indexes by name key. Build once with ``load_kb()``."""

    actors: dict[str, Actor] = field(default_factory=dict)
    by_key: dict[str, list[str]] = field(default_factory=dict)
    """translit_key(alias) → actor ids."""
    alias_kind: dict[tuple[str, str], str] = field(default_factory=dict)
    """(actor id, translit key) → alias kind (name, abbr, capital, seat)."""
    exact_case: dict[str, set[str]] = field(default_factory=dict)
    """translit key → the spellings that must match with their exact case (``AS``, ``MA``)."""
    curated_people: frozenset[str] = frozenset()
    roles: dict[str, Role] = field(default_factory=dict)
    """name_key(role phrase) → role."""
    offices: dict[str, list[tuple[str, ActorRole]]] = field(default_factory=dict)
    """``ISO3:office`` → (actor id, role) holders."""
    countries: dict[str, str] = field(default_factory=dict)
    """ISO-3 → Indonesian name."""
    world_places: dict[str, list[str]] = field(default_factory=dict)
    """translit_key(name) → country ids, for foreign cities, provinces and demonyms PETRARCH2
    lists under a country; like districts, only for mentions already marked as places."""
    districts: dict[str, list[str]] = field(default_factory=dict)
    """translit_key(name) → ids of Indonesian districts (kecamatan). Kept out of ``by_key``:
    7,000 district names include ordinary words, so they are only looked up for mentions that
    a model or a title already marks as places."""
    sectors: frozenset[str] = frozenset()

    def add_alias(self, actor_id: str, alias: str, kind: str = "name") -> None:
        key = translit_key(alias)
        if not key:
            return
        ids = self.by_key.setdefault(key, [])
        if actor_id not in ids:
            ids.append(actor_id)
        self.alias_kind.setdefault((actor_id, key), kind)
        if alias.isupper() and len(alias) <= 5:
            self.exact_case.setdefault(key, set()).add(alias)

    def add(
        self, actor: Actor, kinds: dict[str, str] | None = None, *, single_words: bool = True
    ) -> None:
        """Index ``actor``; ``single_words=False`` skips one-word aliases (for bulk lists whose
        one-word names collide with ordinary words)."""
        self.actors[actor.id] = actor
        for alias in (actor.name, *actor.aliases):
            if single_words or " " in alias.strip():
                self.add_alias(actor.id, alias, (kinds or {}).get(alias, "name"))
        for role in actor.roles:
            if role.office:
                self.offices.setdefault(role.office, []).append((actor.id, role))

    def lookup(self, name: str) -> list[Actor]:
        """Actors whose name or an alias has the same transliteration key."""
        return [self.actors[i] for i in self.by_key.get(translit_key(name), [])]

    def role(self, phrase: str) -> Role | None:
        return self.roles.get(name_key(phrase))

    def office_holder(self, office: str, date: str | None) -> str | None:
        """The actor holding ``office`` on ``date`` (the current holder if no date)."""
        best: tuple[str, str] | None = None
        for actor_id, role in self.offices.get(office, []):
            if covers(role, date):
                start = role.start or ""
                if best is None or start > best[0]:
                    best = (start, actor_id)
        return best[1] if best else None


def covers(role: ActorRole, date: str | None) -> bool:
    """Whether ``role`` holds on ``date`` (inclusive bounds; no date = still open)."""
    if date is None:
        return role.end is None
    return (role.start is None or role.start <= date) and (role.end is None or date <= role.end)


def code_at(actor: Actor, date: str | None) -> str:
    """The CAMEO code ``actor`` holds on ``date``.

    1. The covering role that started last.
    2. Else the default code (PETRARCH's undated code, an organisation's code).
    3. Else, after roles that have ended: the country with ``ELI`` (a former office holder).
    4. Else, before any role has started: the country alone.
    Without a date, the current (open-ended) role, else the most recent one.
    """
    best: ActorRole | None = None
    for role in actor.roles:
        if covers(role, date) and (best is None or (role.start or "") > (best.start or "")):
            best = role
    if best is not None:
        return best.code
    if actor.default_code:
        return actor.default_code
    if not actor.roles:
        return ""
    if date is None:
        return max(actor.roles, key=lambda r: r.end or "9999").code
    ended = [r for r in actor.roles if r.end is not None and r.end < date]
    head = (ended or list(actor.roles))[0].code[:3]
    if head in COUNTRY_LIKE:
        return ""
    return head + "ELI" if ended else head


def split_code(code: str, countries: Iterable[str] | None = None) -> tuple[str, tuple[str, ...]]:
    """CAMEO code → (PLOVER country, sectors): ``RUSGOVMIL`` → (``RUS``, (``GOV``, ``MIL``)).

    A leading ``IGO``/``NGO``/``UAF``... block is a type, not a country: ``IGOUNO`` → ("", (``IGO``,
    ``UNO``)).
    """
    if not code:
        return "", ()
    blocks = tuple(code[i : i + 3] for i in range(0, len(code), 3))
    head = blocks[0]
    known = set(countries) if countries is not None else None
    if head in COUNTRY_LIKE or (known is not None and head not in known):
        return "", blocks
    return head, blocks[1:]


# ----------------------------------------------------------------------------- loaders


@cache
def sector_codes() -> frozenset[str]:
    """Three-letter agent codes used by PETRARCH2's agent list, plus actor-type blocks."""
    out = set(COUNTRY_LIKE) | {"ELI", "PTY", "OPP", "HRI", "REF", "CVL", "UAF"}
    for _phrase, code in read_tsv(data_file("agents_en.tsv"), 2):
        if len(code) % 3:
            raise ActorDataError(f"agents_en.tsv: code {code!r} is not in 3-letter blocks")
        out.update(code[i : i + 3] for i in range(0, len(code), 3))
    return frozenset(out)


@cache
def countries() -> dict[str, tuple[str, str, str]]:
    """ISO-3 → (ISO-2, English name, Indonesian name)."""
    out: dict[str, tuple[str, str, str]] = {}
    for iso3, iso2, name_en, name_id in read_tsv(data_file("countries.tsv"), 4):
        if not re.fullmatch(r"[A-Z]{3}", iso3) or iso3 in out:
            raise ActorDataError(f"countries.tsv: bad or duplicate code {iso3!r}")
        out[iso3] = (iso2, name_en, name_id)
    return out


@cache
def country_aliases(lang: str = LANG) -> tuple[tuple[str, str, str], ...]:
    """(ISO-3, kind, alias) rows."""
    rows = read_tsv(lang_file("country_aliases.tsv", lang), 3)
    known = countries()
    for iso3, kind, alias in rows:
        if iso3 not in known:
            raise ActorDataError(f"country_aliases.tsv: unknown country {iso3!r} ({alias})")
        if kind not in ALIAS_KINDS:
            raise ActorDataError(f"country_aliases.tsv: unknown kind {kind!r}")
    return tuple((r[0], r[1], r[2]) for r in rows)


@cache
def organisations(lang: str = LANG) -> tuple[Actor, ...]:
    out = []
    for org_id, code, name, aliases, source in read_tsv(lang_file("organisations.tsv", lang), 5):
        out.append(
            Actor(
                id=org_id,
                name=name,
                type="organisation",
                aliases=split_list(aliases),
                default_code=code,
                source=source,
            )
        )
    return tuple(out)


@cache
def roles(lang: str = LANG) -> dict[str, Role]:
    out: dict[str, Role] = {}
    for phrase, sectors, country, office, kind, agent in read_tsv(lang_file("roles.tsv", lang), 6):
        if kind not in ROLE_KINDS:
            raise ActorDataError(f"roles.tsv: unknown kind {kind!r} for {phrase!r}")
        key = name_key(phrase)
        if key in out:
            raise ActorDataError(f"roles.tsv: duplicate role {phrase!r}")
        out[key] = Role(
            phrase, "" if sectors == "-" else sectors, opt(country), opt(office), kind, opt(agent)
        )
    return out


@dataclass(frozen=True, slots=True)
class OrgHead:
    """A head noun of organisation names: ``aliansi`` → OPP, ``watch`` (last word) → NGO."""

    phrase: str
    last: bool
    """The head ends the name (English order: ``Indonesia Police Watch``)."""
    sectors: str
    place_org: str | None
    """The organisation the head names when only a place follows (``PT DKI``)."""


ORG_HEAD_POSITIONS = frozenset({"first", "last"})


@cache
def org_heads(lang: str = LANG) -> dict[str, OrgHead]:
    """name_key(head) → head, from ``org_heads.tsv``."""
    out: dict[str, OrgHead] = {}
    for phrase, position, sectors, place_org in read_tsv(lang_file("org_heads.tsv", lang), 4):
        key = name_key(phrase)
        if position not in ORG_HEAD_POSITIONS:
            raise ActorDataError(f"org_heads.tsv: unknown position {position!r} for {phrase!r}")
        if key in out or key != phrase:
            raise ActorDataError(f"org_heads.tsv: duplicate or unnormalised head {phrase!r}")
        out[key] = OrgHead(phrase, position == "last", sectors, opt(place_org))
    return out


@cache
def numbered_offices(lang: str = LANG) -> dict[tuple[str, int], str]:
    """(office, number) → person id, from ``numbered_offices.tsv`` ("Presiden ke-3 RI")."""
    out: dict[tuple[str, int], str] = {}
    for office, number, person in read_tsv(lang_file("numbered_offices.tsv", lang), 3):
        if not number.isdigit() or ":" not in office or (office, int(number)) in out:
            raise ActorDataError(f"numbered_offices.tsv: bad or duplicate row {office} {number}")
        out[(office, int(number))] = person
    return out


@cache
def story_aliases(lang: str = LANG) -> dict[tuple[str, str], str]:
    """(story country, translit key of a name) → organisation id, from ``story_aliases.tsv``:
    names that denote another country's organisation in an article about that country."""
    known = countries()
    orgs = {org.id for org in organisations(lang)}
    out: dict[tuple[str, str], str] = {}
    for iso3, name, org_id in read_tsv(lang_file("story_aliases.tsv", lang), 3):
        if iso3 not in known or org_id not in orgs:
            raise ActorDataError(f"story_aliases.tsv: unknown country or organisation in {name!r}")
        if (iso3, translit_key(name)) in out:
            raise ActorDataError(f"story_aliases.tsv: duplicate name {name!r}")
        out[(iso3, translit_key(name))] = org_id
    return out


@cache
def regions(lang: str = LANG) -> tuple[tuple[str, str, str], ...]:
    """(kode, kind, name) of Indonesian provinces and regencies/cities."""
    return tuple((r[0], r[1], r[2]) for r in read_tsv(lang_file("regions.tsv", lang), 3))


@cache
def petrarch_places() -> tuple[tuple[str, str], ...]:
    """(ISO-3, place name) rows of ``places_petrarch.tsv``."""
    known = countries()
    rows = read_tsv(data_file("places_petrarch.tsv"), 2)
    for iso3, name in rows:
        if iso3 not in known:
            raise ActorDataError(f"places_petrarch.tsv: unknown country {iso3!r} ({name})")
    return tuple((r[0], r[1]) for r in rows)


@cache
def world_regions(lang: str = LANG) -> tuple[Actor, ...]:
    """Regions spanning countries (``Asia Tenggara``) as places coded with their CAMEO region
    code, from ``world_regions.tsv``."""
    out = []
    for code, name, aliases in read_tsv(lang_file("world_regions.tsv", lang), 3):
        if len(code) != 3 or not code.isupper() or code in countries():
            raise ActorDataError(f"world_regions.tsv: {code!r} is not a CAMEO region code")
        out.append(
            Actor(
                id=f"world:{code}",
                name=name,
                type="place",
                aliases=split_list(aliases),
                default_code=code,
                source="CAMEO region codes; lang/id/actors/world_regions.tsv",
            )
        )
    return tuple(out)


@cache
def region_aliases(lang: str = LANG) -> dict[str, tuple[str, ...]]:
    """Region code → short names and abbreviations (``Jatim``, ``DKI Jakarta``)."""
    known = {kode for kode, _kind, _name in regions(lang)}
    out: dict[str, list[str]] = {}
    for kode, alias in read_tsv(lang_file("region_aliases.tsv", lang), 2):
        if kode not in known:
            raise ActorDataError(f"region_aliases.tsv: unknown region {kode!r}")
        out.setdefault(kode, []).append(alias)
    return {k: tuple(v) for k, v in out.items()}


@cache
def curated_people() -> tuple[tuple[Actor, tuple[str, ...]], ...]:
    """Curated people with their dated roles, and the PETRARCH ids each replaces."""
    role_rows: dict[str, list[ActorRole]] = {}
    for person_id, code, start, end, office in read_tsv(data_file("people_roles.tsv"), 5):
        role_rows.setdefault(person_id, []).append(
            ActorRole(code, opt(start), opt(end), opt(office))
        )
    out = []
    for person_id, name, aliases, replaces, source in read_tsv(data_file("people.tsv"), 5):
        if person_id not in role_rows:
            raise ActorDataError(f"people.tsv: {person_id} has no roles in people_roles.tsv")
        actor = Actor(
            id=person_id,
            name=name,
            type="person",
            aliases=split_list(aliases),
            roles=tuple(role_rows.pop(person_id)),
            source=source,
        )
        out.append((actor, split_list(replaces)))
    if role_rows:
        raise ActorDataError(f"people_roles.tsv: roles for unknown people {sorted(role_rows)}")
    return tuple(out)


@cache
def petrarch_people() -> tuple[Actor, ...]:
    out = []
    path = data_file("people_petrarch.jsonl")
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            row = json.loads(line)
            out.append(
                Actor(
                    id=row["id"],
                    name=row["name"],
                    type="person",
                    aliases=tuple(row["aliases"]),
                    roles=tuple(ActorRole(r["code"], r["start"], r["end"]) for r in row["roles"]),
                    default_code=row.get("default"),
                    source="petrarch2:Phoenix.Countries.actors.txt",
                )
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise ActorDataError(f"{path}:{lineno}: {exc}") from exc
    return tuple(out)


def country_actor_id(iso3: str) -> str:
    return f"country:{iso3}"


@cache
def load_kb(lang: str = LANG) -> KnowledgeBase:
    """The whole knowledge base with its indexes (cached; treat as read-only)."""
    kb = KnowledgeBase()
    kb.sectors = sector_codes()
    kb.roles = roles(lang)
    by_country: dict[str, list[tuple[str, str]]] = {}
    for iso3, kind, alias in country_aliases(lang):
        by_country.setdefault(iso3, []).append((kind, alias))
    for iso3, (_iso2, name_en, name_id) in countries().items():
        kb.countries[iso3] = name_id
        extra = by_country.get(iso3, [])
        aliases = [name_id] + [a for _k, a in extra]
        if name_en != name_id and " " not in name_en and "-" not in name_en:
            aliases.append(name_en)
        kinds = {a: k for k, a in extra}
        kb.add(
            Actor(
                id=country_actor_id(iso3),
                name=name_id,
                type="country",
                aliases=tuple(dict.fromkeys(a for a in aliases if "DAK" not in a)),
                default_code=iso3,
                source="CLDR; lang/id/actors/country_aliases.tsv",
            ),
            kinds,
        )
    for org in organisations(lang):
        kb.add(org)
    for world_region in world_regions(lang):
        kb.add(world_region)
    for iso3, name in petrarch_places():
        ids = kb.world_places.setdefault(translit_key(name), [])
        if country_actor_id(iso3) not in ids:
            ids.append(country_actor_id(iso3))
    short_names = region_aliases(lang)
    for kode, kind, name in regions(lang):
        if kind == "kecamatan":
            district = Actor(
                f"region:{kode}", name, "place", default_code="IDN", source="wilayah_2025"
            )
            kb.actors[district.id] = district
            kb.districts.setdefault(translit_key(name), []).append(district.id)
            continue
        region_names = short_names.get(kode, ())
        prefix = {"kabupaten": "Kabupaten", "kota": "Kota", "provinsi": "Provinsi"}[kind]
        region_names += (f"{prefix} {name}",)
        kb.add(
            Actor(
                id=f"region:{kode}",
                name=name,
                type="place",
                aliases=region_names,
                default_code="IDN",
                source="wilayah_2025",
            )
        )
    replaced: set[str] = set()
    curated_ids = set()
    for person, replaces in curated_people():
        replaced.update(replaces)
        curated_ids.add(person.id)
    petrarch = {p.id: p for p in petrarch_people()}
    for person, replaces in curated_people():
        aliases = list(person.aliases)
        for old in replaces:
            if old in petrarch:
                aliases += [petrarch[old].name, *petrarch[old].aliases]
        kb.add(
            Actor(
                person.id,
                person.name,
                "person",
                tuple(dict.fromkeys(a for a in aliases if not _is_titled(a))),
                person.roles,
                person.default_code,
                person.source,
            )
        )
    kb.curated_people = frozenset(curated_ids)
    for person in petrarch.values():
        if person.id not in replaced:
            kb.add(person, single_words=False)
    return kb


_TITLED = re.compile(r"^(president|prime minister|russian|vice|the)\b", re.IGNORECASE)


def _is_titled(alias: str) -> bool:
    """PETRARCH aliases with English titles (``President Putin``) never occur in our text."""
    return bool(_TITLED.match(alias))
