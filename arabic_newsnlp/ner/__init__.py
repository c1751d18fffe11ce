"""Named-entity recognition (filled by the entity work)."""

from __future__ import annotations

from ..document import Document

__all__ = ["EntityStep"]


class EntityStep:
    """Finds PER / ORG / LOC / MISC mentions."""

    name = "ner"
    requires: tuple[str, ...] = ("tokens", "segments")
    provides: tuple[str, ...] = ("mentions",)

    def __call__(self, doc: Document) -> Document:
        return doc
