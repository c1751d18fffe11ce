"""Cue frames: what follows a speech cue and its subject, and where the content ends.

A cue opens content through a *frame*: a complementizer (إن، أن، بأن), a colon, a quoted
region, or a preposition of the verb with its object (حذر من ...، أعلن عن ...). Content
runs to the end of its clause: the end of the sentence, or the comma before a new cue or
source phrase; a quoted region inside it extends it to the region's end. Every scan here
is bounded by a window of tokens.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from ..document import QuoteKind, Sentence, Token
from ..lexicon.keys import head_of
from ..lexicon.punctuation import TERMINALS
from ..lexicon.speech import CueEntry
from ..text.normalize import normalize
from .context import COMMA_LIKE, VERBAL, Extraction, Found, Ref
from .forms import is_filler, nisba
from .marks import MARKS, Region
from .statements import issuing_verb

__all__ = [
    "RELAY_WINDOW",
    "breaks_after_comma",
    "content_end",
    "find_frame",
    "from_frame",
    "object_frame",
    "object_start",
    "opens_clause",
    "relays",
]

_FRAME_WINDOW = 45
_MIN_OBJECT_TOKENS = 2
_OBJECT_SKIP = 4
#: How many words a short adjunct after في may take before the verb's preposition.
_SHORT_ADJUNCT = 3
#: How far after a relaying verb (نقل) its source's preposition may stand.
RELAY_WINDOW = 10


def relays(ex: Extraction, i: int, end: int, *, reports: bool = True) -> bool:
    """A relay verb at token ``i`` names its source with its preposition (نقلت الصحيفة عن
    مصدر قوله ...، نسبت الوكالة إلى الوزير قوله ...) or, with ``reports``, reports with a
    complementizer, before ``end`` or a destination (نقل ... إلى: carried)."""
    tokens = ex.tokens
    relay = ex.cues[tokens[i].norm].objects
    for k in range(i + 1, min(end, i + RELAY_WINDOW)):
        n = tokens[k].norm
        if n in relay or (reports and n in ex.comp):
            return True  # (or reports: نقلت الصحيفة أن ...)
        if (tokens[k].kind == "punct" and tokens[k].text not in MARKS) or n in ex.destination:
            return False  # (a name in marks may stand between: نقلت "لوموند" عن ...)
    return False


def find_frame(ex: Extraction, k: int, limit: int) -> tuple[str, int, Region | None] | None:
    """What follows a cue and its subject: a complementizer, a colon or a quote."""
    tokens = ex.tokens
    stop = min(limit, k + _FRAME_WINDOW, len(tokens))
    first = k
    while k < stop:
        tok = tokens[k]
        n = tok.norm
        if tok.kind == "punct":
            if n == ":":
                return ("colon", k, None)
            region = ex.region_at_open.get(k)
            if region is not None:
                after = region.end_i
                nxt = after + (after < stop and tokens[after].text in COMMA_LIKE)
                # (words in marks right after the speaker, more than a name: the quote,
                # وقال متحدث باسم الشركة «…»)
                naming = ex.is_naming(region) and not (k == first and region.n_tokens > 4)
                if naming or (region.n_tokens <= 6 and nxt < stop and tokens[nxt].norm in ex.comp):
                    k = after  # a quoted name in an adjunct: لـ«العربية» إن، حول «…»، إن
                    continue
                return ("region", k, region)
            if n in TERMINALS:
                return None
        elif n in ex.comp:
            if k == 0 or tokens[k - 1].norm not in ex.block:
                return ("comp", k, None)
        else:
            cue = ex.cues.get(n)
            if (
                cue is not None
                and cue.pos in VERBAL
                and not ex.verbal_noun(k)
                and (cue.frame != "via" or relays(ex, k, stop, reports=False))
            ):
                return None  # (not نقل that carries: مدير الإنتاج ونقل الكهرباء … أن)
        k += 1
    return None


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
        and head_of(rest) not in ex.adjunct
        and rest not in ex.demonstrative
    )


def _preposition_at(ex: Extraction, e: int, objects: frozenset[str]) -> int:
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
    and time words (مشيرا في المقابل إلى، أعلنت السلطة في غزة اليوم عن); ``-1`` for none."""
    tokens = ex.tokens
    short = tokens[k].norm in ("في", "خلال")  # مشيرا في المقابل إلى، خلال لقائه بـX عن
    if short and direct:
        m = _after_statement_adjunct(ex, k)
        if m >= 0:
            return m  # أكد سامي علي في تصريح إعلامي انسحابه …
        m = k + 3
        if m < len(tokens) and tokens[k + 1].norm in ex.demonstrative and _direct_object_at(ex, m):
            return m  # مؤكدا في هذا السياق أهمية …
    words = 0  # of the short adjunct, not counting time words (في غزة اليوم الأحد عن ...)
    m = k
    while m < min(len(tokens) - 2, k + _FRAME_WINDOW // 2):
        region = ex.region_at_open.get(m)
        if region is not None and ex.is_naming(region):
            m = region.end_i  # a name in marks inside the adjunct: على «الفايسبوك»
            continue
        if tokens[m].text in COMMA_LIKE:
            start = _preposition_at(ex, m + 1, objects)
            if start < 0 and direct and _direct_object_at(ex, m + 1):
                return m + 1
            nxt = tokens[m + 1].norm
            if start < 0 and (nxt in ex.adverb or (nxt in ex.stop and nxt not in ex.comp)):
                m += 1
                continue  # another adjunct: أبرز، لدى اجتماعه، الخميس بتونس، مع …، السعي
            return start
        if short and 1 < words <= _SHORT_ADJUNCT and tokens[m].kind == "word":
            start = _preposition_at(ex, m, objects)
            if start >= 0:
                return start
        words += tokens[m].norm not in ex.adverb
        cue = ex.cues.get(tokens[m].norm)
        if tokens[m].kind == "punct" or (cue is not None and cue.pos in VERBAL):
            break
        m += 1
    return -1


def _after_statement_adjunct(ex: Extraction, k: int) -> int:
    """The direct object right after ``في`` + a statement noun, its adjectives and whom
    it was given to (في تصريح إعلامي، في بيان للصحفيين); ``-1`` for none."""
    tokens = ex.tokens
    m = k + 1
    if m >= len(tokens) - 1 or head_of(tokens[m].norm) not in ex.statement:
        return -1
    m += 1
    stop = min(len(tokens) - 1, m + 3)
    while m < stop and tokens[m].kind == "word":
        n = tokens[m].norm
        if not (nisba(tokens[m], n) or n in ex.adverb or (n[:1] == "ل" and len(n) > 3)):
            break
        m += 1
    if tokens[m].kind != "word" or issuing_verb(ex, m):
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
    named = ex.mention_at(tokens[k].start, tokens[k].start + 1)
    if named is None and not _definite(ex, tokens[k].norm):
        return -1
    e = k + 1
    while named is not None and e < len(tokens) - 1 and tokens[e].end <= named.end:
        e += 1
    while named is None and e < min(len(tokens) - 1, k + 3) and _definite(ex, tokens[e].norm):
        e += 1  # أوصت المنظمة السلطات المعنية بفتح ...: the noun's adjectives
    # (whom one calls on to do something is no speech: دعا اليابان إلى تهدئة ...)
    start = _preposition_at(ex, e, objects - ex.destination) if e < len(tokens) else -1
    if start < 0 or any(t.kind == "punct" for t in tokens[start : start + _MIN_OBJECT_TOKENS]):
        return -1  # too short to stand alone: (دعا الأطراف إلى التهدئة) is the content
    return start


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
        (comma >= 0 or tokens[k].norm in ex.stop)
        and tokens[k].norm not in objects
        and not (direct and tokens[k].norm in ex.demonstrative)
        and not (direct and tokens[k].norm not in ex.stop and _unnamed_object(ex, k))
    ):
        start = _after_adjunct(ex, k, objects, direct=direct)
        if start >= 0:
            return start, True
    if k >= len(tokens) - 1 or tokens[k].kind != "word":
        return -1, False
    start = _after_named_object(ex, k, objects)
    if start < 0:
        start = _preposition_at(ex, k, objects)
    if start >= 0:
        return start, True
    return (k if direct and _direct_object_at(ex, k) else -1), False


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
    # أدان الوزير ونظيره ...: a second subject, not the object
    return not (len(segments) > 1 and segments[0].kind == "proclitic" and segments[0].text == "و")


