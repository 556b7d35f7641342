"""The predicate lexicon and the code tables: valid, unique, and expanded by the documented rules."""

from __future__ import annotations

import pytest

from warta.events import lexicon
from warta.events.lexicon import EventDataError, ber_prefix, expand, nasal_prefix


def test_code_tables_hold_the_sixteen_plover_types_and_quad_classes() -> None:
    types = lexicon.plover_types()
    assert len(types) == 16
    assert {t.quad_class for t in types.values()} == {1, 2, 3, 4}
    assert types["ASSAULT"].score == -9
    assert lexicon.cameo_codes()["042"] == "Make a visit"
    assert lexicon.cameo_codes()["106"] == "Demand withdrawal"
    assert "military" in lexicon.plover_contexts()


def test_every_predicate_has_a_valid_type_mode_context_and_cameo_code() -> None:
    types, modes = lexicon.plover_types(), lexicon.plover_modes()
    contexts, codes = lexicon.plover_contexts(), lexicon.cameo_codes()
    for predicate in lexicon.predicates():
        if predicate.type == "NONE":
            continue
        assert predicate.type in types, predicate
        assert predicate.mode is None or (predicate.type, predicate.mode) in modes, predicate
        assert set(predicate.contexts) <= contexts, predicate
        assert predicate.cameo in codes, predicate


def test_lexicon_covers_all_sixteen_types_with_several_hundred_entries() -> None:
    predicates = lexicon.predicates()
    assert {p.type for p in predicates} - {"NONE"} == set(lexicon.plover_types())
    assert len(predicates) >= 300
    assert len(lexicon.triggers()) >= 800


def test_forms_are_unique_and_normalised() -> None:
    forms = [p.form for p in lexicon.predicates()]
    assert len(forms) == len(set(forms))
    for form in forms:
        assert form == " ".join(form.split())
        assert form == form.lower() or form.startswith(("meN+", "LV+", "N+", "P+"))


@pytest.mark.parametrize(
    ("root", "active"),
    [
        ("kunjungi", "mengunjungi"),
        ("puji", "memuji"),
        ("tembak", "menembak"),
        ("serang", "menyerang"),
        ("kritik", "mengkritik"),
        ("protes", "memprotes"),
        ("dukung", "mendukung"),
        ("akui", "mengakui"),
        ("bantu", "membantu"),
        ("larang", "melarang"),
        ("cekal", "mencekal"),
        ("perintahkan", "memerintahkan"),
        ("nyatakan", "menyatakan"),
    ],
)
def test_nasal_prefix_follows_indonesian_assimilation(root: str, active: str) -> None:
    assert nasal_prefix(root) == active


def test_expand_gives_active_passive_light_verb_and_ber_forms() -> None:
    assert [s.text for s in expand("meN+kunjung+i")] == ["mengunjungi", "dikunjungi"]
    assert [s.text for s in expand("meN+tanda+tangan+i")] == ["menandatangani", "ditandatangani"]
    assert expand("meN+jatuh+kan sanksi")[0].text == "menjatuhkan sanksi"
    assert [s.text for s in expand("LV+kunjungan", ["melakukan", "menggelar"])] == [
        "melakukan kunjungan",
        "menggelar kunjungan",
    ]
    assert ber_prefix("temu") == "bertemu"
    assert ber_prefix("runding") == "berunding"
    assert expand("N+undangan")[0].voice == "nominal"


@pytest.mark.parametrize(
    ("surface", "kind", "cameo"),
    [
        ("mengunjungi", "CONSULT", "042"),
        ("berkunjung", "CONSULT", "042"),
        ("melakukan kunjungan", "CONSULT", "042"),
        ("bertemu", "CONSULT", "040"),
        ("melakukan pertemuan", "CONSULT", "040"),
        ("menerima kunjungan", "CONSULT", "043"),
        ("memuji", "SUPPORT", "051"),
        ("mengakui", "SUPPORT", "054"),
        ("mengecam", "ACCUSE", "111"),
        ("menuduh", "ACCUSE", "112"),
        ("menuntut", "REQUEST", "100"),
        ("menolak", "REJECT", "120"),
        ("menandatangani", "SUPPORT", "057"),
        ("menyepakati", "AGREE", "030"),
        ("mengancam", "THREATEN", "130"),
        ("berunjuk rasa", "PROTEST", "141"),
        ("menggelar aksi", "PROTEST", "141"),
        ("menangkap", "COERCE", "173"),
        ("menahan", "COERCE", "173"),
        ("menyerang", "ASSAULT", "190"),
        ("menembak", "ASSAULT", "193"),
        ("mengerahkan pasukan", "MOBILIZE", "154"),
        ("menjatuhkan sanksi", "SANCTION", "163"),
        ("membebaskan", "RETREAT", "0841"),
    ],
)
def test_issue_predicates_are_in_the_lexicon(surface: str, kind: str, cameo: str) -> None:
    predicate = lexicon.triggers()[surface].predicate
    assert (predicate.type, predicate.cameo) == (kind, cameo)


def test_longest_surface_wins_and_blocking_entries_are_typed_none() -> None:
    text = "Ia meminta maaf dan menahan diri, lalu polisi menahan tersangka."
    found = [m.group(0) for m in lexicon.trigger_pattern().finditer(text)]
    assert found == ["meminta maaf", "menahan diri", "menahan"]
    assert lexicon.triggers()["menahan diri"].predicate.type == "NONE"
    assert lexicon.triggers()["meminta maaf"].predicate.type == "SUPPORT"


def test_cue_contexts_are_plover_contexts() -> None:
    keywords = lexicon.context_keywords()
    assert keywords["pertahanan"] == "military"
    assert set(keywords.values()) <= lexicon.plover_contexts()
    cues = lexicon.cues()
    assert {"negation", "hypothetical", "plan", "reported", "light_verb"} <= set(cues)
    for kind, phrases in cues.items():
        assert len(phrases) == len(set(phrases)), kind


@pytest.mark.parametrize(
    ("name", "row", "loader", "message"),
    [
        (
            "predicates.tsv",
            "meN+puji\tPRAISE\t-\t-\t051\tobj\t-",
            "predicates",
            r"predicates.tsv:2: unknown PLOVER type",
        ),
        (
            "places.tsv",
            "capital\tJatim\tSurabaya",
            "places",
            r"places.tsv:2: 'Jatim' is not a province code",
        ),
    ],
)
def test_malformed_rows_raise_with_file_and_line(
    tmp_path, monkeypatch, name: str, row: str, loader: str, message: str
) -> None:
    bad = tmp_path / name
    bad.write_text(f"# header\n{row}\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "lang_file", lambda name, lang="id": bad)
    load = getattr(lexicon, loader)
    load.cache_clear()
    try:
        with pytest.raises(EventDataError, match=message):
            load()
    finally:
        load.cache_clear()


def test_one_surface_with_two_tails_keeps_both_predicates() -> None:
    trigger = lexicon.triggers()["adalah"]
    kinds = {(t.predicate.type, t.tail) for t in (trigger, *trigger.alternatives)}
    assert kinds == {("SUPPORT", "@praise"), ("ACCUSE", "@judgement")}


def test_places_name_a_city_for_landmarks_and_every_province() -> None:
    from warta.actors.kb import regions

    table = lexicon.places()
    assert table.landmarks["gedung merah putih"] == "Jakarta"
    provinces = {kode for kode, kind, _name in regions() if kind == "provinsi"}
    assert set(table.capitals) == provinces
    assert table.capitals["74"] == "Kendari"
