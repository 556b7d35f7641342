"""Coding events on real Indonesian news sentences: frames, modality, dates, places."""

from __future__ import annotations

from dataclasses import replace

import pytest

from warta.events import EventCoder
from warta.records import Article, Event, Span
from warta.time import tag


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder()


def article(text: str, published: str = "2019-09-25") -> Article:
    body = Article(
        id="t",
        raw_id="r",
        source="test",
        source_text=text,
        text=text,
        paragraphs=(Span(0, len(text)),),
        source_spans=(Span(0, len(text)),),
        removed=(),
        published=published,
    )
    return replace(body, time_expressions=tuple(tag(text, published)))


def triples(events: tuple[Event, ...]) -> list[tuple[str, str, str]]:
    return [
        ("|".join(a.code for a in e.actors), e.type, "|".join(r.code for r in e.recipients))
        for e in events
    ]


def test_active_visit_codes_visitor_as_actor_and_host_as_recipient(coder: EventCoder) -> None:
    text = "Presiden Joko Widodo mengunjungi Jepang pada Senin (23/9/2019)."
    events = coder(article(text))
    assert triples(events) == [("IDNGOV", "CONSULT", "JPN")]
    assert events[0].mode == "visit"
    assert events[0].date == "2019-09-23"
    assert events[0].date_source == "time"


def test_host_reversal_menerima_kunjungan(coder: EventCoder) -> None:
    text = "Presiden Joko Widodo menerima kunjungan Perdana Menteri Australia Scott Morrison di Istana Bogor."
    events = coder(article(text))
    assert triples(events) == [("AUSGOV", "CONSULT", "IDNGOV")]
    assert events[0].mode == "visit"


def test_passive_di_form_swaps_actor_and_recipient(coder: EventCoder) -> None:
    text = "Menteri Luar Negeri Retno Marsudi dikecam Amerika Serikat pekan lalu."
    events = coder(article(text))
    assert triples(events) == [("USA", "ACCUSE", "IDNGOV")]


def test_ber_verb_takes_recipient_after_its_preposition(coder: EventCoder) -> None:
    text = "Menlu Retno Marsudi bertemu dengan Menlu China Wang Yi di Beijing, Kamis (26/9/2019)."
    events = coder(article(text, "2019-09-27"))
    assert triples(events) == [("IDNGOV", "CONSULT", "CHNGOV")]
    assert events[0].location is not None and events[0].location.text == "Beijing"
    assert events[0].mode == "visit"


def test_no_recipient_no_event_for_frames_that_require_one(coder: EventCoder) -> None:
    assert coder(article("Polisi menangkap sejumlah barang bukti di Jakarta.")) == ()


def test_negated_event_is_not_emitted_unless_asked(coder: EventCoder) -> None:
    text = (
        "Pyongyang dan Seoul tidak pernah menandatangani perjanjian damai dengan Amerika Serikat."
    )
    assert [e for e in coder(article(text)) if e.type == "SUPPORT"] == []
    keep = EventCoder(linker=coder.linker, keep_negated=True)
    negated = [e for e in keep(article(text)) if e.type == "SUPPORT"]
    assert len(negated) == 1 and negated[0].negated


def test_negation_scope_ends_at_tetapi(coder: EventCoder) -> None:
    text = "Amerika Serikat tidak menyerang Iran tetapi mengecam Iran."
    events = coder(article(text))
    assert triples(events) == [("USA", "ACCUSE", "IRN")]


def test_planned_visit_is_agree_with_future_flag(coder: EventCoder) -> None:
    text = "Presiden Joko Widodo akan mengunjungi Jepang pada Oktober 2019."
    events = coder(article(text))
    assert triples(events) == [("IDNGOV", "AGREE", "JPN")]
    assert events[0].future and events[0].base_type == "CONSULT"
    assert events[0].cameo == "036"


def test_hypothetical_is_flagged(coder: EventCoder) -> None:
    text = "Jika Amerika Serikat menyerang Iran, harga minyak akan naik."
    events = coder(article(text))
    assert triples(events) == [("USA", "ASSAULT", "IRN")]
    assert events[0].hypothetical


def test_reported_speech_keeps_the_speaker(coder: EventCoder) -> None:
    text = "“Kami mendukung Palestina,” kata Menlu Retno Marsudi di Jakarta."
    events = coder(article(text))
    assert triples(events) == [("IDNGOV", "SUPPORT", "PSE")]
    assert events[0].reported
    assert events[0].speaker is not None and events[0].speaker.code == "IDNGOV"


def test_old_date_is_historical_and_keeps_its_own_date(coder: EventCoder) -> None:
    text = "Pada tahun 2014, Presiden Vladimir Putin bertemu dengan Presiden Barack Obama."
    events = coder(article(text))
    assert triples(events) == [("RUSGOV", "CONSULT", "USAGOV")]
    assert events[0].historical and events[0].date == "2014"


def test_undated_event_takes_the_publication_date_with_lower_confidence(coder: EventCoder) -> None:
    events = coder(article("Amerika Serikat mengecam China atas penangkapan itu."))
    assert triples(events) == [("USA", "ACCUSE", "CHN")]
    assert events[0].date == "2019-09-25" and events[0].date_source == "published"
    assert events[0].date_confidence < 0.9


def test_compound_actor_is_one_event_with_two_actors(coder: EventCoder) -> None:
    events = coder(article("Rusia dan China mengecam Amerika Serikat."))
    assert triples(events) == [("RUS|CHN", "ACCUSE", "USA")]


def test_offsets_point_into_article_text(coder: EventCoder) -> None:
    text = "Menlu Retno Marsudi bertemu dengan Menlu China Wang Yi di Beijing."
    doc = article(text)
    for event in coder(doc):
        assert doc.text[event.trigger_start : event.trigger_end] == event.trigger
        assert event.start <= event.trigger_start < event.trigger_end <= event.end
        for link in (*event.actors, *event.recipients):
            assert doc.text[link.start : link.end] == link.text


def test_article_without_a_predicate_costs_no_linking(coder: EventCoder) -> None:
    class Exploding:
        def link_article(self, *args: object) -> object:
            raise AssertionError("linker called")

    lazy = EventCoder(linker=Exploding())  # type: ignore[arg-type]
    assert lazy(article("Cuaca di Jakarta cerah hari ini.")) == ()


def test_protest_site_is_the_recipient(coder: EventCoder) -> None:
    text = "Ribuan mahasiswa menggelar aksi unjuk rasa di depan Gedung DPR, Senin (23/9/2019)."
    events = coder(article(text))
    assert triples(events) == [("IDNEDU", "PROTEST", "IDNLEG")]
    assert events[0].mode == "demo"


def test_announced_protest_stays_protest_with_future_flag(coder: EventCoder) -> None:
    text = "Ribuan mahasiswa akan menggelar aksi unjuk rasa di depan Gedung DPR pekan depan."
    events = coder(article(text))
    assert [(e.type, e.future) for e in events] == [("PROTEST", True)]


def test_requested_content_is_not_an_event(coder: EventCoder) -> None:
    text = "Komnas HAM meminta agar DPR menunda pengesahan RKUHP."
    events = coder(article(text))
    assert [e.type for e in events] == ["REQUEST"]
    assert triples(events) == [("IDNHRI", "REQUEST", "IDNLEG")]


def test_opinion_about_what_should_happen_is_not_an_event(coder: EventCoder) -> None:
    assert coder(article("Menurut dia, polisi harus menangkap Veronica Koman.")) == ()


def test_compound_recipient_keeps_every_party(coder: EventCoder) -> None:
    events = coder(article("Amerika Serikat mengecam Rusia dan China."))
    assert triples(events) == [("USA", "ACCUSE", "RUS|CHN")]


def test_relative_clause_subject_is_the_noun_before_yang(coder: EventCoder) -> None:
    text = "Menteri memastikan tidak ada sanksi bagi mahasiswa yang menggelar aksi unjuk rasa."
    events = coder(article(text))
    assert [("|".join(a.code for a in e.actors), e.type) for e in events] == [("IDNEDU", "PROTEST")]


def test_pronoun_subject_takes_the_last_actor(coder: EventCoder) -> None:
    text = "Ratusan mahasiswa berunjuk rasa di depan Mabes Polri. Mereka menuntut polisi bertindak."
    events = coder(article(text))
    assert ("IDNEDU", "REQUEST", "IDNCOP") in triples(events)


def test_country_ending_an_unknown_name_is_not_an_actor(coder: EventCoder) -> None:
    text = "Himpunan Aktivis Indonesia menggelar demonstrasi di depan Gedung KPK."
    events = coder(article(text))
    assert all(a.code != "IDN" for e in events for a in e.actors)


def test_discontinuous_predicate_needs_its_tail_word(coder: EventCoder) -> None:
    text = "KPK menetapkan Bupati Jepara Ahmad Marzuqi sebagai tersangka kasus suap."
    assert triples(coder(article(text))) == [("IDNJUD", "ACCUSE", "IDNGOV")]
    assert coder(article("KPK menetapkan Bupati Jepara Ahmad Marzuqi sebagai pemenang.")) == ()


