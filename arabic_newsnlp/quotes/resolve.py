"""Speaker resolution: the final span and canonical name of every speaker phrase.

A phrase that holds a person mention speaks for that person (the mention reconciled with
the name part the phrase grammar found); a phrase that is an organisation or place mention
for it; else its name part, or the whole phrase. Canonical names come from the entity the
mention is linked to, or else from the longest name known in the document that ends with
the same words (``بلينكن`` -> ``أنتوني بلينكن``); a title alone takes the name it was
given with earlier (``الوزير`` -> ``وزير الخارجية``), and a reference back (``المصدر
ذاته``, ``البيان``) the name of the speaker it refers to.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate
from operator import attrgetter

from ..document import Document, Entity, Mention, Speaker
from ..lexicon.keys import head_of, name_key
from ..lexicon.speech import lexicon
from ..lexicon.words import word_keys
from ..text.normalize import normalize
from .context import Found, Ref
from .forms import adjective, held_inside, nisba, spoken_for
from .marks import AMBIGUOUS, OPENERS
from .titles import bare_words, kin_after_name, office, title_key, title_words

__all__ = ["resolve_speakers"]

_NAMED_LABELS = ("PER", "ORG", "LOC")
#: How far after a name the titles given with it may go on.
_APPOSITION = 12
_START = attrgetter("start")
#: A mark that may open a body's name in marks after its kind word.
_OPENING = OPENERS | AMBIGUOUS


def _refs_of(found: Sequence[Found]) -> dict[int, Ref]:
    """Every distinct phrase reference, with the speakers they refer back to."""
    refs: dict[int, Ref] = {}
    for f in found:
        ref = f.ref
        while ref is not None and id(ref) not in refs:
            refs[id(ref)] = ref
            ref = ref.same_as  # the speakers a reference refers back to are built too
    return refs


def _last_before(ordered: list[tuple[int, str]], offset: int) -> str | None:
    """The value of the last ``(start, value)`` pair that starts before ``offset``."""
    k = bisect_left(ordered, offset, key=lambda pair: pair[0])
    return ordered[k - 1][1] if k else None


def _relational(word: str) -> bool:
    """A definite relational adjective that does not merely describe a body: الرسمية،
    الوطني (not الإرهابي, class ``describes``)."""
    n = normalize(word)
    return (
        n.startswith("ال")
        and len(n) > 5
        and n.endswith(("يه", "ية", "ي"))
        and name_key(word) not in word_keys("describes")
    )


class _Resolver:
    """The speakers of one document's quotes (see the module docstring)."""

    def __init__(self, doc: Document, refs: dict[int, Ref], entities: dict[str, Entity]) -> None:
        self.text = doc.text
        self.refs = refs
        self.entities = entities
        self.mentions = sorted(doc.mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.roles: dict[str, Entity] = {}
        for entity in doc.entities:
            for role in entity.roles:
                self.roles.setdefault(normalize(role.text), entity)
        self.tokens = doc.tokens
        self.persons = self._persons() if self.mentions else {}
        known = self._known_names()
        self.titles, self.by_head = self._titles()
        # Organisation mentions by the head word of their name, in order (on first use).
        self.bodies: dict[str, list[tuple[int, str]]] | None = None
        # The first longest known name ending in each run of words: الكعبي -> رياض الكعبي
        self.longest: dict[tuple[str, ...], tuple[int, str]] = {}
        for name in dict.fromkeys(known):
            name_words = normalize(name).split()
            for size in range(1, len(name_words)):
                tail = tuple(name_words[-size:])
                if tail not in self.longest or self.longest[tail][0] < len(name_words):
                    self.longest[tail] = (len(name_words), name)
        self.headline = self._headline_person()

    def mentions_in(self, a: int, b: int) -> list[Mention]:
        """The mentions inside ``[a, b)``."""
        mentions = self.mentions
        k = bisect_left(self.starts, a)
        out = []
        while k < len(mentions) and mentions[k].start < b:
            if mentions[k].end <= b:
                out.append(mentions[k])
            k += 1
        return out

    def _persons(self) -> dict[int, tuple[int, int, Mention]]:
        """The person each phrase names: its last person mention, reconciled with the name
        part the phrase grammar found (the mention may hold a title word, الري عبد العزيز,
        or be cut short, عبد الوهاب / ماريا لوبيث)."""
        persons: dict[int, tuple[int, int, Mention]] = {}
        tokens = self.tokens
        for key, ref in self.refs.items():
            # a name the phrase read without a letter taken for a conjunction (ف + لين)
            # while the person mention keeps it: فلين
            lo = ref.char_start
            if ref.name_start == ref.char_start and ref.tok_end > ref.tok_start:
                lo = min(lo, tokens[ref.tok_start].start)
            people = [m for m in self.mentions_in(lo, ref.char_end) if m.label == "PER"]
            if not people:
                continue
            chosen = people[-1]
            start, end = chosen.start, chosen.end
            kept = start < ref.char_start
            before = normalize(self.text[ref.char_start : chosen.start]).split()
            if (
                self.kin_of(ref.char_start, chosen.start)
                or spoken_for(before)
                or held_inside(before)
                or kin_after_name(self.tokens, ref) >= 0
            ):
                continue  # والد سلمان، المتحدث باسم الرئيس ماكرون، مسؤول في إدارة الرئيس
                # ترامب: the father, the spokesman, the official
            # Inside a speaker phrase a word is not a prepositional phrase: a mention that
            # lost a letter to a clitic split (سامر -> س + امر) gets its whole word back.
            k = bisect_right(tokens, start, key=_START) - 1
            if k >= 0 and ref.char_start <= tokens[k].start < start:
                start = tokens[k].start
            g0, g1 = ref.name_start, ref.char_end
            if g0 >= 0:
                if end <= g0:
                    continue  # a mention inside the title part: the grammar's name wins
                if (ref.name_start > ref.char_start or start < g0) and not kept:
                    start = g0  # after a title part the name starts where the grammar says
                end = max(end, g1)
            persons[key] = (start, end, chosen)
        return persons

    def _known_names(self) -> list[str]:
        """The names of the document: the persons of phrases, the entity mentions outside
        them, and the name parts of the other phrases."""
        text = self.text
        covered = sorted((a, b) for a, b, _ in self.persons.values())
        known: list[str] = [text[a:b] for a, b in covered]
        covered_starts = [a for a, _ in covered]
        reach = list(accumulate((b for _, b in covered), max))  # the furthest end so far
        for m in self.mentions:
            k = bisect_left(covered_starts, m.end)  # the spans starting before m ends ...
            if m.label in _NAMED_LABELS and not (k and reach[k - 1] > m.start):
                known.append(m.text)  # ... do not reach into it
        for key, ref in self.refs.items():
            if ref.name_start >= 0 and key not in self.persons:
                known.append(text[ref.name_start : ref.char_end])
        return known

    def _titles(self) -> tuple[dict[str, str], dict[str, list[tuple[int, str]]]]:
        """The name each title phrase was given with (``وزير الخارجية`` -> its name), and
        the title phrases of several words by their head word, in order (الوزير -> وزير
        الخارجية)."""
        text = self.text
        titles: dict[str, str] = {}
        by_head: dict[str, list[tuple[int, str]]] = {}
        for ref in self.refs.values():
            if ref.name_start >= 0 and ref.title and ref.name_start > ref.char_start:
                name = text[ref.name_start : ref.char_end]
                words = title_key(text[ref.char_start : ref.name_start]).split()
                titles[" ".join(words)] = name
                for k, word in enumerate(words):  # وزير التعليم ووزير التربية: each title
                    if k and word[0] == "و" and word[1:] in title_words():
                        titles[" ".join([word[1:], *words[k + 1 :]])] = name
        heads: list[tuple[int, str, str]] = []
        for key, r in self.refs.items():
            if r.title:
                phrase_words = normalize(text[r.char_start : r.char_end]).split()
                if len(phrase_words) > 1:
                    named = r.name_start > r.char_start
                    value = text[r.name_start if named else r.char_start : r.char_end]
                    heads.append((r.char_start, head_of(phrase_words[0]), value))
            heads += self._given_after(key, r, titles)
        for offset, head, name, phrase in self._named_titles():
            heads.append((offset, head, name))
            if title_key(phrase) and office(normalize(phrase)):  # وزير الثقافة (سامي علي)
                titles.setdefault(title_key(phrase), name)
        for offset, head, value in sorted(heads):
            by_head.setdefault(head, []).append((offset, value))
        return titles, by_head

    def _named_titles(self) -> list[tuple[int, str, str, str]]:
        """Every person mention led by a title, quoted or not, as ``(offset, head, name,
        title)``: ``افتتح وزير الثقافة سامي علي المعرض`` gives وزير, سامي علي and وزير
        الثقافة, whom a later bare ``الوزير`` or the same title alone refers back to. The
        title is the nearest title word before the name, over its genitives and adjectives
        (no punctuation, complementizer or cue between); a plural (العلماء) names no one."""
        tokens = self.tokens
        lex = lexicon()
        titles, comp, cues = lex.words("title"), lex.words("comp"), lex.cues
        prepositions = lex.words("preposition")
        plural = lex.words("plural")
        out: list[tuple[int, str, str, str]] = []
        for m in self.mentions:
            if m.label != "PER":
                continue
            k = bisect_left(tokens, m.start, key=_START)
            for j in range(k - 1, max(-1, k - 7), -1):
                n = tokens[j].norm
                if tokens[j].kind != "word" or n in comp or n in cues or n in prepositions:
                    break  # (وزير الثقافة خلال لقائه بـ…: the name is no longer the title's)
                if j == k - 1 and n == "باسم":
                    break  # الناطق باسم (منطقة الأمن): whom the title speaks for
                if head_of(n) in titles:
                    if head_of(n) not in plural:  # علماء بريطانيون: a group, not the name
                        title = self.text[tokens[j].start : m.start]
                        out.append((tokens[j].start, head_of(n), m.text, title))
                    break
        return out

    def _headline_person(self) -> tuple[int, str] | None:
        """The end of the first line and the one person its speakers name (``سامي علي
        يدعو إلى …``), whom a title never given a name refers to (``وقال رئيس اللجنة …``);
        ``None`` when the line names none or several, or gives that person a title."""
        end = self.text.find("\n")
        names = {
            self.person(*p)[0].canonical
            for key, p in self.persons.items()
            if self.refs[key].char_end <= end
        }
        if end < 0 or len(names) != 1:
            return None
        name = names.pop()
        given = [self.canonical_name(v) for v in self.titles.values()]
        given += [self.canonical_name(v) for pairs in self.by_head.values() for _, v in pairs]
        return None if name in given else (end, name)

    def _appositions(self, k: int, name: str) -> list[tuple[int, str, str]]:
        """The titles a name is given right after it, as ``(offset, head, name)``: ``سامي
        علي النائب في البرلمان والقيادي في الحزب`` gives النائب and القيادي, whom a bare
        ``النائب`` or ``القيادي`` refers back to. The first follows the name at once; more
        are joined to it by و, up to a punctuation mark, a complementizer or a cue."""
        tokens = self.tokens
        lex = lexicon()
        titles, comp, cues = lex.words("title"), lex.words("comp"), lex.cues
        out: list[tuple[int, str, str]] = []
        for m in range(k, min(len(tokens), k + _APPOSITION)):
            tok = tokens[m]
            n = tok.norm
            if tok.kind != "word" or n in comp or n in cues:
                break
            definite = n.startswith("ال") or (m > k and n.startswith("وال"))
            if definite and head_of(n) in titles:
                out.append((tok.start, head_of(n), name))
            elif m == k:
                break
        return out

    def _given_after(self, key: int, r: Ref, titles: dict[str, str]) -> list[tuple[int, str, str]]:
        """What a named phrase's person is given right after the name: the bare titles of
        :meth:`_appositions`, and an office with its genitive, put into ``titles``."""
        text = self.text
        person = self.persons.get(key)
        if person is not None:
            name = text[person[0] : person[1]]
        elif r.name_start == r.char_start >= 0:
            name = text[r.name_start : r.char_end]
        else:
            return []
        after, holder = r.tok_end, name
        if person is not None and person[0] < person[2].end:
            # (الحبيب بن جمعة) مدير التحكم: the phrase may read on into the office
            after = bisect_left(self.tokens, person[2].end, key=_START)
            holder = text[person[0] : person[2].end]
        office = self._office_after(after)
        if office:
            titles.setdefault(office, holder)
        return self._appositions(r.tok_end, name)

    def _office_after(self, k: int) -> str:
        """The key of an office given right after a name by an indefinite title and its
        genitive (``سامي علي مدير المراقبة في الشركة`` gives ``مدير المراقبه``), which the
        same title alone refers back to; ``""`` when none follows."""
        tokens = self.tokens
        if k >= len(tokens) or tokens[k].kind != "word":
            return ""
        first = tokens[k].norm
        if first.startswith("ال") or first not in lexicon().words("title"):
            return ""
        comp, cues = lexicon().words("comp"), lexicon().cues
        end = k + 1
        while end < min(len(tokens), k + _APPOSITION):
            tok = tokens[end]
            if tok.kind != "word" or tok.norm in comp or tok.norm in cues:
                break
            end += 1
        key = title_key(self.text[tokens[k].start : tokens[end - 1].end])
        return key if len(key.split()) > 1 else ""

    def kin_of(self, a: int, start: int) -> bool:
        """Whether the phrase at ``a`` is a relative's title before the person at
        ``start``: (والد) سلمان، (شقيقة) الضحية، (والدة زوجة) سلمان; those who speak for
        the person (class ``entourage``: محامي سلمان، فريق ترامب); or a part of a group of
        the person's, a quantifier and one noun: (أحد أصدقاء) سلمان، (بعض أنصار) سلمان."""
        words = [name_key(w) for w in self.text[a:start].split()]
        if words and all(w in word_keys("kin") for w in words):
            return True
        if len(words) == 1 and words[0] in word_keys("entourage"):
            # محامي سلمان، فريق ترامب: those who speak for him (not المحامي سلمان: he)
            return not normalize(self.text[a:start]).strip().startswith("ال")
        return len(words) == 2 and words[0] in word_keys("quantifier")

    def after_descriptor(self, a: int, start: int) -> bool:
        """Whether the phrase at ``a`` is the word for a body's kind and then its name
        from ``start``: (قناة) الجزيرة، (صحيفة) لوموند."""
        key = name_key(self.text[a:start].strip())
        return key in word_keys("descriptor")

    def body_before(self, head: str, offset: int) -> str | None:
        """The last organisation named before ``offset`` whose name begins with this head
        word, or that was named after it (``صحيفة الأفق``): whom a bare ``الصحيفة`` or
        ``الشركة`` refers back to."""
        if self.bodies is None:
            self.bodies = {}
            for m in self.mentions:
                if m.label == "ORG":
                    linked = self.linked(m)
                    name = linked.canonical if linked is not None else m.text
                    key = head_of(normalize(m.text).split()[0])
                    self.bodies.setdefault(key, []).append((m.start, name))
                    start = m.start - (self.text[m.start - 1 : m.start] in _OPENING)
                    before = self.text[max(0, start - 16) : start].split()
                    if before and self.text[start - 1].isspace():
                        kind = head_of(normalize(before[-1]))
                        if self.after_descriptor(start - 1 - len(before[-1]), start):
                            # named after the word for its kind: (صحيفة) الأفق الجديد،
                            # (مجلة) «آفاق»
                            self.bodies.setdefault(kind, []).append((m.start, name))
        return _last_before(self.bodies.get(head, []), offset)

    def by_head_before(self, head: str, offset: int) -> str | None:
        """The last title phrase with this head word before ``offset`` (its name, if it
        gave one): whom a bare ``الوزير`` refers back to."""
        found = _last_before(self.by_head.get(head, []), offset)
        return self.canonical_name(found) if found is not None else None

    def canonical_name(self, name: str) -> str:
        found = self.longest.get(tuple(normalize(name).split()))
        return found[1] if found is not None else name

    def linked(self, mention: Mention) -> Entity | None:
        return self.entities.get(mention.entity) if mention.entity else None

    def person(self, start: int, end: int, chosen: Mention) -> tuple[Speaker, str | None]:
        """The speaker of a phrase naming a person."""
        linked = self.linked(chosen)
        name = self.text[start:end]
        canonical = self.canonical_name(name)
        if linked is not None and (start, end) == (chosen.start, chosen.end):
            words = normalize(name).split()
            linked_words = normalize(linked.canonical).split()
            if (
                len(linked_words) >= len(normalize(canonical).split())
                and linked_words[-len(words) :] == words
            ):
                canonical = linked.canonical
        return (Speaker(name, start, end, canonical), linked.id if linked is not None else None)

    def unnamed(self, ref: Ref) -> tuple[Speaker, str | None]:
        """The speaker of a phrase without a name part: an entity role, a title given with
        a name before, a surname, or the phrase itself."""
        a, b = ref.char_start, ref.char_end
        phrase = self.text[a:b]
        norm = normalize(phrase)
        by_role = self.roles.get(norm)
        if by_role is not None:
            return Speaker(phrase, a, b, by_role.canonical), by_role.id
        canonical = phrase
        key = title_key(phrase)
        title = self.titles.get(key)
        if title is None:  # النائب السابق: the title given with a name before (النائب X)
            adjectives = word_keys("adjective")
            plain = " ".join(w for w in key.split() if head_of(w) not in adjectives)
            title = self.titles.get(plain) if plain != key else None
        if title is None and " " in key:  # وزير الشؤون المحلية: (… والبيئة، X) given before
            longer = {
                self.canonical_name(v) for k, v in self.titles.items() if k.startswith(key + " ")
            }  # (one person under two spellings, نزيهة العبيدي / العبيدي, is one)
            if not longer:  # مندوبة حماية الطفولة: (المندوبة الجهوية لحماية الطفولة، X)
                words = bare_words(key)
                longer = {
                    self.canonical_name(v)
                    for k, v in self.titles.items()
                    if bare_words(k)[0] == words[0] and set(words) <= set(bare_words(k))
                }
            title = longer.pop() if len(longer) == 1 else None
        if title is not None:
            canonical = self.canonical_name(title)
        else:
            words = norm.split()
            if len(words) == 1 and ref.how != "source" and not ref.article:
                canonical = self.canonical_name(phrase)  # a surname with its article: الورفلي
            # a bare title, or one with its seat: القيادي، القيادي في الحزب
            if canonical == phrase and len(key.split()) == 1 and words[0].startswith("ال"):
                head = head_of(words[0])
                canonical = self.by_head_before(head, a) or self.body_before(head, a) or canonical
            elif len(words) > 1 and all(w.startswith("ال") and adjective(w) for w in words[1:]):
                # المجلة المختصة: a body named before, with an adjective of its kind; a
                # title so (الوزير المنتدى, an object read as its adjective): its person
                head = head_of(words[0])
                canonical = self.body_before(head, a) or self.by_head_before(head, a) or canonical
        if canonical == phrase and self.headline and a > self.headline[0] and office(norm):
            canonical = self.headline[1]  # the person the headline quotes
        if ref.article and canonical == phrase:
            canonical = "ال" + phrase
        return Speaker(phrase, a, b, canonical), None

    def speaker(self, key: int, ref: Ref) -> tuple[Speaker, str | None]:
        """The speaker of one phrase that does not refer back to another."""
        person = self.persons.get(key)
        if person is not None:
            return self.person(*person)
        a, b = ref.char_start, ref.char_end
        inside = self.mentions_in(a, b) if self.mentions else []
        if (
            inside
            and inside[0].label != "PER"
            and (inside[0].start <= a + 1 or self.after_descriptor(a, inside[0].start))
            and (not ref.title or len(inside) == 1)
        ):
            chosen = inside[0]  # the phrase is this organisation or place (قناة الجزيرة)
            linked = self.linked(chosen)
            end = chosen.end
            rest = self.text[end:b].split()
            if rest and all(_relational(w) for w in rest):
                end = b  # the phrase's relational adjectives: وكالة الأنباء ... الرسمية
            name = self.text[chosen.start : end]
            canonical = linked.canonical if linked is not None else self.canonical_name(name)
            return (
                Speaker(name, chosen.start, end, canonical),
                linked.id if linked is not None else None,
            )
        if ref.name_start >= 0 and (ref.title or not self._adjective_at(ref.name_start)):
            a = ref.name_start
            kin = kin_after_name(self.tokens, ref)
            b = self.text.rindex(" ", a, kin) if kin > a else b  # (not أرملة الشهيد X)
            name = self.text[a:b]
            canonical = self.canonical_name(name)
            if ref.article and a == ref.char_start and canonical == name:
                canonical = "ال" + name
            return Speaker(name, a, b, canonical), None
        return self.unnamed(ref)

    def _adjective_at(self, offset: int) -> bool:
        """The word at ``offset`` is a relational adjective (منظمة عربية مدنية), which
        describes the head before it and names nothing."""
        k = bisect_left(self.tokens, offset, key=_START)
        tok = self.tokens[k] if k < len(self.tokens) else None
        if tok is None or tok.start != offset or not nisba(tok, normalize(tok.text)):
            return False
        j = bisect_right(self.starts, offset) - 1  # (not a name a mention covers: نادية)
        return j < 0 or self.mentions[j].end <= offset

    def resolve(self) -> dict[int, tuple[Speaker, str | None]]:
        out: dict[int, tuple[Speaker, str | None]] = {}
        for key, ref in self.refs.items():
            if ref.same_as is None:  # the others take the name of the speaker they refer to
                out[key] = self.speaker(key, ref)
        for ref in self.refs.values():
            chain = []  # المصدر ذاته -> المصدر نفسه -> the named speaker: resolve from the end
            while id(ref) not in out and ref.same_as is not None:
                chain.append(ref)
                ref = ref.same_as
            earlier, eid = out[id(ref)]
            for link in reversed(chain):
                a, b = link.char_start, link.char_end
                out[id(link)] = (Speaker(self.text[a:b], a, b, earlier.canonical), eid)
        return out


def resolve_speakers(
    doc: Document, found: Sequence[Found], entities: dict[str, Entity]
) -> dict[int, tuple[Speaker, str | None]]:
    """Final speaker spans and canonical names for every distinct phrase reference, by
    ``id`` of the reference, with the id of the entity each speaks for (``entities``: the
    document's entities by id)."""
    return _Resolver(doc, _refs_of(found), entities).resolve()
