"""Names in apposition to a speaker phrase: the person a title leads to past its adjunct,
marks or an aside (``النائب عن الحزب، أحمد علي``), a phrase read to the end of a name it
stops inside, and a person's name cut before the object that follows it."""

from __future__ import annotations

from bisect import bisect_right

from ..lexicon.keys import head_of
from .attribute import Phrase
from .context import COMMA_LIKE, Extraction, Ref
from .forms import held_inside, nisba, sound_plural_of_people
from .marks import Region

__all__ = [
    "aged",
    "complemented",
    "named_after",
    "one_person",
    "participle_place",
    "placed_group",
    "seated",
    "title_apposed",
    "whole_names",
]

#: How far after a title phrase the person named in apposition may stand.
_APPOSITION_GAP = 10
#: How many words a participle's complement in a speaker phrase may hold.
_COMPLEMENT = 6
#: How many words an age (في السابعة عشرة من عمره) may hold between في and من.
_AGE = 4


def whole_names(ex: Extraction, phrase: Phrase, end: int) -> Phrase:
    """The phrase read on to the end of a name it stops inside (before token ``end``): a
    speaker does not stop inside a name (مسؤول في الاتحاد الإفريقي لكرة اليد، الشركة
    التونسية للكهرباء والغاز، وكالة ريا نوفوستي)."""
    tokens = ex.tokens
    a, b = phrase.start, phrase.end
    k = bisect_right(ex.mention_starts, tokens[b - 1].start) - 1
    if k < 0 or tokens[b - 1].end >= ex.mentions[k].end or b >= end:
        return phrase
    reporter = ex.lex.words("correspondent")
    while b < end and tokens[b].start < ex.mentions[k].end:
        n = tokens[b].norm
        if n[:1] == "ل" and head_of(n[1:]) in reporter:
            break  # (not over a reporter a name ran into: الشرطة البلدية لمراسل الإذاعة)
        b += 1
    return Phrase(a, b, phrase.name, phrase.title, phrase.char_start, phrase.article)


def _addressee(ex: Extraction, n: str) -> bool:
    """A word with ل written on it that names whom the words were given to (لمراسل،
    لمراسلتنا، للجوهرة, class ``addressee``)."""
    return n[:1] == "ل" and (head_of(n[1:]) in ex.addressee or head_of(n) in ex.addressee)


def seated(ex: Extraction, phrase: Phrase, end: int) -> Phrase:
    """A title phrase without a name read on over في and the organisation it belongs to
    (القيادي في حركة النهضة), or a body's over the place it stands in (القوات المسلحة في
    كوريا الجنوبية; not a person's: الرئيس في باريس is where the words were said), or a
    regional official's over the town of the seat written with ب (المديرة الجهوية للتجارة
    بالمنستير), before token ``end``."""
    tokens = ex.tokens
    b = phrase.end
    reporter = _reporter(ex, tokens[phrase.start].norm) and phrase.name < 0
    if (not phrase.title and not reporter) or phrase.name >= 0 or b + 1 >= end:
        return phrase
    named = (
        ex.quoted_name(b, end)
        if tokens[b].kind == "punct"
        and head_of(tokens[phrase.start].norm) in ex.lex.words("title")
        and not ex.before_name(phrase)
        else None
    )
    if named is not None:  # موفد «الجوهرة أف أم»: the body named in marks after the title
        phrase = Phrase(phrase.start, named[1], -1, True, phrase.char_start, phrase.article)
    if reporter:
        return _posted(ex, phrase, end)
    if named is not None:
        return phrase
    if tokens[b].norm == "في":
        at = tokens[b + 1].start
    elif tokens[b].norm[:1] == "ب" and len(tokens[b].norm) > 3:
        at = tokens[b].start + 1  # ب written on the body: (مساعد الشؤون السياسية) بمكتب …
    else:
        return phrase
    body = ex.mention_at(at, tokens[b + 1].end)
    if body is None or body.start != at:
        return phrase
    regional = at == tokens[b].start + 1 and any(
        tokens[k].norm in ex.lex.words("regional") for k in range(phrase.start, b)
    )
    if body.label != "ORG" and (
        body.label != "LOC"
        or (head_of(tokens[phrase.start].norm) in ex.lex.words("title") and not regional)
    ):
        return phrase
    k = b
    while k < end and tokens[k].start < body.end:
        k += 1
    return Phrase(phrase.start, k, -1, True, phrase.char_start, phrase.article)


def _reporter(ex: Extraction, norm: str) -> bool:
    """A correspondent or envoy of a medium (class ``correspondent``: مراسل، مراسلنا)."""
    return norm in ex.lex.words("correspondent") or head_of(norm) in ex.lex.words("correspondent")


