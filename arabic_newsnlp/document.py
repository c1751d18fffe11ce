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
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import chain, islice, repeat
from operator import attrgetter
from typing import Any, Literal

__all__ = [
    "SCHEMA_VERSION",
    "Attribute",
    "Cue",
    "Document",
    "Entity",
    "Mention",
    "Quote",
    "Segment",
    "Sentence",
    "Span",
    "Speaker",
    "Token",
]

#: Version of the dictionary / JSON layout written by :meth:`Document.to_dict`.
SCHEMA_VERSION = 1
#: The JSON Schema of that layout, a shipped data file (see :meth:`Document.json_schema`).
SCHEMA_FILE = "document.schema.json"

SegmentKind = Literal["proclitic", "stem", "enclitic"]

_new = object.__new__
_SETTERS: dict[type, tuple[Any, ...]] = {}


def _setters(cls: type) -> tuple[Any, ...]:
    setters = _SETTERS.get(cls)
    if setters is None:
        names: tuple[str, ...] = cls.__slots__  # type: ignore[attr-defined]
        setters = _SETTERS[cls] = tuple(getattr(cls, name).__set__ for name in names)
    return setters


def _rebuild(cls: type, values: tuple[Any, ...]) -> Any:
    """Make an instance of a result type from its field values, without ``__init__``.

    Used by pickling (worker processes send documents back to the parent): it sets the
    slots directly, which is what a frozen dataclass's ``__init__`` does, minus its
    per-field overhead.
    """
    obj: Any = _new(cls)
    for setter, value in zip(_setters(cls), values, strict=True):
        setter(obj, value)
    return obj


def _fill(cls: type, columns: tuple[list[Any], ...]) -> list[Any]:
    """Make ``len(columns[0])`` instances of ``cls`` from one column per slot, in order;
    the loops run in C."""
    made: list[Any] = list(map(_new, repeat(cls, len(columns[0]))))
    for setter, column in zip(_setters(cls), columns, strict=True):
        deque(map(setter, made, column), maxlen=0)
    return made


class _FastPickle:
    """Mixin: pickle a slotted result type as ``_rebuild(cls, field values)``."""

    __slots__: tuple[str, ...] = ()

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), tuple(getattr(self, n) for n in self.__slots__)))


QuoteKind = Literal["direct", "indirect", "mixed"]


