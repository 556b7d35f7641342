"""Stories: near-duplicate copies, cross-outlet stories and fused events.

``warta.stories.neardup`` finds reprints and syndicated copies (MinHash LSH) with their
canonical copy.
"""

from __future__ import annotations

from warta.stories.neardup import MinHasher, NearDuplicateIndex, find_near_duplicates

__all__ = ["MinHasher", "NearDuplicateIndex", "find_near_duplicates"]
