"""Subjects set before their verb, apart from it: a topic after ``أما`` (``أما الحكومة
فأكدت``، ``أما النقابة، التي …، فأكدت``) and a subject after a verb of being with a clause
between commas before the verb (``وكان عدد من النواب، …، قد أكدوا``); a person named in
apposition right after the subject (``أما القيادي بالحزب، كريم سالم، فقال``) is the
speaker; the subject of a sentence's first clause, which an elided cue or a participle
later in the sentence speaks for; and the one questioned in an adjunct opening it
(``وبالتحري مع المظنون فيه، أفاد``); and the pair a cue in the dual with no subject speaks
for (``… القبض على شابين …. وقد اعترفا``). Used by :mod:`.speakers` and :mod:`.sources`.
"""

from __future__ import annotations

from dataclasses import replace

from ..document import Sentence, Token
from ..lexicon.keys import head_of, name_key
from ..lexicon.speech import CueEntry
from .appositions import named_after, seated
from .attribute import Phrase
from .context import COMMA_LIKE, VERBAL, Extraction, Ref
from .forms import being_verb, feminine_verb, is_filler, sound_plural_of_people, suffixed

__all__ = [
    "amma_subject",
    "counted_group",
    "dual_group",
    "fronted_subject",
    "plural_group",
    "questioned",
    "questioned_group",
    "sentence_subject",
    "subject_ref",
    "topic_subject",
]

_MAX_SUBJECT = 8
#: How far after the subject's comma the ف-word of ``أما X، …، فـ…`` may come.
_TOPIC_GAP = 20
#: How far a fronted subject may stand from its verb (وكان X، …، قد أكد).
_FRONTED_SPAN = 30
#: How far into its sentence an adjunct of questioning (وبالتحري مع) may start.
_INQUIRY_LEAD = 3
#: How far before a cue an adjunct of questioning with its pronoun may start.
_INQUIRY_REACH = 15
#: A preposition with its pronoun that completes a passive participle (المظنون فيه).
_ON_HIM = frozenset({"فيه", "فيها", "فيهم", "فيهما", "به", "بها", "بهم"})


def topic_subject(ex: Extraction, i: int, entry: CueEntry, sentence: Sentence) -> Ref | None:
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
        if stop < i and tokens[stop].text in COMMA_LIKE:
            return _amma_apposition(ex, k, stop, i)
        return None
    phrase = ex.before(k, loose)
    return ex.ref_of(phrase, "svo") if phrase is not None else None


def _amma_apposition(ex: Extraction, k: int, comma: int, i: int) -> Ref | None:
    """``أما X، …، فـ…``: X up to the ``comma``, when a ف-word that reads as a verb (or
    فقد) opens a clause after a later comma, before token ``i``; or the person named
    right after X, between the commas (أما القيادي بالحزب، كريم سالم، فقال)."""
    tokens = ex.tokens
    for m in range(comma + 1, min(i, comma + _TOPIC_GAP)):
        tok = tokens[m]
        if tok.kind == "punct" and tok.text not in COMMA_LIKE:
            return None
        n = tok.norm
        if (
            len(n) >= 3
            and n[0] == "ف"
            and tokens[m - 1].text in COMMA_LIKE
            and (n in ex.lead or n[1:] in ex.cues or feminine_verb(n[1:]))
        ):
            break
    else:
        return None
    return _topic_ref(ex, k, comma, m - 1)


