"""Quote extraction and attribution: who said what, in direct, indirect and mixed speech.

>>> import arabic_newsnlp
>>> doc = arabic_newsnlp.analyze("«سنواصل الحوار»، قالت الوزيرة ليلى حسن في عمّان.",
...                              steps=("tokenize",))
>>> q = find_quotes(doc)[0]
>>> q.kind, q.text, q.speaker.text, q.method
('direct', 'سنواصل الحوار', 'ليلى حسن', 'quote-first/vso')

In the full pipeline (``arabic_newsnlp.analyze(text)``) the ``quotes`` step fills
``doc.quotes`` the same way, using the entity mentions for speaker spans when present.

See :mod:`arabic_newsnlp.quotes.extract` for the rules and ``docs/quotes.md`` for figures.
"""

from __future__ import annotations

from dataclasses import replace

from ..document import Document
from .extract import find_quotes

__all__ = ["QuoteStep", "find_quotes"]


class QuoteStep:
    """Finds direct, indirect and mixed quotes and their speakers.

    Uses the tokens and sentences, and, when the earlier steps provide them, the entity
    mentions (for speaker spans) and entities (for canonical names and ``Quote.entity``).
    """

    name = "quotes"
    requires: tuple[str, ...] = ("sentences", "mentions")
    provides: tuple[str, ...] = ("quotes",)

    def __call__(self, doc: Document) -> Document:
        quotes = find_quotes(doc)
        return replace(doc, quotes=quotes) if quotes or doc.quotes else doc
