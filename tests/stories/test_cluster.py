"""Stories: clustering of real reports, order independence, incremental growth."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.records import Article
from warta.stories.cluster import StoryClusterer, build, story_id
from warta.stories.features import Signature, Signer, Weights, stopwords, terms_of


@pytest.fixture(scope="module")
def signer() -> Signer:
    return Signer()


@pytest.fixture(scope="module")
def sample_signatures(signer: Signer, clickid_sample: list[Article]) -> list[Signature]:
    return [signer(a) for a in clickid_sample]


def _by_title(stories_: list[object], articles: list[Article]) -> list[set[str]]:
    titles = {a.id: (a.title or "").strip() for a in articles}
    return [{titles[i] for i in s.articles} for s in stories_]  # type: ignore[attr-defined]


def test_stopword_list_is_unique_lower_case_words() -> None:
    words = stopwords()
    assert len(words) > 700
    assert "yang" in words and "kpk" not in words
    assert all(w == w.casefold().strip() and " " not in w for w in words)


def test_seed_pages_are_one_story(signer: Signer, seeds: list[Article]) -> None:
    stories, _ = build([signer(a) for a in seeds])
    assert len(stories) == 1
    story = stories[0]
    assert set(story.articles) == {a.id for a in seeds}
    # the Sindonews page names no outlet the cleaner can read; Indonesia Defense Magazine does
    assert story.outlets == tuple(sorted({a.outlet for a in seeds if a.outlet}))
    assert story.first_report == "2023-07-25" and story.last_report == "2023-07-27"
    assert story.id == story_id(story.articles[0])
    assert "Korea Utara" in story.label


def test_reports_of_one_happening_join_and_other_happenings_stay_apart(
    sample_signatures: list[Signature], clickid_sample: list[Article]
) -> None:
    stories, _ = build(sample_signatures)
    groups = _by_title(stories, clickid_sample)
    nahrawi = {
        "KPK Tetapkan Menpora Imam Nahrawi sebagai Tersangka",
        "PKB Hormati KPK Tetapkan Menpora Imam Nahrawi Tersangka Suap",
    }
    twin_otter = {
        "Tim SAR Gabungan Cari Pesawat yang Hilang Kontak di Papua",
        "Pesawat Twin Otter Hilang Kontak dalam Penerbangan di Papua",
    }
    assert any(nahrawi <= g for g in groups)
    assert any(twin_otter <= g for g in groups)
    assert not any(nahrawi & g and twin_otter & g for g in groups)
    # the Kepri search and the RKUHP article 418 are different happenings
    assert not any(
        "KPK Geledah Kantor BPKAD dan Bappelitbang Kepri" in g
        and "Menkumham Usul Pasal 418 di RKUHP Dihapus" in g
        for g in groups
    )


@settings(max_examples=10, deadline=None)
@given(st.randoms(use_true_random=False))
def test_story_ids_do_not_depend_on_input_order(
    sample_signatures: list[Signature], rnd: random.Random
) -> None:
    expected, _ = build(sample_signatures)
    shuffled = list(sample_signatures)
    rnd.shuffle(shuffled)
    stories, _ = build(shuffled)
    assert stories == expected


def test_new_articles_join_existing_stories_without_reclustering(
    sample_signatures: list[Signature],
) -> None:
    weights = Weights()
    weights.add(sample_signatures)
    ordered = sorted(sample_signatures, key=lambda s: (s.day or "", s.id))
    first, later = ordered[:-6], ordered[-6:]
    _, clusterer = build(first, weights=weights)
    before = {a: s for a, s in clusterer.story_of.items()}
    for signature in later:
        clusterer.add(signature)
    after = clusterer.story_of
    assert all(after[a] == s for a, s in before.items())  # nothing moved
    incremental = clusterer.results()
    whole, _ = build(sample_signatures, weights=weights)
    assert incremental == whole
    assert clusterer.comparisons < len(sample_signatures) ** 2 / 2


def _signature(ident: str, title: str, day: str = "2019-09-17") -> Signature:
    return Signature(ident, day, "Okezone", title, terms_of(title, 4.0))


def test_a_report_linking_two_stories_of_one_happening_merges_them() -> None:
    # two stories founded separately for one happening (Kivlan Zen in hospital), a third on the
    # same man and day that is another happening (his trial), and a filler corpus for the IDF
    hospital = [
        _signature("a1", "Kivlan Zen Dirawat di RSPAD karena Infeksi Paru-paru"),
        _signature("a2", "Kivlan Zen Dirawat di RSPAD, Menhan Prihatin"),
    ]
    released = [
        _signature("b1", "Kivlan Zen Dirawat di RSPAD, Menhan Minta Dibebaskan"),
        _signature("b2", "Menhan Minta Kivlan Zen Dibebaskan karena Dirawat di RSPAD"),
    ]
    trial = [
        _signature("c1", "Sidang Kivlan Zen, Jaksa Bacakan Dakwaan Kepemilikan Senjata Api"),
        _signature("c2", "Dakwaan Senjata Api Kivlan Zen Dibacakan Jaksa di Sidang"),
    ]
    filler = [
        _signature(f"x{n}", title)
        for n, title in enumerate(
            [
                "Menhan Tinjau Latihan Gabungan TNI di Natuna",
                "Jaksa Tuntut Pelaku Pembunuhan 15 Tahun Penjara",
                "Pasien Infeksi Saluran Pernapasan Meningkat karena Asap",
                "Menteri Kesehatan Resmikan Rumah Sakit di Papua",
                "Sidang Perdana Kasus Suap Digelar Pekan Depan",
            ]
        )
    ]
    new = _signature("d1", "Dirawat di RSPAD, Kivlan Zen Diminta Menhan Dibebaskan dari Tahanan")
    weights = Weights()
    weights.add([*hospital, *released, *trial, *filler, new])
    clusterer = StoryClusterer(weights)
    for key, group in (("sa1", hospital), ("sb1", released), ("sc1", trial)):
        for signature in group:
            clusterer.seed(signature, key)
    clusterer.add(new)
    assert clusterer.resolve("sb1") == clusterer.resolve("sa1") == clusterer.story_of["d1"]
    assert clusterer.resolve("sc1") == "sc1"  # the trial shares the man, not the happening
    stories = {s.id: set(s.articles) for s in clusterer.results()}
    assert stories == {"sa1": {"a1", "a2", "b1", "b2", "d1"}, "sc1": {"c1", "c2"}}


def _filler(day: str = "2019-09-17") -> list[Signature]:
    return [
        _signature(f"x{n}", title, day)
        for n, title in enumerate(
            [
                "Menhan Tinjau Latihan Gabungan TNI di Natuna",
                "Jaksa Tuntut Pelaku Pembunuhan 15 Tahun Penjara",
                "Pasien Infeksi Saluran Pernapasan Meningkat karena Asap",
                "Menteri Kesehatan Resmikan Rumah Sakit di Papua",
                "Sidang Perdana Kasus Suap Digelar Pekan Depan",
                "Banjir Rendam Ratusan Rumah di Bekasi",
            ]
        )
    ]


def test_a_late_report_joins_a_small_story_only_when_it_tells_the_same_happening() -> None:
    sinking = [
        _signature("a1", "Kapal Pengangkut Pupuk Tenggelam di Perairan Masalembu", "2019-09-15"),
        _signature("a2", "Kapal Pupuk Tenggelam di Masalembu, 12 ABK Hilang", "2019-09-15"),
    ]
    prayer = "Warga Masalembu Gelar Doa untuk Korban Kapal Tenggelam"
    rescue = "ABK Kapal Pupuk yang Tenggelam di Masalembu Ditemukan Selamat"
    weights = Weights()
    weights.add(
        [*_filler("2019-09-15"), *sinking, _signature("p", prayer), _signature("r", rescue)]
    )

    def placed(title: str, day: str) -> str:
        clusterer = StoryClusterer(weights)
        for signature in sinking:
            clusterer.seed(signature, "sa1")
        return clusterer.add(_signature("new", title, day))

    # the prayer two days later shares the place and the sinking (a score above JOIN, below
    # LATE_JOIN): a new story; the same report on the day of the sinking joins it
    assert placed(prayer, "2019-09-17") == "new"
    assert placed(prayer, "2019-09-15") == "sa1"
    # the crew found two days later is plainly the same happening
    assert placed(rescue, "2019-09-17") == "sa1"


def test_consolidation_merges_stories_whose_centroids_came_to_agree() -> None:
    sinking = [
        _signature("a1", "Kapal Pengangkut Pupuk Tenggelam di Perairan Masalembu"),
        _signature("a2", "Kapal Pupuk Tenggelam di Masalembu, Basarnas Kerahkan Tim"),
    ]
    missing = [
        _signature("b1", "Dua Belas ABK Hilang di Laut Jawa, Keluarga Menunggu Kabar"),
        _signature("b2", "Keluarga Dua Belas ABK yang Hilang di Laut Jawa Datangi Posko"),
    ]
    # a report of both joins one story and links to the other, whose centroids still differ
    both = _signature("n1", "Kapal Pupuk Tenggelam di Masalembu, Dua Belas ABK Hilang di Laut Jawa")
    # a later report of the sinking tells of the missing crew in its lead only: its heaviest
    # terms (the blocks) are the sinking's, so it links to the sinking alone
    title = "Kapal Pengangkut Pupuk Tenggelam di Perairan Masalembu, Basarnas Kerahkan Tim"
    terms = terms_of(title, 4.0)
    lead = "Dua belas ABK hilang di Laut Jawa, keluarga datangi posko menunggu kabar"
    for term, weight in terms_of(lead, 2.0).items():
        terms[term] = terms.get(term, 0.0) + weight
    later = Signature("m1", "2019-09-17", "Sindonews", title, terms)
    weights = Weights()
    weights.add([*_filler(), *sinking, *missing, both, later])

    def clusterer_after_both(merge: float) -> StoryClusterer:
        clusterer = StoryClusterer(weights, merge=merge)
        for key, group in (("sa1", sinking), ("sb1", missing)):
            for signature in group:
                clusterer.seed(signature, key)
        clusterer.add(both)
        assert clusterer.resolve("sa1") != clusterer.resolve("sb1")  # step 5 did not merge
        assert [article for article, _ in clusterer.pending] == ["n1"]
        return clusterer

    clusterer = clusterer_after_both(merge=0.3)
    assert clusterer.add(later) == "sa1"
    assert clusterer.resolve("sb1") == "sb1"  # the later report linked to the sinking only
    assert clusterer.consolidate() == 1
    assert clusterer.resolve("sa1") == clusterer.resolve("sb1")
    assert not clusterer.pending
    # centroids that do not agree enough stay apart
    clusterer = clusterer_after_both(merge=0.5)
    clusterer.add(later)
    assert clusterer.consolidate() == 0
    assert clusterer.resolve("sa1") != clusterer.resolve("sb1")
