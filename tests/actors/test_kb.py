"""Validation of the actor knowledge base files (ids, codes, dates, sources)."""

from __future__ import annotations

import re
from itertools import combinations
from pathlib import Path

import pytest

from warta.actors.kb import (
    COUNTRY_LIKE,
    ActorDataError,
    code_at,
    countries,
    country_aliases,
    curated_people,
    data_file,
    load_kb,
    organisations,
    petrarch_people,
    read_tsv,
    regions,
    roles,
    sector_codes,
    split_code,
    translit_key,
)

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
IGO_LIKE = COUNTRY_LIKE


def _check_code(code: str) -> None:
    assert re.fullmatch(r"(?:[A-Z]{3})+", code), code
    head = code[:3]
    assert head in countries() or head in IGO_LIKE, code
    if head not in IGO_LIKE:
        rest = [code[i : i + 3] for i in range(3, len(code), 3)]
        assert all(block in sector_codes() for block in rest), code


def test_countries_have_unique_iso3_and_both_names() -> None:
    table = countries()
    assert len(table) >= 240
    assert table["PRK"][2] == "Korea Utara"
    assert table["RUS"][1] == "Russia"
    assert table["MMR"][0] == "MM"  # not the withdrawn BUR
    assert "BUR" not in table and "DDR" not in table


def test_issue_country_aliases_are_present() -> None:
    kb = load_kb()
    expected = {
        "AS": "USA",
        "RI": "IDN",
        "Korut": "PRK",
        "Korsel": "KOR",
        "RRT": "CHN",
        "Tiongkok": "CHN",
        "Pyongyang": "PRK",
        "Moskow": "RUS",
        "Kremlin": "RUS",
        "Washington": "USA",
        "Gedung Putih": "USA",
        "Beijing": "CHN",
        "Istana Merdeka": "IDN",
    }
    for alias, iso3 in expected.items():
        assert f"country:{iso3}" in kb.by_key[translit_key(alias)], alias


def test_country_aliases_are_unique() -> None:
    rows = country_aliases()
    assert len(rows) == len(set(rows))
    keys = [(translit_key(alias)) for _iso3, _kind, alias in rows]
    dupes = {k for k in keys if keys.count(k) > 1}
    assert not dupes


def test_organisation_ids_unique_and_codes_valid() -> None:
    orgs = organisations()
    ids = [o.id for o in orgs]
    assert len(ids) == len(set(ids))
    for org in orgs:
        assert org.default_code, org.id
        _check_code(org.default_code)
        assert org.source, org.id
    names = {o.name for o in orgs} | {a for o in orgs for a in o.aliases}
    for needed in ("PBB", "ASEAN", "NATO", "Uni Eropa", "IMF", "WHO", "TNI", "Polri", "KPK"):
        assert needed in names
    for needed in ("DPR", "MPR", "MK", "MA", "KPU", "Bawaslu", "BIN", "Kemhan", "Kemlu"):
        assert needed in names
    assert "Kejaksaan Agung" in names


def test_organisation_aliases_do_not_collide_between_organisations() -> None:
    owner: dict[str, str] = {}
    for org in organisations():
        for alias in (org.name, *org.aliases):
            key = translit_key(alias)
            assert owner.setdefault(key, org.id) == org.id, (alias, owner[key], org.id)


def test_roles_have_valid_sectors_and_agent_sources() -> None:
    agents = {phrase for phrase, _code in read_tsv(data_file("agents_en.tsv"), 2)}
    table = roles()
    for role in table.values():
        if role.sectors:
            blocks = [role.sectors[i : i + 3] for i in range(0, len(role.sectors), 3)]
            assert all(b in sector_codes() for b in blocks), role
        if role.country:
            assert role.country in countries()
        if role.agent:
            assert role.agent in agents, role
    assert table["menhan"].sectors == "GOVMIL"
    assert table["menteri pertahanan"].office == "defence-minister"
    assert table["kapolri"].country == "IDN"
    for word in ("presiden", "perdana menteri", "panglima tni", "anggota dpr", "hakim", "jaksa"):
        assert word in table
    for word in ("mahasiswa", "buruh", "demonstran", "massa", "kkb", "menlu"):
        assert word in table


def test_regions_cover_all_provinces_and_regencies() -> None:
    rows = regions()
    assert sum(1 for _k, kind, _n in rows if kind == "provinsi") == 38
    assert sum(1 for _k, kind, _n in rows if kind in ("kabupaten", "kota")) == 514
    assert sum(1 for _k, kind, _n in rows if kind == "kecamatan") > 7000
    codes = [kode for kode, _kind, _name in rows]
    assert len(codes) == len(set(codes))


def test_people_ids_unique_across_curated_and_petrarch() -> None:
    curated = [p.id for p, _ in curated_people()]
    petrarch = [p.id for p in petrarch_people()]
    assert len(curated) == len(set(curated))
    assert len(petrarch) == len(set(petrarch))
    assert not set(curated) & set(petrarch)


def test_curated_people_replace_existing_petrarch_entries() -> None:
    petrarch = {p.id for p in petrarch_people()}
    for person, replaces in curated_people():
        for old in replaces:
            assert old in petrarch, (person.id, old)


