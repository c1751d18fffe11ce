"""Speaker phrases: the words that name a source, read with a small grammar.

A speaker phrase is read over normalised tokens, used when the entity step gives no
mention there (and to bound the phrase when it does)::

    phrase := title-part? name-part?  |  anonymous
    title-part := head (genitive | adjective | modifier)*     وزير الخارجية الأميركي
    name-part := word+ (at most five but in a person mention; one name across -)  أنتوني بلينكن
    anonymous := indefinite-head adjective* place?            مسؤول سعودي رفيع
    place := (في | من | ب) noun-phrase                         مصدر في وزارة النفط

A head is a title (وزير، المتحدث) or an institution word (وزارة، مجلس); a name part starts
at the first word after the title part that is neither definite nor a title. The phrase
ends at punctuation, a preposition or particle, a time word (الخميس، الشهر الماضي), a
complementizer (إن، أن), another cue, a coordinated word (و...), or an addressee
(لوكالة، للصحفيين). An anonymous head with an adjective takes no name part: the
clause that follows (مسؤول أمريكي طلب عدم الكشف …) is not a name.

Which speaker a phrase stands for is decided by :mod:`.speakers` (the subject of a cue),
:mod:`.continuity` (an elided speaker) and :mod:`.resolve` (the final span and canonical
name); the word forms the grammar reads are in :mod:`.forms`.

>>> from arabic_newsnlp.text.tokenize import tokenize
>>> tokens = tokenize("قال وزير الخارجية الأميركي أنتوني بلينكن الخميس إن")
>>> np = phrase_after(tokens, 1, len(tokens))
>>> [t.text for t in tokens[np.start:np.end]], tokens[np.name].text
(['وزير', 'الخارجية', 'الأميركي', 'أنتوني', 'بلينكن'], 'أنتوني')
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..document import Token
from ..lexicon.speech import lexicon
from .forms import adjective, canonical_name, is_filler
from .grammar import MAX_PHRASE, PhraseReader, phrase_tables

__all__ = [
    "Phrase",
    "adjective",
    "canonical_name",
    "is_filler",
    "phrase_after",
    "phrase_before",
]


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


def phrase_after(
    tokens: Sequence[Token],
    j: int,
    end: int,
    *,
    connector: bool = False,
    name_starts: frozenset[int] = frozenset(),
    other_starts: frozenset[int] = frozenset(),
) -> Phrase | None:
    """The speaker phrase starting at token ``j`` (and before ``end``), or ``None``.

    ``connector=True`` lets the first word carry the preposition ``ل`` of a source phrase
    (``وفقا لبيان``); ``name_starts`` are the character offsets of the words of person
    mentions, which always start or continue a name; ``other_starts`` those where another
    mention (a place, an organisation) starts, which ends a name: ودعا بلينكن الصين.
    """
    limit = min(end, j + MAX_PHRASE, len(tokens))
    char_start = tokens[j].start if j < len(tokens) else 0
    r = PhraseReader(tokens, j, limit, phrase_tables(), name_starts, other_starts, char_start)
    k = j
    while k < limit:
        nxt = r.word(k, connector)
        if nxt <= 0:
            k = -nxt
            break
        k = nxt
    if k == j:
        return None
    return Phrase(j, k, r.name, r.title, r.char_start, r.article)


def phrase_before(
    tokens: Sequence[Token],
    clause_start: int,
    cue: int,
    *,
    name_starts: frozenset[int] = frozenset(),
    other_starts: frozenset[int] = frozenset(),
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
    if a >= b or b - a > MAX_PHRASE:
        return None
    phrase = phrase_after(tokens, a, b, name_starts=name_starts, other_starts=other_starts)
    if phrase is None or phrase.end != b:
        return None
    return phrase
