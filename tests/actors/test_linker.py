"""Linking and coding actor mentions on real Indonesian news sentences, one alias class a test."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.actors import ActorLinker, LearnedStore
from warta.actors.linker import edit_distance
from warta.records import ActorLink, Article, Mention, Span

SEEDS = Path(__file__).resolve().parents[1] / "data" / "actors"

SEED_002 = (
    "Jakarta, IDM – Menteri Pertahanan (Menhan) Rusia Sergei Shoigu melakukan pertemuan dengan "
    "Menhan Korea Utara (Korut) Kang Sun Nam di Pyongyang pada beberapa waktu lalu. Pertemuan itu "
    "merupakan wujud Rusia dalam memperkuat hubungan kerja sama militer dengan Korut.\n"
    "Dalam pertemuan dengan Nam, Shoigu menegaskan komitmen Rusia untuk terus memperluas kerja sama "
    "kedua negara khususnya di bidang pertahanan.\n"
    "Kunjungan Shoigu ini menjadi yang pertama kali bagi Korut menerima tamu asing dalam tiga tahun "
    "terakhir. Sebab, pemerintah Kim Jon Un telah menerapkan pembatasan yang ketat."
)


def fresh() -> ActorLinker:
    return ActorLinker(learned=LearnedStore(None))


def mention(text: str, surface: str, label: str = "PER", nth: int = 1) -> Mention:
    start = -1
    for _ in range(nth):
        start = text.index(surface, start + 1)
    return Mention(surface, start, start + len(surface), label)


def link_one(
    linker: ActorLinker, text: str, surface: str, label: str = "PER", dct: str = "2023-07-27"
) -> ActorLink:
    (link,) = linker(text, [mention(text, surface, label)], dct=dct)
    return link


def by_text(links: list[ActorLink]) -> dict[str, ActorLink]:
    return {link.text: link for link in links}


# ------------------------------------------------------------------ aliases


@pytest.mark.parametrize(
    ("sentence", "surface", "label", "code"),
    [
        ("Presiden Joko Widodo (Jokowi) meninjau Riau.", "Jokowi", "PER", "IDNGOV"),
        ("Hubungan AS dan Tiongkok kembali memanas.", "AS", "LOC", "USA"),
        ("Hubungan AS dan Tiongkok kembali memanas.", "Tiongkok", "LOC", "CHN"),
        ("Pemerintah RRT memprotes kunjungan itu.", "RRT", "LOC", "CHNGOV"),
        ("Korsel dan Korut sepakat membuka jalur komunikasi.", "Korsel", "LOC", "KOR"),
        ("Korsel dan Korut sepakat membuka jalur komunikasi.", "Korut", "LOC", "PRK"),
        ("Kremlin membantah laporan tersebut.", "Kremlin", "ORG", "RUSGOV"),
        ("Gedung Putih mengecam serangan itu.", "Gedung Putih", "ORG", "USAGOV"),
        ("Komisi Pemberantasan Korupsi (KPK) menahan tersangka.", "KPK", "ORG", "IDNJUD"),
        ("Perserikatan Bangsa-Bangsa (PBB) menyerukan gencatan senjata.", "PBB", "ORG", "IGOUNO"),
        ("Kapolri meminta Polri bersikap netral.", "Polri", "ORG", "IDNCOP"),
    ],
)
def test_aliases_link_with_their_codes(
    linker: ActorLinker, sentence: str, surface: str, label: str, code: str
) -> None:
    link = link_one(linker, sentence, surface, label, dct="2019-09-20")
    assert link.code == code
    assert sentence[link.start : link.end] == surface


def test_abbreviation_needs_its_case(linker: ActorLinker) -> None:
    text = "Harga cabai naik, as roda truk patah, dan Ma mengeluh."
    found = linker.find_mentions(text)
    assert all(m.text not in ("as", "Ma") for m in found)


def test_region_and_organisation_with_place(linker: ActorLinker) -> None:
    text = "Polda Jambi menetapkan 19 tersangka kebakaran hutan di Kabupaten Pelalawan, Riau."
    links = by_text(
        linker(
            text,
            [
                mention(text, "Polda Jambi", "ORG"),
                mention(text, "Kabupaten Pelalawan", "LOC"),
                mention(text, "Riau", "LOC"),
            ],
            dct="2019-09-18",
        )
    )
    assert links["Polda Jambi"].actor_id == "org:polda"
    assert links["Polda Jambi"].code == "IDNCOP"
    assert links["Kabupaten Pelalawan"].actor_id == "region:14.05"
    assert links["Riau"].code == "IDN"


# ------------------------------------------------------------------ transliteration and typos


@pytest.mark.parametrize("spelling", ["Sergey Shoigu", "Sergei Shoigu", "Sergey Shoygu", "Shoigu"])
def test_transliteration_variants_are_one_person(linker: ActorLinker, spelling: str) -> None:
    text = f"Menhan Rusia {spelling} tiba di Pyongyang."
    link = link_one(linker, text, spelling)
    assert link.actor_id == "sergei-shoigu"
    assert link.code == "RUSGOVMIL"


def test_typo_is_matched_to_the_one_close_person() -> None:
    text = SEED_002
    link = link_one(fresh(), text, "Kim Jon Un")
    assert link.actor_id == "kim-jong-un"
    assert link.method == "fuzzy"
    assert link.code == "PRKGOV"


def test_fuzzy_never_merges_two_known_people(linker: ActorLinker) -> None:
    # Kim Jong-il is a different known person, one letter from Kim Jong-un: exact wins.
    text = "Kim Jong Il memimpin Korea Utara hingga 2011."
    assert link_one(linker, text, "Kim Jong Il", dct="2005-01-01").actor_id == "kim-jong-il"
    # "Kim Jong Ul" is as close to Kim Jong-un as to Kim Jong-il: no guess.
    text = "Kim Jong Ul disebut hadir dalam parade."
    assert link_one(linker, text, "Kim Jong Ul").actor_id is None


def test_edit_distance_gives_up_past_the_limit() -> None:
    assert edit_distance("kim jon un", "kim jong un", 2) == 1
    assert edit_distance("abcdef", "uvwxyz", 2) == 3


# ------------------------------------------------------------------ titles, appositions, learning


def test_title_with_abbreviation_and_country_codes_the_name() -> None:
    text = "MOSKOW - Menteri Pertahanan (Menhan) Rusia Sergey Shoigu akan melakukan perjalanan."
    link = link_one(fresh(), text, "Sergey Shoigu", dct="2023-07-25")
    assert link.actor_id == "sergei-shoigu"
    assert text[link.evidence_start : link.evidence_end].startswith("Menteri Pertahanan")


def test_unknown_person_with_role_and_country_is_learned() -> None:
    store = LearnedStore(None)
    linker = ActorLinker(learned=store)
    links = by_text(
        linker(
            SEED_002,
            [mention(SEED_002, "Kang Sun Nam"), mention(SEED_002, "Nam", nth=2)],
            dct="2023-07-27",
        )
    )
    learned = links["Kang Sun Nam"]
    assert learned.method == "learn"
    assert learned.code == "PRKGOVMIL"
    assert (learned.country, learned.sectors) == ("PRK", ("GOV", "MIL"))
    entry = store.find("Kang Sun Nam")
    assert entry is not None
    assert entry.start == "2023-07-27"
    assert "Menhan Korea Utara (Korut) Kang Sun Nam" in entry.sentence
    assert links["Nam"].actor_id == learned.actor_id


def test_apposition_after_comma_gives_the_title() -> None:
    text = (
        "Wakil Ketua Komisi Pemberantasan Korupsi (KPK), Laode M Syarif membantah penetapan "
        "tersangka bermuatan politis."
    )
    link = link_one(fresh(), text, "Laode M Syarif", dct="2019-09-19")
    assert link.actor_id == "laode-m-syarif"
    assert link.code == "IDNJUD"


def test_unknown_official_gets_the_code_of_the_unit_in_the_title() -> None:
    text = (
        "Kasubbag Humas Direktorat Jenderal Imigrasi Sam Fernando mengatakan, Imam telah dicegah "
        "berpergian ke luar negeri."
    )
    link = link_one(fresh(), text, "Sam Fernando", dct="2019-09-19")
    assert link.code == "IDNGOV"
    text = "Kasat Reserse Narkoba Polres Ponorogo Inspektur Satu Eko Murbiyanto saat dihubungi."
    link = link_one(fresh(), text, "Eko Murbiyanto", dct="2019-09-11")
    assert link.code == "IDNCOP"


def test_learned_actors_persist_and_are_reused(tmp_path: Path) -> None:
    path = tmp_path / "learned.jsonl"
    store = LearnedStore(path)
    ActorLinker(learned=store)(SEED_002, [mention(SEED_002, "Kang Sun Nam")], dct="2023-07-27")
    store.save()
    again = LearnedStore(path)
    entry = again.find("Kang Sun Nam")
    assert entry is not None and entry.status == "pending"
    text = "Kang Sun Nam menyambut delegasi Rusia."
    link = link_one(ActorLinker(learned=again), text, "Kang Sun Nam", dct="2023-08-01")
    assert link.method == "learned"
    assert link.code == "PRKGOVMIL"
    assert again.accept(entry.id)
    assert again.entries[entry.id].status == "accepted"
    assert again.remove(entry.id)
    assert again.find("Kang Sun Nam") is None
    assert not again.remove(entry.id)


# ------------------------------------------------------------------ in-article resolution


def test_surname_only_mentions_resolve_within_the_article() -> None:
    links = fresh()(SEED_002, dct="2023-07-27")
    surnames = [link for link in links if link.text == "Shoigu"]
    assert surnames
    assert all(link.actor_id == "sergei-shoigu" and link.method == "coref" for link in surnames)


def test_short_name_shared_by_two_people_is_not_guessed(linker: ActorLinker) -> None:
    text = (
        "Presiden Joko Widodo menerima Kapolri Listyo Sigit Prabowo di Istana. "
        "Prabowo Subianto juga hadir. Menurut Prabowo, situasi aman."
    )
    links = linker(
        text,
        [
            mention(text, "Joko Widodo"),
            mention(text, "Listyo Sigit Prabowo"),
            mention(text, "Prabowo Subianto"),
            mention(text, "Prabowo", nth=3),
        ],
        dct="2022-01-10",
    )
    assert links[-1].method != "coref"


def test_role_only_mention_resolves_to_the_office_holder_on_the_date(linker: ActorLinker) -> None:
    text = "Menhan Rusia berkunjung ke Korea Utara."
    assert link_one(linker, text, "Menhan Rusia", dct="2023-07-26").actor_id == "sergei-shoigu"
    assert link_one(linker, text, "Menhan Rusia", dct="2024-06-01").actor_id == "andrei-belousov"
    plural = "Putin berbicara dengan para pemimpin Iran di Ankara."
    link = link_one(linker, plural, "pemimpin Iran", dct="2019-09-17")
    assert link.actor_id is None
    assert link.code == "IRNGOV"


def test_collective_role_with_country(linker: ActorLinker) -> None:
    text = "Menteri Luar Negeri AS Michael Pompeo menuduh pemerintah Iran berada di balik serangan."
    link = link_one(linker, text, "pemerintah Iran", "ORG", dct="2019-09-17")
    assert link.code == "IRNGOV"
    assert link_one(linker, text, "Michael Pompeo", dct="2019-09-17").code == "USAGOV"


# ------------------------------------------------------------------ dates and metonymy


@pytest.mark.parametrize(
    ("dct", "code"),
    [("2019-09-30", "IDNOPP"), ("2020-01-15", "IDNGOVMIL"), ("2025-01-15", "IDNGOV")],
)
def test_codes_follow_the_event_date(linker: ActorLinker, dct: str, code: str) -> None:
    text = "Prabowo Subianto bertemu para tokoh di Jakarta."
    assert link_one(linker, text, "Prabowo Subianto", dct=dct).code == code


@pytest.mark.parametrize(
    ("sentence", "surface", "code"),
    [
        (
            "Shoigu ke Korea Utara atas undangan Pyongyang untuk perayaan itu.",
            "Pyongyang",
            "PRKGOV",
        ),
        ("Shoigu bertemu Kang Sun Nam di Pyongyang pada Rabu.", "Pyongyang", "PRK"),
        ("MOSKOW - Menhan Rusia akan ke Korea Utara.", "MOSKOW", "RUS"),
        ("Washington sebelumnya telah memperingatkan Ankara.", "Washington", "USAGOV"),
        ("Pyongyang dan Seoul tidak pernah menandatangani perjanjian damai.", "Seoul", "KORGOV"),
    ],
)
def test_capitals_stand_for_governments_when_they_act(
    linker: ActorLinker, sentence: str, surface: str, code: str
) -> None:
    assert link_one(linker, sentence, surface, "LOC", dct="2023-07-25").code == code


def test_relation_adjective_is_not_a_sector(linker: ActorLinker) -> None:
    text = "Kunjungan ini akan memperkuat hubungan militer Rusia-Korea Utara."
    assert link_one(linker, text, "Rusia", "LOC", dct="2023-07-25").code == "RUS"
    text = "Kekuatan militer Rusia terus bertambah."
    assert link_one(linker, text, "Rusia", "LOC", dct="2023-07-25").code == "RUSMIL"


# ------------------------------------------------------------------ the finder and spans


def test_finder_on_the_seed_page_finds_people_places_and_titles() -> None:
    links = fresh()(SEED_002, dct="2023-07-27")
    found = {link.text: link for link in links}
    assert found["Sergei Shoigu"].code == "RUSGOVMIL"
    assert found["Kang Sun Nam"].code == "PRKGOVMIL"
    assert found["Korut"].code == "PRK"
    assert found["Kim Jon Un"].actor_id == "kim-jong-un"
    for link in links:
        assert SEED_002[link.start : link.end] == link.text


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aA KkPp(),.-RusiMenhaJokowiDPR\n")), max_size=120))
def test_finder_spans_are_exact_substrings(text: str) -> None:
    linker = ActorLinker(learned=LearnedStore(None), learn=False)
    for link in linker(text, dct="2023-07-27"):
        assert 0 <= link.start <= link.end <= len(text)
        assert text[link.start : link.end] == link.text


def test_pronoun_experiment_prefers_the_speaker(linker: ActorLinker) -> None:
    text = (
        '"Ada waktu sekitar satu bulan," kata Alexander Marwata di Jakarta. Undang-Undang itu '
        "ditandatangani Presiden Joko Widodo. Ia mencontohkan status pimpinan KPK."
    )
    links = linker(
        text, [mention(text, "Alexander Marwata"), mention(text, "Joko Widodo")], dct="2019-09-19"
    )
    (recent,) = linker.link_pronouns(text, links, mode="recent")
    (speaker,) = linker.link_pronouns(text, links, mode="speaker")
    assert recent.actor_id == "joko-widodo"
    assert speaker.actor_id == "alexander-marwata"
    assert text[speaker.start : speaker.end] == "Ia"


def test_link_article_uses_the_publication_date() -> None:
    text = "Menhan Prabowo Subianto menerima kunjungan Menhan Australia di Jakarta."
    whole = (Span(0, len(text)),)
    before = Article("a", "r", "s", text, text, whole, whole, (), published="2019-09-30")
    after = Article("b", "r", "s", text, text, whole, whole, (), published="2019-11-04T10:00")
    linker = ActorLinker(learned=LearnedStore(None))
    for article, code in ((before, "IDNOPP"), (after, "IDNGOVMIL")):
        links = linker.link_article(article, [mention(text, "Prabowo Subianto")])
        assert links[0].code == code


def test_model_entities_become_mentions_and_bad_spans_are_repaired(linker: ActorLinker) -> None:
    from dataclasses import dataclass

    from warta.actors import mentions_from_entities, merge_mentions

    @dataclass
    class Entity:
        start: int
        end: int
        label: str
        text: str

    text = "Menteri Pertahanan (Menhan) Rusia Sergey Shoigu tiba di Pyongyang."
    entities = [
        Entity(28, 47, "LOC", "Rusia Sergey Shoigu"),  # a model's span that swallowed the title
        Entity(56, 65, "LOCATION", "Pyongyang"),
        Entity(0, 7, "MISC", "Menteri"),
    ]
    mentions = mentions_from_entities(entities)
    assert [m.label for m in mentions] == ["LOC", "LOC"]
    merged = merge_mentions(mentions, linker.find_mentions(text))
    assert all(text[m.start : m.end] == m.text for m in merged)
    links = by_text(linker(text, merged, dct="2023-07-26"))
    assert links["Rusia Sergey Shoigu"].actor_id == "sergei-shoigu"
    assert links["Rusia Sergey Shoigu"].code == "RUSGOVMIL"
    assert links["Pyongyang"].code == "PRK"


def test_title_in_apposition_after_the_name() -> None:
    text = (
        "Resolusi itu diprakarsai Indonesia, kata Dian Triansyah Djani, Wakil Tetap RI untuk PBB, "
        "usai pemungutan suara. Sebelumnya, Syamsul Arifin mengatakan KPK zalim. Syamsul yang "
        "juga Anggota DPRD Jawa Timur menganggap kasus itu politis. Menurut Syamsul, kasus itu "
        "politis. Sekjen Partai Golkar Lodewijk Freidrich, Bendahara Umum Robert Kardinal hadir."
    )
    linker = ActorLinker(learned=LearnedStore(None))
    links = linker(
        text,
        [
            mention(text, "Dian Triansyah Djani"),
            mention(text, "Syamsul Arifin"),
            mention(text, "Syamsul", nth=2),
            mention(text, "Syamsul", nth=3),
            mention(text, "Robert Kardinal"),
        ],
        dct="2019-09-19",
    )
    codes = [link.code for link in links]
    assert codes[0] == "IDNGOV"
    assert codes[1] == "IDN"  # nothing is known yet at the first mention
    assert codes[2:4] == ["IDNLEG", "IDNLEG"]


def test_dpr_commissions_and_unknown_places(linker: ActorLinker) -> None:
    text = "Anggota Komisi III DPR RI mengunjungi Desa Merbau dan Kuching pekan ini."
    links = by_text(
        linker(
            text,
            [
                mention(text, "Komisi III", "ORG"),
                mention(text, "Desa Merbau", "LOC"),
                mention(text, "Kuching", "LOC"),
            ],
            dct="2019-09-10",
        )
    )
    assert links["Komisi III"].code == "IDNLEG"
    assert links["Desa Merbau"].code == "IDN"
    assert links["Desa Merbau"].actor_id is None  # a village, not the district named Merbau
    assert links["Kuching"].method == "nil"  # an unknown place: the default country, a guess
    assert links["Kuching"].confidence < 0.5