def test_curated_roles_have_valid_codes_and_ordered_dates() -> None:
    for person, _ in curated_people():
        assert person.source.startswith("wikipedia:")
        for role in person.roles:
            _check_code(role.code)
            for date in (role.start, role.end):
                assert date is None or ISO_DATE.fullmatch(date), (person.id, date)
            if role.start and role.end:
                assert role.start <= role.end, (person.id, role)


def test_petrarch_roles_have_ordered_dates() -> None:
    for person in petrarch_people():
        for role in person.roles:
            if role.start and role.end:
                assert role.start <= role.end, person.id


def test_office_holders_do_not_overlap() -> None:
    """Two people never hold one office at once (a handover day may be shared)."""
    kb = load_kb()
    for office, holders in kb.offices.items():
        for (a, ra), (b, rb) in combinations(holders, 2):
            if a == b:
                continue
            a_start, a_end = ra.start or "0000", ra.end or "9999"
            b_start, b_end = rb.start or "0000", rb.end or "9999"
            overlap_start, overlap_end = max(a_start, b_start), min(a_end, b_end)
            assert overlap_start >= overlap_end, (office, a, b)


def test_one_person_holds_one_code_per_day_except_handover() -> None:
    for person, _ in curated_people():
        for ra, rb in combinations(person.roles, 2):
            a_start, a_end = ra.start or "0000", ra.end or "9999"
            b_start, b_end = rb.start or "0000", rb.end or "9999"
            overlap = max(a_start, b_start) < min(a_end, b_end)
            if overlap and ra.code != rb.code:
                # Acting roles inside another (Putin 1999) must at least agree on the country.
                assert ra.code[:3] == rb.code[:3], (person.id, ra, rb)


@pytest.mark.parametrize(
    ("name", "date", "code"),
    [
        ("Sergei Shoigu", "2012-11-05", "RUSGOV"),
        ("Sergei Shoigu", "2023-07-27", "RUSGOVMIL"),
        ("Sergei Shoigu", "2024-06-01", "RUSGOV"),
        ("Prabowo Subianto", "2019-09-30", "IDNOPP"),
        ("Prabowo Subianto", "2020-01-01", "IDNGOVMIL"),
        ("Prabowo Subianto", "2024-10-21", "IDNGOV"),
        ("Joko Widodo", "2019-10-01", "IDNGOV"),
        ("Kim Jong-un", "2023-07-27", "PRKGOV"),
        ("Vladimir Putin", "2010-01-01", "RUSGOV"),
        ("Tito Karnavian", "2019-09-20", "IDNCOP"),
        ("Tito Karnavian", "2019-11-20", "IDNGOV"),
    ],
)
def test_code_at_date(name: str, date: str, code: str) -> None:
    kb = load_kb()
    (actor,) = [a for a in kb.lookup(name) if a.type == "person"]
    assert code_at(actor, date) == code


def test_office_holder_on_date() -> None:
    kb = load_kb()
    assert kb.office_holder("RUS:defence-minister", "2023-07-27") == "sergei-shoigu"
    assert kb.office_holder("RUS:defence-minister", "2024-06-01") == "andrei-belousov"
    assert kb.office_holder("IDN:president", "2019-09-01") == "joko-widodo"
    assert kb.office_holder("IDN:president", "2025-01-01") == "prabowo-subianto"


def test_split_code_reads_plover_country_and_sectors() -> None:
    assert split_code("RUSGOVMIL", countries()) == ("RUS", ("GOV", "MIL"))
    assert split_code("IDNCOP", countries()) == ("IDN", ("COP",))
    assert split_code("IGOUNO", countries()) == ("", ("IGO", "UNO"))
    assert split_code("", countries()) == ("", ())


def test_transliteration_variants_share_a_key() -> None:
    assert translit_key("Sergey Shoygu") == translit_key("Sergei Shoigu")
    assert translit_key("Megawati Soekarnoputri") == translit_key("Megawati Sukarnoputri")
    assert translit_key("Kim Jong-un") == translit_key("Kim Jong Un")
    assert translit_key("Ma'ruf Amin") == translit_key("Ma’ruf Amin")
    assert translit_key("Kim Jong-un") != translit_key("Kim Jong-il")


def test_malformed_row_is_reported_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("# header\na\tb\nonly-one\n", encoding="utf-8")
    with pytest.raises(ActorDataError, match=r"bad.tsv:3"):
        read_tsv(path, 2)


def test_committed_kb_is_small() -> None:
    total = sum(
        data_file(name).stat().st_size
        for name in ("countries.tsv", "people.tsv", "people_roles.tsv", "people_petrarch.jsonl")
    )
    assert total < 5_000_000


def test_petrarch_places_are_places_of_known_countries() -> None:
    from warta.actors.kb import petrarch_places

    rows = petrarch_places()
    assert len(rows) == len(set(rows))
    lookup = dict((name, iso3) for iso3, name in rows)
    assert lookup["Chiba"] == "JPN"
    assert lookup["Vladivostok"] == "RUS"
    assert not any("President" in name or "Minister" in name for _iso3, name in rows)
    kb = load_kb()
    assert kb.world_places[translit_key("Fukushima")] == ["country:JPN"]
