"""Continuity across sentences: the speakers an elided cue may refer back to, and quoted
paragraphs that carry on the previous quote.

Every speaker a cue names is registered with the gender and number of its verb; re-mentions
of a known speaker (and entity mentions) standing as a clause subject are registered as the
text is read. An elided cue (وأضاف، وقالت) takes the most recent agreeing speaker among the
last few. The scan moves forward only, so the work is linear in the document.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from ..document import Token
from ..lexicon.keys import head_of
from ..lexicon.speech import CueEntry
from .appositions import placed_group
from .context import COMMA_LIKE, Candidate, Extraction, Found, Ref
from .forms import being_verb, preposition_written_on, sound_plural_of_people
from .marks import Region
from .titles import office

__all__ = [
    "agrees",
    "antecedent",
    "continuations",
    "goes_on",
    "latest_speaker",
    "names_one",
    "register",
    "scan_subjects",
]

_SUBJECT_SCAN = 15
_MIN_CONTINUATION_TOKENS = 3
#: How many of the last quotes found a subject re-mention is checked against.
_RECENT = 4
#: How far after a title of an office the name of its holder is looked for.
_NAME_AFTER = 10


def register(ex: Extraction, tok: int, ref: Ref, gender: str, number: str) -> None:
    """Remember a speaker for elided cues later on. A verb before its subject is
    singular (وقال سكان), so a human plural head (class ``plural``, or spelled as one:
    المشاركون، السياسيون) makes the speaker plural, and a feminine one (ناشطات)
    feminine."""
    if ref.tok_end > ref.tok_start:
        first = ex.tokens[ref.tok_start]
        n = first.norm
        if ref.char_start > first.start and n[:1] in ("ل", "و"):
            n = n[1:]  # لمسؤولين، وسكان
        head = head_of(n)
        if head in ex.plural or sound_plural_of_people(head):
            number = "pl"
            if head.endswith("ات"):
                gender = "f"
        elif n in ex.quantifier:
            gender, number = "-", "-"  # عدد من الأفراد: a group, with a verb of any form
    cand = Candidate(tok, ref, gender, number)
    ex.candidates.append(cand)
    if ref.tok_end > ref.tok_start:
        ex.known[ex.tokens[ref.tok_end - 1].norm] = cand
        ex.covered.update(range(ref.tok_start, ref.tok_end))


def _in_content(ex: Extraction, offset: int) -> bool:
    """Whether character ``offset`` lies in the content of one of the last quotes found."""
    return any(a <= offset < b for f in ex.found[-_RECENT:] for a, b in f.spans)


def scan_subjects(ex: Extraction, upto: int) -> None:
    """Register re-mentions of known speakers (and entity mentions) that stand as a
    clause subject before token ``upto``: ودعا بلينكن ...، وكان بلينكن ..."""
    tokens = ex.tokens
    sentences = ex.sentences
    while ex.scan_sentence < len(sentences):
        s = sentences[ex.scan_sentence]
        if s.token_start >= upto:
            return
        lo = max(s.token_start, ex.scan_token)
        hi = min(s.token_end, s.token_start + _SUBJECT_SCAN, upto)
        clause = s.token_start
        for k in range(s.token_start, hi):
            tok = tokens[k]
            if tok.kind == "punct":
                if tok.text in COMMA_LIKE:
                    clause = k + 1
                continue
            if k < lo:
                continue
            position = k - clause
            if position > 1 or (
                position == 1
                and (
                    ex.is_stop(tokens[clause].norm)
                    or (
                        head_of(tokens[clause].norm) in ex.lex.words("heads")
                        and tokens[clause].norm not in ex.lex.after_particle  # (طالب)
                    )
                )
            ):
                continue  # (، عضو المجلس المركزي: a title's genitive, no subject)
            if _in_content(ex, tok.start):
                continue  # the subject of reported content (قال إن المجلس اجتمع) is no speaker
            known = ex.known.get(tok.norm)
            if known is not None and not known.ref.tok_start <= k < known.ref.tok_end:
                ref = Ref(k, k + 1, tok.start, tok.end, tok.start, False, "vso")
                ex.candidates.append(Candidate(k, ref, known.gender, known.number))
            elif position == 1 and k not in ex.covered and _group(ex, k, s.token_end):
                pass  # أصدر عدد من الأحزاب …: a group as the verb's subject
            elif position == 1 and k not in ex.covered and _titled(ex, k, s.token_end):
                pass  # افتتح وزير الثقافة سامي العلي …: a titled person as the verb's subject
            elif ex.mentions and k not in ex.covered:
                mention = ex.mention_at(tok.start, tok.end)
                if (
                    mention is not None
                    and mention.label in ("PER", "ORG")
                    and not _governed(tok, mention.start)
                ):
                    ref = Ref(k, k + 1, mention.start, mention.end, mention.start, False, "vso")
                    ex.candidates.append(Candidate(k, ref, "-", "-"))
        if s.token_end > upto:
            ex.scan_token = upto
            return
        ex.scan_sentence += 1
        ex.scan_token = s.token_end


def _governed(tok: Token, start: int) -> bool:
    """A mention starting at ``start`` inside token ``tok`` after a preposition written
    on it (لوكالة الأنباء، بالوزارة، وللحكومة): its object, no clause subject."""
    return start > tok.start and preposition_written_on(tok)


def _titled(ex: Extraction, k: int, end: int) -> bool:
    """Register a title with a person's name standing as the subject of a clause's verb
    at token ``k`` (افتتح وزير الثقافة سامي العلي المعرض …، ثم وأكد أن …: the minister),
    which a later elided cue refers back to; not after a verb of being (وكان الوزير X
    قد زار …: a past event); whether there was one."""
    tok = ex.tokens[k]
    if head_of(tok.norm) not in ex.lex.words("title") or being_verb(ex.tokens[k - 1].norm):
        return False  # (وكان الوزير X قد …: a past event, not the one reported now)
    phrase = ex.after(k, end)
    if phrase is None or not phrase.title:
        return False
    if phrase.name > k:
        person = ex.mention_at(ex.tokens[phrase.name].start, ex.tokens[phrase.name].end)
        if person is None or person.label != "PER":
            return False
    elif phrase.name >= 0 or not office(" ".join(t.norm for t in ex.tokens[k : phrase.end])):
        return False  # (المصدر، العلماء: no office)
    elif phrase.end < end and ex.tokens[phrase.end].norm in ex.same:
        return False  # (الوزير ذاته: the speaker named before)
    gender = "f" if head_of(tok.norm).endswith("ة") else "m"
    ref = _office_ref(ex, k, phrase.name if phrase.name > k else phrase.end, end)
    register(ex, k, ref, gender, "sg")
    return True


def _office_ref(ex: Extraction, k: int, b: int, end: int) -> Ref:
    """The speaker a title of an office from token ``k`` to ``b`` stands for: the person
    named a little after it (تحدث المكلف بالإعلام بالإدارة العامة العميد سامي علي،
    القيادية في الحزب ليلى بن سالم), else the title up to its definite genitives
    (والتقى رئيس الجمهورية مجموعة من … → رئيس الجمهورية)."""
    tokens = ex.tokens
    commas = 0
    for j in range(b, min(end, b + _NAME_AFTER)):
        if tokens[j].kind == "punct":
            commas += tokens[j].text in COMMA_LIKE
            if commas > 1 or tokens[j].text not in COMMA_LIKE:
                break
            continue
        person = ex.mention_over(tokens[j])
        if person is not None and person.label == "PER":
            last = j
            while last + 1 < end and tokens[last + 1].start < person.end:
                last += 1
            return Ref(k, last + 1, tokens[k].start, person.end, person.start, True, "vso")
    last = k + 1
    if tokens[k].norm.startswith("ال"):  # الوزير (الجهوي), not its object: الوزير المعرض
        titles, modifiers = ex.lex.words("title"), ex.lex.words("modifier")
        while (
            last < b
            and tokens[last].norm.startswith("ال")
            and (
                tokens[last].norm[-1] in "ية"
                or tokens[last].norm in modifiers
                or head_of(tokens[last].norm) in titles
            )
        ):
            last += 1  # الرئيس المدير العام
        if last < b and not tokens[last].norm.startswith("ال"):
            last = b  # الناطق الرسمي باسم المحكمة، المدير الجهوي للصحة
    else:  # رئيس الجمهورية, not its object: رئيس الجمهورية مجموعة
        while last < b and not (
            tokens[last - 1].norm.startswith("ال") and not tokens[last].norm.startswith("ال")
        ):
            last += 1
    return Ref(k, last, tokens[k].start, tokens[last - 1].end, -1, True, "vso")


def _group(ex: Extraction, k: int, end: int) -> bool:
    """Register a partitive group standing as a subject at token ``k`` (عدد من الأحزاب),
    which a verb of any form may refer back to; whether there was one."""
    ref = ex.partitive(k, end, "vso")
    if ref is None:
        return False
    register(ex, k, placed_group(ex, ref, end), "-", "-")
    return True


def names_one(ex: Extraction, k: int, end: int) -> bool:
    """The phrase of tokens ``[k, end)`` names someone who may speak: it opens with a
    title, a body's head, a human plural or a plural in the nominative or a quantifier
    (الوزيرة، الجيش، الحاضرون، أحد عناصرها) or a mention, or ends in a known speaker."""
    first = ex.tokens[k]
    head = head_of(first.norm)
    mention = ex.mention_at(first.start, first.end)
    return (
        head in ex.lex.words("title")
        or head in ex.lex.words("heads")
        or head in ex.plural
        or sound_plural_of_people(head)
        or (len(head) > 4 and head.endswith("ون"))  # (a plural in the nominative: الحاضرون)
        or first.norm in ex.quantifier
        or (mention is not None and mention.start == first.start)
        or ex.tokens[end - 1].norm in ex.known
    )


def agrees(cue: CueEntry, other: CueEntry) -> bool:
    """Two cues agree in gender and number (``-`` agrees with any)."""
    gender = cue.gender in ("-", other.gender) or other.gender == "-"
    return gender and (cue.number in ("-", other.number) or other.number == "-")


def goes_on(ex: Extraction, k: int, cue: CueEntry, start: int, *, contrast: bool) -> bool:
    """Content running on goes on past a verb at token ``k`` whose direct object starts
    at token ``start`` (``contrast``: a conjunction that opens a clause stands before it,
    كما، فيما), which opens no new quote: when the object names someone (the verb's own
    subject: فيما أدانت الوزارة …), is a demonstrative before a definite noun (the subject
    after it: كما أكد ذلك الوزير), or follows a pronoun written on the word before (لكنه
    رفض …: one the content speaks of); and after a bare و, when the verb is spelled as its
    own verbal noun (three letters, the masculine singular: … الحصار ورفض توريد الوقود،
    المساءلة وكشف الحقيقة: "and the disclosure")."""
    tokens = ex.tokens
    first = tokens[start]
    n = first.norm
    if names_one(ex, start, start + 1) and (
        cue.lemma not in ex.lex.words("asking") or ex.mention_at(first.start, first.end)
    ):
        return True  # (… فيما أدانت وزارة الخارجية الهجوم، ودعا الصين إلى …: a subject
        # of its own; not the addressee of a verb of asking: ودعا الفرنسيين إلى …)
    if n in ex.demonstrative:
        return start + 1 < len(tokens) and tokens[start + 1].norm.startswith("ال")
    segments = tokens[k - 1].segments
    if segments and segments[-1].kind == "enclitic":
        return True  # (… لكنه رفض النظر في القضية: the one the content speaks of)
    if contrast or cue.gender != "m" or cue.number != "sg":
        return False
    stem = tokens[k].norm[len(cue.prefix) :]
    return len(stem) == 3 and stem[0] != "ا" and stem[-1] not in "اي"


def antecedent(
    ex: Extraction, i: int, gender: str, number: str, *, addressee: str = ""
) -> tuple[Ref | None, str]:
    """The most recent speaker before token ``i`` that agrees with the cue, not the one
    written ``addressee`` with ل after it (وأكد للشاهد أن …: not الشاهد)."""
    scan_subjects(ex, i)
    best: Candidate | None = None
    fallback: Candidate | None = None
    for cand in ex.candidates:
        if cand.tok >= i or (addressee and _addressed(ex, cand.ref, addressee)):
            continue
        if fallback is None or cand.tok > fallback.tok:
            fallback = cand
        agrees = (
            (gender in ("-", cand.gender) or cand.gender == "-")
            and (number in ("-", cand.number) or cand.number == "-")
            and not (number == "pl" and cand.number == "-" and _one_person(ex, cand.ref))
        )
        if agrees and (best is None or cand.tok > best.tok):
            best = cand
    if best is not None:
        return best.ref, "antecedent"
    if fallback is not None:
        return fallback.ref, "antecedent-any"
    return None, "none"


def _one_person(ex: Extraction, ref: Ref) -> bool:
    """``ref`` is one person, no antecedent for a cue in the plural: a person's name the
    entity step found (وأكد بلينكن …، وأضافوا) or a title or a speaker's word in the
    singular (وأكد مراسلنا …، وهددوا); not a body or a group (وقال فريق البحث …،
    مضيفين)."""
    mention = ex.mention_at(ref.char_start, ref.char_end)
    if mention is not None and mention.label == "PER" and mention.end >= ref.char_end:
        return not any(t.norm[:1] == "و" for t in ex.tokens[ref.tok_start + 1 : ref.tok_end])
    if ref.tok_end <= ref.tok_start:
        return False
    n = ex.tokens[ref.tok_start].norm
    head = head_of(n[1:] if ref.char_start > ex.tokens[ref.tok_start].start else n)
    return (head in ex.lex.words("title") or head in ex.lex.words("speaker_head")) and not (
        head in ex.plural or head in ex.lex.words("heads")
    )


def _addressed(ex: Extraction, ref: Ref, addressee: str) -> bool:
    """``addressee`` (a word with ل written on it) is ``ref``'s last word: للشاهد for
    الشاهد, لسامي for سامي."""
    tokens = ex.tokens
    m = ref.tok_start
    while m + 1 < len(tokens) and tokens[m + 1].end <= ref.char_end:
        m += 1  # (a mention's ref holds its first word only)
    last = tokens[m].norm
    return addressee == "ل" + (last[1:] if last.startswith("ال") else last)


def latest_speaker(
    ex: Extraction, lo: int, i: int, gender: str = "-", number: str = "-"
) -> Candidate | None:
    """The most recent speaker registered at a token in ``[lo, i)`` whose gender agrees
    with ``gender`` (a participle: وأوضح الوزير …، مبينة أن … does not hang on the
    minister), and not one person for a plural (وأوضح الوزير …، مؤكدين)."""
    scan_subjects(ex, i)
    best: Candidate | None = None
    for cand in ex.candidates:
        if not lo <= cand.tok < i or ("-" not in (gender, cand.gender) and cand.gender != gender):
            continue
        if number == "pl" and cand.number != "pl" and _one_person(ex, cand.ref):
            continue
        if best is None or cand.tok > best.tok:
            best = cand
    return best


def continuations(ex: Extraction, regions: Sequence[Region]) -> None:
    """A quoted stretch right after a direct quote carries on the same speaker."""
    if not ex.found:
        return
    ordered = sorted(ex.found, key=lambda f: f.last_tok)
    ends = [f.last_tok for f in ordered]
    tokens = ex.tokens
    for region in regions:
        if region.open_i in ex.used or region.n_tokens < _MIN_CONTINUATION_TOKENS:
            continue
        if ex.is_naming(region):
            continue
        k = bisect_right(ends, region.open_i) - 1
        if k < 0:
            continue
        prev = ordered[k]
        if prev.kind != "direct" or prev.ref is None:
            continue
        gap = range(prev.last_tok, region.open_i)
        if len(gap) > 3 or any(tokens[g].kind != "punct" for g in gap):
            continue
        found = Found(
            "direct",
            list(region.spans),
            prev.cue,
            prev.ref,
            "continuation",
            region.open_i,
            region.end_i,
            "previous",
            [region],
        )
        ex.found.append(found)
        ex.used.add(region.open_i)
        ordered.insert(k + 1, found)
        ends.insert(k + 1, found.last_tok)
