"""Entities across a document: linked mentions, canonical names, roles, glosses, codes.

The ``link`` pipeline step groups the mentions the entity tagger found into
:class:`~arabic_newsnlp.document.Entity` objects, one per real-world referent: a
surname joins the full name (``بلينكن`` -> ``أنتوني بلينكن``), spelling variants and
gazetteer aliases join their referent (``كوريا الديمقراطية`` = ``كوريا الشمالية``), and
title phrases and nationality adjectives become attributes of the mentions they qualify.

>>> from arabic_newsnlp import Document, Mention, Pipeline
>>> from arabic_newsnlp.link import LinkStep
>>> text = "قال وزير الخارجية الأميركي أنتوني بلينكن إن بلينكن سيزور سيول."
>>> doc = Pipeline(steps=("tokenize", "clitics"))(text)
>>> def mention(name, label, after=0):
...     start = text.index(name, after)
...     return Mention(name, start, start + len(name), label)
>>> doc = Document(text, doc.sentences, doc.tokens, mentions=(
...     mention("أنتوني بلينكن", "PER"), mention("بلينكن", "PER", text.index(" إن")),
...     mention("سيول", "LOC")))
>>> doc = LinkStep()(doc)
>>> [(e.id, e.canonical, e.gloss, e.code, e.romanized) for e in doc.entities]
... # doctest: +NORMALIZE_WHITESPACE
[('E1', 'أنتوني بلينكن', 'Antony Blinken', 'US:Antony Blinken', 'Antuni Blinkin'),
 ('E2', 'سيول', 'Seoul', 'Asia/Seoul', 'Syul')]
>>> [(a.kind, a.text, a.value) for a in doc.mentions[0].attributes]
[('role', 'وزير الخارجية الأميركي', 'وزير الخارجية'), ('nationality', 'الأميركي', 'US')]
"""

from __future__ import annotations

from ..contracts import Field
from ..document import Document
from ..lexicon.keys import name_keys, word_key
from .lexicon import LinkLexicon, default_lexicon
from .linker import link

__all__ = ["LinkLexicon", "LinkStep", "default_lexicon", "link", "name_keys", "word_key"]


class LinkStep:
    """The ``link`` pipeline step: fills :attr:`Document.entities` from the mentions.

    ``lexicon`` replaces the shipped gazetteer, title and nationality tables (for tests
    or a custom gazetteer); by default they load on first use.
    """

    name = "link"
    requires: tuple[Field, ...] = ("mentions",)
    provides: tuple[Field, ...] = ("entities",)

    def __init__(self, *, lexicon: LinkLexicon | None = None) -> None:
        self._lexicon = lexicon

    def __repr__(self) -> str:
        return "LinkStep()" if self._lexicon is None else "LinkStep(lexicon=...)"

    def __call__(self, doc: Document) -> Document:
        if not doc.mentions and not doc.entities:
            return doc
        return link(doc, self._lexicon or default_lexicon())
