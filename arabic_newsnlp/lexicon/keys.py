"""The spelling keys words and names are compared by, in one place.

A *name key* (:func:`name_key`, the gazetteer's and the entity step's) removes diacritics,
tatweel and controls and unifies alef forms, alef maqsura and teh marbuta. A *word key*
(:func:`word_key`, the linker's) also reads hamza on a seat as the seat (``ئ`` -> ``ي``,
``ؤ`` -> ``و``) and drops the article ``ال``, since news text writes many names with or
without it (``الكرملين``/``كرملين``). The quote rules compare normalised words by their
:func:`head_of`.

>>> name_key("الأُمم  المتّحدة")
'الامم المتحده'
>>> word_key("الأميركيّة"), name_keys("أنتوني  بلينكن")
('اميركيه', ('انتوني', 'بلينكن'))
"""

from __future__ import annotations

from .._cache import BoundedCache
from ..text.normalize import CONTROLS, DIACRITICS, TATWEEL, normalize

__all__ = [
    "ARTICLE",
    "CONJUNCTIONS",
    "FUTURE",
    "PREPOSITIONS",
    "clean_surface",
    "head_of",
    "loose_key",
    "name_key",
    "name_key_readings",
    "name_keys",
    "proclitic_variants",
    "word_key",
]

#: The proclitics, written once: conjunctions, prepositions, the future prefix of a verb
#: and the article (the clitic grammar, the keys below and the entity and quote rules read
#: these).
CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
FUTURE = "س"
ARTICLE = "ال"


def name_key(name: str) -> str:
    """The form names are compared by: diacritics, tatweel and controls removed, alef,
    alef maqsura and teh marbuta unified, runs of spaces made one.

    >>> name_key("كوريا  الجنوبيّة")
    'كوريا الجنوبيه'
    """
    return " ".join(normalize(name, teh_marbuta=True).split())


_DISPLAY_DROP: dict[int, None] = {ord(c): None for c in (*DIACRITICS, *CONTROLS, TATWEEL)}
_SEATS = {ord("ئ"): "ي", ord("ؤ"): "و", ord("ء"): None}
_SPLIT = {ord("-"): " ", ord("‐"): " ", ord("_"): " "}
_word_cache = BoundedCache[str, str](entries=50_000)
_name_cache = BoundedCache[str, tuple[str, ...]](entries=50_000)
_surface_cache = BoundedCache[str, str](entries=50_000)
_variant_cache = BoundedCache[str, tuple[tuple[int, str], ...]](entries=50_000)
#: Proclitic letter sequences that can stand before a title word (a conjunction, a
#: preposition, or both), longest first.
_PROCLITICS = tuple(c + p for c in CONJUNCTIONS for p in PREPOSITIONS) + CONJUNCTIONS + PREPOSITIONS


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
    for cut, reading in _after_proclitics(word):
        key = word_key(reading)
        if key not in seen:
            seen.add(key)
            out.append((cut, key))
    result = tuple(out)
    _variant_cache.put(word, result)
    return result


def name_key_readings(key: str) -> tuple[str, ...]:
    """The keys one word of a name (a :func:`name_key`) may have in running text, where
    the clitic step may cut what looks like proclitics off it: the word itself, then the
    rest after one or two proclitic letters, with the article restored after a fused
    ``لل`` (``للشغل`` -> ``الشغل``, ``وتوزيع`` -> ``توزيع``).

    >>> name_key_readings("للشغل")
    ('للشغل', 'لشغل', 'الشغل')
    """
    out = [key]
    out.extend(r for _, r in _after_proclitics(key) if r not in out)
    return tuple(out)


def _after_proclitics(word: str) -> list[tuple[int, str]]:
    """What is left of ``word`` after each run of proclitic letters it may open with, as
    ``(letters cut, rest)``; after ``لل`` also with the article's alef restored."""
    out: list[tuple[int, str]] = []
    for prefix in _PROCLITICS:
        if len(word) - len(prefix) < 2 or not word.startswith(prefix):
            continue
        rest = word[len(prefix) :]
        out.append((len(prefix), rest))
        if prefix.endswith("ل") and rest.startswith("ل"):
            out.append((len(prefix), "ا" + rest))  # لل = ل + ال with the alef dropped
    return out


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


#: The article with a conjunction or preposition before it (``لل``: the alef dropped).
_ARTICLE_PREFIXES = (
    *(p + (ARTICLE[1:] if p == "ل" else ARTICLE) for p in CONJUNCTIONS + PREPOSITIONS),
    ARTICLE,
)
_heads = BoundedCache[str, str](entries=50_000)


def head_of(norm: str) -> str:
    """A normalised word without its article and a preposition before it.

    >>> head_of("للوزير"), head_of("والرئيس"), head_of("ال")
    ('وزير', 'رئيس', 'ال')
    """
    found = _heads.get(norm)
    if found is not None:
        return found
    found = norm
    for prefix in _ARTICLE_PREFIXES:
        if norm.startswith(prefix) and len(norm) - len(prefix) >= 2:
            found = norm[len(prefix) :]
            break
    _heads.put(norm, found)
    return found
