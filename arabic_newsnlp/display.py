"""HTML views of analysed documents, in the spirit of spaCy's displaCy.

:func:`render` marks the mentions in the text, coloured by label, and the quotes, each
followed by its speaker (a link to the speaker's mention); hovering shows the entity,
gloss, confidence and method. Everything is right-to-left Arabic, with a legend.
Every value that comes from a document (text, labels, names, ids, methods) is
HTML-escaped, so a document loaded from untrusted JSON cannot inject markup.

>>> import arabic_newsnlp
>>> doc = arabic_newsnlp.analyze("قال الوزير سامح شكري إن «الحل سياسي».")
>>> fragment = arabic_newsnlp.render(doc)
>>> 'dir="rtl"' in fragment and "ann-legend" in fragment
True
>>> arabic_newsnlp.render([doc, doc], page=True).startswith("<!DOCTYPE html>")
True
"""

from __future__ import annotations

import html
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from .document import Document, Entity, Quote, as_documents

__all__ = ["COLORS", "LABELS", "QUOTE_COLORS", "render"]

#: Background colour of each entity label (other labels get :data:`OTHER_COLOR`).
COLORS: Mapping[str, str] = {
    "PER": "#aa9cfc",
    "ORG": "#7aecec",
    "LOC": "#feca74",
    "MISC": "#bfeeb7",
}
OTHER_COLOR = "#dddddd"
#: What each label stands for, shown in the legend.
LABELS: Mapping[str, str] = {
    "PER": "person",
    "ORG": "organisation",
    "LOC": "place",
    "MISC": "other name",
}
#: Underline colour of each quote kind.
QUOTE_COLORS: Mapping[str, str] = {
    "direct": "#1d4ed8",
    "indirect": "#0f766e",
    "mixed": "#a21caf",
}
#: Arabic fonts first, then common system fonts that carry Arabic glyphs.
FONTS = (
    '"Noto Naskh Arabic", "Amiri", "Scheherazade New", "Noto Sans Arabic", "Geeza Pro", '
    '"Segoe UI", Tahoma, Arial, "DejaVu Sans", sans-serif'
)

STYLE = f"""<style>
.ann-docs {{ font-family: {FONTS}; direction: rtl; text-align: right; color: #111;
  font-size: 18px; line-height: 2.5; }}
.ann-doc {{ margin: 0 0 1.2em 0; }}
.ann-id {{ font-size: 0.7em; color: #555; line-height: 1.5; }}
.ann-text {{ white-space: pre-wrap; }}
.ann-error {{ color: #991b1b; }}
.ann-ent {{ padding: 0.2em 0.35em; border-radius: 0.35em; box-decoration-break: clone;
  -webkit-box-decoration-break: clone; }}
.ann-label {{ font-size: 0.6em; font-weight: bold; font-family: sans-serif;
  margin-inline-start: 0.4em; vertical-align: middle; }}
.ann-quote {{ border-bottom: 3px solid; padding-bottom: 0.1em; }}
.ann-who {{ font-size: 0.7em; border: 1px solid; border-radius: 1em; padding: 0 0.5em;
  margin-inline-start: 0.3em; text-decoration: none; white-space: nowrap; }}
.ann-cue {{ text-decoration: underline dotted; }}
.ann-speaker {{ outline: 1px dashed #777; border-radius: 0.2em; }}
.ann-legend {{ font-size: 0.75em; line-height: 2.2; border-top: 1px solid #ccc;
  padding-top: 0.4em; }}
.ann-key {{ padding: 0.2em 0.6em; border-radius: 0.35em; margin-inline-end: 0.6em; }}
</style>"""

# Nesting order of the elements drawn over the text: outer first.
_QUOTE, _SPEAKER, _MENTION, _CUE = range(4)


def _esc(value: Any) -> str:
    """Any value as escaped HTML text, safe inside a double- or single-quoted attribute."""
    return html.escape(str(value), quote=True)


def _num(value: Any) -> str:
    return f"{value:.2f}" if isinstance(value, (int, float)) else str(value)


@dataclass(frozen=True, slots=True)
class _Mark:
    """One element drawn over ``text[start:end]``; it may be cut into pieces to nest."""

    start: int
    end: int
    layer: int
    order: int
    anchor: str  # the id given to its first piece ("" for none)
    tag: str
    attrs: str  # escaped attributes
    tail: str = ""  # markup at the end of its last piece (a label, a speaker link)
    tail_outside: bool = False  # the tail follows the closing tag rather than precedes it


