"""Quote extraction and attribution (filled by the quotes work)."""

from __future__ import annotations

from ..document import Document

__all__ = ["QuoteStep"]


class QuoteStep:
    """Finds direct, indirect and mixed quotes and their speakers."""

    name = "quotes"
    requires: tuple[str, ...] = ("sentences", "mentions")
    provides: tuple[str, ...] = ("quotes",)

    def __call__(self, doc: Document) -> Document:
        return doc
