"""Finding quotes: cues, frames, content spans, and the speaker each one names.

One pass over the tokens collects *hits*: tokens whose normalised form is a speech cue,
a source phrase, a quotation mark or a colon (a set lookup per token). Quotation marks are
paired into regions (:mod:`.marks`); then each hit is read in text order with the rules
below, and what no rule claims is dropped. The rules, in the words of ``Quote.method``
(``frame/speaker``):

frames
    ``cue-comp``      cue [subject] ... إن/أن/بأن/إلى أن/من أن <content to clause end>
    ``cue-quote``     cue [subject] ... [:] «content»
    ``cue-colon``     cue [subject] ...: <verbatim content to sentence end>
    ``quote-first``   «content»، cue [subject]   (and «…»، وأضاف «…» split around it)
    ``participle``    ...، مضيفا/مشيرا إلى/مؤكدا أن <content>
    ``source``        وبحسب X، <content>  |  <content>، وفقا لـX  |  <content>، على حد قوله
    ``headline``      a paragraph opening ``speaker: content``
    ``continuation``  a quoted paragraph right after a direct quote

speakers
    ``vso`` subject after the cue; ``svo`` subject before it; ``antecedent`` the most
    recent compatible speaker (verb agreement: قال / قالت / قالوا); ``sentence`` the
    speaker or subject of the sentence a participle hangs on; ``source`` the phrase after
    a source word; ``statement`` the issuer of a statement (بيان صادر عن X); ``title``.

Content runs to the end of its clause: the end of the sentence, or the comma before a new
cue or source phrase; a quoted region inside it extends it to the region's end. Cues inside
quoted regions or inside content already taken are not read again, so nested reported
speech stays in its quote. Every step is bounded by a window, so the work is linear.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import accumulate, compress, count
from operator import attrgetter

from ..document import (
    Cue,
    Document,
    Entity,
    Mention,
    Quote,
    QuoteKind,
    Sentence,
    Span,
    Speaker,
    Token,
)
from ..text.normalize import normalize
from ..text.sentences import next_line_break
from .attribute import Phrase, head_of, is_filler, phrase_after, phrase_before
from .cues import CueEntry, Lexicon, SourceEntry, lexicon
from .marks import AMBIGUOUS, CLOSERS, MARKS, Region, pair_marks

__all__ = ["find_quotes"]

_TERMINALS = frozenset([".", "!", "?", "؟", "؛", "…"])
_COMMAS = frozenset(["،", ",", "-", "–", "—"])
_VERBAL = frozenset(["perf", "imperf", "part"])
_FRAME_WINDOW = 30
_SUBJECT_SCAN = 15
_MAX_CANDIDATES = 60
_MIN_CONTINUATION_TOKENS = 3
_MAX_SUBJECT = 8
_MIN_OBJECT_TOKENS = 2
_APPOSITION_GAP = 10
_OBJECT_SKIP = 4

_CONFIDENCE = {
    "cue-quote": 0.95,
    "cue-comp": 0.9,
    "cue-colon": 0.8,
    "object": 0.7,
    "quote-first": 0.9,
    "participle": 0.85,
    "source": 0.75,
    "headline": 0.8,
    "continuation": 0.6,
}
_SPEAKER_FACTOR = {
    "vso": 1.0,
    "svo": 0.95,
    "source": 1.0,
    "statement": 0.9,
    "sentence": 0.9,
    "headline": 1.0,
    "antecedent": 0.85,
    "antecedent-any": 0.6,
    "previous": 1.0,
}

_NORM = attrgetter("norm")
_triggers: list[frozenset[str]] = []


def _trigger_set(lex: Lexicon) -> frozenset[str]:
    if not _triggers:
        _triggers.append(frozenset(lex.cues) | frozenset(lex.sources) | MARKS | {":"})
    return _triggers[0]


@dataclass(slots=True)
class _Ref:
    """A speaker phrase found in the text (token range plus its name part)."""

    tok_start: int
    tok_end: int
    char_start: int
    char_end: int
    name_start: int  # character offset of the name part, -1 for none
    title: bool
    how: str
    article: bool = False  # the phrase lost its article to a connector: للجيش -> جيش
    same_as: _Ref | None = None  # the earlier speaker it refers to: المصدر ذاته، البيان


@dataclass(slots=True)
class _Candidate:
    tok: int
    ref: _Ref
    gender: str
    number: str


@dataclass(slots=True)
class _Found:
    kind: QuoteKind
    spans: list[tuple[int, int]]
    cue: tuple[int, int, str] | None
    ref: _Ref | None
    frame: str
    first_tok: int
    last_tok: int
    how: str = ""
    regions: list[Region] = field(default_factory=list)


class _Extractor:
    """The quotes of one document (see the module docstring for the rules)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.tokens = doc.tokens
        self.sentences = doc.sentences
        self.sent_starts = [s.token_start for s in doc.sentences]
        lex = self.lex = lexicon()
        self.cues = lex.cues
        self.sources = lex.sources
        self.comp = lex.words("comp")
        self.block = lex.words("block")
        self.stop = lex.words("stop")
        self.naming = lex.words("naming")
        self.statement = lex.words("statement")
        self.lead = lex.words("lead")
        self.bad = lex.words("bad_start")
        self.connective = lex.words("connective")
        self.source_heads = lex.words("source_heads")
        self.plural = lex.words("plural")
        self.quantifier = lex.words("quantifier")
        self.copula = lex.words("copula")
        self.same = lex.words("same")
        self.adverb = lex.words("adverb")
        self.addressee = lex.words("addressee")
        self.covered: set[int] = set()  # tokens of speaker phrases registered by a cue
        self.mentions = sorted(doc.mentions, key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]
        # Person mentions start or continue a name in a speaker phrase; an organisation or
        # place inside a title (المتحدثة باسم وزارة الصحة ليلى عمران) does not.
        # (every word of a person mention counts, so a mention carries a name on).
        self.name_starts = _person_words(self.tokens, self.mentions)
        self.other_starts = frozenset(m.start for m in self.mentions if m.label != "PER")
        self.found: list[_Found] = []
        self.candidates: list[_Candidate] = []
        self.known: dict[str, _Candidate] = {}
        self.used: set[int] = set()  # open_i of regions taken
        self.consumed = 0
        self.scan_sentence = 0
        self.scan_token = 0
        self.region_at_open: dict[int, Region] = {}
        self.region_at_close: dict[int, Region] = {}
        self._naming_cache: dict[int, bool] = {}

    # -- helpers -------------------------------------------------------------------------

    def after(self, j: int, end: int, *, connector: bool = False) -> Phrase | None:
        """The speaker phrase starting at token ``j`` (:func:`.attribute.phrase_after`)."""
        return phrase_after(self.tokens, j, end, connector=connector,
                            name_starts=self.name_starts, other_starts=self.other_starts)

    def before(self, a: int, b: int) -> Phrase | None:
        """The subject phrase filling ``[a, b)`` (:func:`.attribute.phrase_before`)."""
        return phrase_before(self.tokens, a, b, name_starts=self.name_starts,
                             other_starts=self.other_starts)

    def sentence_of(self, i: int) -> Sentence:
        k = bisect_right(self.sent_starts, i) - 1
        return self.sentences[max(k, 0)]

    def is_stop(self, norm: str) -> bool:
        stop = self.stop
        return norm in stop or (len(norm) > 2 and norm[0] in "وف" and norm[1:] in stop)

    def is_naming(self, region: Region) -> bool:
        """A quoted name (برنامج «...»، صحيفة «...»), not quoted speech."""
        cached = self._naming_cache.get(region.open_i)
        if cached is not None:
            return cached
        answer = False
        k = region.open_i - 1
        if k >= 0 and self.tokens[k].kind == "word":
            n = self.tokens[k].norm
            if n in ("ل", "ب"):  # لـ«العربية»
                self._naming_cache[region.open_i] = True
                return True
            base = head_of(n)
            if n[:1] in "وبل" and len(n) > 3:
                base = base if base in self.naming else head_of(n[1:])
            answer = base in self.naming or n in self.naming
        self._naming_cache[region.open_i] = answer
        return answer

    def region_before(self, i: int, floor: int) -> Region | None:
        """An unclaimed region that ends right before token ``i`` (a comma between
        allowed) and opens a clause: ``«…»، قال``."""
        k = i - 1
        if k >= floor and self.tokens[k].text in _COMMAS:
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
        """Drop trailing punctuation (but not a closing quotation mark) from ``[a, end)``."""
        tokens = self.tokens
        while end > a:
            tok = tokens[end - 1]
            if tok.kind != "punct" or tok.text in CLOSERS or tok.text in AMBIGUOUS:
                break
            end -= 1
        return end

    def ref_of(self, phrase: Phrase, how: str) -> _Ref:
        tokens = self.tokens
        name_start = tokens[phrase.name].start if phrase.name >= 0 else -1
        if phrase.name == phrase.start:
            name_start = phrase.char_start
        return _Ref(phrase.start, phrase.end, phrase.char_start, tokens[phrase.end - 1].end,
                    name_start, phrase.title, how, phrase.article)

    # -- frames ----------------------------------------------------------------------------

    def frame(self, k: int, limit: int) -> tuple[str, int, Region | None] | None:
        """What follows a cue and its subject: a complementizer, a colon or a quote."""
        tokens = self.tokens
        stop = min(limit, k + _FRAME_WINDOW, len(tokens))
        while k < stop:
            tok = tokens[k]
            n = tok.norm
            if tok.kind == "punct":
                if n == ":":
                    return ("colon", k, None)
                region = self.region_at_open.get(k)
                if region is not None:
                    after = region.end_i
                    if self.is_naming(region) or (
                        region.n_tokens <= 3 and after < stop and tokens[after].norm in self.comp
                    ):
                        k = after  # a quoted name in an adjunct: لـ«العربية» إن ...
                        continue
                    return ("region", k, region)
                if n in _TERMINALS:
                    return None
            elif n in self.comp:
                if k == 0 or tokens[k - 1].norm not in self.block:
                    return ("comp", k, None)
            else:
                cue = self.cues.get(n)
                if cue is not None and cue.pos in _VERBAL and not self.verbal_noun(k):
                    return None
            k += 1
        return None

    def object_start(self, k: int, entry: CueEntry, *, explicit: bool) -> tuple[int, bool]:
        """Where content given as the cue's object starts at token ``k`` (-1 for none), and
        whether a preposition of the verb introduces it (حذر من ...، كشف عن ...، ندد
        بـ...). A verb that takes its content as a direct object (نفى الاتهامات) does so
        only when its subject was explicit or the cue is a participle (مؤكدا مقتل ...)."""
        objects = entry.objects
        tokens = self.tokens
        if not objects or k >= len(tokens) - 1:
            return -1, False
        stop = min(len(tokens) - 1, k + _OBJECT_SKIP)
        comma = -1
        while k < stop and (tokens[k].norm in self.adverb or tokens[k].text in _COMMAS):
            comma = k if tokens[k].text in _COMMAS else comma
            k += 1  # أكدت اليوم وفاة ...، نفى، عماد علي، أي علاقة ...
        if (comma >= 0 or tokens[k].norm in self.stop) and tokens[k].norm not in objects:
            # an adjunct up to a comma: عبر المدرب، في تصريح للإذاعة، عن ارتياحه
            for m in range(k, min(len(tokens) - 2, k + _FRAME_WINDOW // 2)):
                if tokens[m].text in _COMMAS:
                    if tokens[m + 1].norm in objects:
                        return m + 2, True
                    break
                cue = self.cues.get(tokens[m].norm)
                if tokens[m].kind == "punct" or (cue is not None and cue.pos in _VERBAL):
                    break
        if k >= len(tokens) - 1 or tokens[k].kind != "word":
            return -1, False
        n = tokens[k].norm
        if n in objects:
            return k + 1, True  # عن / على / إلى / من as a word: the content follows it
        segments = tokens[k].segments
        if len(segments) > 1 and segments[0].kind == "proclitic" and \
                normalize(segments[0].text) in objects:
            return k, True  # بالإجراءات: the preposition is written on the content
        if "*" not in objects or not (explicit or entry.pos == "part"):
            return -1, False
        if n in self.stop or n in self.comp or n in self.cues or is_filler(n, self.lex):
            return -1, False
        if len(segments) > 1 and segments[0].kind == "proclitic" and segments[0].text == "و":
            return -1, False  # أدان الوزير ونظيره ...: a second subject, not the object
        return k, False

    def object_frame(self, k: int, limit: int, entry: CueEntry, *, explicit: bool
                     ) -> tuple[str, int, Region | None] | None:
        """The frame after a cue and its subject at token ``k``: a preposition of the verb
        with its object comes first (أعلنت الجامعة عن البرنامج ... «...»), then a
        complementizer, colon or quote (:meth:`frame`), then a direct object."""
        start, prepositional = self.object_start(k, entry, explicit=explicit)
        if prepositional and self.tokens[start].norm not in self.comp:
            return ("object", start - 1, None)
        frame = self.frame(k, limit)
        if frame is None and start >= 0 and (start >= len(self.tokens) or
                                              self.tokens[start].norm not in self.comp):
            return ("object", start - 1, None)
        return frame

    def verbal_noun(self, k: int) -> bool:
        """A cue spelling read as a verbal noun: طلب عدم ذكر اسمه."""
        return k > 0 and self.tokens[k - 1].norm == "عدم"

    def breaks_after_comma(self, k: int) -> bool:
        """Token ``k`` (after a comma) starts a new attribution: a cue with a frame, or a
        source phrase."""
        tokens = self.tokens
        while k < len(tokens) and k < len(tokens) - 1 and tokens[k].norm in self.connective:
            k += 1  # ، فيما أكد ...، في حين قال ...
        if k >= len(tokens):
            return False
        n = tokens[k].norm
        if n in self.sources and any(len(e.words) == 1 for e in self.sources[n]):
            return True
        if n == "علي" and k + 2 < len(self.tokens) and self.tokens[k + 1].norm == "حد":
            return True
        cue = self.cues.get(n)
        if cue is None or cue.pos not in _VERBAL:
            return False
        if cue.pos == "part":
            return True  # ...، مؤكدا / مشيرة إلى ...: a participle opens its own quote
        return self.frame(k + 1, min(len(self.tokens), k + 10)) is not None

    def content(self, a: int, sentence: Sentence) -> tuple[int, list[Region]]:
        """The end (exclusive) of content starting at token ``a``, and the regions in it."""
        tokens = self.tokens
        end = sentence.token_end
        inner: list[Region] = []
        k = a
        while k < end:
            tok = tokens[k]
            if tok.kind == "punct":
                region = self.region_at_open.get(k)
                if region is not None:
                    if not self.is_naming(region):
                        inner.append(region)
                    if region.end_i > end:
                        end = self.sentence_of(region.end_i - 1).token_end
                    k = max(region.end_i, k + 1)
                    continue
                if tok.text in _COMMAS and k > a and self.breaks_after_comma(k + 1):
                    break
            elif k > a:
                cue = self.cues.get(tok.norm)
                if cue is not None and self.opens_clause(k, cue, end):
                    break
            k += 1
        return self.trim_end(a, min(k, end)), inner

    def opens_clause(self, k: int, cue: CueEntry, end: int) -> bool:
        """Cue ``k`` inside running content starts a new quote: وأضاف أن ...، وحذر من ...,
        or a participle with its frame (... العيوني مشيرا إلى أن)."""
        if cue.pos == "part":
            prev = self.tokens[k - 1].norm
            if is_filler(prev, self.lex) or prev in self.stop or prev in self.copula:
                return False
        elif cue.prefix != "و" or cue.pos not in ("perf", "imperf"):
            return False
        if self.frame(k + 1, min(end, k + 4)) is not None:
            return True
        return k + 1 < end and self.object_start(k + 1, cue, explicit=False)[1]

    # -- speakers --------------------------------------------------------------------------

    def statement_source(self, phrase: Phrase, limit: int) -> _Ref | None:
        """The issuer named inside a statement phrase: بيان صادر عن X، بيان لـX، بيان X."""
        tokens = self.tokens
        k = phrase.start + 1
        if k < limit and head_of(tokens[k].norm) in ("صادر", "صادرة"):
            k += 1
        if k < limit and tokens[k].norm in ("عن", "من"):
            k += 1
        if k >= limit:
            return None
        inner = self.after(k, limit, connector=True)
        return self.ref_of(inner, "statement") if inner is not None else None

    def subject(self, i: int, entry: CueEntry, sentence: Sentence) -> tuple[_Ref | None, int]:
        """The explicit subject of cue ``i`` and the token after it (``None``: elided)."""
        tokens = self.tokens
        end = sentence.token_end
        if entry.pos in ("perf", "imperf") and (
            entry.prefix == "ف" or (i > 0 and tokens[i - 1].norm == "فقد")
        ):
            k = sentence.token_start
            while k < i and is_filler(tokens[k].norm, self.lex):
                if tokens[k].norm in ("اما", "واما"):
                    amma = self.amma_subject(k + 1, i + 1)
                    if amma is not None:
                        return amma, i + 1  # أما الحكومة فأكدت أن ...
                k += 1
        if entry.prefix == "" and entry.pos in ("perf", "imperf"):
            start = self.clause_start(i, sentence)
            if start < i:
                before = self.before(start, i)
                if before is not None and self.strong_subject(before, entry.gender):
                    return self.subject_ref(before), i + 1  # وطهران نفت الاتهامات
        phrase = self.after(i + 1, end, connector=entry.pos == "noun")
        if phrase is not None:
            after = phrase.end
            ref: _Ref | None = self.ref_of(phrase, "vso")
            if entry.pos != "noun":
                ref, after = self.complete(phrase, i, entry, end)
            if head_of(tokens[phrase.start].norm) in self.statement:
                issuer = self.statement_source(phrase, end)
                if issuer is not None:  # بيان صادر عن الوزارة
                    ref, after = issuer, max(after, issuer.tok_end)
                elif ref is not None and phrase.end - phrase.start == 1 and \
                        tokens[phrase.start].norm.startswith("ال"):
                    # وأكد البيان: the statement named before, issued by its speaker
                    ref.same_as = self.antecedent(i, "-", "-")[0]
            if entry.frame == "via" and after < end and tokens[after].norm == "عن":
                inner = self.after(after + 1, end)
                if inner is not None:
                    ref, after = self.ref_of(inner, "vso"), inner.end
            return ref, after
        if entry.pos == "noun":
            return None, i + 1
        start = self.clause_start(i, sentence)
        if start < i:
            before = self.before(start, i)
            if before is not None:
                return self.ref_of(before, "svo"), i + 1
        return None, i + 1

    def complete(self, phrase: Phrase, i: int, entry: CueEntry, end: int
                 ) -> tuple[_Ref | None, int]:
        """The subject after cue ``i`` from its first phrase, read on where the phrase
        grammar stops: ``المصدر ذاته`` (the previous speaker), ``عدد من التلاميذ`` (a
        partitive), and a title whose name follows an adjunct (``النائب عن الحزب، أحمد
        علي``, ``مدير الصحة بالجهة علي سالم``)."""
        tokens = self.tokens
        a, b = phrase.start, phrase.end
        k = bisect_right(self.mention_starts, tokens[b - 1].start) - 1
        if k >= 0 and tokens[b - 1].end < self.mentions[k].end and b < end and \
                tokens[b].norm[:1] == "ل":
            # A speaker does not stop inside a name at its genitive: عضو من الاتحاد الأوروبي
            # لكرة القدم
            while b < end and tokens[b].start < self.mentions[k].end:
                b += 1
            phrase = Phrase(a, b, phrase.name, phrase.title, phrase.char_start, phrase.article)
        ref = self.ref_of(phrase, "vso")
        nxt = tokens[a + 1].norm if a + 1 < end else ""
        if nxt in self.same:
            same, how = self.antecedent(i, entry.gender, entry.number)
            if same is not None:
                return _Ref(a, a + 2, ref.char_start, tokens[a + 1].end, -1, phrase.title, how,
                            same_as=same), a + 2
        if b - a == 1 and b + 1 < end and tokens[a].norm in self.quantifier and \
                tokens[b].norm == "من":
            rest = self.after(b + 1, end)
            if rest is not None:
                return _Ref(a, rest.end, ref.char_start, tokens[rest.end - 1].end, -1,
                            rest.title, "vso"), rest.end
        if not phrase.title or phrase.name >= 0 or not self.name_starts:
            return ref, b
        for k in range(b, min(end, b + _APPOSITION_GAP)):
            tok = tokens[k]
            if tok.start in self.name_starts:
                name = self.after(k, end)
                if name is None:
                    break
                return _Ref(a, name.end, ref.char_start, tokens[name.end - 1].end, tok.start,
                            True, "vso"), name.end
            n = tok.norm
            if (tok.kind == "punct" and tok.text not in _COMMAS) or n in self.comp or \
                    n in self.cues or n == "مع" or head_of(n) in self.addressee:
                break  # (قال الوزير مع نظيره سامي علي: not the speaker's name)
        return ref, b

    def clause_start(self, i: int, sentence: Sentence) -> int:
        """The first token of the clause holding token ``i`` (or ``i`` if far away): after
        a comma, colon, bracket, quotation mark or complementizer (يذكر أن X قد علق ...)."""
        tokens = self.tokens
        k = i - 1
        floor = max(sentence.token_start, i - 12)
        while k >= floor:
            tok = tokens[k]
            if (tok.kind == "punct" and (tok.text in _COMMAS or tok.text in (":", "(", ")")
                                         or tok.text in MARKS)) or tok.norm in self.comp:
                return k + 1
            k -= 1
        return sentence.token_start if k < sentence.token_start else i

    def register(self, tok: int, ref: _Ref, gender: str, number: str) -> None:
        """Remember a speaker for elided cues later on. A verb before its subject is
        singular (وقال سكان), so a human plural head makes the speaker plural, and a
        feminine one (ناشطات) feminine."""
        if ref.tok_end > ref.tok_start:
            first = self.tokens[ref.tok_start]
            n = first.norm
            if ref.char_start > first.start and n[:1] in ("ل", "و"):
                n = n[1:]  # لمسؤولين، وسكان
            head = head_of(n)
            if head in self.plural:
                number = "pl"
                if head.endswith("ات"):
                    gender = "f"
        cand = _Candidate(tok, ref, gender, number)
        self.candidates.append(cand)
        if ref.tok_end > ref.tok_start:
            self.known[self.tokens[ref.tok_end - 1].norm] = cand
            self.covered.update(range(ref.tok_start, ref.tok_end))

    def scan_subjects(self, upto: int) -> None:
        """Register re-mentions of known speakers (and entity mentions) that stand as a
        clause subject before token ``upto``: ودعا بلينكن ...، وكان بلينكن ..."""
        tokens = self.tokens
        sentences = self.sentences
        while self.scan_sentence < len(sentences):
            s = sentences[self.scan_sentence]
            if s.token_start >= upto:
                return
            lo = max(s.token_start, self.scan_token)
            hi = min(s.token_end, s.token_start + _SUBJECT_SCAN, upto)
            clause = s.token_start
            for k in range(s.token_start, hi):
                tok = tokens[k]
                if tok.kind == "punct":
                    if tok.text in _COMMAS:
                        clause = k + 1
                    continue
                if k < lo:
                    continue
                position = k - clause
                if position > 1 or (position == 1 and self.is_stop(tokens[clause].norm)):
                    continue
                known = self.known.get(tok.norm)
                if known is not None and known.ref.tok_start != k:
                    ref = _Ref(k, k + 1, tok.start, tok.end, tok.start, False, "vso")
                    self.candidates.append(_Candidate(k, ref, known.gender, known.number))
                elif self.mentions and k not in self.covered:
                    mention = self.mention_at(tok.start, tok.end)
                    if mention is not None and mention.label in ("PER", "ORG"):
                        ref = _Ref(k, k + 1, mention.start, mention.end, mention.start, False,
                                   "vso")
                        self.candidates.append(_Candidate(k, ref, "-", "-"))
            if s.token_end > upto:
                self.scan_token = upto
                return
            self.scan_sentence += 1
            self.scan_token = s.token_end

    def mention_at(self, start: int, end: int) -> Mention | None:
        k = bisect_left(self.mention_starts, start)
        if k < len(self.mentions) and self.mentions[k].start < end:
            return self.mentions[k]
        return None

    def antecedent(self, i: int, gender: str, number: str) -> tuple[_Ref | None, str]:
        """The most recent speaker before token ``i`` that agrees with the cue."""
        self.scan_subjects(i)
        best: _Candidate | None = None
        fallback: _Candidate | None = None
        for cand in self.candidates[-_MAX_CANDIDATES:]:
            if cand.tok >= i:
                continue
            if fallback is None or cand.tok > fallback.tok:
                fallback = cand
            agrees = (gender in ("-", cand.gender) or cand.gender == "-") and (
                number in ("-", cand.number) or cand.number == "-"
            )
            if agrees and (best is None or cand.tok > best.tok):
                best = cand
        if best is not None:
            return best.ref, "antecedent"
        if fallback is not None:
            return fallback.ref, "antecedent-any"
        return None, "none"

    def sentence_speaker(self, i: int, sentence: Sentence, entry: CueEntry
                         ) -> tuple[_Ref | None, str]:
        """Whose participle this is: the speaker or subject of its sentence."""
        self.scan_subjects(i)
        best: _Candidate | None = None
        for cand in self.candidates[-_MAX_CANDIDATES:]:
            if sentence.token_start <= cand.tok < i and (best is None or cand.tok > best.tok):
                best = cand
        if best is not None:
            return best.ref, "sentence"
        ref = self.sentence_subject(i, sentence, entry.gender, participle=True)
        if ref is not None:
            return ref, "sentence"
        return self.antecedent(i, entry.gender, entry.number)

    def elided(self, i: int, sentence: Sentence, entry: CueEntry) -> tuple[_Ref | None, str]:
        """The speaker of a cue without a subject: the subject of the sentence's first
        clause when the cue opens a later one (أما أنقرة فدعت …، وقالت إن …), else the
        antecedent."""
        ref, how = self.antecedent(i, entry.gender, entry.number)
        if i > sentence.token_start and (
            ref is None or not sentence.token_start <= ref.tok_start < i
        ):
            subject = self.sentence_subject(i, sentence, entry.gender)
            if subject is not None:
                self.register(subject.tok_start, subject, entry.gender, entry.number)
                return subject, "sentence"
        return ref, how

    def sentence_subject(self, i: int, sentence: Sentence, gender: str, *,
                         participle: bool = False) -> _Ref | None:
        """The subject of the first clause of ``sentence`` (before token ``i``): ``أما X
        ف…``, ``X دعت …`` (a feminine verb after it) or ``دعت X …`` (VSO); a noun phrase,
        never a phrase holding a verb."""
        tokens = self.tokens
        k = sentence.token_start
        amma = False
        while k < i and is_filler(tokens[k].norm, self.lex):
            amma = amma or tokens[k].norm in ("اما", "واما")
            k += 1
        if k + 1 >= i or tokens[k].kind != "word":
            return None
        first = tokens[k].norm
        if self.is_stop(first) or first in self.quantifier:
            return None
        if amma:
            return self.amma_subject(k, i)
        if first in self.cues:
            return None
        if gender == "f" and not participle:
            # SVO: X + a feminine perfect verb (وموسكو رفضت …)
            for m in range(k + 1, min(i, k + 5)):
                n = tokens[m].norm
                if tokens[m].kind != "word":
                    break
                if _feminine_verb(n) or (n in self.cues and self.cues[n].pos in _VERBAL):
                    phrase = self.before(k, m)
                    if phrase is not None and phrase.end - phrase.start <= 4:
                        return self.subject_ref(phrase)
                    break
        # VSO: the first word is the verb, its subject follows.
        if gender == "f" and not _feminine_verb(first) and not participle:
            return None
        phrase = self.after(k + 1, i)
        if phrase is None:
            return None
        strong = (
            phrase.title
            or tokens[phrase.start].norm.startswith("ال")
            or self.mention_at(tokens[phrase.start].start, tokens[phrase.start].end) is not None
            or tokens[phrase.end - 1].norm in self.known
        )
        if not (strong or participle or gender == "f"):
            return None
        return self.ref_of(phrase, "sentence")

    def amma_subject(self, k: int, i: int) -> _Ref | None:
        """``أما X فـ...``: X, from token ``k`` to the ف-word before token ``i``."""
        tokens = self.tokens
        # أما X فقد دعت / فأكدت / فرفض: X ends at the first ف-word that reads as a verb
        # or فقد/فإن, else at the first ف-word.
        stop = k + 1
        while stop < min(i, k + _MAX_SUBJECT) and tokens[stop].kind == "word":
            stop += 1
        loose = -1
        for m in range(k + 1, stop):
            n = tokens[m].norm
            if len(n) < 3 or n[0] != "ف":
                continue
            if n in self.lead or n[1:] in self.cues or _feminine_verb(n[1:]):
                loose = m
                break
            if loose < 0:
                loose = m
        if loose < 0:
            return None
        phrase = self.before(k, loose)
        return self.ref_of(phrase, "svo") if phrase is not None else None

    def strong_subject(self, phrase: Phrase, gender: str) -> bool:
        """A phrase before a verb that is surely its subject (SVO), not an adverb: a title
        or institution, a known speaker or an entity mention, or one word before a feminine
        verb (وطهران نفت)."""
        tokens = self.tokens
        first = tokens[phrase.start]
        if self.is_stop(first.norm) or first.norm in self.quantifier or \
                first.norm in self.connective:
            return False
        if phrase.title or tokens[phrase.end - 1].norm in self.known:
            return True
        if self.mentions and self.mention_at(first.start, first.end) is not None:
            return True
        return gender == "f" and phrase.end - phrase.start == 1

    def subject_ref(self, phrase: Phrase) -> _Ref:
        """A sentence-initial subject, without a conjunction written on it (وموسكو)."""
        ref = self.ref_of(phrase, "svo")
        tok = self.tokens[phrase.start]
        cut = 0
        for seg in tok.segments:
            if seg.kind != "proclitic" or seg.text not in ("و", "ف"):
                break
            cut = seg.end - tok.start
        if len(tok.segments) < 2:
            cut = 1 if tok.norm[:1] == "و" and len(tok.norm) >= 5 and \
                tok.norm not in self.source_heads else 0
        if 0 < cut < tok.end - tok.start and ref.char_start == tok.start:
            ref.char_start += cut
            if ref.name_start == tok.start:
                ref.name_start += cut
        return ref

    # -- building quotes -------------------------------------------------------------------

    def add(self, found: _Found) -> None:
        self.found.append(found)
        for region in found.regions:
            self.used.add(region.open_i)
        self.consumed = max(self.consumed, found.last_tok)

    def from_frame(
        self,
        frame: tuple[str, int, Region | None],
        cue: tuple[int, int, str],
        ref: _Ref | None,
        rule: str,
        how: str,
        first: int,
    ) -> _Found | None:
        """The quote a frame opens: indirect/mixed after a complementizer, direct after a
        colon or as a quoted region."""
        kind_of, k, region = frame
        tokens = self.tokens
        if kind_of == "colon" and k + 1 < len(tokens) and tokens[k + 1].norm in self.comp:
            kind_of, k = "comp", k + 1  # قال: إن ... reads as indirect speech
        if kind_of == "colon" and k + 1 < len(tokens):
            nxt = self.region_at_open.get(k + 1)
            if nxt is not None and not self.is_naming(nxt) and nxt.open_i not in self.used:
                kind_of, k, region = "region", k + 1, nxt
        if kind_of == "region" and region is not None:
            if region.open_i in self.used:
                return None
            return _Found("direct", list(region.spans), cue, ref, "cue-quote" if rule == "cue"
                          else rule, first, region.end_i, how, [region])
        sentence = self.sentence_of(k)
        a = k + 1
        if a >= sentence.token_end:
            return None
        end, inner = self.content(a, sentence)
        spans = self.spans(a, end)
        if not spans:
            return None
        if kind_of == "colon":
            name = "cue-colon" if rule == "cue" else rule
            return _Found("direct", spans, cue, ref, name, first, end, how, inner)
        if kind_of == "object" and end - a < _MIN_OBJECT_TOKENS:
            return None
        if kind_of == "object" and rule == "cue":
            rule = "object"
        kind: QuoteKind = "mixed" if inner else "indirect"
        return _Found(kind, spans, cue, ref, "cue-comp" if rule == "cue" else rule, first, end,
                      how, inner)

    def on_cue(self, i: int, entry: CueEntry) -> None:
        tokens = self.tokens
        sentence = self.sentence_of(i)
        tok = tokens[i]
        cue = (tok.start, tok.end, entry.lemma)
        if entry.pos == "part":
            self.on_participle(i, entry, sentence, cue)
            return
        region = self.region_before(i, sentence.token_start)
        if region is not None and entry.pos != "noun":
            ref, after = self.subject(i, entry, sentence)
            how = ref.how if ref is not None else ""
            if ref is None:
                ref, how = self.elided(i, sentence, entry)
            elif how in ("vso", "svo"):
                self.register(ref.tok_start, ref, entry.gender, entry.number)
            found = _Found("direct", list(region.spans), cue, ref, "quote-first",
                           region.open_i, max(after, i + 1), how, [region])
            self.add(found)
            frame = self.frame(after, min(sentence.token_end, after + 6))
            if frame is not None and frame[0] == "region" and frame[2] is not None:
                split = frame[2]
                if split.open_i not in self.used:
                    found.spans.extend(split.spans)
                    found.regions.append(split)
                    found.last_tok = split.end_i
                    self.used.add(split.open_i)
                    self.consumed = max(self.consumed, split.end_i)
            elif frame is not None:
                more = self.from_frame(frame, cue, ref, "quote-first", how, i)
                if more is not None:
                    self.add(more)
            return
        ref, after = self.subject(i, entry, sentence)
        how = ref.how if ref is not None else ""
        if ref is not None and how in ("vso", "svo") and entry.gender != "-":
            self.register(ref.tok_start, ref, entry.gender, entry.number)
        frame = self.object_frame(after, sentence.token_end, entry, explicit=ref is not None)
        if frame is None:
            return
        if ref is None:
            ref, how = self.elided(i, sentence, entry)
        first = i if how != "svo" or ref is None else ref.tok_start
        made = self.from_frame(frame, cue, ref, "cue", how, first)
        if made is not None:
            self.add(made)

    def on_participle(self, i: int, entry: CueEntry, sentence: Sentence,
                      cue: tuple[int, int, str]) -> None:
        tokens = self.tokens
        if i == sentence.token_start:
            return  # a participle hangs on a clause before it
        prev = tokens[i - 1]
        if prev.kind == "punct" and prev.text not in _COMMAS:
            return
        if prev.kind != "punct" and (is_filler(prev.norm, self.lex) or prev.norm in self.stop
                                     or prev.norm in self.copula):
            return  # كان مؤكدا أن ...: a predicate, not a speech act
        window = 8 if entry.frame == "describe" else 4
        frame = self.object_frame(i + 1, min(sentence.token_end, i + 1 + window), entry,
                                  explicit=False)
        if frame is None:
            return
        ref, how = self.sentence_speaker(i, sentence, entry)
        if entry.frame == "describe" and frame[0] == "comp":
            end, inner = self.content(i + 1, sentence)
            spans = self.spans(i + 1, end)
            if spans:
                kind: QuoteKind = "mixed" if inner else "indirect"
                self.add(_Found(kind, spans, cue, ref, "participle", i, end, how, inner))
            return
        found = self.from_frame(frame, cue, ref, "participle", how, i)
        if found is not None:
            self.add(found)

    def plausible_source(self, phrase: Phrase) -> bool:
        """A source phrase names a speaker, not a plan or a figure (حسب الخطة)."""
        if phrase.title or self.tokens[phrase.start].start in self.name_starts:
            return True
        n = self.tokens[phrase.start].norm
        base = head_of(n)
        if base in self.source_heads or (n[:1] == "ل" and head_of(n[1:]) in self.source_heads):
            return True
        if self.mentions and self.mention_at(self.tokens[phrase.start].start,
                                             self.tokens[phrase.start].end) is not None:
            return True
        return not n.startswith(("ال", "لل"))

    def on_source(self, i: int, entry: SourceEntry) -> None:
        tokens = self.tokens
        first = i - len(entry.words) + 1
        if first < 0:
            return
        for offset, word in enumerate(entry.words[:-1]):
            n = tokens[first + offset].norm
            if n != word and not (offset == 0 and n[:1] == "و" and n[1:] == word):
                return
        sentence = self.sentence_of(i)
        if first < sentence.token_start:
            return
        phrase_tok = tokens[first]
        cue = (phrase_tok.start, tokens[i].end, normalize(" ".join(entry.words)).lstrip("و")
               if len(entry.words) == 1 else " ".join(entry.words))
        if entry.kind == "elided":
            last = entry.words[-1]
            gender = "f" if last.endswith("ها") else "-"
            number = "pl" if last.endswith(("هم", "هما")) else "-"
            ref, how = self.antecedent(first, gender, number)
            after = i + 1
        else:
            j = i + 1
            end = sentence.token_end
            if entry.connector and entry.connector != "ل" and j < end and \
                    head_of(tokens[j].norm) in (entry.connector, "الي", "علي"):
                j += 1
            said = entry.words[-1].endswith("ما")  # حسبما نقلت X
            if j < end and tokens[j].norm == "ما":
                j += 1
                said = True
            if said and j < end and tokens[j].norm in self.cues:
                j += 1
                if j < end and tokens[j].norm in ("به", "بها", "بهم"):
                    j += 1  # حسب ما أفاد به X
            if j >= end:
                return
            phrase = self.after(j, end, connector=True)
            if phrase is None or not self.plausible_source(phrase):
                return
            ref = self.ref_of(phrase, "source")
            how = "source"
            after = phrase.end
            if head_of(tokens[phrase.start].norm) in self.statement or (
                tokens[phrase.start].norm[:1] == "ل"
                and head_of(tokens[phrase.start].norm[1:]) in self.statement
            ):
                issuer = self.statement_source(phrase, end)
                if issuer is not None:
                    ref, how, after = issuer, "statement", max(after, issuer.tok_end)
        cue_span = (cue[0], cue[1], cue[2])
        region = self.region_before(first, sentence.token_start)
        if region is not None:
            self.add(_Found("direct", list(region.spans), cue_span, ref, "quote-first",
                            region.open_i, after, how, [region]))
            return
        prev = tokens[first - 1] if first > sentence.token_start else None
        lead = sentence.token_start
        while lead < first and is_filler(tokens[lead].norm, self.lex):
            lead += 1
        if lead == first:
            # وبحسب X، <content>
            k = after
            while k < sentence.token_end and tokens[k].norm in self.adverb:
                k += 1  # وجاء في البيان أيضا أن ...
            if k < sentence.token_end and tokens[k].text in _COMMAS:
                k += 1
            if k < sentence.token_end and (tokens[k].norm in self.lead or
                                           tokens[k].norm in self.comp):
                k += 1
            if k >= sentence.token_end or (k == after and tokens[k].kind == "punct"):
                return
            end, inner = self.content(k, sentence)
            spans = self.spans(k, end)
            if spans:
                kind: QuoteKind = "mixed" if inner else "indirect"
                self.add(_Found(kind, spans, cue_span, ref, "source", first, end, how, inner))
            return
        if prev is None or prev.text not in _COMMAS:
            return
        start = max(sentence.token_start, self.consumed)
        if any(f.last_tok > sentence.token_start and f.first_tok < first for f in self.found[-3:]):
            return  # the clause is already a quote: this names the medium that carried it
        end = self.trim_end(start, first - 1)
        while start < end and tokens[start].kind == "punct" and tokens[start].text not in MARKS:
            start += 1
        spans = self.spans(start, end)
        if not spans:
            return
        inner = [r for k in range(start, end) if (r := self.region_at_open.get(k)) is not None
                 and not self.is_naming(r)] if end - start < 200 else []
        kind = "mixed" if inner else "indirect"
        self.add(_Found(kind, spans, cue_span, ref, "source", start, max(after, i + 1), how,
                        inner))

    def headlines(self) -> None:
        """Paragraphs opening ``speaker: content`` (``وزير الخارجية: «لا تراجع»``)."""
        tokens = self.tokens
        par_last: dict[int, int] = {}
        for s in self.sentences:
            par_last[s.paragraph] = s.token_end
        seen: set[int] = set()
        for s in self.sentences:
            if s.paragraph in seen:
                continue
            seen.add(s.paragraph)
            t0 = s.token_start
            colon = -1
            for k in range(t0 + 1, min(s.token_end, t0 + 9)):
                if tokens[k].text == ":":
                    colon = k
                    break
                if tokens[k].kind not in ("word", "latin") or tokens[k].norm in self.cues:
                    break
            if colon < 0 or tokens[t0].norm in self.cues or tokens[t0].kind != "word":
                continue
            if any(head_of(tokens[k].norm) in self.bad for k in range(t0, colon)):
                continue
            phrase = self.after(t0, colon)
            if phrase is None or (phrase.end != colon and not (
                    colon - phrase.end <= 3 and tokens[phrase.end].norm[:1] == "ل")):
                continue  # (a headline may name whom it answers: الوزير للنواب: ...)
            last = par_last[s.paragraph]
            body = self.trim_end(colon + 1, last)
            if body <= colon + 1:
                continue
            region = self.region_at_open.get(colon + 1)
            whole = region is not None and self.trim_end(region.end_i, last) <= region.end_i
            first_word = tokens[colon + 1].norm
            if not whole:
                cue = self.cues.get(first_word)
                if (cue is not None and cue.pos in _VERBAL) or body - colon > 40:
                    continue  # a dateline: القاهرة: قال ...
            names = any(
                (m := self.mention_at(tokens[k].start, tokens[k].end)) is not None
                and m.label in ("PER", "ORG") for k in range(t0, colon)
            ) if self.mentions else False
            short_name = s.paragraph == 0 and colon - t0 <= 3 and not any(
                tokens[k].norm.startswith("ال") for k in range(t0, colon))
            if not (phrase.title or names or whole or short_name):
                continue
            ref = self.ref_of(phrase, "headline")
            cue_span = (tokens[colon].start, tokens[colon].end, ":")
            if whole and region is not None:
                found = _Found("direct", list(region.spans), cue_span, ref, "headline", t0,
                               region.end_i, "headline", [region])
            else:
                end, inner = self.content(colon + 1, s)
                end = max(end, body) if s.token_end >= last else end
                found = _Found("direct", self.spans(colon + 1, end), cue_span, ref, "headline",
                               t0, end, "headline", inner)
            if found.spans:
                self.add(found)
                self.consumed = 0  # headlines are read first; the body is read after

    def continuations(self, regions: Sequence[Region]) -> None:
        """A quoted stretch right after a direct quote carries on the same speaker."""
        if not self.found:
            return
        ordered = sorted(self.found, key=lambda f: f.last_tok)
        ends = [f.last_tok for f in ordered]
        tokens = self.tokens
        for region in regions:
            if region.open_i in self.used or region.n_tokens < _MIN_CONTINUATION_TOKENS:
                continue
            if self.is_naming(region):
                continue
            k = bisect_right(ends, region.open_i) - 1
            if k < 0:
                continue
            prev = ordered[k]
            if prev.kind != "direct" or prev.ref is None:
                continue
            gap = range(prev.last_tok, region.open_i)
            if len(gap) > 3 or any(tokens[g].kind != "punct" for g in gap):
                continue
            found = _Found("direct", list(region.spans), prev.cue, prev.ref, "continuation",
                           region.open_i, region.end_i, "previous", [region])
            self.found.append(found)
            self.used.add(region.open_i)
            ordered.insert(k + 1, found)
            ends.insert(k + 1, found.last_tok)

    # -- the pass --------------------------------------------------------------------------

    def run(self) -> list[_Found]:
        tokens = self.tokens
        triggers = _trigger_set(self.lex)
        hits = list(compress(count(), map(triggers.__contains__, map(_NORM, tokens))))
        if not hits or not self.sentences:
            return []
        marks = [i for i in hits if tokens[i].kind == "punct" and tokens[i].text in MARKS]
        regions = pair_marks(self.text, tokens, self.sentences, marks)
        self.region_at_open = {r.open_i: r for r in regions}
        self.region_at_close = {r.close_i: r for r in regions if r.close_i >= 0}
        self.headlines()
        # What the headlines took, one paragraph each, so in order and apart.
        taken_start = [f.first_tok for f in self.found]
        taken_end = [f.last_tok for f in self.found]
        r = 0
        n_regions = len(regions)
        for i in hits:
            while r < n_regions and regions[r].end_i <= i:
                r += 1
            if r < n_regions and regions[r].open_i < i < regions[r].end_i:
                continue  # inside a quotation: its cues are quoted, not reporting
            h = bisect_right(taken_start, i) - 1
            if i < self.consumed or (h >= 0 and i < taken_end[h]):
                continue
            n = tokens[i].norm
            before = len(self.found)
            for source in self.sources.get(n, ()):
                if i >= self.consumed:
                    self.on_source(i, source)
            if len(self.found) > before:
                continue
            entry = self.cues.get(n)
            if entry is not None and entry.pos != "inner" and not self.verbal_noun(i):
                self.on_cue(i, entry)
        self.continuations(regions)
        return self.found


def _person_words(tokens: Sequence[Token], mentions: Sequence[Mention]) -> frozenset[int]:
    """The start offsets of the tokens inside person mentions."""
    people = [m for m in mentions if m.label == "PER"]
    if not people:
        return frozenset()
    starts = [t.start for t in tokens]
    out: set[int] = set()
    for m in people:
        k = bisect_left(starts, m.start)
        while k < len(starts) and starts[k] < m.end:
            out.add(starts[k])
            k += 1
    return frozenset(out)


def _feminine_verb(norm: str) -> bool:
    """A word that reads as a feminine perfect verb: دعت، رفضت، وأكدت (not -ات plurals)."""
    return 3 <= len(norm) <= 8 and norm[-1] == "ت" and not norm.endswith(("ات", "وت", "يت"))


def _speaker_builder(doc: Document, found: Sequence[_Found], entities: dict[str, Entity]
                     ) -> dict[int, tuple[Speaker, str | None]]:
    """Final speaker spans and canonical names for every distinct phrase reference
    (``entities``: the document's entities by id)."""
    text = doc.text
    mentions = sorted(doc.mentions, key=lambda m: m.start)
    starts = [m.start for m in mentions]
    roles: dict[str, Entity] = {}
    for entity in doc.entities:
        for role in entity.roles:
            roles.setdefault(normalize(role.text), entity)

    def mentions_in(a: int, b: int) -> list[Mention]:
        k = bisect_left(starts, a)
        out = []
        while k < len(mentions) and mentions[k].start < b:
            if mentions[k].end <= b:
                out.append(mentions[k])
            k += 1
        return out

    token_starts = [t.start for t in doc.tokens] if mentions else []
    refs: dict[int, _Ref] = {}
    for f in found:
        ref = f.ref
        while ref is not None and id(ref) not in refs:
            refs[id(ref)] = ref
            ref = ref.same_as  # the speakers a reference refers back to are built too
    # The person each phrase names: its last person mention, reconciled with the name part
    # the phrase grammar found (the mention may hold a title word, الري عبد العزيز, or be
    # cut short, عبد الوهاب / ماريا لوبيث).
    persons: dict[int, tuple[int, int, Mention]] = {}
    if mentions:
        for key, ref in refs.items():
            people = [m for m in mentions_in(ref.char_start, ref.char_end) if m.label == "PER"]
            if not people:
                continue
            chosen = people[-1]
            start, end = chosen.start, chosen.end
            # Inside a speaker phrase a word is not a prepositional phrase: a mention that
            # lost a letter to a clitic split (سامر -> س + امر) gets its whole word back.
            k = bisect_right(token_starts, start) - 1
            if k >= 0 and ref.char_start <= token_starts[k] < start:
                start = token_starts[k]
            g0, g1 = ref.name_start, ref.char_end
            if g0 >= 0:
                if end <= g0:
                    continue  # a mention inside the title part: the grammar's name wins
                if ref.name_start > ref.char_start or start < g0:
                    start = g0  # after a title part the name starts where the grammar says
                end = max(end, g1)
            persons[key] = (start, end, chosen)
    covered = sorted((a, b) for a, b, _ in persons.values())
    known: list[str] = [text[a:b] for a, b in covered]
    covered_starts = [a for a, _ in covered]
    reach = list(accumulate((b for _, b in covered), max))  # the furthest end so far
    for m in mentions:
        k = bisect_left(covered_starts, m.end)  # the spans starting before m ends ...
        if m.label in ("PER", "ORG", "LOC") and not (k and reach[k - 1] > m.start):
            known.append(m.text)  # ... do not reach into it
    titles: dict[str, str] = {}
    for key, ref in refs.items():
        if ref.name_start >= 0:
            if key not in persons:
                known.append(text[ref.name_start:ref.char_end])
            if ref.title and ref.name_start > ref.char_start:
                titles[normalize(text[ref.char_start:ref.name_start]).strip()] = \
                    text[ref.name_start:ref.char_end]
    # The last title phrase of several words by its head word: الوزير -> وزير الخارجية
    by_head: dict[str, str] = {}
    for r in refs.values():
        if r.title:
            phrase_words = normalize(text[r.char_start:r.char_end]).split()
            if len(phrase_words) > 1:
                by_head[head_of(phrase_words[0])] = text[r.char_start:r.char_end]
    # The first longest known name ending in each run of words: الكعبي -> رياض الكعبي
    longest: dict[tuple[str, ...], tuple[int, str]] = {}
    for name in dict.fromkeys(known):
        name_words = normalize(name).split()
        for size in range(1, len(name_words)):
            tail = tuple(name_words[-size:])
            if tail not in longest or longest[tail][0] < len(name_words):
                longest[tail] = (len(name_words), name)

    def canonical_name(name: str) -> str:
        found = longest.get(tuple(normalize(name).split()))
        return found[1] if found is not None else name

    out: dict[int, tuple[Speaker, str | None]] = {}
    for key, ref in refs.items():
        a, b = ref.char_start, ref.char_end
        if ref.same_as is not None:
            continue  # after the others: it takes the name of the speaker it refers to
        person = persons.get(key)
        if person is not None:
            start, end, chosen = person
            linked = entities.get(chosen.entity) if chosen.entity else None
            name = text[start:end]
            canonical = canonical_name(name)
            if linked is not None and (start, end) == (chosen.start, chosen.end):
                words = normalize(name).split()
                linked_words = normalize(linked.canonical).split()
                if len(linked_words) >= len(normalize(canonical).split()) and \
                        linked_words[-len(words):] == words:
                    canonical = linked.canonical
            out[key] = (Speaker(name, start, end, canonical),
                        linked.id if linked is not None else None)
            continue
        inside = mentions_in(a, b) if mentions else []
        if inside and inside[0].label != "PER" and inside[0].start <= a + 1 and (
                not ref.title or len(inside) == 1):
            chosen = inside[0]  # the phrase is this organisation or place
            linked = entities.get(chosen.entity) if chosen.entity else None
            name = text[chosen.start:chosen.end]
            canonical = linked.canonical if linked is not None else canonical_name(name)
            out[key] = (Speaker(name, chosen.start, chosen.end, canonical),
                        linked.id if linked is not None else None)
            continue
        if ref.name_start >= 0:
            a = ref.name_start
            name = text[a:b]
            canonical = canonical_name(name)
            if ref.article and a == ref.char_start and canonical == name:
                canonical = "ال" + name
            out[key] = (Speaker(name, a, b, canonical), None)
            continue
        phrase = text[a:b]
        norm = normalize(phrase)
        by_role = roles.get(norm)
        if by_role is not None:
            out[key] = (Speaker(phrase, a, b, by_role.canonical), by_role.id)
            continue
        canonical = phrase
        if norm in titles:
            canonical = canonical_name(titles[norm])
        else:
            words = norm.split()
            if len(words) == 1 and ref.how != "source" and not ref.article:
                canonical = canonical_name(phrase)  # a surname with its article: الورفلي
            if canonical == phrase and len(words) == 1 and words[0].startswith("ال"):
                canonical = by_head.get(head_of(words[0]), canonical)
        if ref.article and canonical == phrase:
            canonical = "ال" + phrase
        out[key] = (Speaker(phrase, a, b, canonical), None)
    for ref in refs.values():
        chain = []  # المصدر ذاته -> المصدر نفسه -> the named speaker: resolve from the end
        while id(ref) not in out and ref.same_as is not None:
            chain.append(ref)
            ref = ref.same_as
        earlier, eid = out[id(ref)]
        for link in reversed(chain):
            a, b = link.char_start, link.char_end
            out[id(link)] = (Speaker(text[a:b], a, b, earlier.canonical), eid)
    return out


def find_quotes(doc: Document) -> tuple[Quote, ...]:
    """The quotes of ``doc`` (which needs tokens and sentences), in text order.

    >>> import arabic_newsnlp
    >>> doc = arabic_newsnlp.analyze("وقال الوزير سامح شكري إن «الحل سياسي».",
    ...                              steps=("tokenize",))
    >>> [(q.kind, q.text, q.speaker.text) for q in find_quotes(doc)]
    [('mixed', '«الحل سياسي»', 'سامح شكري')]
    """
    if not doc.tokens:
        return ()
    found = _Extractor(doc).run()
    if not found:
        return ()
    entities = {e.id: e for e in doc.entities}
    speakers = _speaker_builder(doc, found, entities)
    text = doc.text
    quotes: list[Quote] = []
    seen: set[tuple[tuple[int, int], ...]] = set()
    for f in sorted(found, key=lambda f: f.spans[0][0] if f.spans else 0):
        spans = tuple(Span(text[a:b], a, b) for a, b in f.spans if b > a)
        if not spans:
            continue
        key = tuple((s.start, s.end) for s in spans)
        if key in seen:
            continue
        seen.add(key)
        cue = Cue(text[f.cue[0]:f.cue[1]], f.cue[0], f.cue[1], f.cue[2]) if f.cue else None
        speaker: Speaker | None = None
        entity: str | None = None
        how = f.how or "none"
        if f.ref is not None:
            speaker, entity = speakers[id(f.ref)]
            linked = entities.get(entity) if entity else None
            if linked is not None and speaker.canonical != linked.canonical:
                speaker = replace(speaker, canonical=linked.canonical)  # one name per entity
        else:
            how = "none"
        confidence = _CONFIDENCE.get(f.frame, 0.7) * _SPEAKER_FACTOR.get(how, 0.5)
        quotes.append(Quote(f.kind, spans, cue, speaker, entity, round(confidence, 3),
                            f"{f.frame}/{how}"))
    return tuple(quotes)
