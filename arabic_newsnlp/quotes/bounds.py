"""Where a speaker phrase after its cue ends when the entity step found a name at its
start: a person's name ends with the person (وانتقد سامي علي قرار الوزارة: the decision is
the verb's object, not more of the name; a word joined without a space, لوبيث-غارسيا,
stays in it), and an organisation heading the phrase ends with the organisation before a
definite noun that is no adjective of it (طالبت حركة مشروع تونس الحكومة بـ …: the
government is whom the party addresses). Used by :meth:`.context.Extraction.after`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from ..document import Mention, Token
from .attribute import Phrase
from .forms import adjective, dotted_ali

__all__ = ["bounded"]


def bounded(
    tokens: Sequence[Token],
    phrase: Phrase,
    name_starts: frozenset[int],
    mention_at: Callable[[int, int], Mention | None],
) -> Phrase:
    """``phrase`` ended where the person or the organisation at its start ends."""
    first = tokens[phrase.start]
    body = mention_at(first.start, first.end)
    if body is not None and body.label == "ORG" and body.start == first.start:
        k = phrase.start
        while k < phrase.end and tokens[k].start < body.end:
            k += 1
        n = tokens[k].norm if k < phrase.end else ""
        if n.startswith("ال") and not adjective(n):
            return replace(phrase, end=k)
    if phrase.name < 0 or tokens[phrase.name].start not in name_starts:
        return phrase
    k = phrase.name
    while k < phrase.end and (
        tokens[k].start in name_starts
        or tokens[k].start == tokens[k - 1].end
        or dotted_ali(tokens[k])  # (ليلى أولاد | علي: the name the person goes on with)
    ):
        k += 1
    return replace(phrase, end=k) if k < phrase.end else phrase