def test_dependency_parse_subject_is_used_when_given(coder: EventCoder) -> None:
    from dataclasses import dataclass as _dataclass

    @_dataclass(frozen=True)
    class Tok:
        start: int
        head: int
        dep: str

    text = "Amerika Serikat bersama Inggris mengecam Iran."
    doc = article(text)
    assert triples(coder(doc)) == [("USA", "ACCUSE", "IRN")]  # word order: the first name
    # A parse that makes Inggris the subject: Amerika(0) Serikat(1) bersama(2) Inggris(3)
    # mengecam(4) Iran(5) .(6)
    starts = [text.index(w) for w in ("Amerika", "Serikat", "bersama", "Inggris", "mengecam")]
    starts += [text.index("Iran"), len(text) - 1]
    heads = [3, 0, 0, 4, 4, 4, 4]
    deps = ["nmod", "flat", "case", "nsubj", "root", "obj", "punct"]
    parse = [Tok(s, h, d) for s, h, d in zip(starts, heads, deps, strict=True)]
    assert triples(coder(doc, parse=parse)) == [("GBR", "ACCUSE", "IRN")]
    assert triples(
        coder(doc, parse=[Tok(s, h, "dep") for s, h in zip(starts, heads, strict=True)])
    ) == [("USA", "ACCUSE", "IRN")]  # no nsubj in the parse: word order decides


def test_suspects_are_coded_as_criminals(coder: EventCoder) -> None:
    events = coder(article("Polisi menangkap tiga pelaku pembakaran hutan di Banyuasin."))
    assert triples(events) == [("IDNCOP", "COERCE", "IDNCRM")]
    assert events[0].mode == "arrest" and events[0].recipients[0].text == "pelaku"


def test_security_forces_are_coded_as_police(coder: EventCoder) -> None:
    text = "Aparat keamanan menembakkan gas air mata ke arah mahasiswa di Makassar."
    events = coder(article(text))
    assert triples(events) == [("IDNCOP", "ASSAULT", "IDNEDU")]
    assert events[0].mode == "crowd-control"


def test_pronoun_with_no_earlier_event_finds_its_antecedent(coder: EventCoder) -> None:
    text = (
        "Ratusan mahasiswa dari Universitas Trisakti berkumpul sejak pagi. "
        "Dalam aksinya, mereka meminta DPR segera merevisi undang-undang itu."
    )
    assert ("IDNEDU", "REQUEST", "IDNLEG") in triples(coder(article(text)))
    # A person pronoun does not take a group as its antecedent.
    text = "Ratusan mahasiswa berkumpul sejak pagi. Ia meminta DPR segera merevisi undang-undang."
    assert triples(coder(article(text))) == []


def test_place_in_apposition_is_not_the_subject(coder: EventCoder) -> None:
    text = "Polres Banyuasin, Sumatera Selatan, menangkap tiga orang pelaku pembakaran lahan."
    assert triples(coder(article(text))) == [("IDNCOP", "COERCE", "IDNCRM")]


def test_agentless_legal_passive_takes_the_article_law_enforcer(coder: EventCoder) -> None:
    text = (
        "Polda Metro Jaya menyelidiki kasus penipuan itu sejak Agustus. "
        "Sejauh ini, tiga pelaku telah ditetapkan sebagai tersangka."
    )
    assert ("IDNCOP", "ACCUSE", "IDNCRM") in triples(coder(article(text)))
    # Not for a passive outside the legal domain, and not without any law enforcer.
    assert triples(coder(article("Tiga pelaku telah ditetapkan sebagai tersangka."))) == []


def test_oleh_agent_after_a_date(coder: EventCoder) -> None:
    text = "Buronan itu ditangkap pada Kamis 17 September 2015 silam oleh Polda Sumbar."
    assert triples(coder(article(text))) == [("IDNCOP", "COERCE", "IDNCRM")]


def test_explain_says_why_a_predicate_was_not_coded(coder: EventCoder) -> None:
    reasons = coder.explain(article("Warga menangkap ikan di sungai."))
    assert [(trigger, reason) for _, _, trigger, reason in reasons] == [
        ("menangkap", "no recipient found (the frame requires one)")
    ]


def test_crowd_made_specific_is_the_actor(coder: EventCoder) -> None:
    text = "Massa yang terdiri dari mahasiswa itu melemparkan batu ke arah polisi."
    assert [(e.actors[0].code, e.type) for e in coder(article(text))] == [("IDNEDU", "PROTEST")]


def test_crowd_coming_to_an_organisation_is_a_protest(coder: EventCoder) -> None:
    crowd = coder(article("Ratusan mahasiswa mendatangi Mabes Polri pada Senin (23/9/2019)."))
    assert triples(crowd) == [("IDNEDU", "PROTEST", "IDNCOP")]
    text = "Pengurus pusat Muhammadiyah mendatangi kantor Komnas HAM pada Jumat (27/9)."
    visit = coder(article(text, published="2019-09-28"))
    assert [e.type for e in visit] == ["CONSULT"]


def test_meeting_of_a_compound_subject_goes_from_the_first_party(coder: EventCoder) -> None:
    text = "Badan Legislasi DPR bersama dengan pemerintah membahas revisi UU MD3."
    assert triples(coder(article(text))) == [("IDNLEG", "CONSULT", "IDNGOV")]


def test_protest_that_turns_violent_is_a_riot(coder: EventCoder) -> None:
    text = "Ribuan mahasiswa menggelar aksi demo di depan Gedung DPR yang berujung ricuh."
    events = coder(article(text))
    assert [(e.type, e.mode, e.cameo) for e in events] == [("PROTEST", "riot", "145")]


def test_protest_site_in_the_next_sentence(coder: EventCoder) -> None:
    text = "Mahasiswa kembali berunjuk rasa pada hari ini. Mereka hendak mendekati Gedung DPR."
    assert triples(coder(article(text)))[0] == ("IDNEDU", "PROTEST", "IDNLEG")


def test_arrested_civilian_is_coded_as_a_suspect(coder: EventCoder) -> None:
    text = "Polisi menangkap seorang warga bernama Tavipuddin."
    assert triples(coder(article(text))) == [("IDNCOP", "COERCE", "IDNCRM")]
    # Protesters keep their sector.
    text = "Polisi menangkap puluhan mahasiswa di depan Gedung DPR."
    assert triples(coder(article(text))) == [("IDNCOP", "COERCE", "IDNEDU")]


def test_request_with_no_addressee_asks_the_actor_of_its_content(coder: EventCoder) -> None:
    text = "NU meminta agar RUU Pesantren segera disahkan dalam rapat paripurna DPR."
    assert triples(coder(article(text))) == [("IDNREL", "REQUEST", "IDNLEG")]
    # A law named after an organisation is not that organisation.
    text = "Masyarakat terus mendesak agar revisi UU KPK tidak dilanjutkan."
    assert triples(coder(article(text))) == []


def test_pronoun_antecedent_keeps_a_compound_subject(coder: EventCoder) -> None:
    text = (
        "Badan Legislasi DPR dan pemerintah bertemu pada Senin (16/9/2019). "
        "Dalam rapat itu, mereka sepakat mempercepat pembahasan."
    )
    agree = [e for e in coder(article(text)) if e.type == "AGREE"]
    assert [sorted(a.code for a in e.actors) for e in agree] == [["IDNGOV", "IDNLEG"]]


def test_negative_judgement_is_criticism_of_what_is_judged(coder: EventCoder) -> None:
    text = (
        "Komnas HAM menilai revisi Undang-Undang Nomor 30 Tahun 2002 tentang Komisi "
        "Pemberantasan Korupsi yang baru disahkan DPR cacat formil."
    )
    assert triples(coder(article(text))) == [("IDNHRI", "ACCUSE", "IDNLEG")]
    # An approving judgement is support; a judgement that neither approves nor disapproves is
    # no event.
    text = "Komnas HAM menilai revisi undang-undang yang baru disahkan DPR sudah tepat."
    assert triples(coder(article(text))) == [("IDNHRI", "SUPPORT", "IDNLEG")]
    text = "Komnas HAM menilai revisi undang-undang yang baru disahkan DPR perlu dikaji."
    assert triples(coder(article(text))) == []


def test_stones_thrown_at_police_are_part_of_the_protest(coder: EventCoder) -> None:
    text = "Massa yang terdiri dari mahasiswa itu terlihat melemparkan batu ke arah polisi."
    assert triples(coder(article(text))) == [("IDNEDU", "PROTEST", "")]


def test_only_investigators_investigate(coder: EventCoder) -> None:
    assert triples(coder(article("Polisi memeriksa tiga tersangka kasus itu."))) == [
        ("IDNCOP", "ACCUSE", "IDNCRM")
    ]
    assert triples(coder(article("Menteri Agama memanggil sejumlah ulama ke kantornya."))) == []


def test_what_is_offered_in_a_talk_is_offered_to_the_partner(coder: EventCoder) -> None:
    text = (
        "Presiden Korea Selatan Moon Jae-in melakukan pembicaraan melalui telepon dengan "
        "Presiden Amerika Serikat Donald Trump. Moon menawarkan bantuan untuk rekonstruksi."
    )
    assert ("KORGOV", "AGREE", "USAGOV") in triples(coder(article(text)))


def test_a_name_after_mengenai_is_not_the_subject(coder: EventCoder) -> None:
    text = "Penyebar hoaks mengenai Presiden Joko Widodo meminta maaf kepada publik."
    assert all(e.actors[0].code != "IDNGOV" for e in coder(article(text)))


def test_sentence_initial_subject_with_a_long_relative_clause(coder: EventCoder) -> None:
    text = (
        "Sri Mulyani yang sedang menjadi pembicara dalam acara Youth Dialogue 2019 di Hotel "
        "Borobudur, Jakarta pada Selasa (17/9) juga sempat meminta maaf kepada peserta."
    )
    assert [(e.actors[0].code, e.type) for e in coder(article(text))] == [("IDNGOV", "SUPPORT")]


