"""Near-duplicates: reprints and syndicated copies, found with MinHash LSH.

An exact duplicate (same normalised body) is already filtered by the runner (``W121``). This
module finds the copies that differ a little: another outlet's dateline and credit line, a
trimmed or added paragraph, a few words changed.

1. ``shingles``: the text is folded to lower case and split into words; each run of
   ``SHINGLE_WORDS`` consecutive words is hashed to 64 bits. A text with fewer than
   ``MIN_SHINGLES`` shingles gets the empty signature and is never compared.
2. ``minhash``: ``NUM_PERM`` multiply-shift hash functions over the shingle hashes; the signature
   keeps each function's minimum. The share of equal positions of two signatures estimates the
   Jaccard similarity of the two shingle sets.
3. ``NearDuplicateIndex``: LSH with ``BANDS`` bands of ``ROWS`` rows; two articles are
   candidates when one band is equal, and a candidate pair is a near-duplicate when the
   estimated Jaccard is at least ``threshold`` (``THRESHOLD``). No pair is compared otherwise.
4. ``groups``: near-duplicate pairs are joined into groups (union-find); the canonical copy of a
   group is the earliest published, then the longest, then the smallest article id, so the
   answer does not depend on the order the articles came in.

Implemented with numpy rather than datasketch (same algorithm, no new dependency): 0.1-0.2 ms
per article for the signature on CLICK-ID (``scripts/bench_stories.py``).
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
import numpy.typing as npt

from warta.records import NearDuplicate

WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
SHINGLE_WORDS = 5
"""Five-word shingles: an edited word changes at most five shingles, while two outlets' own
reports of one event share almost none (their Jaccard is ~0.0)."""
NUM_PERM = 128
BANDS = 32
ROWS = 4
"""32 bands of 4 rows: a pair with Jaccard 0.5 becomes a candidate with probability 0.87, 0.6
with 0.99, 0.2 with 0.05; the verification step then applies the threshold."""
THRESHOLD = 0.5
"""Estimated Jaccard of five-word shingles from which two texts are copies of one text. A copy
with a new dateline, a changed lead sentence and a dropped closing paragraph scores 0.6-0.8
(tests/stories/test_neardup.py); two outlets' reports of one event score below 0.1."""
MIN_SHINGLES = 12
"""A text with fewer shingles (about 16 words) is not indexed: empty and one-line bodies (a
caption, a broken scrape) would otherwise all be copies of each other."""
SEED = 20190917
"""Seed of the hash functions. Signatures stored in a database are only comparable with
signatures made with the same seed and ``NUM_PERM``."""

_MIX = np.uint64(0x9E3779B97F4A7C15)
Signature = npt.NDArray[np.uint32]
T = TypeVar("T")


def words(text: str) -> list[str]:
    return WORD_RE.findall(text.casefold())


def shingles(text: str, k: int = SHINGLE_WORDS) -> npt.NDArray[np.uint64]:
    """64-bit hashes of the ``k``-word shingles of ``text`` (unique, sorted)."""
    tokens = words(text)
    if not tokens:
        return np.zeros(0, dtype=np.uint64)
    ids = np.fromiter(
        (zlib.crc32(t.encode("utf-8")) for t in tokens), dtype=np.uint64, count=len(tokens)
    )
    width = min(k, len(ids))
    count = len(ids) - width + 1
    hashes = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(width):
            hashes = hashes * _MIX + ids[j : j + count] + np.uint64(j + 1)
    return np.unique(hashes)


class MinHasher:
    """``NUM_PERM`` multiply-shift hash functions; ``__call__`` gives a text's signature."""

    def __init__(self, num_perm: int = NUM_PERM, seed: int = SEED) -> None:
        rng = np.random.default_rng(seed)
        self.num_perm = num_perm
        self.a = rng.integers(1, 2**63, size=num_perm, dtype=np.uint64) * np.uint64(2) + np.uint64(
            1
        )
        self.b = rng.integers(0, 2**63, size=num_perm, dtype=np.uint64)

    def __call__(self, text: str) -> Signature:
        return self.signature(shingles(text))

    def signature(self, hashes: npt.NDArray[np.uint64]) -> Signature:
        if len(hashes) < MIN_SHINGLES:
            return np.full(self.num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
        with np.errstate(over="ignore"):
            mixed = hashes[:, None] * self.a[None, :] + self.b[None, :]
        signature: Signature = (mixed >> np.uint64(32)).astype(np.uint32).min(axis=0)
        return signature


def is_empty(signature: Signature) -> bool:
    """The signature of a text too short to compare (see ``MIN_SHINGLES``)."""
    return bool((signature == np.iinfo(np.uint32).max).all())


def similarity(left: Signature, right: Signature) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(left == right)) / len(left)


@dataclass(frozen=True, slots=True)
class DocInfo:
    """What the canonical choice needs to know about an article."""

    id: str
    published: str | None
    length: int


def canonical_key(doc: DocInfo) -> tuple[str, int, str]:
    """Earliest published first (unknown dates last), then the longest text, then the id."""
    return (doc.published or "9999", -doc.length, doc.id)


