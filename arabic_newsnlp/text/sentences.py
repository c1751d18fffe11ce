"""Sentence splitting for news text, over the token stream.

A sentence ends at ``. ! ? ؟ ؛ …`` (with any closing quotation marks and brackets that
follow it) and at every line break, so a headline or a dateline line is a sentence of its
own. Line breaks are those of :meth:`str.splitlines`: line feed, carriage return (alone or
before a line feed), vertical tab, form feed, the separators U+001C to U+001E, next line
(U+0085), and the line and paragraph separators U+2028 and U+2029. Numbers (``3.5``,
``٣٫٥``), URLs, e-mail addresses, abbreviations (``د.``, ``م.``, ``Dr.``), initials and
dots between letters' names written without spaces (``بي.بي.سي``) do not end a sentence.

>>> from arabic_newsnlp.text.sentences import split_sentences
>>> [s.text for s in split_sentences("قال د. أحمد إن النمو بلغ 3.5%. وأضاف: «سنرى».")]
['قال د. أحمد إن النمو بلغ 3.5%.', 'وأضاف: «سنرى».']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..document import Sentence, Token
from ..lexicon.punctuation import TERMINALS
from .tokenize import tokenize

__all__ = ["LINE_BREAKS", "next_line_break", "sentences_from_tokens", "split_sentences"]

#: The characters that end a line, those of :meth:`str.splitlines` (``"\r\n"`` is one
#: break, but since sentences and paragraphs hold no empty line, that needs no care here).
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LINE_BREAK = re.compile(f"[{LINE_BREAKS}]")

_CLOSERS = frozenset(["”", "»", "’", ")", "]", "}", "›", "\u201f"])
_AMBIGUOUS_QUOTES = frozenset(['"', "'"])
#: The longest name of a letter (بي، سي، آي).
_LETTER_NAME = 3
_LATIN_ABBREVIATIONS = frozenset(
    (
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "corp",
        "vs",
        "etc",
        "gen",
        "col",
        "lt",
        "sgt",
        "gov",
        "sen",
        "rep",
        "no",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    )
)


def _is_abbreviation(prev: Token, dot: Token) -> bool:
    """``prev`` directly followed by ``dot`` abbreviates a word (``د.``, ``J.``, ``Dr.``)."""
    if prev.end != dot.start:
        return False
    if prev.kind == "word":  # a letter, perhaps behind a conjunction: د. / ود.
        return len(prev.norm) == 1 or (len(prev.norm) == 2 and prev.norm[0] in "وف")
    if prev.kind == "latin":
        return len(prev.text) == 1 or prev.text.lower() in _LATIN_ABBREVIATIONS
    return False


def _joins_letters(prev: Token, dot: Token, nxt: Token) -> bool:
    """``dot`` joins the names of two letters with no space (``بي.بي.سي``, ``إف.بي.آي``)."""
    return (
        prev.end == dot.start
        and dot.end == nxt.start
        and all(t.kind == "word" and 2 <= len(t.norm) <= _LETTER_NAME for t in (prev, nxt))
    )


def next_line_break(text: str, start: int = 0, end: int | None = None) -> int:
    """The offset of the first line break in ``text[start:end]`` (as an offset into
    ``text``), or -1.

    >>> next_line_break("عنوان\\u2028نص"), next_line_break("عنوان\\u2028نص", 0, 5)
    (5, -1)
    """
    found = _LINE_BREAK.search(text, start, len(text) if end is None else end)
    return -1 if found is None else found.start()


def sentences_from_tokens(text: str, tokens: Sequence[Token]) -> tuple[Sentence, ...]:
    """Group ``tokens`` of ``text`` into sentences (each token in exactly one)."""
    sentences: list[Sentence] = []
    paragraph = 0
    first = 0
    n = len(tokens)

    def close(last: int) -> None:
        start, end = tokens[first].start, tokens[last].end
        sentences.append(Sentence(text[start:end], start, end, first, last + 1, paragraph))

    # Tokens never hold a line break, so a break lies between two tokens exactly when
    # the next break in the text comes before the next token.
    newline = next_line_break(text)
    i = 0
    while i < n:
        tok = tokens[i]
        if 0 <= newline < tok.start:
            if i > first:
                close(i - 1)
                first = i
            paragraph += i > 0  # counted among lines with words: none before the first
            newline = next_line_break(text, tok.start)
        if tok.kind == "punct" and (tok.text in TERMINALS or tok.text.startswith("..")):
            if (
                tok.text == "."
                and i > first
                and (
                    _is_abbreviation(tokens[i - 1], tok)
                    or (i + 1 < n and _joins_letters(tokens[i - 1], tok, tokens[i + 1]))
                )
            ):
                i += 1
                continue
            last = i
            straight = sum(t.text in _AMBIGUOUS_QUOTES for t in tokens[first:i])
            while last + 1 < n and not 0 <= newline < tokens[last + 1].start:
                nxt = tokens[last + 1].text
                if nxt in TERMINALS or nxt in _CLOSERS:
                    last += 1
                elif nxt in _AMBIGUOUS_QUOTES and straight % 2 == 1:
                    straight += 1
                    last += 1
                else:
                    break
            close(last)
            first = i = last + 1
            continue
        i += 1
    if first < n:
        close(n - 1)
    return tuple(sentences)


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences with offsets into ``text``.

    Raises ``TypeError`` when ``text`` is not a ``str``.
    """
    return sentences_from_tokens(text, tokenize(text))
