"""The page-cleaning dev evaluation: its matching/metrics code and its committed gold."""

from __future__ import annotations

import html
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]


def _load(name: str, path: Path) -> ModuleType:
    # eval/ is not an installed package; load the modules from their files.
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


score = _load("eval_clean_score", REPO / "eval" / "clean" / "score.py")
build = _load("eval_clean_build", REPO / "eval" / "clean" / "build.py")

GOLD = [
    "JAKARTA, KOMPAS.com - Presiden Joko Widodo meresmikan jalan tol baru di Sumatera Utara, "
    "Jumat (13/9/2019).",
    "Peresmian itu dihadiri sejumlah menteri dan kepala daerah.",
    "“Jalan tol ini akan memangkas waktu tempuh hingga separuhnya,” kata Jokowi.",
]


def test_match_counts_dateline_initials_chrome_and_duplicate() -> None:
    predicted = [
        # the dateline dropped: still the first gold paragraph
        "Presiden Joko Widodo meresmikan jalan tol baru di Sumatera Utara, Jumat (13/9/2019).",
        # trailing editor initials are ignored
        "Peresmian itu dihadiri sejumlah menteri dan kepala daerah. (sya)",
        "Baca juga: Tol Trans Sumatera Dibuka Gratis Selama Dua Pekan",
        "Peresmian itu dihadiri sejumlah menteri dan kepala daerah.",
    ]
    result = score.match_paragraphs(predicted, GOLD, "JAKARTA, KOMPAS.com -")
    assert (result.tp, result.fp, result.fn, result.duplicates) == (2, 2, 1, 1)
    assert result.missed == [GOLD[2]]
    assert result.repeated == [predicted[3]]
    assert predicted[2] in result.extra


def test_match_quotes_are_normalised_and_small_repairs_are_fuzzy_matches() -> None:
    predicted = [
        GOLD[0],
        "Peresmian itu dihadiri sejumlah mentri dan kepala daerah.",  # one letter missing
        '"Jalan tol ini akan memangkas waktu tempuh hingga separuhnya," kata Jokowi.',
    ]
    result = score.match_paragraphs(predicted, GOLD)
    assert (result.tp, result.fp, result.fn, result.duplicates) == (3, 0, 0, 0)
    assert len(result.fuzzy) == 1


def test_match_does_not_pair_different_paragraphs_and_matches_gold_once() -> None:
    predicted = [
        "Peresmian itu dihadiri sejumlah menteri dan kepala daerah.",
        "Peresmian jalan tol itu tidak dihadiri gubernur karena sedang di Jakarta.",
    ]
    result = score.match_paragraphs(predicted, GOLD)
    assert (result.tp, result.fp, result.fn) == (1, 1, 2)


def test_similar_but_different_paragraph_is_a_miss_and_an_extra() -> None:
    near = "Peresmian itu dihadiri sejumlah menteri, gubernur dan bupati."  # ratio ~0.79
    result = score.match_paragraphs([GOLD[0], near, GOLD[2]], GOLD)
    assert (result.tp, result.fp, result.fn) == (2, 1, 1)
    assert result.missed == [GOLD[1]] and result.extra == [near]


def test_repeat_that_gold_itself_has_is_not_a_duplicate() -> None:
    gold = ['"Iya pak," jawab Maryam.', "Hakim lalu bertanya lagi soal uang itu.", GOLD[1]]
    gold.insert(2, '"Iya pak," jawab Maryam.')
    result = score.match_paragraphs(list(gold), gold)
    assert (result.tp, result.fp, result.fn, result.duplicates) == (4, 0, 0, 0)
    result = score.match_paragraphs([*gold, '"Iya pak," jawab Maryam.'], gold)
    assert (result.tp, result.fp, result.duplicates) == (4, 1, 1)


def test_totals_precision_recall_f1_and_page_fields() -> None:
    page = score.GoldPage(
        id="p1",
        part="synthetic",
        style="kompas",
        form="txt",
        paragraphs=GOLD,
        title="Jokowi Resmikan Tol Baru di Sumut",
        published="2019-09-13",
        dateline={"text": "JAKARTA, KOMPAS.com -", "place": "Jakarta", "tag": "KOMPAS.com"},
        editors=["Bayu Galih"],
    )
    prediction = score.Prediction(
        paragraphs=[GOLD[0], GOLD[1], "Tag Jokowi Tol"],
        title="Jokowi Resmikan Tol Baru di Sumut",
        published="2019-09-13T14:30",
        dateline=("JAKARTA", "KOMPAS.com"),
        names=["Bayu Galih"],
    )
    page_score = score.score_page(page, prediction)
    assert page_score.title_ok and page_score.date_ok and page_score.dateline_ok
    assert page_score.credits_found == 1
    totals = score.Totals()
    totals.add(page_score)
    totals.add(score.score_page(page, score.Prediction([], title="Tol", published="2019-09-14")))
    assert (totals.tp, totals.fp, totals.fn) == (2, 1, 4)
    assert abs(totals.precision - 2 / 3) < 1e-9
    assert abs(totals.recall - 2 / 6) < 1e-9
    assert abs(totals.f1 - 2 * (2 / 3) * (1 / 3) / (2 / 3 + 1 / 3)) < 1e-9
    assert totals.titles == [True, False] and totals.dates == [True, False]


def test_date_on_a_page_that_states_none_is_a_false_date() -> None:
    page = score.GoldPage("p2", "synthetic", "detik", "txt", GOLD, "Judul", None)
    assert score.score_page(page, score.Prediction(GOLD, published="2019-09-13")).false_date
    assert not score.score_page(page, score.Prediction(GOLD)).false_date


def test_split_clickid_paragraphs_at_sentence_commas_only() -> None:
    content = (
        'Ari mengatakan, kucingnya tercebur ke sumur.,"Enggak tahu kenapa bisa tercebur," '
        "kata Ari, Senin.,,,Petugas datang pukul 12.28 WIB."
    )
    assert build.split_paragraphs(content) == [
        "Ari mengatakan, kucingnya tercebur ke sumur.",
        '"Enggak tahu kenapa bisa tercebur," kata Ari, Senin.',
        "Petugas datang pukul 12.28 WIB.",
    ]


def test_committed_gold_paragraphs_appear_once_in_their_pages() -> None:
    gold_path = REPO / "eval" / "clean" / "gold" / "synthetic.jsonl"
    rows = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 120
    assert len({row["style"] for row in rows}) >= 8
    assert {row["form"] for row in rows} == {"txt", "html"}
    for row in rows:
        page = (REPO / row["source"]).read_text(encoding="utf-8")
        assert len(set(row["paragraphs"])) == len(row["paragraphs"]), row["id"]
        for paragraph in row["paragraphs"]:
            needle = paragraph if row["form"] == "txt" else html.escape(paragraph, quote=False)
            assert needle in page, (row["id"], paragraph[:60])
        assert row["title"] in (page if row["form"] == "txt" else html.unescape(page))
