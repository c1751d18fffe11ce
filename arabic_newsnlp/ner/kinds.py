"""An organisation named with the word for its kind: the word left out before a name
(``قناة الجزيرة`` -> ``الجزيرة``), a name in quotation marks after it (``حزب "البديل"``),
the word after a medium's kind word (``قناة التاسعة``), and a short name in brackets
after an organisation (``(قحش)``), and a radio named with the letters FM after its name
(``موزاييك أف أم``).

>>> out = ["B-ORG", "I-ORG", "O"]
>>> descriptors(["قناه", "الجزيره", "امس"], out)
>>> out
['O', 'B-ORG', 'O']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon.gazetteer import gazetteer
from ..lexicon.speech import lexicon
from ..lexicon.usage import frequency_band, seldom_used
from ..lexicon.words import word_keys
from ..quotes.forms import adjective
from .chains import chain_stops, definite, institution_heads
from .consistency import speech_verb
from .labels import WORDLIKE, mention_end, mention_start, relabel

__all__ = [
    "acronyms",
    "clubs_with_their_nation",
    "codes_of_law",
    "currencies",
    "descriptors",
    "foreign_names_cut",
    "media_after_kind_word",
    "quoted_bodies",
    "radios",
    "regimes",
    "short_ministries",
]

_ARABIC = re.compile(r"[\u0600-\u06ff]")


def descriptors(
    keys: Sequence[str], out: list[str], proclitics: Sequence[str] | None = None
) -> None:
    """An organisation's name leaves out the word for its kind: (قناة) الجزيرة، (صحيفة)
    الشروق; a word that begins many full names only where the rest is a name the
    gazetteer knows on its own or a foreign name: (وكالة) رويترز, (شركة) سبرينت, but
    وكالة الأنباء الفرنسية, شركة فسفاط قفصة."""
    in_names = word_keys("descriptor_in_name")
    kinds, gaz = word_keys("descriptor") | in_names, gazetteer()
    for j in range(len(out) - 1):
        if out[j] != "B-ORG" or keys[j] not in kinds or out[j + 1] != "I-ORG":
            continue
        if proclitics is not None and proclitics[j + 1]:
            continue  # a letter that looks like a proclitic begins the name: صحيفة ليكيب
        end = j + 2
        while end < len(out) and out[end] == "I-ORG":
            end += 1
        match = gaz.longest_match(keys, j + 1)
        if match is not None and _common_word_named(keys, j + 1, end):
            match = None  # the kind word makes the everyday word a name: تنظيم القاعدة
        if (
            keys[j] not in in_names
            or (match is not None and match.end == end and match.label == "ORG")
            or _foreign_name(keys[j + 1 : end])
        ):
            out[j], out[j + 1] = "O", "B-ORG"
        elif (cut := _described_foreign_name(keys, j + 1, end)) is not None:
            out[j], out[j + 1] = "O", "B-ORG"
            for k in range(cut, end):
                out[k] = "O"  # (شركة) أبل | المنافسة, (وكالة) نوفوستي | الروسية


def _common_word_named(keys: Sequence[str], start: int, end: int) -> bool:
    """Whether ``keys[start:end]`` is a definite name that is also an everyday word or
    phrase (class ``ambiguous``: ``القاعدة``, ``الدولة الإسلامية``), named so only with
    the word for its kind before it (``تنظيم القاعدة``)."""
    return definite(keys[start]) and " ".join(keys[start:end]) in word_keys("ambiguous")


def _foreign_name(keys: Sequence[str]) -> bool:
    """Whether ``keys`` spell a foreign name, no Arabic description: words in Latin
    letters or words unlabelled text seldom uses, none with the article nor a place the
    gazetteer knows (``سبرينت``, ``غلوبال سيابي``; not ``فسفاط قفصة``)."""
    gaz = gazetteer()
    return all(
        not key.isalpha() or not _ARABIC.match(key) or (not definite(key) and seldom_used(key))
        for key in keys
    ) and not any(
        (m := gaz.longest_match(keys, k)) is not None and m.label == "LOC" for k in range(len(keys))
    )


def _described_foreign_name(keys: Sequence[str], start: int, end: int) -> int | None:
    """Where a foreign name at ``start`` ends before an Arabic adjective that describes
    it, up to ``end`` (``أبل`` | ``المنافسة``, ``نوفوستي`` | ``الروسية``), or ``None``; a
    word of the name without the article is no such adjective (``فاردار سكوبي``)."""
    for cut in range(start + 1, end):
        if definite(keys[cut]) and adjective(keys[cut]) and _foreign_name(keys[start:cut]):
            return cut
    return None


_OPEN_QUOTES = frozenset({'"', "\u201c", "\u00ab", "\u201e"})
_CLOSE_QUOTES = frozenset({'"', "\u201d", "\u00bb", "\u201c"})


def quoted_bodies(keys: Sequence[str], out: list[str]) -> None:
    """A name in quotation marks right after the word for a body's kind (an indefinite
    organisation head or a medium's kind word: ``صحيفة "لو بارزيان"``, ``حزب "البديل"``,
    ``وكالة "أعماق"``) is that body, its kind word left out; up to five words."""
    gaz, kinds = gazetteer(), word_keys("descriptor")
    n = len(out)
    for j in range(n - 2):
        if keys[j + 1] not in _OPEN_QUOTES or out[j] != "O" or definite(keys[j]):
            continue
        if keys[j] not in kinds and gaz.key_trigger(keys[j]) != "org_head":
            continue
        end = j + 2
        while end < n and end - j <= 6 and keys[end] not in _CLOSE_QUOTES:
            end += 1
        if end == j + 2 or end >= n or keys[end] not in _CLOSE_QUOTES:
            continue
        if any(not WORDLIKE.search(keys[k]) for k in range(j + 2, end)):
            continue
        relabel(out, j + 2, end, "ORG")


def media_after_kind_word(keys: Sequence[str], proclitics: Sequence[str], out: list[str]) -> None:
    """The word the tagger left out right after a medium's kind word (class ``medium``:
    ``قناة``, ``صحيفة``) is the medium's name (``قناة نسمة``, ``قناة التاسعة``); not an
    adjective (``قناة تلفزيونية``), a stop word, a word with a proclitic, nor a name the
    gazetteer knows with the kind word (``قناة السويس``)."""
    gaz, media = gazetteer(), word_keys("medium")
    for j in range(len(out) - 1):
        if keys[j] not in media or out[j] != "O" or out[j + 1] != "O":
            continue
        name = keys[j + 1]
        if proclitics[j + 1] or not name.isalpha() or len(name) < 3 or adjective(name):
            continue
        if name not in chain_stops() and gaz.longest_match(keys, j) is None:
            out[j + 1] = "B-ORG"
    for j in range(len(out) - 2):
        if keys[j] in media and out[j] == "O" and out[j + 1] == "B-ORG":
            _no_nationality(keys, out, j + 1)


def _no_nationality(keys: Sequence[str], out: list[str], start: int) -> None:
    """A medium's name after its kind word leaves out the nationality adjective after it
    (``صحيفة (الشروق) الجزائرية``, ``قناة (فرانس 24) الفرنسية``)."""
    gaz = gazetteer()
    end = start + 1
    while end < len(out) and out[end] == "I-ORG":
        end += 1
    known = gaz.longest_match(keys, start)
    if known is not None and known.end == end:
        return  # a name the gazetteer knows with it: قناة (الحوار التونسي)
    while end - 1 > start and gaz.nationality(keys[end - 1]) is not None:
        end -= 1
        out[end] = "O"


def acronyms(keys: Sequence[str], proclitics: Sequence[str], out: list[str]) -> None:
    """One word in brackets right after an organisation's name is its short name, and an
    organisation too: قوات الحماية الشعبية (قحش), ... (UNDP); not a year (1981), nor a
    word with a proclitic, which cannot be told from an acronym that begins with و."""
    for j in range(1, len(out) - 2):
        if (
            keys[j] == "("
            and keys[j + 2] == ")"
            and out[j - 1][2:] == "ORG"
            and out[j + 1] == "O"
            and not proclitics[j + 1]
            and keys[j + 1].isalpha()
        ):
            out[j + 1] = "B-ORG"


#: Keys of the letters F and M as Arabic writes them (أف / إف / آف, أم / إم / آم).
_EF, _EM = "اف", "ام"
#: Punctuation written between the two letters (``آف.آم``, ``آف، آم``).
_BETWEEN = frozenset({".", "،", ","})


def _fm_end(keys: Sequence[str], j: int) -> int | None:
    """End of the letters FM at ``j`` (``أف أم``, ``آف.آم``, ``آف ،آم``, ``FM``), or ``None``."""
    if keys[j].upper() == "FM":
        return j + 1
    if keys[j] != _EF:
        return None
    k = j + 1
    if k < len(keys) and keys[k] in _BETWEEN:
        k += 1
    return k + 1 if k < len(keys) and keys[k] == _EM else None


def radios(keys: Sequence[str], out: list[str]) -> None:
    """A radio is named with the letters FM after its name (``موزاييك أف أم``, ``إذاعة
    نجمة آف.آم``): the name before them (the tagger's, or the one word there that is no
    stop word) and the letters are one organisation; the letters after no name (``على
    ترددات الـ "أف أم"``) name none. Letters in quotation marks after a name the tagger
    found go with it, the marks too (``الجوهرة "اف ام"``)."""
    j = 1
    while j < len(out):
        end = _fm_end(keys, j)
        if end is None:
            j += 1
            continue
        before = keys[j - 1]
        if _quoted_letters(keys, out, j, end):
            end += 1
            relabel(out, mention_start(out, j - 2), end, "ORG")
        elif out[j - 1] != "O" and out[j - 1][2:] != "PER":
            relabel(out, mention_start(out, j - 1), end, "ORG")
        elif before.isalpha() and len(before) > 2 and before not in chain_stops():
            relabel(out, j - 1, end, "ORG")
        else:
            out[j:end] = ["O"] * (end - j)
        if end < len(out) and out[end].startswith("I-"):
            out[end] = "B-" + out[end][2:]
        j = end


def _quoted_letters(keys: Sequence[str], out: Sequence[str], j: int, end: int) -> bool:
    """Whether the letters FM at ``j`` to ``end`` stand in quotation marks right after a
    name the tagger found (``الجوهرة "اف ام"``)."""
    return (
        j >= 2
        and keys[j - 1] in _OPEN_QUOTES
        and out[j - 2] != "O"
        and out[j - 2][2:] != "PER"
        and end < len(keys)
        and keys[end] in _CLOSE_QUOTES
    )


#: The highest frequency band of a word unlabelled text hardly uses (a transcribed
#: foreign word's, not an everyday word's).
_RARE_WORD = 2


def foreign_names_cut(keys: Sequence[str], proclitics: Sequence[str], out: list[str]) -> None:
    """An organisation the tagger starts again, with nothing between, at a word without
    article or proclitic that unlabelled text hardly uses (a transcribed foreign word) goes
    on with the one before it: one name cut in two (``ريا`` | ``نوفوستي``).

    >>> out = ["O", "B-ORG", "B-ORG", "O"]
    >>> foreign_names_cut(["حسب", "ريا", "نوفوستي", "."], [""] * 4, out)
    >>> out
    ['O', 'B-ORG', 'I-ORG', 'O']
    """
    for j in range(1, len(out)):
        if (
            out[j] == "B-ORG"
            and out[j - 1][2:] == "ORG"
            and not proclitics[j]
            and keys[j].isalpha()
            and all("\u0621" <= c <= "\u064a" for c in keys[j])  # (not a gloss: Maiwand)
            and not definite(keys[j])
            and frequency_band(keys[j]) <= _RARE_WORD
        ):
            out[j] = "I-ORG"


#: ``مجلة``: a magazine, and in Tunisian law a code (``مجلة الشغل``, the labour code).
_CODE = "مجله"


def codes_of_law(keys: Sequence[str], out: list[str]) -> None:
    """The definite Arabic words after ``مجلة`` name a code of law, no magazine: ``مجلة
    الجماعات المحلية``, ``مجلة الاستثمار``, ``مجلة الأحوال الشخصية`` (no name); a
    magazine is named by a foreign word (``مجلة فوربس``), a nationality (``مجلة الأطباء
    الألمانية``), a body's head or a name the gazetteer knows."""
    gaz, heads = gazetteer(), institution_heads()
    for j in range(len(out) - 1):
        if keys[j] != _CODE or out[j] != "O" or out[j + 1] != "B-ORG":
            continue
        end = mention_end(out, j + 1)
        words = keys[j + 1 : end]
        if (
            definite(words[0])
            and frequency_band(words[0]) >= _COMMON_BAND
            and gaz.longest_match(keys, j + 1) is None
            and not any(
                gaz.nationality(w) is not None or w.removeprefix("ال") in heads for w in words
            )
            and not _published(keys, j, end)
        ):
            for k in range(j + 1, end):
                out[k] = "O"


