"""Build the dev evaluation set for page cleaning (issue 2): synthetic pages with real bodies.

Bodies are real CLICK-ID articles (CC BY 4.0, ``../shared/data/news/clickid``); the chrome
around them (mastheads, navigation, bylines, inline related links, ads, share and tag lines,
trailing sections with teasers, footers) is written here, one function per outlet style,
modelled on how Indonesian news sites lay out their pages. Each page is written twice: as
scraped plain text (``.txt``, one block per line) and as HTML (``.html``).

The builder is deterministic (``SEED``): the same CLICK-ID file gives the same pages and gold.
The generated pages and gold are committed, so the scorer does not need ``../shared`` for
this part; run the builder again only on purpose and review the diff.

    python -m eval.clean.build [--shared ../shared]
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

SEED = 20190917
"""Fixed seed: page selection, chrome choices and variants all derive from it."""

BODIES_PER_STYLE = 6
MIN_PARAGRAPHS = 4
MAX_PARAGRAPHS = 12
MIN_PARAGRAPH_CHARS = 60
MAX_BODY_CHARS = 4500

HERE = Path(__file__).resolve().parent
PAGES_DIR = HERE / "pages"
GOLD_PATH = HERE / "gold" / "synthetic.jsonl"
CLICKID = Path("data/news/clickid/clickid_articles.jsonl")

# CLICK-ID rows used as bodies: outlet, categories (news-like) and the date format we trust.
SOURCES: dict[str, tuple[set[str], str]] = {
    "Kompas.com": ({"News", "Money"}, "dmy"),
    "tempo.co": ({"nasional", "bisnis", "metro", "dunia"}, "iso"),
    "okezone.com": ({"News", "Economy"}, "iso"),
    "sindonews.com": ({"Nasional", "Ekbis", "Daerah", "Metro", "International"}, "iso"),
    "tribunnews.com": ({"Nasional", "Regional", "Bisnis"}, "tribun"),
}

# Text that would make a gold paragraph ambiguous (chrome-like words inside CLICK-ID bodies)
# or unreadable (mojibake); articles containing any of these are not used as bodies.
AVOID = re.compile(
    r"baca juga|baca:|lihat juga|simak|saksikan|tonton|editor|penulis|reporter|advertis|"
    r"copyright|foto:|klik|halaman|http|www\.|\.com\b|‚Ä|Ã|â€|\ufffd|\(\w{2,4}(/\w{2,4})?\)\s*$",
    re.IGNORECASE,
)
GOOD_START = re.compile(r"^[A-Z0-9\"“'‘(]")
GOOD_END = re.compile(r"[.!?\"”’)]$")

WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
]  # fmt: skip
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

NAMES = [
    "Andi Saputra", "Dewi Lestari Nugroho", "Rahmat Hidayat", "Siti Nurhaliza Putri",
    "Bayu Galih Permana", "Fitria Chusna Farisa", "Yoga Sukmana", "Ardito Ramadhan",
    "Kristian Erdianto", "Dian Maharani", "Reza Jurnaliston", "Ihsanuddin", "Taufik Hidayat",
    "Wahyu Aji Nugroho", "Putri Anggraini", "Muhammad Fikri", "Robertus Belarminus",
    "Sabrina Asril", "Nur Rohmi Aida", "Danang Sugianto", "Hendra Kusuma", "Lusia Arumingtyas",
    "Agus Triyono", "Intan Umbari Prihatin", "Yusuf Arifin", "Ratna Puspita", "Gilang Fauzi",
    "Bambang Noroyono", "Nora Azizah", "Mochamad Zhacky", "Eka Yudha Saputra", "Syaiful Hakim",
]  # fmt: skip
PLACES = ["Jakarta"] * 6 + ["Bandung", "Surabaya", "Medan", "Semarang", "Makassar", "Yogyakarta"]
TAG_WORDS = [
    "KPK", "DPR", "revisi UU KPK", "RKUHP", "Papua", "Jokowi", "demo mahasiswa", "ekonomi",
    "Pilkada 2020", "kabinet", "korupsi", "Polri", "pajak", "BUMN", "Hong Kong", "banjir",
    "kebakaran hutan", "Jakarta", "harga minyak", "rupiah",
]  # fmt: skip

ADS = ["ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT"]


@dataclass
class Source:
    """One CLICK-ID article, split back into paragraphs."""

    file: str
    row: int
    title: str
    outlet: str
    published: datetime
    paragraphs: list[str]


@dataclass
class Doc:
    """Everything a style needs to render one page, plus its gold."""

    style: str
    index: int
    source: Source
    paragraphs: list[str]
    """Gold body paragraphs (the first one carries the dateline)."""
    dateline_text: str
    dateline_place: str | None
    dateline_tag: str | None
    author: str
    editor: str
    initials: str
    show_published: bool
    page_date: date | None
    teasers: list[str]
    leads: list[str]
    """Lead paragraphs of other articles, for teaser blocks that show a summary."""
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    meta_published: bool = False
    og_title: bool = True


Block = tuple[str, object]
"""``(kind, payload)``; kinds: masthead, nav, crumb, title, meta, caption, widget, para,
inline, end, pager, share, tags, section, footer. ``para`` blocks are gold; the rest chrome."""


# --------------------------------------------------------------------------- CLICK-ID


def split_paragraphs(content: str) -> list[str]:
    """Split CLICK-ID ``content`` (paragraphs joined with ``,``) back into paragraphs.

    1. Runs of two or more commas are always paragraph breaks.
    2. A single comma is a break when it follows sentence-final punctuation (``.,`` ``?,``
       ``!,``) or a closing quote/bracket after such punctuation (``.",`` ``.”,`` ``.),``).
    A comma inside a sentence (``kata dia, Jumat``) or before a closing quote (``," kata``)
    is kept.
    """
    text = content.strip()
    pieces = re.split(r",\s*,[,\s]*", text)
    out: list[str] = []
    for piece in pieces:
        for part in re.split(r"(?<=[.!?])\s*,|(?<=[.!?,][\"”’)])\s*,", piece):
            if part.strip():
                out.append(part.strip())
    return out


def parse_date(raw: str, clock: str, kind: str) -> datetime | None:
    raw = raw.strip()
    match = re.search(r"(\d{1,2}):(\d{2})", clock)
    hour, minute = (int(match.group(1)), int(match.group(2))) if match else (10, 0)
    try:
        if kind == "dmy":
            day = datetime.strptime(raw, "%d/%m/%Y")
        elif kind == "iso":
            day = datetime.strptime(raw[:10], "%Y-%m-%d")
        else:
            day = datetime.strptime(raw, "%d-%b-%y")
    except ValueError:
        return None
    return day.replace(hour=hour, minute=minute)


def load_sources(shared: Path) -> list[Source]:
    path = shared / CLICKID
    if not path.exists():
        sys.exit(f"error: {path} not found; the builder needs ../shared (see data README)")
    sources: list[Source] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            spec = SOURCES.get(row["source"])
            if spec is None or row["category"] not in spec[0]:
                continue
            published = parse_date(row["date"], row["time"], spec[1])
            if published is None or published.year != 2019:
                continue
            source = make_source(row, published)
            if source is not None:
                sources.append(source)
    return sources


def make_source(row: dict[str, object], published: datetime) -> Source | None:
    title = str(row["title"]).strip()
    content = str(row["content"])
    if AVOID.search(title) or AVOID.search(content) or len(title) < 25 or len(title) > 120:
        return None
    if " ," in title or ",," in title or "  " in title:
        return None  # a link word lost from the title (CLICK-ID quirk)
    paragraphs = split_paragraphs(content)
    if paragraphs:
        paragraphs[0] = re.sub(r"^[\s,\-–—]+", "", paragraphs[0])
    if not MIN_PARAGRAPHS <= len(paragraphs) <= MAX_PARAGRAPHS:
        return None
    if sum(map(len, paragraphs)) > MAX_BODY_CHARS:
        return None
    for paragraph in paragraphs:
        if len(paragraph) < MIN_PARAGRAPH_CHARS or " ," in paragraph or ",," in paragraph:
            return None
        if not GOOD_START.match(paragraph) or not GOOD_END.search(paragraph):
            return None
        if "  " in paragraph:
            return None
    if len(set(paragraphs)) != len(paragraphs):
        return None
    return Source(
        file=str(row["file"]),
        row=int(str(row["row"])),
        title=title,
        outlet=str(row["source"]),
        published=published,
        paragraphs=paragraphs,
    )


# --------------------------------------------------------------------------- dates


def d_long(when: datetime, comma: bool = True) -> str:
    """``Selasa, 17 September 2019``."""
    sep = ", " if comma else " "
    return f"{WEEKDAYS[when.weekday()]}{sep}{when.day} {MONTHS[when.month - 1]} {when.year}"


def d_short(when: datetime, comma: bool = True) -> str:
    """``Selasa, 17 Sep 2019``."""
    sep = ", " if comma else " "
    return (
        f"{WEEKDAYS[when.weekday()]}{sep}{when.day:02d} {MONTHS_SHORT[when.month - 1]} {when.year}"
    )


def hm(when: datetime) -> str:
    return f"{when.hour:02d}:{when.minute:02d}"


def crawl_day(rng: random.Random) -> datetime:
    """A page-header date: the day the page was crawled, not the publication day."""
    return datetime(2024, 1, 1) + timedelta(days=rng.randrange(0, 600), hours=rng.randrange(24))


def variant(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


def related(rng: random.Random, doc: Doc, label: str | None = None) -> str:
    label = label or variant(rng, "Baca juga:", "Baca Juga:", "BACA JUGA:", "Baca juga :")
    return f"{label} {rng.choice(doc.teasers)}"


def sprinkle(
    rng: random.Random, paragraphs: list[str], extras: list[list[str]], first: int = 1
) -> list[Block]:
    """Body blocks with chrome lines placed between paragraphs (never before ``first``)."""
    slots = list(range(first, len(paragraphs)))
    rng.shuffle(slots)
    placed: dict[int, list[str]] = {}
    for extra, slot in zip(extras, slots, strict=False):
        placed.setdefault(slot, []).extend(extra)
    blocks: list[Block] = []
    for i, paragraph in enumerate(paragraphs):
        for line in placed.get(i, []):
            blocks.append(("inline", line))
        blocks.append(("para", paragraph))
    return blocks


def teaser_items(rng: random.Random, doc: Doc, n: int, numbered: bool = False) -> list[str]:
    items = rng.sample(doc.teasers, n)
    if numbered:
        return [f"{i + 1}. {t}" if rng.random() < 0.5 else t for i, t in enumerate(items)]
    return items


def page_pieces(paragraphs: list[str], n: int) -> list[list[str]]:
    size = -(-len(paragraphs) // n)
    return [paragraphs[i : i + size] for i in range(0, len(paragraphs), size)]


# --------------------------------------------------------------------------- styles


def style_detik(doc: Doc, rng: random.Random) -> list[Block]:
    pub = doc.source.published
    blocks: list[Block] = [
        ("nav", ["detikNews", "detikFinance", "detikInet", "detikHot", "detikSport",
                 "detikOto", "detikTravel", "detikFood", "detikHealth", "Wolipop"]),
        ("crumb", ["detikNews", variant(rng, "Berita", "Nasional", "Internasional")]),
        ("title", doc.source.title),
        ("meta", [f"{doc.author} - detikNews"]
         + ([f"{d_short(pub)} {hm(pub)} WIB"] if doc.show_published else [])),
        ("share", ["0 komentar", "BAGIKAN", "URL telah disalin"]),
        ("caption", f"Foto: {variant(rng, 'Ilustrasi', 'Dok. Istimewa')} "
                    f"({rng.choice(NAMES)}/detikcom)"),
    ]  # fmt: skip
    extras = [ADS, [related(rng, doc)]]
    if rng.random() < 0.5:
        extras.append([related(rng, doc)])
    blocks += sprinkle(rng, doc.paragraphs, extras)
    blocks += [
        ("end", f"({doc.initials})"),
        ("inline", f'Simak juga Video "{rng.choice(doc.teasers)}"'),
        ("inline", "[Gambas:Video 20detik]"),
        ("tags", rng.sample(TAG_WORDS, 3)),
        ("section", ("Berita Terkait", teaser_items(rng, doc, 3))),
        ("section", ("Berita detikcom Lainnya", teaser_items(rng, doc, 4))),
        ("section", (variant(rng, "Berita Terpopuler", "BERITA TERPOPULER"),
                     teaser_items(rng, doc, 3, numbered=True))),
        ("footer", ["Redaksi", "Pedoman Media Siber", "Karir", "Kotak Pos", "Info Iklan",
                    "Privacy Policy", f"Copyright @ {pub.year} detikcom, All right reserved"]),
    ]  # fmt: skip
    return blocks


def style_kompas(doc: Doc, rng: random.Random) -> list[Block]:
    pub = doc.source.published
    meta = [
        f"Kompas.com - {pub:%d/%m/%Y}, {hm(pub)} WIB" if doc.show_published else "Kompas.com",
        f"Penulis {doc.author}" if rng.random() < 0.5 else f"Penulis : {doc.author}",
        f"| Editor {doc.editor}" if rng.random() < 0.5 else f"Editor : {doc.editor}",
    ]
    blocks: list[Block] = [
        ("nav", ["Nasional", "Megapolitan", "Regional", "Global", "Money", "Tekno",
                 "Bola", "Otomotif", "Lifestyle", "Travel"]),
        ("crumb", ["Home", variant(rng, "Nasional", "Megapolitan", "Money")]),
        ("title", doc.source.title),
        ("meta", meta),
        ("caption", f"Ilustrasi. (KOMPAS.com/{rng.choice(NAMES).upper()})"),
        ("share", ["Bagikan artikel ini melalui", "Facebook", "Twitter", "WhatsApp", "Line",
                   "Copy link"]),
    ]  # fmt: skip
    extras = [[related(rng, doc, "Baca juga:")] for _ in range(rng.randint(2, 3))]
    if rng.random() < 0.4 and len(doc.paragraphs) >= 6:
        pieces = page_pieces(doc.paragraphs, 2)
        blocks += sprinkle(rng, pieces[0], extras[:1])
        blocks += [("pager", ["Halaman Selanjutnya", "Halaman:", "1", "2", "Show All"])]
        blocks += sprinkle(rng, pieces[1], extras[1:], first=0)
    else:
        blocks += sprinkle(rng, doc.paragraphs, extras)
    blocks += [
        ("tags", ["Tag", *rng.sample(TAG_WORDS, 3)]),
        ("section", ("Berita Terkait", teaser_items(rng, doc, 4))),
        ("section", ("Terpopuler", teaser_items(rng, doc, 3, numbered=True))),
        ("section", ("Terkini Lainnya", teaser_items(rng, doc, 3))),
        ("footer", ["Tentang Kami", "Pedoman Media Siber", "Kebijakan Data Pribadi",
                    f"Copyright 2008 - {pub.year} PT. Kompas Cyber Media (Kompas Gramedia "
                    "Group). All Rights Reserved."]),
    ]  # fmt: skip
    return blocks


def style_tribunnews(doc: Doc, rng: random.Random) -> list[Block]:
    pub = doc.source.published
    blocks: list[Block] = []
    if doc.page_date:
        blocks.append(("masthead", d_long(datetime.combine(doc.page_date, datetime.min.time()))))
    blocks += [
        ("nav", ["Home", "Nasional", "Internasional", "Regional", "Bisnis", "Seleb",
                 "Lifestyle", "Sport", "Video", "Index"]),
        ("crumb", ["Home", "Nasional", variant(rng, "Politik", "Hukum", "Pendidikan")]),
        ("title", doc.source.title),
        ("meta", ([f"{d_long(pub)} {hm(pub)} WIB"] if doc.show_published else [])
         + [f"Penulis: {doc.author}", f"Editor: {doc.editor}"]),
        ("caption", f"TRIBUNNEWS.COM/{rng.choice(NAMES).upper()}"),
        ("share", ["zoom-in", "Bagikan", "Facebook", "Twitter", "WhatsApp"]),
    ]  # fmt: skip
    extras = [[related(rng, doc, variant(rng, "Baca:", "Baca juga:"))] for _ in range(2)]
    if len(doc.paragraphs) >= 5 and rng.random() < 0.6:
        pieces = page_pieces(doc.paragraphs, 2)
        blocks += sprinkle(rng, pieces[0], extras[:1])
        blocks += [("pager", ["Halaman selanjutnya", "1", "2", "Selanjutnya"])]
        blocks += sprinkle(rng, pieces[1], extras[1:], first=0)
        blocks += [("pager", ["Halaman 2/2", "Sebelumnya"])]
    else:
        blocks += sprinkle(rng, doc.paragraphs, extras)
    if rng.random() < 0.5:
        blocks.append(("end", f"Artikel ini telah tayang di Tribunjakarta.com dengan judul "
                              f"{rng.choice(doc.teasers)}"))  # fmt: skip
    blocks += [
        ("tags", ["Tags:", *rng.sample(TAG_WORDS, 3)]),
        ("section", ("Berita Populer", teaser_items(rng, doc, 4))),
        ("section", ("Berita Terkini", [f"{t}" for t in teaser_items(rng, doc, 3)]
                     + [f"{rng.randint(1, 9)} jam lalu"])),
        ("footer", [f"© {pub.year} TRIBUNnews.com, a subsidiary of KG Media. All Right Reserved",
                    "About Us", "Help"]),
    ]  # fmt: skip
    return blocks


def style_tempo(doc: Doc, rng: random.Random) -> list[Block]:
    pub = doc.source.published
    meta = [f"Reporter: {doc.author}", f"Editor: {doc.editor}"]
    if doc.show_published:
        meta.append(f"{d_long(pub)} {hm(pub)} WIB")
    blocks: list[Block] = [
        ("nav", ["Nasional", "Bisnis", "Metro", "Dunia", "Bola", "Sport", "Cantik", "Tekno",
                 "Otomotif", "Seleb", "Gaya", "Travel", "Difabel", "Creativelab", "Inforial"]),
        ("crumb", ["Home", "Nasional", variant(rng, "Hukum", "Politik", "Peristiwa")]),
        ("title", doc.source.title),
        ("meta", meta),
        ("caption", f"Ilustrasi. TEMPO/{rng.choice(NAMES)}"),
        ("share", ["Facebook", "Twitter", "Whatsapp", "Copy Link"]),
    ]  # fmt: skip
    extras = [[related(rng, doc, variant(rng, "Baca:", "Baca juga:", "Baca Juga:"))]]
    if rng.random() < 0.6:
        extras.append([related(rng, doc, "Baca:")])
    blocks += sprinkle(rng, doc.paragraphs, extras)
    credit = doc.author.split()[0].upper() + " " + doc.author.split()[-1].upper()
    blocks += [
        ("end", variant(rng, f"{credit}", f"{credit} | ANTARA")),
        ("tags", rng.sample(TAG_WORDS, 3)),
        ("section", ("Rekomendasi Berita", teaser_items(rng, doc, 3))),
        ("section", ("Artikel Terkait", teaser_items(rng, doc, 3))),
        ("footer", ["Tentang Kami", "Kontak", "Pedoman Media Siber", "Kode Etik",
                    f"© {pub.year} TEMPO.CO"]),
    ]  # fmt: skip
    return blocks


def style_okezone(doc: Doc, rng: random.Random) -> list[Block]:
    pub = doc.source.published
    blocks: list[Block] = []
    if doc.page_date:
        when = datetime.combine(doc.page_date, datetime.min.time())
        blocks.append(("masthead", d_long(when, comma=False)))
    blocks += [
        ("nav", ["News", "Economy", "Lifestyle", "Celebrity", "Bola", "Sports", "Techno",
                 "Otomotif", "Travel", "Edukasi", "Muslim"]),
        ("title", doc.source.title),
        ("meta", ([f"{d_long(pub, comma=False)} {hm(pub)} WIB"] if doc.show_published else [])
         + [f"{doc.author} , Jurnalis" if rng.random() < 0.5 else f"Jurnalis: {doc.author}"]),
        ("share", ["Share :", "Facebook", "Twitter", "Whatsapp"]),
        ("caption", f"Ilustrasi (Foto: Okezone/{rng.choice(NAMES)})"),
    ]  # fmt: skip
    extras = [[related(rng, doc, "Baca Juga:")] for _ in range(rng.randint(1, 3))]
    body = sprinkle(rng, doc.paragraphs, extras)
    blocks += body
    blocks.append(("end", f"({doc.initials})"))
    if rng.random() < 0.3:
        # AMP pages printed below the web page: the body again (without inline links).
        blocks += [("widget", ["Lanjutkan membaca"])]
        blocks += [("para", p) for p in doc.paragraphs]
    blocks += [
        ("tags", ["Tags: " + ", ".join(rng.sample(TAG_WORDS, 3))]),
        ("section", ("BERITA TERKAIT", teaser_items(rng, doc, 3))),
        ("section", (variant(rng, "TERPOPULER", "Terpopuler"), teaser_items(rng, doc, 4))),
        ("footer", [f"Copyright © {pub.year} Okezone.com, All rights reserved",
                    "Redaksi", "Kontak", "Tentang Kami", "Karir"]),
    ]  # fmt: skip
    return blocks


def style_sindonews(doc: Doc, rng: random.Random) -> list[Block]:
    pub = doc.source.published
    blocks: list[Block] = [
        ("title", doc.source.title),
        ("widget", ["loading...", "A", "A", "A"]),
    ]
    meta = [f"{d_long(pub)} - {hm(pub)} WIB"] if doc.show_published else []
    if rng.random() < 0.5:
        meta.insert(0, doc.author)
    if meta:
        blocks.insert(1, ("meta", meta))
    extras = [[related(rng, doc, variant(rng, "Baca Juga:", "Baca juga:"))]]
    blocks += sprinkle(rng, doc.paragraphs, extras)
    if rng.random() < 0.6:
        # The whole body printed again, without its dateline paragraph (as in seed 000).
        blocks += [("para", p) for p in doc.paragraphs[1:]]
    blocks.append(("end", f"({doc.initials})"))
    blocks += [
        ("tags", rng.sample(TAG_WORDS, 3)),
        ("section", ("Artikel Terkait", teaser_items(rng, doc, 3))),
        ("section", ("Berita Terkini", teaser_items(rng, doc, 3))),
        ("footer", [f"Copyright © {pub.year} SINDOnews.com", "All Rights Reserved"]),
    ]
    return blocks


def style_liputan6(doc: Doc, rng: random.Random) -> list[Block]:
    pub = doc.source.published
    meta = [doc.author]
    if doc.show_published:
        meta.append(f"Diterbitkan {pub.day:02d} {MONTHS_SHORT[pub.month - 1]} {pub.year}, "
                    f"{hm(pub)} WIB")  # fmt: skip
        later = pub + timedelta(hours=rng.choice([1, 3, 20, 30]))
        meta.append(f"Diperbarui {later.day:02d} {MONTHS_SHORT[later.month - 1]} {later.year}, "
                    f"{hm(later)} WIB")  # fmt: skip
    blocks: list[Block] = [
        ("nav", ["News", "Bisnis", "Saham", "Showbiz", "Bola", "Tekno", "Health", "Lifestyle",
                 "Otomotif", "Global", "Regional", "Cek Fakta"]),
        ("crumb", ["Home", "News", variant(rng, "Politik", "Peristiwa", "Nasional")]),
        ("title", doc.source.title),
        ("meta", meta),
        ("share", ["Bagikan", "Salin Link"]),
        ("caption", f"Ilustrasi (Liputan6.com/{rng.choice(NAMES)})"),
    ]  # fmt: skip
    extras = [[variant(rng, "Baca Juga", "BACA JUGA"), *rng.sample(doc.teasers, 3)]]
    blocks += sprinkle(rng, doc.paragraphs, extras, first=2)
    blosk_tail: list[Block] = [
        ("inline", variant(rng, "Simak video pilihan berikut ini:", "Simak Video Pilihan Ini:")),
        ("tags", rng.sample(TAG_WORDS, 4)),
        ("section", ("Artikel Selanjutnya", rng.sample(doc.teasers, 1) + rng.sample(doc.leads, 1))),
        ("section", ("Berita Terkait", teaser_items(rng, doc, 3))),
        ("footer", [f"Copyright © {pub.year} Liputan6.com KLY KapanLagi Youniverse "
                    "All Rights Reserved", "Tentang Kami", "Pedoman Media Siber"]),
    ]  # fmt: skip
    return blocks + blosk_tail


def style_antaranews(doc: Doc, rng: random.Random) -> list[Block]:
    pub = doc.source.published
    blocks: list[Block] = []
    if doc.page_date:
        when = datetime.combine(doc.page_date, datetime.min.time())
        blocks.append(("masthead", f"{d_long(when)} {rng.randint(6, 22):02d}:"
                                   f"{rng.randint(0, 59):02d} WIB"))  # fmt: skip
    blocks += [
        ("nav", ["Terkini", "Politik", "Hukum", "Ekonomi", "Metro", "Sepak bola", "Olahraga",
                 "Humaniora", "Hiburan", "Dunia", "Infografik", "Video", "Foto"]),
        ("crumb", ["Berita", variant(rng, "Politik", "Ekonomi", "Hukum")]),
        ("title", doc.source.title),
        ("meta", [f"{d_long(pub)} {hm(pub)} WIB"] if doc.show_published
                 else [f"Oleh: {doc.author}"]),
        ("caption", f"Arsip - Ilustrasi. ANTARA FOTO/{rng.choice(NAMES)}/foc."),
    ]  # fmt: skip
    extras = [[related(rng, doc, "Baca juga:")] for _ in range(rng.randint(2, 3))]
    blocks += sprinkle(rng, doc.paragraphs, extras)
    blocks += [
        ("end", f"Pewarta: {doc.author}"),
        ("end", f"Editor: {doc.editor}"),
        ("end", f"COPYRIGHT © ANTARA {pub.year}"),
        ("share", ["Dilarang keras mengambil konten, melakukan crawling atau pengindeksan "
                   "otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita "
                   "ANTARA."]),
        ("tags", ["Tags:", *rng.sample(TAG_WORDS, 3)]),
        ("section", ("Berita Terkait", teaser_items(rng, doc, 3))),
        ("section", ("Terpopuler", [x for pair in zip(rng.sample(doc.teasers, 2),
                                                      rng.sample(doc.leads, 2), strict=True)
                                    for x in pair])),
        ("footer", ["Tentang Kami", "Kontak", "Kode Etik Jurnalistik", "Pedoman Media Siber",
                    f"Copyright © {pub.year} ANTARA"]),
    ]  # fmt: skip
    return blocks


def style_cnnindonesia(doc: Doc, rng: random.Random) -> list[Block]:
    pub = doc.source.published
    blocks: list[Block] = [
        ("nav", ["Nasional", "Internasional", "Ekonomi", "Olahraga", "Teknologi", "Hiburan",
                 "Gaya Hidup", "Video", "Foto", "Tv"]),
        ("crumb", ["Nasional", variant(rng, "Politik", "Hukum & Kriminal", "Peristiwa")]),
        ("title", doc.source.title),
        ("meta", ["CNN Indonesia"] + ([f"{d_short(pub)} {hm(pub)} WIB"] if doc.show_published
                                       else [])),
        ("share", ["Bagikan:", "url telah tercopy"]),
        ("caption", f"Ilustrasi. (CNN Indonesia/{rng.choice(NAMES)})"),
    ]  # fmt: skip
    extras = [ADS, [f"{variant(rng, 'Lihat juga:', 'LIHAT JUGA:')}{rng.choice(doc.teasers)}"]]
    if rng.random() < 0.5:
        extras.append([variant(rng, "Lihat Juga :", "Baca juga:"), rng.choice(doc.teasers)])
    blocks += sprinkle(rng, doc.paragraphs, extras)
    blocks += [
        ("end", f"({doc.initials})"),
        ("inline", "[Gambas:Video CNN]"),
        ("section", ("BACA JUGA", teaser_items(rng, doc, 3))),
        ("tags", ["TOPIK TERKAIT", *rng.sample(TAG_WORDS, 3)]),
        ("section", ("ARTIKEL TERKAIT", teaser_items(rng, doc, 3))),
        ("section", ("LAINNYA DARI DETIKNETWORK", teaser_items(rng, doc, 3))),
        ("footer", [f"Copyright © {pub.year} CNN Indonesia. All rights reserved", "Redaksi",
                    "Pedoman Media Siber", "Karir"]),
    ]  # fmt: skip
    return blocks


def style_republika(doc: Doc, rng: random.Random) -> list[Block]:
    pub = doc.source.published
    blocks: list[Block] = []
    if doc.page_date:
        when = datetime.combine(doc.page_date, datetime.min.time())
        blocks.append(("masthead", f"{WEEKDAYS[when.weekday()]} , {when.day:02d} "
                                   f"{MONTHS_EN[when.month - 1]} {when.year}"))  # fmt: skip
    blocks += [
        ("nav", ["News", "Khazanah", "Ekonomi", "Internasional", "Bola", "Leisure", "Nasional",
                 "Inpicture", "Kolom"]),
        ("crumb", ["Home", "Nasional", variant(rng, "Politik", "Hukum")]),
        ("title", doc.source.title),
        ("meta", ([f"{d_short(pub, comma=False)} {hm(pub)} WIB"] if doc.show_published else [])
         + [f"Rep: {doc.author}/ Red: {doc.editor}"]),
        ("caption", f"Foto: Republika/{rng.choice(NAMES)}"),
        ("caption", variant(rng, "Ilustrasi", "Suasana di lokasi (ilustrasi).")),
    ]  # fmt: skip
    extras = [["Baca Juga", *rng.sample(doc.teasers, 3)]]
    blocks += sprinkle(rng, doc.paragraphs, extras, first=2)
    blocks += [
        ("share", ["Berita Terkait", *rng.sample(doc.teasers, 2)]),
        ("section", ("Berita Lainnya", teaser_items(rng, doc, 3))),
        ("section", ("Terpopuler", teaser_items(rng, doc, 4, numbered=True))),
        ("footer", [f"Copyright © {pub.year} republika.co.id, All Rights Reserved",
                    "Tentang Kami", "Kontak", "Pedoman Media Siber"]),
    ]  # fmt: skip
    return blocks


def first_sentence(paragraph: str) -> str:
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", paragraph)[0]
    return re.sub(r"^[^-–]{0,40}\s[-–]{1,2}\s", "", sentence)


def style_suara(doc: Doc, rng: random.Random) -> list[Block]:
    pub = doc.source.published
    blocks: list[Block] = [
        ("nav", ["News", "Bisnis", "Bola", "Sport", "Lifestyle", "Entertainment", "Otomotif",
                 "Tekno", "Health", "Video", "Foto"]),
        ("crumb", ["Home", "News", variant(rng, "Nasional", "Metropolitan", "Internasional")]),
        ("title", doc.source.title),
        ("meta", [f"{doc.editor} | {doc.author}"]
         + ([f"{d_long(pub)} | {hm(pub)} WIB"] if doc.show_published else [])),
        ("caption", f"Ilustrasi. [Suara.com/{rng.choice(NAMES)}]"),
        # A summary box at the top: the lead sentences of the article, not body paragraphs.
        ("widget", ["Baca 10 detik", *(first_sentence(p) for p in doc.paragraphs[:2])]),
    ]  # fmt: skip
    extras = [[related(rng, doc, "Baca Juga:")] for _ in range(rng.randint(1, 3))]
    blocks += sprinkle(rng, doc.paragraphs, extras)
    blocks += [
        ("tags", ["Tag", *rng.sample(TAG_WORDS, 3)]),
        ("section", ("Berita Terkait", teaser_items(rng, doc, 3))),
        ("section", (variant(rng, "Terpopuler", "TERPOPULER"),
                     teaser_items(rng, doc, 4, numbered=True))),
        ("footer", [f"© {pub.year} suara.com - All Rights Reserved.", "Tentang Kami",
                    "Pedoman Media Siber", "Kontak"]),
    ]  # fmt: skip
    return blocks


def style_idntimes(doc: Doc, rng: random.Random) -> list[Block]:
    pub = doc.source.published
    meta = [doc.author]
    if doc.show_published:
        meta.append(f"{pub.day:02d} {MONTHS_SHORT[pub.month - 1]} {pub.year}, {hm(pub)} WIB")
    blocks: list[Block] = [
        ("nav", ["News", "Business", "Sport", "Hype", "Life", "Food", "Travel", "Tech",
                 "Science", "Men", "Health", "Korea"]),
        ("crumb", ["IDN Times", "News", "Indonesia"]),
        ("title", doc.source.title),
        ("meta", meta),
        ("share", ["Intinya sih...", "Bagikan", "Ikuti IDN Times di Google News"]),
        ("caption", f"(IDN Times/{rng.choice(NAMES)})"),
    ]  # fmt: skip
    extras = [[related(rng, doc, variant(rng, "Baca Juga:", "Baca juga:"))] for _ in range(2)]
    blocks += sprinkle(rng, doc.paragraphs, extras)
    blocks += [
        ("end", f"Editorial Team: {doc.editor}"),
        ("tags", ["#" + t.replace(" ", "") for t in rng.sample(TAG_WORDS, 3)]),
        ("section", ("Editor’s Picks", teaser_items(rng, doc, 3))),
        ("section", ("Berita Terkini Lainnya", teaser_items(rng, doc, 4))),
        ("footer", ["IDN Times Community is a media platform for millennials and Gen Z. "
                    "We share stories that matter.", f"© {pub.year} IDN Times",
                    "Pedoman Media Siber"]),
    ]  # fmt: skip
    return blocks


@dataclass(frozen=True)
class Style:
    name: str
    render: Callable[[Doc, random.Random], list[Block]]
    site: str
    dateline: Callable[[str], tuple[str, str | None, str | None]]
    """place → (dateline text with separator, gold place, gold tag)."""
    masthead: float
    """Share of pages with a page-date header."""
    article_tag: bool
    """HTML layout: ``<article>`` (True) or div-only (False)."""
    body_class: str
    title_class: str


STYLES = [
    Style("detik", style_detik, "detikNews",
          lambda p: (f"{p} - ", p, None), 0.0, True, "detail__body-text itp_bodycontent",
          "detail__title"),
    Style("kompas", style_kompas, "Kompas.com",
          lambda p: (f"{p.upper()}, KOMPAS.com - ", p, "KOMPAS.com"), 0.0, False,
          "read__content", "read__title"),
    Style("tribunnews", style_tribunnews, "Tribunnews.com",
          lambda p: (f"TRIBUNNEWS.COM, {p.upper()} - ", p, "TRIBUNNEWS.COM"), 0.7, False,
          "side-article txt-article multi-fontsize", "f50 black2 f400 crimson"),
    Style("tempo", style_tempo, "Tempo.co",
          lambda p: (f"TEMPO.CO, {p} - ", p, "TEMPO.CO"), 0.0, True, "detail-in", "title"),
    Style("okezone", style_okezone, "Okezone",
          lambda p: (f"{p.upper()} - ", p, None), 0.6, False, "read", "title"),
    Style("sindonews", style_sindonews, "SINDOnews",
          lambda p: (f"{p.upper()} - ", p, None), 0.0, False, "detail-desc", "detail-title"),
    Style("liputan6", style_liputan6, "Liputan6.com",
          lambda p: (f"Liputan6.com, {p} - ", p, "Liputan6.com"), 0.0, True,
          "article-content-body__item-content", "read-page--header--title entry-title"),
    Style("antaranews", style_antaranews, "ANTARA News",
          lambda p: (f"{p} (ANTARA) - ", p, "ANTARA"), 0.7, True, "post-content clearfix",
          "post-title"),
    Style("cnnindonesia", style_cnnindonesia, "CNN Indonesia",
          lambda p: (f"{p}, CNN Indonesia -- ", p, "CNN Indonesia"), 0.0, False,
          "detail-text", "title"),
    Style("republika", style_republika, "Republika Online",
          lambda p: (f"REPUBLIKA.CO.ID, {p.upper()} -- ", p, "REPUBLIKA.CO.ID"), 0.6, True,
          "artikel", "max-card__title"),
    Style("suara", style_suara, "Suara.com",
          lambda p: ("Suara.com - ", None, "Suara.com"), 0.0, True,
          "detail--content", "detail--title"),
    Style("idntimes", style_idntimes, "IDN Times",
          lambda p: (f"{p}, IDN Times - ", p, "IDN Times"), 0.0, False,
          "article-content-body", "title-text"),
]  # fmt: skip


# --------------------------------------------------------------------------- rendering


def render_txt(blocks: list[Block], rng: random.Random) -> str:
    """One block per line, as a scraper that keeps visible text writes it."""
    lines: list[str] = []
    for kind, payload in blocks:
        if kind == "section":
            header, items = payload  # type: ignore[misc]
            lines.append(header)
            lines.extend(items)
        elif isinstance(payload, list):
            if kind == "crumb" and rng.random() < 0.5:
                lines.append(" > ".join(payload))
            else:
                lines.extend(payload)
        else:
            lines.append(str(payload))
    sep = "\n\n" if rng.random() < 0.4 else "\n"
    return sep.join(line for line in lines if line) + "\n"


REGION = {
    "masthead": "header", "nav": "header", "crumb": "header",
    "title": "article", "meta": "article", "caption": "article", "widget": "article",
    "share": "article", "tags": "article",
    "para": "body", "inline": "body", "end": "body", "pager": "body",
    "section": "aside", "footer": "footer",
}  # fmt: skip


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def link(text: str, rng: random.Random) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]
    return f'<a href="/read/{rng.randint(100000, 999999)}/{slug}">{esc(text)}</a>'


def html_inline(text: str, rng: random.Random) -> str:
    label = re.match(r"^(baca juga|baca|lihat juga|simak juga video)\s*:?\s*", text, re.I)
    if text in ADS:
        cls = "para_caption" if text == "ADVERTISEMENT" else "scroll-text"
        return f'<div class="parallax_ads"><p class="{cls}">{esc(text)}</p></div>'
    if text.startswith("[Gambas"):
        return f'<div class="embed video20detik">{esc(text)}</div>'
    if label and len(text) > label.end():
        head, rest = text[: label.end()].strip(), text[label.end() :]
        if rng.random() < 0.5:
            return f"<p><strong>{esc(head)}</strong> {link(rest, rng)}</p>"
        return (
            f'<table class="linksisip"><tr><td><div class="lihatjg"><strong>{esc(head)}</strong>'
            f"{link(rest, rng)}</div></td></tr></table>"
        )
    return f"<p>{esc(text)}</p>"


def render_html(doc: Doc, style: Style, blocks: list[Block], rng: random.Random) -> str:
    pub = doc.source.published
    head = [
        '<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(doc.source.title)} - {esc(style.site)}</title>",
        f'<meta name="description" content="{html.escape(doc.paragraphs[0][:150])}">',
    ]
    if doc.og_title:
        head.append(f'<meta property="og:title" content="{html.escape(doc.source.title)}">')
        head.append(f'<meta property="og:site_name" content="{html.escape(style.site)}">')
    if doc.meta_published:
        head.append(
            f'<meta property="article:published_time" content="{pub:%Y-%m-%dT%H:%M:00}+07:00">'
        )
    head += [
        '<link rel="stylesheet" href="/assets/css/main.css?v=3.2.1">',
        "<style>.ads{min-height:250px}.share-box a{margin:0 4px}</style>",
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
        "gtag('js',new Date());gtag('config','UA-000000-1');</script>",
        "</head>",
        f'<body class="{style.name}-detail">',
    ]
    out = list(head)
    region = ""
    container_open = False
    closers = {
        "header": "</header>",
        "article": "</article>" if style.article_tag else "</div>",
        "aside": "</aside>",
        "footer": "</footer>",
    }
    body_open = False

    def close_body() -> None:
        nonlocal body_open
        if body_open:
            out.append("</div>")
            body_open = False

    for kind, payload in blocks:
        new_region = REGION[kind]
        target = "article" if new_region == "body" else new_region
        if target != region:
            close_body()
            if container_open:
                out.append(closers[region])
            if target == "header":
                out.append('<header class="header">')
            elif target == "article":
                out.append(
                    '<article class="detail">'
                    if style.article_tag
                    else '<div class="content-detail col-main">'
                )
            elif target == "aside":
                out.append('<aside class="side-box">' if rng.random() < 0.6 else "<aside>")
            elif target == "footer":
                out.append('<footer class="footer">')
            region = target
            container_open = True
        if new_region == "body" and not body_open:
            out.append(f'<div class="{style.body_class}">')
            body_open = True
        if new_region != "body":
            close_body()
        out.append(render_block(kind, payload, style, rng))
    close_body()
    if container_open:
        out.append(closers[region])
    out.append('<script src="/assets/js/app.min.js" async></script>\n</body>\n</html>\n')
    return "\n".join(out)


def render_block(kind: str, payload: object, style: Style, rng: random.Random) -> str:
    if kind == "masthead":
        return f'<div class="date-top">{esc(str(payload))}</div>'
    if kind == "nav":
        items = "".join(f"<li>{link(x, rng)}</li>" for x in payload)  # type: ignore[attr-defined]
        return f'<nav class="nav-main"><ul>{items}</ul></nav>'
    if kind == "crumb":
        items = "".join(f"<li>{link(x, rng)}</li>" for x in payload)  # type: ignore[attr-defined]
        return f'<div class="breadcrumb"><ol>{items}</ol></div>'
    if kind == "title":
        return f'<h1 class="{style.title_class}">{esc(str(payload))}</h1>'
    if kind == "meta":
        spans = "".join(f'<div class="detail__date">{esc(x)}</div>' for x in payload)  # type: ignore[attr-defined]
        return f'<div class="detail__author">{spans}</div>'
    if kind == "caption":
        return (
            f'<figure class="detail__media"><img src="/img/{rng.randint(1000, 9999)}.jpg" '
            f'alt=""><figcaption>{esc(str(payload))}</figcaption></figure>'
        )
    if kind == "widget":
        items = "".join(f"<span>{esc(x)}</span>" for x in payload)  # type: ignore[attr-defined]
        return f'<div class="font-size-widget">{items}</div>'
    if kind == "share":
        items = "".join(f"<a>{esc(x)}</a>" for x in payload)  # type: ignore[attr-defined]
        return f'<div class="share-box">{items}</div>'
    if kind == "tags":
        items = "".join(f"<li>{link(x, rng)}</li>" for x in payload)  # type: ignore[attr-defined]
        return f'<div class="tag-list"><ul>{items}</ul></div>'
    if kind == "para":
        return f"<p>{esc(str(payload))}</p>"
    if kind == "inline":
        return html_inline(str(payload), rng)
    if kind == "end":
        return f'<p class="editor">{esc(str(payload))}</p>'
    if kind == "pager":
        items = "".join(f"<a>{esc(x)}</a>" for x in payload)  # type: ignore[attr-defined]
        return f'<div class="paging">{items}</div>'
    if kind == "section":
        header, items = payload  # type: ignore[misc]
        lis = "".join(f"<li>{link(x, rng)}</li>" for x in items)
        return (
            f'<div class="box-related"><h3 class="title-box">{esc(header)}</h3><ul>{lis}</ul></div>'
        )
    if kind == "footer":
        return "".join(f"<p>{esc(x)}</p>" for x in payload)  # type: ignore[attr-defined]
    raise ValueError(kind)


# --------------------------------------------------------------------------- build


def initials(name: str, rng: random.Random) -> str:
    parts = [p for p in name.lower().split() if p.isalpha()]
    first = (parts[0][:1] + (parts[-1][:2] if len(parts) > 1 else parts[0][1:3]))[:3]
    second = "".join(rng.sample("abcdefghijklmnoprstuwy", 3))
    return variant(rng, first, f"{first}/{second}")


def make_docs(
    sources: list[Source], seed: int = SEED
) -> Iterator[tuple[Style, Doc, random.Random]]:
    rng = random.Random(seed)
    pool = sorted(sources, key=lambda s: (s.file, s.row))
    rng.shuffle(pool)
    needed = BODIES_PER_STYLE * len(STYLES)
    chosen, others = pool[:needed], pool[needed:]
    titles = [s.title for s in others[:400]]
    leads = [s.paragraphs[0] for s in others[400:600] if len(s.paragraphs[0]) < 400]
    for i, source in enumerate(chosen):
        style = STYLES[i % len(STYLES)]
        page_rng = random.Random(f"{seed}:{style.name}:{i}")
        place = page_rng.choice(PLACES)
        text, gold_place, tag = style.dateline(place)
        paragraphs = list(source.paragraphs)
        paragraphs[0] = text + paragraphs[0]
        author, editor = page_rng.sample(NAMES, 2)
        has_masthead = page_rng.random() < style.masthead
        doc = Doc(
            style=style.name,
            index=i // len(STYLES) + 1,
            source=source,
            paragraphs=paragraphs,
            dateline_text=text,
            dateline_place=gold_place,
            dateline_tag=tag,
            author=author,
            editor=editor,
            initials=initials(editor, page_rng),
            show_published=page_rng.random() < 0.88,
            page_date=crawl_day(page_rng).date() if has_masthead else None,
            teasers=page_rng.sample(titles, 12),
            leads=[f"{page_rng.choice(['JAKARTA - ', 'Jakarta - ', ''])}{x}"
                   for x in page_rng.sample(leads, 3)],
            meta_published=page_rng.random() < 0.5,
            og_title=page_rng.random() < 0.75,
        )  # fmt: skip
        yield style, doc, page_rng


LEAD_DATE = re.compile(r"\((\d{1,2})/(\d{1,2})/(\d{4})\)")
LEAD_PARAGRAPHS = 3
"""Seed 000 states its date in its third paragraph."""


def lead_date(paragraphs: list[str]) -> tuple[str | None, str]:
    """Publication date of a page that states none in its byline or metadata.

    As in the seed gold (seed 000: ``Selasa (25/7/2023)`` in the lead gives 2023-07-25), an
    explicit full date ``(d/m/yyyy)`` in the first paragraphs is taken; otherwise unknown.
    """
    for paragraph in paragraphs[:LEAD_PARAGRAPHS]:
        match = LEAD_DATE.search(paragraph)
        if match:
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day).isoformat(), "lead"
    return None, "none"


def credits(doc: Doc, blocks: list[Block]) -> tuple[list[str], list[str]]:
    """Gold authors/editors: the names the page actually shows."""
    shown = "\n".join(
        "\n".join(p) if isinstance(p, list) else str(p)
        for k, p in blocks
        if k in {"meta", "end", "caption"}
    )
    authors = [doc.author] if doc.author in shown else []
    editors = [doc.editor] if doc.editor in shown else []
    if f"({doc.initials})" in shown:
        editors.append(doc.initials)
    return authors, editors


def source_name(path: Path) -> str:
    """Page path as stored in gold: relative to the repository when inside it."""
    repo = HERE.parent.parent
    resolved = path.resolve()
    return str(resolved.relative_to(repo)) if resolved.is_relative_to(repo) else str(resolved)


def build(shared: Path, seed: int = SEED, out: Path | None = None) -> int:
    """Write pages and gold; ``out`` (with another ``seed``) makes a fresh variant elsewhere."""
    pages_dir = out / "pages" if out else PAGES_DIR
    gold_path = out / "synthetic.jsonl" if out else GOLD_PATH
    sources = load_sources(shared)
    if len(sources) < BODIES_PER_STYLE * len(STYLES) + 600:
        sys.exit(f"error: only {len(sources)} usable CLICK-ID articles")
    gold_rows: list[dict[str, object]] = []
    for style, doc, rng in make_docs(sources, seed):
        blocks = style.render(doc, rng)
        authors, editors = credits(doc, blocks)
        stem = f"{style.name}/{doc.index:02d}"
        txt = render_txt(blocks, rng)
        page_html = render_html(doc, style, blocks, rng)
        for form, content in (("txt", txt), ("html", page_html)):
            path = pages_dir / f"{stem}.{form}"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
            published: str | None = doc.source.published.date().isoformat()
            role = "byline" if doc.show_published else "metadata"
            if not (doc.show_published or (form == "html" and doc.meta_published)):
                published, role = lead_date(doc.paragraphs)
            gold_rows.append(
                {
                    "id": f"{style.name}-{doc.index:02d}-{form}",
                    "source": source_name(path),
                    "style": style.name,
                    "form": form,
                    "clickid": {"file": doc.source.file, "row": doc.source.row},
                    "title": doc.source.title,
                    "published": published,
                    "published_from": role if published else None,
                    "page_date": doc.page_date.isoformat() if doc.page_date else None,
                    "dateline": {
                        "text": doc.dateline_text.strip(),
                        "place": doc.dateline_place,
                        "tag": doc.dateline_tag,
                    },
                    "authors": authors,
                    "editors": editors,
                    "paragraphs": doc.paragraphs,
                }
            )
    gold_path.parent.mkdir(parents=True, exist_ok=True)
    with gold_path.open("w", encoding="utf-8") as handle:
        for row in gold_rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(gold_rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--shared", default="../shared", help="path to the shared data folder")
    parser.add_argument("--seed", type=int, default=SEED, help="another seed: a fresh variant")
    parser.add_argument(
        "--out", help="write pages and gold here instead of eval/clean (e.g. build/eval-fresh)"
    )
    args = parser.parse_args(argv)
    out = Path(args.out) if args.out else None
    if out is None and args.seed != SEED:
        sys.exit("error: a different --seed needs --out (the committed set uses SEED)")
    count = build(Path(args.shared), args.seed, out)
    print(f"wrote {count} pages under {out or PAGES_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
