"""Immutable result types and their JSON form.

Every span type carries ``start``, ``end`` (half-open Python ``str`` indices into the
original input) and ``text``; ``doc.text[span.start:span.end] == span.text`` holds for
every span a :class:`Document` holds.

>>> import arabic_newsnlp
>>> doc = arabic_newsnlp.analyze("قال الوزير: «سنعود».")
>>> doc == arabic_newsnlp.Document.from_dict(doc.to_dict())
True
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from . import codec
from .contracts import MentionLabel, QuoteKind, SegmentKind, TokenKind
from .pickling import FastPickle, document_columns, rebuild_document

__all__ = [
    "SCHEMA_VERSION",
    "Attribute",
    "Cue",
    "Document",
    "Entity",
    "Mention",
    "Quote",
    "QuoteKind",
    "Result",
    "Segment",
    "SegmentKind",
    "Sentence",
    "Span",
    "Speaker",
    "Token",
    "TokenKind",
]

#: Version of the dictionary / JSON layout written by :meth:`Document.to_dict`.
SCHEMA_VERSION = 1
#: The JSON Schema of that layout, a shipped data file (see :meth:`Document.json_schema`).
SCHEMA_FILE = "document.schema.json"

_R = TypeVar("_R", bound="Result")
_ALL: frozenset[str] = frozenset()
_NO_TOKENS = frozenset(["tokens"])


class Result(FastPickle):
    """Base of the result types: their JSON form, read off their fields by
    :mod:`~arabic_newsnlp.codec`, and their fast pickling
    (:mod:`~arabic_newsnlp.pickling`)."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-native dict: one key per field, in field order."""
        return codec.to_dict(self)

    @classmethod
    def from_dict(cls: type[_R], data: Mapping[str, Any]) -> _R:
        """Rebuild an instance from :meth:`to_dict` output."""
        return codec.from_dict(cls, data)


