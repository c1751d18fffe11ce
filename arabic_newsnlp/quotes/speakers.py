"""Speaker phrases of cues: the explicit subject of a cue (after it, VSO, or before it,
SVO), the issuer of a statement, and the subject of a sentence a later cue or a
participle hangs on.

The phrases themselves are read by :mod:`.attribute`; an elided speaker falls back on
:mod:`.continuity`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from ..document import Sentence
from ..lexicon.keys import head_of
from ..lexicon.speech import CueEntry
from .attribute import Phrase
from .context import COMMA_LIKE, VERBAL, Extraction, Ref
from .continuity import antecedent, latest_speaker, register
from .forms import adjective, feminine_verb, is_filler, suffixed
from .marks import MARKS
from .statements import issuing_verb, statement_issuer, statement_source

__all__ = [
    "RELAY_WINDOW",
    "amma_subject",
    "clause_start",
    "complete",
    "elided",
    "relayed",
    "sentence_speaker",
    "sentence_subject",
    "strong_subject",
    "subject",
    "subject_ref",
]

_MAX_SUBJECT = 8
#: How far after a relay verb its عن may come (نقلت وكالة الأنباء الرسمية عن ...).
RELAY_WINDOW = 10
_APPOSITION_GAP = 10


def _topic_subject(ex: Extraction, i: int, entry: CueEntry, sentence: Sentence) -> Ref | None:
    """The subject of a cue written with ف after a topic: أما الحكومة فأكدت أن ..."""
    tokens = ex.tokens
    if entry.pos not in ("perf", "imperf") or not (
        entry.prefix == "ف" or (i > 0 and tokens[i - 1].norm == "فقد")
    ):
        return None
    k = sentence.token_start
    while k < i and is_filler(tokens[k].norm, ex.lex):
        if tokens[k].norm in ex.amma:
            amma = amma_subject(ex, k + 1, i + 1)
            if amma is not None:
                return amma
        k += 1
    return None


def _subject_after(
    ex: Extraction, i: int, entry: CueEntry, phrase: Phrase, end: int
) -> tuple[Ref | None, int]:
    """The subject of cue ``i`` from the phrase after it (VSO), with the issuer of a
    statement (بيان صادر عن الوزارة) and the source of a medium (نقلا عن X)."""
    tokens = ex.tokens
    after = phrase.end
    ref: Ref | None = ex.ref_of(phrase, "vso")
    if entry.pos != "noun":
        ref, after = complete(ex, phrase, i, entry, end)
    named = _quoted_name(ex, phrase, end)
    if named is not None:  # نقلت صحيفة «الخبر» أن ...: the medium is the name in the marks
        ref, after = named
    if head_of(tokens[phrase.start].norm) in ex.statement:
        issuer = statement_source(ex, phrase, end)
        if issuer is not None:  # بيان صادر عن الوزارة
            ref, after = issuer, max(after, issuer.tok_end)
        elif (
            ref is not None
            and phrase.end - phrase.start == 1
            and tokens[phrase.start].norm.startswith("ال")
        ):
            # وأكد البيان: the statement named before, issued by its speaker
            ref.same_as = statement_issuer(ex, i, head_of(tokens[phrase.start].norm))
    inner = relayed(ex, entry, after, end)
    if inner is not None:
        ref, after = ex.ref_of(inner, "vso"), inner.end
    return ref, after


def relayed(ex: Extraction, entry: CueEntry, k: int, end: int) -> Phrase | None:
    """The source a relaying verb names after ``عن`` at token ``k`` or a few words after
    it, past the medium (نقلت الوكالة عن مسؤول ...، نقل تلفزيون فوكس عن شهود، نقلت «التايمز»
    عن ...): the speaker, rather than the medium that relays it."""
    if entry.frame != "via":
        return None
    tokens = ex.tokens
    for m in range(k, min(end, k + RELAY_WINDOW)):
        n = tokens[m].norm
        if n == "عن":
            return ex.after(m + 1, end)
        if (
            (tokens[m].kind == "punct" and tokens[m].text not in MARKS)
            or n in ex.comp
            or n in ex.destination
        ):
            return None
    return None


def _quoted_name(ex: Extraction, phrase: Phrase, end: int) -> tuple[Ref, int] | None:
    """The name a one-word phrase of a naming noun gives in the marks after it (صحيفة
    «النهار الجديد»), when a mention fills the marks; and the token after them."""
    if phrase.end - phrase.start != 1:
        return None
    return quoted_subject(ex, phrase.end, end)


def quoted_subject(ex: Extraction, k: int, end: int) -> tuple[Ref, int] | None:
    """A name in the quoted region opening at token ``k`` (before ``end``) that a mention
    fills (صحيفة «النهار الجديد»، ودعت «نقل تونس» إلى …), and the token after it; the
    name may read like a cue (نقل)."""
    region = ex.region_at_open.get(k)
    if region is None or region.close_i < 0 or region.end_i > end or not ex.is_naming(region):
        return None
    tokens = ex.tokens
    mention = ex.mention_at(tokens[region.open_i].end, tokens[region.close_i].start)
    if mention is None or region.close_i <= region.open_i + 1:
        return None
    first = region.open_i + 1
    inner = ex.after(first, region.close_i) or Phrase(
        first, region.close_i, first, False, tokens[first].start
    )
    return ex.ref_of(inner, "vso"), region.end_i


def _feminine(ex: Extraction, phrase: Phrase) -> bool:
    """A phrase headed by a feminine noun (الفلاحات، قدرة التوزيع) or by a broken plural
    its feminine adjective shows (الهياكل القضائية، الأطراف المعنية), which a masculine
    verb cannot have as its subject; not a person's name (حمزة، أسامة)."""
    head = ex.tokens[phrase.start]
    n = head.norm
    if head.start in ex.name_starts or phrase.title:
        return False
    if (n.startswith("ال") and n.endswith("ات") and len(n) > 5) or n.endswith("ة"):
        return True
    k = phrase.start + 1
    if not n.startswith("ال") or k >= len(ex.tokens):
        return False
    nxt = ex.tokens[k].norm
    return nxt.startswith("ال") and nxt.endswith("ة") and adjective(nxt)


