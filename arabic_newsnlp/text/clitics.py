"""Clitic segmentation (filled by the clitic segmentation work)."""

from __future__ import annotations

from ..document import Document

__all__ = ["CliticStep"]


class CliticStep:
    """Splits proclitics and enclitics off Arabic words into :attr:`Token.segments`."""

    name = "clitics"
    requires: tuple[str, ...] = ("tokens",)
    provides: tuple[str, ...] = ("segments",)

    def __call__(self, doc: Document) -> Document:
        return doc