@dataclass(frozen=True, slots=True)
class Span(Result):
    """A stretch of the original text: ``text == doc.text[start:end]``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Segment(Result):
    """One clitic piece of a token.

    ``kind`` is ``proclitic``, ``stem`` or ``enclitic``; ``form`` restores what the
    spelling hides (the ``ال`` of ``للأمم``, the ``ة`` of ``مدينته``).
    """

    text: str
    start: int
    end: int
    kind: SegmentKind
    form: str


@dataclass(frozen=True, slots=True)
class Token(Result):
    """A word, number, punctuation mark or other unit of the text.

    ``norm`` is the normalised form (see :func:`arabic_newsnlp.normalize`); ``kind`` is one
    of ``word``, ``latin``, ``number``, ``date``, ``punct``, ``url``, ``email``,
    ``hashtag``, ``mention``, ``emoji``, ``symbol``. ``segments`` are its clitic pieces.
    """

    text: str
    start: int
    end: int
    norm: str
    kind: TokenKind
    segments: tuple[Segment, ...] = ()

    @property
    def stem(self) -> Segment | None:
        """The stem segment, or ``None`` for a token without segments."""
        for seg in self.segments:
            if seg.kind == "stem":
                return seg
        return None

    @property
    def base(self) -> str:
        """The normalised, clitic-free form: ``والرئيس`` -> ``رئيس``.

        >>> import arabic_newsnlp
        >>> arabic_newsnlp.analyze("وللأمم").tokens[0].base
        'امم'
        """
        from .text.normalize import normalize

        stem = self.stem
        return normalize(stem.form) if stem is not None else self.norm


@dataclass(frozen=True, slots=True)
class Sentence(Result):
    """A sentence: a span plus the range ``[token_start, token_end)`` of its tokens.

    ``paragraph`` numbers the line (paragraph) the sentence stands in, from 0.
    """

    text: str
    start: int
    end: int
    token_start: int
    token_end: int
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class Attribute(Result):
    """A typed stretch of text attached to a mention or entity.

    ``kind`` says what it is (``role`` for a title phrase such as ``وزير الخارجية``,
    ``nationality`` for an adjective such as ``الأميركي``); ``value`` holds its resolved
    value where one is known (an ISO 3166 code for a nationality).
    """

    text: str
    start: int
    end: int
    kind: str
    value: str | None = None


@dataclass(frozen=True, slots=True)
class Mention(Result):
    """A named-entity mention: ``label`` is ``PER``, ``ORG``, ``LOC`` or ``MISC``.

    The span excludes attached proclitics (``لكوريا`` -> ``كوريا``). ``confidence`` is
    the tagger's marginal probability; ``entity`` is the id of the document
    :class:`Entity` it belongs to, once mentions are linked.
    """

    text: str
    start: int
    end: int
    label: MentionLabel
    confidence: float = 1.0
    entity: str | None = None
    attributes: tuple[Attribute, ...] = ()


@dataclass(frozen=True, slots=True)
class Entity(Result):
    """One real-world referent of a document, grouping its mentions.

    ``mentions`` are indices into :attr:`Document.mentions`; ``canonical`` is the
    gazetteer's canonical name where the gazetteer knows the referent, otherwise the
    fullest name used in the document; ``roles`` are the title phrases that name it
    (attached to a mention, or standing alone and resolved to it); ``gloss`` an English
    name and ``code`` a stable key (ISO 3166 for countries) where the gazetteer knows them;
    ``romanized`` a readable Latin transliteration.
    """

    id: str
    label: MentionLabel
    canonical: str
    mentions: tuple[int, ...] = ()
    roles: tuple[Attribute, ...] = ()
    gloss: str | None = None
    code: str | None = None
    romanized: str | None = None


@dataclass(frozen=True, slots=True)
class Cue(Result):
    """The word(s) that introduce reported speech (``قال``, ``وأضاف``, ``بحسب``)."""

    text: str
    start: int
    end: int
    lemma: str


@dataclass(frozen=True, slots=True)
class Speaker(Result):
    """The source of a quote: a span of the text and the fullest name it resolves to."""

    text: str
    start: int
    end: int
    canonical: str


@dataclass(frozen=True, slots=True)
class Quote(Result):
    """Reported speech attributed to a source.

    ``kind`` is ``direct``, ``indirect`` or ``mixed``; ``content`` the spans of what was
    said (without the quotation marks); ``method`` names the rule that decided it.
    ``co_speakers`` are the other people named with ``speaker`` as the source of the same
    words (``قال سامي نور وليلى حداد``: ``speaker`` is سامي نور, ``co_speakers`` ليلى حداد).
    """

    kind: QuoteKind
    content: tuple[Span, ...]
    cue: Cue | None = None
    speaker: Speaker | None = None
    entity: str | None = None
    confidence: float = 1.0
    method: str = ""
    co_speakers: tuple[Speaker, ...] = ()

    @property
    def text(self) -> str:
        """The content spans joined by a space."""
        return " ".join(span.text for span in self.content)


@dataclass(frozen=True, slots=True)
class Document(Result):
    """The analysis of one text.

    >>> import arabic_newsnlp
    >>> doc = arabic_newsnlp.analyze("وصل الوفد إلى القاهرة. ثم غادر.")
    >>> [s.text for s in doc.sentences]
    ['وصل الوفد إلى القاهرة.', 'ثم غادر.']
    >>> [t.text for t in doc.tokens_of(doc.sentences[1])]
    ['ثم', 'غادر', '.']
    """

    text: str
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    meta: Mapping[str, Any] = field(default_factory=dict)
    #: Left out of the JSON form when ``None``.
    error: str | None = field(default=None, metadata={"json": "omit_none"})

    def __reduce__(self) -> tuple[Any, ...]:
        # Tokens and segments travel as columns (see arabic_newsnlp.pickling).
        return (_unpickle_document, document_columns(self))

    def __repr__(self) -> str:
        head = self.text[:40].replace("\n", " ")
        more = "…" if len(self.text) > 40 else ""
        parts = [
            f"{len(self.sentences)} sentences",
            f"{len(self.tokens)} tokens",
            f"{len(self.mentions)} mentions",
            f"{len(self.entities)} entities",
            f"{len(self.quotes)} quotes",
        ]
        if self.error:
            parts.append(f"error={self.error!r}")
        return f"<Document {head!r}{more}: {', '.join(parts)}>"

    def __iter__(self) -> Iterator[Sentence]:
        return iter(self.sentences)

    def __len__(self) -> int:
        return len(self.tokens)

    @property
    def id(self) -> Any:
        """The caller's ``meta["id"]``, or ``None``."""
        return self.meta.get("id")

    @property
    def ok(self) -> bool:
        """``False`` for the error result of a record that could not be analysed."""
        return self.error is None

    def tokens_of(self, sentence: Sentence) -> tuple[Token, ...]:
        """The tokens of one sentence of this document."""
        return self.tokens[sentence.token_start : sentence.token_end]

    def mentions_of(self, sentence: Sentence) -> tuple[Mention, ...]:
        """The mentions that lie inside ``sentence``."""
        return tuple(
            m for m in self.mentions if sentence.start <= m.start and m.end <= sentence.end
        )

    def mentions_by_label(self, label: str) -> tuple[Mention, ...]:
        """Mentions with the given label (``PER``, ``ORG``, ``LOC``, ``MISC``)."""
        return tuple(m for m in self.mentions if m.label == label)

    def entity(self, entity_id: str) -> Entity | None:
        """The entity with this id, or ``None``."""
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None

    def mentions_of_entity(self, entity: Entity | str) -> tuple[Mention, ...]:
        """The mentions that belong to an entity (given as object or id)."""
        ent = self.entity(entity) if isinstance(entity, str) else entity
        if ent is None:
            return ()
        return tuple(self.mentions[i] for i in ent.mentions)

    def quotes_by(self, speaker: Entity | str) -> tuple[Quote, ...]:
        """Quotes attributed to an entity (object or id) or to a speaker name.

        A name matches the speaker's text or canonical name, ignoring diacritics and
        alef forms.
        """
        if isinstance(speaker, Entity):
            return tuple(q for q in self.quotes if q.entity == speaker.id)
        if self.entity(speaker) is not None:
            return tuple(q for q in self.quotes if q.entity == speaker)
        from .text.normalize import normalize

        wanted = normalize(speaker)
        return tuple(
            q
            for q in self.quotes
            if q.speaker is not None
            and wanted in (normalize(q.speaker.text), normalize(q.speaker.canonical))
        )

    def to_dict(self, *, tokens: bool = True) -> dict[str, Any]:
        """A JSON-native dict, ``schema_version`` first; ``tokens=False`` leaves out the
        (bulky) tokens."""
        return {
            "schema_version": SCHEMA_VERSION,
            **codec.to_dict(self, empty=_ALL if tokens else _NO_TOKENS),
        }

    def to_json(self, *, tokens: bool = True, indent: int | None = None) -> str:
        """The :meth:`to_dict` form as a JSON string (non-ASCII kept as is)."""
        return json.dumps(self.to_dict(tokens=tokens), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """Rebuild a document written by :meth:`to_dict`.

        Raises ``ValueError`` for a dict of another schema version.
        """
        version = data.get("schema_version", SCHEMA_VERSION)
        if version != SCHEMA_VERSION:
            raise ValueError(
                f"document schema_version {version!r} is not supported "
                f"(this arabic_newsnlp reads version {SCHEMA_VERSION})"
            )
        return codec.from_dict(cls, data)

    @classmethod
    def from_json(cls, text: str) -> Document:
        """Rebuild a document from :meth:`to_json` output."""
        return cls.from_dict(json.loads(text))

    @staticmethod
    def json_schema() -> dict[str, Any]:
        """The JSON Schema (draft 2020-12) of :meth:`to_dict` output, shipped in the package.

        It also admits the lines ``arabic-newsnlp analyze`` writes: documents with their
        ``id`` first, and ``{"id", "source", "line", "error"}`` for records that failed.

        >>> import arabic_newsnlp
        >>> schema = arabic_newsnlp.Document.json_schema()
        >>> schema["$defs"]["document"]["properties"]["schema_version"]
        {'const': 1}
        """
        from .resources import resource_path

        data: dict[str, Any] = json.loads(resource_path(SCHEMA_FILE).read_text(encoding="utf-8"))
        return data

    def _repr_html_(self) -> str:
        """Notebook view: :func:`arabic_newsnlp.render` of this document."""
        from .display import render

        return render(self)


def as_documents(docs: Document | Iterable[Document]) -> list[Document]:
    """One document or an iterable of them, as a list (for functions that take either).

    >>> doc = Document("نص")
    >>> as_documents(doc) == as_documents(iter([doc])) == [doc]
    True
    """
    return [docs] if isinstance(docs, Document) else list(docs)


def _unpickle_document(
    text: str,
    sentences: tuple[Sentence, ...],
    columns: tuple[list[Any], ...],
    rest: tuple[Any, ...],
) -> Document:
    """The inverse of :meth:`Document.__reduce__`."""
    doc: Document = rebuild_document((Document, Token, Segment), text, sentences, columns, rest)
    return doc
