"""Objects of a cue. Where content given as the verb's object starts: after its
preposition (حذر من …، كشف عن …), a direct object (نفى الاتهامات), an addressee (طالبت
الحركة الحكومة بـ …) or an adjunct (عبر المدرب، في تصريح، عن …); used by :mod:`.frames`.
And the phrases right after a cue that are not its subject, which is then elided: a
feminine object of a masculine verb (ودعا الفلاحات إلى …، وأبرز قدرة التوزيع), a
participle of manner (وقال مخاطبا الحضور), and the addressee of a speech noun (في تصريحات
لوسائل الإعلام); used by :mod:`.speakers`.
"""

from __future__ import annotations

from itertools import takewhile

from ..document import Token
from ..lexicon.keys import head_of
from ..lexicon.speech import CueEntry
from ..text.normalize import normalize
from .attribute import Phrase
from .context import COMMA_LIKE, VERBAL, Extraction
from .forms import (
    adjective,
    circumstantial,
    indefinite_accusative,
    is_filler,
    on_preposition,
    unpossessed,
)
from .statements import issuing_verb, own_words_object, past_statement_adjunct

__all__ = [
    "FRAME_WINDOW",
    "MIN_OBJECT_TOKENS",
    "accusative_plural",
    "not_subject",
    "object_start",
    "preposition_at",
    "preposition_cue",
    "preposition_on",
]

#: How far after a cue its frame is looked for.
FRAME_WINDOW = 45
#: The fewest tokens content given as an object may have.
MIN_OBJECT_TOKENS = 2
_OBJECT_SKIP = 4
#: How many words a short adjunct after في may take before the verb's preposition.
_SHORT_ADJUNCT = 3
#: How far back بين may stand before the وبين that joins its second term (بين X وبين Y).
_FRONTED = 5  # how far a fronted adjunct reaches (not: ومن المنتظر أن … الشراكة بين البلدين)
_BETWEEN_AND = 8
#: "In it" after a verb in a relative clause (بيانا عبر فيه عن …، ندوة أكد خلالها …).
_IN_IT = frozenset({"فيه", "فيها", "فيهم", "خلاله", "خلالها"})


def past_in_it(ex: Extraction, i: int, end: int) -> int:
    """The token after "in it" right after cue ``i``, the pronoun of a noun before the
    cue whose clause it opens (بيانا أدان فيه …، ندوة أكد خلالها …، من خلالها); ``-1``
    when none follows the cue."""
    tokens = ex.tokens
    k = i + 1
    if k + 1 < end and tokens[k].norm == "من" and tokens[k + 1].norm.startswith("خلال"):
        k += 1
    return k + 1 if k < end and tokens[k].norm in _IN_IT else -1


def not_subject(ex: Extraction, phrase: Phrase, i: int, entry: CueEntry) -> bool:
    """Whether the phrase after cue ``entry`` at token ``i`` is not its subject (its
    gender says nothing after a preposition, where the cue is a verbal noun: احتجاجا على
    رفض الوزارة التفاوض)."""
    return (
        (
            entry.gender == "m"
            and not (i > 0 and ex.tokens[i - 1].norm in ex.lex.words("preposition"))
            and _feminine(ex, phrase)
        )
        or _manner(ex, phrase)
        or _addressed(ex, phrase)
        or own_words_object(ex, phrase)
    )


def accusative_plural(ex: Extraction, phrase: Phrase) -> bool:
    """A phrase headed by a definite sound masculine plural in ين (المسافرين، المواطنين,
    the plural of a title too: المسؤولين), which a verb has as its object: its subject
    would end in ون; not a name (البحرين) nor a singular title (الأمين)."""
    head = ex.tokens[phrase.start]
    n = head.norm
    return (
        n.startswith("ال")
        and n.endswith("ين")
        and len(n) > 6
        and (not phrase.title or head_of(n) in ex.lex.words("plural"))
        and ex.mention_at(head.start, head.end) is None
    )