def _posted(ex: Extraction, phrase: Phrase, end: int) -> Phrase:
    """A correspondent's phrase read on over the place of its posting, a place after في
    or written with ب (مراسل الإذاعة بالجهة، مراسلنا في صفاقس، مراسلة «الجوهرة» بالكاف)."""
    tokens = ex.tokens
    k = phrase.end
    if k + 1 >= end:
        return phrase
    n = tokens[k].norm
    if n == "في":
        at, word = k + 1, tokens[k + 1].norm
        start = tokens[at].start
    elif n[:1] == "ب" and len(n) > 3:
        at, word = k, n[1:]
        start = tokens[at].start + 1
    else:
        return phrase
    place = ex.mention_at(start, tokens[at].end)
    m = at + 1
    if place is not None and place.start == start and place.label == "LOC":
        while m < end and tokens[m].start < place.end:
            m += 1
    elif not (word.startswith("ال") and word in ex.lex.words("place_noun")):
        return phrase  # (مراسل الإذاعة في تصريح: no place)
    return Phrase(phrase.start, m, -1, phrase.title, phrase.char_start, phrase.article)


def one_person(ex: Extraction, phrase: Phrase) -> Phrase:
    """The phrase cut where its person's name ends when words that are no part of it
    and another person's name follow inside it (سامي الحداد لجوء كريم العلي إلى …: the
    object and its person)."""
    tokens = ex.tokens
    if phrase.name < 0:
        return phrase
    person = ex.mention_at(tokens[phrase.name].start, tokens[phrase.name].end)
    if person is None or person.label != "PER":
        return phrase
    k = phrase.name
    while k < phrase.end and tokens[k].end <= person.end:
        k += 1
    if k == phrase.end:
        return phrase
    following = ex.mention_at(tokens[k].start, tokens[k].end)
    if following is not None and following.start == tokens[k].start:
        # ودعا ماكرون بوتين، ودعا المسماري قطر إلى …: the subject's name, then its object's
        return Phrase(phrase.start, k, phrase.name, phrase.title, phrase.char_start, phrase.article)
    if tokens[k].start in ex.name_starts:
        return phrase
    if not any(tokens[m].start in ex.name_starts for m in range(k + 1, phrase.end)):
        return phrase
    return Phrase(phrase.start, k, phrase.name, phrase.title, phrase.char_start, phrase.article)


def named_after(
    ex: Extraction, phrase: Phrase, ref: Ref, end: int, how: str
) -> tuple[Ref, int] | None:
    """A title phrase without a name read on to the person named after its adjunct
    (``النائب عن الحزب، أحمد علي``, ``رئيس كتلة "نداء تونس"، سفيان طوبال``), and the
    token after the name; ``None`` if none."""
    if not phrase.title or phrase.name >= 0 or not ex.name_starts:
        return None
    tokens = ex.tokens
    body = ex.mention_at(phrase.char_start, tokens[phrase.start].end)
    if body is not None and body.label != "PER" and body.end >= tokens[phrase.end - 1].end:
        return None  # أعلن البيت الأبيض استقالة مايكل فلين: a named body is no title
    head = head_of(tokens[phrase.start].norm)
    if head in ex.lex.words("org_head") and head not in ex.lex.words("title"):
        return None  # أعلنت الهيئة في بيانها تكليف سامي علي: a body's head is no person's
    a, b = phrase.start, ref.tok_end
    adjunct = False  # a word of an adjunct read since the phrase (not an adverb)
    k, stop = b, min(end, b + _APPOSITION_GAP)
    while k < stop:
        tok = tokens[k]
        if tok.start in ex.name_starts or _split_name(ex, k):
            name = ex.after(k, end)
            if name is None:
                break
            name = one_person(ex, name)
            held = held_inside([t.norm for t in tokens[a:k]])  # (the phrase speaks)
            return Ref(
                a,
                name.end,
                ref.char_start,
                tokens[name.end - 1].end,
                -1 if held else tok.start,
                True,
                how,
            ), name.end
        region = ex.region_at_open.get(k)
        if region is not None and _person_in_marks(ex, region, end):
            # مدير المهرجان «سامي العلي»: the person named in the marks
            first, last = tokens[region.open_i + 1], tokens[region.close_i - 1]
            return Ref(a, region.end_i, ref.char_start, last.end, first.start, True, how), (
                region.end_i
            )
        if region is not None and (k == b or ex.is_naming(region)) and region.end_i < end:
            k = region.end_i  # a body's name in marks: رئيس كتلة "نداء تونس"، مدير بـ"ستاغ"
            continue
        if tok.text == "(":
            close = next((m for m in range(k + 1, stop) if tokens[m].text == ")"), -1)
            if close > 0:
                k = close + 1  # an aside: أمين عام منظمة سيكو (منظمة صينية)، هونغ هونغ
                continue
        n = tok.norm
        if (
            (tok.kind == "punct" and tok.text not in COMMA_LIKE)
            or n in ex.comp
            or n in ex.lead
            or n in ex.cues
            or n == "مع"
            or n in ex.lex.words("among")
            or (head_of(n) in ex.addressee and n[:1] != "ب")  # (المكلف بالإعلام: his charge)
            or (
                not adjunct
                and n.startswith("ال")
                and head_of(n) in ex.lex.words("title")
                and how != "source"  # (a source phrase has no object)
                and not _honorific_after_office(ex, phrase, k)
            )
        ):
            break  # (قال الوزير مع نظيره سامي علي، مسؤولون بينهم سامي علي: not the
            # speaker's name; ودعت الهيئة أيضا الوزير سامي علي: a person's title right
            # after the phrase is the object's)
        adjunct = adjunct or n not in ex.adverb
        k += 1
    return None


