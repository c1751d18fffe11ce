"""The state of one document's quote extraction, shared by the rule modules.

:class:`Extraction` holds the document's tokens, sentences, mentions and quoted regions,
the word classes the rules read, and what the rules have found so far; its methods are
the small lookups every rule uses (the sentence of a token, the character spans of a run
of tokens, a speaker phrase at a token). The rules themselves are functions of an
``Extraction`` in :mod:`.frames`, :mod:`.speakers`, :mod:`.continuity`,
:mod:`.sources` and :mod:`.headlines`; :mod:`.extract` runs them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from ..document import Document, Mention, QuoteKind, Sentence, Token
from ..lexicon.gazetteer import gazetteer
from ..lexicon.keys import head_of, name_key
from ..lexicon.punctuation import COMMAS, DASHES
from ..lexicon.speech import lexicon
from ..text.sentences import next_line_break
from .attribute import Phrase, phrase_after, phrase_before
from .bounds import bounded
from .forms import adjective, spoken_for, unpossessed
from .marks import AMBIGUOUS, CLOSERS, Region

__all__ = [
    "COMMA_LIKE",
    "MAX_CANDIDATES",
    "VERBAL",
    "Candidate",
    "Extraction",
    "Found",
    "Ref",
]

#: Commas and dashes: what sets off a clause or an apposition.
COMMA_LIKE = COMMAS | DASHES
VERBAL = frozenset(["perf", "imperf", "part"])
#: How many of the most recent speakers an elided cue may refer back to.
MAX_CANDIDATES = 60
_START = attrgetter("start")


@dataclass(slots=True)
class Ref:
    """A speaker phrase found in the text (token range plus its name part)."""

    tok_start: int
    tok_end: int
    char_start: int
    char_end: int
    name_start: int  # character offset of the name part, -1 for none
    title: bool
    how: str
    article: bool = False  # the phrase lost its article to a connector: للجيش -> جيش
    same_as: Ref | None = None  # the earlier speaker it refers to: المصدر ذاته، البيان


@dataclass(slots=True)
class Candidate:
    """A speaker an elided cue may refer back to, at token ``tok``."""

    tok: int
    ref: Ref
    gender: str
    number: str


@dataclass(slots=True)
class Found:
    """A quote as the rules find it: character spans, the cue as ``(start, end, lemma)``,
    the speaker phrase, the rule (``frame``) and how the speaker was found (``how``)."""

    kind: QuoteKind
    spans: list[tuple[int, int]]
    cue: tuple[int, int, str] | None
    ref: Ref | None
    frame: str
    first_tok: int
    last_tok: int
    how: str = ""
    regions: list[Region] = field(default_factory=list)

    @classmethod
    def quoted(
        cls, region: Region, cue: tuple[int, int, str], ref: Ref | None, end: int, how: str
    ) -> Found:
        """A direct quote that is one quoted region before its cue (``«…»، قال X``)."""
        return cls(
            "direct",
            list(region.spans),
            cue,
            ref,
            "quote-first",
            region.open_i,
            end,
            how,
            [region],
        )


def _person_words(tokens: Sequence[Token], mentions: Sequence[Mention]) -> frozenset[int]:
    """The start offsets of the tokens inside person mentions."""
    people = [m for m in mentions if m.label == "PER"]
    if not people:
        return frozenset()
    out: set[int] = set()
    n = len(tokens)
    for m in people:
        k = bisect_left(tokens, m.start, key=_START)
        while k < n and tokens[k].start < m.end:
            out.add(tokens[k].start)
            k += 1
    return frozenset(out)


#: The most words a name in marks after a verb of issuing may have.
_SHORT_NAME = 5
#: How many words before ب a verb of calling may stand, the thing it calls between.
_CALLED = 5


class Extraction:
    """The quotes of one document while they are found (see :mod:`.extract`)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.tokens = doc.tokens
        self.sentences = doc.sentences
        self.sent_starts = [s.token_start for s in doc.sentences]
        lex = self.lex = lexicon()
        self.cues = lex.cues
        self.sources = lex.sources
        # The word classes the rules read (the lexicon's data/lexicon/words.tsv).
        self.comp = lex.words("comp")
        self.block = lex.words("block")
        self.stop = lex.words("stop")
        self.demonstrative = lex.words("demonstrative")
        self.object_opener = lex.words("object_opener")
        self.naming = lex.words("naming")
        self.place_kind = lex.words("place_head") | lex.words("place_in_name")
        self.statement = lex.words("statement")
        self.lead = lex.words("lead")
        self.bad = lex.words("bad_start")
        self.topic = lex.words("sport") | lex.words("ordinal")
        self.connective = lex.words("connective")
        self.source_heads = lex.words("source_heads")
        self.plural = lex.words("plural")
        self.quantifier = lex.words("quantifier")
        self.copula = lex.words("copula")
        self.same = lex.words("same")
        self.adverb = lex.words("adverb")
        self.addressee = lex.words("addressee")
        self.naming_prep = lex.words("naming_prep")
        self.calling = lex.words("calling")
        self.particle_before_verb = lex.words("before_verb")
        self.relative = lex.words("relative")
        self.issued = lex.words("issued")
        self.issuing = lex.words("issuing")
        self.issuer_prep = lex.words("issuer_prep")
        self.amma = lex.words("amma")
        self.source_prep = lex.words("source_prep")
        self.resumptive = lex.words("resumptive")
        self.recap = lex.words("recap")
        self.own_words = lex.words("own_words")
        self.destination = lex.words("destination")
        self.adjunct = lex.words("adjunct")
        self.modifier = lex.words("modifier")
        self.guest = lex.words("guest")
        self.mentions = sorted(doc.mentions, key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]
        # Person mentions start or continue a name in a speaker phrase; an organisation or
        # place inside a title (المتحدثة باسم وزارة الصحة ليلى عمران) does not.
        # (every word of a person mention counts, so a mention carries a name on).
        self.name_starts = _person_words(self.tokens, self.mentions)
        self.other_starts = frozenset(m.start for m in self.mentions if m.label != "PER")
        self.region_at_open: dict[int, Region] = {}
        self.region_at_close: dict[int, Region] = {}
        self._naming_cache: dict[int, bool] = {}
        # What the rules have found and taken so far.
        self.found: list[Found] = []
        self.used: set[int] = set()  # open_i of regions taken
        self.consumed = 0
        # Speakers for elided cues (:mod:`.continuity`).
        # (an elided cue looks back at the most recent few only, so no more are kept)
        self.candidates: deque[Candidate] = deque(maxlen=MAX_CANDIDATES)
        self.known: dict[str, Candidate] = {}
        self.covered: set[int] = set()  # tokens of speaker phrases registered by a cue
        self.scan_sentence = 0
        self.scan_token = 0

    def set_regions(self, regions: Sequence[Region]) -> None:
        self.region_at_open = {r.open_i: r for r in regions}
        self.region_at_close = {r.close_i: r for r in regions if r.close_i >= 0}

    def add(self, found: Found) -> None:
        """Keep a quote, and mark its regions and tokens as taken."""
        self.found.append(found)
        for region in found.regions:
            self.used.add(region.open_i)
        self.consumed = max(self.consumed, found.last_tok)

    def after(self, j: int, end: int, *, connector: bool = False) -> Phrase | None:
        """The speaker phrase starting at token ``j`` (:func:`.attribute.phrase_after`),
        ended where a person or an organisation found at its start ends (:mod:`.bounds`)."""
        phrase = phrase_after(
            self.tokens,
            j,
            end,
            connector=connector,
            name_starts=self.name_starts,
            other_starts=self.other_starts,
        )
        if phrase is None:
            return None
        return bounded(self.tokens, phrase, self.name_starts, self.mention_at)

    def before(self, a: int, b: int) -> Phrase | None:
        """The subject phrase filling ``[a, b)`` (:func:`.attribute.phrase_before`)."""
        return phrase_before(
            self.tokens, a, b, name_starts=self.name_starts, other_starts=self.other_starts
        )

    def ref_of(self, phrase: Phrase, how: str) -> Ref:
        """The speaker reference of a phrase, found the way ``how`` names."""
        tokens = self.tokens
        name_start = tokens[phrase.name].start if phrase.name >= 0 else -1
        if phrase.name == phrase.start:
            name_start = phrase.char_start
        elif (
            phrase.name > phrase.start
            and spoken_for([t.norm for t in tokens[phrase.start : phrase.name]])
        ) or (
            phrase.name == phrase.start + 1
            and not tokens[phrase.start].norm.startswith("ال")  # (المحامي سلمان: he)
            and head_of(tokens[phrase.start].norm) in self.lex.words("entourage")
        ):
            name_start = -1  # المتحدث باسم الرئيس ماكرون، محامي سلمان: they speak
        return Ref(
            phrase.start,
            phrase.end,
            phrase.char_start,
            tokens[phrase.end - 1].end,
            name_start,
            phrase.title,
            how,
            phrase.article,
        )

    def partitive(self, k: int, end: int, how: str) -> Ref | None:
        """A quantifier at token ``k`` with من and its group (عدد من النواب), read up to
        token ``end``; ``None`` when there is none."""
        tokens = self.tokens
        if k + 2 >= end or tokens[k].norm not in self.quantifier or tokens[k + 1].norm != "من":
            return None
        group = self.after(k + 2, end)
        if group is None:
            return None
        b = group.end
        if b < end and tokens[b].norm.startswith("وال") and len(tokens[b].norm) > 4:
            more = self.after(b, end)  # عدد من الأحزاب والشخصيات الوطنية: one group
            b = more.end if more is not None else b
        return Ref(k, b, tokens[k].start, tokens[b - 1].end, -1, group.title, how)

    def sentence_of(self, i: int) -> Sentence:
        k = bisect_right(self.sent_starts, i) - 1
        return self.sentences[max(k, 0)]

    def mention_over(self, tok: Token) -> Mention | None:
        """The mention covering token ``tok``, if any (برس of فرانس برس)."""
        k = bisect_right(self.mention_starts, tok.start) - 1
        if k >= 0 and self.mentions[k].end > tok.start:
            return self.mentions[k]
        return self.mention_at(tok.start, tok.end)

    def mention_at(self, start: int, end: int) -> Mention | None:
        """The first mention starting in ``[start, end)``, if any."""
        k = bisect_left(self.mention_starts, start)
        if k < len(self.mentions) and self.mentions[k].start < end:
            return self.mentions[k]
        return None

    def is_stop(self, norm: str) -> bool:
        stop = self.stop
        return norm in stop or (len(norm) > 2 and norm[0] in "وف" and norm[1:] in stop)

    def source_word(self, k: int) -> bool:
        """Token ``k`` is a one-word source phrase (بحسب، وفقا، نقلا ...)."""
        return any(len(e.words) == 1 for e in self.sources.get(self.tokens[k].norm, ()))

    def came_in(self, k: int) -> bool:
        """Token ``k`` is the verb of a two-word source phrase (جاء في، ورد في), its
        preposition written apart or with the pronoun of the statement (جاء فيها)."""
        if k + 1 >= len(self.tokens):
            return False
        n, nxt = self.tokens[k].norm, self.tokens[k + 1].norm
        for ending in ("", "ه", "ها", "هم", "هما"):
            if nxt.endswith(ending):
                stem = nxt[: len(nxt) - len(ending)]
                if any(e.words[:-1] == (n,) for e in self.sources.get(stem, ())):
                    return True
        return False

    def verbal_noun(self, k: int) -> bool:
        """A cue spelling read as a verbal noun: after عدم (طلب عدم ذكر اسمه), or after a
        cue of its own root, whose absolute object it is (نافية نفيا قطعيا، رفض رفضا)."""
        if k <= 0:
            return False
        before = self.tokens[k - 1].norm
        if before == "عدم":
            return True
        cue = self.cues.get(before)
        return cue is not None and self.own_noun(k, cue.lemma)

    def own_noun(self, k: int, lemma: str) -> bool:
        """Token ``k`` is spelled like the cue ``lemma``: after that cue, its verbal noun
        (نفيا after نفى)."""
        entry = self.cues.get(self.tokens[k].norm)
        return entry is not None and entry.lemma == lemma

    def _calls(self, k: int) -> bool:
        """Token ``k`` is a verb calling something by a name: وصفها، أسماه، وصفته, or
        one after the thing it calls (ووصف الوزير الاتفاق بـ«…»، واصفة واشنطن بـ«…»)."""
        for m in range(k, max(k - _CALLED, -1), -1):
            tok = self.tokens[m]
            if tok.kind == "punct":
                return False
            n = tok.norm
            base = unpossessed(n) or n
            entry = self.cues.get(n)
            if (entry is not None and entry.lemma in self.calling) or any(
                b in self.calling for b in (base, base[:-1], base[1:], base[1:-1])
            ):
                return True
        return False

    def before_name(self, phrase: Phrase) -> bool:
        """A phrase that may stand before a name in marks: one word, kind words only
        (موقع صحيفة «…») or a kind word with definite words of its field (وكالة التصنيف
        الدولية «…»); not a person's title, whose body the name is (موفد «…»)."""
        words = self.tokens[phrase.start : phrase.end]
        heads = [head_of(t.norm) for t in words]
        if len(heads) == 1 and heads[0] not in self.naming:
            return heads[0] not in self.lex.words("title")
        if (
            heads[0] in self.naming
            and all(  # وكالة التصنيف الدولية «…»: its field
                t.norm.startswith("ال") and h not in self.lex.words("heads")
                for t, h in zip(words[1:], heads[1:], strict=True)
            )
        ):
            return True
        return all(h in self.naming for h in heads)

    def quoted_name(self, k: int, end: int, *, issued: bool = False) -> tuple[Ref, int] | None:
        """A name in the quoted region opening at token ``k`` (before ``end``) that a
        mention fills (صحيفة «النهار الجديد»، ودعت «نقل تونس» إلى …), or any short one
        right after a verb of issuing (``issued``: نشرتها «…»), and the token after it and
        its adjectives (صحيفة «الخبر» الجزائرية); the name may read like a cue (نقل)."""
        region = self.region_at_open.get(k)
        if region is None or region.close_i < 0 or region.end_i > end:
            return None
        tokens = self.tokens
        if issued:
            if region.close_i - region.open_i > _SHORT_NAME:
                return None
        elif not self.is_naming(region) or (
            # a mention opens the words in the marks (not «إن … مليون دولار»)
            self.mention_at(tokens[region.open_i].end, tokens[region.open_i + 1].end) is None
        ):
            return None
        if region.close_i <= region.open_i + 1:
            return None
        first = region.open_i + 1  # the marks hold the whole name: «آفاق في العلوم»
        inner = Phrase(first, region.close_i, first, False, tokens[first].start)
        after = region.end_i
        while after < end and tokens[after].norm.startswith("ال") and adjective(tokens[after].norm):
            after += 1
        return self.ref_of(inner, "vso"), after

    def is_naming(self, region: Region) -> bool:
        """A quoted name (برنامج «...»، صحيفة «...», or marks around nothing but an
        organisation or place), not quoted speech."""
        cached = self._naming_cache.get(region.open_i)
        if cached is not None:
            return cached
        answer = False
        k = region.open_i - 1
        if k >= 0 and self.tokens[k].kind == "word":
            n = self.tokens[k].norm
            if (
                n in self.naming_prep and not self._calls(k - 1) and region.n_tokens <= 4
            ):  # لـ«العربية» (not more words: لـ«كشف كل الأوراق»)
                self._naming_cache[region.open_i] = True
                return True
            base = head_of(n)
            if n[:1] in "وبل" and len(n) > 3:
                base = base if base in self.naming else head_of(n[1:])
            answer = base in self.naming or n in self.naming or unpossessed(n) in self.naming
            # a place's kind word before a short name in marks (منطقة «الواحة»، بمطار «…»)
            answer = answer or (
                region.n_tokens <= 3
                and (base in self.place_kind or head_of(n[1:]) in self.place_kind)
            )
        if not answer and region.close_i >= 0 and region.n_tokens <= 4:
            # a code or a product: in Latin letters and digits (Lumia 940), or any
            # letters with a number (نوت 7)
            inner = self.tokens[region.open_i + 1 : region.close_i]
            answer = bool(inner) and (
                any(t.kind == "number" for t in inner)
                or not any(t.kind == "word" and not t.text.isascii() for t in inner)
            )
        if not answer and region.close_i >= 0 and region.n_tokens <= 4:
            # a short quoted name of a body or place (or one wholly a person's or a
            # thing's): للجوهرة «اف ام»، السيد «ياسين بدر»
            open_end, close_start = (
                self.tokens[region.open_i].end,
                self.tokens[region.close_i].start,
            )
            inside = self.mention_at(open_end, close_start)
            before = self.mention_at(self.tokens[k].start, open_end) if k >= 0 else None
            answer = (
                inside is not None
                and inside.end >= self.tokens[region.close_i - 1].end
                and (
                    inside.label in ("ORG", "LOC")
                    or inside.start <= self.tokens[region.open_i + 1].start
                )
            ) or (
                before is not None
                and before.label == "ORG"
                and before.end in (self.tokens[k].end, self.tokens[region.close_i].end)
                and not gazetteer().lookup(name_key(before.text))
            )  # ... or the rest of one, marks and all or not: للجوهرة «اف ام» (not of a
            # name known whole: قال مسؤول لرويترز «…»)
        self._naming_cache[region.open_i] = answer
        return answer

    def region_before(self, i: int, floor: int) -> Region | None:
        """An unclaimed region that ends right before token ``i`` (a comma between
        allowed) and opens a clause: ``«…»، قال``."""
        k = i - 1
        if k >= floor and self.tokens[k].text in COMMA_LIKE:
            k -= 1
        region = self.region_at_close.get(k)
        if region is None or region.open_i in self.used or self.is_naming(region):
            return None
        before = region.open_i - 1
        if before >= 0:
            prev = self.tokens[before]
            same_line = next_line_break(self.text, prev.end, self.tokens[region.open_i].start) < 0
            if same_line and prev.kind != "punct":
                return None
        return region

    def spans(self, a: int, b: int) -> list[tuple[int, int]]:
        """Character spans of tokens ``[a, b)``, one per paragraph."""
        if a >= b:
            return []
        start, end = self.tokens[a].start, self.tokens[b - 1].end
        out: list[tuple[int, int]] = []
        text = self.text
        while True:
            brk = next_line_break(text, start, end)
            if brk < 0:
                out.append((start, end))
                return out
            stop = brk
            while stop > start and text[stop - 1].isspace():
                stop -= 1
            if stop > start:
                out.append((start, stop))
            start = brk + 1
            while start < end and text[start].isspace():
                start += 1
            if start >= end:
                return out

    def trim_end(self, a: int, end: int) -> int:
        """Drop trailing punctuation from ``[a, end)``: not a closing quotation mark,
        unless it is a ``"`` that closes no region (its opener was lost)."""
        tokens = self.tokens
        while end > a:
            tok = tokens[end - 1]
            if tok.kind != "punct":
                break
            lost = tok.text in AMBIGUOUS and end - 1 not in self.region_at_close
            if (tok.text in CLOSERS or tok.text in AMBIGUOUS) and not lost:
                break
            end -= 1
        return end