def currencies(keys: Sequence[str], out: list[str]) -> None:
    """A currency's name (class ``currency``) no mention holds is an other name, as
    ANERcorp writes it: after a number, in digits or a word (``5 ملايين دولار``), or with
    the article (``سعر الدولار``).

    >>> out = ["O", "O", "O", "O", "O"]
    >>> currencies(["بلغ", "مليون", "دينار", "و", "الدولار"], out)
    >>> out
    ['O', 'O', 'B-MISC', 'O', 'B-MISC']
    """
    names, numbers = word_keys("currency"), word_keys("number_word")
    for j, key in enumerate(keys):
        if out[j] != "O" or key not in names:
            continue
        counted = j > 0 and (keys[j - 1] in numbers or keys[j - 1][-1:].isdigit())
        if counted or definite(key):
            out[j] = "B-MISC"


def _published(keys: Sequence[str], j: int, end: int) -> bool:
    """Whether the ``مجلة`` at ``j``, its name ending at ``end``, publishes or says
    something, as a magazine does: a verb of issuing or saying before it (``نشرت``,
    ``ذكرت``) or a statement's noun after its name (``مجلة العلوم الحديثة دراسة``)."""
    before = keys[j - 1] if j else ""
    return (
        (end < len(keys) and keys[end] in word_keys("statement"))
        or before.removesuffix("ت") in word_keys("issuing")
        or lexicon().cues.get(before) is not None
    )


