"""Word tokenization with exact character offsets.

>>> from arabic_newsnlp.text.tokenize import tokenize
>>> [(t.text, t.kind) for t in tokenize("قال «نعم» في 9/11/2023 بنسبة ٣٫٥%")]
... # doctest: +NORMALIZE_WHITESPACE
[('قال', 'word'), ('«', 'punct'), ('نعم', 'word'), ('»', 'punct'), ('في', 'word'),
 ('9/11/2023', 'date'), ('بنسبة', 'word'), ('٣٫٥%', 'number')]

Tokens never overlap and, together, cover every character of the text except white
space and invisible format controls (bidi marks, zero-width spaces), which separate tokens.
"""

from __future__ import annotations

import regex

from .._cache import BoundedCache
from ..contracts import TOKEN_KINDS  # the values Token.kind takes, re-exported
from ..document import Segment, Token
from .normalize import normalize

__all__ = ["AR_LETTERS", "TOKEN_KINDS", "iter_tokens", "tokenize"]

_AR_LETTER = (
    r"\u0620-\u063F\u0641-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC"
    r"\u06FF\u0750-\u077F\u08A0-\u08C9\uFB50-\uFDFB\uFE70-\uFEFC"
)
#: The Arabic letters, as the inside of a regular-expression character class.
AR_LETTERS = _AR_LETTER
_AR_MARK = (
    r"\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED"
    r"\u08CA-\u08E1\u08E3-\u08FF"
)
_AR_INNER = _AR_LETTER + _AR_MARK + r"\u0640\u200C\u200D"
_DIGIT = r"[0-9\u0660-\u0669\u06F0-\u06F9]"
#: White space and invisible controls: they separate tokens and belong to none. Every
#: character ``str.isspace`` accepts is one (``\x1c``-``\x1f`` too), so a text that
#: ``str.strip`` empties has no tokens.
SEPARATORS = r"\s\x1c-\x1f\u200B-\u200F\u061C\u2060\uFEFF\u202A-\u202E\u2066-\u2069"
_URL_CHAR = r"[^\s<>\"«»“”\u200B-\u200F]"
_URL_END = r"[^\s<>\"«»“”\u200B-\u200F.,;:!?؟،؛)\]}'’]"

# Alternatives in order of frequency in news text; the rarer ones reject quickly on
# their first character. URL, e-mail and date come before the words and numbers they
# start with.
_PATTERN = regex.compile(
    rf"""
    (?P<word>[{_AR_LETTER}][{_AR_INNER}]*)
  | (?P<punct>\.{{2,}}|[.،,:؛؟!?«»“”"'()\-])
  | (?P<url>(?:https?://|www\.){_URL_CHAR}*{_URL_END})
  | (?P<email>(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)
  | (?P<date>{_DIGIT}{{1,4}}(?P<sep>[/\-.]){_DIGIT}{{1,2}}(?P=sep){_DIGIT}{{1,4}}(?!{_DIGIT})
        | {_DIGIT}{{1,2}}:{_DIGIT}{{2}}(?::{_DIGIT}{{2}})?(?!{_DIGIT}))
  | (?P<number>{_DIGIT}+(?:[.,٫٬]{_DIGIT}+)*[%٪]?)
  | (?P<latin>\p{{Latin}}[\p{{Latin}}\p{{M}}0-9]*
        (?:[\-'’][\p{{Latin}}0-9][\p{{Latin}}\p{{M}}0-9]*)*)
  | (?P<hashtag>\#[\p{{L}}\p{{M}}\p{{N}}_]+)
  | (?P<mention>(?<![A-Za-z0-9_])@[A-Za-z0-9_]+)
  | (?P<emoji>\p{{Regional_Indicator}}{{2}}
        | \p{{Extended_Pictographic}}(?:\p{{Emoji_Modifier}}|\uFE0F|\u20E3
            |\u200D\p{{Extended_Pictographic}}\uFE0F?)*)
  | (?P<word>\p{{L}}[\p{{L}}\p{{M}}]*)
  | (?P<punct>\p{{P}})
  | (?P<symbol>[^{SEPARATORS}][\p{{M}}]*)
    """,
    regex.VERBOSE | regex.V0,
)


_NORMALIZED_KINDS = frozenset(["number", "date", "hashtag"])
_new = object.__new__
_set_token = tuple(getattr(Token, f).__set__ for f in Token.__slots__)
_set_segment = tuple(getattr(Segment, f).__set__ for f in Segment.__slots__)
#: A word -> the word itself and its normalised form: tokens of the same word share one
#: string for their text, as they share one for their form.
_norm_cache = BoundedCache[str, tuple[str, str]](entries=100_000)


def iter_tokens(text: str, offset: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[offset:end]``, with offsets into ``text``."""
    # The hot loop of the library: instances are built through their slot descriptors
    # (what a frozen dataclass's __init__ does, minus the per-call overhead) and
    # normalised forms are cached, since news vocabulary repeats.
    tokens: list[Token] = []
    append = tokens.append
    cache = _norm_cache
    t_text, t_start, t_end, t_norm, t_kind, t_segments = _set_token
    s_text, s_start, s_end, s_kind, s_form = _set_segment
    normalized = _NORMALIZED_KINDS
    for match in _PATTERN.finditer(text, offset, len(text) if end is None else end):
        kind = match.lastgroup or "symbol"
        start, stop = match.span()
        piece = text[start:stop]
        if kind == "word":
            known = cache.get(piece)
            if known is None:
                known = cache.put(piece, (piece, normalize(piece)))
            piece, norm = known
        elif kind in normalized:
            norm = normalize(piece)
        else:
            norm = piece
        segment = _new(Segment)
        s_text(segment, piece)
        s_start(segment, start)
        s_end(segment, stop)
        s_kind(segment, "stem")
        s_form(segment, piece)
        token = _new(Token)
        t_text(token, piece)
        t_start(token, start)
        t_end(token, stop)
        t_norm(token, norm)
        t_kind(token, kind)
        t_segments(token, (segment,))
        append(token)
    return tokens


def tokenize(text: str) -> tuple[Token, ...]:
    """Split ``text`` into tokens; each is one stem segment until clitics are split.

    Raises ``TypeError`` when ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise TypeError(f"tokenize() needs a str, got {type(text).__name__}")
    return tuple(iter_tokens(text))
