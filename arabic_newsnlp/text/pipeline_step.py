"""The ``tokenize`` pipeline step: sentences and tokens."""

from __future__ import annotations

from dataclasses import replace

from ..contracts import Field
from ..document import Document
from .sentences import sentences_from_tokens
from .tokenize import iter_tokens

__all__ = ["TokenizeStep"]


class TokenizeStep:
    """Fills :attr:`Document.tokens` and :attr:`Document.sentences`."""

    name = "tokenize"
    requires: tuple[Field, ...] = ()
    provides: tuple[Field, ...] = ("tokens", "sentences")

    def __call__(self, doc: Document) -> Document:
        tokens = tuple(iter_tokens(doc.text))
        return replace(doc, tokens=tokens, sentences=sentences_from_tokens(doc.text, tokens))
