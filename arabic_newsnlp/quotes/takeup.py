"""A cue that takes up the quote before it in its sentence: content that ran on to a
verb with its own object (… إلى زيادة الإنتاج ودعا الحضور إلى …، كما نفت وجود …) ends
there (:func:`.frames.opens_clause`), and the new quote keeps the running speaker when the
phrase after the verb names no one: that phrase is the verb's object or addressee.
"""

from __future__ import annotations

from dataclasses import replace

from ..document import Sentence
from ..lexicon.speech import CueEntry
from .context import Extraction, Ref
from .continuity import names_one
from .forms import preposition_written_on
from .frames import object_frame
from .marks import Region
from .speakers import subject

__all__ = [
    "considered",
    "impersonal_spelling",
    "noun_spelled",
    "runs_on",
    "saying",
    "subject_and_frame",
]


def considered(ex: Extraction, i: int, entry: CueEntry) -> bool:
    """The cue at token ``i`` is a verb of considering (class ``considering``) with its
    object pronoun (اعتبره، اعتبرتها) or in the present, also read as a passive (يعتبر
    الموقع الأول من نوعه: is considered): a cue only with someone named after it (وهو ما
    اعتبره الوزير مؤشرا على …، وتعتبر الحكومة أن …) or with its subject elided (واعتبرها
    «تحديا …»)."""
    segments = ex.tokens[i].segments
    return (
        entry.lemma in ex.lex.words("considering")
        and entry.frame != "describe"
        and (entry.pos == "imperf" or (bool(segments) and segments[-1].kind == "enclitic"))
    )


def impersonal_spelling(ex: Extraction, i: int, entry: CueEntry) -> bool:
    """The cue at token ``i`` is spelled, without the conjunction written on it
    (``entry.prefix``), as an impersonal passive (class ``impersonal``: تبين أنه …, "it
    turned out", the spelling of بين's present in the feminine; يعتقد أن, "it is
    believed"): a cue only with its subject named right after it (وتبين الدراسة أن …،
    ويعتقد الباحثون أن …)."""
    return ex.tokens[i].norm.removeprefix(entry.prefix) in ex.lex.words("impersonal")


def _named_after(ex: Extraction, i: int, ref: Ref | None) -> bool:
    """The subject ``ref`` of the cue at token ``i`` stands after it, and no preposition
    is written on its first word (تبين للأعوان، تبين بالتحري: an adjunct)."""
    return (
        ref is not None
        and ref.tok_start > i
        and not preposition_written_on(ex.tokens[ref.tok_start])
    )


def subject_and_frame(
    ex: Extraction, i: int, entry: CueEntry, sentence: Sentence
) -> tuple[Ref | None, int, tuple[str, int, Region | None] | None]:
    """The subject of the cue at token ``i``, the token after it and the frame after it;
    no subject when the cue takes up the quote before it and the phrase after it names
    no one (… ودعا الحضور إلى …: the addressee, the speaker the running one); no frame
    for a verb of considering with its object pronoun before a phrase that names no one
    (:func:`considered`)."""
    ref, after = subject(ex, i, entry, sentence)
    if (
        ref is not None
        and considered(ex, i, entry)
        and not names_one(ex, ref.tok_start, ref.tok_end)
    ):
        return None, i + 1, None  # (ما اعتبره عدم تلبية المطالب …: no one named after it)
    if impersonal_spelling(ex, i, entry) and not _named_after(ex, i, ref):
        return None, i + 1, None  # (وبالتحري تبين أنه …: it turned out)
    frame = object_frame(ex, after, sentence.token_end, entry)
    if runs_on(ex, i, ref, frame):
        return None, after, object_frame(ex, i + 1, sentence.token_end, entry)
    return ref, after, frame


def runs_on(
    ex: Extraction, i: int, ref: Ref | None, frame: tuple[str, int, Region | None] | None
) -> bool:
    """The cue at token ``i`` takes up the quote that ended right before it in its
    sentence (… إلى زيادة الإنتاج ودعا الحضور إلى …، كما نفت وجود …), and the phrase
    ``ref`` after it, with no complementizer, colon or quotation after it (``frame``),
    names no one (:func:`names_one`): its object, the speaker the running one."""
    if ref is None or not ex.found or (frame is not None and frame[0] != "object"):
        return False
    last = ex.found[-1]
    if last.ref is None or not i - 2 <= last.last_tok <= i:
        return False
    if ex.sentence_of(max(last.last_tok - 1, 0)) is not ex.sentence_of(i):
        return False
    return not names_one(ex, ref.tok_start, ref.tok_end)


def saying(entry: CueEntry | None, norm: str) -> CueEntry | None:
    """The cue of a token spelled ``norm``: the noun of saying with ب (بالقول، بقوله،
    بقولها), which continues another cue's frame (وعلق بالقول إن …), opens one of its own
    as a participle does where no cue before it took its words: the clause's subject
    speaks (وقدم المتحدث باسم القناة اعتذاره بالقول: «…»، واختتمت الخبيرة مداخلتها بالقول
    إن …)."""
    if entry is None or entry.pos != "inner" or not norm.startswith("ب"):
        return entry
    return replace(entry, pos="part", frame="say")


def noun_spelled(ex: Extraction, i: int, entry: CueEntry) -> bool:
    """The cue at token ``i`` reads as its verbal noun (:meth:`.Extraction.verbal_noun`),
    or as a noun, a perfect with no conjunction right after a preposition of its sentence
    (class ``preposition``: بعد رفض البرلمان …، تتأهل إلى ثمن نهائي …); not after من, which
    may be "who" (ضد من قالت إنهم …), nor after على, whose object is what was refused or
    promised (احتجاجا على رفض الوزارة التفاوض: the ministry's refusal, reported)."""
    if ex.verbal_noun(i):
        return True
    if entry.pos != "perf" or entry.prefix or i == 0:
        return False
    before = ex.tokens[i - 1]
    return (
        before.norm not in ("من", "علي")
        and before.norm in ex.lex.words("preposition")
        and before.start not in ex.name_starts  # (منذر بالحاج علي أعلن: a name's last word)
        and ex.sentence_of(i - 1) is ex.sentence_of(i)
    )
