"""Pairing quotation marks into quoted regions, tolerant of real-world punctuation.

One pass over the quotation-mark tokens with a stack, reset at every paragraph:

- ``« “ „ ‹ ‘`` open and ``» ” › ’`` close; any closer closes the innermost open mark
  (``«…”`` is a pair), unless it is written as an opener (after a space, against the
  next word) inside a quotation of another mark, where it opens a nested pair
  (``"… ’…’ …"``); ``"`` opens or closes by parity;
- a closer with nothing open starts a *reversed* pair (``» … «``), closed by the next
  opener;
- only outermost pairs become regions: nested quotes stay inside their region's content;
- an opener still open at the end of a paragraph closes there, unless the next
  paragraph starts with an opener, in which case the region continues into it (the
  news convention for a quote running over several paragraphs); an unmatched ``"``
  written as an opener (after a space, against the next word) closes at the end of its
  sentence or before a reporting clause in it (``breaks``), also when a ``"`` written
  as an opener in a later sentence, before one written as a closer, opens a new pair;
  any other unmatched ``"`` or reversed mark is dropped, and so is, in a paragraph
  holding an odd number of them, the first ``"`` written as a closer while no
  ``"`` is open (its opener was lost); in any paragraph, a ``"`` against the word before
  it and followed by punctuation can only close, and is dropped when none is open, and
  so is a ``"`` written as a closer while none is open before one written as an opener.

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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

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

    def sentence_end(self, token_index: int) -> int:
        """The end (token index) of the sentence holding a token."""
        return self.sentences[max(bisect_right(self.starts, token_index) - 1, 0)].token_end

    def of(self, token_index: int) -> int:
        k = bisect_right(self.starts, token_index) - 1
        return self.sentences[k].paragraph if k >= 0 else 0


class _Pairing:
    """One pass of :func:`pair_marks`: the stack of open marks and the regions so far."""

    def __init__(
        self, tokens: Sequence[Token], paragraphs: _Paragraphs, breaks: Iterable[int] = ()
    ) -> None:
        self.tokens = tokens
        self.breaks = sorted(breaks)
        self.paragraphs = paragraphs
        self.regions: list[Region] = []
        # Pieces of a region left open at a paragraph end that the next paragraph reopens.
        self.carry: list[tuple[int, int]] = []
        self.carry_open = -1
        self.carry_tokens = 0
        self.carry_end = 0
        self.stack: list[tuple[int, str, bool]] = []  # (token index, mark, reversed)

    def piece(self, first: int, stop: int) -> tuple[int, int] | None:
        """Characters of tokens[first:stop], or None when there are none."""
        if first >= stop:
            return None
        return (self.tokens[first].start, self.tokens[stop - 1].end)

    def emit(
        self, open_i: int, close_i: int, end_i: int, last: tuple[int, int] | None, n: int
    ) -> None:
        if end_i < 0:
            end_i = self.carry_end
        spans = list(self.carry)
        if last is not None:
            spans.append(last)
        start_i = self.carry_open if self.carry else open_i
        if spans:
            self.regions.append(
                Region(start_i, close_i, end_i, tuple(spans), self.carry_tokens + n)
            )
        self.carry, self.carry_open, self.carry_tokens = [], -1, 0

    def close(self, open_i: int, i: int) -> None:
        """A pair from ``open_i`` to ``i`` closed; a region when it was outermost."""
        if not self.stack:
            self.emit(open_i, i, i + 1, self.piece(open_i + 1, i), i - open_i - 1)

    def emit_carry(self) -> None:
        """End a continued region whose paragraph reopened nothing."""
        if self.carry:
            self.emit(self.carry_open, -1, -1, None, 0)

    def opens(self, i: int) -> bool:
        """Whether the ``"`` at token ``i`` is written as an opener: after a space (or
        first) and against the word after it."""
        tokens = self.tokens
        return (
            i + 1 < len(tokens)
            and tokens[i + 1].start == tokens[i].end
            and (i == 0 or tokens[i - 1].end < tokens[i].start)
        )

    def opens_word(self, i: int) -> bool:
        """The mark at token ``i`` is written as an opener against a word, not against
        punctuation (``تركيا ".`` is no opener)."""
        return self.opens(i) and self.tokens[i + 1].kind != "punct"

    def nested_opener(self, i: int) -> bool:
        """Whether the closer at token ``i`` is written as an opener of a quote nested in
        an open one of another mark: after a space and against the word after it
        (``"… بأن ’كركوك للأكراد’ …"``), so it opens a pair of its own."""
        mark = self.tokens[i].text
        return self.opens_word(i) and all(e[1] != mark for e in self.stack)

    def close_unmatched(self, open_i: int, limit: int) -> None:
        """Close an unmatched ``"`` written as an opener at the end of its sentence, or
        before a new reporting clause (``"… مطالبا …``) or token ``limit``."""
        stop = min(self.paragraphs.sentence_end(open_i), limit)
        k = bisect_right(self.breaks, open_i)
        if k < len(self.breaks) and self.breaks[k] < stop:
            stop = self.breaks[k]
        while stop > open_i + 1 and self.tokens[stop - 1].kind == "punct":
            stop -= 1
        self.emit(open_i, -1, stop, self.piece(open_i + 1, stop), stop - open_i - 1)

    def finish_paragraph(self, par: int) -> None:
        """Close what is still open at the end of paragraph ``par``."""
        open_marks = [
            e
            for e in self.stack
            if not e[2] and (e[1] in _EXTENDABLE or (e[1] in AMBIGUOUS and self.opens(e[0])))
        ]
        self.stack.clear()
        if not open_marks:
            self.emit_carry()
            return
        open_i = open_marks[0][0]
        stop = self.paragraphs.last.get(par, open_i + 1)
        if open_marks[0][1] in AMBIGUOUS:
            self.close_unmatched(open_i, len(self.tokens))
            return
        last = self.piece(open_i + 1, stop)
        nxt = self.paragraphs.first.get(par + 1)
        tokens = self.tokens
        if nxt is not None and nxt < len(tokens) and tokens[nxt].text in _EXTENDABLE:
            if last is not None:
                if not self.carry:
                    self.carry_open = open_i
                self.carry.append(last)
                self.carry_tokens += stop - open_i - 1
                self.carry_end = stop
            return
        self.emit(open_i, -1, stop, last, stop - open_i - 1)

    def mark(self, i: int) -> None:
        """Read the quotation mark at token ``i``."""
        stack = self.stack
        mark = self.tokens[i].text
        if mark in OPENERS:
            if stack and stack[-1][2]:  # closes a reversed pair: » … «
                self.close(stack.pop()[0], i)
            else:
                stack.append((i, mark, False))
        elif mark in CLOSERS:
            if stack and not stack[-1][2] and self.nested_opener(i):
                stack.append((i, mark, False))  # ’كركوك للأكراد’ inside "…"
            elif stack and not stack[-1][2]:
                self.close(stack.pop()[0], i)
            else:  # a reversed pair opens (or, inside one, nests one level deeper)
                stack.append((i, mark, True))
        elif stack and stack[-1][1] in AMBIGUOUS:  # '"'
            self.close(stack.pop()[0], i)
        else:
            stack.append((i, mark, False))


def _odd_paragraphs(
    tokens: Sequence[Token], paragraphs: _Paragraphs, mark_indices: Sequence[int]
) -> set[int]:
    """The paragraphs holding an odd number of ``"``."""
    count: dict[int, int] = {}
    for i in mark_indices:
        if tokens[i].text in AMBIGUOUS:
            par = paragraphs.of(i)
            count[par] = count.get(par, 0) + 1
    return {par for par, n in count.items() if n % 2}


def _written_as_closer(tokens: Sequence[Token], i: int) -> bool:
    """The mark at token ``i`` is against the word before it and not the word after it."""
    return (
        0 < i < len(tokens) - 1
        and tokens[i - 1].end == tokens[i].start
        and tokens[i - 1].kind != "punct"
        and (tokens[i + 1].start > tokens[i].end or tokens[i + 1].kind == "punct")
    )


def _closes_only(tokens: Sequence[Token], i: int) -> bool:
    """The ``"`` at token ``i`` is against the word before it and followed by punctuation
    or nothing: it can only close (``… دقيقة". وختم``)."""
    return (
        i > 0
        and tokens[i - 1].end == tokens[i].start
        and tokens[i - 1].kind != "punct"
        and (
            i == len(tokens) - 1
            or (tokens[i + 1].kind == "punct" and tokens[i + 1].text not in MARKS)
        )
    )


def _reversed(pairing: _Pairing, paragraphs: _Paragraphs, i: int, nxt: int) -> bool:
    """The ``"`` at token ``i`` is written as a closer and the next ``"`` of its paragraph
    as an opener: a pair of them would hold what lies between two quotations
    (``… الداخلية" وقال "أعتقد …``), so the first lost its opener."""
    return (
        nxt >= 0
        and _written_as_closer(pairing.tokens, i)
        and pairing.opens(nxt)
        and paragraphs.of(nxt) == paragraphs.of(i)
    )


def pair_marks(
    text: str,
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    mark_indices: Sequence[int],
    openers: frozenset[int] = frozenset(),
    breaks: frozenset[int] = frozenset(),
) -> list[Region]:
    """Outermost quoted regions, in text order, from the quotation-mark token indices;
    ``openers`` are the marks known to open a quote whatever their spacing (after a
    speech verb or a colon), which are never dropped as lost closers; ``breaks`` are
    the tokens that open a new reporting clause (a participle with its frame), where an
    unclosed ``"`` ends before its sentence does."""
    if not mark_indices or not sentences:
        return []
    paragraphs = _Paragraphs(sentences)
    pairing = _Pairing(tokens, paragraphs, breaks)
    odd = _odd_paragraphs(tokens, paragraphs, mark_indices)
    paragraph = paragraphs.of(mark_indices[0])
    stack = pairing.stack
    straight = [i for i in mark_indices if tokens[i].text in AMBIGUOUS]
    following = dict(pairwise(straight))
    for i in mark_indices:
        par = paragraphs.of(i)
        if par != paragraph:
            pairing.finish_paragraph(paragraph)
            if par != paragraph + 1:
                pairing.emit_carry()
            paragraph = par
        if (
            tokens[i].text in AMBIGUOUS
            and not (stack and stack[-1][1] in AMBIGUOUS)
            and i not in openers
            and (
                (par in odd and _written_as_closer(tokens, i))
                or _closes_only(tokens, i)
                or _reversed(pairing, paragraphs, i, following.get(i, -1))
            )
        ):
            odd.discard(par)  # a closer whose opener was lost: ... الحادثة"، داعيا
            continue
        if (
            tokens[i].text in AMBIGUOUS
            and len(stack) == 1
            and stack[0][1] in AMBIGUOUS
            and pairing.opens_word(stack[0][0])
            and pairing.opens_word(i)
            and paragraphs.sentence_end(stack[0][0]) <= i
            and _written_as_closer(tokens, following.get(i, 0))
        ):
            # "تونس … "اتفاق الصخيرات": two written as openers, then one as a closer:
            # the first lost its closer and ends with its clause
            pairing.close_unmatched(stack.pop()[0], i)
        pairing.mark(i)
    pairing.finish_paragraph(paragraph)
    pairing.emit_carry()
    return pairing.regions
