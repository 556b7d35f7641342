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
