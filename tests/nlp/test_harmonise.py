"""Mapping GSD r2.1 annotation to the current guidelines, learned from parallel sentences."""

from __future__ import annotations

from warta.nlp.corpora import Sentence, Word
from warta.nlp.harmonise import learn


def sentence(sent_id: str, rows: list[tuple[str, str, int, str]], lemmas: bool = False) -> Sentence:
    return Sentence(
        sent_id,
        [
            Word(form, True, upos, "", form.lower() if lemmas else None, head, deprel)
            for form, upos, head, deprel in rows
        ],
    )


OLD = [("Ia", "PRON", 2, "nsubj"), ("akan", "ADV", 2, "advmod"), ("datang", "VERB", -1, "root")]
NEW = [("Ia", "PRON", 2, "nsubj"), ("akan", "AUX", 2, "aux"), ("datang", "VERB", -1, "root")]


def test_learned_mapping_moves_old_tags_to_new_ones() -> None:
    old = [sentence(f"s{i}", OLD) for i in range(3)]
    new = [sentence(f"s{i}", NEW, lemmas=True) for i in range(3)]
    harmoniser = learn(old, new, new)
    converted = harmoniser.apply(sentence("other", OLD))
    assert [w.upos for w in converted.words] == ["PRON", "AUX", "VERB"]
    assert [w.deprel for w in converted.words] == ["nsubj", "aux", "root"]
    assert [w.lemma for w in converted.words] == ["ia", "akan", "datang"]
    assert [w.head for w in converted.words] == [2, 2, -1]


def test_a_single_observation_is_not_enough() -> None:
    harmoniser = learn([sentence("s0", OLD)], [sentence("s0", NEW)], [])
    converted = harmoniser.apply(sentence("other", OLD))
    assert converted.words[1].upos == "ADV"


def test_sentences_with_different_text_are_ignored() -> None:
    changed = [("Dia", "PRON", 2, "nsubj"), *NEW[1:]]
    old = [sentence(f"s{i}", OLD) for i in range(3)]
    new = [sentence(f"s{i}", changed) for i in range(3)]
    assert learn(old, new, []).upos == {}


def test_context_decides_between_sconj_and_adp() -> None:
    before_verb_old = [("untuk", "ADP", 1, "case"), ("makan", "VERB", -1, "root")]
    before_verb_new = [("untuk", "SCONJ", 1, "mark"), ("makan", "VERB", -1, "root")]
    before_noun = [("untuk", "ADP", 1, "case"), ("rakyat", "NOUN", -1, "root")]
    old = [sentence(f"v{i}", before_verb_old) for i in range(3)]
    old += [sentence(f"n{i}", before_noun) for i in range(3)]
    new = [sentence(f"v{i}", before_verb_new) for i in range(3)]
    new += [sentence(f"n{i}", before_noun) for i in range(3)]
    harmoniser = learn(old, new, [])
    verb = harmoniser.apply(sentence("x", before_verb_old))
    noun = harmoniser.apply(sentence("y", before_noun))
    assert (verb.words[0].upos, verb.words[0].deprel) == ("SCONJ", "mark")
    assert (noun.words[0].upos, noun.words[0].deprel) == ("ADP", "case")


def test_previous_word_decides_when_the_next_does_not() -> None:
    # "kedua" after a noun (the second year) is ADJ, after a preposition (of both) NUM; the
    # next word is a noun in both, so only the previous word separates them.
    after_noun_old = [
        ("tahun", "NOUN", -1, "root"),
        ("kedua", "DET", 0, "det"),
        ("ini", "DET", 0, "det"),
    ]
    after_noun_new = [
        ("tahun", "NOUN", -1, "root"),
        ("kedua", "ADJ", 0, "amod"),
        ("ini", "DET", 0, "det"),
    ]
    after_adp = [("dari", "ADP", 2, "case"), ("kedua", "DET", 2, "det"), ("ini", "DET", -1, "root")]
    old = [sentence(f"a{i}", after_noun_old) for i in range(3)]
    old += [sentence(f"b{i}", after_adp) for i in range(3)]
    new = [sentence(f"a{i}", after_noun_new) for i in range(3)]
    new += [sentence(f"b{i}", after_adp) for i in range(3)]
    harmoniser = learn(old, new, [])
    assert harmoniser.apply(sentence("x", after_noun_old)).words[1].upos == "ADJ"
    assert harmoniser.apply(sentence("y", after_adp)).words[1].upos == "DET"


def test_ordinal_after_a_noun_becomes_adj_and_before_one_stays_num() -> None:
    harmoniser = learn([], [], [])
    post = harmoniser.apply(
        sentence("p", [("hari", "NOUN", -1, "root"), ("ketiga", "NUM", 0, "nummod")])
    )
    assert (post.words[1].upos, post.words[1].feats, post.words[1].deprel) == (
        "ADJ",
        "NumType=Ord",
        "amod",
    )
    pre = harmoniser.apply(
        sentence("q", [("kedua", "NUM", 1, "nummod"), ("negara", "NOUN", -1, "root")])
    )
    assert pre.words[0].upos == "NUM"
    count = harmoniser.apply(
        sentence("r", [("hari", "NOUN", -1, "root"), ("dua", "NUM", 0, "nummod")])
    )
    assert count.words[1].upos == "NUM"
