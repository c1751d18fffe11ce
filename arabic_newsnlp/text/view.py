"""The text the pipeline's steps analyse, and how their results come back to the input.

Two things are settled here, around the steps (see :meth:`arabic_newsnlp.Pipeline.__call__`):

- **Compatibility characters.** Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF,
  as in text copied from PDFs) and Arabic mathematical letters are folded to the letters
  they stand for (:data:`~arabic_newsnlp.text.normalize.COMPATIBILITY`) before analysis, so
  ``ﺳﺎﻣﺢ ﺷﻜﺮﻱ`` is found like ``سامح شكري``. Every span is then mapped back: offsets and
  texts are those of the original input. A clitic boundary inside a ligature (the ``ال``
  of ``ﺍﻷﻣﻢ``) moves to the ligature's start; a piece left empty by that is dropped.
- **Text that is mostly not Arabic** (under half of its letters, :data:`MIN_ARABIC_SHARE`)
  gets no mentions, entities or quotes: what the steps found in it is dropped, and a
  warning says so on the ``arabic_newsnlp`` logger.

>>> import arabic_newsnlp
>>> doc = arabic_newsnlp.analyze("ﻗﺎﻝ ﺳﺎﻣﺢ ﺷﻜﺮﻱ ﺇﻥ «ﺍﻟﺤﻞ ﺳﻴﺎﺳﻲ».")
>>> [(m.text, m.label) for m in doc.mentions], doc.entities[0].canonical
([('ﺳﺎﻣﺢ ﺷﻜﺮﻱ', 'PER')], 'سامح شكري')
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from typing import TypeVar

from ..document import (
    Attribute,
    Cue,
    Document,
    Mention,
    Quote,
    Segment,
    Sentence,
    Span,
    Speaker,
    Token,
)
from .normalize import COMPATIBILITY
from .tokenize import AR_LETTERS

__all__ = ["MIN_ARABIC_SHARE", "AnalysisView", "arabic_share"]

logger = logging.getLogger(__name__)

#: Below this share of Arabic letters among all letters, a text gets no entities or quotes.
MIN_ARABIC_SHARE = 0.5

# A superset of the compatibility characters, as ranges: a fast test for "nothing to fold".
_MAYBE_COMPATIBLE = re.compile("[\ufb50-\ufdff\ufe70-\ufefe\U0001ee00-\U0001eeff]")
# What is left once these are removed: letters; letters that are not Arabic (the
# tokenizer's Arabic letters, and the mathematical ones).
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_NOT_OTHER_LETTERS = re.compile(rf"[\W\d_{AR_LETTERS}\U0001ee00-\U0001eeff]+")
#: Characters counted at a time by :func:`arabic_share`.
_PIECE = 1 << 16

_S = TypeVar("_S", Span, Sentence, Token, Segment, Mention, Attribute, Cue, Speaker)


def arabic_share(text: str) -> float:
    """The share of Arabic letters among the letters of ``text`` (1.0 without letters).

    >>> arabic_share("قال الوزير"), arabic_share("We will act"), arabic_share("2024")
    (1.0, 0.0, 1.0)
    """
    others = _count(_NOT_OTHER_LETTERS, text)
    if not others:
        return 1.0
    return 1.0 - others / _count(_NOT_LETTERS, text)


def _count(dropped: re.Pattern[str], text: str) -> int:
    """How many characters of ``text`` are left once ``dropped`` is removed, counted a
    piece at a time: removing it from a whole long document at once builds one string per
    word before joining them, a spike of memory at the end of the analysis."""
    return sum(len(dropped.sub("", text[at : at + _PIECE])) for at in range(0, len(text), _PIECE))


@dataclass(frozen=True, slots=True)
class AnalysisView:
    """The text handed to the steps: ``original`` with compatibility characters folded.

    ``positions[i]`` is the index in ``original`` of the character that gave ``text[i]``;
    it is ``None`` when nothing was folded (``text is original``).
    """

    original: str
    text: str
    positions: tuple[int, ...] | None = None

    @classmethod
    def of(cls, original: str) -> AnalysisView:
        """The view of ``original`` (itself, at no cost, when it holds nothing to fold).

        >>> view = AnalysisView.of("ﻻ ﺑﺄﺱ")
        >>> view.text, view.positions
        ('لا بأس', (0, 0, 1, 2, 3, 4))
        """
        if _MAYBE_COMPATIBLE.search(original) is None:
            return cls(original, original)
        pieces: list[str] = []
        positions: list[int] = []
        for i, char in enumerate(original):
            folded = COMPATIBILITY.get(char, char)
            pieces.append(folded)
            positions.extend([i] * len(folded))
        text = "".join(pieces)
        if text == original:
            return cls(original, original)
        return cls(original, text, tuple(positions))

    def finish(self, doc: Document) -> Document:
        """The steps' result on :attr:`text`, as a result on :attr:`original`."""
        if self.positions is not None:
            doc = self._restore(doc)
        if (doc.mentions or doc.entities or doc.quotes) and (
            share := arabic_share(self.original)
        ) < MIN_ARABIC_SHARE:
            logger.warning(
                "text is mostly not Arabic (%.0f%% of its letters): %d mention(s) and "
                "%d quote(s) dropped (document id %r)",
                100 * share,
                len(doc.mentions),
                len(doc.quotes),
                doc.id,
            )
            doc = replace(doc, mentions=(), entities=(), quotes=())
        return doc

    def _at(self, index: int) -> int:
        positions = self.positions
        assert positions is not None
        return positions[index] if index < len(positions) else len(self.original)

    def _span(self, span: _S) -> _S:
        start, end = self._at(span.start), self._at(span.end)
        return replace(span, text=self.original[start:end], start=start, end=end)

    def _restore(self, doc: Document) -> Document:
        span = self._span
        return replace(
            doc,
            text=self.original,
            sentences=tuple(map(span, doc.sentences)),
            tokens=tuple(
                replace(
                    span(t),
                    segments=tuple(
                        moved for moved in map(span, t.segments) if moved.start < moved.end
                    ),
                )
                for t in doc.tokens
            ),
            mentions=tuple(
                replace(span(m), attributes=tuple(map(span, m.attributes))) for m in doc.mentions
            ),
            entities=tuple(replace(e, roles=tuple(map(span, e.roles))) for e in doc.entities),
            quotes=tuple(self._quote(q) for q in doc.quotes),
        )

    def _quote(self, quote: Quote) -> Quote:
        return replace(
            quote,
            content=tuple(map(self._span, quote.content)),
            cue=self._span(quote.cue) if quote.cue is not None else None,
            speaker=self._span(quote.speaker) if quote.speaker is not None else None,
        )
