"""Entity linking within a document (filled by the linking work)."""

from __future__ import annotations

from .document import Document

__all__ = ["LinkStep"]


class LinkStep:
    """Groups mentions into entities."""

    name = "link"
    requires: tuple[str, ...] = ("mentions",)
    provides: tuple[str, ...] = ("entities",)

    def __call__(self, doc: Document) -> Document:
        return doc
