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
from .appositions import (
    aged,
    complemented,
    named_after,
    one_person,
    placed_group,
    seated,
    whole_names,
)
from .attribute import Phrase
from .context import COMMA_LIKE, Extraction, Ref
from .continuity import antecedent, latest_speaker, names_one, register
from .forms import being_verb, nisba, preposition_written_on
from .frames import contrast_word, relay_at
from .marks import MARKS
from .objects import accusative_plural, not_subject, past_in_it, preposition_on
from .relatives import relative_antecedent
from .relays import person_or_title
from .statements import issuing_verb, named_statement, statement_issuer, statement_source
from .topics import (
    counted_group,
    fronted_subject,
    plural_group,
    questioned,
    sentence_subject,
    subject_ref,
    topic_subject,
)

#: How many words an addressee after a source phrase's verb may run to its comma.
_ADDRESSEE = 6

__all__ = [
    "clause_start",
    "complete",
    "elided",
    "past_addressee",
    "past_time",
    "relayed",
    "sentence_speaker",
    "sentence_subject",
    "strong_subject",
    "subject",
    "subject_ref",
]


def _own_preposition_after(ex: Extraction, phrase: Phrase, entry: CueEntry, end: int) -> bool:
    """Whether the verb's own preposition follows an indefinite statement noun and its
    adjectives: the noun is the subject and names no issuer (كشفت دراسة حديثة عن …، حذر
    تقرير من …; not after a genitive or a participle of issuing: بيان الوزارة، تقرير صادر
    عن الوزارة)."""
    tokens = ex.tokens
    adjectives = ex.lex.words("adjective")
    return (
        phrase.end < end
        and not tokens[phrase.start].norm.startswith("ال")  # (وأشار البيان إلى: its issuer's)
        and tokens[phrase.end].norm in entry.objects
        and all(
            nisba(tokens[k], tokens[k].norm) or tokens[k].norm in adjectives
            for k in range(phrase.start + 1, phrase.end)
        )
    )


def _subject_after(
    ex: Extraction, i: int, entry: CueEntry, phrase: Phrase, end: int
) -> tuple[Ref | None, int]:
    """The subject of cue ``i`` from the phrase after it (VSO), with the issuer of a
    statement (بيان صادر عن الوزارة) and the source of a medium (نقلا عن X)."""
    tokens = ex.tokens
    cut = next(
        (
            k
            for k in range(phrase.start + 1, phrase.end)
            if tokens[k].start not in ex.name_starts
            and tokens[k].norm not in ex.modifier  # (المتحدث باسم …)
            and preposition_on(ex, tokens[k], entry.objects)
        ),
        phrase.end,
    )
    if cut < phrase.end:  # وطالب الزوج بفتح تحقيق: the verb's preposition ends its subject
        name = phrase.name if phrase.name < cut else -1
        phrase = Phrase(phrase.start, cut, name, phrase.title, phrase.char_start, phrase.article)
    after = phrase.end
    ref: Ref | None = ex.ref_of(phrase, "vso")
    if entry.pos != "noun":
        ref, after = complete(ex, phrase, i, entry, end)
    named = ex.quoted_name(phrase.end, end) if ex.before_name(phrase) else None
    if named is not None:  # نقلت صحيفة «الخبر» أن ...: the medium is the name in the marks
        ref, after = named
    phrase = named_statement(ex, phrase)  # آخر الأرقام الصادرة عن …، نص البلاغ
    if head_of(tokens[phrase.start].norm) in ex.statement and not _own_preposition_after(
        ex, phrase, entry, end
    ):
        issuer = statement_source(ex, phrase, end)
        if issuer is not None:  # بيان صادر عن الوزارة
            ref, after = issuer[0], max(after, issuer[1])
        elif (
            ref is not None
            and tokens[phrase.start].norm.startswith("ال")
            and (phrase.end - phrase.start == 1 or phrase.name == phrase.start + 1)
        ):
            # وأكد البيان: the statement named before, issued by its speaker; a definite
            # noun has no genitive, so what follows it is the object (ودعا البيان الأطراف)
            one = Phrase(phrase.start, phrase.start + 1, -1, phrase.title, phrase.char_start)
            ref, after = ex.ref_of(one, "vso"), phrase.start + 1
            ref.same_as = statement_issuer(ex, i, head_of(tokens[phrase.start].norm))
    inner = relayed(ex, entry, after, end)
    if inner is not None:
        ref, after = ex.ref_of(inner, "vso"), inner.end
    return ref, after


