"""Where a name starts inside a token: after attached proclitics, keeping the article.

``لكوريا`` -> ``كوريا``, ``والصين`` -> ``الصين``, ``وبيونغ`` -> ``بيونغ``. The article
``ال`` stays where it is written as part of the name (``الكرملين``). Where the article is
fused with a preceding ``ل`` (``للأمم``: ``ل`` + ``ال`` + ``أمم``, the article's alef
dropped), the span starts at the stem (``أمم``): the letter that remains belongs to both
pieces, and a span cannot hold the missing alef. The *key* of such a name restores the
article (``الامم``), so gazetteer lookups and entity linking still see ``الأمم المتحدة``.

The split comes from the token's clitic segments (:attr:`Token.segments`, filled by the
``clitics`` step). When a token has a single stem segment (no segmenter ran, or it left the
word whole) a conservative fallback applies: ``و``/``ف`` and ``ب``/``ل``/``ك`` before a
written article are split off, and before any other remainder only when the remainder is a
known name and the whole word is not. A token that is itself a known name (a gazetteer
name, or a word of the person-name lists longer than three letters: ``بارو``, not ``ب`` +
``ارو``) is never split.

>>> from arabic_newsnlp.ner.boundaries import name_part
>>> from arabic_newsnlp.text.tokenize import tokenize
>>> [name_part(t)[1:3] for t in tokenize("لكوريا والصين للأمم")]
[('كوريا', 'كوريا'), ('الصين', 'الصين'), ('أمم', 'الامم')]
"""

from __future__ import annotations

from .._cache import BoundedCache
from ..document import Token
from ..lexicon.gazetteer import gazetteer, name_lists
from ..lexicon.keys import ARTICLE, CONJUNCTIONS, PREPOSITIONS, name_key
from ..text.clitics import seen_alone
from ..text.normalize import normalize

__all__ = ["UNCACHED_KINDS", "name_part", "strip_proclitics"]

#: Token kinds whose texts rarely repeat (each number is new): never cached by text, so
#: memory stays flat over long streams.
UNCACHED_KINDS = frozenset({"number", "date", "url", "email", "hashtag", "mention"})

_CONJ = frozenset(CONJUNCTIONS)
_PREP = frozenset(PREPOSITIONS)
_MIN_STEM = 2

_cache = BoundedCache[str, tuple[int, str, str, str]](entries=50_000)


def _known(key: str, rest: str = "") -> bool:
    """A gazetteer name or head, or a person's name written more often whole than its
    remainder after the proclitics (``rest``, when given): ``بارو``, ``كمال``, not
    ``وعلي``. Such a word is never split."""
    gaz = gazetteer()
    if gaz.is_head(key) or gaz.lookup(key):
        return True
    if len(key) < 4 or not rest:
        return False
    lists = name_lists()
    if lists.word_kinds(key) and not lists.word_kinds(rest) and not gaz.lookup(rest):
        return True  # كاليفورنيا, not ك + اليفورنيا
    return lists.person_count(key) > max(1, lists.person_count(rest))


def _listed(key: str) -> bool:
    """A gazetteer name or head, or a word of the large name lists."""
    gaz = gazetteer()
    return gaz.is_head(key) or bool(gaz.lookup(key)) or bool(name_lists().word_kinds(key))


def strip_proclitics(word: str) -> tuple[int, bool]:
    """The fallback split of a bare word: ``(offset where the name starts, fused article)``.

    >>> strip_proclitics("وبالرئيس"), strip_proclitics("لبنان"), strip_proclitics("للأمم")
    ((2, False), (0, False), (2, True))
    """
    n = len(word)
    if n < 3 or word.startswith(ARTICLE) or (word[0] not in _CONJ and word[0] not in _PREP):
        return 0, False
    rel, fused = _split(word, n)
    if rel and _known(name_key(word), name_key(word[rel:])):
        return 0, False
    return rel, fused


def _split(word: str, n: int) -> tuple[int, bool]:
    """Where :func:`strip_proclitics` would cut ``word`` (of length ``n``), before asking
    whether the whole word is a name."""
    i = 1 if word[0] in _CONJ else 0
    if i < n and word[i] in _PREP:
        # ل + ال written لل: the article is fused.
        if word[i] == "ل" and word.startswith("ل", i + 1) and n - (i + 2) >= _MIN_STEM + 1:
            return i + 2, True
        if word.startswith(ARTICLE, i + 1) and n - (i + 3) >= _MIN_STEM:
            return i + 1, False
        rest = word[i + 1 :]
        if (
            len(rest) >= _MIN_STEM + 1
            and _listed(name_key(rest))
            and not (i == 1 and _known(name_key(word[1:]), name_key(rest)))
        ):
            return i + 1, False  # وبلبنان, but وبارو is و + بارو
    if i == 1:
        rest = word[1:]
        if rest.startswith(ARTICLE) and len(rest) - 2 >= _MIN_STEM:
            return 1, False
        if len(rest) >= _MIN_STEM + 1 and _listed(name_key(rest)):
            return 1, False
    return 0, False


def name_part(token: Token) -> tuple[int, str, str, str]:
    """``(offset in the token where a name would start, its text, its key, proclitics)``.

    ``proclitics`` is the keyed text cut off (``و``, ``وب``, ``لل``; empty when none).
    """
    text = token.text
    found = _cache.get(text)
    if found is not None:
        return found
    segments = token.segments
    rel = 0
    fused = False
    if len(segments) > 1 and segments[0].kind == "proclitic":
        stem = name_key(next((seg.text for seg in segments if seg.kind != "proclitic"), ""))
        base = token.start
        for seg in segments:
            if (
                seg.kind != "proclitic"
                or (len(rest := text[seg.end - base :]) <= _MIN_STEM and not seen_alone(rest))
                or _known(name_key(text[rel:]), stem)
            ):
                break  # a name starts here: بارو, وبارو -> بارو, not ارو; وات, not ات
            if normalize(seg.form) == ARTICLE:
                if normalize(seg.text) == ARTICLE:
                    break  # a written article stays in the name
                fused = True
            rel = max(0, min(seg.end - base, len(text)))
    elif token.kind == "word":
        rel, fused = strip_proclitics(text)
    part = text[rel:]
    key = name_key(part)
    if fused:
        key = ARTICLE + key
    result = (rel, part, key, name_key(text[:rel]))
    if token.kind not in UNCACHED_KINDS:
        _cache.put(text, result)
    return result
