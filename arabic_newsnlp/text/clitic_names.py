"""What names tell the clitic step: where a proclitic-looking letter begins a name.

The clitic model (:mod:`.clitic_model`) scores analyses with corpus counts; it knows few
names. This module corrects its best analysis with the gazetteer and the person-name
lists (:mod:`arabic_newsnlp.lexicon`), so that the segments every later step reads already
split a name off the clitics written onto it, and leave a name whole where its first
letter only looks like a clitic:

- a word the model left whole is split before a listed name or a written article:
  ``وبلبنان`` -> ``و`` + ``ب`` + ``لبنان``, ``وبيونغ`` -> ``و`` + ``بيونغ``;
- a split the model made is undone where the rest would be a stem of two letters never
  written alone (``وات``, not ``و`` + ``ات``) or where the word from that letter on is a
  known name and what would remain is not (``بارو``, ``كاليفورنيا``);
- a word that is itself a known name (a gazetteer name, or a word of the person-name
  lists longer than three letters) is never split.

>>> from arabic_newsnlp.text.clitics import segment
>>> [s.text for s in segment("وبلبنان")], [s.text for s in segment("وبارو")]
(['و', 'ب', 'لبنان'], ['و', 'بارو'])
>>> [s.text for s in segment("كاليفورنيا")]
['كاليفورنيا']
"""

from __future__ import annotations

from ..lexicon.gazetteer import gazetteer, name_lists
from ..lexicon.keys import ARTICLE, CONJUNCTIONS, PREPOSITIONS, name_key
from ..lexicon.usage import frequency_band
from .clitic_model import Spec, seen_alone, word_count
from .normalize import normalize

__all__ = ["known_name", "listed_name", "name_start_by_use", "name_start_in", "with_names"]

_CONJ = frozenset(CONJUNCTIONS)
_PREP = frozenset(PREPOSITIONS)
_MIN_STEM = 2
#: Kinds of the name lists that are places.
_PLACES = frozenset({"city", "place", "region"})


def known_name(key: str, rest: str = "") -> bool:
    """A gazetteer name or head, or a person's name written more often whole than its
    remainder after the proclitics (``rest``, when given): ``بارو``, ``كمال``, not
    ``وعلي``. Such a word is never split.

    >>> known_name("بارو", "ارو"), known_name("وعلي", "علي")
    (True, False)
    """
    gaz = gazetteer()
    if gaz.is_head(key) or gaz.lookup(key):
        return True
    if len(key) < 4 or not rest:
        return False
    lists = name_lists()
    if lists.word_kinds(key) and not lists.word_kinds(rest) and not gaz.lookup(rest):
        return True  # كاليفورنيا, not ك + اليفورنيا
    return lists.person_count(key) > max(1, lists.person_count(rest))


def listed_name(key: str) -> bool:
    """A gazetteer name or head, or a word of the large name lists.

    >>> listed_name("لبنان"), listed_name("يعود")
    (True, False)
    """
    gaz = gazetteer()
    return gaz.is_head(key) or bool(gaz.lookup(key)) or bool(name_lists().word_kinds(key))


def _name_cut(word: str) -> tuple[int, bool]:
    """Where a name starts in a word the model did not split off its proclitics:
    ``(offset, whether the article is fused)``; ``(0, False)`` for no cut.

    A conjunction ``و`` is cut off a listed name (``وعصام``); a preposition, with or
    without a conjunction before it, only off a place or a gazetteer name (``ببنزرت``,
    ``وبلبنان``): the person-name lists hold many words that also end a longer word. A
    word that is itself a listed name is never cut (``بازل``, ``وارن``).
    """
    n = len(word)
    if n < 4 or word.startswith(ARTICLE) or (word[0] not in _CONJ and word[0] not in _PREP):
        return 0, False
    if listed_name(name_key(word)):
        return 0, False
    i = 1 if word[0] in _CONJ else 0
    if word[i] in _PREP:
        if word[i] == "ل" and word.startswith("ل", i + 1) and _place(ARTICLE + word[i + 2 :]):
            return i + 2, True  # ل + ال written لل: the article is fused
        if _place(word[i + 1 :]):
            return i + 1, False
    if word[0] == "و" and listed_name(name_key(word[1:])):
        return 1, False
    return 0, False