def test_organisation_named_with_its_region_is_the_subject(coder: EventCoder) -> None:
    text = "Kepolisian Kabupaten Gowa, Sulawesi Selatan, menjatuhkan sanksi pada 17 pelajar."
    assert triples(coder(article(text))) == [("IDNCOP", "SANCTION", "IDNEDU")]


def test_a_quantifier_makes_a_crowd_only_of_a_group(coder: EventCoder) -> None:
    text = "Puluhan pengurus pusat Muhammadiyah mendatangi kantor Komnas HAM, Jumat (27/9)."
    assert [e.type for e in coder(article(text, published="2019-09-28"))] == ["CONSULT"]


def test_an_anticipated_protest_is_not_reported_as_one(coder: EventCoder) -> None:
    text = "Menteri memanggil sejumlah rektor untuk mengantisipasi aksi demonstrasi mahasiswa."
    assert all(e.type != "PROTEST" for e in coder(article(text)))


def test_they_after_a_meeting_are_all_who_met(coder: EventCoder) -> None:
    text = (
        "Menteri Hukum dan HAM Yasonna Laoly bertemu dengan pimpinan KPK pada Senin (16/9/2019). "
        "Dalam pertemuan tersebut, mereka telah menyepakati sejumlah poin revisi."
    )
    agree = [e for e in coder(article(text)) if e.type == "AGREE"]
    assert [sorted(a.code[:6] for a in e.actors) for e in agree] == [["IDNGOV", "IDNJUD"]]
    assert agree[0].recipients == ()


def test_praise_in_reported_speech_is_support_by_the_speaker(coder: EventCoder) -> None:
    text = '"Beliau adalah seorang negarawan sejati," kata Presiden Joko Widodo tentang Habibie.'
    text = "Presiden ke-3 RI BJ Habibie wafat. " + text
    assert ("IDNGOV", "SUPPORT", "IDNELI") in triples(coder(article(text)))
    # Without a speaker, or without a word of praise, there is no event.
    assert triples(coder(article("Habibie adalah seorang negarawan sejati."))) == []
    text = '"Habibie adalah seorang insinyur," kata Presiden Joko Widodo.'
    assert triples(coder(article(text))) == []


def test_nominalised_transitive_verb_has_patient_genitive_and_oleh_agent(coder: EventCoder) -> None:
    text = "Penetapan Menpora sebagai tersangka oleh KPK mengejutkan banyak pihak."
    assert triples(coder(article(text))) == [("IDNJUD", "ACCUSE", "IDNGOV")]


def test_handing_back_the_mandate_is_a_concession(coder: EventCoder) -> None:
    text = "Ketua KPK Agus Rahardjo menyerahkan mandat kepada Presiden Joko Widodo."
    assert triples(coder(article(text))) == [("IDNJUD", "CONCEDE", "IDNGOV")]


def test_disagreeing_is_rejecting_what_is_disagreed_with(coder: EventCoder) -> None:
    text = "Presiden Joko Widodo tidak setuju terhadap revisi undang-undang inisiatif DPR."
    assert triples(coder(article(text))) == [("IDNGOV", "REJECT", "IDNLEG")]


def test_questioning_witnesses_is_no_accusation(coder: EventCoder) -> None:
    assert triples(coder(article("Polisi memeriksa enam orang saksi kasus itu."))) == []


def test_force_used_during_a_protest_targets_the_protesters(coder: EventCoder) -> None:
    text = (
        "Ribuan mahasiswa berunjuk rasa di depan Gedung DPR. "
        "Polisi kemudian menembakkan gas air mata."
    )
    assert ("IDNCOP", "ASSAULT", "IDNEDU") in triples(coder(article(text)))


def test_quoted_speaker_of_ujarnya_is_the_person_it_refers_to(coder: EventCoder) -> None:
    text = (
        "Presiden Joko Widodo menanggapi revisi itu. "
        '"Saya tidak setuju terhadap revisi undang-undang inisiatif DPR yang mengurangi tugas '
        'KPK," ujarnya.'
    )
    assert ("IDNGOV", "REJECT", "IDNLEG") in triples(coder(article(text)))


def test_a_bare_crowd_is_the_crowd_the_article_named(coder: EventCoder) -> None:
    text = (
        "Massa yang tergabung dalam Badan Eksekutif Mahasiswa menggelar demonstrasi di depan "
        "Gedung KPK. Kordinator massa kemudian melakukan orasi. Massa meminta DPR segera "
        "merevisi undang-undang itu."
    )
    request = [e for e in coder(article(text)) if e.type == "REQUEST"]
    assert [(e.actors[0].code, e.recipients[0].code) for e in request] == [("IDNEDU", "IDNLEG")]


def test_bare_office_word_is_its_holder_on_the_article_date(coder: EventCoder) -> None:
    text = "Ketua KPK Agus Rahardjo menyerahkan mandat kepada Presiden."
    assert triples(coder(article(text))) == [("IDNJUD", "CONCEDE", "IDNGOV")]


def test_suspects_counted_or_named_in_a_legal_passive(coder: EventCoder) -> None:
    text = (
        "Polda Kalimantan Barat menangani kasus kebakaran hutan. "
        "Sejauh ini, 249 orang dan enam korporasi telah ditetapkan sebagai tersangka."
    )
    got = triples(coder(article(text)))
    assert ("IDNCOP", "ACCUSE", "IDNCRM|IDNBUS") in got
    text = "Polres Purwakarta menyelidiki kecelakaan itu. Mingming ditetapkan tersangka."
    assert ("IDNCOP", "ACCUSE", "IDNCRM") in triples(coder(article(text)))


def test_undated_paragraph_continues_the_historical_date_before_it(coder: EventCoder) -> None:
    text = (
        "Perang Korea berakhir pada 27 Juli 1953.\n"
        "Pyongyang dan Seoul tidak pernah menandatangani perjanjian damai tetapi setuju "
        "membentuk Zona Demiliterisasi."
    )
    events = coder(article(text, published="2023-07-25"))
    assert [(e.type, e.historical, e.date, e.date_source) for e in events] == [
        ("AGREE", True, "1953-07-27", "context")
    ]


def test_terms_of_office_and_document_dates_date_no_event(coder: EventCoder) -> None:
    text = "Ketua MRP mencabut maklumat tanggal 21 Agustus 2019 pada Senin (9/9/2019)."
    assert [e.date for e in coder(article(text, published="2019-09-10"))] == ["2019-09-09"]
    text = "Komnas HAM meminta Komisi III DPR memilih pimpinan KPK periode 2019-2023."
    assert [e.date for e in coder(article(text, published="2019-09-10"))] == ["2019-09-10"]


def test_counted_people_are_recipients(coder: EventCoder) -> None:
    assert triples(coder(article("Polisi menangkap tiga orang di Jakarta."))) == [
        ("IDNCOP", "COERCE", "IDNCRM")
    ]
    assert triples(coder(article("Tentara menembak seorang pemuda di Wamena."))) == [
        ("IDNMIL", "ASSAULT", "IDNCVL")
    ]


def test_word_senses_that_are_no_events(coder: EventCoder) -> None:
    text = "Politikus itu menduduki jabatan Ketua DPR sejak Oktober."
    assert triples(coder(article(text))) == []
    text = "Pemerintah Provinsi DKI Jakarta membebaskan lahan warga untuk proyek jalan."
    assert triples(coder(article(text))) == []


def test_event_nouns_with_their_parties(coder: EventCoder) -> None:
    text = "Gugatan Komnas HAM terhadap Polri didaftarkan pekan lalu."
    assert triples(coder(article(text))) == [("IDNHRI", "ACCUSE", "IDNCOP")]
    text = "Ada protes dari Muhammadiyah terhadap DPR soal RUU itu."
    assert triples(coder(article(text))) == [("IDNREL", "ACCUSE", "IDNLEG")]


def test_a_promise_of_force_is_a_threat(coder: EventCoder) -> None:
    text = (
        "Perdana Menteri Israel Benjamin Netanyahu menjanjikan akan mencaplok wilayah "
        "Palestina jika dirinya berkuasa kembali."
    )
    events = coder(article(text))
    assert triples(events) == [("ISRGOV", "THREATEN", "PSE")]
    assert events[0].hypothetical


def test_passive_judgement_needs_an_oleh_agent(coder: EventCoder) -> None:
    text = "Masyarakat akan mencatat hal tersebut dianggap seorang pemimpin yang tidak bertanggung jawab."
    assert triples(coder(article(text))) == []


def test_a_negative_attribute_in_reported_speech_is_criticism(coder: EventCoder) -> None:
    text = "AJI menyatakan bahwa pihak kepolisian merupakan musuh bagi kebebasan pers."
    assert triples(coder(article(text))) == [("IDNMED", "ACCUSE", "IDNCOP")]


def test_a_period_running_from_now_is_not_a_plan(coder: EventCoder) -> None:
    text = (
        "Kejari Sidoarjo melakukan penahanan kembali terhadap dua tersangka selama 20 hari ke "
        "depan."
    )
    events = coder(article(text))
    assert [(e.type, e.future) for e in events] == [("COERCE", False)]


def test_a_plan_word_of_another_verb_makes_no_plan(coder: EventCoder) -> None:
    text = (
        "Kepercayaan global akan terpengaruh dengan pengunduran diri Menteri Keuangan Sri Mulyani."
    )
    assert [(e.type, e.future) for e in coder(article(text))] == [("RETREAT", False)]


