"""The evaluation code on small committed fixtures (the full sets run in `make eval-nlp`)."""

from __future__ import annotations

from pathlib import Path

import spacy

import warta.nlp
from tests.nlp.conftest import NLP_DATA
from warta.nlp.corpora import read_conllu, read_ner, sentence_doc, sentence_text
from warta.nlp.evaluate import Counts, score_ner, score_segmentation, score_ud


def test_conllu_reader_joins_multiword_tokens() -> None:
    sentences = list(read_conllu(NLP_DATA / "gsd_test_sample.conllu"))
    assert len(sentences) == 30
    first = sentences[0]
    forms = [w.form for w in first.words]
    assert "nya" in [f.lower() for f in forms]
    text = sentence_text(first)
    doc = sentence_doc(spacy.blank("id").vocab, first)
    assert doc.text == text
    assert sum(1 for t in doc if t.dep_ == "ROOT") >= 1


def test_conllu_reader_splits_old_clitics(tmp_path: Path) -> None:
    path = tmp_path / "old.conllu"
    path.write_text(
        "# sent_id = x\n"
        "1\tIa\t_\tPRON\t_\t_\t2\tnsubj\t_\t_\n"
        "2\tmembeli\t_\tVERB\t_\t_\t0\troot\t_\t_\n"
        "3\trumahnya\t_\tNOUN\t_\t_\t2\tobj\t_\tSpaceAfter=No\n"
        "4\t.\t_\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n",
        encoding="utf-8",
    )
    (sentence,) = read_conllu(path, split_clitics=True)
    got = [(w.form, w.upos, w.head, w.deprel) for w in sentence.words]
    assert got == [
        ("Ia", "PRON", 1, "nsubj"),
        ("membeli", "VERB", -1, "root"),
        ("rumah", "NOUN", 1, "obj"),
        ("nya", "PRON", 2, "nmod:poss"),
        (".", "PUNCT", 1, "punct"),
    ]
    assert sentence_text(sentence) == "Ia membeli rumahnya."


def test_ner_reader_maps_labels(tmp_path: Path) -> None:
    path = tmp_path / "ner.tsv"
    path.write_text(
        "Kata\tO\nSusilo\tB-PERSON\nBambang\tI-PERSON\ndi\tO\nCikeas\tB-LOCATION\n"
        "(\tO\nKPK\tB-ORGANIZATION\n)\tO\nkemarin\tB-TIME\n\n",
        encoding="utf-8",
    )
    (sentence,) = read_ner(path)
    assert sentence.spans == ((1, 3, "PER"), (4, 5, "LOC"), (6, 7, "ORG"))


def test_counts_f1() -> None:
    counts = Counts(correct=8, gold=10, predicted=8)
    assert counts.precision == 100.0
    assert counts.recall == 80.0
    assert round(counts.f1, 2) == 88.89


def test_ud_scores_on_fixture() -> None:
    sentences = list(read_conllu(NLP_DATA / "gsd_test_sample.conllu"))
    scores = score_ud(warta.nlp.load(), sentences)
    assert scores.words == sum(len(s.words) for s in sentences)
    assert scores.f1("tokens") > 97
    assert scores.f1("upos") > 85
    assert scores.f1("las") > 55
    assert scores.f1("uas") >= scores.f1("las") >= scores.f1("las_full")


def test_ner_scores_on_fixture() -> None:
    sentences = list(read_ner(NLP_DATA / "idner_test_sample.txt"))
    scores = score_ner(warta.nlp.load("fast"), sentences)
    assert scores.sentences == 40
    assert scores.total.gold == sum(len(s.spans) for s in sentences)
    assert scores.total.f1 > 70
    assert set(scores.labels) <= {"PER", "ORG", "LOC"}


def test_segmentation_score_on_fixture() -> None:
    sentences = list(read_conllu(NLP_DATA / "gsd_test_sample.conllu"))
    counts = score_segmentation(warta.nlp.load("fast"), sentences)
    assert counts.gold == 30
    assert counts.f1 > 80
