"""The one kind of cache the package keeps: per-word results, bounded in memory.

News vocabulary repeats, so per-word work (normalisation, clitic analysis, features) is
worth keeping; but a long-running process sees any number of distinct words, some of them
very long (a run of letters without spaces), so a cache must be bounded by what it holds,
not only by how many entries.
"""

from __future__ import annotations

from typing import TypeVar

__all__ = ["LONGEST_KEY", "BoundedCache"]

_K = TypeVar("_K", bound="str | tuple[object, ...]")
_V = TypeVar("_V")

#: Keys (words) longer than this many characters are not kept: no real word is that long,
#: such a string does not repeat, and its results are as large as it is.
LONGEST_KEY = 100


class BoundedCache(dict[_K, _V]):
    """A dict bounded by ``entries`` and by ``chars``, the total length of its keys (for a
    tuple key, of its first element, the word). The results kept for a word are about its
    size, so ``chars`` bounds the memory. When a new key would exceed either bound, the
    cache is emptied and starts again: cheaper than tracking recency, and news vocabulary
    refills it at once. Read it as a dict (``get`` runs in C); add with :meth:`put`.

    >>> cache = BoundedCache[str, int](entries=2)
    >>> cache.put("قال", 1), cache.put("الوزير", 2), cache.put("إن", 3)
    (1, 2, 3)
    >>> dict(cache)
    {'إن': 3}
    >>> cache.put("ب" * 1000, 4) and "ب" * 1000 in cache
    False
    """

    __slots__ = ("chars", "entries", "held")

    def __init__(self, entries: int, chars: int | None = None) -> None:
        super().__init__()
        self.entries = entries
        self.chars = 16 * entries if chars is None else chars
        self.held = 0  # characters in the keys

    def put(self, key: _K, value: _V) -> _V:
        """Keep ``value`` under ``key`` unless the key is too long to be worth it;
        return ``value``."""
        size = len(key if isinstance(key, str) else str(key[0]))
        if size > LONGEST_KEY or key in self:
            return value
        if len(self) >= self.entries or self.held + size > self.chars:
            self.clear()
        self.held += size
        self[key] = value
        return value

    def clear(self) -> None:
        """Forget everything."""
        super().clear()
        self.held = 0