def _feminine(ex: Extraction, phrase: Phrase) -> bool:
    """A phrase headed by a feminine noun (الفلاحات، قدرة التوزيع; a body too, even one
    read as a title: ودعا وزارة الصحة إلى، وطالب الحكومة بـ) or by a broken plural its
    feminine adjective shows (الهياكل القضائية، الأطراف المعنية), which a masculine verb
    cannot have as its subject; not a person's name (حمزة، أسامة) nor another title
    (الأساتذة، القادة: a broken plural of people)."""
    head = ex.tokens[phrase.start]
    n = head.norm
    body = n.endswith("ة") and _body_head(ex, n)
    if head.start in ex.name_starts or (phrase.title and not body):
        return False
    if (n.startswith("ال") and n.endswith("ات") and len(n) > 5) or n.endswith("ة"):
        return True
    k = phrase.start + 1
    if not n.startswith("ال") or k >= len(ex.tokens):
        return False
    nxt = ex.tokens[k].norm
    return nxt.startswith("ال") and nxt.endswith("ة") and adjective(nxt)


def _body_head(ex: Extraction, norm: str) -> bool:
    """A word that heads the name of a body (class ``org``, the organisation and
    institution heads: وزارة، الهيئة، سلطة، كتلة)."""
    return head_of(norm) in ex.lex.words("org")


def _manner(ex: Extraction, phrase: Phrase) -> bool:
    """A phrase opened by a participle of manner (مخاطبا، متوجها), which describes the
    elided speaker, or by an indefinite accusative and its adjective, the object (واقترح
    تمويلا داخليا): it names no one; not a person's name or a mention, nor a noun with our
    pronoun (محدثنا) or a title with its pronoun (مديرها): the speaker."""
    head = ex.tokens[phrase.start]
    n = head.norm
    second = ex.tokens[phrase.start + 1].norm if phrase.end - phrase.start > 1 else ""
    pair = indefinite_accusative(n) and indefinite_accusative(second)
    return (
        head.start not in ex.name_starts
        and (circumstantial(n) or (pair and ex.mention_at(head.start, head.end) is None))
        and not n.endswith("نا")
        and unpossessed(n) not in ex.lex.words("title")
    )


def _addressed(ex: Extraction, phrase: Phrase) -> bool:
    """A phrase after a speech noun that lost its ``ل`` to the connector and names an
    addressee (تصريحات لوسائل الإعلام، تصريح للصحفيين): no source."""
    tok = ex.tokens[phrase.start]
    if phrase.char_start == tok.start:
        return False
    return head_of(tok.norm[1:]) in ex.addressee or head_of(tok.norm) in ex.addressee


def preposition_cue(ex: Extraction, i: int, entry: CueEntry) -> bool:
    """A cue at token ``i`` spelled as a preposition (بين، عبر), with no conjunction
    and no shadda, that follows a noun of its own clause is the preposition: مفاوضات بين
    الهيئة والوزارة، نشرها عبر حسابه; after من always (من بين الضحايا: among), and with a
    conjunction after the same word (بين الأرض وبين …). Not after punctuation or a
    particle (a stop word, a particle before a verb, a connective: كما بين، الذي بين، و
    بين، فيما بين; من جهته بين), nor a few words into a sentence a stop word or a source
    word opens (a fronted adjunct before the verb), nor before a complementizer or the verb's own
    preposition (الوزير بين أن …، عبر عن …، بيانا عبر فيه عن …)."""
    tokens = ex.tokens
    tok = tokens[i]
    start = ex.sentence_of(i).token_start
    if "\u0651" in tok.text or i == start:
        return False
    if entry.prefix:  # بين X وبين Y
        stem = tok.norm[len(entry.prefix) :]
        return ex.is_stop(stem) and any(
            t.norm == stem for t in tokens[max(start, i - _BETWEEN_AND) : i]
        )
    prev = tokens[i - 1]
    if not ex.is_stop(tok.norm):
        return False
    if prev.norm in ("من", "ومن"):
        return True
    if (
        prev.kind == "punct"
        or ex.is_stop(prev.norm)
        or any(prev.norm in ex.lex.words(c) for c in ("before_verb", "connective", "own_side"))
        or (i - start <= _FRONTED and (ex.is_stop(tokens[start].norm) or ex.source_word(start)))
    ):
        return False  # (a fronted adjunct: من جهة أخرى عبر …، ووفق البلاغ عبر المدير عن …)
    k = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].norm in _IN_IT)
    return k < len(tokens) and not (
        tokens[k].norm in ex.comp or preposition_at(ex, k, entry.objects) >= 0
    )