def relayed(ex: Extraction, entry: CueEntry, k: int, end: int) -> Phrase | None:
    """The source a relaying verb names after its preposition (``عن``, ``إلى``) at token
    ``k`` or a few words after it, past the medium (نقلت الوكالة عن مسؤول ...، نقل تلفزيون
    فوكس عن شهود، نقلت «التايمز» عن ...، نسبت الوكالة إلى الوزير ...): the speaker, rather
    than the medium that relays it."""
    if entry.frame != "via":
        return None
    m = relay_at(ex, k, end, entry.objects, ex.comp)  # (نقلت الصحيفة أن …: no source)
    return ex.after(m + 1, end) if m >= 0 else None


def past_time(ex: Extraction, k: int, end: int) -> int:
    """The token after the time words (and a comma) at token ``k`` that stand between a
    verb and a subject phrase (أفاد اليوم الخميس، الناطق باسم المحكمة ...), also after
    the verb of a source phrase (وفق ما أكده اليوم الناطق …); ``k`` when none do or no
    subject phrase follows them."""
    m = k
    while m < end and (ex.tokens[m].norm in ex.adverb or ex.tokens[m].text in COMMA_LIKE):
        m += 1
    if m == k or m >= end or ex.tokens[m].kind != "word" or ex.tokens[m].norm in ex.connective:
        return k  # (قال -فيما يتعلق بالأمن- «…»: an aside, no subject)
    phrase = ex.after(m, end)
    return m if phrase is not None and (phrase.title or phrase.name >= 0) else k


def _subject_start(ex: Extraction, i: int, entry: CueEntry, end: int) -> int:
    """The token where the subject after cue ``i`` may start: past a comma before a
    person, a verb of issuing after a speech noun, or time words before a title or name."""
    first = i + 1
    if (
        first + 1 < end
        and ex.tokens[first].text in COMMA_LIKE
        and ex.tokens[first + 1].start in ex.name_starts
    ):
        return first + 1  # وأوضح، سامي علي، رئيس اللجنة، أن ...: the subject set off by commas
    if entry.pos == "noun" and first < end and issuing_verb(ex, first):
        return first + 1  # في بيان أصدره الحزب: the issuer, if any, follows the verb
    if entry.pos == "noun" and first < end and ex.came_in(first):
        return first + 2  # نشر تغريدة جاء فيها: issued by the clause's speaker
    return past_time(ex, first, end)  # أفاد اليوم الخميس، الناطق ...


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
    topic = topic_subject(ex, i, entry, sentence)
    if topic is not None:
        return topic, i + 1  # أما الحكومة فأكدت أن ...
    in_it = (
        past_in_it(ex, i, sentence.token_end)
        if entry.pos in ("perf", "imperf") and entry.number == "sg"
        else -1
    )
    if in_it > 0 and entry.frame != "describe" and not _after_relative(ex, i):
        return _after_in_it(ex, i, entry, in_it, sentence.token_end)
    # و written apart (و أضاف) opens a clause: no subject before it
    svo = entry.prefix == "" and (i == 0 or ex.tokens[i - 1].norm != "و")
    if svo:
        fronted = _strong_before(ex, i, entry, sentence) or fronted_subject(ex, i, sentence)
        if fronted is not None:
            return fronted, i + 1  # وطهران نفت الاتهامات، وكان عدد من النواب، …، قد أكدوا
    if entry.number != "sg" and entry.pos in ("perf", "imperf"):
        return None, i + 1  # واستنكروا صمت الوزارة: a verb in the plural holds its subject
    # (not نقلا عن, a source phrase written like a dual verb)
    inner = (
        None if ex.tokens[i].norm in ex.sources else relayed(ex, entry, i + 1, sentence.token_end)
    )
    if inner is not None:
        return ex.ref_of(inner, "vso"), inner.end  # نقلت الوكالة عن مسؤول قوله ...
    first = _subject_start(ex, i, entry, sentence.token_end)
    segments = ex.tokens[first].segments if first < sentence.token_end else ()
    phrase = (
        None  # وذكّر بدعوة حزبه ...، وقالت وفقا لنص خطابها: an object or a source phrase
        if (
            len(segments) > 1
            and segments[0].kind == "proclitic"
            and segments[0].text in "بك"
            and ex.tokens[first].start not in ex.name_starts  # not كمال، برهان
        )
        or (first < sentence.token_end and ex.source_word(first))
        else ex.after(first, sentence.token_end, connector=entry.pos == "noun")
    )
    if phrase is not None:
        if accusative_plural(ex, phrase):
            return None, i + 1  # وطالبت المسافرين بعدم …: the object, the subject elided
        if not_subject(ex, phrase, i, entry):
            return None, phrase.end  # ودعا الفلاحات إلى، وقال مخاطبا الحضور: subject elided
        return _subject_after(ex, i, entry, phrase, sentence.token_end)
    return _no_phrase_after(ex, i, entry, sentence, first, svo)


