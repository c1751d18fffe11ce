"""Headlines: a paragraph opening ``speaker: content`` (``وزير الخارجية: «لا تراجع»``),
and a headline whose subject opens it before a speech verb in the present tense
(``الوزارة تنفي إغلاق المعبر``)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from operator import attrgetter

from ..document import Sentence
from ..lexicon.gazetteer import name_lists
from ..lexicon.keys import FUTURE, head_of, name_key
from ..lexicon.speech import CueEntry
from .attribute import Phrase
from .context import VERBAL, Extraction, Found, Ref
from .forms import is_filler, preposition_written_on, sound_plural_of_people
from .frames import content_end
from .marks import MARKS, Region
from .objects import object_start

__all__ = ["headline_frame", "headline_subject", "headlines", "title_line"]

_PARAGRAPH = attrgetter("paragraph")
#: How many words an adjunct may take between a headline's speaker and its colon.
_ADJUNCT = 5
#: How many words may stand before the verb of a headline (its subject).
_HEADLINE_SUBJECT = 7
#: How many tokens a name in marks after a headline's title may take, with its marks.
_MARKED_NAME = 4


def _colon(ex: Extraction, s: Sentence) -> int:
    """The colon after a speaker at the start of sentence ``s`` (``-1`` for none)."""
    tokens = ex.tokens
    t0 = s.token_start
    region = ex.region_at_open.get(t0)
    if (
        region is not None
        and t0 + 1 < region.close_i <= t0 + 5
        and region.end_i < s.token_end
        and tokens[region.end_i].text == ":"
    ):
        return region.end_i  # «النقد الدولي»: …
    colon = -1
    k = t0 + 1
    while k < min(s.token_end, t0 + 9):
        if tokens[k].text == ":":
            colon = k
            break
        inner = ex.region_at_open.get(k)
        if inner is not None and inner.close_i - k <= _MARKED_NAME and inner.end_i < s.token_end:
            k = inner.end_i  # a name in marks: مسؤول في «الكنام»: …، مخرج «الرحلة»: …
            continue
        if tokens[k].kind not in ("word", "latin") or tokens[k].norm in ex.cues:
            break
        k += 1
    if colon < 0 or tokens[t0].norm in ex.cues or tokens[t0].kind != "word":
        return -1
    if _topic_label(ex, t0, colon):
        return -1
    for k in range(t0, colon):
        if tokens[k].norm in ex.stop:
            break  # (an adjunct may name anyone: كريم سالم بعد لقائه الشاهد: …)
        if tokens[k].norm in ex.bad:
            return -1  # (written as listed: شاهد: is page furniture, الشاهد: a surname)
    return colon


def _topic_label(ex: Extraction, t0: int, colon: int) -> bool:
    """Whether the words before a headline's colon open with a sport, an ordinal, a club or
    an affair (class ``affair``), which name its topic (تنس: …، كرة اليد: …، الرابطة
    الثانية: …، النادي الصفاقسي: …، قضية سامي علي: …), unless a title opens them (رئيس
    جامعة الجمباز: …، النائب الأول: … speak)."""
    titles = ex.lex.words("title")
    first = ex.tokens[t0].norm
    if first in titles or head_of(first) in titles:
        return False
    if first in ex.lex.words("affair"):
        return True  # قضية سامي علي: …: the affair is the topic
    if first in ex.lex.words("club") and not any(
        (m := ex.mention_at(ex.tokens[k].start, ex.tokens[k].end)) is not None and m.label == "PER"
        for k in range(t0, colon)
    ):
        return True  # a club or a team: النادي الصفاقسي: …، المنتخب الوطني: … (not النجم سامي علي:)
    return any(
        ex.tokens[k].norm in ex.topic or "ال" + ex.tokens[k].norm in ex.topic
        for k in range(t0, min(colon, t0 + 2))
    )


def _adjunct_after(ex: Extraction, phrase: Phrase) -> bool:
    """Whether a person or a title that the phrase names is followed by an adjunct that a
    preposition opens (كريم سالم بعد لقائه الوزير: …، الوزيرة عن الإضراب: …، مندوبة الطفولة
    بالكاف: …)."""
    tokens = ex.tokens
    first = tokens[phrase.start]
    person = (m := ex.mention_at(first.start, first.end)) is not None and m.label == "PER"
    n = tokens[phrase.end].norm
    return (person or phrase.title) and (n in ex.stop or n.startswith("بال"))


def _event_at_place(ex: Extraction, a: int, b: int) -> bool:
    """Whether tokens ``[a, b)`` name something that happened at a place rather than a
    person: a word no mention covers, then a place (حريق لندن، فيضانات نابل)."""
    tokens = ex.tokens
    if not ex.mentions or ex.mention_at(tokens[a].start, tokens[a].end) is not None:
        return False
    return any(
        (m := ex.mention_at(tokens[k].start, tokens[k].end)) is not None and m.label == "LOC"
        for k in range(a + 1, b)
    )


def _speaker(ex: Extraction, s: Sentence, colon: int, whole: bool) -> Phrase | None:
    """The speaker phrase before the colon, if it names someone: a title, an entity, a
    short name in the first paragraph, or any phrase before a wholly quoted paragraph."""
    tokens = ex.tokens
    t0 = s.token_start
    region = ex.region_at_open.get(t0)
    quoted = region is not None and region.end_i == colon
    if region is not None and quoted:  # «النقد الدولي»: …، «الصحة»: …: a name in marks
        t0, colon = t0 + 1, region.close_i
    phrase = ex.after(t0, colon)
    if phrase is None:
        return None
    if phrase.end - t0 == 1 and phrase.end < colon and head_of(tokens[t0].norm) in ex.statement:
        k = phrase.end + (tokens[phrase.end].norm in ex.issuer_prep)
        issuer = ex.after(k, colon) if k < colon else None
        if issuer is not None and issuer.end == colon:
            phrase = issuer  # تقرير البنك المركزي: … (the bank speaks through its report)
    marked = _named_in_marks(ex, phrase, colon)
    if marked is not None and (tokens[phrase.end].norm == "في" or ex.is_naming(marked)):
        # مسؤول في «الكنام»: …، مدير عام شركة «الرحلات»: … (the body's name; not a work's:
        # مخرج «الرحلة»: …)
        phrase = replace(phrase, end=colon)
    gap = colon - phrase.end
    if not (
        gap == 0
        or marked is not None  # مخرج «الرحلة»: … (the title's work in marks)
        or (gap <= 3 and tokens[phrase.end].norm[:1] == "ل")  # whom it answers: الوزير للنواب:
        or (gap <= _ADJUNCT and _adjunct_after(ex, phrase))
        or (  # the body's name in Latin letters after a title: مدير عام STB: …
            gap <= 2 and phrase.title and all(t.kind == "latin" for t in tokens[phrase.end : colon])
        )
    ):
        return None
    names = (
        any(
            (m := ex.mention_at(tokens[k].start, tokens[k].end)) is not None
            and m.label in ("PER", "ORG")
            for k in range(t0, colon)
        )
        if ex.mentions
        else False
    )
    place = ex.mention_at(tokens[t0].start, tokens[t0].end) if ex.mentions else None
    short_name = (
        s.paragraph == 0
        and colon - t0 <= 3
        and (
            not any(tokens[k].norm.startswith("ال") for k in range(t0, colon))
            or (colon - t0 == 1 and "surname" in name_lists().word_kinds(name_key(tokens[t0].norm)))
        )  # (a surname with its article: الشاهد: …)
        and not _event_at_place(ex, t0, colon)
        # (a place alone is the topic of its headline: سوريا: فرار مئات المدنيين)
        and not (place is not None and place.label == "LOC" and place.end >= tokens[colon - 1].end)
    )
    return phrase if phrase.title or names or whole or short_name or quoted else None


def _named_in_marks(ex: Extraction, phrase: Phrase, colon: int) -> Region | None:
    """The name in marks of a few words, after في or not, that alone follows a title's
    phrase up to the colon (مخرج «الرحلة»: …، مسؤول في «الكنام»: …), if there is one."""
    if not phrase.title or phrase.end >= colon:
        return None
    k = phrase.end + (ex.tokens[phrase.end].norm == "في")
    region = ex.region_at_open.get(k)
    if region is None or region.end_i != colon or region.close_i - k > _MARKED_NAME:
        return None
    return region


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
        first = ex.mention_at(tokens[s.token_start].start, tokens[s.token_start].end)
        person = first is not None and first.label == "PER"
        if (cue is not None and cue.pos in VERBAL and not person) or body - colon > 40:
            return None  # a dateline: القاهرة: قال ... (not a person's words: X: جددت …)
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


def title_line(ex: Extraction, sentence: Sentence) -> bool:
    """Whether ``sentence`` is in the first line of a document that goes on after it,
    a line that does not end in a full stop: its title."""
    if sentence.paragraph != 0:
        return False
    k = bisect_right(ex.sentences, 0, key=_PARAGRAPH)  # the first sentence after the line
    if k >= len(ex.sentences):
        return False
    last = ex.tokens[ex.sentences[k - 1].token_end - 1]
    return (
        last.text != "."
        and "\n" in ex.text[last.end : ex.tokens[ex.sentences[k].token_start].start]
    )


def headline_subject(ex: Extraction, i: int, entry: CueEntry, sentence: Sentence) -> Ref | None:
    """The subject of a speech verb in the present tense that a headline (the first line)
    opens with: ``الوزارة تنفي …``، ``هيئة الانتخابات تهدد بـ…`` (after a colon too: ``في
    ذكرى الاستقلال: الحزب يدعو …``). The words before the verb are one speaker phrase that
    names someone: an entity mention, a title or an institution opens it."""
    tokens = ex.tokens
    n = tokens[i].norm
    if (
        entry.pos != "imperf"
        or entry.prefix not in ("", "و")
        or not title_line(ex, sentence)
        or (n.startswith(FUTURE) and n[1:] in ex.cues)
    ):
        return None  # (سيعلن: what will be said is not said yet)
    if entry.prefix or (i > 0 and tokens[i - 1].norm == "و"):
        # الشركة تدعم الإصلاح وتدعو إلى …: a second verb, the first verb's subject
        first_verbs = range(sentence.token_start + 1, i - 1)
        return next(
            (
                r
                for k in first_verbs
                if tokens[k].norm[:1] in "يت" and (r := _opening(ex, k, sentence))
            ),
            None,
        )
    return _opening(ex, i, sentence)


def _opening(ex: Extraction, i: int, sentence: Sentence) -> Ref | None:
    """The speaker phrase a headline opens with before its verb at token ``i``."""
    tokens = ex.tokens
    start = sentence.token_start
    for k in range(i - 1, max(sentence.token_start, i - _HEADLINE_SUBJECT - 2) - 1, -1):
        if tokens[k].text == ":":
            start = k + 1
            break
    quoted = start < i and tokens[start].text in MARKS  # «النقد الدولي» يتوقع …: a name
    start += quoted
    words = [k for k in range(start, i) if tokens[k].text not in MARKS]
    if not words or len(words) > _HEADLINE_SUBJECT or words[0] != start:
        return None
    if any(
        tokens[k].kind not in ("word", "latin", "number" if k == start else "word")
        or tokens[k].norm in ex.cues
        for k in words
    ):
        return None
    first = tokens[start]
    if (ex.is_stop(first.norm) and first.norm not in ex.lex.words("title")) or is_filler(
        first.norm, ex.lex
    ):
        return None  # (والي المهدية يؤكد …: a title, though spelled like و + إلى)
    phrase = (
        ex.before(start, words[-1] + 1)
        or _with_complement(ex, start, words[-1] + 1)
        or _coordinated_heads(ex, words)
    )
    if phrase is None:
        return None
    named = quoted or (ex.mentions and ex.mention_at(first.start, first.end) is not None)
    if not (named or phrase.title or _counts_heads(ex, words)):
        return None
    return ex.ref_of(phrase, "svo")


def _with_complement(ex: Extraction, a: int, b: int) -> Phrase | None:
    """A title or a body at token ``a`` with a complement a preposition opens up to the
    verb at ``b`` (المكلف بالإعلام ينفي …، هيئة الوقاية من التعذيب تهدد …): one phrase."""
    phrase = ex.after(a, b)
    if phrase is None or not phrase.title or phrase.end >= b:
        return None
    tok = ex.tokens[phrase.end]
    if tok.norm in ("من", "في", "على", "عن") or preposition_written_on(tok):
        return replace(phrase, end=b)
    return None


def _counts_heads(ex: Extraction, words: list[int]) -> bool:
    """Whether the words open with a title or institution, in the singular or the plural,
    after a number or not: الوزارة، شركات نفطية، 12 نائبا، 30 جمعية."""
    tokens = ex.tokens
    k = 1 if tokens[words[0]].kind == "number" and len(words) > 1 else 0
    head = head_of(tokens[words[k]].norm)
    # a human plural too: المحتجون يطالبون …، فلاحو الجهة يعبرون …
    return _is_head(ex, head, counted=k == 1) or head in ex.plural or sound_plural_of_people(head)


def _is_head(ex: Extraction, head: str, counted: bool = False) -> bool:
    """Whether ``head`` is a title or institution, in the singular or the plural (after a
    number, ``counted``, in the accusative: نائبا)."""
    heads = ex.lex.words("heads")
    return (
        head in heads
        or (head.endswith("ات") and head[:-2] + "ة" in heads)  # شركات
        or (counted and head.endswith("ا") and head[:-1] in heads)  # 12 نائبا
    )


def _coordinated_heads(ex: Extraction, words: list[int]) -> Phrase | None:
    """Two titles or institutions without the article joined by و, one subject of the
    verb after them (منظمات ونقابات ترفض …، جمعيات ونقابات تدعو …)."""
    tokens = ex.tokens
    if len(words) != 2 or words[1] != words[0] + 1:
        return None
    first, second = tokens[words[0]].norm, tokens[words[1]].norm
    if second[:1] != "و" or first.startswith("ال") or second.startswith("وال"):
        return None
    if not (_is_head(ex, head_of(first)) and _is_head(ex, head_of(second[1:]))):
        return None
    return Phrase(words[0], words[1] + 1, -1, True, tokens[words[0]].start)


def headline_frame(
    ex: Extraction, i: int, entry: CueEntry, frame: tuple[str, int, Region | None] | None
) -> tuple[str, int, Region | None] | None:
    """The frame of headline verb ``i`` given the frame its words open (``None``: none):
    the rest of the headline is the content of a verb that takes a direct object
    (``الحزب يدين الاعتداء على …``), unless a complementizer, colon or preposition of the
    verb opens it, or a quotation comes right after the verb or its preposition (``يدعو
    الحكومة إلى «…»``); none when words the verb cannot take as its content stand before
    a quotation (``تشدد إجراءات «…»``: tightens)."""
    if frame is None:
        # (a verb that takes no direct object names a topic: الحزب يوضح أسباب ...)
        return ("object", i, None) if "*" in entry.objects else None
    kind_of, k, _ = frame
    if kind_of != "region" or k == i + 1:
        return frame
    tokens = ex.tokens
    if any(
        tokens[m].norm in entry.objects or tokens[m].kind == "punct" or tokens[m].norm in ex.comp
        for m in range(i + 1, k)
    ):
        return frame
    if object_start(ex, i + 1, entry)[0] < 0:
        return None  # النمسا تشدد إجراءات «…»: the verb's object, not its words
    return ("object", i, None)  # سامسونغ تعلن سبب انفجار «نوت 7»: a quoted fragment
