"""Subjects set before their verb, apart from it: a topic after ``أما`` (``أما الحكومة
فأكدت``، ``أما النقابة، التي …، فأكدت``) and a subject after a verb of being with a clause
between commas before the verb (``وكان عدد من النواب، …، قد أكدوا``); a person named in
apposition right after the subject (``أما القيادي بالحزب، كريم سالم، فقال``) is the
speaker. Used by :mod:`.speakers`.
"""

from __future__ import annotations

from ..document import Sentence
from ..lexicon.speech import CueEntry
from .context import COMMA_LIKE, Extraction, Ref
from .forms import being_verb, feminine_verb, is_filler

__all__ = ["amma_subject", "fronted_subject", "topic_subject"]

_MAX_SUBJECT = 8
#: How far after the subject's comma the ف-word of ``أما X، …، فـ…`` may come.
_TOPIC_GAP = 20
#: How far a fronted subject may stand from its verb (وكان X، …، قد أكد).
_FRONTED_SPAN = 30


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