def _strong_before(ex: Extraction, i: int, entry: CueEntry, sentence: Sentence) -> Ref | None:
    """A subject before a verb that is surely its subject (:func:`strong_subject`)."""
    if entry.pos not in ("perf", "imperf"):
        return None
    start = clause_start(ex, i, sentence)
    if start < i:
        before = ex.before(start, i)
        if before is not None and strong_subject(ex, before, entry.gender):
            return subject_ref(ex, before)
    return None


def subject(ex: Extraction, i: int, entry: CueEntry, sentence: Sentence) -> tuple[Ref | None, int]:
    """The explicit subject of cue ``i`` and the token after it (``None``: elided)."""
    topic = _topic_subject(ex, i, entry, sentence)
    if topic is not None:
        return topic, i + 1  # أما الحكومة فأكدت أن ...
    # و written apart (و أضاف) opens a clause: no subject before it
    svo = entry.prefix == "" and (i == 0 or ex.tokens[i - 1].norm != "و")
    strong = _strong_before(ex, i, entry, sentence) if svo else None
    if strong is not None:
        return strong, i + 1  # وطهران نفت الاتهامات
    # (not نقلا عن, a source phrase written like a dual verb)
    inner = (
        None if ex.tokens[i].norm in ex.sources else relayed(ex, entry, i + 1, sentence.token_end)
    )
    if inner is not None:
        return ex.ref_of(inner, "vso"), inner.end  # نقلت الوكالة عن مسؤول قوله ...
    first = i + 1
    if (
        first + 1 < sentence.token_end
        and ex.tokens[first].text in COMMA_LIKE
        and ex.tokens[first + 1].start in ex.name_starts
    ):
        first += 1  # وأوضح، سامي علي، رئيس اللجنة، أن ...: the subject set off by commas
    if entry.pos == "noun" and first < sentence.token_end and issuing_verb(ex, first):
        first += 1  # في بيان أصدره الحزب: the issuer, if any, follows the verb
    phrase = ex.after(first, sentence.token_end, connector=entry.pos == "noun")
    if phrase is None and first > i + 1:
        # في بيان وجهته إلى ...: issued by the clause's speaker, named as its subject
        issuer, how = elided(ex, i, sentence, entry)
        return (replace(issuer, how=how) if issuer is not None else None), first
    if phrase is None and entry.pos != "noun":
        named = quoted_subject(ex, first, sentence.token_end)
        if named is not None:
            return named  # ودعت «نقل تونس» إلى …: a name in marks
    if phrase is not None and entry.gender == "m" and _feminine(ex, phrase):
        # ودعا الفلاحات إلى، وأبرز قدرة التوزيع، ودعا الهياكل القضائية إلى: objects;
        # subject elided
        return None, phrase.end
    if phrase is not None:
        return _subject_after(ex, i, entry, phrase, sentence.token_end)
    if entry.pos == "noun" or not svo:
        return None, i + 1
    start = clause_start(ex, i, sentence)
    if start < i:
        before = ex.before(start, i)
        if before is not None:
            return ex.ref_of(before, "svo"), i + 1
    return None, i + 1


