"""Pairing quotation marks into quoted regions, tolerant of real-world punctuation.

One pass over the quotation-mark tokens with a stack, reset at every paragraph:

- ``« “ „ ‹ ‘`` open and ``» ” › ’`` close; any closer closes the innermost open mark
  (``«…”`` is a pair); ``"`` opens or closes by parity;
- a closer with nothing open starts a *reversed* pair (``» … «``), closed by the next
  opener;
- only outermost pairs become regions: nested quotes stay inside their region's content;
- an opener still open at the end of a paragraph closes there, unless the next
  paragraph starts with an opener, in which case the region continues into it (the
  news convention for a quote running over several paragraphs); an unmatched ``"`` or
  reversed mark is dropped.

The pass is linear in the number of marks, and never raises.

>>> from arabic_newsnlp.text.tokenize import tokenize
>>> from arabic_newsnlp.text.sentences import sentences_from_tokens
>>> text = "قال: «نعم “جدا”» ثم «لا"
>>> tokens = tokenize(text)
>>> regions = pair_marks(text, tokens, sentences_from_tokens(text, tokens),
...                      [i for i, t in enumerate(tokens) if t.text in MARKS])
>>> [[text[a:b] for a, b in r.spans] for r in regions]
[['نعم “جدا”'], ['لا']]
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from ..document import Sentence, Token

__all__ = ["CLOSERS", "MARKS", "OPENERS", "Region", "pair_marks"]

OPENERS = frozenset("«“„‹‘❝")
CLOSERS = frozenset("»”›’❞")
AMBIGUOUS = frozenset('"')
MARKS = OPENERS | CLOSERS | AMBIGUOUS
#: Openers whose region may run to the end of the paragraph when left open.
_EXTENDABLE = frozenset("«“„‹❝")


@dataclass(frozen=True, slots=True)
class Region:
    """An outermost quoted stretch.

    ``open_i`` is the token index of its opening mark; ``close_i`` of its closing mark
    (``-1`` when it closed at a paragraph end); ``end_i`` the index of the first token
    after it; ``spans`` its content as character ranges, one per paragraph, without the
    marks; ``n_tokens`` the number of content tokens.
    """

    open_i: int
    close_i: int
    end_i: int
    spans: tuple[tuple[int, int], ...]
    n_tokens: int


class _Paragraphs:
    """Token-index view of paragraphs, from the sentences."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.starts = [s.token_start for s in sentences]
        self.sentences = sentences
        first: dict[int, int] = {}
        last: dict[int, int] = {}
        for s in sentences:
            first.setdefault(s.paragraph, s.token_start)
            last[s.paragraph] = s.token_end
        self.first = first
        self.last = last

    def of(self, token_index: int) -> int:
        k = bisect_right(self.starts, token_index) - 1
        return self.sentences[k].paragraph if k >= 0 else 0


def pair_marks(
    text: str,
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    mark_indices: Sequence[int],
) -> list[Region]:
    """Outermost quoted regions, in text order, from the quotation-mark token indices."""
    if not mark_indices or not sentences:
        return []
    paragraphs = _Paragraphs(sentences)
    regions: list[Region] = []
    # Pieces of a region left open at a paragraph end that the next paragraph reopens.
    carry: list[tuple[int, int]] = []
    carry_open = -1
    carry_tokens = 0
    carry_end = 0
    stack: list[tuple[int, str, bool]] = []  # (token index, mark, reversed)
    paragraph = paragraphs.of(mark_indices[0])

    def piece(first: int, stop: int) -> tuple[int, int] | None:
        """Characters of tokens[first:stop], or None when there are none."""
        if first >= stop:
            return None
        return (tokens[first].start, tokens[stop - 1].end)

    def emit(open_i: int, close_i: int, end_i: int, last: tuple[int, int] | None,
             n: int) -> None:
        nonlocal carry, carry_open, carry_tokens
        if end_i < 0:
            end_i = carry_end
        spans = list(carry)
        if last is not None:
            spans.append(last)
        start_i = carry_open if carry else open_i
        if spans:
            regions.append(Region(start_i, close_i, end_i, tuple(spans), carry_tokens + n))
        carry, carry_open, carry_tokens = [], -1, 0

    def finish_paragraph(par: int) -> None:
        """Close what is still open at the end of paragraph ``par``."""
        nonlocal carry, carry_open, carry_tokens, carry_end
        open_marks = [entry for entry in stack if not entry[2] and entry[1] in _EXTENDABLE]
        stack.clear()
        if not open_marks:
            if carry:  # a continued region whose paragraph reopened nothing
                emit(carry_open, -1, -1, None, 0)
            return
        open_i = open_marks[0][0]
        stop = paragraphs.last.get(par, open_i + 1)
        last = piece(open_i + 1, stop)
        nxt = paragraphs.first.get(par + 1)
        if nxt is not None and nxt < len(tokens) and tokens[nxt].text in _EXTENDABLE:
            if last is not None:
                if not carry:
                    carry_open = open_i
                carry.append(last)
                carry_tokens += stop - open_i - 1
                carry_end = stop
            return
        emit(open_i, -1, stop, last, stop - open_i - 1)

    for i in mark_indices:
        par = paragraphs.of(i)
        if par != paragraph:
            finish_paragraph(paragraph)
            if carry and par != paragraph + 1:
                emit(carry_open, -1, -1, None, 0)
            paragraph = par
        mark = tokens[i].text
        if mark in OPENERS:
            if stack and stack[-1][2]:  # closes a reversed pair: » … «
                open_i = stack.pop()[0]
                if not stack:
                    emit(open_i, i, i + 1, piece(open_i + 1, i), i - open_i - 1)
            else:
                stack.append((i, mark, False))
        elif mark in CLOSERS:
            if stack and not stack[-1][2]:
                open_i = stack.pop()[0]
                if not stack:
                    emit(open_i, i, i + 1, piece(open_i + 1, i), i - open_i - 1)
            elif stack:  # a closer inside a reversed pair nests one level deeper
                stack.append((i, mark, True))
            else:
                stack.append((i, mark, True))
        else:  # '"'
            if stack and stack[-1][1] in AMBIGUOUS:
                open_i = stack.pop()[0]
                if not stack:
                    emit(open_i, i, i + 1, piece(open_i + 1, i), i - open_i - 1)
            else:
                stack.append((i, mark, False))
    finish_paragraph(paragraph)
    if carry:
        emit(carry_open, -1, -1, None, 0)
    return regions
