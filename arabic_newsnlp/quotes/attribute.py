"""Speakers: the phrase that names a source, the antecedent of an elided one, and the
canonical name both resolve to.

A speaker phrase is read with a small grammar over normalised tokens, used when the entity
step gives no mention there (and to bound the phrase when it does)::

    phrase := title-part? name-part?  |  anonymous
    title-part := head (genitive | adjective | modifier)*     وزير الخارجية الأميركي
    name-part := word+ (at most five; one name across -)      أنتوني بلينكن
    anonymous := indefinite-head adjective* place?            مسؤول سعودي رفيع
    place := (في | من | ب) noun-phrase                         مصدر في وزارة النفط

A head is a title (وزير، المتحدث) or an institution word (وزارة، مجلس); a name part starts
at the first word after the title part that is neither definite nor a title. The phrase
ends at punctuation, a preposition or particle, a time word (الخميس، الشهر الماضي), a
complementizer (إن، أن), another cue, a coordinated word (و...), or an addressee
(لوكالة، للصحفيين). An anonymous head with an adjective takes no name part: the
clause that follows (مسؤول أمريكي طلب عدم الكشف …) is not a name.

>>> from arabic_newsnlp.text.tokenize import tokenize
>>> tokens = tokenize("قال وزير الخارجية الأميركي أنتوني بلينكن الخميس إن")
>>> np = phrase_after(tokens, 1, len(tokens))
>>> [t.text for t in tokens[np.start:np.end]], tokens[np.name].text
(['وزير', 'الخارجية', 'الأميركي', 'أنتوني', 'بلينكن'], 'أنتوني')
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .._cache import BoundedCache
from ..document import Token
from ..text.normalize import normalize
from .cues import CueEntry, Lexicon, lexicon

__all__ = [
    "Phrase",
    "adjective",
    "canonical_name",
    "head_of",
    "is_filler",
    "phrase_after",
    "phrase_before",
]

_START, _TITLE_INDEF, _TITLE_DEF, _NAME = 0, 1, 2, 3
_MAX_PHRASE = 10
_MAX_NAME = 5
_WORDY = frozenset(["word", "latin"])
_ARTICLE_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال")
_PRONOUN_ENDINGS = ("ها", "هم", "هما", "كم", "هن")
_heads = BoundedCache[str, str](entries=50_000)


@dataclass(frozen=True, slots=True)
class Phrase:
    """A speaker phrase: tokens ``[start, end)``; ``name`` the index where its name part
    starts (``-1`` for none); ``title`` whether it has a title or institution head;
    ``char_start`` its first character (after a ``ل`` connector it skips); ``article``
    whether that connector swallowed the article (``للجيش``: the phrase reads ``جيش``)."""

    start: int
    end: int
    name: int
    title: bool
    char_start: int
    article: bool = False


def head_of(norm: str) -> str:
    """A normalised word without its article and a preposition before it.

    >>> head_of("للوزير"), head_of("والرئيس"), head_of("ال")
    ('وزير', 'رئيس', 'ال')
    """
    found = _heads.get(norm)
    if found is not None:
        return found
    found = norm
    for prefix in _ARTICLE_PREFIXES:
        if norm.startswith(prefix) and len(norm) - len(prefix) >= 2:
            found = norm[len(prefix):]
            break
    _heads.put(norm, found)
    return found


def is_filler(norm: str, lex: Lexicon | None = None) -> bool:
    """Whether a word before a cue is a filler, not its subject (``وكان``, ``قد``).

    >>> is_filler("وكان"), is_filler("الوزير")
    (True, False)
    """
    filler = (lex or lexicon()).words("filler")
    return norm in filler or (len(norm) > 2 and norm[0] in "وف" and norm[1:] in filler)


@dataclass(frozen=True, slots=True)
class _PhraseTables:
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


_tables: list[_PhraseTables] = []


def _phrase_tables() -> _PhraseTables:
    if not _tables:
        lex = lexicon()
        _tables.append(_PhraseTables(
            lex.words("stop"), lex.words("comp"), lex.words("modifier"), lex.words("addressee"),
            lex.words("heads"), lex.words("title"), lex.words("particle"), lex.cues,
            lex.words("lead"), lex.words("adjective"), lex.words("compound"),
            lex.words("genitive"), lex.words("place_noun"),
            lex.words("adjunct") | lex.words("statement"),
        ))
    return _tables[0]


def _nisba(tok: Token, norm: str) -> bool:
    """An indefinite relational adjective: أمريكي، أوروبية، أمريكيون (not ليلى، موسى)."""
    if len(norm) < 4 or norm.startswith("ال"):
        return False
    if norm.endswith(("ية", "يون", "يين", "يات")):
        return True
    return norm[-1] == "ي" and tok.text.rstrip()[-1:] != "ى"


def _joins(tokens: Sequence[Token], k: int, limit: int) -> bool:
    """Token ``k`` is a hyphen written without spaces between two words: هينيس-بلاسخارت."""
    tok = tokens[k]
    return (
        tok.text in ("-", "‐")
        and 0 < k < limit - 1
        and tokens[k - 1].end == tok.start
        and tokens[k + 1].start == tok.end
        and tokens[k + 1].kind in _WORDY
    )


def _place_phrase(tokens: Sequence[Token], k: int, limit: int, t: _PhraseTables) -> int:
    """The end of a place or field after an anonymous source (``k`` at في / من / ب...):
    مصدر في الوزارة، سكان في مدينة الفاشر، ناشطات في مجال حقوق المرأة; ``k`` if none."""
    n = tokens[k].norm
    if n in ("في", "من"):
        a = k + 1
        if a >= limit or tokens[a].kind not in _WORDY:
            return k
        first = tokens[a].norm
    elif len(n) > 3 and n[0] == "ب" and not n.startswith("بال") and head_of(n[1:]) in t.heads:
        a, first = k, n[1:]  # بوزارة الخارجية
    else:
        return k
    base = head_of(first)
    if not first or first in t.stop or first in t.comp or base in t.adjunct:
        return k
    known = base in t.heads or base in t.place
    if not known and (n == "من" or not first.startswith("ال")):
        return k
    prev_known = known
    prev_definite = first.startswith("ال")
    m = a + 1
    stop_at = min(limit, a + 6)
    while m < stop_at:
        tok = tokens[m]
        w = tok.norm
        if tok.kind not in _WORDY or not w or w in t.stop or w in t.comp or w in t.lead:
            break
        if w in t.cues or (len(w) > 2 and w[0] == "و") or w.startswith(("بال", "كال", "فال")):
            break
        if w[0] == "ل" and (w[1:] in t.addressee or head_of(w) in t.addressee):
            break
        if w.startswith(("ال", "لل")) or _nisba(tok, w):
            prev_definite = True
        elif prev_known and not prev_definite:
            prev_definite = False  # a genitive of a known noun: مدينة حمص، مجال حقوق
        else:
            break
        base = head_of(w)
        prev_known = base in t.heads or base in t.place or base in t.genitive
        m += 1
    return m


def _last_word(tokens: Sequence[Token], k: int, limit: int, comp: frozenset[str]) -> bool:
    """Token ``k`` ends the phrase: punctuation or a complementizer follows it (a name's
    last word written like a preposition and article: وقال سامي بالحاج إن ...)."""
    return k + 1 >= limit or tokens[k + 1].kind == "punct" or tokens[k + 1].norm in comp


def _short_name_at(tokens: Sequence[Token], k: int, limit: int, t: _PhraseTables) -> bool:
    """A short given name written with و (وليد، وائل، وفاء) after a title, followed by
    a surname: مدير المستشفى وليد عيسى (a coordinated word is longer: وبايدن، والوزير)."""
    n = tokens[k].norm
    if len(n) > 4 or n.startswith("وال") or k + 1 >= limit:
        return False
    nxt = tokens[k + 1]
    w = nxt.norm
    return nxt.kind in _WORDY and bool(w) and w not in t.stop and w not in t.comp \
        and w not in t.cues and w[0] != "و" and not w.startswith(("ال", "لل"))


def _genitive_at(tokens: Sequence[Token], k: int, limit: int, n: str,
                 t: _PhraseTables) -> bool:
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
    if m >= limit or tokens[m].kind not in _WORDY:
        return False
    w = tokens[m].norm
    return bool(w) and w not in t.stop and w not in t.comp and w not in t.cues \
        and w not in t.lead


def phrase_after(
    tokens: Sequence[Token],
    j: int,
    end: int,
    *,
    connector: bool = False,
    name_starts: frozenset[int] = frozenset(),
    other_starts: frozenset[int] = frozenset(),
) -> Phrase | None:
    """The speaker phrase starting at token ``j`` (and before ``end``), or ``None``.

    ``connector=True`` lets the first word carry the preposition ``ل`` of a source phrase
    (``وفقا لبيان``); ``name_starts`` are the character offsets of the words of person
    mentions, which always start or continue a name; ``other_starts`` those where another
    mention (a place, an organisation) starts, which ends a name: ودعا بلينكن الصين.
    """
    t = _phrase_tables()
    stop, comp, modifier, addressee, titles = t.stop, t.comp, t.modifier, t.addressee, t.heads
    particles, cues = t.particles, t.cues
    limit = min(end, j + _MAX_PHRASE, len(tokens))
    state = _START
    name = -1
    title = False
    char_start = tokens[j].start if j < len(tokens) else 0
    article = False
    definite_name = False
    anonymous = False  # an indefinite title head (مسؤول، مصدر، سكان): no name follows
    generic = False  # ... with an adjective after it (مسؤول أمريكي رفيع)
    prev = ""
    k = j
    while k < limit:
        tok = tokens[k]
        if tok.kind not in _WORDY:
            if state == _NAME and _joins(tokens, k, limit):
                k += 2  # هينيس-بلاسخارت: one name across an unspaced hyphen
                continue
            break
        n = tok.norm
        if not n:  # a word of marks only (a lone tatweel)
            break
        known_name = tok.start in name_starts
        if k == j and connector and len(n) > 3 and n[0] == "ل":
            article = n.startswith("لل")
            n = "ال" + n[2:] if article else n[1:]
            char_start = tok.start + (2 if article else 1)
        if anonymous and (generic or k == j + 1):
            if not known_name and (n in t.adjective or (
                    _nisba(tok, n) and head_of(n) not in titles and n not in t.place)):
                generic = True
                prev = n
                k += 1
                continue
            place_end = _place_phrase(tokens, k, limit, t)
            if place_end > k:
                k = place_end
                break
            if generic:
                break  # مسؤول أمريكي طلب عدم الكشف ...: the clause goes on, not a name
        if (n in comp or n in stop or n in t.lead) and not (
                (state in (_TITLE_DEF, _TITLE_INDEF) and n in modifier)
                or (state == _NAME and n not in comp and (prev in particles or known_name))):
            break  # (بن علي، محمد علي الرواحي: علي is also the preposition على)
        cue = cues.get(n)
        if cue is not None and not known_name and (k > j or cue.pos != "noun"):
            break
        if k > j and len(n) > 2 and n[0] == "و" and not known_name and n not in titles \
                and not (state == _TITLE_DEF and _short_name_at(tokens, k, limit, t)):
            break  # coordination: a second subject or clause (not وزارة، وزير، وليد)
        if (n.startswith(("بال", "كال", "فال")) and not (
                state == _NAME and _last_word(tokens, k, limit, comp))) or (
                k > j and n[0] == "ب" and head_of(n[1:]) in titles and not known_name):
            break  # a prepositional phrase: النائب بمجلس الشعب (not the surname بالحاج)
        if n[0] == "ل" and len(n) > 2 and not known_name:
            if n[1:] in addressee or (n.startswith("لل") and head_of(n) in addressee):
                break
            if n.startswith("لل"):
                if state not in (_TITLE_DEF, _TITLE_INDEF):
                    break
            elif state in (_TITLE_DEF, _TITLE_INDEF) and k > j and (
                head_of(n[1:]) in titles or _genitive_at(tokens, k, limit, n, t)
            ):
                state = _TITLE_INDEF  # لصندوق النقد، لكرة القدم: a genitive, not a name
                prev = n
                k += 1
                continue
        if k > j and n in addressee and not known_name:
            break
        base = head_of(n)
        definite = n.startswith(("ال", "لل"))
        headish = base in titles
        if definite and not known_name and k - j >= 2 and tokens[k - 1].start in name_starts \
                and tokens[k - 2].start in name_starts:
            break  # a person mention ended: ووصف الجيلاني الهمامي المعطيات
        if state == _START:
            if headish or definite:
                # A definite word opens a title-like part: المهندسة سلمى، الكرملين.
                state = _TITLE_DEF if definite else _TITLE_INDEF
                title = headish
                anonymous = not definite and n in t.titles and not known_name
            else:
                state = _NAME
                name = k
        elif state == _TITLE_INDEF:
            if definite or n in modifier:
                state = _TITLE_DEF if definite else _TITLE_INDEF
            elif known_name and not headish:  # (رئيسة هيئة الطاقة: a genitive)
                state = _NAME
                name = k
            elif not headish:
                state = _TITLE_DEF  # an adjective or genitive: مسؤول أميركي
        elif state == _TITLE_DEF:
            if definite:
                if n.startswith("ال") and prev.startswith(("ال", "لل")) and not known_name \
                        and n not in modifier and not adjective(n):
                    break  # two definite nouns are not one phrase: (أدانت) الحكومة الهجوم
            elif n in modifier or (headish and not known_name):
                state = _TITLE_INDEF
            elif _not_a_name(n) and not known_name:
                break
            else:
                state = _NAME
                name = k
        else:
            if k - name >= _MAX_NAME or (not known_name and (
                    tok.start in other_starts
                    or (definite and k - name >= 2 and tokens[k - 1].start in name_starts))):
                break  # the person mention ended: ودعا بلينكن الصين، الرئيس كريم سالم الأطراف
            if not known_name and (
                (definite_name and not definite and n not in particles) or _suffixed(n)
            ):
                break  # a new noun phrase (the object): حسن العلي قرار ...
            if definite and prev not in particles and n not in t.compound:
                definite_name = True  # (عبد الوهاب، فاطمة الزهراء: one given name)
        if k > j:
            anonymous = anonymous and state != _NAME
        prev = n
        k += 1
    if k == j:
        return None
    return Phrase(j, k, name, title, char_start, article)


def adjective(word: str) -> bool:
    """Whether a normalised word (its article and a final ة/ه either way) can be an
    adjective after a definite noun: a relational adjective (الفرنسية، الدولي), a
    participle (المسلحة، المتحدة) or an elative (الأحمر، الكبرى). Two definite nouns in a
    row are otherwise two phrases: (أدانت) الحكومة الهجوم.

    >>> [adjective(w) for w in ("الفرنسية", "المسلحه", "الاحمر", "الكبري", "الهجوم")]
    [True, True, True, True, False]
    """
    base = word[2:] if word.startswith("ال") else word
    return (
        base.endswith(("ي", "ية", "يه", "يون", "يين", "يات"))
        or (base[:1] == "م" and len(base) >= 4)
        or (len(base) == 4 and base[0] in "اأ")
    )


def _suffixed(norm: str) -> bool:
    """Ends with a possessive pronoun, which a name does not: رحلاتها، بلاده."""
    return len(norm) > 4 and norm.endswith(_PRONOUN_ENDINGS)


def _not_a_name(norm: str) -> bool:
    """A verbal noun (استئناف، إطلاق) or a possessed noun: not the start of a name."""
    if _suffixed(norm):
        return True
    if len(norm) >= 6 and norm.startswith("است"):
        return True
    return len(norm) == 5 and norm[0] == "ا" and norm[3] == "ا"


def phrase_before(
    tokens: Sequence[Token],
    clause_start: int,
    cue: int,
    *,
    name_starts: frozenset[int] = frozenset(),
    other_starts: frozenset[int] = frozenset(),
) -> Phrase | None:
    """A subject phrase filling ``[clause_start, cue)`` exactly (SVO: ``بلينكن يحذر``).

    Fillers at either edge (``وكان``, ``قد``) are skipped.
    """
    lex = lexicon()
    a, b = clause_start, cue
    while a < b and is_filler(tokens[a].norm, lex):
        a += 1
    while b > a and is_filler(tokens[b - 1].norm, lex):
        b -= 1
    if a >= b or b - a > _MAX_PHRASE:
        return None
    phrase = phrase_after(tokens, a, b, name_starts=name_starts, other_starts=other_starts)
    if phrase is None or phrase.end != b:
        return None
    return phrase


def canonical_name(name: str, known: Iterable[str]) -> str:
    """The longest of ``known`` whose words end with the words of ``name`` (or ``name``).

    Comparison ignores diacritics and alef forms, and a leading conjunction or article
    difference is not forgiven: ``بلينكن`` -> ``أنتوني بلينكن``.

    >>> canonical_name("بلينكن", ["سيول", "أنتوني بلينكن", "بلينكن"])
    'أنتوني بلينكن'
    """
    words = normalize(name).split()
    if not words:
        return name
    best = name
    best_len = len(words)
    size = len(words)
    for candidate in known:
        cwords = normalize(candidate).split()
        if len(cwords) > best_len and cwords[-size:] == words:
            best, best_len = candidate, len(cwords)
    return best
