"""Word tests of the speaker-phrase grammar (:mod:`.grammar`): the word classes of the
lexicon it reads, and its look-ahead tests over tokens (a place phrase after an anonymous
head, a short name after a title, a medium after ل, a genitive inside a title).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..document import Token
from ..lexicon.gazetteer import gazetteer, name_lists
from ..lexicon.keys import head_of, name_key
from ..lexicon.speech import CueEntry, lexicon
from .forms import nisba

__all__ = [
    "WORDY",
    "PhraseTables",
    "genitive_at",
    "joins",
    "last_word",
    "medium_at",
    "name_like",
    "phrase_tables",
    "place_phrase",
    "short_name_at",
]

#: The token kinds a phrase's words may have.
WORDY = frozenset(["word", "latin"])


@dataclass(frozen=True, slots=True)
class PhraseTables:
    stop: frozenset[str]
    comp: frozenset[str]
    modifier: frozenset[str]
    addressee: frozenset[str]
    heads: frozenset[str]
    titles: frozenset[str]
    particles: frozenset[str]
    cues: dict[str, CueEntry]
    lead: frozenset[str]
    adjective: frozenset[str]
    compound: frozenset[str]
    genitive: frozenset[str]
    place: frozenset[str]
    adjunct: frozenset[str]
    place_preps: frozenset[str]
    plural: frozenset[str]
    sources: frozenset[str]
    same: frozenset[str]
    portfolio: frozenset[str]
    guest: frozenset[str]


_tables: list[PhraseTables] = []


def phrase_tables() -> PhraseTables:
    if not _tables:
        lex = lexicon()
        _tables.append(
            PhraseTables(
                lex.words("stop") | lex.words("pronoun_stop"),
                lex.words("comp"),
                lex.words("modifier"),
                lex.words("addressee"),
                lex.words("heads"),
                lex.words("title"),
                lex.words("particle"),
                lex.cues,
                lex.words("lead"),
                lex.words("adjective"),
                lex.words("compound"),
                lex.words("genitive"),
                lex.words("place_noun"),
                lex.words("adjunct") | lex.words("statement"),
                lex.words("place_prep"),
                lex.words("plural"),
                frozenset(e.words[0] for found in lex.sources.values() for e in found),
                lex.words("same"),
                lex.words("portfolio"),
                lex.words("guest"),
            )
        )
    return _tables[0]


def name_like(norm: str) -> bool:
    """Whether the person-name lists know a word (as a given name, surname ...)."""
    return bool(name_lists().word_kinds(name_key(norm)))


def joins(tokens: Sequence[Token], k: int, limit: int) -> bool:
    """Token ``k`` is a hyphen written without spaces between two words: هينيس-بلاسخارت."""
    tok = tokens[k]
    return (
        tok.text in ("-", "‐")
        and 0 < k < limit - 1
        and tokens[k - 1].end == tok.start
        and tokens[k + 1].start == tok.end
        and tokens[k + 1].kind in WORDY
    )


def place_start(tokens: Sequence[Token], k: int, limit: int, t: PhraseTables) -> tuple[int, str]:
    """Where the noun of a place phrase at token ``k`` starts, and that noun (``-1`` when
    ``k`` opens none): في / من + noun, or ب written on a head noun (بوزارة الخارجية) or on a
    definite place noun (بالجهة)."""
    n = tokens[k].norm
    if n in t.place_preps:
        a = k + 1
        if n == "من" and a + 1 < limit and tokens[a].norm == "داخل":
            a += 1  # مصادر من داخل الحزب: one preposition
        if a >= limit or tokens[a].kind not in WORDY:
            return -1, ""
        return a, tokens[a].norm
    if len(n) > 3 and n[0] == "ب" and head_of(n[1:]) in t.heads:
        return k, n[1:]  # بوزارة الخارجية، بالوزارة
    if n.startswith("بال") and (n[1:] in t.place or head_of(n[1:]) in t.place):
        return k, n[1:]  # بالجهة، بالمنطقة: a definite place noun
    return -1, ""


def place_word_ends(tokens: Sequence[Token], m: int, t: PhraseTables) -> bool:
    """Token ``m`` cannot continue a place phrase."""
    tok = tokens[m]
    w = tok.norm
    if tok.kind not in WORDY or not w or w in t.stop or w in t.comp or w in t.lead:
        return True
    if w in t.cues or (len(w) > 2 and w[0] == "و") or w.startswith(("بال", "كال", "فال")):
        return True
    return w[0] == "ل" and (w[1:] in t.addressee or head_of(w) in t.addressee)


def place_phrase(tokens: Sequence[Token], k: int, limit: int, t: PhraseTables) -> int:
    """The end of a place or field after an anonymous source (``k`` at في / من / ب...):
    مصدر في الوزارة، سكان في مدينة الفاشر، ناشطات في مجال حقوق المرأة; ``k`` if none."""
    a, first = place_start(tokens, k, limit, t)
    if a < 0:
        return k
    base = head_of(first)
    if not first or first in t.stop or first in t.comp or base in t.adjunct:
        return k
    known = base in t.heads or base in t.place
    close = k > 0 and tokens[k - 1].norm in t.adjective  # مصادر مقربة من التحقيق
    if not known and ((tokens[k].norm == "من" and not close) or not first.startswith("ال")):
        return k
    prev_known = known
    prev_definite = first.startswith("ال")
    m = a + 1
    stop_at = min(limit, a + 6)
    while m < stop_at:
        if place_word_ends(tokens, m, t):
            break
        w = tokens[m].norm
        if w.startswith(("ال", "لل")) or nisba(tokens[m], w):
            prev_definite = True
        elif prev_known and not prev_definite:
            prev_definite = False  # a genitive of a known noun: مدينة حمص، مجال حقوق
        else:
            break
        base = head_of(w)
        prev_known = base in t.heads or base in t.place or base in t.genitive
        m += 1
    return m


def last_word(tokens: Sequence[Token], k: int, limit: int, comp: frozenset[str]) -> bool:
    """Token ``k`` ends the phrase: punctuation or a complementizer follows it (a name's
    last word written like a preposition and article: وقال سامي بالحاج إن ...)."""
    return k + 1 >= limit or tokens[k + 1].kind == "punct" or tokens[k + 1].norm in comp


def short_name_at(tokens: Sequence[Token], k: int, limit: int, t: PhraseTables) -> bool:
    """A short given name written with و (وليد، وائل، وفاء) after a title, followed by
    a surname: مدير المستشفى وليد عيسى (a coordinated word is longer: وبايدن، والوزير)."""
    n = tokens[k].norm
    if len(n) > 4 or n.startswith("وال") or k + 1 >= limit:
        return False
    nxt = tokens[k + 1]
    w = nxt.norm
    return (
        nxt.kind in WORDY
        and bool(w)
        and w not in t.stop
        and w not in t.comp
        and w not in t.cues
        and w[0] != "و"
        and not w.startswith(("ال", "لل"))
    )


def medium_at(tokens: Sequence[Token], k: int, limit: int) -> bool:
    """Token ``k`` (``ل`` written on it) opens the name of a news medium the gazetteer
    knows (لرويترز، لفرانس برس): whom the words were given to."""
    keys = [name_key(tokens[k].norm[1:])]
    keys += [name_key(tok.norm) for tok in tokens[k + 1 : min(limit, k + 4)]]
    match = gazetteer().longest_match(keys)
    return match is not None and any(e.kind == "media" for e in match.entries)


def genitive_at(tokens: Sequence[Token], k: int, limit: int, n: str, t: PhraseTables) -> bool:
    """``لكرة القدم`` / ``لحقوق الإنسان`` inside a title: ل + noun + a definite word, when
    the noun is a known genitive or a name follows the definite words."""
    nxt = k + 1
    if nxt >= limit or not tokens[nxt].norm.startswith("ال"):
        return False
    if n[1:] in t.genitive:
        return True
    m = nxt
    while m < limit and m < nxt + 3 and tokens[m].norm.startswith("ال"):
        m += 1
    if m >= limit or tokens[m].kind not in WORDY:
        return False
    w = tokens[m].norm
    return bool(w) and w not in t.stop and w not in t.comp and w not in t.cues and w not in t.lead