def _place(rest: str) -> bool:
    """Whether ``rest`` (three letters or more) is a gazetteer name or a listed place."""
    if len(rest) <= _MIN_STEM:
        return False
    key = name_key(rest)
    return bool(gazetteer().lookup(key)) or not _PLACES.isdisjoint(name_lists().word_kinds(key))


def _split_before(word: str, spec: Spec) -> Spec:
    """``spec`` (no proclitics) with the proclitics before a name split off."""
    rel, fused = _name_cut(word)
    stem_at = rel + 2 if not fused and word.startswith(ARTICLE, rel) else rel
    if not rel or spec[0][1] - stem_at <= _MIN_STEM:
        return spec
    if 2 * word_count(word[: spec[0][1]]) > word_count(word[stem_at : spec[0][1]]):
        return spec  # a word of its own more often than the name: بيان, not ب + يان
    head: list[tuple[int, int, str, str]] = []
    for i in range(rel - 1 if fused else rel):
        head.append((i, i + 1, "proclitic", word[i]))
    if fused:
        head.append((rel - 1, rel, "proclitic", ARTICLE))
    elif word.startswith(ARTICLE, rel):
        head.append((rel, rel + 2, "proclitic", ARTICLE))
        rel += 2
    start, end, _kind, form = spec[0]
    return (*head, (rel, end, "stem", form[rel - start :]), *spec[1:])


def _merge_from(word: str, spec: Spec, first: int) -> Spec:
    """``spec`` with its pieces from ``first`` to the stem made one stem."""
    stem = next(k for k in range(first, len(spec)) if spec[k][2] != "proclitic")
    start = spec[first][0]
    stem_start, end, _, form = spec[stem]
    return (*spec[:first], (start, end, "stem", word[start:stem_start] + form), *spec[stem + 1 :])


def _more_often_whole(word: str, spec: Spec, first: int) -> bool:
    """Whether the text from piece ``first`` to the end of the stem is a word at least
    twice as often as the stem (``لوران``, not ``ل`` + ``وران``; but ``باسم`` is ``ب`` +
    ``اسم``)."""
    stem = next(piece for piece in spec[first:] if piece[2] != "proclitic")
    whole = word_count(word[spec[first][0] : stem[1]])
    return whole >= 2 * word_count(word[stem[0] : stem[1]])


def with_names(word: str, spec: Spec) -> Spec:
    """The clitic model's analysis ``spec`` of ``word`` corrected by the name lists (see
    the module docstring).

    >>> with_names("وبلبنان", ((0, 7, "stem", "وبلبنان"),))[:2]
    ((0, 1, 'proclitic', 'و'), (1, 2, 'proclitic', 'ب'))
    """
    if spec[0][2] != "proclitic":
        return _split_before(word, spec)
    stem = name_key(next((word[a:b] for a, b, kind, _ in spec if kind != "proclitic"), ""))
    rel = 0
    for k, (start, end, kind, _form) in enumerate(spec):
        if kind != "proclitic" or normalize(word[start:end]) == ARTICLE:
            break  # a written article stays split, and begins the name
        rest = word[end:]
        if len(rest) <= _MIN_STEM and not seen_alone(rest):
            return _merge_from(word, spec, k)  # وات, not و + ات
        if known_name(name_key(word[rel:]), stem):
            if _more_often_whole(word, spec, k):
                return _merge_from(word, spec, k)  # بارو, وبارو -> و + بارو
            return spec
        rel = end
    return spec