def _inside_other(ex: Extraction, offset: int) -> bool:
    """Whether ``offset`` lies inside, not at the start of, a mention other than a
    person's."""
    k = bisect_right(ex.mention_starts, offset) - 1
    if k < 0:
        return False
    m = ex.mentions[k]
    return m.label != "PER" and m.start < offset < m.end


def complete(
    ex: Extraction, phrase: Phrase, i: int, entry: CueEntry, end: int
) -> tuple[Ref | None, int]:
    """The subject after cue ``i`` from its first phrase, read on where the phrase
    grammar stops: ``المصدر ذاته`` (the previous speaker), ``عدد من التلاميذ`` (a
    partitive), and a title whose name follows an adjunct (``النائب عن الحزب، أحمد
    علي``, ``مدير الصحة بالجهة علي سالم``)."""
    tokens = ex.tokens
    a, b = phrase.start, phrase.end
    k = bisect_right(ex.mention_starts, tokens[b - 1].start) - 1
    if k >= 0 and tokens[b - 1].end < ex.mentions[k].end and b < end:
        # A speaker does not stop inside a name: مسؤول في الاتحاد الإفريقي لكرة اليد,
        # الشركة التونسية للكهرباء والغاز
        while b < end and tokens[b].start < ex.mentions[k].end:
            b += 1
        phrase = Phrase(a, b, phrase.name, phrase.title, phrase.char_start, phrase.article)
    if phrase.name > a and _inside_other(ex, tokens[phrase.name].start):
        # no name but the end of an organisation's: رئيس حزب تحيا (تونس)
        phrase = Phrase(a, b, -1, phrase.title, phrase.char_start, phrase.article)
    ref = ex.ref_of(phrase, "vso")
    nxt = tokens[a + 1].norm if a + 1 < end else ""
    if nxt in ex.same:
        same, how = antecedent(ex, i, entry.gender, entry.number)
        if same is not None:
            return Ref(
                a, a + 2, ref.char_start, tokens[a + 1].end, -1, phrase.title, how, same_as=same
            ), a + 2
    if b - a == 1 and b + 1 < end and tokens[a].norm in ex.quantifier and tokens[b].norm == "من":
        rest = ex.after(b + 1, end)
        if rest is not None:
            return Ref(
                a, rest.end, ref.char_start, tokens[rest.end - 1].end, -1, rest.title, "vso"
            ), rest.end
    if not phrase.title or phrase.name >= 0 or not ex.name_starts:
        return ref, b
    for k in range(b, min(end, b + _APPOSITION_GAP)):
        tok = tokens[k]
        if tok.start in ex.name_starts:
            name = ex.after(k, end)
            if name is None:
                break
            return Ref(
                a, name.end, ref.char_start, tokens[name.end - 1].end, tok.start, True, "vso"
            ), name.end
        n = tok.norm
        if (
            (tok.kind == "punct" and tok.text not in COMMA_LIKE)
            or n in ex.comp
            or n in ex.cues
            or n == "مع"
            or head_of(n) in ex.addressee
        ):
            break  # (قال الوزير مع نظيره سامي علي: not the speaker's name)
    return ref, b


def clause_start(ex: Extraction, i: int, sentence: Sentence) -> int:
    """The first token of the clause holding token ``i`` (or ``i`` if far away): after
    a comma, colon, bracket, quotation mark or complementizer (يذكر أن X قد علق ...)."""
    tokens = ex.tokens
    k = i - 1
    floor = max(sentence.token_start, i - 12)
    while k >= floor:
        tok = tokens[k]
        if (
            tok.kind == "punct"
            and (tok.text in COMMA_LIKE or tok.text in (":", "(", ")") or tok.text in MARKS)
        ) or tok.norm in ex.comp:
            return k + 1
        k -= 1
    return sentence.token_start if k < sentence.token_start else i


def amma_subject(ex: Extraction, k: int, i: int) -> Ref | None:
    """``أما X فـ...``: X, from token ``k`` to the ف-word before token ``i``."""
    tokens = ex.tokens
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
        if n in ex.lead or n[1:] in ex.cues or feminine_verb(n[1:]):
            loose = m
            break
        if loose < 0:
            loose = m
    if loose < 0:
        return None
    phrase = ex.before(k, loose)
    return ex.ref_of(phrase, "svo") if phrase is not None else None


