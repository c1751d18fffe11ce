"""Headlines: a paragraph opening ``speaker: content`` (``وزير الخارجية: «لا تراجع»``)."""

from __future__ import annotations

from ..document import Sentence
from ..lexicon.keys import head_of
from .attribute import Phrase
from .context import VERBAL, Extraction, Found
from .frames import content_end

__all__ = ["headlines"]


def _colon(ex: Extraction, s: Sentence) -> int:
    """The colon after a speaker at the start of sentence ``s`` (``-1`` for none)."""
    tokens = ex.tokens
    t0 = s.token_start
    colon = -1
    for k in range(t0 + 1, min(s.token_end, t0 + 9)):
        if tokens[k].text == ":":
            colon = k
            break
        if tokens[k].kind not in ("word", "latin") or tokens[k].norm in ex.cues:
            break
    if colon < 0 or tokens[t0].norm in ex.cues or tokens[t0].kind != "word":
        return -1
    if any(head_of(tokens[k].norm) in ex.bad for k in range(t0, colon)):
        return -1
    return colon


def _speaker(ex: Extraction, s: Sentence, colon: int, whole: bool) -> Phrase | None:
    """The speaker phrase before the colon, if it names someone: a title, an entity, a
    short name in the first paragraph, or any phrase before a wholly quoted paragraph."""
    tokens = ex.tokens
    t0 = s.token_start
    phrase = ex.after(t0, colon)
    if phrase is None or (
        phrase.end != colon and not (colon - phrase.end <= 3 and tokens[phrase.end].norm[:1] == "ل")
    ):
        return None  # (a headline may name whom it answers: الوزير للنواب: ...)
    names = (
        any(
            (m := ex.mention_at(tokens[k].start, tokens[k].end)) is not None
            and m.label in ("PER", "ORG")
            for k in range(t0, colon)
        )
        if ex.mentions
        else False
    )
    short_name = (
        s.paragraph == 0
        and colon - t0 <= 3
        and not any(tokens[k].norm.startswith("ال") for k in range(t0, colon))
    )
    return phrase if phrase.title or names or whole or short_name else None


def _headline(ex: Extraction, s: Sentence, last: int) -> Found | None:
    """The headline quote opening the paragraph of sentence ``s`` (which ends at token
    ``last``), if there is one."""
    tokens = ex.tokens
    colon = _colon(ex, s)
    if colon < 0:
        return None
    body = ex.trim_end(colon + 1, last)
    if body <= colon + 1:
        return None
    region = ex.region_at_open.get(colon + 1)
    whole = region is not None and ex.trim_end(region.end_i, last) <= region.end_i
    if not whole:
        cue = ex.cues.get(tokens[colon + 1].norm)
        if (cue is not None and cue.pos in VERBAL) or body - colon > 40:
            return None  # a dateline: القاهرة: قال ...
    phrase = _speaker(ex, s, colon, whole)
    if phrase is None:
        return None
    ref = ex.ref_of(phrase, "headline")
    cue_span = (tokens[colon].start, tokens[colon].end, ":")
    if whole and region is not None:
        return Found(
            "direct",
            list(region.spans),
            cue_span,
            ref,
            "headline",
            s.token_start,
            region.end_i,
            "headline",
            [region],
        )
    end, inner = content_end(ex, colon + 1, s)
    end = max(end, body) if s.token_end >= last else end
    return Found(
        "direct",
        ex.spans(colon + 1, end),
        cue_span,
        ref,
        "headline",
        s.token_start,
        end,
        "headline",
        inner,
    )


def headlines(ex: Extraction) -> None:
    """Paragraphs opening ``speaker: content`` (``وزير الخارجية: «لا تراجع»``)."""
    par_last: dict[int, int] = {}
    for s in ex.sentences:
        par_last[s.paragraph] = s.token_end
    seen: set[int] = set()
    for s in ex.sentences:
        if s.paragraph in seen:
            continue
        seen.add(s.paragraph)
        found = _headline(ex, s, par_last[s.paragraph])
        if found is not None and found.spans:
            ex.add(found)
            ex.consumed = 0  # headlines are read first; the body is read after