def _after_in_it(
    ex: Extraction, i: int, entry: CueEntry, first: int, end: int
) -> tuple[Ref | None, int]:
    """:func:`subject` of a cue ``i`` in the singular with "in it" after it, the pronoun
    of the statement or meeting named before it (أصدرت الوزارة، بلاغا شددت فيه على …):
    the noun before is no subject (SVO); the subject follows the pronoun when it names
    someone and the content opens right after it (يوم إعلامي أكد فيه ممثل الشركة أن …),
    else it is elided, the issuer named before, and what follows is the object
    (بلاغا أكدت من خلاله نأيها عن …، شكوى تتهم من خلالها النادي بـ …)."""
    phrase = ex.after(first, end)
    if (
        phrase is None
        or entry.lemma in ex.lex.words("asking")  # (دعت فيه الأطراف إلى …: the addressee)
        or not names_one(ex, phrase.start, phrase.end)
        or accusative_plural(ex, phrase)
        or not_subject(ex, phrase, i, entry)
    ):
        return None, first  # (أدان فيه التدخل …: the object, the subject elided)
    ref, after = _subject_after(ex, i, entry, phrase, end)
    nxt = ex.tokens[after] if after < end else None
    if nxt is None or not (
        nxt.norm in ex.comp or nxt.norm in entry.objects or nxt.text == ":" or nxt.text in MARKS
    ):
        return None, first  # (تتهم من خلالها النادي بـ …، جدد خلالها موقفه: an object)
    return ref, after


def _after_relative(ex: Extraction, i: int) -> bool:
    """Cue ``i`` follows a relative pronoun (التصريحات التي قال فيها …، المرة الأولى التي
    يقر فيها …), which its own rules read."""
    n = ex.tokens[i - 1].norm if i > 0 else ""
    return n in ex.relative or n[1:] in ex.relative


def _no_phrase_after(
    ex: Extraction, i: int, entry: CueEntry, sentence: Sentence, first: int, svo: bool
) -> tuple[Ref | None, int]:
    """:func:`subject` of cue ``i`` when no speaker phrase starts at token ``first``
    after it: an issuer elided, a name in marks, a group, or a subject before the cue."""
    if first > i + 1:
        # في بيان وجهته إلى ...: issued by the clause's speaker, named as its subject
        issuer, how = elided(ex, i, sentence, entry)
        return (replace(issuer, how=how) if issuer is not None else None), first
    if entry.pos != "noun":
        named = ex.quoted_name(first, sentence.token_end)
        if named is not None:
            return named  # ودعت «نقل تونس» إلى …: a name in marks
    if first < sentence.token_end:
        group = ex.partitive(first, sentence.token_end, "vso")
        if group is not None:
            return group, group.tok_end  # كما أعلن عدد من الشركات عن …
    if entry.pos == "noun" or not svo:
        return None, i + 1
    start = clause_start(ex, i, sentence)
    if start < i:
        before = ex.before(start, i)
        if before is not None and not _adjunct_at(ex, before.start):
            return ex.ref_of(before, "svo"), i + 1  # (وفي سياق آخر عبرت: an adjunct)
    return None, i + 1


def _adjunct_at(ex: Extraction, k: int) -> bool:
    """Token ``k`` opens a prepositional phrase: a preposition (وفي سياق آخر) or one
    written on it, after و or not (وبالتحري معهم)."""
    tok = ex.tokens[k]
    if ex.is_stop(tok.norm):
        return True
    return preposition_written_on(tok) and tok.start not in ex.name_starts


def _inside_other(ex: Extraction, offset: int, genitive: bool) -> bool:
    """Whether ``offset`` lies inside a mention other than a person's, not at its start
    unless a genitive of the title comes before it (مدير أيام قرطاج: a place, no name)."""
    k = bisect_right(ex.mention_starts, offset) - 1
    if k < 0:
        return False
    m = ex.mentions[k]
    return m.label != "PER" and (m.start < offset or genitive) and offset < m.end