def fronted_subject(ex: Extraction, i: int, sentence: Sentence) -> Ref | None:
    """The subject of a sentence opened by a verb of being and set off from its verb at
    token ``i`` by a clause between commas: ``وكان عدد من النواب، …، قد أكدوا`` (the
    subject up to the first comma; a quantifier with من takes its group)."""
    tokens = ex.tokens
    p = i - 1
    while p > sentence.token_start and is_filler(tokens[p].norm, ex.lex):
        p -= 1  # (قد)
    k = sentence.token_start
    if p - k > _FRONTED_SPAN or tokens[p].text not in COMMA_LIKE:
        return None
    if any(being_verb(tokens[m].norm) for m in range(p + 1, i)):
        return _set_off_before_being(ex, k, p)  # يذكر أن X، …، كان نفى
    being = False
    while k < p and is_filler(tokens[k].norm, ex.lex):
        n = tokens[k].norm
        being = being or being_verb(n)
        k += 1
    comma = k
    while comma < p and tokens[comma].text not in COMMA_LIKE:
        comma += 1
    if not being or comma in (k, p):
        return None
    if tokens[k].norm in ex.quantifier and tokens[k + 1].norm == "من" and k + 2 < comma:
        group = ex.partitive(k, comma, "svo")  # عدد من النواب: the group up to the comma
        if group is not None:
            group.tok_end, group.char_end = comma, tokens[comma - 1].end
        return group
    return _topic_ref(ex, k, comma, p)


def _set_off_before_being(ex: Extraction, k: int, last_comma: int) -> Ref | None:
    """The subject opening the clause (at token ``k`` or after a complementizer) and set
    off by a clause between commas before a verb of being: ``يذكر أن سامي علي، رجل
    الأعمال، كان نفى``."""
    tokens = ex.tokens
    comma = k
    while comma < last_comma and tokens[comma].text not in COMMA_LIKE:
        if tokens[comma].norm in ex.comp:
            k = comma + 1
        comma += 1
    if comma <= k:
        return None
    return _topic_ref(ex, k, comma, last_comma)


def _topic_ref(ex: Extraction, k: int, comma: int, end: int) -> Ref | None:
    """A subject set off before its verb, from token ``k`` to the ``comma``; or the person
    named right after it, up to the next comma before ``end`` (وكان نائب المدير، سامي
    علي، قد أكد)."""
    tokens = ex.tokens
    if comma + 1 < end and tokens[comma + 1].start in ex.name_starts:
        nxt = comma + 1
        while nxt < end and tokens[nxt].text not in COMMA_LIKE:
            nxt += 1
        name = ex.before(comma + 1, nxt)
        if name is not None:
            return ex.ref_of(name, "svo")
    topic = ex.before(k, comma)
    return ex.ref_of(topic, "svo") if topic is not None else None


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


def _opening(ex: Extraction, k: int, i: int) -> tuple[int, bool]:
    """The first token of a sentence's first clause from token ``k`` (before ``i``),
    past fillers, ``(و)من جانبه،`` (for his part, class ``own_side``), an impersonal lead
    with its complementizer (``يشار إلى أنه،``، ``يذكر أن``, class ``impersonal``) and a
    prepositional adjunct set off by a comma (``إثر افتتاح الدورة،``); and whether a
    filler was ``أما``."""
    tokens = ex.tokens
    amma = False
    while k < i:
        n = tokens[k].norm
        if is_filler(n, ex.lex):
            amma = amma or n in ex.amma
        elif n in ("من", "ومن") and k + 1 < i and tokens[k + 1].norm in ex.lex.words("own_side"):
            k += 1
            k += k + 1 < i and tokens[k + 1].text in COMMA_LIKE
        elif (n[1:] if n[:1] == "و" else n) in ex.lex.words("impersonal"):
            k += k + 1 < i and ex.is_stop(tokens[k + 1].norm)  # يشار إلى أن
            if k + 1 >= i or tokens[k + 1].norm not in ex.comp:
                break
            k += 1
            k += k + 1 < i and tokens[k + 1].text in COMMA_LIKE
        elif ex.is_stop(n) and (comma := _adjunct_end(ex, k, i)) > k:
            k = comma
        else:
            break
        k += 1
    return k, amma


def _adjunct_end(ex: Extraction, k: int, i: int) -> int:
    """The comma that ends a prepositional adjunct opening a clause at token ``k`` (إثر
    افتتاح الدورة،), before token ``i``; ``k`` when none does within a few words."""
    for m in range(k + 1, min(i - 1, k + _MAX_SUBJECT)):
        tok = ex.tokens[m]
        if tok.text in COMMA_LIKE:
            return m
        if tok.kind != "word" or tok.norm in ex.comp or tok.norm in ex.cues:
            return k
    return k