def object_frame(
    ex: Extraction, k: int, limit: int, entry: CueEntry
) -> tuple[str, int, Region | None] | None:
    """The frame after a cue and its subject at token ``k``: a preposition of the verb
    with its object comes first (أعلنت الجامعة عن البرنامج ... «...»), then a
    complementizer, colon or quote (:meth:`frame`), then a direct object; past the cue's
    own verbal noun and its adjective (نافية نفيا قطعيا وجود …)."""
    tokens = ex.tokens
    if k < limit and tokens[k].norm in ex.resumptive:
        k += 1  # (بلاغا تعلن) فيه عن …: the pronoun of the statement
    if k < limit and ex.own_noun(k, entry.lemma):
        k += 1
        while k < limit and tokens[k].norm.endswith("ا") and not tokens[k].norm.startswith("ال"):
            k += 1
    start, prepositional = object_start(ex, k, entry)
    if prepositional and ex.tokens[start].norm not in ex.comp:
        return ("object", start - 1, None)
    if prepositional:
        return ("comp", start, None)  # لافتا، خلال الندوة، إلى أن ...
    frame = find_frame(ex, k, limit)
    if (
        (
            frame is None
            or (
                frame[0] == "region"
                and frame[1] > start >= 0
                and tokens[frame[1] - 1].norm not in entry.objects
            )
        )
        and start >= 0
        and (start >= len(ex.tokens) or ex.tokens[start].norm not in ex.comp)
    ):
        # (a quotation after the object is inside its content, unless the verb's
        # preposition opens it: اتهمت الوزارة قادة الجماعة بتمويل … بهدف «…»، but دعا
        # الأطراف إلى «…»)
        return ("object", start - 1, None)
    return frame