def preposition_on(ex: Extraction, token: Token, objects: frozenset[str]) -> bool:
    """The verb's preposition is written on ``token``: بالإجراءات، مما (من + ما: the
    spelling hides its form) (not on an adjunct's noun, بتاريخ، بمناسبة, nor on a
    demonstrative: بذلك)."""
    segments = token.segments
    if len(segments) < 2 or segments[0].kind != "proclitic":
        return False
    rest = token.norm[len(segments[0].text) :]
    return (
        normalize(segments[0].form or segments[0].text) in objects
        and not _adjunct_noun(ex, rest)
        and rest not in ex.demonstrative
    )


def _adjunct_noun(ex: Extraction, norm: str) -> bool:
    """A noun that opens an adjunct after a preposition, not the verb's object: an
    occasion (بمناسبة، بتاريخ) or a place (بساحة الفنون، بمدينة قفصة)."""
    head = head_of(norm)
    return head in ex.adjunct or any(
        head in ex.lex.words(kind) for kind in ("place_head", "place_in_name", "place_noun")
    )


def preposition_at(ex: Extraction, e: int, objects: frozenset[str]) -> int:
    """Where the content starts when token ``e`` is the verb's preposition, as a word
    (عن ...) or written on the content (بالإجراءات); ``-1`` otherwise."""
    tokens = ex.tokens
    if tokens[e].norm in objects and e + 1 < len(tokens):
        return e + 1
    return e if preposition_on(ex, tokens[e], objects) else -1