def strong_subject(ex: Extraction, phrase: Phrase, gender: str) -> bool:
    """A phrase before a verb that is surely its subject (SVO), not an adverb: a title
    or institution, a known speaker or an entity mention, or one word before a feminine
    verb (وطهران نفت)."""
    tokens = ex.tokens
    first = tokens[phrase.start]
    if ex.is_stop(first.norm) or first.norm in ex.quantifier or first.norm in ex.connective:
        return False
    if phrase.title or tokens[phrase.end - 1].norm in ex.known:
        return True
    if ex.mentions and ex.mention_at(first.start, first.end) is not None:
        return True
    return gender == "f" and phrase.end - phrase.start == 1


def subject_ref(ex: Extraction, phrase: Phrase) -> Ref:
    """A sentence-initial subject, without a conjunction written on it (وموسكو)."""
    ref = ex.ref_of(phrase, "svo")
    tok = ex.tokens[phrase.start]
    cut = 0
    for seg in tok.segments:
        if seg.kind != "proclitic" or seg.text not in ("و", "ف"):
            break
        cut = seg.end - tok.start
    if len(tok.segments) < 2:
        cut = (
            1
            if tok.norm[:1] == "و" and len(tok.norm) >= 5 and tok.norm not in ex.source_heads
            else 0
        )
    if 0 < cut < tok.end - tok.start and ref.char_start == tok.start:
        ref.char_start += cut
        if ref.name_start == tok.start:
            ref.name_start += cut
    return ref


def sentence_subject(
    ex: Extraction, i: int, sentence: Sentence, gender: str, *, participle: bool = False
) -> Ref | None:
    """The subject of the first clause of ``sentence`` (before token ``i``): ``أما X
    ف…``, ``X دعت …`` (a feminine verb after it) or ``دعت X …`` (VSO); a noun phrase,
    never a phrase holding a verb."""
    tokens = ex.tokens
    k = sentence.token_start
    amma = False
    while k < i and is_filler(tokens[k].norm, ex.lex):
        amma = amma or tokens[k].norm in ex.amma
        k += 1
    if k + 1 >= i or tokens[k].kind != "word":
        return None
    first = tokens[k].norm
    if ex.is_stop(first) or first in ex.quantifier:
        return None
    if amma:
        return amma_subject(ex, k, i)
    if first in ex.cues:
        return None
    if gender == "f" and not participle:
        # SVO: X + a feminine perfect verb (وموسكو رفضت …)
        for m in range(k + 1, min(i, k + 5)):
            n = tokens[m].norm
            if tokens[m].kind != "word":
                break
            if feminine_verb(n) or (n in ex.cues and ex.cues[n].pos in VERBAL):
                phrase = ex.before(k, m)
                if phrase is not None and phrase.end - phrase.start <= 4:
                    return subject_ref(ex, phrase)
                break
    # VSO: the first word is the verb, its subject follows.
    if gender == "f" and not feminine_verb(first) and not participle:
        return None
    phrase = ex.after(k + 1, i)
    if phrase is None:
        return None
    strong = (
        phrase.title
        or tokens[phrase.start].norm.startswith("ال")
        or ex.mention_at(tokens[phrase.start].start, tokens[phrase.start].end) is not None
        or tokens[phrase.end - 1].norm in ex.known
    )
    if not (strong or participle or gender == "f"):
        return None
    head = tokens[phrase.start]
    person = head.start in ex.name_starts
    if (
        participle
        and not person
        and (
            suffixed(head.norm)  # (وأبرز) تصريحاته ...: a possessed noun is no speaker
            or (gender == "m" and head.norm.endswith("ة") and not phrase.title)  # قدرة التوزيع
        )
    ):
        return None
    return ex.ref_of(phrase, "sentence")


def sentence_speaker(
    ex: Extraction, i: int, sentence: Sentence, entry: CueEntry
) -> tuple[Ref | None, str]:
    """Whose participle this is: the speaker or subject of its sentence."""
    best = latest_speaker(ex, sentence.token_start, i)
    if best is not None:
        return best.ref, "sentence"
    ref = sentence_subject(ex, i, sentence, entry.gender, participle=True)
    if ref is not None:
        return ref, "sentence"
    return antecedent(ex, i, entry.gender, entry.number)


def elided(ex: Extraction, i: int, sentence: Sentence, entry: CueEntry) -> tuple[Ref | None, str]:
    """The speaker of a cue without a subject: the subject of the sentence's first
    clause when the cue opens a later one (أما أنقرة فدعت …، وقالت إن …), else the
    antecedent."""
    ref, how = antecedent(ex, i, entry.gender, entry.number)
    if i > sentence.token_start and (ref is None or not sentence.token_start <= ref.tok_start < i):
        subject = sentence_subject(ex, i, sentence, entry.gender)
        if subject is not None:
            register(ex, subject.tok_start, subject, entry.gender, entry.number)
            return subject, "sentence"
    return ref, how
