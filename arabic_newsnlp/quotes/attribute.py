"""Speakers: the phrase that names a source, the antecedent of an elided one, and the
canonical name both resolve to.

A speaker phrase is read with a small grammar over normalised tokens, used when the entity
step gives no mention there (and to bound the phrase when it does)::

    phrase := title-part? name-part?
    title-part := head (genitive | adjective | modifier)*     وزير الخارجية الأميركي
    name-part := word+ (at most five)                          أنتوني بلينكن

A head is a title (وزير، المتحدث) or an institution word (وزارة، مجلس); a name part starts
at the first word after the title part that is neither definite nor a title. The phrase
ends at punctuation, a preposition or particle, a time word (الخميس، الشهر الماضي), a
complementizer (إن، أن), another cue, a coordinated word (و...), or an addressee
(لوكالة، للصحفيين).

>>> from arabic_newsnlp.text.tokenize import tokenize
>>> tokens = tokenize("قال وزير الخارجية الأميركي أنتوني بلينكن الخميس إن")
>>> np = phrase_after(tokens, 1, len(tokens))
>>> [t.text for t in tokens[np.start:np.end]], tokens[np.name].text
(['وزير', 'الخارجية', 'الأميركي', 'أنتوني', 'بلينكن'], 'أنتوني')
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..document import Token
from ..text.normalize import normalize
from .cues import CueEntry, Lexicon, lexicon

__all__ = [
    "Phrase",
    "canonical_name",
    "head_of",
    "is_filler",
    "phrase_after",
    "phrase_before",
]

_START, _TITLE_INDEF, _TITLE_DEF, _NAME = 0, 1, 2, 3
_MAX_PHRASE = 10
_MAX_NAME = 5
_WORDY = frozenset(["word", "latin"])
_ARTICLE_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال")
_PRONOUN_ENDINGS = ("ها", "هم", "هما", "كم", "هن")
_HEADS_CACHE_SIZE = 50_000
_heads: dict[str, str] = {}


@dataclass(frozen=True, slots=True)
class Phrase:
    """A speaker phrase: tokens ``[start, end)``; ``name`` the index where its name part
    starts (``-1`` for none); ``title`` whether it has a title or institution head;
    ``char_start`` its first character (after a ``ل`` connector it skips); ``article``
    whether that connector swallowed the article (``للجيش``: the phrase reads ``جيش``)."""

    start: int
    end: int
    name: int
    title: bool
    char_start: int
    article: bool = False


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
            found = norm[len(prefix):]
            break
    if len(_heads) > _HEADS_CACHE_SIZE:
        _heads.clear()
    _heads[norm] = found
    return found


def is_filler(norm: str, lex: Lexicon | None = None) -> bool:
    """Whether a word before a cue is a filler, not its subject (``وكان``, ``قد``).

    >>> is_filler("وكان"), is_filler("الوزير")
    (True, False)
    """
    filler = (lex or lexicon()).words("filler")
    return norm in filler or (len(norm) > 2 and norm[0] in "وف" and norm[1:] in filler)


_Tables = tuple[
    frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str],
    frozenset[str], dict[str, CueEntry],
]
_tables: list[_Tables] = []


def _phrase_tables() -> _Tables:
    if not _tables:
        lex = lexicon()
        _tables.append((
            lex.words("stop"), lex.words("comp"), lex.words("modifier"), lex.words("addressee"),
            lex.words("heads"), lex.words("particle"), lex.cues,
        ))
    return _tables[0]


def phrase_after(
    tokens: Sequence[Token],
    j: int,
    end: int,
    *,
    connector: bool = False,
    name_starts: frozenset[int] = frozenset(),
) -> Phrase | None:
    """The speaker phrase starting at token ``j`` (and before ``end``), or ``None``.

    ``connector=True`` lets the first word carry the preposition ``ل`` of a source phrase
    (``وفقا لبيان``); ``name_starts`` are character offsets where the entity step found a
    mention, which always start or continue a name.
    """
    stop, comp, modifier, addressee, titles, particles, cues = _phrase_tables()
    limit = min(end, j + _MAX_PHRASE, len(tokens))
    state = _START
    name = -1
    title = False
    char_start = tokens[j].start if j < len(tokens) else 0
    article = False
    definite_name = False
    k = j
    while k < limit:
        tok = tokens[k]
        if tok.kind not in _WORDY:
            break
        n = tok.norm
        known_name = tok.start in name_starts
        if k == j and connector and len(n) > 3 and n[0] == "ل":
            article = n.startswith("لل")
            n = "ال" + n[2:] if article else n[1:]
            char_start = tok.start + (2 if article else 1)
        if (n in comp or n in stop) and not (state in (_TITLE_DEF, _TITLE_INDEF)
                                             and n in modifier):
            break
        cue = cues.get(n)
        if cue is not None and not known_name and (k > j or cue.pos != "noun"):
            break
        if k > j and len(n) > 2 and n[0] == "و" and not known_name:
            break  # coordination: a second subject or clause
        if n.startswith(("بال", "كال", "فال")):
            break
        if n[0] == "ل" and len(n) > 2 and not known_name:
            if n[1:] in addressee or (n.startswith("لل") and head_of(n) in addressee):
                break
            if n.startswith("لل"):
                if state not in (_TITLE_DEF, _TITLE_INDEF):
                    break
            elif state in (_TITLE_DEF, _TITLE_INDEF) and k > j and head_of(n[1:]) in titles:
                state = _TITLE_INDEF  # لصندوق النقد: a genitive, not a name (ليلى)
                k += 1
                continue
        if k > j and n in addressee and not known_name:
            break
        base = head_of(n)
        definite = n.startswith(("ال", "لل"))
        headish = base in titles
        if state == _START:
            if headish or definite:
                # A definite word opens a title-like part: المهندسة سلمى، الكرملين.
                state = _TITLE_DEF if definite else _TITLE_INDEF
                title = headish
            else:
                state = _NAME
                name = k
        elif state == _TITLE_INDEF:
            if definite or n in modifier:
                state = _TITLE_DEF if definite else _TITLE_INDEF
            elif known_name:
                state = _NAME
                name = k
            elif not headish:
                state = _TITLE_DEF  # an adjective or genitive: مسؤول أميركي
        elif state == _TITLE_DEF:
            if definite:
                pass
            elif n in modifier or (headish and not known_name):
                state = _TITLE_INDEF
            elif _not_a_name(n) and not known_name:
                break
            else:
                state = _NAME
                name = k
        else:
            if k - name >= _MAX_NAME:
                break
            if not known_name and (
                (definite_name and not definite and n not in particles) or _suffixed(n)
            ):
                break  # a new noun phrase (the object): حسن العلي قرار ...
            definite_name = definite_name or definite
        k += 1
    if k == j:
        return None
    return Phrase(j, k, name, title, char_start, article)


def _suffixed(norm: str) -> bool:
    """Ends with a possessive pronoun, which a name does not: رحلاتها، بلاده."""
    return len(norm) > 4 and norm.endswith(_PRONOUN_ENDINGS)


def _not_a_name(norm: str) -> bool:
    """A verbal noun (استئناف، إطلاق) or a possessed noun: not the start of a name."""
    if _suffixed(norm):
        return True
    if len(norm) >= 6 and norm.startswith("است"):
        return True
    return len(norm) == 5 and norm[0] == "ا" and norm[3] == "ا"


def phrase_before(
    tokens: Sequence[Token],
    clause_start: int,
    cue: int,
    *,
    name_starts: frozenset[int] = frozenset(),
) -> Phrase | None:
    """A subject phrase filling ``[clause_start, cue)`` exactly (SVO: ``بلينكن يحذر``).

    Fillers at either edge (``وكان``, ``قد``) are skipped.
    """
    lex = lexicon()
    a, b = clause_start, cue
    while a < b and is_filler(tokens[a].norm, lex):
        a += 1
    while b > a and is_filler(tokens[b - 1].norm, lex):
        b -= 1
    if a >= b or b - a > _MAX_PHRASE:
        return None
    phrase = phrase_after(tokens, a, b, name_starts=name_starts)
    if phrase is None or phrase.end != b:
        return None
    return phrase


def canonical_name(name: str, known: Iterable[str]) -> str:
    """The longest of ``known`` whose words end with the words of ``name`` (or ``name``).

    Comparison ignores diacritics and alef forms, and a leading conjunction or article
    difference is not forgiven: ``بلينكن`` -> ``أنتوني بلينكن``.

    >>> canonical_name("بلينكن", ["سيول", "أنتوني بلينكن", "بلينكن"])
    'أنتوني بلينكن'
    """
    words = normalize(name).split()
    if not words:
        return name
    best = name
    best_len = len(words)
    size = len(words)
    for candidate in known:
        cwords = normalize(candidate).split()
        if len(cwords) > best_len and cwords[-size:] == words:
            best, best_len = candidate, len(cwords)
    return best
