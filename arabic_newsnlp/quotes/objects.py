"""Phrases right after a cue that are not its subject, which is then elided: a feminine
object of a masculine verb (ودعا الفلاحات إلى …، وأبرز قدرة التوزيع), a participle of
manner (وقال مخاطبا الحضور), and the addressee of a speech noun (في تصريحات لوسائل
الإعلام). Used by :mod:`.speakers`.
"""

from __future__ import annotations

from ..lexicon.keys import head_of
from ..lexicon.speech import CueEntry
from .attribute import Phrase
from .context import Extraction
from .forms import adjective, circumstantial, unpossessed

__all__ = ["accusative_plural", "not_subject"]


def not_subject(ex: Extraction, phrase: Phrase, entry: CueEntry) -> bool:
    """Whether the phrase after cue ``entry`` is not its subject."""
    return (
        (entry.gender == "m" and _feminine(ex, phrase))
        or _manner(ex, phrase)
        or _addressed(ex, phrase)
    )


def accusative_plural(ex: Extraction, phrase: Phrase) -> bool:
    """A phrase headed by a definite sound masculine plural in ين (المسافرين، المواطنين),
    which a verb has as its object: its subject would end in ون; not a name (البحرين)."""
    head = ex.tokens[phrase.start]
    n = head.norm
    return (
        n.startswith("ال")
        and n.endswith("ين")
        and len(n) > 6
        and not phrase.title
        and ex.mention_at(head.start, head.end) is None
    )


def _feminine(ex: Extraction, phrase: Phrase) -> bool:
    """A phrase headed by a feminine noun (الفلاحات، قدرة التوزيع) or by a broken plural
    its feminine adjective shows (الهياكل القضائية، الأطراف المعنية), which a masculine
    verb cannot have as its subject; not a person's name (حمزة، أسامة)."""
    head = ex.tokens[phrase.start]
    n = head.norm
    if head.start in ex.name_starts or phrase.title:
        return False
    if (n.startswith("ال") and n.endswith("ات") and len(n) > 5) or n.endswith("ة"):
        return True
    k = phrase.start + 1
    if not n.startswith("ال") or k >= len(ex.tokens):
        return False
    nxt = ex.tokens[k].norm
    return nxt.startswith("ال") and nxt.endswith("ة") and adjective(nxt)


def _manner(ex: Extraction, phrase: Phrase) -> bool:
    """A phrase opened by a participle of manner (مخاطبا، متوجها), which describes the
    elided speaker and names no one; not a person's name, nor a noun with our pronoun
    (محدثنا) or a title with its pronoun (مديرها): the speaker."""
    head = ex.tokens[phrase.start]
    n = head.norm
    return (
        head.start not in ex.name_starts
        and circumstantial(n)
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