def test_a_commitment_to_no_one_is_no_agreement(coder: EventCoder) -> None:
    assert coder(article("Pemerintah berkomitmen menjaga pembayaran bunga utang.")) == ()
    text = "Pemerintah berkomitmen dengan DPR untuk menuntaskan revisi undang-undang itu."
    assert triples(coder(article(text))) == [("IDNGOV", "AGREE", "IDNLEG")]


def test_signing_needs_a_counterpart_or_two_signatories(coder: EventCoder) -> None:
    assert coder(article("Presiden telah menandatangani keputusan pembentukan kementerian.")) == ()


def test_a_capitalised_noun_inside_a_name_is_no_event(coder: EventCoder) -> None:
    text = "Polri menerapkan sistem baru di Tempat Pemeriksaan Imigrasi Bandara Soekarno-Hatta."
    assert all(e.trigger != "Pemeriksaan" for e in coder(article(text)))


def test_speakers_are_not_subjects_of_what_they_report(coder: EventCoder) -> None:
    text = "Barang-barang yang ditemukan, jelas Risal, telah disita oleh penyidik Kejari Lembata."
    assert all(r.text != "Risal" for e in coder(article(text)) for r in e.recipients)
    text = (
        "Presiden Amerika Serikat Donald Trump menyebut beberapa negara di Timur Tengah telah "
        "menawarkan pengiriman pasukan ke Gaza."
    )
    assert all(e.actors[0].code[:3] != "USA" for e in coder(article(text)))


def test_a_thing_named_after_an_organisation_is_no_recipient(coder: EventCoder) -> None:
    text = "Polisi telah mengamankan plat nomor Polri palsu dari mobil tersebut."
    assert triples(coder(article(text))) == []


def test_pelaku_usaha_are_businesses(coder: EventCoder) -> None:
    text = "Demonstrasi pelaku pariwisata di Gedung Sate berujung penutupan jalan."
    assert [e.actors[0].code for e in coder(article(text))] == ["IDNBUS"]


def test_a_subject_across_a_contrasting_clause_is_not_the_subject(coder: EventCoder) -> None:
    text = (
        "Jaksa mengatakan AJS melakukan diskusi dengan sejumlah perusahaan reasuransi, tapi "
        "mayoritas menolak kerja sama dengan AJS."
    )
    assert all(e.type != "REJECT" for e in coder(article(text)))


def test_mendorong_is_a_request_only_with_its_content(coder: EventCoder) -> None:
    text = "Hasil ini dapat mendorong pemenang minoritas dalam parlemen."
    assert coder(article(text)) == ()
    text = "Komnas HAM mendorong DPR agar segera mengesahkan RUU itu."
    assert triples(coder(article(text))) == [("IDNHRI", "REQUEST", "IDNLEG")]


def test_patients_of_legal_passives_by_pronoun_number_or_topic_name(coder: EventCoder) -> None:
    text = "Polres Subulussalam menyelidiki kasus itu. Keduanya telah ditetapkan menjadi tersangka."
    assert ("IDNCOP", "ACCUSE", "IDNCRM") in triples(coder(article(text)))
    text = (
        "Kejaksaan Negeri Subulussalam menerima pelimpahan perkara itu. Edi Suhendri yang "
        "diduga melakukan pelanggaran ditahan pihak Kejaksaan Negeri setempat."
    )
    assert ("IDNJUD", "COERCE", "IDNCRM") in triples(coder(article(text)))


def test_a_deployed_force_is_the_actor_of_its_deployment(coder: EventCoder) -> None:
    text = "Sejumlah aparat kepolisian diterjunkan ke lokasi unjuk rasa."
    assert triples(coder(article(text))) == [("IDNCOP", "MOBILIZE", "")]


def test_hoping_that_someone_acts_is_a_request(coder: EventCoder) -> None:
    text = "KPK berharap para menteri dapat membuktikan kinerjanya secepatnya."
    assert triples(coder(article(text))) == [("IDNJUD", "REQUEST", "IDNGOV")]


def test_rejecting_a_request_rejects_who_asked(coder: EventCoder) -> None:
    text = "Pemprov DKI Jakarta menolak permohonan yang diajukan oleh Komnas HAM."
    assert ("IDNGOV", "REJECT", "IDNHRI") in triples(coder(article(text)))


def test_not_answering_a_summons_is_a_rejection(coder: EventCoder) -> None:
    text = "Komnas HAM tidak akan memenuhi panggilan polisi atas kasus itu."
    assert triples(coder(article(text))) == [("IDNHRI", "REJECT", "IDNCOP")]


def test_an_unknown_name_before_the_predicate_is_the_subject(coder: EventCoder) -> None:
    text = "Menurut rakyat, pemilu itu penting. Aria berharap Bawaslu terus memperkuat pengawasan."
    assert all(e.actors[0].code != "IDNCVL" for e in coder(article(text)))
    # The unknown holder of a known title is coded by the title.
    text = "Ketua MRP Timotius Murib mencabut maklumat itu."
    assert [e.actors[0].code for e in coder(article(text))] == ["IDNGOV"]


def test_what_could_happen_is_no_event(coder: EventCoder) -> None:
    text = "Putusan pengadilan banding itu masih bisa digugat ke Mahkamah Agung."
    assert coder(article(text)) == ()


def test_groups_take_the_foreign_country_of_their_place(coder: EventCoder) -> None:
    text = "Nancy Pelosi mengadakan konferensi pers dengan aktivis demokrasi Hong Kong pada Rabu."
    assert triples(coder(article(text))) == [("USALEG", "CONSULT", "HKGOPP")]
    text = "Ribuan mahasiswa menggelar unjuk rasa di Lima, Peru."
    assert [e.actors[0].code for e in coder(article(text))] == ["PEREDU"]
    assert triples(coder(article("Polisi menangkap tiga mahasiswa di Jakarta."))) == [
        ("IDNCOP", "COERCE", "IDNEDU")
    ]


def test_examined_as_witnesses_is_no_accusation(coder: EventCoder) -> None:
    text = "Dua warga negara Rusia sudah diperiksa sebagai saksi oleh Polda Bali."
    assert coder(article(text)) == ()


def test_what_a_quote_hopes_ends_at_the_quote(coder: EventCoder) -> None:
    text = '"Kami berharap produk lokal semakin dikenal," ujar Menteri Koperasi Teten Masduki.'
    assert coder(article(text)) == ()


def test_a_document_of_an_event_is_not_the_event(coder: EventCoder) -> None:
    text = "Calon wajib menyerahkan surat pernyataan pengunduran diri dari jabatan pegawai negeri."
    assert coder(article(text)) == ()


def test_a_person_is_never_the_title_of_another(coder: EventCoder) -> None:
    text = (
        "Ketua Umum Demokrat SBY menyatakan dukungannya untuk pemerintahan Joko Widodo-Ma’ruf Amin."
    )
    assert triples(coder(article(text)))[0] == ("IDNPTY", "SUPPORT", "IDNGOV")


def test_a_relative_clause_of_an_unknown_head_has_no_subject(coder: EventCoder) -> None:
    text = "Iran mengendalikan kelompok-kelompok yang telah melancarkan serangan ke Arab Saudi."
    assert all(e.type != "ASSAULT" for e in coder(article(text)))


def test_what_someone_can_do_is_no_event(coder: EventCoder) -> None:
    assert coder(article("Presiden dapat meminta DPR menunda pembahasan RUU itu.")) == ()


def test_going_on_supporting_is_support_not_a_plan(coder: EventCoder) -> None:
    text = "PAN menegaskan mereka akan terus mendukung Presiden Joko Widodo."
    assert [(e.type, e.future) for e in coder(article(text))] == [("SUPPORT", False)]


def test_hostilities_between_two_sides_are_an_assault(coder: EventCoder) -> None:
    text = (
        "Permusuhan antara Korea Utara yang didukung China, melawan Korea Selatan yang didukung "
        "sekutu Barat, berakhir pada 27 Juli 1953."
    )
    events = [e for e in coder(article(text, published="2023-07-25")) if e.type == "ASSAULT"]
    assert [(triples((e,))[0], e.historical, e.date) for e in events] == [
        (("PRK", "ASSAULT", "KOR"), True, "1953-07-27")
    ]


def test_an_undated_event_takes_the_date_of_the_story_so_far(coder: EventCoder) -> None:
    text = (
        "Pada Jumat (27/9) kemarin aksi demo mahasiswa di Makassar berujung ricuh.\n"
        "Polisi pun membalas dengan menembakkan gas air mata."
    )
    events = [e for e in coder(article(text, published="2019-09-28")) if e.type == "ASSAULT"]
    assert [(e.date, e.date_source) for e in events] == [("2019-09-27", "context")]
    # A date long before the article is no narrative date: the publication date stands.
    text = "Pada 2 Januari 2019 terjadi banjir.\nPolisi menangkap tiga orang pelaku di Makassar."
    events = coder(article(text, published="2019-09-28"))
    assert [(e.date, e.date_source) for e in events] == [("2019-09-28", "published")]


def test_they_in_a_report_after_a_meeting_are_all_who_met(coder: EventCoder) -> None:
    text = (
        "Menteri Hukum dan HAM Yasonna Laoly bertemu pimpinan KPK pada Senin (16/9/2019). "
        "Dalam pertemuan tersebut, Yasonna mengklaim mereka telah menyepakati sejumlah poin."
    )
    agree = [e for e in coder(article(text)) if e.type == "AGREE"]
    assert [sorted(a.code[:6] for a in e.actors) for e in agree] == [["IDNGOV", "IDNJUD"]]


