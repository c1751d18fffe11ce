"""The speaker a relative pronoun before a cue stands for: the person or body named right
before it (… محسن حسن، الذي قال إن …), the title with its genitives rather than their
field or body (وزير التجارة الذي أعلن …، مدير البنك المركزي الذي أكد …), and the person
named before the comma of such a title (سامي علي، نائب رئيس النادي الذي أكد …)."""

from __future__ import annotations

from bisect import bisect_right

from ..document import Mention, Sentence
from ..lexicon.keys import head_of
from .context import COMMA_LIKE, Extraction, Ref
from .forms import is_filler, sound_plural_of_people

__all__ = ["relative_antecedent"]


def relative_antecedent(ex: Extraction, i: int, sentence: Sentence) -> Ref | None:
    """The person or body named right before a relative pronoun that the cue at ``i``
    follows (… محسن حسن، الذي قال إن …، الذي كان قد أكد …)."""
    tokens = ex.tokens
    k = i - 1
    while k > sentence.token_start and is_filler(tokens[k].norm, ex.lex):
        k -= 1
    if k <= sentence.token_start or tokens[k].norm not in ex.relative:
        return None
    m = k - 1 - (tokens[k - 1].text in COMMA_LIKE)
    if m < sentence.token_start:
        return None
    mention = _mention_ending_at(ex, m)
    if mention is None or mention.label not in ("PER", "ORG"):
        return _title_before(ex, m, sentence, relative=tokens[k].norm)
    first = m
    while first > sentence.token_start and tokens[first - 1].start >= mention.start:
        first -= 1
    if mention.label != "PER":
        holder = _office_holder(ex, first, sentence) or _title_before(
            ex, m, sentence, first, tokens[k].norm
        )
        if holder is not None:
            return holder
    name = mention.start if mention.label == "PER" else -1
    return Ref(first, m + 1, mention.start, mention.end, name, False, "sentence")


def _mention_ending_at(ex: Extraction, m: int) -> Mention | None:
    """The last mention starting at or before token ``m`` if it ends with that token."""
    j = bisect_right(ex.mention_starts, ex.tokens[m].start) - 1
    mention = ex.mentions[j] if j >= 0 else None
    return mention if mention is not None and mention.end == ex.tokens[m].end else None


def _office_holder(ex: Extraction, first: int, sentence: Sentence) -> Ref | None:
    """The person a body named from token ``first`` is the office of: the body is the
    genitive of a title set off by a comma after the person's name (سامي علي، رئيس صندوق
    الأمل، الذي أعلن …، سامي علي، نائب رئيس النادي الذي أكد …: the relative speaks for
    the head of the title, the person)."""
    tokens = ex.tokens
    titles = ex.lex.words("title")
    k = first - 1
    if k <= sentence.token_start or head_of(tokens[k].norm) not in titles:
        return None
    while k - 1 > sentence.token_start and head_of(tokens[k - 1].norm) in titles:
        k -= 1  # (نائب رئيس)
    return _apposed(ex, k, sentence)


def _apposed(ex: Extraction, k: int, sentence: Sentence) -> Ref | None:
    """The person named right before the comma before a title at token ``k``."""
    tokens = ex.tokens
    if k - 2 < sentence.token_start or tokens[k - 1].text not in COMMA_LIKE:
        return None
    person = _mention_ending_at(ex, k - 2)
    if person is None or person.label != "PER":
        return None
    a = k - 2
    while a > sentence.token_start and tokens[a - 1].start >= person.start:
        a -= 1
    return Ref(a, k - 1, person.start, person.end, person.start, False, "sentence")


def _title_before(
    ex: Extraction, m: int, sentence: Sentence, body: int = -1, relative: str = ""
) -> Ref | None:
    """A title phrase ending at token ``m`` before a relative pronoun: definite (… مع
    الطبيب الشرعي الذي أكد), or a title's head with its genitives that agrees with the
    singular ``relative`` (وهو ما أكده وزير الصناعة الذي أعلن …، مدير البنك المركزي
    الذي أكد …: the title, not its field or body; not ممثلو البنك الذي …); with
    ``body``, the first token of a body's name the phrase must take in."""
    lo = max(sentence.token_start, (body if body >= 0 else m) - 3)
    for a in range(lo, body if body >= 0 else m + 1):
        tok = ex.tokens[a]
        if tok.norm.startswith("ال") or (a < m and _agrees_relative(ex, tok.norm, relative)):
            phrase = ex.before(a, m + 1)
            if phrase is not None and phrase.title:
                return _apposed(ex, a, sentence) or ex.ref_of(phrase, "sentence")
    return None


def _agrees_relative(ex: Extraction, norm: str, relative: str) -> bool:
    """``norm`` is a title's head in the gender of the singular ``relative`` (وزير …
    الذي، وزيرة … التي), no plural."""
    head = head_of(norm)
    if head not in ex.lex.words("title") or head in ex.plural or sound_plural_of_people(head):
        return False
    return relative == ("التي" if head.endswith("ة") else "الذي")