def complete(
    ex: Extraction, phrase: Phrase, i: int, entry: CueEntry, end: int
) -> tuple[Ref | None, int]:
    """The subject after cue ``i`` from its first phrase, read on where the phrase
    grammar stops: ``المصدر ذاته`` (the previous speaker), ``عدد من التلاميذ`` (a
    partitive), and a title whose name follows an adjunct (``النائب عن الحزب، أحمد
    علي``, ``مدير الصحة بالجهة علي سالم``)."""
    tokens = ex.tokens
    phrase = whole_names(ex, phrase, end)
    a, b = phrase.start, phrase.end
    if phrase.name > a and _inside_other(ex, tokens[phrase.name].start, phrase.name > a + 1):
        # no name but the end of an organisation's: رئيس حزب تحيا (تونس)
        phrase = Phrase(a, b, -1, phrase.title, phrase.char_start, phrase.article)
    phrase = aged(ex, complemented(ex, seated(ex, one_person(ex, phrase), end), end), end)
    b = phrase.end
    ref = ex.ref_of(phrase, "vso")
    # المصدر (الأمني) ذاته، ضيف البرنامج: the previous speaker
    last = next((k for k in range(a + 1, min(a + 3, end)) if tokens[k].norm in ex.same), -1)
    if last < 0 and tokens[a].norm in ex.guest:
        last = b - 1
    if last > 0:
        same, how = antecedent(ex, i, entry.gender, entry.number)
        if same is not None:
            return Ref(
                a, last + 1, ref.char_start, tokens[last].end, -1, phrase.title, how, same_as=same
            ), last + 1
    group = ex.partitive(a, end, "vso") if b - a == 1 else None
    if group is not None:
        group = placed_group(ex, group, end)
        group.char_start = ref.char_start
        return group, group.tok_end
    named = named_after(ex, phrase, ref, end, "vso")
    return named if named is not None else (ref, b)


def clause_start(ex: Extraction, i: int, sentence: Sentence) -> int:
    """The first token of the clause holding token ``i`` (or ``i`` if far away): after
    a comma, colon, bracket, quotation mark or complementizer (يذكر أن X قد علق ...),
    or a verb of being with its conjunction (… وكانت تقارير صحفية أشارت ...); right at
    ``i`` after a conjunction that opens a clause (… قريبا كما شدد: no subject before)."""
    tokens = ex.tokens
    k = i - 1
    if k >= sentence.token_start and contrast_word(ex, tokens[k].norm):
        return i
    floor = max(sentence.token_start, i - 12)
    while k >= floor:
        tok = tokens[k]
        if (
            (
                tok.kind == "punct"
                and (tok.text in COMMA_LIKE or tok.text in (":", "(", ")") or tok.text in MARKS)
            )
            or tok.norm in ex.comp
            or being_verb(tok.norm, joined=True)
        ):
            return k + 1
        k -= 1
    return sentence.token_start if k < sentence.token_start else i


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


def sentence_speaker(
    ex: Extraction, i: int, sentence: Sentence, entry: CueEntry
) -> tuple[Ref | None, str]:
    """Whose participle this is: the speaker or subject of its sentence."""
    best = latest_speaker(ex, sentence.token_start, i, entry.gender, entry.number)
    last = ex.found[-1] if ex.found else None
    if (
        last is not None
        and last.ref is not None
        and last.frame != "source"  # (a source phrase names a medium, not the clause's agent)
        and last.how not in ("vso", "svo")  # (a named speaker agrees: latest_speaker)
        and max(sentence.token_start, best.tok if best is not None else -1) <= last.first_tok < i
    ):
        return last.ref, last.how  # ونفى وجود …، متابعا: the sentence's quote, elided too
    if (
        last is not None
        and last.ref is not None
        and last.frame == "source"
        and person_or_title(ex, last.ref)
        and max(sentence.token_start, best.tok if best is not None else -1) < last.ref.tok_start < i
    ):
        return last.ref, last.how  # وسيساهم المصنع، حسب الوزير، في …، مشيرا: the source's
    if best is not None:
        return best.ref, "sentence"
    ref = sentence_subject(ex, i, sentence, entry.gender, participle=True)
    if ref is not None and not _after_passive(ex, ref.tok_start):
        return ref, "sentence"
    return _plural_group_first(
        ex, i, sentence, entry, *antecedent(ex, i, entry.gender, entry.number)
    )


