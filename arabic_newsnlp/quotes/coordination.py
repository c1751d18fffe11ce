"""More than one speaker: people named together as the source of one quote.

A speaker that is a person may have others joined to it by ``و`` (``قال سامي نور وليلى
حداد إن``, ``قال المحاميان سامي نور وليلى حداد إن``): they say the words together.
:attr:`Quote.speaker` stays the first of them (the one a reader names first, and the one
the quote's entity is); the others are :attr:`Quote.co_speakers`, in text order.

>>> import arabic_newsnlp
>>> doc = arabic_newsnlp.analyze("وقال المحاميان سامي نور وليلى حداد إن موكلهما بريء.")
>>> q = doc.quotes[0]
>>> q.speaker.text, [s.text for s in q.co_speakers]
('سامي نور', ['ليلى حداد'])
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence

from ..document import Entity, Mention, Speaker

__all__ = ["CoSpeakers"]

#: The most people one speaker phrase joins (a list of names is no speaker phrase).
_MOST = 4


class CoSpeakers:
    """Finds the people joined to a speaker, over the mentions of one document (sorted by
    start), by bisection: linear in the number of quotes."""

    def __init__(
        self, text: str, mentions: Sequence[Mention], entities: Mapping[str, Entity]
    ) -> None:
        self.text = text
        self.people = [m for m in mentions if m.label == "PER"]
        self.starts = [m.start for m in self.people]
        self.entities = entities

    def after(self, speaker: Speaker) -> tuple[Speaker, ...]:
        """The people joined by ``و`` right after ``speaker`` (which must end where a
        person's mention ends)."""
        out: list[Speaker] = []
        k = bisect_left(self.starts, speaker.start)
        if k >= len(self.people) or self.people[k].end != speaker.end:
            return ()
        end = speaker.end
        for m in self.people[k + 1 : k + _MOST]:
            if self.text[end : m.start].strip() != "و":
                break
            linked = self.entities.get(m.entity) if m.entity else None
            out.append(Speaker(m.text, m.start, m.end, linked.canonical if linked else m.text))
            end = m.end
        return tuple(out)
