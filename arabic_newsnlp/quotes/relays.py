"""A source phrase relaying a cue's subject: وحسب البلاغ، أكد الوزير سامي علي أن …،
توقعت الوزيرة سامية علي تحسنا …، بحسب الوكالة. The subject of the cue speaks, and the
medium or statement relays; a person named as the source (وفق تعبير سامي علي) speaks for
the subject and stays the speaker.
"""

from __future__ import annotations

from ..document import Sentence
from ..lexicon.keys import head_of
from .appositions import complemented, seated, whole_names
from .context import Extraction, Ref
from .forms import is_filler

__all__ = ["clause_speaker", "cue_with_subject", "person_or_title", "person_source"]


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
