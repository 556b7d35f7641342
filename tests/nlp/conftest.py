"""Fixtures of the NLP tests: a tokenizer-only pipeline and the sentences of the seed pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import spacy

from warta.nlp.sentences import COMPONENT_NAME
from warta.nlp.tokenizer import TOKENIZER_NAME

NLP_DATA = Path(__file__).parent / "data"

# Sentences of the two seed pages (../shared/seeds), copied as test strings.
SEED_SHOIGU = (
    "MOSKOW - Menteri Pertahanan (Menhan) Rusia Sergey Shoigu akan melakukan perjalanan ke "
    "Korea Utara (Korut) pekan ini atas undangan Pyongyang untuk menghadiri perayaan berakhirnya "
    "Perang Korea."
)
SEED_KEMHAN = (
    "Kementerian Pertahanan di Moskow mengumumkan hal itu di tengah ketegangan di semenanjung "
    "Korea."
)
SEED_QUOTE = (
    "Dalam pernyataan pada Selasa (25/7/2023), Kemhan mengatakan, “Delegasi Rusia akan "
    "mengunjungi Korea Utara dari 25 hingga 27 Juli untuk mengambil bagian dalam perayaan "
    'peringatan 70 tahun kemenangan rakyat Korea."'
)
SEED_KIM = (
    "Rusia dan Korea Utara secara tradisional menikmati hubungan dekat sejak era Soviet. Pada "
    "tahun 2019, Pemimpin Korea Utara Kim Jong-un memulai perjalanan luar negeri yang jarang "
    "terjadi, bertemu dengan Presiden Vladimir Putin di Vladivostok, Timur Jauh Rusia."
)
SEED_KANG = (
    "Jakarta, IDM – Menteri Pertahanan (Menhan) Rusia Sergei Shoigu melakukan pertemuan dengan "
    "Menhan Korea Utara (Korut) Kang Sun Nam di Pyongyang pada beberapa waktu lalu. Pertemuan itu "
    "merupakan wujud Rusia dalam memperkuat hubungan kerja sama militer dengan Korut."
)
SEED_HEADER = (
    "Minggu, 19 Mei 2024\n\nPererat Hubungan Pertahanan, Menhan Rusia Berkunjung ke Korea Utara\n\n"
    "BACA JUGA\n\n" + SEED_KANG
)


@pytest.fixture(scope="session")
def rules_nlp() -> Any:
    """Tokenizer + sentence segmenter, no trained weights."""
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})
    nlp.add_pipe(COMPONENT_NAME)
    return nlp