def test_expressing_agreement_with_someone_is_support(coder: EventCoder) -> None:
    text = "Mereka mengungkapkan kesetujuannya terhadap DPR yang ingin merevisi UU KPK."
    text = "Ratusan mahasiswa berkumpul di Senayan. " + text
    assert ("IDNEDU", "SUPPORT", "IDNLEG") in triples(coder(article(text)))


def test_guarding_an_institution_is_support_unless_police_escort(coder: EventCoder) -> None:
    text = "Kami Fraksi Partai Demokrat akan terus mengawal KPK."
    assert triples(coder(article(text))) == [("IDNLEG", "SUPPORT", "IDNJUD")]
    assert coder(article("Polisi mengawal mahasiswa menuju Gedung DPR.")) == ()


def test_a_protest_noun_needs_a_protesting_subject(coder: EventCoder) -> None:
    text = "Ketua MPR Bambang Soesatyo mengingatkan dinamika demonstrasi sudah berubah."
    assert all(e.type != "PROTEST" for e in coder(article(text)))


def test_escorting_a_protest_is_neither_support_nor_a_new_protest(coder: EventCoder) -> None:
    text = "Komnas HAM menilai aparat dalam mengawal unjuk rasa mahasiswa kemarin terlalu represif."
    assert all(e.type not in ("SUPPORT", "PROTEST") for e in coder(article(text)))


def test_protesters_demand_of_the_target_of_their_protest(coder: EventCoder) -> None:
    text = (
        "Ratusan mahasiswa mendatangi Mabes Polri pada Senin (23/9/2019). "
        "Mereka menuntut agar segera dilakukan penangkapan terhadap provokator."
    )
    assert ("IDNEDU", "REQUEST", "IDNCOP") in triples(coder(article(text)))


def test_comitative_partner_with_a_parenthesised_title(coder: EventCoder) -> None:
    text = (
        "Baleg DPR bersama dengan Menteri Dalam Negeri (Mendagri) Tjahjo Kumolo selesai "
        "membahas revisi UU MD3."
    )
    assert triples(coder(article(text))) == [("IDNLEG", "CONSULT", "IDNGOV")]


def test_coordinated_predicate_shares_the_subject_of_a_passive(coder: EventCoder) -> None:
    text = (
        "Situasi berhasil diredam setelah para mahasiswa diterima dan melakukan audiensi "
        "dengan Ketua DPRD Jambi."
    )
    assert triples(coder(article(text))) == [("IDNEDU", "CONSULT", "IDNLEG")]


def test_a_fronted_name_says_who_the_crowd_is(coder: EventCoder) -> None:
    text = (
        "Diketahui ada sekelompok massa yang berdemonstrasi dan mengapresiasi DPR. "
        "Mengatasnamakan diri sebagai Aliansi Mahasiswa dan Pemuda Peduli KPK, massa "
        "tersebut menggelar aksi di depan Gedung Parlemen, Senayan, Jakarta."
    )
    found = triples(coder(article(text)))
    assert ("IDNEDU", "SUPPORT", "IDNLEG") in found
    assert all(actor == "IDNEDU" for actor, _, _ in found)


def test_a_bare_aksi_is_a_protest_only_with_a_protesting_group(coder: EventCoder) -> None:
    demand = "Aksi mahasiswa menuntut pemerintah segera atasi bencana kebakaran hutan."
    assert triples(coder(article(demand))) == [
        ("IDNEDU", "PROTEST", "IDNGOV"),
        ("IDNEDU", "REQUEST", "IDNGOV"),
    ]
    for text in ("Mulanya aksi berjalan damai.", "Aksi teror kelompok itu menewaskan tiga orang."):
        assert coder(article(text)) == ()


def test_a_negated_verb_does_not_negate_the_event_noun_after_it(coder: EventCoder) -> None:
    text = (
        "Wakil Ketua Komisi X DPR berharap kerja pemerintah tidak terganggu dengan penetapan "
        "Menteri Pemuda dan Olahraga sebagai tersangka oleh Komisi Pemberantasan Korupsi (KPK)."
    )
    assert ("IDNJUD", "ACCUSE", "IDNGOV") in triples(coder(article(text)))
    negated = "KPK tidak melakukan penangkapan terhadap Menpora."
    assert coder(article(negated)) == ()


def test_an_agentless_legal_passive_takes_a_named_investigating_unit(
    coder: EventCoder,
) -> None:
    text = (
        "Manajer operasional PT JTJ ditetapkan sebagai tersangka kasus kecelakaan maut. "
        '"Ia jadi tersangka oleh penyidik Satlantas Polres Purwakarta," ujar Kombes Trunoyudo.'
    )
    events = coder(article(text))
    assert [e.actors[0].code for e in events if e.type == "ACCUSE"] == ["IDNCOP"]


def test_a_threat_targets_whom_the_threatened_act_would_hit(coder: EventCoder) -> None:
    text = (
        "Otoritas penegak hukum Indonesia melalui Kepolisian Daerah (Polda) Jawa Timur mengancam "
        "akan mengeluarkan red notice Interpol untuk menangkap aktivis Veronica Koman."
    )
    assert triples(coder(article(text))) == [("IDNCOP", "THREATEN", "IDNOPP")]


def test_those_who_attend_a_meeting_are_its_other_party(coder: EventCoder) -> None:
    text = (
        "Presiden Joko Widodo menggelar rapat terbatas di Istana Bogor yang dihadiri oleh "
        "Kapolri Tito Karnavian."
    )
    assert triples(coder(article(text))) == [("IDNGOV", "CONSULT", "IDNCOP")]
    alone = "Presiden Joko Widodo menggelar rapat terbatas di Istana Bogor."
    assert coder(article(alone)) == ()


def test_where_someone_is_does_not_make_them_foreign(coder: EventCoder) -> None:
    text = (
        "Polda Jawa Timur mengancam akan menangkap aktivis Veronica Koman yang berada di Australia."
    )
    assert triples(coder(article(text))) == [("IDNCOP", "THREATEN", "IDNOPP")]


def test_a_landmark_or_a_regional_building_locates_the_event_in_its_city(
    coder: EventCoder,
) -> None:
    events = coder(article("Mahasiswa berunjuk rasa di depan Gedung DPRD Sulawesi Tenggara."))
    assert events[0].location is not None
    assert (events[0].location.text, events[0].location.name) == (
        "DPRD Sulawesi Tenggara",
        "Kendari",
    )
    kpk = coder(article("Ratusan mahasiswa mendatangi Gedung Merah Putih KPK."))
    assert kpk[0].location is not None and kpk[0].location.name == "Jakarta"


def test_a_chain_of_places_after_a_building_gives_its_city(coder: EventCoder) -> None:
    text = "Massa menggelar aksi di Gedung KPK, Kuningan, Jakarta Selatan, Jumat (13/9/2019)."
    events = coder(article(text))
    assert events[0].location is not None and events[0].location.text == "Jakarta Selatan"
    town = coder(article("Polisi menangkap tiga orang di Depok, Jawa Barat."))
    assert town[0].location is not None and town[0].location.text == "Depok"