def _after_passive(ex: Extraction, k: int) -> bool:
    """Token ``k`` follows a passive auxiliary (وتم الكشف عن …، مبينين): a verbal noun,
    no one's name."""
    n = ex.tokens[k - 1].norm if k > 0 else ""
    return (n[1:] if n[:1] in ("و", "ف") else n) in ex.lex.words("passive_auxiliary")


def _plural_group_first(
    ex: Extraction, i: int, sentence: Sentence, entry: CueEntry, ref: Ref | None, how: str
) -> tuple[Ref | None, str]:
    """For a cue in the plural with no antecedent that agrees, the human plural named
    last in its sentence (وأكد مراسلنا أن عدد المحتجين …، وهددوا: the protesters, not the
    reporter); else ``ref`` as found."""
    if entry.number == "pl" and (ref is None or how == "antecedent-any"):
        group = plural_group(ex, i, sentence)  # تظاهر مئات الكوريين …، ودعوا
        if group is not None:
            return group, "sentence"
    return ref, how


def elided(ex: Extraction, i: int, sentence: Sentence, entry: CueEntry) -> tuple[Ref | None, str]:
    """The speaker of a cue without a subject: the subject of the sentence's first
    clause when the cue opens a later one (أما أنقرة فدعت …، وقالت إن …), else the
    antecedent; after the ل of purpose (…، ليؤكد أن), whose subject is its clause's, as
    for a participle."""
    if entry.prefix == "ل":
        return sentence_speaker(ex, i, sentence, entry)
    named = relative_antecedent(ex, i, sentence)
    if named is not None:
        if entry.number == "sg":  # (a plural's antecedent may be two bodies: X وY الذين)
            register(ex, named.tok_start, named, entry.gender, entry.number)  # (…، كما أشار)
        return named, "sentence"
    named = questioned(ex, i, sentence)
    if named is None:
        named = counted_group(ex, i, sentence, entry.number)
    if named is not None:
        return named, "sentence"
    after = ex.tokens[i + 1].norm if i + 1 < sentence.token_end else ""
    ref, how = antecedent(
        ex, i, entry.gender, entry.number, addressee=after if after[:1] == "ل" else ""
    )
    if i > sentence.token_start and (ref is None or not sentence.token_start <= ref.tok_start < i):
        subject = sentence_subject(ex, i, sentence, entry.gender)
        if subject is not None:
            register(ex, subject.tok_start, subject, entry.gender, entry.number)
            return subject, "sentence"
    return _plural_group_first(ex, i, sentence, entry, ref, how)


def past_addressee(ex: Extraction, j: int, end: int) -> int:
    """The token after a medium or an addressee written with ل at token ``j`` after the
    verb of a source phrase, whom the words were given to, when a title or a name follows
    it (وفق ما أكده للإذاعة، الناطق باسم المحكمة …، حسب ما أكده لمراسل الإذاعة، الوزير
    …، وفق ما أكده لجوهرة «أف أم» الناطق …); ``j`` otherwise."""
    tokens = ex.tokens
    tok = tokens[j]
    if len(tok.norm) < 4 or tok.norm[0] != "ل":
        return j
    medium = ex.mention_at(tok.start + 1, tok.end)
    if medium is not None and (medium.label == "PER" or medium.start > tok.start + 2):
        medium = None
    if medium is None and ex.addressee.isdisjoint((head_of(tok.norm[1:]), head_of(tok.norm))):
        return j
    k = next((m for m in range(j + 1, min(end, j + _ADDRESSEE)) if tokens[m].kind != "word"), -1)
    region = ex.region_at_open.get(k) if k > 0 else None
    if region is not None and region.end_i < end:
        k = region.end_i  # لجوهرة «أف أم» الناطق …: the medium's name in marks
        k += k < end and tokens[k].text in COMMA_LIKE
    elif k > 0 and tokens[k].text in COMMA_LIKE:
        k += 1  # …، الناطق باسم المحكمة: the source after the addressee's comma
    elif medium is not None:
        k = j
        while k < end and tokens[k].start < medium.end:
            k += 1
        k = past_time(ex, k, end)  # لجوهرة أف أم اليوم الكاتبة العامة …
    else:
        return j
    phrase = ex.after(k, end) if k < end else None
    return k if phrase is not None and (phrase.title or phrase.name >= 0) else j
