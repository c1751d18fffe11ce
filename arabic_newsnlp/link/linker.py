"""Group a document's mentions into entities.

The rules, in order (see ``docs/linking.md``):

1. A mention's name is looked up in the gazetteer (``كوريا الديمقراطية`` ->
   ``كوريا الشمالية``, ``أميركا`` -> ``الولايات المتحدة``); mentions resolving to one
   referent form one entity, which takes the gazetteer's canonical name, English gloss
   and code.
2. Other names are compared by word keys (alef, hamza, alef maqsura, teh marbuta and the
   article ``ال`` ignored). A person's shorter name joins the one longer name in the
   document that ends with it (``بلينكن`` -> ``أنتوني بلينكن``), or that begins with it
   when it is a family name written first (``يون`` -> ``يون سوك يول``). When two longer
   names could take it, it stays apart: two people who share a name are never merged.
3. Title phrases before a person's name (``وزير الخارجية الأميركي``), or after it behind
   a comma, become ``role`` attributes; nationality adjectives next to a mention become
   ``nationality`` attributes with the ISO code. A mention that is only a nationality
   adjective is dropped when it qualifies another mention, and otherwise counts as a
   mention of its country.
4. An unattached title phrase (``الرئيس الكوري الجنوبي`` without a name) that matches
   the role of exactly one person is added to that person's roles.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from operator import attrgetter

from .._cache import BoundedCache
from ..contracts import mention_label
from ..document import Attribute, Document, Entity, Mention, Token
from ..lexicon.gazetteer import GazetteerEntry, name_lists
from ..lexicon.keys import clean_surface, loose_key, name_key, name_keys, proclitic_variants
from ..lexicon.punctuation import COMMAS
from ..quotes.extract import find_quotes
from ..transliterate import romanize
from .lexicon import LinkLexicon
from .people import LOOSE_PERSON, MentionInfo, group_people
from .roles import (
    nationality_ending_at,
    nationality_starting_at,
    title_ending_at,
    title_starting_at,
)

__all__ = ["link"]

_PER = "PER"
_start_of = attrgetter("start")
_LOOSE_OTHER = 5
_romanized = BoundedCache[str, str](entries=20_000)


def _token_at(tokens: Sequence[Token], pos: int) -> int:
    """Index of the token containing character ``pos``, or -1."""
    i = bisect_right(tokens, pos, key=_start_of) - 1
    if i >= 0 and tokens[i].end > pos:
        return i
    return -1


class _Linker:
    def __init__(self, doc: Document, lex: LinkLexicon) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex = lex
        self.tokens = doc.tokens
        self.infos: list[MentionInfo] = []
        self.mention_tokens: set[int] = set()
        self.used_tokens: set[int] = set()
        self.starts_at: dict[int, MentionInfo] = {}
        self.ends_at: dict[int, MentionInfo] = {}
        self._evidence: Counter[str] | None = None

    # ------------------------------------------------------------------ mentions
    def read_mentions(self) -> None:
        lex = self.lex
        tokens = self.tokens
        mentions = sorted(self.doc.mentions, key=lambda m: (m.start, -m.end))
        text = self.text
        for m in mentions:
            surface = clean_surface(m.text)
            first = last = -1
            if tokens and m.end > m.start:
                first = _token_at(tokens, m.start)
                last = _token_at(tokens, m.end - 1)
                if (
                    first >= 0
                    and m.start > tokens[first].start
                    and surface[:1] == "ل"
                    and text[m.start - 1] == "ل"
                ):
                    surface = "ا" + surface  # للأمم: the article's alef is not written
            keys = name_keys(surface)
            inner: list[Attribute] = []
            roles: list[tuple[str, str | None]] = []
            if m.label == _PER and first >= 0 and keys and keys[0] in lex.title_heads:
                surface, keys = self._inner_title(m, first, last, surface, keys, inner, roles)
            entry = lex.lookup(surface, m.label) if keys else None
            if entry is not None and m.label != _PER:
                entry = self._in_context(surface, m.label, entry)
            label = m.label
            if entry is None and len(keys) > 1:
                # A name of several words that the gazetteer knows only with the other
                # kind of label (بيونغ يانغ tagged PER) is that referent.
                other = lex.lookup(surface, "LOC" if m.label == _PER else _PER)
                if other is not None:
                    entry, label = other, mention_label(other.label)
            nationality = None
            if entry is None and m.label != _PER and keys:
                nationality = lex.nationalities.get(keys)
            info = MentionInfo(
                m, label, surface, keys, entry, nationality, first, last, inner, roles
            )
            self.infos.append(info)
            if first < 0 or last < 0:
                continue
            if nationality is None:
                self.mention_tokens.update(range(first, last + 1))
            if tokens[last].end == m.end:
                self.ends_at.setdefault(last, info)
            self.starts_at.setdefault(first, info)

    def _in_context(self, surface: str, label: str, entry: GazetteerEntry) -> GazetteerEntry | None:
        """Of places with one name in different countries (``عمان``: Amman in Jordan, or
        Oman), the one whose country the document speaks of most; ``None`` when the
        document does not tell them apart."""
        found = self.lex.candidates(surface, label)
        if len({e.country for e in found}) < 2:
            return entry
        evidence = self._countries()
        ranked = sorted(found, key=lambda e: evidence[e.country], reverse=True)
        if evidence[ranked[0].country] == evidence[ranked[1].country]:
            return None
        return ranked[0]

    def _countries(self) -> Counter[str]:
        """How often the document names each country: by a nationality adjective
        (``الأردنية``) or by a place that lies in one country only (``مسقط``)."""
        if self._evidence is not None:
            return self._evidence
        lex = self.lex
        evidence: Counter[str] = Counter()
        for token in self.tokens:
            for _offset, key in proclitic_variants(token.text):
                code = lex.nationalities.get((key,))
                if code is not None:
                    evidence[code] += 1
                    break
        for m in self.doc.mentions:
            if m.label != _PER:
                countries = {e.country for e in lex.candidates(clean_surface(m.text), m.label)}
                if len(countries) == 1:
                    evidence[countries.pop()] += 1
        evidence.pop("", None)
        self._evidence = evidence
        return evidence

    def _inner_title(
        self,
        m: Mention,
        first: int,
        last: int,
        surface: str,
        keys: tuple[str, ...],
        inner: list[Attribute],
        roles: list[tuple[str, str | None]],
    ) -> tuple[str, tuple[str, ...]]:
        """A title the tagger put inside a person's mention (``الرئيس يون``) becomes a
        role attribute, and the name is read without it."""
        tokens = self.tokens
        if tokens[first].start != m.start:
            return surface, keys
        title = title_starting_at(tokens, first, self.lex)
        if title is None or title[0] > last:
            return surface, keys
        end, start, value = title
        name_start = end
        nat = nationality_starting_at(tokens, end, self.lex)
        if nat is not None and nat[0] <= last:
            name_start = nat[0]
        rest = clean_surface(self.text[tokens[name_start].start : m.end])
        rest_keys = name_keys(rest)
        if not rest_keys:
            return surface, keys
        stop = tokens[name_start - 1].end
        inner.append(Attribute(self.text[start:stop], start, stop, "role", value))
        code = None
        if nat is not None and name_start == nat[0]:
            code = nat[1]
            inner.append(self._nationality(end, nat[0], code))
        roles.append((value, code))
        return rest, rest_keys

    # ------------------------------------------------------------------ attributes
    def _free(self, first: int, end: int) -> bool:
        """Whether tokens ``[first, end)`` belong to no (non-nationality) mention."""
        taken = self.mention_tokens
        return not any(i in taken for i in range(first, end))

    def _nationality(self, first: int, end: int, code: str) -> Attribute:
        start, stop = self.tokens[first].start, self.tokens[end - 1].end
        self.used_tokens.update(range(first, end))
        return Attribute(self.text[start:stop], start, stop, "nationality", code)

    def _role(self, start: int, stop: int, value: str, first: int, end: int) -> Attribute:
        self.used_tokens.update(range(first, end))
        return Attribute(self.text[start:stop], start, stop, "role", value)

    def attach(self) -> None:
        if not self.tokens:
            return
        for info in self.infos:
            if info.nationality is not None or info.first_tok < 0:
                continue
            if info.label == _PER and not self._role_before(info):
                self._role_after(info)
            if not any(a.kind == "nationality" for a in info.attributes):
                self._nationality_after(info)

    def _role_before(self, info: MentionInfo) -> bool:
        tokens, lex = self.tokens, self.lex
        first = info.first_tok
        if tokens[first].start != info.mention.start:
            return False  # a proclitic (و، ل) separates the name from what precedes
        last = first - 1
        nat = nationality_ending_at(tokens, last, lex)
        if nat is not None and not self._free(nat[0], first):
            nat = None
        title_last = nat[0] - 1 if nat is not None else last
        title = title_ending_at(tokens, title_last, lex)
        stop = tokens[title_last].end if title_last >= 0 else 0
        if title is not None and not self._free(title[0], title_last + 1):
            title = None
        if title is None and title_last in self.ends_at:
            complement = self.ends_at[title_last]
            if complement.label != _PER and complement.first_tok > 0:
                title = title_ending_at(tokens, complement.first_tok - 1, lex)
                if title is not None and not self._free(title[0], complement.first_tok):
                    title = None
                stop = complement.mention.end
        code = nat[1] if nat is not None else None
        if nat is not None:
            info.attributes.append(self._nationality(nat[0], first, code or ""))
            stop = tokens[first - 1].end
        if title is not None:
            info.attributes.insert(0, self._role(title[1], stop, title[2], title[0], first))
            info.role_codes.append((title[2], code))
        return title is not None

    def _role_after(self, info: MentionInfo) -> None:
        tokens, lex = self.tokens, self.lex
        last = info.last_tok
        if tokens[last].end != info.mention.end or last + 2 >= len(tokens):
            return
        if tokens[last + 1].text not in COMMAS:
            return
        title = title_starting_at(tokens, last + 2, lex)
        if title is None or not self._free(last + 2, title[0]):
            return
        end = title[0]
        stop = tokens[end - 1].end
        complement = self.starts_at.get(end)
        if complement is not None and complement.label != _PER:
            stop = complement.mention.end
            end = complement.last_tok + 1
        nat = nationality_starting_at(tokens, end, lex)
        code = None
        if nat is not None and self._free(end, nat[0]):
            code = nat[1]
            info.attributes.append(self._nationality(end, nat[0], code))
            stop = tokens[nat[0] - 1].end
            end = nat[0]
        info.attributes.insert(0, self._role(title[1], stop, title[2], last + 2, end))
        info.role_codes.append((title[2], code))

    def _nationality_after(self, info: MentionInfo) -> None:
        tokens = self.tokens
        last = info.last_tok
        if tokens[last].end != info.mention.end:
            return
        nat = nationality_starting_at(tokens, last + 1, self.lex)
        if nat is not None and self._free(last + 1, nat[0]):
            info.attributes.append(self._nationality(last + 1, nat[0], nat[1]))

    def anaphors(self) -> list[tuple[int, int, str, str | None]]:
        """Title phrases that stand without a name: ``(start, end, title, code)``."""
        tokens, lex = self.tokens, self.lex
        used, taken = self.used_tokens, self.mention_tokens
        is_head = lex.is_title_head
        known = lex.head_texts
        out: list[tuple[int, int, str, str | None]] = []
        resume = 0
        for i, token in enumerate(tokens):
            if i < resume:
                continue
            word = token.text
            head = known.get(word)
            if head is None:
                head = is_head(word)
            if not head or i in used or i in taken:
                continue
            title = title_starting_at(tokens, i, lex)
            if title is None or not self._free(i, title[0]):
                continue
            end, start, value = title
            code = None
            nat = nationality_starting_at(tokens, end, lex)
            if nat is not None and self._free(end, nat[0]):
                end, code = nat
            following = self.starts_at.get(end)
            if following is None or following.label != _PER:
                out.append((start, tokens[end - 1].end, value, code))
            resume = end
        return out

    # ------------------------------------------------------------------ clusters
    def cluster(self) -> list[list[MentionInfo]]:
        lex = self.lex
        groups: dict[object, list[MentionInfo]] = {}
        people: dict[tuple[str, ...], list[MentionInfo]] = {}
        kept: list[MentionInfo] = []
        for info in self.infos:
            if info.nationality is not None:
                if info.first_tok >= 0 and info.first_tok in self.used_tokens:
                    continue  # it qualifies another mention
                country = lex.countries.get(info.nationality)
                entry = lex.lookup(country, "LOC") if country else None
                info.entry = entry
                key: object = (
                    ("G", entry.canonical, entry.code) if entry else ("C", info.nationality)
                )
                groups.setdefault(key, []).append(info)
            elif info.label == _PER:
                name = tuple(loose_key(k, LOOSE_PERSON) for k in info.keys)
                people.setdefault(name, []).append(info)
            else:
                key = (
                    ("G", info.entry.canonical, info.entry.code)
                    if info.entry
                    else ("N", tuple(loose_key(k, _LOOSE_OTHER) for k in info.keys))
                )
                groups.setdefault(key, []).append(info)
            kept.append(info)
        for root, members in group_people(people, lex).items():
            groups.setdefault(("P", root), []).extend(members)
        self.infos = kept
        clusters = list(groups.values())
        for members in clusters:
            members.sort(key=lambda i: i.mention.start)
        clusters.sort(key=lambda c: c[0].mention.start)
        return clusters

    # ------------------------------------------------------------------ output
    def build(self) -> Document:
        self.read_mentions()
        self.attach()
        anaphors = self.anaphors() if any(i.role_codes for i in self.infos) else []
        clusters = self.cluster()
        index = {id(info): n for n, info in enumerate(self.infos)}
        entity_of: dict[int, str] = {}
        entities: list[Entity] = []
        # The clusters whose mentions carry each role, with its code: (cluster, code).
        holders: dict[str, list[tuple[int, str | None]]] = {}
        roles: list[list[Attribute]] = []
        for number, members in enumerate(clusters):
            eid = f"E{number + 1}"
            for info in members:
                entity_of[id(info)] = eid
            for value, code in {rc for info in members for rc in info.role_codes}:
                holders.setdefault(value, []).append((number, code))
            roles.append([a for info in members for a in info.attributes if a.kind == "role"])
        for start, stop, value, code in anaphors:
            fits = {  # (a title refers back: to an entity named before it)
                n
                for n, c in holders.get(value, ())
                if (code is None or c == code) and clusters[n][0].mention.start < start
            }
            if len(fits) == 1:
                roles[fits.pop()].append(
                    Attribute(self.text[start:stop], start, stop, "role", value)
                )
        for number, members in enumerate(clusters):
            entities.append(self._entity(f"E{number + 1}", members, roles[number], index))
        mentions = tuple(self._mention(info, entity_of[id(info)]) for info in self.infos)
        doc = replace(self.doc, mentions=mentions, entities=tuple(entities))
        if doc.quotes:
            # Quotes found before linking: their speakers and entities come from the quote
            # step, as in a pipeline that links first, so the order of the steps is moot.
            doc = replace(doc, quotes=find_quotes(doc))
        return doc

    def _entity(
        self, eid: str, members: list[MentionInfo], roles: list[Attribute], index: dict[int, int]
    ) -> Entity:
        label = members[0].label
        if any(i.label != label for i in members):
            labels = Counter(i.label for i in members)
            top = max(labels.values())
            label = next(i.label for i in members if labels[i.label] == top)
        entry = next((i.entry for i in members if i.entry is not None), None)
        if entry is not None:
            canonical = entry.canonical
            gloss: str | None = entry.english or None
            code: str | None = entry.code or None
        else:
            best = max(members, key=lambda i: (len(i.keys), len(i.surface), -i.mention.start))
            canonical = best.surface or best.mention.text
            # A person's full name from the Wikidata name lists gives the Latin spelling.
            gloss = name_lists().english(name_key(canonical)) if label == _PER else None
            code = next((i.nationality for i in members if i.nationality), None)
        seen: set[tuple[int, int]] = set()
        unique_roles = []
        for role in sorted(roles, key=lambda a: (a.start, a.end)):
            if (role.start, role.end) not in seen:
                seen.add((role.start, role.end))
                unique_roles.append(role)
        romanized = _romanized.get(canonical)
        if romanized is None:
            romanized = romanize(canonical)
            _romanized.put(canonical, romanized)
        return Entity(
            eid,
            label,
            canonical,
            tuple(sorted(index[id(i)] for i in members)),
            tuple(unique_roles),
            gloss,
            code,
            romanized,
        )

    @staticmethod
    def _mention(info: MentionInfo, eid: str) -> Mention:
        m = info.mention
        attributes = m.attributes
        if info.attributes:
            have = {(a.start, a.end, a.kind) for a in attributes}
            extra = tuple(a for a in info.attributes if (a.start, a.end, a.kind) not in have)
            attributes = (*attributes, *sorted(extra, key=lambda a: (a.start, a.end)))
        return Mention(m.text, m.start, m.end, m.label, m.confidence, eid, attributes)


def link(doc: Document, lexicon: LinkLexicon) -> Document:
    """``doc`` with its mentions grouped into :attr:`Document.entities`.

    Every mention gets the id of its entity; entity ids are ``E1``, ``E2``, ... in order
    of first mention.
    """
    if not doc.mentions:
        return replace(doc, entities=()) if doc.entities else doc
    return _Linker(doc, lexicon).build()