class _Column(Mapping[str, T]):
    """A read-only ``id → value`` view over the index's lists."""

    def __init__(self, number: dict[str, int], get: Callable[[int], T]) -> None:
        self._number = number
        self._get = get

    def __getitem__(self, key: str) -> T:
        return self._get(self._number[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._number)

    def __len__(self) -> int:
        return len(self._number)


class NearDuplicateIndex:
    """An LSH index of signatures that grows with ``add``.

    Memory per article: its signature in one numpy array (4 bytes per hash function), its
    ``DocInfo`` and one entry per band in a single dict keyed by a 64-bit hash of the band's rows
    and number; a bucket holding one article holds its number, not a list."""

    def __init__(
        self,
        *,
        threshold: float = THRESHOLD,
        bands: int = BANDS,
        rows: int = ROWS,
        hasher: MinHasher | None = None,
    ) -> None:
        self.hasher = hasher or MinHasher(bands * rows)
        if self.hasher.num_perm != bands * rows:
            raise ValueError("bands * rows must equal the number of hash functions")
        self.threshold = threshold
        self.bands = bands
        self.rows = rows
        self._buckets: dict[int, int | list[int]] = {}
        self._salt = np.arange(1, bands + 1, dtype=np.uint64) * np.uint64(0xD6E8FEB86659FD93)
        self._number: dict[str, int] = {}
        self._docs: list[DocInfo] = []
        self._matrix = np.zeros((1024, self.hasher.num_perm), dtype=np.uint32)
        self.signatures: Mapping[str, Signature] = _Column(self._number, self._row)
        self.docs: Mapping[str, DocInfo] = _Column(self._number, self._docs.__getitem__)

    def __len__(self) -> int:
        return len(self._docs)

    def _band_keys(self, signature: Signature) -> list[int]:
        """One 64-bit key per band: the band's rows hashed together with the band number."""
        keys = np.zeros(self.bands, dtype=np.uint64)
        rows = signature.reshape(self.bands, self.rows).astype(np.uint64)
        with np.errstate(over="ignore"):
            for j in range(self.rows):
                keys = keys * _MIX + rows[:, j]
            keys ^= self._salt
        return [int(k) for k in keys.tolist()]

    def _row(self, number: int) -> Signature:
        row: Signature = self._matrix[number]
        return row

    def add(
        self,
        doc: DocInfo,
        *,
        text: str | None = None,
        signature: Signature | None = None,
    ) -> list[tuple[str, float]]:
        """Index one article (its ``text`` or a stored ``signature``); return the articles
        already indexed that it nearly duplicates, with their estimated similarity."""
        if signature is None:
            if text is None:
                raise ValueError("give the text or the signature")
            signature = self.hasher(text)
        if doc.id in self._number:
            return []
        number = len(self._docs)
        if number == len(self._matrix):
            grown = np.zeros((2 * number, self.hasher.num_perm), dtype=np.uint32)
            grown[:number] = self._matrix
            self._matrix = grown
        self._matrix[number] = signature
        self._number[doc.id] = number
        self._docs.append(doc)
        if is_empty(signature):
            return []
        candidates: set[int] = set()
        for key in self._band_keys(signature):
            bucket = self._buckets.get(key)
            if bucket is None:
                self._buckets[key] = number
            elif isinstance(bucket, int):
                candidates.add(bucket)
                self._buckets[key] = [bucket, number]
            else:
                candidates.update(bucket)
                bucket.append(number)
        found = []
        for other in sorted(candidates, key=lambda n: self._docs[n].id):
            score = similarity(signature, self._matrix[other])
            if score >= self.threshold:
                found.append((self._docs[other].id, score))
        return found


def groups(pairs: Iterable[tuple[str, str]], docs: Mapping[str, DocInfo]) -> dict[str, list[str]]:
    """Union-find over near-duplicate pairs: canonical id → members (canonical first)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for left, right in pairs:
        a, b = find(left), find(right)
        if a != b:
            parent[max(a, b)] = min(a, b)
    members: dict[str, list[str]] = defaultdict(list)
    for x in list(parent):
        members[find(x)].append(x)
    out: dict[str, list[str]] = {}
    for group in members.values():
        ordered = sorted(group, key=lambda i: canonical_key(docs[i]))
        out[ordered[0]] = ordered
    return out


def near_duplicates(
    index: NearDuplicateIndex, pairs: Iterable[tuple[str, str]]
) -> list[NearDuplicate]:
    """One ``NearDuplicate`` per non-canonical copy: its canonical copy and their similarity."""
    out = []
    for canonical, members in sorted(groups(pairs, index.docs).items()):
        for member in members[1:]:
            score = similarity(index.signatures[member], index.signatures[canonical])
            out.append(NearDuplicate(member, canonical, round(score, 4)))
    return out


def find_near_duplicates(
    docs: Sequence[tuple[DocInfo, str]], *, threshold: float = THRESHOLD
) -> list[NearDuplicate]:
    """Near-duplicates among ``(doc, text)`` pairs (a convenience over ``NearDuplicateIndex``)."""
    index = NearDuplicateIndex(threshold=threshold)
    pairs: list[tuple[str, str]] = []
    for doc, text in sorted(docs, key=lambda d: d[0].id):
        pairs.extend((doc.id, other) for other, _ in index.add(doc, text=text))
    return near_duplicates(index, pairs)