@dataclass(frozen=True, slots=True)
class Span(_FastPickle):
    """A stretch of the original text: ``text == doc.text[start:end]``."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        return cls(data["text"], data["start"], data["end"])


@dataclass(frozen=True, slots=True)
class Segment(_FastPickle):
    """One clitic piece of a token.

    ``kind`` is ``proclitic``, ``stem`` or ``enclitic``; ``form`` restores what the
    spelling hides (the ``ال`` of ``للأمم``, the ``ة`` of ``مدينته``).
    """

    text: str
    start: int
    end: int
    kind: SegmentKind
    form: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "form": self.form,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Segment:
        return cls(data["text"], data["start"], data["end"], data["kind"], data["form"])


@dataclass(frozen=True, slots=True)
class Token(_FastPickle):
    """A word, number, punctuation mark or other unit of the text.

    ``norm`` is the normalised form (see :func:`arabic_newsnlp.normalize`); ``kind`` is one
    of ``word``, ``latin``, ``number``, ``date``, ``punct``, ``url``, ``email``,
    ``hashtag``, ``mention``, ``emoji``, ``symbol``. ``segments`` are its clitic pieces.
    """

    text: str
    start: int
    end: int
    norm: str
    kind: str
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

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "norm": self.norm,
            "kind": self.kind,
            "segments": [s.to_dict() for s in self.segments],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Token:
        return cls(
            data["text"],
            data["start"],
            data["end"],
            data["norm"],
            data["kind"],
            tuple(Segment.from_dict(s) for s in data.get("segments", ())),
        )


@dataclass(frozen=True, slots=True)
class Sentence(_FastPickle):
    """A sentence: a span plus the range ``[token_start, token_end)`` of its tokens.

    ``paragraph`` numbers the line (paragraph) the sentence stands in, from 0.
    """

    text: str
    start: int
    end: int
    token_start: int
    token_end: int
    paragraph: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "token_start": self.token_start,
            "token_end": self.token_end,
            "paragraph": self.paragraph,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Sentence:
        return cls(
            data["text"],
            data["start"],
            data["end"],
            data["token_start"],
            data["token_end"],
            data.get("paragraph", 0),
        )


@dataclass(frozen=True, slots=True)
class Attribute(_FastPickle):
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

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "value": self.value,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Attribute:
        return cls(data["text"], data["start"], data["end"], data["kind"], data.get("value"))


@dataclass(frozen=True, slots=True)
class Mention(_FastPickle):
    """A named-entity mention: ``label`` is ``PER``, ``ORG``, ``LOC`` or ``MISC``.

    The span excludes attached proclitics (``لكوريا`` -> ``كوريا``). ``confidence`` is
    the tagger's marginal probability; ``entity`` is the id of the document
    :class:`Entity` it belongs to, once mentions are linked.
    """

    text: str
    start: int
    end: int
    label: str
    confidence: float = 1.0
    entity: str | None = None
    attributes: tuple[Attribute, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "confidence": self.confidence,
            "entity": self.entity,
            "attributes": [a.to_dict() for a in self.attributes],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Mention:
        return cls(
            data["text"],
            data["start"],
            data["end"],
            data["label"],
            data.get("confidence", 1.0),
            data.get("entity"),
            tuple(Attribute.from_dict(a) for a in data.get("attributes", ())),
        )


@dataclass(frozen=True, slots=True)
class Entity(_FastPickle):
    """One real-world referent of a document, grouping its mentions.

    ``mentions`` are indices into :attr:`Document.mentions`; ``canonical`` is the
    gazetteer's canonical name where the gazetteer knows the referent, otherwise the
    fullest name used in the document; ``roles`` are the title phrases that name it
    (attached to a mention, or standing alone and resolved to it); ``gloss`` an English
    name and ``code`` a stable key (ISO 3166 for countries) where the gazetteer knows them;
    ``romanized`` a readable Latin transliteration.
    """

    id: str
    label: str
    canonical: str
    mentions: tuple[int, ...] = ()
    roles: tuple[Attribute, ...] = ()
    gloss: str | None = None
    code: str | None = None
    romanized: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "canonical": self.canonical,
            "mentions": list(self.mentions),
            "roles": [r.to_dict() for r in self.roles],
            "gloss": self.gloss,
            "code": self.code,
            "romanized": self.romanized,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Entity:
        return cls(
            data["id"],
            data["label"],
            data["canonical"],
            tuple(data.get("mentions", ())),
            tuple(Attribute.from_dict(r) for r in data.get("roles", ())),
            data.get("gloss"),
            data.get("code"),
            data.get("romanized"),
        )


@dataclass(frozen=True, slots=True)
class Cue(_FastPickle):
    """The word(s) that introduce reported speech (``قال``, ``وأضاف``, ``بحسب``)."""

    text: str
    start: int
    end: int
    lemma: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "lemma": self.lemma}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Cue:
        return cls(data["text"], data["start"], data["end"], data["lemma"])


@dataclass(frozen=True, slots=True)
class Speaker(_FastPickle):
    """The source of a quote: a span of the text and the fullest name it resolves to."""

    text: str
    start: int
    end: int
    canonical: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "canonical": self.canonical,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Speaker:
        return cls(data["text"], data["start"], data["end"], data["canonical"])


@dataclass(frozen=True, slots=True)
class Quote(_FastPickle):
    """Reported speech attributed to a source.

    ``kind`` is ``direct``, ``indirect`` or ``mixed``; ``content`` the spans of what was
    said (without the quotation marks); ``method`` names the rule that decided it.
    """

    kind: QuoteKind
    content: tuple[Span, ...]
    cue: Cue | None = None
    speaker: Speaker | None = None
    entity: str | None = None
    confidence: float = 1.0
    method: str = ""

    @property
    def text(self) -> str:
        """The content spans joined by a space."""
        return " ".join(span.text for span in self.content)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "content": [c.to_dict() for c in self.content],
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "entity": self.entity,
            "confidence": self.confidence,
            "method": self.method,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quote:
        cue = data.get("cue")
        speaker = data.get("speaker")
        return cls(
            data["kind"],
            tuple(Span.from_dict(c) for c in data.get("content", ())),
            Cue.from_dict(cue) if cue else None,
            Speaker.from_dict(speaker) if speaker else None,
            data.get("entity"),
            data.get("confidence", 1.0),
            data.get("method", ""),
        )


@dataclass(frozen=True, slots=True)
class Document(_FastPickle):
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
    error: str | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        # Tokens and segments travel as columns, their texts sliced back out of the
        # document text: sending documents back from worker processes is on the hot path
        # of ``pipe(n_process=...)``, and columns are read and rebuilt by loops in C.
        tokens = self.tokens
        segments = list(map(_token_segments, tokens))
        flat = list(chain.from_iterable(segments))
        columns = (
            list(map(_token_start, tokens)),
            list(map(_token_end, tokens)),
            list(map(_token_norm, tokens)),
            list(map(_token_kind, tokens)),
            list(map(len, segments)),
            list(map(_segment_start, flat)),
            list(map(_segment_end, flat)),
            list(map(_segment_kind, flat)),
            list(map(_segment_form, flat)),
        )
        rest = (self.sentences, self.mentions, self.entities, self.quotes, self.meta, self.error)
        return (_rebuild_document, (self.text, columns, rest))

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
        """A JSON-native dict; ``tokens=False`` leaves out the (bulky) tokens."""
        out: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "text": self.text,
            "sentences": [s.to_dict() for s in self.sentences],
            "tokens": [t.to_dict() for t in self.tokens] if tokens else [],
            "mentions": [m.to_dict() for m in self.mentions],
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "meta": dict(self.meta),
        }
        if self.error is not None:
            out["error"] = self.error
        return out

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
        return cls(
            data["text"],
            tuple(Sentence.from_dict(s) for s in data.get("sentences", ())),
            tuple(Token.from_dict(t) for t in data.get("tokens", ())),
            tuple(Mention.from_dict(m) for m in data.get("mentions", ())),
            tuple(Entity.from_dict(e) for e in data.get("entities", ())),
            tuple(Quote.from_dict(q) for q in data.get("quotes", ())),
            dict(data.get("meta", {})),
            data.get("error"),
        )

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

        data: dict[str, Any] = json.loads(
            resource_path(SCHEMA_FILE).read_text(encoding="utf-8")
        )
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


_token_start, _token_end, _token_norm, _token_kind, _token_segments = (
    attrgetter(name) for name in ("start", "end", "norm", "kind", "segments")
)
_segment_start, _segment_end, _segment_kind, _segment_form = (
    attrgetter(name) for name in ("start", "end", "kind", "form")
)


def _rebuild_document(
    text: str, columns: tuple[list[Any], ...], rest: tuple[Any, ...]
) -> Document:
    """The inverse of :meth:`Document.__reduce__`."""
    starts, ends, norms, kinds, counts, s_starts, s_ends, s_kinds, s_forms = columns
    cut = text.__getitem__
    segments = iter(
        _fill(Segment, (list(map(cut, map(slice, s_starts, s_ends))), s_starts, s_ends,
                        s_kinds, s_forms))
    )
    grouped = list(map(tuple, map(islice, repeat(segments), counts)))
    tokens = _fill(
        Token, (list(map(cut, map(slice, starts, ends))), starts, ends, norms, kinds, grouped)
    )
    sentences, mentions, entities, quotes, meta, error = rest
    doc: Document = _rebuild(
        Document, (text, sentences, tuple(tokens), mentions, entities, quotes, meta, error)
    )
    return doc
