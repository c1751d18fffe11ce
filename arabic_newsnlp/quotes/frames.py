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
from ..lexicon.punctuation import TERMINALS
from ..lexicon.speech import CueEntry
from .appositions import title_apposed
from .context import COMMA_LIKE, VERBAL, Extraction, Found, Ref
from .continuity import agrees, goes_on
from .forms import is_filler
from .marks import MARKS, Region
from .objects import (
    FRAME_WINDOW,
    MIN_OBJECT_TOKENS,
    object_start,
    preposition_at,
    preposition_cue,
)

__all__ = [
    "RELAY_WINDOW",
    "breaks_after_comma",
    "content_end",
    "contrast_word",
    "find_frame",
    "from_frame",
    "object_frame",
    "opens_clause",
    "predicate_before",
    "relay_at",
    "relays",
    "whole_quotation",
]

#: How far ahead the preposition of a verb that needs one is looked for.
_AHEAD = 16
#: How far after a relaying verb (نقل) its source's preposition may stand.
RELAY_WINDOW = 10
#: How far it may stand past commas and brackets when the source's words follow it.
RELAY_FAR = 18
#: How many words a relayed source may run to its noun of saying (عن X قوله).
_SOURCE_WORDS = 8


def relay_at(
    ex: Extraction, k: int, end: int, relay: frozenset[str], stops: frozenset[str] = frozenset()
) -> int:
    """The token of a relaying verb's preposition (one of ``relay``) from token ``k`` on
    (-1: none), before ``end``, a destination (نقل ... إلى: carried) or, within
    :data:`RELAY_WINDOW`, a word of ``stops``. A name in marks may stand before it (نقلت
    "لوموند" عن ...); commas and brackets too, when the source is followed by its noun of
    saying, which no carrying has (ونقلت وكالة (تاس)، اليوم، عن المتحدث قوله ...)."""
    tokens = ex.tokens
    far = False
    for m in range(k, min(end, k + RELAY_FAR)):
        tok = tokens[m]
        if tok.norm in relay:
            return m if not far or _says_after(ex, m + 1, end) else -1
        if tok.norm in ex.destination or tok.text in TERMINALS or tok.text == ":":
            return -1
        if tok.norm in stops and m < k + RELAY_WINDOW:
            return -1
        far = far or (tok.kind == "punct" and tok.text not in MARKS) or m >= k + RELAY_WINDOW
    return -1


def _says_after(ex: Extraction, k: int, end: int) -> bool:
    """A noun of saying with its pronoun (قوله، قولها، قولهم) closes the few words of a
    source from token ``k``."""
    for m in range(k, min(end, k + _SOURCE_WORDS)):
        entry = ex.cues.get(ex.tokens[m].norm)
        if entry is not None and entry.pos == "inner" and not ex.tokens[m].norm.startswith("ب"):
            return m > k
        if ex.tokens[m].kind == "punct" and ex.tokens[m].text not in MARKS | COMMA_LIKE:
            return False  # (a comma may set it off: عن مسؤولين أمنيين، قولهم إن …)
    return False


def relays(ex: Extraction, i: int, end: int, *, reports: bool = True) -> bool:
    """A relay verb at token ``i`` names its source with its preposition (نقلت الصحيفة عن
    مصدر قوله ...، نسبت الوكالة إلى الوزير قوله ...; :func:`relay_at`) or, with
    ``reports``, reports with a complementizer (نقلت الصحيفة أن ...)."""
    tokens = ex.tokens
    if relay_at(ex, i + 1, end, ex.cues[tokens[i].norm].objects) >= 0:
        return True
    if not reports:
        return False
    for k in range(i + 1, min(end, i + RELAY_WINDOW)):
        n = tokens[k].norm
        if n in ex.comp:
            return True
        if (tokens[k].kind == "punct" and tokens[k].text not in MARKS) or n in ex.destination:
            return False
    return False


def find_frame(ex: Extraction, k: int, limit: int) -> tuple[str, int, Region | None] | None:
    """What follows a cue and its subject: a complementizer, a colon or a quote."""
    tokens = ex.tokens
    stop = min(limit, k + FRAME_WINDOW, len(tokens))
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
                # (a word or two in marks after a noun further on is a term: حول «المشاركة
                # السياسية»، مبيعات «كفاحي»)
                prev = tokens[k - 1]
                term = (
                    k > first + 1
                    and region.n_tokens <= 3
                    and prev.kind == "word"
                    and prev.norm not in ex.lex.words("object_prep")  # (عن «موسم صعب»)
                    and ex.mention_over(prev) is None  # (لفرانس برس «…»)
                )
                if (
                    naming
                    or term
                    or (region.n_tokens <= 6 and nxt < stop and tokens[nxt].norm in ex.comp)
                ):
                    k = after  # a quoted name in an adjunct: لـ«العربية» إن، حول «…»، إن
                    continue
                return ("region", k, region)
            if n in TERMINALS:
                return None
        elif n in ex.comp:
            if k == 0 or tokens[k - 1].norm not in ex.block or _previously(ex, k):
                return ("comp", k, None)
        else:
            cue = ex.cues.get(n)
            if (
                cue is not None
                and cue.pos in VERBAL
                and not ex.verbal_noun(k)
                and not preposition_cue(ex, k, cue)
                and (cue.frame != "via" or relays(ex, k, stop, reports=False))
                and (cue.frame != "object" or _preposition_ahead(ex, k, stop, cue))
            ):
                return None  # (not نقل that carries: مدير الإنتاج ونقل الكهرباء … أن; nor عبر
                # that is "via": على حسابه عبر موقع «تويتر»: «…»)
        k += 1
    return None