def breaks_after_comma(ex: Extraction, k: int) -> bool:
    """Token ``k`` (after a comma) starts a new attribution: a cue with a frame, or a
    source phrase."""
    tokens = ex.tokens
    while k < len(tokens) and k < len(tokens) - 1 and tokens[k].norm in ex.connective:
        k += 1  # ، فيما أكد ...، في حين قال ...
    if k >= len(tokens):
        return False
    n = tokens[k].norm
    if ex.source_word(k):
        return True
    if n == "علي" and k + 2 < len(ex.tokens) and ex.tokens[k + 1].norm == "حد":
        return True
    cue = ex.cues.get(n)
    if cue is None or cue.pos not in VERBAL:
        return False
    if cue.pos == "part":
        return True  # ...، مؤكدا / مشيرة إلى ...: a participle opens its own quote
    if find_frame(ex, k + 1, min(len(ex.tokens), k + 10)) is not None:
        return True
    # ...، كما أكدت على ضرورة ...: a preposition of the verb right after it
    return k + 1 < len(ex.tokens) - 1 and _preposition_at(ex, k + 1, cue.objects) >= 0


def content_end(ex: Extraction, a: int, sentence: Sentence) -> tuple[int, list[Region]]:
    """The end (exclusive) of content starting at token ``a``, and the regions in it."""
    tokens = ex.tokens
    end = sentence.token_end
    inner: list[Region] = []
    k = a
    while k < end:
        tok = tokens[k]
        if tok.kind == "punct":
            region = ex.region_at_open.get(k)
            if region is not None:
                if not ex.is_naming(region):
                    inner.append(region)
                if region.end_i > end:
                    end = ex.sentence_of(region.end_i - 1).token_end
                k = max(region.end_i, k + 1)
                if k == region.end_i and inner and region.open_i == a and _said_all(ex, a, k, end):
                    break  # أن «…»، فهذا …، «…» حسب قوله: the marks hold what was said
                continue
            if tok.text in COMMA_LIKE and k > a and breaks_after_comma(ex, k + 1):
                break
        elif k > a:
            cue = ex.cues.get(tok.norm)
            if cue is not None and opens_clause(ex, k, cue, end):
                k -= tokens[k - 1].norm == "و"  # (و أضاف: the و apart goes with the cue)
                break
        k += 1
    return ex.trim_end(a, min(k, end)), inner


def _said_all(ex: Extraction, a: int, k: int, end: int) -> bool:
    """Content opening at token ``a`` with a quotation that ends before token ``k`` is
    the quotation alone: what follows at ``k`` is no more of it (punctuation, a source
    phrase or a cue), and no verb of calling put it after ب (وصفته بـ«…»، وبالرجل …)."""
    if a > 0 and ex.tokens[a - 1].norm == "ب":
        return False
    if k >= end:
        return True
    tok = ex.tokens[k]
    return tok.kind == "punct" or ex.source_word(k) or tok.norm in ex.cues