def _after_adjunct(ex: Extraction, k: int, objects: frozenset[str], *, direct: bool) -> int:
    """The content after an adjunct up to a comma (عبر المدرب، في تصريح للإذاعة، عن
    ارتياحه; طالب العمال، خلال الاجتماع، بتحسين الأجور; with ``direct``, a direct object:
    أدان الحزب، في بيان، الإصرار على …), or after a short adjunct with في
    and time words (مشيرا في المقابل إلى، مشيرا من جهة أخرى إلى، أعلنت السلطة في غزة اليوم
    عن); ``-1`` for none."""
    tokens = ex.tokens
    # مشيرا في المقابل إلى، خلال لقائه بـX عن، من جهة أخرى إلى، على صعيد آخر إلى
    short = tokens[k].norm in ("في", "خلال", "من", "علي") or on_preposition(tokens[k])
    if short and direct:
        m = _after_statement_adjunct(ex, k)
        if m >= 0:
            return m  # أكد سامي علي في تصريح إعلامي انسحابه …
        m = k + 3
        if m < len(tokens) and tokens[k + 1].norm in ex.demonstrative and _direct_object_at(ex, m):
            return m  # مؤكدا في هذا السياق أهمية …
    words = 0  # of the short adjunct, not counting time words (في غزة اليوم الأحد عن ...)
    m = k
    while m < min(len(tokens) - 2, k + FRAME_WINDOW // 2):
        region = ex.region_at_open.get(m)
        if region is not None and ex.is_naming(region):
            m = region.end_i  # a name in marks inside the adjunct: على «الفايسبوك»
            continue
        if tokens[m].text in COMMA_LIKE:
            start = preposition_at(ex, m + 1, objects)
            if start < 0 and direct and _direct_object_at(ex, m + 1):
                return m + 1
            nxt = tokens[m + 1].norm
            if (
                start < 0
                and (
                    nxt in ex.adverb
                    or (nxt in ex.stop and nxt not in ex.comp)
                    or on_preposition(tokens[m + 1])
                )
            ) or (start >= 0 and _before_comma_comp(ex, start)):
                m += 1
                continue  # another adjunct: أبرز، لدى اجتماعه، الخميس بتونس، مع …، السعي
            return start
        if short and 1 < words <= _SHORT_ADJUNCT and tokens[m].kind == "word":
            start = preposition_at(ex, m, objects)
            if start >= 0:
                return start
        elif (
            tokens[k].norm in ("في", "خلال")
            and words > 1
            and tokens[m].norm == "عن"
            and "عن" in objects
            and head_of(tokens[m - 1].norm) not in ex.issued  # (في بيان صادر عن …)
        ):
            return m + 1  # عبر X خلال اجتماع عقدته النقابة اليوم … عن تخوفه
        words += tokens[m].norm not in ex.adverb
        cue = ex.cues.get(tokens[m].norm)
        if tokens[m].kind == "punct" or (cue is not None and cue.pos in VERBAL):
            break
        m += 1
    return -1


def _before_comma_comp(ex: Extraction, k: int) -> bool:
    """The words from token ``k`` end at a comma with a complementizer after it: they are
    an adjunct, the complementizer opens the content (ذكر، ببادرة من الحزب، بأن …)."""
    tokens = ex.tokens
    for m in range(k, min(len(tokens) - 1, k + FRAME_WINDOW // 2)):
        if tokens[m].kind == "punct":
            return tokens[m].text in COMMA_LIKE and tokens[m + 1].norm in ex.comp
    return False


def _after_statement_adjunct(ex: Extraction, k: int) -> int:
    """The direct object right after a statement adjunct (:func:`past_statement_adjunct`:
    أكد سامي علي في تصريح إعلامي انسحابه …); ``-1`` for none."""
    m = past_statement_adjunct(ex, k)
    if m < 0 or ex.tokens[m].kind != "word" or issuing_verb(ex, m):
        return -1  # (في بيان نشره على صفحته، …: the statement's clause goes on)
    return m if _unnamed_object(ex, m) else -1


def _definite(ex: Extraction, n: str) -> bool:
    """A definite noun or adjective (not a particle or a cue)."""
    return n.startswith("ال") and len(n) > 4 and n not in ex.stop and n not in ex.cues


def _after_named_object(ex: Extraction, k: int, objects: frozenset[str]) -> int:
    """The content after a direct object that is a name or a definite noun with up to two
    adjectives (حذرت الوزيرة الولايات المتحدة من ...، تحذر التونسيين من ...، أوصت المنظمة
    السلطات المعنية بفتح ...); ``-1`` for none."""
    tokens = ex.tokens
    e = _object_end(ex, k, tokens[k].start, tokens[k].norm)
    if e < 0:
        return -1
    n = tokens[e].norm if e < len(tokens) - 1 else ""
    if n[:1] == "و" and len(n) > 2:  # طالبت الحركة الحكومة ووزارة المالية بـ …
        e = max(e, _object_end(ex, e, tokens[e].start + 1, n[1:]))
    while e < min(len(tokens) - 1, k + FRAME_WINDOW) and tokens[e].norm in ex.adverb:
        e += 1  # طالب الرئيس الأكراد اليوم الثلاثاء بإنزال …: time words after the object
    # (whom one calls on to do something is no speech: دعا اليابان إلى تهدئة ...)
    start = preposition_at(ex, e, objects - ex.destination) if e < len(tokens) else -1
    if start < 0 and e < len(tokens) - 1 and _unsplit_preposition(ex, e, objects):
        start = e  # بمصارحة (a word the clitic step left whole) after the object
    if start < 0 or any(t.kind == "punct" for t in tokens[start : start + MIN_OBJECT_TOKENS]):
        return -1  # too short to stand alone: (دعا الأطراف إلى التهدئة) is the content
    return start


def _unsplit_preposition(ex: Extraction, e: int, objects: frozenset[str]) -> bool:
    """Token ``e`` opens with the verb's one-letter preposition that the clitic step left
    on it (بمصارحة), outside any mention and not on an adjunct's noun (بمناسبة)."""
    tok = ex.tokens[e]
    n = tok.norm
    return (
        n[:1] in objects
        and len(n) > 4
        and ex.mention_at(tok.start, tok.end) is None
        and not _adjunct_noun(ex, n[1:])
        and n[1:] not in ex.demonstrative
    )


def _object_end(ex: Extraction, k: int, char_start: int, n: str) -> int:
    """The token after a direct object at token ``k`` (its word from ``char_start``,
    normalised ``n``) that is a name or a definite noun with up to two adjectives; ``-1``
    for none."""
    tokens = ex.tokens
    named = ex.mention_at(char_start, char_start + 1)
    e = k + 1
    if named is None and n in ex.quantifier and _quantified(ex, e):
        e += 1  # طالبت المنظمة جميع دول العالم بـ …، كافة المواطنين إلى …: a quantifier's noun
    elif named is None and not _definite(ex, n):
        if not _construct(ex, k):
            return -1
        named = ex.mention_at(tokens[e].start, tokens[e].start + 1)  # أكراد العراق
    while named is not None and e < len(tokens) - 1 and tokens[e].end <= named.end:
        e += 1
    while named is None and e < min(len(tokens) - 1, k + 3) and _definite(ex, tokens[e].norm):
        e += 1  # أوصت المنظمة السلطات المعنية بفتح ...: the noun's adjectives
    if e < len(tokens) - 1 and tokens[e].text == "(":
        close = next(
            (m for m in range(e + 1, min(len(tokens), e + 6)) if tokens[m].text == ")"), -1
        )
        e = close + 1 if close > 0 else e  # الكتلة البرلمانية (67 نائبا) بضرورة …: an aside
    return e


def _construct(ex: Extraction, k: int) -> bool:
    """Token ``k`` is a people's or a human plural (class ``plural``, ``people_group``
    without its article) governing a name or a definite noun after it, whom the verb
    addresses (طالب الرئيس أكراد العراق بـ …، دعا سكان المدينة إلى …)."""
    if k + 2 >= len(ex.tokens):
        return False
    n, nxt = ex.tokens[k].norm, ex.tokens[k + 1]
    return (
        (n in ex.plural or "ال" + n in ex.lex.words("people_group"))
        and nxt.kind == "word"
        and (ex.mention_at(nxt.start, nxt.start + 1) is not None or _definite(ex, nxt.norm))
    )


def _quantified(ex: Extraction, k: int) -> bool:
    """Token ``k`` is the noun a quantifier governs (جميع الدول، كافة أطياف الشعب): a word
    that is no particle, cue or time word."""
    if k >= len(ex.tokens) - 1:
        return False
    tok = ex.tokens[k]
    n = tok.norm
    return tok.kind == "word" and n not in ex.stop and n not in ex.cues and n not in ex.adverb


def object_start(ex: Extraction, k: int, entry: CueEntry) -> tuple[int, bool]:
    """Where content given as the cue's object starts at token ``k`` (-1 for none), and
    whether a preposition of the verb introduces it (حذر من ...، كشف عن ...، ندد
    بـ...), or a direct object of a verb that takes one (نفى الاتهامات، وأكد أهمية …،
    مؤكدا مقتل ...)."""
    objects = entry.objects
    tokens = ex.tokens
    if not objects or entry.frame == "via" or k >= len(tokens) - 1:
        return -1, False  # (a relaying verb's preposition names its source: نقلا عن)
    stop = min(len(tokens) - 1, k + _OBJECT_SKIP)
    comma = -1
    while k < stop and (tokens[k].norm in ex.adverb or tokens[k].text in COMMA_LIKE):
        comma = k if tokens[k].text in COMMA_LIKE else comma
        k += 1  # أكدت اليوم وفاة ...، نفى، عماد علي، أي علاقة ...
    direct = "*" in objects
    if (
        comma < 0
        and tokens[k].norm == "في"
        and k + 3 < len(tokens) - 1
        and tokens[k + 1].norm in ex.demonstrative
        and tokens[k + 2].kind == "word"
    ):
        start, prepositional = object_start(ex, k + 3, entry)
        if start >= 0:  # مطالبا في هذا الصدد المسؤولين بتقديم …: past the adjunct
            return start, prepositional
    if (
        (comma >= 0 or tokens[k].norm in ex.stop or on_preposition(tokens[k]))
        and tokens[k].norm not in objects
        and not (direct and tokens[k].norm in ex.demonstrative)
        and not (direct and tokens[k].norm not in ex.stop and _unnamed_object(ex, k))
        and not (comma < 0 and _own_preposition(ex, k, objects))
    ):
        start = _after_adjunct(ex, k, objects, direct=direct)
        if start >= 0:
            return start, True
    if k >= len(tokens) - 1 or tokens[k].kind != "word":
        return -1, False
    start = _after_named_object(ex, k, objects)
    if start >= 0 and entry.lemma in ex.lex.words("asking"):
        return k, True  # طالب الوزير النقابات بالعودة: the addressee opens what was asked
    if start < 0:
        start = preposition_at(ex, k, objects)
    if start >= 0:
        return start, True
    return (k if direct and _direct_object_at(ex, k) else -1), False


def _own_preposition(ex: Extraction, k: int, objects: frozenset[str]) -> bool:
    """Token ``k`` bears the verb's own ب (تعهد بتنفيذ …، not بسيدي بوزيد بأن، بخصوص …، بأنه)."""
    tok = ex.tokens[k]
    if "ب" not in objects or not on_preposition(tok) or ex.mention_at(tok.start, tok.end):
        return False
    after = ex.tokens[k + 1 : k + FRAME_WINDOW]
    clause = takewhile(lambda t: t.kind != "punct" or t.text in COMMA_LIKE, after)
    return not any(t.norm in ex.comp for t in clause)


def _unnamed_object(ex: Extraction, k: int) -> bool:
    """A direct object right after a comma (استنكر الحزب، إقصاءه من …), not a name set
    off by commas (نفى، عماد علي، أي علاقة …)."""
    tok = ex.tokens[k]
    return (
        _direct_object_at(ex, k)
        and tok.start not in ex.name_starts
        and ex.mention_at(tok.start, tok.end) is None
    )


def _direct_object_at(ex: Extraction, k: int) -> bool:
    """Token ``k`` may open a direct object: a word that is no particle, cue or filler (a
    demonstrative may: هذه الاتهامات), nor a second subject after و."""
    tok = ex.tokens[k]
    n = tok.norm
    if tok.kind != "word" or n in ex.comp or n in ex.cues or n in ex.adverb:
        return False
    if n in ex.stop and n not in ex.demonstrative and n not in ex.object_opener:
        return False
    if is_filler(n, ex.lex):
        return False
    if n in ex.demonstrative and k + 1 < len(ex.tokens):
        after = ex.tokens[k + 1]  # أكد ذلك مشيرا إلى ...: a pronoun, no content of its own
        if after.kind != "word" or after.norm in ex.cues:
            return False
    segments = tok.segments
    # أدان الوزير ونظيره ...: a second subject, not the object; بساحة المدينة: an
    # adjunct (a preposition opens no direct object)
    return not (
        len(segments) > 1 and segments[0].kind == "proclitic" and segments[0].text == "و"
    ) and not on_preposition(tok)