def _previously(ex: Extraction, k: int) -> bool:
    """The complementizer at token ``k`` is spelled إن after من قبل ("previously": قالت
    الحكومة من قبل إنها …), not أن of من قبل أن ("before")."""
    tokens = ex.tokens
    return (
        k > 1
        and tokens[k - 2].norm == "من"
        and tokens[k - 1].norm == "قبل"
        and tokens[k].text.startswith("إ")
    )


def _preposition_ahead(ex: Extraction, k: int, stop: int, cue: CueEntry) -> bool:
    """A verb at token ``k`` that opens content only after its preposition has it ahead,
    in its clause (عبر المدير، محمد علي، عن …; not عبر موقع «تويتر»: «…», which is via)."""
    for m in range(k + 1, min(stop, k + _AHEAD)):
        tok = ex.tokens[m]
        if tok.norm in cue.objects:
            return True
        if tok.text in TERMINALS or tok.text == ":" or ex.region_at_open.get(m) is not None:
            return False
    return False


def _name_in_marks(ex: Extraction, k: int, limit: int, entry: CueEntry) -> int:
    """The verb's preposition after a word or two in marks at token ``k``, right after the
    cue or its subject (a comma between allowed): the marks hold a name, the subject's or
    the addressee's, and the content follows the preposition; ``-1`` otherwise."""
    region = ex.region_at_open.get(k)
    if region is None or region.close_i < 0 or region.n_tokens > 3:
        return -1
    m = region.end_i
    m += m < limit and ex.tokens[m].text in COMMA_LIKE
    if m + MIN_OBJECT_TOKENS >= limit or ex.tokens[m].norm not in entry.objects:
        return -1
    return m


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
    named = _name_in_marks(ex, k, limit, entry)
    if named >= 0:
        return ("object", named, None)  # وحذر «كريم» من …، دعت الهيئة «الصحفيين»، إلى …
    frame = find_frame(ex, k, limit)
    if frame is not None and frame[2] is not None and tokens[frame[1] + 1].norm in ex.comp:
        return frame  # أفاد الوزير، الأربعاء بجندوبة، «أن …»: a quotation of a whole clause
    past = title_apposed(ex, k, limit) if entry.frame != "describe" else k
    if past > k:  # وحذر سامي علي، مدير الجمعية من …: past the title in apposition
        start, prepositional = object_start(ex, past, entry)
        if prepositional and start <= past + 4 and tokens[start].norm not in ex.comp:
            return ("object", start - 1, None)
    start, prepositional = object_start(ex, k, entry)
    if prepositional and ex.tokens[start].norm not in ex.comp:
        return ("object", start - 1, None)
    if entry.frame == "object":
        return None  # (عبر موقع «تويتر»: «…»: via, not expressed)
    if prepositional:
        return ("comp", start, None)  # لافتا، خلال الندوة، إلى أن ...
    if (
        (
            frame is None
            or (
                frame[0] == "region"
                and frame[1] > start >= 0
                and (
                    tokens[frame[1] - 1].norm not in entry.objects
                    or entry.frame == "describe"  # وصف الاتفاق بـ«…»: what it calls it
                )
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
    if _source_at(ex, k):
        return True
    cue = ex.cues.get(n)
    if cue is None or cue.pos not in VERBAL or preposition_cue(ex, k, cue):
        return False
    if cue.pos == "part":
        return True  # ...، مؤكدا / مشيرة إلى ...: a participle opens its own quote
    # (its frame as far as a cue's own: ، وقال للصحفيين، في تعليق …، خلال …: «…»)
    if find_frame(ex, k + 1, min(len(ex.tokens), k + FRAME_WINDOW)) is not None:
        return True
    # ...، كما أكدت على ضرورة ...: a preposition of the verb right after it
    return k + 1 < len(ex.tokens) - 1 and preposition_at(ex, k + 1, cue.objects) >= 0


def _source_at(ex: Extraction, k: int) -> bool:
    """A source phrase starts at token ``k`` (وفقا لـ، حسب، على حد قوله)."""
    tokens = ex.tokens
    return ex.source_word(k) or (
        tokens[k].norm == "علي" and k + 2 < len(tokens) and tokens[k + 1].norm == "حد"
    )


def content_end(
    ex: Extraction, a: int, sentence: Sentence, speaking: CueEntry | None = None
) -> tuple[int, list[Region]]:
    """The end (exclusive) of content starting at token ``a``, and the regions in it;
    ``speaking`` is the cue that opened it, if one did."""
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
            if cue is None and tokens[k - 1].norm in ex.particle_before_verb:
                cue = ex.lex.after_particle.get(tok.norm)  # … كما طالب الوزير بـ …
            if cue is not None and opens_clause(ex, k, cue, end, speaking):
                # (و أضاف، فيما اعتبر: the word apart goes with the cue)
                k -= tokens[k - 1].norm == "و" or contrast_word(ex, tokens[k - 1].norm)
                if k - 2 > a and tokens[k - 1].norm in ex.comp and tokens[k - 2].norm in ex.block:
                    k -= 2  # …، قبل أن تتنبأ: «…»
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
    return tok.kind == "punct" or _source_at(ex, k) or tok.norm in ex.cues


def contrast_word(ex: Extraction, norm: str) -> bool:
    """A conjunction that opens a new clause (class ``contrast``), also written with و:
    فيما، ولكنه، كما."""
    contrast = ex.lex.words("contrast")
    return norm in contrast or (norm[:1] == "و" and norm[1:] in contrast)


def predicate_before(ex: Extraction, before: Token) -> bool:
    """The word before a participle makes it a predicate, not a speech act: a verb of
    being, a filler or a stop word (كان مؤكدا أن، قد مؤكدا), but not a demonstrative
    (وأوضح ذلك قائلا), an adverb (… من خارج التحالف أيضا مؤكدا أن …) nor a word with a
    pronoun written on it, which ends the clause before (والمصادقة عليها مؤكدا أن)."""
    prev = before.norm
    if prev in ex.adverb or prev in ex.demonstrative:
        return False
    if before.segments and before.segments[-1].kind == "enclitic":
        return False
    return is_filler(prev, ex.lex) or prev in ex.stop or prev in ex.copula


def opens_clause(
    ex: Extraction, k: int, cue: CueEntry, end: int, speaking: CueEntry | None = None
) -> bool:
    """Cue ``k`` inside running content starts a new quote: وأضاف أن ...، وحذر من ...
    (و written apart too: و أضاف أن),
    or a participle with its frame (... العيوني مشيرا إلى أن); a verb in the perfect
    with a direct object too when it agrees with ``speaking``, the cue of that content
    (… ودعا الشركات إلى …، كما نفت وجود …: the same speaker goes on)."""
    if cue.pos == "part":
        if predicate_before(ex, ex.tokens[k - 1]):
            return False
    elif cue.pos in ("perf", "imperf") and _colon_quote(ex, k + 1, end):
        return True  # …، قبل أن تتنبأ: «…»: the words it introduces are a quote of their own
    elif cue.pos not in ("perf", "imperf") or (
        cue.prefix != "و"
        and ex.tokens[k - 1].norm != "و"  # وأضاف, or و أضاف apart
        and not contrast_word(ex, ex.tokens[k - 1].norm)  # … فيما اعتبر آخرون أن، ولكنه حذر من
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
    # not an indefinite accusative, which makes the participle a noun: مقترحا معدلا (the
    # pronoun إياها is none: داعيا إياها إلى …); a verb after و or كما too (… ودعا
    # الشركات إلى …، كما نفت وجود …).
    n = ex.tokens[start].norm if start >= 0 else ""
    segments = ex.tokens[start].segments if start >= 0 else ()
    pronoun = n.startswith("ايا") and bool(segments) and segments[-1].kind == "enclitic"
    if not n or (n.endswith("ا") and not n.startswith("ال") and not pronoun):
        return False
    if cue.pos == "part":
        return True
    if cue.pos != "perf" or (speaking is not None and not agrees(cue, speaking)):
        return False  # (… الإدارة تعنتت ورفضت فتح باب …: the content's own subject)
    return not goes_on(ex, k, cue, start, contrast=contrast_word(ex, ex.tokens[k - 1].norm))


def _colon_quote(ex: Extraction, k: int, end: int) -> bool:
    """A colon at token ``k`` and a quotation right after it, before ``end``."""
    tokens = ex.tokens
    return k + 1 < end and tokens[k].text == ":" and k + 1 in ex.region_at_open


def whole_quotation(inner: Sequence[Region], a: int, end: int) -> bool:
    """Content from token ``a`` to ``end`` is one quotation and nothing else: the
    speaker's own words (a direct quote, its spans the quotation's)."""
    return len(inner) == 1 and inner[0].open_i == a and inner[0].end_i >= end


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
    if end - a >= MIN_OBJECT_TOKENS:
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
    speaking = next((ex.cues.get(t.norm) for t in tokens[first : k + 1] if t.start == cue[0]), None)
    end, inner = content_end(ex, a, sentence, speaking)
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
    if whole_quotation(inner, a, end):
        # أن «...»: the whole clause in marks is the speaker's own words
        return Found("direct", list(inner[0].spans), cue, ref, name, first, end, how, inner)
    kind: QuoteKind = "mixed" if inner else "indirect"
    return Found(kind, spans, cue, ref, name, first, end, how, inner)