def sentence_subject(
    ex: Extraction, i: int, sentence: Sentence, gender: str, *, participle: bool = False
) -> Ref | None:
    """The subject of the first clause of ``sentence`` (before token ``i``): ``أما X
    ف…``, ``X دعت …`` (a feminine verb after it) or ``دعت X …`` (VSO); a noun phrase,
    never a phrase holding a verb."""
    tokens = ex.tokens
    k, amma = _opening(ex, sentence.token_start, i)
    if k + 1 >= i or tokens[k].kind != "word":
        return None
    first = tokens[k].norm
    if ex.is_stop(first) or first in ex.quantifier or first in ex.comp:
        return None  # (كما أنه كان …: a complementizer's clause has no subject to give)
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
    # VSO: the first word is the verb, its subject follows; a masculine participle is not
    # a feminine verb's subject's (وجاءت السوق …، ملاحظا).
    # After a verb of being the subject comes first (وكان وزير … قد كشف).
    being = k > sentence.token_start and being_verb(tokens[k - 1].norm)
    if not being and gender == ("m" if participle else "f") and feminine_verb(first) == participle:
        return None
    phrase = ex.after(k if being else k + 1, i)
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
    phrase = seated(ex, phrase, i)  # (وكانت السلطات بالكونغو قد أكدت: the body's place)
    ref = ex.ref_of(phrase, "sentence")
    named = named_after(ex, phrase, ref, i, "sentence")  # حاكمة منطقة X سامية علي
    return named[0] if named is not None else ref


def questioned(ex: Extraction, i: int, sentence: Sentence) -> Ref | None:
    """The one questioned or contacted in an adjunct that opens the cue's sentence (class
    ``inquiry``: وبالتحري مع المظنون فيه، أفاد أنه …، وعند التواصل مع الشركة قالت إنها …),
    who speaks in the clause after it; not a pronoun (وبالتحري معه: the antecedent)."""
    tokens = ex.tokens
    inquiry = ex.lex.words("inquiry")
    for k in range(sentence.token_start, min(i - 2, sentence.token_start + _INQUIRY_LEAD)):
        if _stem(tokens[k]) in inquiry and tokens[k + 1].norm == "مع":
            phrase = ex.after(k + 2, i)
            if phrase is None:
                return None
            end = phrase.end + (tokens[phrase.end].norm in _ON_HIM)  # المظنون فيها
            if end == i or (end + 1 == i and tokens[end].text in COMMA_LIKE):
                return ex.ref_of(replace(phrase, end=end), "sentence")
            return None  # (… صرح أنه …، كما تبين أن: the adjunct is not the later cue's)
    return None


def questioned_group(ex: Extraction, i: int, sentence: Sentence) -> Ref | None:
    """The group questioned in an adjunct with its pronoun before a cue in the plural at
    token ``i`` (class ``inquiry`` + معهم: … القبض على 3 أشخاص. وبالتحري معهم من طرف
    الفرقة، اعترفوا بأنهم …): the group counted last before it, a number and a human
    plural, in its sentence or the one before (3 أشخاص); not a pronoun's antecedent,
    which is the body that questioned them or reported it."""
    tokens = ex.tokens
    inquiry = ex.lex.words("inquiry")
    start = sentence.token_start
    if not any(
        _stem(tokens[k]) in inquiry and tokens[k + 1].norm == "معهم"
        for k in range(max(start, i - _INQUIRY_REACH), i - 1)
    ):
        return None
    floor = _sentences_back(ex, start, 1)
    for k in range(i - 2, floor - 1, -1):
        if tokens[k].kind == "number" and _human_plural(ex, k + 1):
            return ex.ref_of(Phrase(k, k + 2, -1, False, tokens[k].start), "sentence")
    return None


def _sentences_back(ex: Extraction, start: int, n: int) -> int:
    """The first token of the sentence ``n`` sentences before the one that opens at token
    ``start`` (the document's first token when there are fewer)."""
    for _ in range(n):
        start = ex.sentence_of(start - 1).token_start if start > 0 else start
    return start