def opens_clause(ex: Extraction, k: int, cue: CueEntry, end: int) -> bool:
    """Cue ``k`` inside running content starts a new quote: وأضاف أن ...، وحذر من ...
    (و written apart too: و أضاف أن),
    or a participle with its frame (... العيوني مشيرا إلى أن)."""
    if cue.pos == "part":
        prev = ex.tokens[k - 1].norm
        if is_filler(prev, ex.lex) or prev in ex.stop or prev in ex.copula:
            return False
    elif cue.pos not in ("perf", "imperf") or (
        cue.prefix != "و" and ex.tokens[k - 1].norm != "و"  # وأضاف, or و أضاف apart
    ):
        return False
    if find_frame(ex, k + 1, min(end, k + 4)) is not None:
        return True
    if k + 1 >= end:
        return False
    start, prepositional = object_start(ex, k + 1, cue)
    if prepositional:
        return True
    # A participle takes its content as a direct object too (...، مؤكدا عودة الخطوط), but
    # not an indefinite accusative, which makes the participle a noun: مقترحا معدلا.
    n = ex.tokens[start].norm if start >= 0 else ""
    return cue.pos == "part" and bool(n) and not (n.endswith("ا") and not n.startswith("ال"))


def _line_after(ex: Extraction, sentence: Sentence) -> tuple[int, int] | None:
    """The tokens of the line after a sentence that ends in a colon: ``(start, end)``."""
    sentences = ex.sentences
    k = bisect_right(ex.sent_starts, sentence.token_start)
    if k >= len(sentences) or sentences[k].paragraph != sentence.paragraph + 1:
        return None
    a, end = sentences[k].token_start, sentences[k].token_end
    while k + 1 < len(sentences) and sentences[k + 1].paragraph == sentence.paragraph + 1:
        k += 1
        end = sentences[k].token_end
    end = ex.trim_end(a, end)
    return (a, end) if end > a else None


def _too_short(tokens: Sequence[Token], a: int, end: int) -> bool:
    """Tokens ``[a, end)`` are too short to be a verb's object: one word alone, unless a
    verbal noun after ب (وطالبت بسحبه)."""
    if end - a >= _MIN_OBJECT_TOKENS:
        return False
    segments = tokens[a].segments
    return len(segments) < 2 or segments[0].kind != "proclitic" or segments[0].text != "ب"


def from_frame(
    ex: Extraction,
    frame: tuple[str, int, Region | None],
    cue: tuple[int, int, str],
    ref: Ref | None,
    rule: str,
    how: str,
    first: int,
) -> Found | None:
    """The quote a frame opens: indirect/mixed after a complementizer, direct after a
    colon or as a quoted region."""
    kind_of, k, region = frame
    tokens = ex.tokens
    if kind_of == "colon" and k + 1 < len(tokens) and tokens[k + 1].norm in ex.comp:
        kind_of, k = "comp", k + 1  # قال: إن ... reads as indirect speech
    if kind_of == "colon" and k + 1 < len(tokens):
        nxt = ex.region_at_open.get(k + 1)  # قال: «...», also on the next line
        if nxt is not None and not ex.is_naming(nxt) and nxt.open_i not in ex.used:
            kind_of, k, region = "region", k + 1, nxt
    if kind_of == "region" and region is not None:
        if region.open_i in ex.used:
            return None
        return Found(
            "direct",
            list(region.spans),
            cue,
            ref,
            "cue-quote" if rule == "cue" else rule,
            first,
            region.end_i,
            how,
            [region],
        )
    sentence = ex.sentence_of(k)
    a = k + 1
    if a >= sentence.token_end and kind_of == "colon":
        line = _line_after(ex, sentence)  # قال:\n<the words of the next line>
        if line is None:
            return None
        a, end = line
        return Found("direct", ex.spans(a, end), cue, ref, "cue-colon", first, end, how, [])
    if kind_of == "comp" and a + 1 < sentence.token_end and tokens[a].text == ":":
        a += 1  # معتبرا أنها: «...»
    if a >= sentence.token_end:
        return None
    end, inner = content_end(ex, a, sentence)
    spans = ex.spans(a, end)
    if not spans:
        return None
    if kind_of == "colon":
        name = "cue-colon" if rule == "cue" else rule
        return Found("direct", spans, cue, ref, name, first, end, how, inner)
    if kind_of == "object" and _too_short(tokens, a, end):
        return None
    if kind_of == "object" and rule == "cue":
        rule = "object"
    name = "cue-comp" if rule == "cue" else rule
    if len(inner) == 1 and inner[0].open_i == a and inner[0].end_i >= end:
        # أن «...»: the whole clause in marks is the speaker's own words
        return Found("direct", list(inner[0].spans), cue, ref, name, first, end, how, inner)
    kind: QuoteKind = "mixed" if inner else "indirect"
    return Found(kind, spans, cue, ref, name, first, end, how, inner)