def _named(name: str, entity: Entity | None) -> str:
    """``name (gloss) · entity E1`` for a hover note, as far as the entity is known."""
    if entity is None:
        return name
    gloss = f" ({entity.gloss})" if entity.gloss else ""
    return f"{name}{gloss} · entity {entity.id}"


def _marks(doc: Document, prefix: str, colors: Mapping[str, str]) -> list[_Mark]:
    """The elements to draw over one document's text."""
    entities = {e.id: e for e in doc.entities}
    marks: list[_Mark] = []
    by_span: dict[tuple[int, int], str] = {}
    for i, m in enumerate(doc.mentions):
        anchor = f"{prefix}-m{i}"
        by_span.setdefault((m.start, m.end), anchor)
        color = colors.get(m.label, OTHER_COLOR)
        entity = entities.get(m.entity or "")
        named = f" · {_named(entity.canonical, entity)}" if entity is not None else ""
        title = f"{m.label}{named} · confidence {_num(m.confidence)}"
        marks.append(
            _Mark(
                m.start,
                m.end,
                _MENTION,
                i,
                anchor,
                "mark",
                f'class="ann-ent" style="background: {_esc(color)}" title="{_esc(title)}"',
                f'<span class="ann-label">{_esc(m.label)}</span>',
            )
        )
    speakers: dict[tuple[int, int], str] = {}
    for j, q in enumerate(doc.quotes):
        color = QUOTE_COLORS.get(q.kind, OTHER_COLOR)
        target = ""  # the id the speaker link goes to: the speaker's mention, or its span
        if q.speaker is not None:
            span = (q.speaker.start, q.speaker.end)
            target = by_span.get(span) or speakers.get(span, "")
            if not target:
                target = speakers[span] = f"{prefix}-s{len(speakers)}"
                title = f"speaker: {_named(q.speaker.canonical, entities.get(q.entity or ''))}"
                marks.append(
                    _Mark(
                        *span,
                        _SPEAKER,
                        j,
                        target,
                        "span",
                        f'class="ann-speaker" title="{_esc(title)}"',
                    )
                )
        if q.cue is not None:
            marks.append(
                _Mark(
                    q.cue.start,
                    q.cue.end,
                    _CUE,
                    j,
                    "",
                    "span",
                    f'class="ann-cue" title="{_esc(f"cue: {q.cue.lemma}")}"',
                )
            )
        title = _esc(_quote_note(q, entities))
        last = max(range(len(q.content)), key=lambda k: q.content[k].end, default=-1)
        for k, part in enumerate(q.content):
            marks.append(
                _Mark(
                    part.start,
                    part.end,
                    _QUOTE,
                    j,
                    f"{prefix}-q{j}" if k == 0 else "",
                    "span",
                    f'class="ann-quote" style="border-color: {_esc(color)}" title="{title}"',
                    _speaker_link(q, target, color, title) if k == last else "",
                    tail_outside=True,
                )
            )
    return marks


def _quote_note(q: Quote, entities: Mapping[str, Entity]) -> str:
    who = q.speaker.canonical if q.speaker is not None else "unknown"
    note = f"{q.kind} quote · speaker: {_named(who, entities.get(q.entity or ''))}"
    if q.cue is not None:
        note += f" · cue: {q.cue.text}"
    return note + f" · confidence {_num(q.confidence)} · method {q.method}"


def _speaker_link(q: Quote, target: str, color: str, title: str) -> str:
    name = _esc(q.speaker.canonical) if q.speaker is not None else "?"
    if not target:
        return f'<span class="ann-who" style="color: {_esc(color)}" title="{title}">{name}</span>'
    return (
        f'<a class="ann-who" href="#{_esc(target)}" style="color: {_esc(color)}" '
        f'title="{title}">{name}</a>'
    )