#: The lowest frequency band of the first word of a code's name (``المرافعات``: 4).
_COMMON_BAND = 4


#: Prepositions that, besides the one-word source phrases, name a source before a body
#: (``عن الداخلية``, ``لدى الداخلية``).
_SOURCE_PREPOSITIONS = frozenset({"عن", "لدي"})


def _names_a_source(key: str) -> bool:
    """Whether a word names a source before a body: a source phrase of one word with no
    connector (``وفق``, ``بحسب``: ``source_phrases.tsv``) or a preposition of source."""
    return key in _SOURCE_PREPOSITIONS or any(
        entry.kind == "source" and not entry.connector and not entry.prefix
        for entry in lexicon().sources.get(key, ())
        if len(entry.words) == 1
    )


def short_ministries(keys: Sequence[str], out: list[str], proclitics: Sequence[str]) -> None:
    """A ministry's short name made definite (class ``ministry``: ``الداخلية``) is the
    ministry where nothing before it is a noun it could describe: at the start of a
    sentence or headline, after a speech verb whose subject it is (``وأضافت الداخلية``)
    or after a word that names a source (``وفق الخارجية``, ``عن الداخلية``); not after
    a noun (``الجهات الداخلية``, ``شؤونه الداخلية``) nor in a title (``وزير الداخلية``)."""
    ministries = word_keys("ministry")
    for j, key in enumerate(keys):
        if key not in ministries or out[j] != "O" or proclitics[j]:
            continue
        if j + 1 < len(keys) and (out[j + 1] != "O" or keys[j + 1] in ministries):
            continue
        prev = keys[j - 1] if j > 0 else ""
        if (
            j == 0
            or not prev.isalpha()
            or (speech_verb(prev) and lexicon().cues[prev].gender == "f")
            or (_names_a_source(prev) and not proclitics[j - 1])
        ):
            out[j] = "B-ORG"