def test_an_event_with_no_place_of_its_own_takes_the_scene_of_the_story(
    coder: EventCoder,
) -> None:
    text = (
        "Ratusan mahasiswa menggelar aksi di Makassar, Jumat (27/9/2019). "
        "Mereka menuntut DPR membatalkan revisi UU KPK."
    )
    events = coder(article(text))
    assert [e.location.text if e.location else None for e in events] == ["Makassar", "Makassar"]
    far = (
        "Ratusan mahasiswa menggelar aksi di Makassar. Cuaca cerah. Jalan ramai. Toko buka. "
        "Pasar sepi. Presiden Joko Widodo meminta DPR menunda pengesahan RKUHP."
    )
    request = [e for e in coder(article(far)) if e.type == "REQUEST"]
    assert len(request) == 1 and request[0].location is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Komisi X DPR mengingatkan Menteri Pemuda dan Olahraga agar berhati-hati.",
            ("IDNLEG", "REQUEST", "IDNGOV"),
        ),
        (
            "Gubernur Jawa Barat melaporkan seorang warga ke Polda Jawa Barat.",
            ("IDNGOV", "ACCUSE", "IDNCRM"),
        ),
        (
            "Polisi menyebut ibu tiri korban sudah jadi tersangka.",
            ("IDNCOP", "ACCUSE", "IDNCRM"),
        ),
        ("Anggota DPRD itu menendang seorang warga.", ("IDNLEG", "ASSAULT", "IDNCVL")),
        ("Ketua DPR menilai langkah Presiden sudah tepat.", ("IDNLEG", "SUPPORT", "IDNGOV")),
        (
            "Kapolri siap melaksanakan arahan Presiden Joko Widodo.",
            ("IDNCOP", "AGREE", "IDNGOV"),
        ),
        (
            '"Saya perintahkan Kapolri untuk menindak tegas," kata Presiden Joko Widodo.',
            ("IDNGOV", "REQUEST", "IDNCOP"),
        ),
        ("Ketua DPR menilai langkah Presiden tidak tepat.", ("IDNLEG", "ACCUSE", "IDNGOV")),
    ],
)
def test_appeals_reports_suspects_kicks_and_judgements(
    coder: EventCoder, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(coder(article(text)))


def test_what_a_request_asks_for_is_not_an_event_of_its_own(coder: EventCoder) -> None:
    text = (
        "Indonesia Corruption Watch (ICW) mendesak KPK segera menetapkan Menpora sebagai tersangka."
    )
    assert triples(coder(article(text))) == [("IDNNGO", "REQUEST", "IDNJUD")]


def test_dewan_alone_in_a_title_is_the_legislature(coder: EventCoder) -> None:
    # "Dewan" alone is the (regional) legislature (warta.actors, context_words.tsv
    # legislature_word), as the events dev gold codes this sentence (excerpt 88: IDNEDU CONSULT
    # IDNLEG); before, it was an unknown body coded only by the country and no actor.
    text = "Mahasiswa melakukan audiensi dengan Wakil Ketua Dewan, Rocky Candra."
    assert triples(coder(article(text))) == [("IDNEDU", "CONSULT", "IDNLEG")]


def test_a_subject_after_a_fronted_concessive_clause(coder: EventCoder) -> None:
    text = (
        "Meski banyak pihak yang menentang, Partai Demokrasi Indonesia Perjuangan (PDIP) justru "
        "memberikan dukungan kepada DPR."
    )
    assert ("IDNPTY", "SUPPORT", "IDNLEG") in triples(coder(article(text)))


def test_a_judgement_after_a_comma(coder: EventCoder) -> None:
    text = (
        "Dekan Fakultas Hukum Universitas Indonesia Gandjar Laksamana menilai, DPR dan "
        "pemerintah begitu terburu-buru mengesahkan revisi UU KPK."
    )
    assert triples(coder(article(text))) == [("IDNEDU", "ACCUSE", "IDNLEG|IDNGOV")]


def test_we_in_a_body_is_that_body(coder: EventCoder) -> None:
    text = (
        '"Ya, pertama kami di Komisi III tentu sangat mengapresiasi ketegasan Presiden Joko '
        'Widodo," kata Habiburokhman.'
    )
    assert triples(coder(article(text))) == [("IDNLEG", "SUPPORT", "IDNGOV")]


def test_a_generic_object_spelt_out_gives_the_recipients(coder: EventCoder) -> None:
    text = (
        "Wakil Ketua Komisi III DPR kemudian mengapresiasi lembaga-lembaga penegak hukum, "
        "yakni Polri, Kejagung dan KPK."
    )
    assert triples(coder(article(text))) == [("IDNLEG", "SUPPORT", "IDNCOP|IDNJUD|IDNJUD")]
    plain = "Wakil Ketua Komisi III DPR kemudian mengapresiasi lembaga-lembaga penegak hukum."
    assert coder(article(plain)) == ()


def test_officers_questioned_are_not_their_own_questioners(coder: EventCoder) -> None:
    text = (
        "Ketiga oknum polisi yang menggunakan senjata itu sedang dimintai keterangan di "
        "Bidpropam Polda Lampung."
    )
    events = coder(article(text))
    assert triples(events) == [("IDNCOP", "ACCUSE", "IDNCOP")]
    assert events[0].actors[0].text == "Bidpropam Polda Lampung"


def test_what_happened_when_is_a_fact_even_inside_a_purpose(coder: EventCoder) -> None:
    text = (
        "Mereka meminta agar Komnas HAM mengusut kasus penembakan dua kader IMM saat unjuk rasa "
        "mahasiswa di Gedung DPRD Sulawesi Tenggara."
    )
    found = triples(coder(article(text)))
    assert ("IDNEDU", "PROTEST", "IDNLEG") in found
    assert not any(t == "ACCUSE" for _, t, _ in found)  # mengusut stays what is asked for


def test_a_lead_takes_the_place_of_the_next_sentence_unless_it_names_a_site(
    coder: EventCoder,
) -> None:
    lead = (
        "Ratusan mahasiswa menuntut DPR membatalkan revisi UU KPK. Aksi damai dilakukan di depan "
        "Gedung DPR/MPR, Senayan, Jakarta."
    )
    events = coder(article(lead))
    assert events[0].location is not None and events[0].location.text == "Jakarta"
    site = (
        "Puluhan mahasiswa mendatangi kantor Komnas HAM. Mereka berunjuk rasa di Makassar kemarin."
    )
    assert coder(article(site))[0].location is None


def test_an_unknown_person_arrested_or_charged_is_a_suspect(coder: EventCoder) -> None:
    text = "Bareskrim Polri menetapkan Lisa Mariana sebagai tersangka kasus pencemaran nama baik."
    assert triples(coder(article(text))) == [("IDNCOP", "ACCUSE", "IDNCRM")]
    assert triples(coder(article("Polisi menangkap Budi Santoso di rumahnya."))) == [
        ("IDNCOP", "COERCE", "IDNCRM")
    ]
    # A name with an apposition is coded by its role, not as a suspect.
    text = "KPK menetapkan Miftahul Ulum, asisten pribadi menteri, sebagai tersangka."
    assert ("IDNJUD", "ACCUSE", "IDNCRM") not in triples(coder(article(text)))
    # Not for events that are no arrest or charge.
    assert coder(article("Presiden memuji Budi Santoso atas prestasinya.")) == ()


def test_a_purpose_clause_with_its_own_subject_is_no_event(coder: EventCoder) -> None:
    text = "Ratusan polisi berjaga di lokasi supaya mereka segera menangkap pelaku kerusuhan."
    assert coder(article(text)) == ()


def test_questioning_and_compliance(coder: EventCoder) -> None:
    text = "Anggota Polres Bogor itu menjalani pemeriksaan di Bidpropam Polda Jawa Barat."
    assert triples(coder(article(text))) == [("IDNCOP", "ACCUSE", "IDNCOP")]
    # Someone questioned whom the knowledge base lacks is no suspect.
    assert coder(article("Roy Suryo menjalani pemeriksaan di Polda Metro Jaya.")) == ()
    text = "Komisi Pemilihan Umum akan menindaklanjuti putusan Mahkamah Konstitusi."
    assert ("IDNGOV", "AGREE", "IDNJUD") in triples(coder(article(text)))


def test_police_driving_back_a_crowd_the_article_names(coder: EventCoder) -> None:
    text = (
        "Polisi dengan tameng menghalau mundur massa yang berasal dari Pergerakan Mahasiswa "
        "Islam Indonesia (PMII)."
    )
    assert triples(coder(article(text))) == [("IDNCOP", "ASSAULT", "IDNEDU")]


def test_what_is_received_from_someone_is_their_act(coder: EventCoder) -> None:
    text = "Presiden Joko Widodo menuai kritik dari Majelis Ulama Indonesia."
    assert triples(coder(article(text))) == [("IDNREL", "ACCUSE", "IDNGOV")]
    text = "Kebijakan Presiden Joko Widodo mendapat dukungan dari DPR."
    assert triples(coder(article(text))) == [("IDNLEG", "SUPPORT", "IDNGOV")]
    assert coder(article("Polri menuai pujian.")) == ()  # praise from no one named
    text = "Mahasiswa mencoba merangsek ke gedung DPRD, namun mendapat halangan dari polisi."
    assert ("IDNCOP", "COERCE", "IDNEDU") in triples(coder(article(text)))


def test_judging_an_event_judges_who_did_it(coder: EventCoder) -> None:
    text = (
        "Anggota Komisi III DPR Nasir Djamil mengkritisi mundurnya Wakil Ketua KPK Saut Situmorang."
    )
    assert ("IDNLEG", "ACCUSE", "IDNJUD") in triples(coder(article(text)))
    text = "Komnas HAM mengecam penangkapan aktivis HAM oleh polisi."
    assert ("IDNHRI", "ACCUSE", "IDNCOP") in triples(coder(article(text)))


def test_an_alias_is_no_subject_when_its_name_is_in_a_prepositional_phrase(
    coder: EventCoder,
) -> None:
    text = (
        "Penyebar hoaks mengenai Presiden ke-3 RI Bacharuddin Jusuf Habibie alias BJ Habibie "
        "meninggal meminta maaf."
    )
    assert coder(article(text)) == ()


def test_an_event_noun_whose_passive_verb_has_an_adverb_before_oleh(coder: EventCoder) -> None:
    text = (
        "Dukungan itu disampaikan langsung oleh Ketua Umum Partai Demokrat Susilo Bambang "
        "Yudhoyono kepada pemerintah."
    )
    assert triples(coder(article(text))) == [("IDNPTY", "SUPPORT", "IDNGOV")]


def test_a_counted_object_of_a_preposition_is_no_subject(coder: EventCoder) -> None:
    text = (
        "Tiga orang yang diduga terlibat melakukan penganiayaan terhadap seorang warga "
        "ditangkap polisi."
    )
    events = [e for e in coder(article(text)) if e.type == "COERCE"]
    assert triples(tuple(events)) == [("IDNCOP", "COERCE", "IDNCRM")]
    assert "warga" not in events[0].recipients[0].text.split()[-1:]  # not the victim
    # the suspects' act itself: they beat a resident
    assert ("IDNCRM", "ASSAULT", "IDNCVL") in triples(coder(article(text)))


def test_an_addressee_put_before_the_clause(coder: EventCoder) -> None:
    text = '"Kepada seluruh masyarakat saya mengajak berdoa bersama," kata Presiden Joko Widodo.'
    assert triples(coder(article(text))) == [("IDNGOV", "REQUEST", "IDNCVL")]


def test_people_counted_at_the_start_of_a_sentence_can_act(coder: EventCoder) -> None:
    text = "Tiga orang yang diduga terlibat menganiaya seorang warga."
    assert triples(coder(article(text))) == [("IDNCRM", "ASSAULT", "IDNCVL")]
    text = "Dua orang yang mengenakan seragam menganiaya seorang warga."
    assert triples(coder(article(text))) == [("IDNCVL", "ASSAULT", "IDNCVL")]


def test_a_request_in_the_passive_is_made_by_whoever_reports_it(coder: EventCoder) -> None:
    text = (
        "Presiden Joko Widodo dan DPR diminta membekukan UU KPK, kata Ketua Umum Partai "
        "Demokrat Susilo Bambang Yudhoyono."
    )
    assert triples(coder(article(text))) == [("IDNPTY", "REQUEST", "IDNGOV|IDNLEG")]
    assert coder(article("Presiden Joko Widodo diminta membekukan UU KPK.")) == ()


def test_a_clash_opening_its_clause_has_all_its_parties_as_actors(coder: EventCoder) -> None:
    text = "Bentrok mahasiswa dan aparat tak terhindarkan setelah massa memaksa masuk."
    events = [e for e in coder(article(text)) if e.type == "ASSAULT"]
    assert [(tuple(a.code for a in e.actors), e.recipients) for e in events] == [
        (("IDNEDU", "IDNCOP"), ())
    ]


def test_promised_annexation_is_a_threat_and_coordinated_content_is_no_event(
    coder: EventCoder,
) -> None:
    text = (
        "Perdana Menteri Israel Benjamin Netanyahu menjanjikan aneksasi atas sebagian Tepi Barat."
    )
    assert triples(coder(article(text))) == [("ISRGOV", "THREATEN", "PSE")]
    text = (
        "Masyarakat Anti Korupsi Indonesia mendesak KPK menyelesaikan dan menetapkan tersangka "
        "dalam kasus korupsi itu."
    )
    assert [t for _, t, _ in triples(coder(article(text)))] == ["REQUEST"]


def test_only_a_court_convicts(coder: EventCoder) -> None:
    text = "Polisi menangkap dua turis asing. Keduanya divonis hukuman 14 hari kurungan."
    assert triples(coder(article(text))) == [("IDNCOP", "COERCE", "IDNCRM")]
    text = (
        "Polisi menangkap dua turis asing. Keduanya divonis hukuman 14 hari kurungan oleh "
        "Pengadilan Negeri Jepara."
    )
    assert ("IDNJUD", "SANCTION", "IDNCRM") in triples(coder(article(text)))


def test_not_accepting_a_naming_does_not_negate_the_naming(coder: EventCoder) -> None:
    text = (
        "Sekelompok mahasiswa tidak terima atas penetapan tersangka Menteri Pemuda dan Olahraga "
        "oleh KPK."
    )
    assert triples(coder(article(text))) == [("IDNJUD", "ACCUSE", "IDNGOV")]


def test_a_currency_is_no_country(coder: EventCoder) -> None:
    text = "Gubernur Bank Indonesia meminta agar rupiah kembali ke level Rp 16.300/US$."
    assert all(r.code != "USA" for e in coder(article(text)) for r in e.recipients)


def test_an_undated_lead_takes_the_date_its_paragraph_gives_later(coder: EventCoder) -> None:
    text = (
        "Ratusan mahasiswa menolak revisi UU KPK dan menuntut DPR membatalkannya. "
        '"Kami menolak," kata koordinator aksi di Jakarta, Jumat (27/9/2019).'
    )
    events = coder(article(text, published="2019-09-28"))
    request = [e for e in events if e.type == "REQUEST"]
    assert request and request[0].date == "2019-09-27" and request[0].date_source == "context"


def test_a_coordinated_act_shares_the_object_of_the_verb_before_it(coder: EventCoder) -> None:
    text = (
        "Para mahasiswa serentak menyalami anggota Brimob yang berjaga satu per satu dan "
        "mengucapkan terima kasih."
    )
    assert triples(coder(article(text))) == [("IDNEDU", "SUPPORT", "IDNCOP")]
    text = (
        "Pernyataan Netanyahu bertentangan dengan hukum internasional dan berbagai resolusi PBB "
        "serta mengancam kelangsungan proses perdamaian."
    )
    assert ("ISRGOV", "THREATEN", "IGOUNO") not in triples(coder(article(text)))


def test_a_meeting_that_an_arrival_was_for_took_place(coder: EventCoder) -> None:
    text = (
        "Kedatangan Wakil Presiden Jusuf Kalla disebutkan untuk melakukan kunjungan kerja ke "
        "Pondok Modern Darussalam Gontor."
    )
    events = coder(article(text))
    assert triples(events) == [("IDNGOV", "CONSULT", "IDNREL")]
    planned = "Wakil Presiden Jusuf Kalla akan datang untuk melakukan kunjungan kerja ke Gontor."
    assert all(e.type != "CONSULT" for e in coder(article(planned)))


def test_a_sentence_opening_subject_across_a_long_apposition(coder: EventCoder) -> None:
    text = (
        "Pater Avent Saur SVD, Ketua Kelompok Kasih Insanis (KKI) Peduli Orang Dengan Gangguan "
        "Jiwa, (ODGJ) Pulau Flores, Provinsi Nusa Tenggara Timur, meminta maaf kepada penderita "
        "gangguan jiwa yang meninggal dunia."
    )
    assert triples(coder(article(text))) == [("IDNREL", "SUPPORT", "IDNCVL")]


def test_an_investigation_of_someone_s_case_by_the_investigators_named_before(
    coder: EventCoder,
) -> None:
    text = (
        "Tim penyidik KPK melakukan penggeledahan sejumlah ruangan terkait proses penyelidikan "
        "kasus Gubernur Kepri, Nurdin Basirun. Penggeledahan dikawal anggota kepolisian setempat."
    )
    assert ("IDNJUD", "ACCUSE", "IDNGOV") in triples(coder(article(text)))


def test_parents_and_netizens_are_civilians(coder: EventCoder) -> None:
    text = "Polres Metro Bekasi Kota mengimbau agar anak di bawah umur dibimbing orangtua mereka."
    assert triples(coder(article(text))) == [("IDNCOP", "REQUEST", "IDNCVL")]


def test_a_welcomed_visitor_of_a_passive_host_verb_is_the_actor(coder: EventCoder) -> None:
    text = (
        "Presiden Prabowo Subianto disambut Perdana Menteri Australia Anthony Albanese di Canberra."
    )
    events = coder(article(text, "2025-11-12"))
    assert triples(events) == [("IDNGOV", "CONSULT", "AUSGOV")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negative judgement the cue list names
        (
            "Ketua KPK Agus Rahardjo menilai sikap DPR tidak bijaksana.",
            ("IDNJUD", "ACCUSE", "IDNLEG"),
        ),
        # a negated approval is a negative judgement
        (
            "Ketua KPK Agus Rahardjo menilai kinerja DPR tidak bagus.",
            ("IDNJUD", "ACCUSE", "IDNLEG"),
        ),
        (
            "Ketua KPK Agus Rahardjo menilai langkah DPR kurang tepat.",
            ("IDNJUD", "ACCUSE", "IDNLEG"),
        ),
        (
            "Ketua KPK Agus Rahardjo menilai kinerja DPR sangat bagus.",
            ("IDNJUD", "SUPPORT", "IDNLEG"),
        ),
        ("Ketua KPK Agus Rahardjo menyayangkan sikap DPR.", ("IDNJUD", "ACCUSE", "IDNLEG")),
    ],
)
def test_evaluations_read_the_negation_of_their_judgement(
    coder: EventCoder, text: str, expected: tuple[str, str, str]
) -> None:
    assert triples(coder(article(text))) == [expected]