def name_start_in(word: str, spec: Spec) -> tuple[int, bool]:
    """Where a name would start in ``word``, given the model's analysis ``spec``:
    ``(offset, whether the article there is fused)``.

    The entity step reads this (through :func:`.clitics.name_start`). It follows the
    model's proclitics up to a written article, a known name or a stem too short to stand
    alone; where the model split off no proclitic it also cuts a letter that only may be
    one before a listed name, more boldly than :func:`with_names` does for the segments
    (``بيان`` starts a name at ``يان``): the entity model and its word representations
    were trained on these name keys.

    >>> name_start_in("لكوريا", ((0, 1, "proclitic", "ل"), (1, 6, "stem", "كوريا")))
    (1, False)
    >>> name_start_in("وبلبنان", ((0, 7, "stem", "وبلبنان"),))
    (2, False)
    """
    if len(spec) < 2 or spec[0][2] != "proclitic":
        return _bold_cut(word)
    stem = name_key(next((word[a:b] for a, b, kind, _ in spec if kind != "proclitic"), ""))
    rel = 0
    fused = False
    for start, end, kind, form in spec:
        if (
            kind != "proclitic"
            or (len(rest := word[end:]) <= _MIN_STEM and not seen_alone(rest))
            or known_name(name_key(word[rel:]), stem)
        ):
            break  # a name starts here: بارو, وبارو -> بارو, not ارو; وات, not ات
        if normalize(form) == ARTICLE:
            if normalize(word[start:end]) == ARTICLE:
                break  # a written article stays in the name
            fused = True
        rel = end
    return rel, fused


def _bold_cut(word: str) -> tuple[int, bool]:
    """:func:`name_start_in` of a word the model split off no proclitic: ``و``/``ف`` and
    ``ب``/``ل``/``ك`` before a written article, and before any other remainder when the
    remainder is a listed name and the whole word is not a known name."""
    n = len(word)
    if n < 3 or word.startswith(ARTICLE) or (word[0] not in _CONJ and word[0] not in _PREP):
        return 0, False
    rel, fused = _bold_split(word, n)
    if rel and known_name(name_key(word), name_key(word[rel:])):
        return 0, False
    return rel, fused


def _bold_split(word: str, n: int) -> tuple[int, bool]:
    """Where :func:`_bold_cut` would cut ``word`` (of length ``n``), before asking whether
    the whole word is a name."""
    i = 1 if word[0] in _CONJ else 0
    if i < n and word[i] in _PREP:
        # ل + ال written لل: the article is fused.
        if word[i] == "ل" and word.startswith("ل", i + 1) and n - (i + 2) >= _MIN_STEM + 1:
            return i + 2, True
        if word.startswith(ARTICLE, i + 1) and n - (i + 3) >= _MIN_STEM:
            return i + 1, False
        rest = word[i + 1 :]
        if (
            len(rest) >= _MIN_STEM + 1
            and listed_name(name_key(rest))
            and not (i == 1 and known_name(name_key(word[1:]), name_key(rest)))
        ):
            return i + 1, False  # وبلبنان, but وبارو is و + بارو
    if i == 1:
        rest = word[1:]
        if rest.startswith(ARTICLE) and len(rest) - 2 >= _MIN_STEM:
            return 1, False
        if len(rest) >= _MIN_STEM + 1 and listed_name(name_key(rest)):
            return 1, False
    return 0, False


def name_start_by_use(word: str) -> int:
    """Where a name starts in ``word``, a word the entity step found to begin a name and
    :func:`name_start_in` left whole: after a proclitic (``و``, ``ف`` and/or ``ب``,
    ``ل``, ``ك``) when unlabelled text uses the rest at least as often as the whole word,
    and the whole is no listed name. Among two such cuts, the rest used more often wins.

    >>> name_start_by_use("بزرمدين"), name_start_by_use("وبزرمدين"), name_start_by_use("بغداد")
    (1, 2, 0)
    """
    if len(word) < 5 or word.startswith(ARTICLE) or listed_name(name_key(word)):
        return 0
    cuts = [1] if word[0] in _CONJ or word[0] in _PREP else []
    if cuts and word[0] in _CONJ and word[1] in _PREP:
        cuts.append(2)
    best, best_band = 0, frequency_band(name_key(word))
    for n in cuts:
        band = frequency_band(name_key(word[n:]))
        if band >= 0 and band >= best_band and len(word) - n > _MIN_STEM:
            best, best_band = n, band
    return best