def clubs_with_their_nation(keys: Sequence[str], proclitics: Sequence[str], out: list[str]) -> None:
    """A masculine nationality adjective right after a body's name is part of it
    (``بشكتاش التركي``, ``ريال مدريد الإسباني``, as ``الجيش السوري``), and after a city's
    name it makes the city's club, a body (``ليون الفرنسي``: a city would take the
    feminine, ``ليون الفرنسية``), as after a place the gazetteer knows a club by with it
    (``روما الإيطالي``); not after a medium's kind word, whose name leaves its
    nationality out (``صحيفة``)."""
    gaz, media = gazetteer(), word_keys("medium")
    for j in range(1, len(out)):
        key = keys[j]
        if (
            out[j] != "O"
            or proclitics[j]
            or not (key.startswith("ال") and key.endswith("ي"))
            or gaz.nationality(key) is None
            or out[j - 1][2:] not in ("ORG", "LOC")
            or gaz.nationality(keys[j - 1]) is not None  # (one adjective: الصيني | الإيفواري)
        ):
            continue
        start = mention_start(out, j - 1)
        if start > 0 and keys[start - 1] in media:
            continue
        if out[j - 1][2:] == "ORG":
            out[j] = "I-ORG"
            continue
        known = gaz.longest_match(keys, start)
        if known is not None and (
            (known.end == j and known.entries[0].kind == "city")
            or (known.end == j + 1 and all(e.label == "ORG" for e in known.entries))
        ):
            relabel(out, start, j + 1, "ORG")


def regimes(keys: Sequence[str], proclitics: Sequence[str], out: list[str]) -> None:
    """A government named by its regime is a body: a word of class ``regime`` (``النظام``)
    with a masculine nationality adjective right after it, neither in a name yet (``النظام
    السوري``, ``للنظام القطري``, ``النظام الكوري الشمالي``)."""
    gaz, heads = gazetteer(), word_keys("regime")
    for j in range(len(out) - 1):
        if keys[j] not in heads or out[j] != "O" or out[j + 1] != "O" or proclitics[j + 1]:
            continue
        end = j + 2
        if end < len(out) and out[end] == "O" and gaz.nationality(" ".join(keys[j + 1 : end + 1])):
            end += 1  # (a nationality of two words: الكوري الشمالي)
        elif not keys[j + 1].endswith("ي") or gaz.nationality(keys[j + 1]) is None:
            continue
        relabel(out, j, end, "ORG")
