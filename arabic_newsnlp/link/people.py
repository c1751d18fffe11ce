"""People among a document's mentions: which person names are one person (a shorter
name joins the one longer name it is a short form of), and the linking step's working
state for each mention (:class:`MentionInfo`).

>>> from arabic_newsnlp.link.lexicon import default_lexicon
>>> extends(("انتوني", "بلينكن"), ("بلينكن",), default_lexicon())
True
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..contracts import MentionLabel
from ..document import Attribute, Mention
from ..lexicon.gazetteer import GazetteerEntry
from ..lexicon.keys import loose_key, name_keys
from .lexicon import LinkLexicon

__all__ = ["LOOSE_PERSON", "MentionInfo", "extends", "group_people"]

#: Shortest word whose inner vowel letters are ignored: long person-name words are mostly
#: transliterations (زيلينسكي/زيلنسكي); short Arabic names differ by them (سلمان/سليمان).
LOOSE_PERSON = 7


@dataclass(slots=True)
class MentionInfo:
    """The linking step's working state for one mention."""

    mention: Mention
    label: MentionLabel  # the mention's label, unless the gazetteer corrects a person/non-person
    surface: str
    keys: tuple[str, ...]
    entry: GazetteerEntry | None
    nationality: str | None
    first_tok: int
    last_tok: int
    attributes: list[Attribute] = field(default_factory=list)
    role_codes: list[tuple[str, str | None]] = field(default_factory=list)


def extends(longer: tuple[str, ...], shorter: tuple[str, ...], lex: LinkLexicon) -> bool:
    """Whether person name ``shorter`` can be a short form of ``longer``."""
    size = len(shorter)
    if size == 0 or size >= len(longer):
        return False
    if longer[-size:] == shorter and longer[-size - 1] not in lex.particles:
        return True
    return longer[:size] == shorter and shorter[0] in lex.family_names


def group_people(
    people: dict[tuple[str, ...], list[MentionInfo]], lex: LinkLexicon
) -> dict[tuple[str, ...], list[MentionInfo]]:
    """Person mentions grouped by name: names with one gazetteer referent are one person;
    then, longest names first, a shorter name joins the one group it is a short form of
    (of the group's own names or its gazetteer canonical name)."""
    parent: dict[tuple[str, ...], tuple[str, ...]] = {name: name for name in people}
    referent: dict[tuple[str, ...], str | None] = {}

    def find(name: tuple[str, ...]) -> tuple[str, ...]:
        while parent[name] != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    forms: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    by_referent: dict[str, tuple[str, ...]] = {}
    for name, infos in people.items():
        entry = next((i.entry for i in infos if i.entry is not None), None)
        referent[name] = entry.canonical if entry is not None else None
        forms.append((name, name))
        if entry is not None:
            forms.append(
                (tuple(loose_key(k, LOOSE_PERSON) for k in name_keys(entry.canonical)), name)
            )
            first = by_referent.setdefault(entry.canonical, name)
            if first != name:
                parent[find(name)] = find(first)
    for name in sorted(people, key=len, reverse=True):
        mine = find(name)
        own = referent[mine] or referent[name]
        fits = set()
        for form, holder in forms:
            if len(form) > len(name) and extends(form, name, lex):
                root = find(holder)
                if own is None or referent[root] in (None, own):
                    fits.add(root)
        # Its own group counts too: a short name that fits its own referent's full name
        # and another person's name is ambiguous, and joins neither.
        if len(fits) == 1:
            root = fits.pop()
            if root != mine:
                parent[mine] = root
                if referent[root] is None:
                    referent[root] = own
    grouped: dict[tuple[str, ...], list[MentionInfo]] = {}
    for name, infos in people.items():
        grouped.setdefault(find(name), []).extend(infos)
    return grouped