def _honorific_after_office(ex: Extraction, phrase: Phrase, k: int) -> bool:
    """Token ``k``, right after a title phrase of an office with its complement, is a
    rank or courtesy title (class ``honorific``) before the office holder's name
    (المتحدث باسم الجيش العقيد سامي علي), not the title of the verb's object."""
    return (
        k == phrase.end
        and phrase.end - phrase.start > 1
        and ex.tokens[k].norm in ex.lex.words("honorific")
        and head_of(ex.tokens[phrase.start].norm) in ex.lex.words("title")
    )


def _person_in_marks(ex: Extraction, region: Region, end: int) -> bool:
    """Whether a person mention fills the marks of ``region`` (before token ``end``)."""
    if region.close_i <= region.open_i + 1 or region.end_i > end:
        return False
    tokens = ex.tokens
    first, last = tokens[region.open_i + 1], tokens[region.close_i - 1]
    person = ex.mention_at(first.start, first.end)
    return (
        person is not None
        and person.label == "PER"
        and person.start == first.start
        and person.end == last.end
    )


def _split_name(ex: Extraction, k: int) -> bool:
    """A person mention starts inside token ``k``: a name that lost a letter to a clitic
    split (بيار -> ب + يار), whole again when read as a title's apposition."""
    tok = ex.tokens[k]
    person = ex.mention_at(tok.start + 1, tok.end)
    return person is not None and person.label == "PER"


def complemented(ex: Extraction, phrase: Phrase, end: int) -> Phrase:
    """A phrase without a name that ends in a participle read on over the participle's
    complement to the complementizer right after it (مؤسستان مختصتان في حماية البيانات
    إنهما …، الشركة المطورة لتطبيق التراسل أنه …), before token ``end``."""
    tokens = ex.tokens
    b = phrase.end
    last = tokens[b - 1].norm
    named = phrase.name >= 0 and tokens[phrase.name].start in ex.name_starts
    if not named and b - phrase.start == 1 and b + 1 < end and tokens[b].norm == "في":
        return _participants(ex, phrase, end)
    if named or b - phrase.start < 2 or not _participle(last):
        return phrase
    if b < end and tokens[b].norm.startswith("ال"):
        return phrase  # (الطبيب المذكور) المعلمة أن: a definite noun the grammar left out
        # is the verb's object; a participle's complement opens with its preposition
    placed = participle_place(ex, b, end)
    if placed > b:  # الجالية المقيمة بغينيا
        return Phrase(phrase.start, placed, phrase.name, phrase.title, phrase.char_start)
    for k in range(b, min(end, b + _COMPLEMENT + 1)):
        if tokens[k].norm in ex.comp:
            if k == b or (k == b + 1 and ex.is_stop(tokens[b].norm)):
                return phrase  # (رئيس المنظمة إلى أنه: a preposition alone, the verb's)
            return Phrase(phrase.start, k, phrase.name, phrase.title, phrase.char_start)
        if _ends_complement(ex, k):
            break
    return phrase


