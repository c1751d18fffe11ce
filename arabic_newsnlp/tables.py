"""Documents as tables: one row per mention, entity, quote, sentence or token.

:func:`rows` gives plain dicts (no dependency); :func:`to_dataframe` gives a
``pandas.DataFrame`` (the ``pandas`` extra: ``pip install "arabic-newsnlp[pandas]"``).
Every row starts with ``doc`` (the document's position in the input) and ``doc_id`` (its
``meta["id"]``, or ``None``); the columns of each kind are listed in :data:`COLUMNS`.

>>> import arabic_newsnlp
>>> doc = arabic_newsnlp.analyze("قالت الوزيرة: «الاتفاق قريب».", meta={"id": "a1"})
>>> [(r["doc_id"], r["kind"], r["text"]) for r in rows(doc, "quotes")]
[('a1', 'direct', 'الاتفاق قريب')]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .document import Document, Entity, as_documents

__all__ = ["COLUMNS", "KINDS", "rows", "to_dataframe"]

_DOC = ("doc", "doc_id")
#: The columns of each kind of table, in order.
COLUMNS: Mapping[str, tuple[str, ...]] = {
    "mentions": (
        *_DOC,
        "mention",
        "start",
        "end",
        "text",
        "label",
        "confidence",
        "entity",
        "canonical",
        "gloss",
    ),
    "entities": (
        *_DOC,
        "entity",
        "label",
        "canonical",
        "gloss",
        "code",
        "romanized",
        "mentions",
        "start",
        "end",
        "roles",
    ),
    "quotes": (
        *_DOC,
        "quote",
        "kind",
        "start",
        "end",
        "text",
        "speaker",
        "speaker_start",
        "speaker_end",
        "entity",
        "canonical",
        "gloss",
        "cue",
        "confidence",
        "method",
        "co_speakers",
    ),
    "sentences": (*_DOC, "sentence", "start", "end", "text", "paragraph", "tokens"),
    "tokens": (
        *_DOC,
        "token",
        "sentence",
        "start",
        "end",
        "text",
        "norm",
        "base",
        "kind",
        "segments",
    ),
}
#: The kinds of table, as :func:`rows` and :func:`to_dataframe` take them.
KINDS = tuple(COLUMNS)


def _mentions(doc: Document, entities: Mapping[str, Entity]) -> Iterable[tuple[Any, ...]]:
    for i, m in enumerate(doc.mentions):
        ent = entities.get(m.entity or "")
        yield (
            i,
            m.start,
            m.end,
            m.text,
            m.label,
            m.confidence,
            m.entity,
            ent.canonical if ent else None,
            ent.gloss if ent else None,
        )


def _entities(doc: Document, entities: Mapping[str, Entity]) -> Iterable[tuple[Any, ...]]:
    for e in doc.entities:
        first = doc.mentions[e.mentions[0]] if e.mentions else None
        roles = "؛ ".join(dict.fromkeys(r.value or r.text for r in e.roles))
        yield (
            e.id,
            e.label,
            e.canonical,
            e.gloss,
            e.code,
            e.romanized,
            len(e.mentions),
            first.start if first else None,
            first.end if first else None,
            roles or None,
        )


def _quotes(doc: Document, entities: Mapping[str, Entity]) -> Iterable[tuple[Any, ...]]:
    for i, q in enumerate(doc.quotes):
        ent = entities.get(q.entity or "")
        who = q.speaker
        yield (
            i,
            q.kind,
            min((c.start for c in q.content), default=None),
            max((c.end for c in q.content), default=None),
            q.text,
            who.text if who else None,
            who.start if who else None,
            who.end if who else None,
            q.entity,
            who.canonical if who else None,
            ent.gloss if ent else None,
            q.cue.text if q.cue else None,
            q.confidence,
            q.method,
            " | ".join(s.canonical for s in q.co_speakers),
        )


def _sentences(doc: Document, entities: Mapping[str, Entity]) -> Iterable[tuple[Any, ...]]:
    for i, s in enumerate(doc.sentences):
        yield i, s.start, s.end, s.text, s.paragraph, s.token_end - s.token_start


def _tokens(doc: Document, entities: Mapping[str, Entity]) -> Iterable[tuple[Any, ...]]:
    sentence_of = {
        t: i for i, s in enumerate(doc.sentences) for t in range(s.token_start, s.token_end)
    }
    for i, t in enumerate(doc.tokens):
        segments = "+".join(s.form for s in t.segments) or None
        yield (
            i,
            sentence_of.get(i),
            t.start,
            t.end,
            t.text,
            t.norm,
            t.base,
            t.kind,
            segments,
        )


_ROWS = {
    "mentions": _mentions,
    "entities": _entities,
    "quotes": _quotes,
    "sentences": _sentences,
    "tokens": _tokens,
}


def rows(docs: Document | Iterable[Document], kind: str) -> list[dict[str, Any]]:
    """One dict per item of ``kind`` (see :data:`KINDS`) over the documents, in order.

    Entity ``start``/``end`` are those of its first mention; ``roles`` joins the distinct
    role values. A quote's ``start``/``end`` cover its content; ``speaker`` is the speaker's
    text and ``canonical`` its resolved name; ``co_speakers`` joins the resolved names of
    the people who say the words with the speaker (``|`` between them; empty when none).
    A token's ``segments`` joins its clitic forms with ``+`` (``و+ب+ال+رئيس``).

    >>> import arabic_newsnlp
    >>> doc = arabic_newsnlp.analyze("وبالرئيس")
    >>> rows(doc, "tokens")[0]["segments"]
    'و+ب+ال+رئيس'
    """
    if kind not in _ROWS:
        raise ValueError(f"unknown table kind {kind!r}; choose one of {', '.join(KINDS)}")
    make, columns = _ROWS[kind], COLUMNS[kind]
    out: list[dict[str, Any]] = []
    for number, doc in enumerate(as_documents(docs)):
        entities = {e.id: e for e in doc.entities}
        out.extend(
            dict(zip(columns, (number, doc.id, *values), strict=True))
            for values in make(doc, entities)
        )
    return out


def to_dataframe(docs: Document | Iterable[Document], kind: str) -> Any:
    """A ``pandas.DataFrame`` of :func:`rows`, with the :data:`COLUMNS` of ``kind``.

    Needs pandas (``pip install "arabic-newsnlp[pandas]"``); ``import arabic_newsnlp``
    does not import it.

    >>> import arabic_newsnlp
    >>> docs = arabic_newsnlp.Pipeline().pipe(["زار الرئيس بيروت.", "وصل الوفد إلى القاهرة."])
    >>> frame = arabic_newsnlp.to_dataframe(docs, "mentions")
    >>> frame[["doc", "text", "label", "gloss"]].values.tolist()
    [[0, 'بيروت', 'LOC', 'Beirut'], [1, 'القاهرة', 'LOC', 'Cairo']]
    """
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError(
            'to_dataframe needs pandas: pip install "arabic-newsnlp[pandas]"'
        ) from exc
    return pd.DataFrame(rows(docs, kind), columns=list(COLUMNS[kind]))