def test_a_negated_judgement_is_no_criticism(coder: EventCoder) -> None:
    text = "Ketua KPK Agus Rahardjo menilai DPR tidak melanggar aturan."
    assert [t for t in triples(coder(article(text))) if t[1] == "ACCUSE"] == []


def test_an_exchange_of_fire_between_two_parties(coder: EventCoder) -> None:
    text = "Terjadi baku tembak antara KKB dengan aparat TNI di Intan Jaya."
    events = coder(article(text))
    assert triples(events) == [("IDNREB|IDNMIL", "ASSAULT", "")]
    assert events[0].location is not None and events[0].location.name == "Intan Jaya"


@pytest.mark.parametrize(
    "text",
    [
        "Bentrokan antara warga dan polisi terjadi di Wamena.",
        "Warga bentrok dengan polisi di Wamena.",
        "Polisi dan warga terlibat bentrok di Wamena.",
    ],
)
def test_two_sided_violence_has_every_party_as_actor(coder: EventCoder, text: str) -> None:
    # PLOVER manual, ASSAULT: "where the violence is two-sided, all participants are coded in
    # the actor field"
    [(actors, kind, recipients)] = triples(coder(article(text)))
    assert (sorted(actors.split("|")), kind, recipients) == (
        ["IDNCOP", "IDNCVL"],
        "ASSAULT",
        "",
    )


