"""The time tagger on real Indonesian sentences. Every weekday and ISO week in these tests is
computed from the calendar (``datetime``), never typed by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import SEED_000, SEED_002
from warta.records import TimeExpression
from warta.time import tag

DCT = dt.date(2023, 7, 25)


def week(day: dt.date) -> str:
    year, number, _ = day.isocalendar()
    return f"{year:04d}-W{number:02d}"


def weekday_before(day: dt.date, iso_weekday: int, *, strictly: bool) -> dt.date:
    """The latest date on (or strictly before) ``day`` that falls on ``iso_weekday``."""
    candidate = day - dt.timedelta(days=1) if strictly else day
    while candidate.isoweekday() != iso_weekday:
        candidate -= dt.timedelta(days=1)
    return candidate


def weekday_after(day: dt.date, iso_weekday: int) -> dt.date:
    candidate = day + dt.timedelta(days=1)
    while candidate.isoweekday() != iso_weekday:
        candidate += dt.timedelta(days=1)
    return candidate


def only(text: str, dct: dt.date | str | None = DCT) -> TimeExpression:
    expressions = tag(text, dct)
    assert len(expressions) == 1, expressions
    expression = expressions[0]
    assert text[expression.start : expression.end] == expression.text
    return expression


def find(expressions: list[TimeExpression], text: str) -> TimeExpression:
    matches = [e for e in expressions if e.text == text]
    assert matches, f"{text!r} not in {[e.text for e in expressions]}"
    return matches[0]


# --- explicit dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("berakhir pada 27 Juli 1953, setelah konflik", "27 Juli 1953", "1953-07-27"),
        ("Dalam pernyataan pada Selasa (25/7/2023), Kemhan", "Selasa (25/7/2023)", "2023-07-25"),
        ("Data per 25/07/2023 menunjukkan kenaikan", "25/07/2023", "2023-07-25"),
        ("Laporan bertanggal 2023-07-25 itu dirilis", "2023-07-25", "2023-07-25"),
        ("Perjanjian diteken pada 27 July 2023 di Jenewa", "27 July 2023", "2023-07-27"),
        ("Rapat digelar pada Oktober 19, 2019 di Jakarta", "Oktober 19, 2019", "2019-10-19"),
        ("Target itu dicapai pada Oktober 2019 lalu", "Oktober 2019 lalu", "2019-10"),
    ],
)
def test_explicit_dates_are_normalised(text: str, expr: str, value: str) -> None:
    expression = find(tag(text, DCT), expr)
    assert (expression.type, expression.value) == ("DATE", value)


def test_yearless_weekday_date_takes_the_year_its_weekday_fits() -> None:
    # The seed's "Kamis (27/7)" on a page dated 19 May 2024: 27 July 2024 is not a Thursday,
    # 27 July 2023 is.
    thursday = 4
    assert dt.date(2024, 7, 27).isoweekday() != thursday
    assert dt.date(2023, 7, 27).isoweekday() == thursday
    expression = only("Dilansir dari Tass, Kamis (27/7), kunjungan Shoigu", dt.date(2024, 5, 19))
    assert expression.value == "2023-07-27"


def test_year_unknown_without_publication_date() -> None:
    assert only("Delegasi akan tiba pada 27 Juli di Pyongyang", None).value == "XXXX-07-27"


def test_yearless_date_uses_the_publication_year() -> None:
    assert only("Upacara digelar pada 27 Juli di Pyongyang").value == "2023-07-27"


# --- relative expressions --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "days"),
    [("kemarin", -1), ("hari ini", 0), ("besok", 1), ("lusa", 2), ("dua hari lalu", -2)],
)
def test_relative_days(word: str, days: int) -> None:
    expression = only(f"Menteri itu tiba di Jakarta {word} untuk bertemu Presiden.")
    assert expression.text == word
    assert expression.value == (DCT + dt.timedelta(days=days)).isoformat()
    assert expression.anchor == DCT.isoformat()


def test_weekday_with_lalu_is_the_last_such_day_before_the_anchor() -> None:
    monday = 1
    expression = only("Ia ditangkap Senin lalu di Bandung.")
    assert expression.value == weekday_before(DCT, monday, strictly=True).isoformat()


def test_weekday_with_mendatang_is_the_next_such_day() -> None:
    friday = 5
    expression = only("Sidang akan dilanjutkan Jumat mendatang.")
    assert expression.value == weekday_after(DCT, friday).isoformat()


def test_bare_weekday_is_past_unless_the_clause_is_future() -> None:
    friday = 5
    past = only("Polisi menangkap pelaku pada Jumat di rumahnya.")
    assert past.value == weekday_before(DCT, friday, strictly=False).isoformat()
    future = only("Polisi akan memeriksa saksi pada Jumat di Mapolda.")
    assert future.value == weekday_after(DCT, friday).isoformat()


@pytest.mark.parametrize(
    ("word", "weeks"),
    [("pekan ini", 0), ("pekan lalu", -1), ("minggu depan", 1), ("minggu lalu", -1)],
)
def test_relative_weeks_are_iso_weeks(word: str, weeks: int) -> None:
    expression = only(f"Delegasi itu berkunjung {word} ke Korea Utara.")
    assert expression.value == week(DCT + dt.timedelta(weeks=weeks))


def test_relative_months_and_years() -> None:
    expressions = tag("Harga naik bulan lalu, turun tahun lalu dan naik lagi tahun depan.", DCT)
    assert [(e.text, e.value) for e in expressions] == [
        ("bulan lalu", "2023-06"),
        ("tahun lalu", "2022"),
        ("tahun depan", "2024"),
    ]


def test_bare_month_is_the_last_one_before_the_anchor_unless_future() -> None:
    assert only("Pada bulan Juni, Kim memuji rakyat Rusia.").value == "2023-06"
    assert only("Pada bulan Agustus, Kim memuji rakyat Rusia.").value == "2022-08"
    assert only("Kim akan berkunjung pada bulan Agustus.").value == "2023-08"
    assert only("Kim akan berkunjung pada bulan Juni.").value == "2024-06"


def test_weekday_of_last_week() -> None:
    saturday = 6
    monday_last_week = DCT - dt.timedelta(days=DCT.isoweekday() - 1, weeks=1)
    expected = monday_last_week + dt.timedelta(days=saturday - 1)
    assert expected.isoweekday() == saturday
    assert only("serangan pada Sabtu pekan lalu itu").value == expected.isoformat()


def test_present_and_past_references() -> None:
    assert only("Saat ini harga beras masih tinggi.").value == "PRESENT_REF"
    assert only("Kapal itu tenggelam beberapa waktu lalu.").value == "PAST_REF"


def test_anaphoric_days_count_from_the_narrated_day() -> None:
    text = "Habibie wafat pada Rabu, 11 September 2019. Sehari sebelumnya, JK menjenguknya."
    expressions = tag(text, "2019-09-12")
    assert find(expressions, "Sehari sebelumnya").value == "2019-09-10"


# --- ranges, times, durations, sets ----------------------------------------------------------


def test_seed_day_range_without_year() -> None:
    expression = only("Delegasi Rusia akan mengunjungi Korea Utara dari 25 hingga 27 Juli untuk")
    assert (expression.text, expression.value) == ("25 hingga 27 Juli", "2023-07-25/2023-07-27")


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Festival digelar 25-27 Juli 2023 di Solo.", "25-27 Juli 2023", "2023-07-25/2023-07-27"),
        ("Ia menjabat sejak 2019 hingga kini.", "sejak 2019", "2019/PRESENT_REF"),
        ("Ekspor naik antara 2019 dan 2021.", "antara 2019 dan 2021", "2019/2021"),
        ("Perang Korea 1950-53 berakhir.", "1950-53", "1950/1953"),
    ],
)
def test_ranges(text: str, expr: str, value: str) -> None:
    expression = find(tag(text, DCT), expr)
    assert expression.value == value


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Rapat dimulai pukul 10.00 WIB di Istana.", "pukul 10.00 WIB", "2023-07-25T10:00+07:00"),
        ("Pesawat mendarat 14.30 WITA di Makassar.", "14.30 WITA", "2023-07-25T14:30+08:00"),
        ("Gempa terjadi pukul 06.46 WIT di Ambon.", "pukul 06.46 WIT", "2023-07-25T06:46+09:00"),
    ],
)
def test_clock_times_with_zones(text: str, expr: str, value: str) -> None:
    expression = only(text)
    assert (expression.text, expression.type, expression.value) == (expr, "TIME", value)


def test_clock_time_takes_the_day_of_the_date_before_it() -> None:
    text = "Habibie wafat pada Rabu, 11 September 2019, pukul 18.05 WIB di RSPAD."
    expression = only(text, "2019-09-12")
    assert expression.value == "2019-09-11T18:05+07:00"


def test_weekday_with_part_of_day() -> None:
    tuesday = 2
    expression = only("Pernyataan itu disampaikan Selasa malam di Moskow.", dt.date(2023, 7, 27))
    day = weekday_before(dt.date(2023, 7, 27), tuesday, strictly=False)
    assert (expression.type, expression.value) == ("TIME", f"{day.isoformat()}TNI")


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Mereka menginap selama tiga hari di sana.", "tiga hari", "P3D"),
        ("Ini tamu asing pertama dalam tiga tahun terakhir.", "tiga tahun terakhir", "P3Y"),
        ("Ia dipenjara dua puluh lima tahun.", "dua puluh lima tahun", "P25Y"),
        ("Rapat berlangsung 24 jam tanpa henti.", "24 jam", "PT24H"),
        ("Warga mengungsi selama beberapa hari.", "beberapa hari", "PXD"),
        ("Sengketa itu berlangsung bertahun-tahun.", "bertahun-tahun", "PXY"),
    ],
)
def test_durations(text: str, expr: str, value: str) -> None:
    expression = only(text)
    assert (expression.text, expression.type, expression.value) == (expr, "DURATION", value)


def test_sets() -> None:
    assert (only("Festival digelar setiap tahun.").type, only("setiap tahun").value) == (
        "SET",
        "P1Y",
    )
    monday = 1
    assert only("Rapat diadakan setiap Senin.").value == f"XXXX-WXX-{monday}"


# --- not time --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hal itu melanggar Pasal 27 ayat (3) UU ITE.",
        "Kerugian negara mencapai Rp 27 juta.",
        "Konflik tersebut merenggut sekitar 3 juta nyawa.",
        "DPR merevisi Undang-Undang Nomor 30 Tahun 2002 tentang KPK.",
        "Kementerian merevisi Permendag No. 29/2019 tentang impor hewan.",
        "Okezone mendatangi rumah Afuk di RT 04/09 Purwopuran.",
        "Planet itu berjarak sekitar 110 tahun cahaya dari tata surya.",
        "Akan tetapi, usulan itu ditolak.",
        "Kunjungan itu merayakan peringatan ke-70 gencatan senjata.",
    ],
)
def test_not_time(text: str) -> None:
    assert tag(text, DCT) == []


def test_anniversary_count_is_a_duration_not_a_date() -> None:
    expression = only("perayaan peringatan 70 tahun kemenangan rakyat Korea")
    assert (expression.text, expression.type, expression.value) == ("70 tahun", "DURATION", "P70Y")


def test_lower_case_minggu_is_a_week_and_capitalised_minggu_is_sunday() -> None:
    sunday = 7
    assert only("Ia ditahan selama dua minggu.").value == "P2W"
    assert only("Kebakaran terjadi pada Minggu di Riau.").value == (
        weekday_before(DCT, sunday, strictly=False).isoformat()
    )
    assert only("Keputusan diumumkan minggu depan.").value == week(DCT + dt.timedelta(weeks=1))


# --- the seeds -------------------------------------------------------------------------------


def test_seed_000() -> None:
    text = SEED_000.read_text(encoding="utf-8")
    expressions = tag(text, "2023-07-25")
    for expression in expressions:
        assert text[expression.start : expression.end] == expression.text
    values = {(e.text, e.value) for e in expressions}
    assert {
        ("pekan ini", week(dt.date(2023, 7, 25))),
        ("Selasa (25/7/2023)", "2023-07-25"),
        ("25 hingga 27 Juli", "2023-07-25/2023-07-27"),
        ("27 Juli 1953", "1953-07-27"),
        ("tiga tahun", "P3Y"),
        ("70 tahun", "P70Y"),
        ("tahun 2019", "2019"),
        ("tahun 2014", "2014"),
        ("bulan Juni", "2023-06"),
    } <= values
    assert not [e for e in expressions if "juta" in e.text or (e.type == "DATE" and "70" in e.text)]


def test_seed_002() -> None:
    text = SEED_002.read_text(encoding="utf-8")
    expressions = tag(text, "2023-07-27")
    values = {(e.text, e.value) for e in expressions}
    assert {
        ("Minggu, 19 Mei 2024", "2024-05-19"),
        ("Kamis (27/7)", "2023-07-27"),
        ("1950-53", "1950/1953"),
        ("tiga tahun terakhir", "P3Y"),
        ("beberapa waktu lalu", "PAST_REF"),
    } <= values
    for expression in expressions:
        assert text[expression.start : expression.end] == expression.text


def test_month_without_year_takes_the_year_named_earlier_in_the_sentence() -> None:
    text = (
        "Bantuan Tahun 2025 diberikan tiga bulan sekaligus, yaitu Oktober, November, dan Desember."
    )
    expression = find(tag(text, "2025-10-18"), "Desember")
    assert expression.value == "2025-12"
    # the same month with no year in the sentence is the last December before the anchor
    assert only("Bantuan itu cair pada Desember.", "2025-10-18").value == "2024-12"


def test_midnight_and_night_of_today() -> None:
    assert only("Dapur tidak boleh memasak sebelum pukul 12 malam.").value == (
        f"{DCT.isoformat()}T00:00"
    )
    expression = only("Malam hari ini Anies menggelar lenong di Balai Kota.")
    assert (expression.text, expression.value) == ("Malam hari ini", f"{DCT.isoformat()}TNI")


def test_days_counted_from_the_narrated_day() -> None:
    text = "Rupiah melemah pada Rabu (25/9). Di hari sebelumnya, Selasa (24/9), rupiah menguat."
    assert find(tag(text, "2019-09-25"), "hari sebelumnya").value == "2019-09-24"
    text = "DPR mengesahkan revisi pada Selasa (17/9/2019). Pada esok harinya, Fahri berbicara."
    assert find(tag(text, "2019-09-20"), "esok harinya").value == "2019-09-18"


def test_without_a_narrated_day_anaphora_counts_from_the_news_day() -> None:
    text = "Penggeledahan ini lanjutan dari penggeledahan sehari sebelumnya di Kantor Dinas."
    assert only(text, "2019-09-18").value == "2019-09-17"


def test_nanti_marks_the_future() -> None:
    monday = 1
    dct = dt.date(2025, 10, 19)
    expression = only("Nanti mulai hari Senin dapat diambil di kantor pos.", dct)
    assert expression.value == weekday_after(dct, monday).isoformat()


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Laba naik pada kuartal II-2019.", "kuartal II-2019", "2019-Q2"),
        ("Ekonomi tumbuh pada semester I 2019.", "semester I 2019", "2019-H1"),
        ("Laba turun pada kuartal ketiga 2019.", "kuartal ketiga 2019", "2019-Q3"),
        ("Inflasi naik pada paruh pertama 2019.", "paruh pertama 2019", "2019-H1"),
        (
            "Pameran digelar 25 Juli-2 Agustus 2023.",
            "25 Juli-2 Agustus 2023",
            "2023-07-25/2023-08-02",
        ),
        ("Sejarah abad ke-20 mencatat perang itu.", "abad ke-20", "19"),
        ("Arus mudik Tahun Baru 2020 diperkirakan padat.", "Tahun Baru 2020", "2020-01-01"),
        ("Harga naik Oktober, November, Desember 2019.", "Oktober", "2019-10"),
        ("Ekspor turun pada Januari dan Februari 2020.", "Januari", "2020-01"),
        (
            "Layanan buka pukul 09.00 hingga 12.00 WIB.",
            "pukul 09.00 hingga 12.00 WIB",
            f"{DCT.isoformat()}T09:00+07:00/{DCT.isoformat()}T12:00+07:00",
        ),
    ],
)
def test_periods_ranges_centuries_holidays_lists(text: str, expr: str, value: str) -> None:
    assert find(tag(text, DCT), expr).value == value


def test_fixed_holiday_without_year_is_placed_near_the_anchor() -> None:
    assert only("Upacara Hari Kemerdekaan akan digelar di Istana.").value == "2023-08-17"
    assert tag("Banjir melanda Kabupaten Mandailing Natal.", DCT) == []
    assert tag("Warga merayakan Tahun Baru Imlek di Glodok.", DCT) == []


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Polisi memberi waktu 1x24 jam kepada pelaku.", "1x24 jam", "PT24H"),
        ("Ia dihukum dua setengah tahun penjara.", "dua setengah tahun", "P2.5Y"),
        ("Rapat tertunda setengah jam.", "setengah jam", "PT0.5H"),
        ("Musik era 90-an kembali populer.", "era 90-an", "199"),
        ("Acara dimulai pkl. 10.00 WIB.", "pkl. 10.00 WIB", f"{DCT.isoformat()}T10:00+07:00"),
        (
            "Layanan buka pukul 10.00-12.00 WIB.",
            "pukul 10.00-12.00 WIB",
            f"{DCT.isoformat()}T10:00+07:00/{DCT.isoformat()}T12:00+07:00",
        ),
    ],
)
def test_more_counts_decades_and_clock_ranges(text: str, expr: str, value: str) -> None:
    assert only(text).text == expr
    assert only(text).value == value


def test_count_before_an_ordinal_is_not_a_duration() -> None:
    assert tag("Persela menjamu Arema dalam lanjutan Liga 1 pekan ke-19.", DCT) == []


def test_age_with_ini_is_a_duration_and_pasar_minggu_is_a_place() -> None:
    assert only("Wanita berusia 25 tahun ini jago menyanyi.").value == "P25Y"
    assert tag("Polisi menggerebek hotel di Pasar Minggu.", DCT) == []


def test_list_year_crosses_new_year() -> None:
    expressions = tag("Arus mudik Natal dan Tahun Baru 2020 diperkirakan padat.", "2019-09-20")
    assert [(e.text, e.value) for e in expressions] == [
        ("Natal", "2019-12-25"),
        ("Tahun Baru 2020", "2020-01-01"),
    ]


def test_that_day_and_that_night_are_the_narrated_day() -> None:
    text = "Habibie wafat pada Rabu (11/9/2019). Pada malam itu, Jokowi datang. Hari itu juga ia pulang."
    expressions = tag(text, "2019-09-12")
    assert find(expressions, "malam itu").value == "2019-09-11TNI"
    assert find(expressions, "Hari itu").value == "2019-09-11"
    assert only("Pada hari itu, dia tidak datang.", "2019-09-12").value == "XXXX-XX-XX"


def test_every_monday_and_in_the_future() -> None:
    monday = 1
    expression = only("Setiap hari Senin, Menteri memantau laporan inflasi.")
    assert (expression.type, expression.value) == ("SET", f"XXXX-WXX-{monday}")
    assert only("untuk menghindari konflik di kemudian hari.").value == "FUTURE_REF"


def test_habitual_weekday_is_a_set() -> None:
    monday = 1
    expression = only("Biasanya hari Senin hanya sekitar 70-80 ribu penumpang.", "2019-09-11")
    assert (expression.type, expression.value) == ("SET", f"XXXX-WXX-{monday}")
    assert only("Ia datang pada hari Senin.", "2019-09-11").type == "DATE"