def _markup(text: str, marks: list[_Mark]) -> str:
    """``text`` escaped, with the marks as properly nested elements.

    Marks that overlap without nesting are cut into pieces: the first piece carries the
    mark's id, the last its tail.
    """
    size = len(text)
    marks = [m for m in marks if 0 <= m.start < m.end <= size]
    cuts = sorted({0, size, *(m.start for m in marks), *(m.end for m in marks)})
    starting: dict[int, list[_Mark]] = {}
    for mark in marks:
        starting.setdefault(mark.start, []).append(mark)
    out: list[str] = []
    active: list[_Mark] = []
    current: list[_Mark] = []
    for a, b in pairwise(cuts):
        active = [m for m in active if m.end > a] + starting.get(a, [])
        wanted = sorted(active, key=lambda m: (m.layer, m.start, -m.end, m.order))
        keep = 0
        while keep < min(len(current), len(wanted)) and current[keep] is wanted[keep]:
            keep += 1
        _close(out, current[keep:], a)
        for mark in wanted[keep:]:
            anchor = f' id="{_esc(mark.anchor)}"' if mark.anchor and mark.start == a else ""
            out.append(f"<{mark.tag}{anchor} {mark.attrs}>")
        out.append(html.escape(text[a:b], quote=False))
        current = wanted
    _close(out, current, size)
    return "".join(out)


def _close(out: list[str], marks: list[_Mark], at: int) -> None:
    for mark in reversed(marks):
        tail = mark.tail if mark.end <= at else ""
        close = f"</{mark.tag}>"
        out.append(close + tail if mark.tail_outside else tail + close)


def _prefix(doc: Document, index: int) -> str:
    """Element ids unique within a page and, in practice, within a notebook."""
    checksum = zlib.crc32(doc.text.encode("utf-8", "surrogatepass"))
    return f"ann{index}-{checksum:08x}"


def _render_doc(doc: Document, index: int, colors: Mapping[str, str]) -> str:
    head = f'<div class="ann-id">{_esc(doc.id)}</div>' if doc.id is not None else ""
    if doc.error is not None:
        body = f'<div class="ann-error">error: {_esc(doc.error)}</div>'
    else:
        marks = _marks(doc, _prefix(doc, index), colors)
        body = f'<div class="ann-text">{_markup(doc.text, marks)}</div>'
    return f'<article class="ann-doc">{head}{body}</article>'


def _legend(docs: list[Document], colors: Mapping[str, str]) -> str:
    labels = list(LABELS)
    for doc in docs:
        labels += [m.label for m in doc.mentions if m.label not in labels]
    keys = [
        f'<span class="ann-key" style="background: {_esc(colors.get(label, OTHER_COLOR))}">'
        f"{_esc(label)} {_esc(LABELS.get(label, ''))}</span>"
        for label in labels
    ]
    keys += [
        f'<span class="ann-key ann-quote" style="border-color: {color}">{kind} quote</span>'
        for kind, color in QUOTE_COLORS.items()
    ]
    return f'<footer class="ann-legend">{"".join(keys)}</footer>'


def render(
    docs: Document | Iterable[Document],
    *,
    page: bool = False,
    legend: bool = True,
    colors: Mapping[str, str] | None = None,
    title: str = "arabic_newsnlp",
) -> str:
    """HTML for one document or many: mentions coloured by label, quotes with speakers.

    ``page=True`` gives a complete HTML page (to save as a file), otherwise a fragment
    (for a notebook or another page). ``legend`` adds a key of the colours; ``colors``
    overrides label colours (``{"PER": "#ffd700"}``); ``title`` is the page title.
    Documents that hold an error show it instead of their text.

    >>> import arabic_newsnlp
    >>> doc = arabic_newsnlp.Document.from_dict(
    ...     {"text": "زار رئيس عمان.", "meta": {"id": "<b>1</b>"},
    ...      "mentions": [{"text": "عمان", "start": 9, "end": 13, "label": "LOC"}]})
    >>> html = render(doc, legend=False)
    >>> "&lt;b&gt;1&lt;/b&gt;" in html and 'title="LOC · confidence 1.00"' in html
    True
    """
    items = as_documents(docs)
    palette = {**COLORS, **(colors or {})}
    parts = [_render_doc(doc, i, palette) for i, doc in enumerate(items)]
    if legend:
        parts.append(_legend(items, palette))
    fragment = f'<div class="ann-docs" dir="rtl" lang="ar">{STYLE}{"".join(parts)}</div>'
    if not page:
        return fragment
    return (
        '<!DOCTYPE html>\n<html dir="rtl" lang="ar">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_esc(title)}</title>\n</head>\n"
        f'<body style="margin: 1.5em">\n{fragment}\n</body>\n</html>\n'
    )