def _stem(token: Token) -> str:
    """The head key of a token's last segment: its word without the proclitics written on
    it, where no pronoun follows."""
    return head_of(name_key(token.segments[-1].text if token.segments else token.text))


def _human_plural(ex: Extraction, k: int) -> bool:
    """Token ``k`` is a human plural: of class ``plural`` or spelled as a sound plural of
    people (السياسيين، الكوريين، المحتجون: :func:`.forms.sound_plural_of_people`), outside
    any mention."""
    tok = ex.tokens[k]
    stem = _stem(tok)
    other = stem[:-2] + ("ون" if stem.endswith("ين") else "ين")  # محتجين / محتجون
    construct = stem[:-1] + ("ين" if stem[-1:] == "ي" else "ون") if stem[-1:] in "يو" else ""
    if construct in ex.plural and tok.norm.startswith(("ال", "وال", "بال", "فال", "لل")):
        return False  # (a nisba, no construct state: المركب الفلاحي)
    return (
        tok.kind == "word"
        and ex.mention_at(tok.start, tok.end) is None
        and (stem in ex.plural or other in ex.plural or sound_plural_of_people(stem))
    )


def _agrees(ex: Extraction, k: int) -> bool:
    """Token ``k`` is a definite sound masculine plural that the plural after it describes
    (الفلاحين التونسيين)."""
    n, nxt = ex.tokens[k].norm, ex.tokens[k + 1].norm
    return n.startswith("ال") and nxt.startswith("ال") and n.endswith(("ين", "ون")) and len(n) > 5


def plural_group(ex: Extraction, i: int, sentence: Sentence) -> Ref | None:
    """The human plural named last before a cue in the plural at token ``i`` in its
    sentence, with a count before it (تظاهر مئات الكوريين …، ودعوا …؛ في صفوف السياسيين
    …، واعتبروا …), or the partitive it closes (غير أن عددا من المسؤولين …، معبرين …):
    whom the cue speaks for when no speaker came before it."""
    for k in range(i - 1, sentence.token_start - 1, -1):
        if _human_plural(ex, k):
            while k > sentence.token_start and (_human_plural(ex, k - 1) or _agrees(ex, k - 1)):
                k -= 1  # (الكوريين الجنوبيين: the noun and its adjective)
            if k - 2 >= sentence.token_start and ex.tokens[k - 1].norm == "من":
                group = ex.partitive(k - 2, i, "sentence")  # (عدد من المحتجين)
                if group is not None:
                    return group
            a = k - (k > sentence.token_start and ex.tokens[k - 1].norm in ex.quantifier)
            phrase = ex.after(a, i)
            if phrase is None or phrase.end <= k:
                return None
            return ex.ref_of(phrase, "sentence")
    return None


def dual_group(ex: Extraction, i: int, sentence: Sentence) -> Ref | None:
    """The pair named last before a cue in the dual at token ``i``, in its sentence or the
    two before, outside any mention: a noun in the dual of class ``pair`` (… القبض على شابين
    أصيلي الجهة …. وقد اعترفا بأنهما … → شابين), which a singular named after it cannot
    be; ``None`` when there is none, and for نقلا of a source phrase (نقلا عن), no verb."""
    tokens, pairs = ex.tokens, ex.lex.words("pair")
    if tokens[i].norm in ex.sources:
        return None
    floor = _sentences_back(ex, sentence.token_start, 2)
    for k in range(i - 1, floor - 1, -1):
        tok, stem = tokens[k], _stem(tokens[k])
        if (
            tok.kind == "word"
            and stem[-2:] in ("ان", "ين")
            and stem[:-2] in pairs
            and ex.mention_at(tok.start, tok.end) is None
        ):
            return ex.ref_of(Phrase(k, k + 1, -1, False, tok.start), "sentence")
    return None


def counted_group(ex: Extraction, i: int, sentence: Sentence, number: str) -> Ref | None:
    """The group a cue with no subject speaks for by its number: a plural's questioned
    group (:func:`questioned_group`), a dual's pair (:func:`dual_group`)."""
    if number == "pl":
        return questioned_group(ex, i, sentence)
    return dual_group(ex, i, sentence) if number == "du" else None
