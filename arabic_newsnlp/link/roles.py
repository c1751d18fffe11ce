"""Title phrases and nationality adjectives around a mention, found over the tokens.

A title phrase is a title from the lexicon (``وزير الخارجية``), possibly followed by a
complement that is itself a mention (``الأمين العام للأمم المتحدة``) and by a
nationality adjective (``الأميركي``). Only the first word of a title may carry
proclitics (``بالرئيس``); the phrase's span starts after them.

>>> from arabic_newsnlp.link.lexicon import LinkLexicon
>>> from arabic_newsnlp.text.tokenize import tokenize
>>> lex = LinkLexicon(titles=["الرئيس"], nationalities=[("الكوري الجنوبي", "KR")])
>>> toks = tokenize("وأشاد بالرئيس الكوري الجنوبي مون")
>>> title_ending_at(toks, 1, lex)
(1, 7, 'الرئيس')
>>> nationality_ending_at(toks, 3, lex)
(2, 'KR')
"""

from __future__ import annotations

from collections.abc import Sequence

from ..document import Token
from ..lexicon.keys import proclitic_variants, word_key
from .lexicon import LinkLexicon

__all__ = [
    "nationality_ending_at",
    "nationality_starting_at",
    "title_ending_at",
    "title_starting_at",
]


def _title_from(
    tokens: Sequence[Token], first: int, last: int, lex: LinkLexicon
) -> tuple[int, str] | None:
    """``(start char, title)`` when ``tokens[first..last]`` spell a title."""
    rest = tuple(word_key(tokens[i].text) for i in range(first + 1, last + 1))
    head = tokens[first]
    for offset, key in proclitic_variants(head.text):
        if key in lex.title_heads:
            value = lex.titles.get((key, *rest))
            if value is not None:
                return head.start + offset, value
    return None


def title_ending_at(
    tokens: Sequence[Token], last: int, lex: LinkLexicon
) -> tuple[int, int, str] | None:
    """The longest title whose last word is ``tokens[last]``:
    ``(first token, start char, title)``, or ``None``."""
    if last < 0 or last >= len(tokens):
        return None
    is_head = lex.is_title_head
    for size in range(min(lex.max_title_words, last + 1), 0, -1):
        first = last - size + 1
        if not is_head(tokens[first].text):
            continue
        found = _title_from(tokens, first, last, lex)
        if found is not None:
            return first, found[0], found[1]
    return None


def title_starting_at(
    tokens: Sequence[Token], first: int, lex: LinkLexicon
) -> tuple[int, int, str] | None:
    """The longest title whose first word is ``tokens[first]``:
    ``(end token, start char, title)`` with ``end`` exclusive, or ``None``."""
    if first < 0 or first >= len(tokens):
        return None
    if not lex.is_title_head(tokens[first].text):
        return None
    for size in range(min(lex.max_title_words, len(tokens) - first), 0, -1):
        found = _title_from(tokens, first, first + size - 1, lex)
        if found is not None:
            return first + size, found[0], found[1]
    return None


def nationality_ending_at(
    tokens: Sequence[Token], last: int, lex: LinkLexicon
) -> tuple[int, str] | None:
    """The longest nationality adjective ending with ``tokens[last]``:
    ``(first token, ISO code)``, or ``None``. Its words carry no proclitics."""
    if last < 0 or last >= len(tokens):
        return None
    keys: tuple[str, ...] = ()
    best: tuple[int, str] | None = None
    for first in range(last, max(-1, last - lex.max_nationality_words), -1):
        keys = (word_key(tokens[first].text), *keys)
        code = lex.nationalities.get(keys)
        if code is not None:
            best = (first, code)
    return best


def nationality_starting_at(
    tokens: Sequence[Token], first: int, lex: LinkLexicon
) -> tuple[int, str] | None:
    """The longest nationality adjective starting with ``tokens[first]``:
    ``(end token, ISO code)`` with ``end`` exclusive, or ``None``."""
    if first < 0 or first >= len(tokens):
        return None
    head = word_key(tokens[first].text)
    if head not in lex.nationality_heads:
        return None
    keys: tuple[str, ...] = ()
    best: tuple[int, str] | None = None
    for end in range(first + 1, min(len(tokens), first + lex.max_nationality_words) + 1):
        keys = (*keys, word_key(tokens[end - 1].text))
        code = lex.nationalities.get(keys)
        if code is not None:
            best = (end, code)
    return best
