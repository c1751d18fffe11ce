"""A source phrase relaying a cue's subject: وحسب البلاغ، أكد الوزير سامي علي أن …،
توقعت الوزيرة سامية علي تحسنا …، بحسب الوكالة. The subject of the cue speaks, and the
medium or statement relays; a person named as the source (وفق تعبير سامي علي) speaks for
the subject and stays the speaker. A medium's name in marks may be the source itself
(وفق ما أوردته «العربية»).
"""

from __future__ import annotations

from ..document import Sentence
from ..lexicon.keys import head_of
from .appositions import complemented, seated, whole_names
from .attribute import Phrase
from .context import COMMA_LIKE, Extraction, Ref
from .forms import is_filler

__all__ = [
    "clause_speaker",
    "cue_with_subject",
    "marked_source",
    "person_or_title",
    "person_source",
]

#: How many words a medium's name in marks after a source phrase may have.
_MARKED_SOURCE = 4


def cue_with_subject(ex: Extraction, k: int, sentence: Sentence) -> bool:
    """Token ``k``, where a source phrase's content would start, is a verb cue whose
    subject follows it and is a person: a person's title or name (ووفق البلاغ أكد الوزير
    سامي علي أن …; not a body, which speaks through the statement: تعهدت الحكومة بـ…)."""
    tokens = ex.tokens
    entry = ex.cues.get(tokens[k].norm)
    if entry is None or entry.pos not in ("perf", "imperf") or k + 1 >= sentence.token_end:
        return False
    phrase = ex.after(k + 1, sentence.token_end)
    if phrase is None:
        return False
    first = tokens[phrase.start]
    return first.start in ex.name_starts or head_of(first.norm) in ex.lex.words("title")


def clause_speaker(ex: Extraction, k: int, end: int, sentence: Sentence) -> Ref | None:
    """The person a clause before a source phrase opens with as the subject of its verb
    cue (توقعت الوزيرة سامية علي تحسنا …، بحسب الوكالة: the minister speaks, the agency
    or the statement relays her), ``None`` when it opens otherwise."""
    tokens = ex.tokens
    while k < end and is_filler(tokens[k].norm, ex.lex):
        k += 1
    if k + 1 >= end or not cue_with_subject(ex, k, sentence):
        return None
    phrase = ex.after(k + 1, end)
    if phrase is None:
        return None
    return ex.ref_of(complemented(ex, seated(ex, whole_names(ex, phrase, end), end), end), "vso")


def person_or_title(ex: Extraction, ref: Ref) -> bool:
    """Whether a speaker phrase names a person or a title (not a medium or a statement)."""
    if ref.same_as is not None:
        return person_or_title(ex, ref.same_as)
    # (the name after a medium given the words: حسب ما أكده لمراسلة الإذاعة، سامي علي)
    person = ex.mention_at(max(ref.char_start, ref.name_start), ref.char_end)
    if person is not None:
        return person.label == "PER"
    return ref.title and head_of(ex.tokens[ref.tok_start].norm) in ex.lex.words("title")


def person_source(ex: Extraction, ref: Ref | None) -> bool:
    """A source that is a person, by title or name, or a group of people (وفق تعبير سامي
    علي المنسق العام، نقلا عن المدير الجهوي للصحة، وفق ما ذكره عدد من المشاركين): one who
    speaks for the clause's subject."""
    if ref is None or ref.how == "statement":
        return False  # (بحسب بلاغ صادر عن رئاسة الحكومة: the body issuing it relays)
    return ex.tokens[ref.tok_start].norm in ex.quantifier or person_or_title(ex, ref)


def marked_source(ex: Extraction, j: int, end: int, said: bool) -> tuple[Ref, int] | None:
    """A name in marks at token ``j``, right after a source phrase, as its source and the
    token after the marks: a medium's (وفق ما أوردته «العربية»، حسب ما أفادت «أسوشيتد
    برس»). After a speech verb any short name of words will do; without one only a name
    the entity step found in the marks (حسب «فرانس برس»; not a criterion: حسب «الأقدمية
    والمباشرة»). Not a medium that relays another source after it (وفق ما أوردته
    «العربية» نقلا عن مجلة …) or that was told by a person or title named after its comma
    (بحسب ما أفاد به «الصباح نيوز»، الكاتب العام للجمعية …): they speak."""
    tokens = ex.tokens
    region = ex.region_at_open.get(j)
    if (
        region is None
        or region.close_i < 0
        or region.end_i > end
        or not 0 < region.close_i - j - 1 <= _MARKED_SOURCE
        or (region.end_i < end and ex.source_word(region.end_i))
        or _told_by(ex, region.end_i, end)
    ):
        return None
    a, b = j + 1, region.close_i
    if any(t.kind not in ("word", "latin", "number") or t.norm in ex.cues for t in tokens[a:b]):
        return None
    if not said and ex.mention_at(tokens[a].start, tokens[b - 1].end) is None:
        return None
    return ex.ref_of(Phrase(a, b, a, False, tokens[a].start), "source"), region.end_i


def _told_by(ex: Extraction, k: int, end: int) -> bool:
    """A comma at token ``k`` and a person or a title after it."""
    if k + 1 >= end or ex.tokens[k].text not in COMMA_LIKE:
        return False
    phrase = ex.after(k + 1, end)
    if phrase is None:
        return False
    first = ex.tokens[phrase.start]
    return first.start in ex.name_starts or head_of(first.norm) in ex.lex.words("title")