def test_a_war_between_two_sides_stays_side_a_to_side_b(coder: EventCoder) -> None:
    text = "Permusuhan antara Korea Utara melawan Korea Selatan berakhir pada 27 Juli 1953."
    assert triples(coder(article(text, "2023-07-25"))) == [("PRK", "ASSAULT", "KOR")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Penganiayaan terhadap wartawan itu dilakukan oleh oknum polisi.",
            ("IDNCOP", "ASSAULT", "IDNMED"),
        ),
        (
            "Komnas HAM mencatat kekerasan terhadap wartawan yang dilakukan aparat kepolisian.",
            ("IDNCOP", "ASSAULT", "IDNMED"),
        ),
    ],
)
def test_the_doer_of_a_nominal_event_after_a_performing_passive(
    coder: EventCoder, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(coder(article(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Polisi menangkap sindikat penipuan daring di Medan.",
            [("IDNCOP", "COERCE", "IDNCRM")],
        ),
        (
            "Kapolda Riau meminta maskapai menunda penerbangan.",
            [("IDNCOP", "REQUEST", "IDNBUS")],
        ),
        # the object of the agar clause's own verb is not who is asked
        (
            "Dinas Kesehatan DKI meminta agar rumah sakit menggratiskan biaya perawatan para"
            " peserta aksi.",
            [],
        ),
    ],
)
def test_generic_collectives_as_parties(
    coder: EventCoder, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert triples(coder(article(text))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seorang pria membunuh istrinya di Badung.", ("IDNCRM", "ASSAULT", "IDNCVL")),
        ("Bocah itu dianiaya ayah tirinya hingga tewas.", ("IDNCRM", "ASSAULT", "IDNCVL")),
        (
            "Endang Sulastri (41), pemilik warung kopi di Legian, Kabupaten Badung, dibunuh"
            " suami sirinya, Kamal Mopangga (33).",
            ("IDNCRM", "ASSAULT", "IDNCVL"),
        ),
    ],
)
def test_private_people_of_crime_news_in_violent_events(
    coder: EventCoder, text: str, expected: tuple[str, str, str]
) -> None:
    assert triples(coder(article(text))) == [expected]


def test_private_people_are_parties_of_violence_only(coder: EventCoder) -> None:
    # a counted person or a relative is no actor of a request or an accusation
    text = "Seorang pria meminta istrinya pulang. Budi Santoso (25) menuduh tetangganya mencuri."
    assert triples(coder(article(text))) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seorang pria menusuk tetangganya di Medan.", ("IDNCRM", "ASSAULT", "IDNCVL")),
        ("Polisi menggerebek markas sindikat narkoba di Medan.", ("IDNCOP", "COERCE", "IDNCRM")),
        ("Pemerintah Amerika Serikat mengultimatum Iran.", ("USAGOV", "THREATEN", "IRN")),
        ("Satpol PP menggusur pedagang kaki lima di Tanah Abang.", ("IDNCOP", "COERCE", "IDNBUS")),
    ],
)
def test_force_crime_and_ultimatum_predicates(
    coder: EventCoder, text: str, expected: tuple[str, str, str]
) -> None:
    assert triples(coder(article(text))) == [expected]


def test_a_comma_list_closed_by_serta_gives_every_recipient(coder: EventCoder) -> None:
    text = (
        "Ketua KPK Agus Rahardjo bertemu dengan Presiden Jokowi, Ketua DPR Bambang Soesatyo,"
        " serta Kapolri Tito Karnavian di Istana."
    )
    assert triples(coder(article(text))) == [("IDNJUD", "CONSULT", "IDNGOV|IDNLEG|IDNCOP")]
    # a comma alone is an apposition, and ", serta" with no list before it joins clauses
    text = "Ketua KPK Agus Rahardjo menemui Budi Gunawan, Kepala BIN, di Istana."
    assert triples(coder(article(text))) == [("IDNJUD", "CONSULT", "IDNSPY")]


def test_a_descriptive_anaphor_refers_to_the_person_named_before(coder: EventCoder) -> None:
    text = (
        "Imam Nahrawi ditemui wartawan di rumahnya pada Senin pagi sebelum berangkat. "
        "Dalam kesempatan itu, mantan menteri itu mengkritik KPK."
    )
    # reporters meeting a source is a press doorstep, not a meeting
    assert triples(coder(article(text))) == [("IDNELI", "ACCUSE", "IDNJUD")]


def test_an_accusation_noun_targets_who_rejects_it(coder: EventCoder) -> None:
    text = "Iran menolak tudingan Amerika Serikat terkait serangan itu."
    assert triples(coder(article(text))) == [
        ("IRN", "REJECT", "USA"),
        ("USA", "ACCUSE", "IRN"),
    ]


def test_a_place_head_noun_between_di_and_a_capital(coder: EventCoder) -> None:
    text = "Presiden Jokowi bertemu Presiden Xi Jinping di Kota Beijing, China."
    [event] = coder(article(text))
    assert event.location is not None and event.location.text == "Beijing"


def test_a_mention_inside_a_relative_clause_of_an_unknown_head_is_no_subject(
    coder: EventCoder,
) -> None:
    text = (
        "Penyebar hoaks yang juga menggunakan media sosial Facebook tersebut meminta maaf"
        " kepada semua pihak."
    )
    assert triples(coder(article(text))) == []
    text = "Mahasiswa yang tergabung dalam BEM SI menuntut DPR membatalkan revisi UU KPK."
    assert triples(coder(article(text))) == [("IDNEDU", "REQUEST", "IDNLEG")]


def test_what_a_demand_wants_to_happen_is_no_event(coder: EventCoder) -> None:
    text = (
        "Massa aksi masih bergantian menyampaikan tuntutannya agar rekannya yang ditangkap"
        " polisi dibebaskan."
    )
    assert [t for t in triples(coder(article(text))) if t[1] == "RETREAT"] == []


def test_a_name_after_a_comma_is_not_the_name_of_the_mention_before(coder: EventCoder) -> None:
    # "Jepang, Madilog": an unknown subject after an opening phrase, not Jepang's name
    text = "Ditulis pada masa pendudukan Jepang, Madilog mengajak rakyat berpikir rasional."
    assert triples(coder(article(text))) == []


def test_a_speaker_who_says_he_was_asked_is_not_the_one_who_asks(coder: EventCoder) -> None:
    text = (
        "Joko Widodo sempat bertemu para elite PSI di Bali. "
        "Jokowi mengaku diminta memberikan arahan terkait kerja politik."
    )
    assert [t for t in triples(coder(article(text))) if t[1] == "REQUEST"] == []
    text = "Presiden diminta membekukan UU itu, kata Ketua KPK Agus Rahardjo."
    assert triples(coder(article(text))) == [("IDNJUD", "REQUEST", "IDNGOV")]


def test_a_personal_pronoun_after_a_speech_verb_is_the_speaker(coder: EventCoder) -> None:
    text = (
        "Presiden Jokowi bertemu Menteri Agama Lukman Hakim. "
        "Sementara itu, seorang warga Bekasi bernama Budi Santoso (68), mengatakan ia"
        " melakukan demo karena khawatir."
    )
    assert ("IDNCVL", "PROTEST", "") in triples(coder(article(text)))


def test_an_estimate_reports_a_clause_with_its_own_subject(coder: EventCoder) -> None:
    text = (
        "Seorang petugas polisi yang berjaga memperkirakan lebih dari 20.000 orang"
        " berdemonstrasi di Jakarta."
    )
    assert [t for t in triples(coder(article(text))) if t[0] == "IDNCOP"] == []
    # a light verb is no speech verb: its subject still acts after it
    text = (
        "Prabowo menyampaikan pernyataan kepada publik setelah menggelar pertemuan dengan"
        " seluruh pimpinan PDIP."
    )
    assert ("IDNGOV", "CONSULT", "IDNPTY") in triples(coder(article(text, "2025-08-31")))


def test_a_sports_report_codes_no_event(coder: EventCoder) -> None:
    text = (
        "Siapa pun pemenang laga itu akan bertemu unggulan kedua asal Jerman, Marvin Seidel,"
        " di semifinal."
    )
    assert triples(coder(article(text))) == []


@pytest.mark.parametrize(
    "text",
    [
        "Polri dan TNI bersinergi mengamankan Pilkada.",
        "Kapolres mengamankan kunjungan Presiden Jokowi di Bogor.",
    ],
)
def test_securing_an_occasion_is_no_arrest(coder: EventCoder, text: str) -> None:
    assert [t for t in triples(coder(article(text))) if t[1] == "COERCE"] == []


def test_the_object_of_a_verb_two_words_back_is_no_subject(coder: EventCoder) -> None:
    text = "Penyidik Polres Sukabumi menelusuri akun Facebook penjual itu hingga menangkap pelaku."
    assert triples(coder(article(text))) == [("IDNCOP", "COERCE", "IDNCRM")]


def test_what_must_not_happen_is_no_event(coder: EventCoder) -> None:
    text = "Jangan sampai gedung DPR dibakar rakyat."
    assert triples(coder(article(text))) == []


@pytest.mark.parametrize(
    "text",
    [
        # what the subject is, not praise of it
        "Kenyamanan utama orang tua adalah memberi pendidikan yang terbaik kepada anak-anaknya,"
        " kata pengusaha itu.",
        # a diagnosis, not a sentence
        "Semenjak tiga bulan lalu ibunda Rio divonis tumor paru-paru oleh dokter.",
    ],
)
def test_copula_phrases_and_diagnoses_that_are_no_events(coder: EventCoder, text: str) -> None:
    assert triples(coder(article(text))) == []


def test_a_wave_of_protest_is_a_protest(coder: EventCoder) -> None:
    text = "Gelombang protes mahasiswa terus berlanjut di Jakarta."
    assert [t[1] for t in triples(coder(article(text)))] == ["PROTEST"]


def test_the_doer_of_a_light_verb_act_and_its_named_victim(coder: EventCoder) -> None:
    text = (
        "Erwin (45) akhirnya ditangkap usai melakukan pembunuhan dengan senjata tajam"
        " terhadap Riky Saputra di Palembang."
    )
    assert ("IDNCRM", "ASSAULT", "IDNCVL") in triples(coder(article(text)))


@pytest.mark.parametrize("office", ["Presiden", "Kepala Negara"])
def test_an_office_word_before_a_clause_is_its_holder_not_a_title(
    coder: EventCoder, office: str
) -> None:
    text = f"{office} juga berharap DPR segera membahas RUU KUHP."
    assert triples(coder(article(text))) == [("IDNGOV", "REQUEST", "IDNLEG")]
