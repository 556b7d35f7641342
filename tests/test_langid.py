"""Per-document language with confidence: id, ms, en, other."""

from __future__ import annotations

import pytest

from tests.conftest import SEED_002
from warta.langid import identify

INDONESIAN_CALLED_MALAY = (
    "Seorang pengguna Facebook bernama Nik Yam Chik Zainab mengunggah sebuah cerita tentang "
    "kehidupan pernikahannya dengan suami yang bernama Abdul Harim Abdul Rahman. Pasangan asal "
    "Malaysia ini terpaksa menjalani hidup sederhana setelah suaminya jatuh sakit."
)
MALAY = (
    "Kerajaan negeri akan memperuntukkan wang tambahan kepada hospital daerah selepas mesyuarat "
    "exco semalam, kata Menteri Besar. Beliau berkata, pihak berkuasa tempatan juga boleh memohon "
    "peruntukan itu kerana kos penyelenggaraan kenderaan semakin meningkat."
)
ENGLISH = (
    "Russia's defence minister Sergei Shoigu arrived in Pyongyang on Tuesday for talks with his "
    "North Korean counterpart, the ministry said, as the two countries mark the seventieth "
    "anniversary of the armistice that ended the Korean War."
)
FRENCH = (
    "Le ministre russe de la Défense est arrivé mardi à Pyongyang pour des entretiens avec son "
    "homologue nord-coréen, a indiqué le ministère, alors que les deux pays célèbrent le "
    "soixante-dixième anniversaire de l'armistice qui a mis fin à la guerre de Corée. Selon "
    "l'agence officielle, la visite doit durer trois jours et comprendre un défilé militaire."
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (SEED_002.read_text(encoding="utf-8"), "id"),
        (INDONESIAN_CALLED_MALAY, "id"),
        (MALAY, "ms"),
        (ENGLISH, "en"),
        (FRENCH, "other"),
    ],
    ids=["seed", "indonesian-detector-says-malay", "malay", "english", "french"],
)
def test_identify(text: str, language: str) -> None:
    guess = identify(text)
    assert guess.language == language
    assert 0.0 <= guess.confidence <= 1.0


def test_too_short_for_a_verdict_on_other() -> None:
    assert identify("Bocah tersebut berinisial AR (3) dan tinggal di Medan.").language == "id"
