"""Comparison keys for names, titles and adjectives.

A *word key* is what two spellings of one word share: diacritics, tatweel and controls
removed; alef forms, alef maqsura and teh marbuta unified; hamza on a seat read as the
seat (``ئ`` -> ``ي``, ``ؤ`` -> ``و``); the article ``ال`` dropped, since news text
writes many names with or without it (``الكرملين``/``كرملين``).

>>> from arabic_newsnlp.link.keys import name_keys, word_key
>>> word_key("الأميركيّة")
'اميركيه'
>>> name_keys("أنتوني  بلينكن")
('انتوني', 'بلينكن')
"""

from __future__ import annotations

from .._cache import BoundedCache
from ..text.normalize import CONTROLS, DIACRITICS, TATWEEL, normalize

__all__ = ["clean_surface", "loose_key", "name_keys", "proclitic_variants", "word_key"]

_DISPLAY_DROP: dict[int, None] = {ord(c): None for c in (*DIACRITICS, *CONTROLS, TATWEEL)}
_SEATS = {ord("ئ"): "ي", ord("ؤ"): "و", ord("ء"): None}
_SPLIT = {ord("-"): " ", ord("‐"): " ", ord("_"): " "}
_word_cache = BoundedCache[str, str](entries=50_000)
_name_cache = BoundedCache[str, tuple[str, ...]](entries=50_000)
_surface_cache = BoundedCache[str, str](entries=50_000)
_variant_cache = BoundedCache[str, tuple[tuple[int, str], ...]](entries=50_000)
#: Proclitic letter sequences that can stand before a title word (و ف ب ل ك and pairs).
_PROCLITICS = ("وب", "ول", "فب", "فل", "وك", "فك", "و", "ف", "ب", "ل", "ك")


def word_key(word: str) -> str:
    """The comparison key of one word (see the module docstring).

    >>> word_key("مؤتمر"), word_key("السبع")
    ('موتمر', 'سبع')
    """
    key = _word_cache.get(word)
    if key is None:
        key = normalize(word, teh_marbuta=True).translate(_SEATS)
        if len(key) > 3 and key.startswith("ال"):
            key = key[2:]
        if not key:
            key = normalize(word)
        _word_cache.put(word, key)
    return key


_VOWEL_LETTERS = {ord("ا"): None, ord("و"): None, ord("ي"): None}


def loose_key(key: str, min_length: int) -> str:
    """A word key without its inner vowel letters, for words of ``min_length`` or more
    letters: transliterated names vary there (``اميركا``/``امريكا``).

    >>> loose_key("اميركا", 5) == loose_key("امريكا", 5)
    True
    >>> loose_key("سلمان", 7)
    'سلمان'
    """
    if len(key) < min_length:
        return key
    return key[0] + key[1:-1].translate(_VOWEL_LETTERS) + key[-1]


def name_keys(name: str) -> tuple[str, ...]:
    """The word keys of a name, split on white space and hyphens.

    >>> name_keys("يون سوك-يول")
    ('يون', 'سوك', 'يول')
    """
    keys = _name_cache.get(name)
    if keys is None:
        keys = tuple(word_key(w) for w in name.translate(_SPLIT).split())
        _name_cache.put(name, keys)
    return keys


def proclitic_variants(word: str) -> tuple[tuple[int, str], ...]:
    """``(offset, key)`` readings of ``word`` with 0, 1 or 2 proclitic letters removed.

    ``offset`` is the number of characters removed from the front; the first reading is
    always the whole word. ``للرئيس`` reads as ``ل`` + ``(ا)لرئيس``.

    >>> proclitic_variants("بالرئيس")
    ((0, 'بالرييس'), (1, 'رييس'))
    """
    found = _variant_cache.get(word)
    if found is not None:
        return found
    out = [(0, word_key(word))]
    seen = {out[0][1]}
    for prefix in _PROCLITICS:
        if len(word) - len(prefix) < 2 or not word.startswith(prefix):
            continue
        rest = word[len(prefix) :]
        readings = [rest]
        if prefix.endswith("ل") and rest.startswith("ل"):
            readings.append("ا" + rest)  # لل = ل + ال with the alef dropped
        for reading in readings:
            key = word_key(reading)
            if key not in seen:
                seen.add(key)
                out.append((len(prefix), key))
    result = tuple(out)
    _variant_cache.put(word, result)
    return result


def clean_surface(text: str) -> str:
    """A mention's text for display: no diacritics, tatweel or controls, single spaces.

    >>> clean_surface("أَنتوني   بلينكن")
    'أنتوني بلينكن'
    """
    found = _surface_cache.get(text)
    if found is None:
        found = " ".join(text.translate(_DISPLAY_DROP).split())
        _surface_cache.put(text, found)
    return found
