"""Clitic segmentation (to be filled by the clitic segmentation work).

Contract: ``segment(word)`` returns the word's pieces as :class:`Segment` objects with
offsets relative to the word (the first starts at 0, the last ends at ``len(word)``).
"""

from __future__ import annotations

from ..document import Document, Segment

__all__ = ["CliticStep", "segment"]


def segment(word: str) -> tuple[Segment, ...]:
    """Split one word into proclitics, stem and enclitics (offsets relative to ``word``)."""
    return (Segment(word, 0, len(word), "stem", word),)


class CliticStep:
    """Splits proclitics and enclitics off Arabic words into :attr:`Token.segments`."""

    name = "clitics"
    requires: tuple[str, ...] = ("tokens",)
    provides: tuple[str, ...] = ("segments",)

    def __call__(self, doc: Document) -> Document:
        return doc