def _participants(ex: Extraction, phrase: Phrase, end: int) -> Phrase:
    """A participle's plural of people alone read on over في and the definite noun it
    takes part in, with that noun's nisba adjectives (المشاركون في الاجتماع، المشاركون في
    هذه الدورة; not an adjunct or a statement: المحتجون في تصريحات), before token ``end``."""
    tokens = ex.tokens
    n = tokens[phrase.start].norm
    if not (n.startswith("ال") and n[2:3] == "م" and sound_plural_of_people(n[2:])):
        return phrase
    k = phrase.end + 1
    k += k + 1 < end and tokens[k].norm in ex.demonstrative  # في هذه الدورة
    w = tokens[k].norm
    if not w.startswith("ال") or head_of(w) in ex.statement or tokens[k].start in ex.name_starts:
        return phrase  # (an event they take part in is no adjunct here: في الاجتماع)
    k += 1
    while k < end and tokens[k].norm.startswith("ال") and nisba(tokens[k], tokens[k].norm):
        k += 1
    return Phrase(phrase.start, k, phrase.name, phrase.title, phrase.char_start)


def participle_place(ex: Extraction, b: int, end: int) -> int:
    """The end of a place written with ب right after a participle ending at token ``b``
    (المقيمة بغينيا، المقيمين بفرنسا), before token ``end``; ``b`` when there is none."""
    tokens = ex.tokens
    if b >= end or not _participle(tokens[b - 1].norm) or tokens[b].norm[:1] != "ب":
        return b
    place = ex.mention_at(tokens[b].start + 1, tokens[b].end)
    if place is None or place.label != "LOC" or place.start != tokens[b].start + 1:
        return b
    k = b
    while k < end and tokens[k].start < place.end:
        k += 1
    return k


def placed_group(ex: Extraction, group: Ref, end: int) -> Ref:
    """A group (عدد من أفراد الجالية المقيمة) read on over the place written with ب
    after its participle (بغينيا), before token ``end``."""
    b = participle_place(ex, group.tok_end, end)
    if b > group.tok_end:
        group.tok_end, group.char_end = b, ex.tokens[b - 1].end
    return group


def _ends_complement(ex: Extraction, k: int) -> bool:
    """Token ``k`` is no part of a participle's complement: punctuation, a time word, a
    cue, a person's name, an addressee, an adjunct or a statement (في بيان)."""
    tok = ex.tokens[k]
    n = tok.norm
    return (
        tok.kind != "word"
        or n in ex.adverb
        or n in ex.cues
        or tok.start in ex.name_starts
        or head_of(n[1:]) in ex.addressee
        or _addressee(ex, n)
        or head_of(n) in ex.lex.words("adjunct")  # (الوزارة المعنية) في بيان
        or head_of(n) in ex.statement
    )


def _participle(norm: str) -> bool:
    """A participle that takes a prepositional complement: متخصصة، المطورة، الناطقة."""
    base = norm[2:] if norm.startswith("ال") else norm
    return (len(base) >= 5 and base[0] == "م") or base.startswith("ناطق")


def aged(ex: Extraction, phrase: Phrase, end: int) -> Phrase:
    """A phrase without a person's name read on over the age that follows its head or
    stands in it (طالب في السابعة عشرة من عمره، امرأة في الخمسين من عمرها), before
    token ``end``."""
    tokens = ex.tokens
    if phrase.name >= 0 and tokens[phrase.name].start in ex.name_starts:
        return phrase
    stop = min(phrase.end + 1, end)
    at = next((k for k in range(phrase.start + 1, stop) if tokens[k].norm == "في"), -1)
    if at < 0:
        return phrase
    for k in range(at + 2, min(end - 1, at + 2 + _AGE)):
        if tokens[k].norm == "من" and tokens[k + 1].norm.startswith("عمر"):
            return Phrase(phrase.start, k + 2, phrase.name, phrase.title, phrase.char_start)
        if tokens[k].kind not in ("word", "number") or tokens[k].norm in ex.comp:
            break
    return phrase


def title_apposed(ex: Extraction, k: int, end: int) -> int:
    """The token after a title in apposition to a person named right before the comma
    at token ``k``, read to the end of a name it stops inside and over its seat (سامي علي،
    مدير الجمعية …، المدير الجهوي للتجارة بسوسة …), before token ``end``; ``k`` when
    there is none."""
    tokens = ex.tokens
    if not 0 < k < end - 2 or tokens[k].text not in COMMA_LIKE:
        return k
    person = ex.mention_over(tokens[k - 1])
    if person is None or person.label != "PER" or person.end < tokens[k - 1].end:
        return k
    phrase = ex.after(k + 1, end)
    if (
        phrase is None
        or phrase.name >= 0
        or head_of(tokens[k + 1].norm) not in ex.lex.words("title")
        or head_of(tokens[k + 1].norm) in ex.plural  # (a group: دعا X، سكان المدينة إلى …)
    ):
        return k
    b = seated(ex, whole_names(ex, phrase, end), end).end
    return b if b < end else k
