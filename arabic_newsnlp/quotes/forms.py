"""Word forms for the quote rules: fillers, adjectives, verbs, names, and the canonical
form of a name among the names already known (a word without its article is
:func:`~arabic_newsnlp.lexicon.keys.head_of`).

Every function here reads a normalised word (:func:`~arabic_newsnlp.text.normalize.normalize`)
and nothing else of the document.

>>> is_filler("وكان"), adjective("الفرنسية"), feminine_verb("وأكدت")
(True, True, True)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..document import Token
from ..lexicon.keys import head_of
from ..lexicon.speech import Lexicon, lexicon
from ..text.normalize import normalize

__all__ = [
    "adjective",
    "being_verb",
    "canonical_name",
    "circumstantial",
    "dotted_ali",
    "feminine_verb",
    "gender_clash",
    "indefinite_accusative",
    "is_filler",
    "nisba",
    "not_a_name",
    "on_preposition",
    "preposition_written_on",
    "spoken_for",
    "suffixed",
    "unpossessed",
]

_PRONOUN_ENDINGS = ("ها", "هم", "هما", "كم", "هن")
_SOUND_PLURAL = ("ين", "ون", "ات")

#: The verb of being, masculine and feminine.
_BEING = frozenset({"كان", "كانت"})


def is_filler(norm: str, lex: Lexicon | None = None) -> bool:
    """Whether a word before a cue is a filler, not its subject (``وكان``, ``قد``).

    >>> is_filler("وكان"), is_filler("الوزير")
    (True, False)
    """
    filler = (lex or lexicon()).words("filler")
    return norm in filler or (len(norm) > 2 and norm[0] in "وف" and norm[1:] in filler)


def nisba(tok: Token, norm: str) -> bool:
    """An indefinite relational adjective: أمريكي، أوروبية، أمريكيون (not ليلى، موسى,
    nor a verbal noun in اية: حماية، رعاية)."""
    if len(norm) < 4 or norm.startswith("ال") or (len(norm) == 5 and norm.endswith("اية")):
        return False
    if norm.endswith(("ية", "يون", "يين", "يات")):
        return True
    return norm[-1] == "ي" and tok.text.rstrip()[-1:] != "ى"


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


def gender_clash(head: str, before: str, word: str) -> bool:
    """Whether the definite ``word`` cannot be an adjective of a definite singular
    ``head`` read with the adjective ``before`` it (``""`` when ``word`` follows the head
    right away): an adjective agrees in gender, so a feminine after a masculine head and
    its masculine adjective (الطبيب المذكور المعلمة), or a word with no feminine ending
    after a feminine head and its feminine adjectives (الشركة الموارد، الهيئة المديرة
    المظالم), opens a second noun phrase, the verb's object. A masculine head alone may
    be a broken plural, which takes a feminine adjective (الأطراف المعنية), and so decides
    nothing; a feminine head may be one of people, which takes a sound plural (الأساتذة
    الجامعيون).

    >>> gender_clash("الطبيب", "المذكور", "المعلمة"), gender_clash("الشركة", "", "الموارد")
    (True, True)
    >>> gender_clash("الوزير", "الاول", "المكلفة"), gender_clash("الاطراف", "", "المعنية")
    (True, False)
    >>> gender_clash("الهيئة", "العليا", "المستقلة"), gender_clash("الرئيس", "الاميركي", "الجديد")
    (False, False)
    >>> gender_clash("الاساتذة", "", "المساعدون")
    False
    """
    feminine = ("ة", "ه")
    if head.endswith(feminine):
        return (not before or before.endswith(feminine)) and not word.endswith(
            (*feminine, *_SOUND_PLURAL, "ي", "ا")
        )
    return (
        bool(before)
        and not head.endswith(_SOUND_PLURAL)
        and not before.endswith((*feminine, *_SOUND_PLURAL, "ا"))
        and word.endswith(feminine)
    )


def sound_plural_of_people(stem: str) -> bool:
    """Whether a word without its article is spelled as a sound masculine plural of people:
    a nisba's (سياسيين، كوريون) or a participle's in the nominative (مشاركون، معتصمون).

    >>> [sound_plural_of_people(w) for w in ("كوريين", "مشاركون", "مشروع")]
    [True, True, False]
    """
    return len(stem) > 5 and (
        stem.endswith(("يين", "يون")) or (stem[0] == "م" and stem.endswith("ون"))
    )


def circumstantial(norm: str) -> bool:
    """Whether a normalised word looks like a participle in the accusative, which describes
    the subject's manner and is never part of a name: مخاطبا، متوجها، مستشهدا (a long
    vowel after the م marks a foreign name instead: مانتيلا، ميستا).

    >>> circumstantial("مخاطبا"), circumstantial("ميستا"), circumstantial("الوزير")
    (True, False, False)
    """
    return len(norm) > 4 and norm[0] == "م" and norm[1] not in "اي" and norm[-1] == "ا"


def unpossessed(norm: str) -> str:
    """A normalised noun without its possessive pronoun (``مديرها`` -> ``مدير``), or
    ``""`` when it has none.

    >>> unpossessed("مديرها"), unpossessed("رئيسه"), unpossessed("الوزير")
    ('مدير', 'رئيس', '')
    """
    for ending in ("هما", "ها", "هم", "ه"):
        if norm.endswith(ending) and len(norm) - len(ending) >= 3 and not norm.startswith("ال"):
            return norm[: -len(ending)]
    return ""


def suffixed(norm: str) -> bool:
    """Ends with a possessive pronoun, which a name does not: رحلاتها، بلاده."""
    return len(norm) > 4 and norm.endswith(_PRONOUN_ENDINGS)


def _derived(norm: str) -> bool:
    """A verbal noun of the forms استفعال and إفعال (استئناف، إطلاق), never a name."""
    if len(norm) >= 6 and norm.startswith("است"):
        return True
    return len(norm) == 5 and norm[0] == "ا" and norm[3] == "ا"


def both_nisba(first: str, second: str) -> bool:
    """Two definite relational adjectives, which و joins as one (الفلسطينية والإسرائيلية).

    >>> both_nisba("الفلسطينية", "الاسرائيلية"), both_nisba("الوزارة", "الداخلية")
    (True, False)
    """
    endings = ("ي", "ية", "يه", "يين", "يون")
    return all(w.startswith("ال") and w.endswith(endings) for w in (first, second))


def indefinite_accusative(norm: str) -> bool:
    """Whether a normalised word looks like an indefinite noun in the accusative (تهما،
    تمويلا، داخليا): no article, ending in the alif of its case.

    >>> indefinite_accusative("تمويلا"), indefinite_accusative("الرضا")
    (True, False)
    """
    return len(norm) > 3 and norm[-1] == "ا" and norm[:2] != "ال"


def dotted_ali(tok: Token) -> bool:
    """The name علي spelled with a dotted ي, unlike the preposition على, which the news
    spell with ى (ليلى أولاد علي عن الكتلة: the name goes on)."""
    return tok.norm == "علي" and tok.text.endswith("ي")


def ends_name(norm: str, tok: Token) -> bool:
    """Whether a word (normalised ``norm``) ends a person's name before it: a participle
    of manner (مخاطبا), an indefinite accusative (تهما), a noun written with the pronoun ه
    (عزمه; not ة, and ``الله`` aside) or a preposition the clitic step split off (بنجاح),
    which no name takes."""
    segments = tok.segments
    return (
        circumstantial(norm)
        or indefinite_accusative(norm)
        or possessed(tok.text)
        or (len(segments) > 1 and segments[0].kind == "proclitic" and segments[0].text in "بلك")
    )


def preposition_written_on(tok: Token) -> bool:
    """Whether a preposition (ب، ل، ك) is written on the word, after و or ف or not
    (بالوزارة، لوكالة الأنباء، وبالتحري).

    >>> from arabic_newsnlp import Pipeline
    >>> preposition_written_on(Pipeline(steps=("tokenize", "clitics"))("وللحكومة").tokens[0])
    True
    """
    clitics = [s.text for s in tok.segments if s.kind == "proclitic"]
    if clitics[:1] in (["و"], ["ف"]):
        clitics = clitics[1:]
    return bool(clitics) and clitics[0] in ("ب", "ل", "ك")


def on_preposition(tok: Token) -> bool:
    """A word with the preposition ب written on it (بمقر الوزارة، بشكل رسمي): it opens an
    adjunct when it is not the verb's own preposition, never a direct object."""
    segments = tok.segments
    return len(segments) > 1 and segments[0].kind == "proclitic" and segments[0].text == "ب"


def possessed(word: str) -> bool:
    """A word as written with the pronoun ه (عزمه، دعمه; not ة, and ``الله`` aside).

    >>> possessed("دعمه"), possessed("حمزة"), possessed("عبدالله")
    (True, False, False)
    """
    return len(word) > 3 and word.endswith("ه") and not word.endswith("له")


def not_a_name(norm: str) -> bool:
    """A verbal noun (استئناف، إطلاق) or a possessed noun: not the start of a name."""
    return suffixed(norm) or _derived(norm)


def verbal_noun(norm: str) -> bool:
    """A verbal noun of a derived form: استفعال، إفعال، تفعيل، مفاعلة (استئناف، إنقاذ،
    تطوير، مكافحة), which may not start a name but may head an organisation's genitive.

    >>> [verbal_noun(w) for w in ("انقاذ", "تطوير", "مكافحه", "الحزب")]
    [True, True, True, False]
    """
    return (
        _derived(norm)
        or (len(norm) == 5 and norm[0] == "ت" and norm[3] == "ي")
        or (len(norm) == 6 and norm[0] == "م" and norm[2] == "ا" and norm[-1] == "ه")
    )


def being_verb(norm: str, *, joined: bool = False) -> bool:
    """Whether a word is the verb of being كان / كانت, with و or ف written on it (only
    with one when ``joined``): وكان، فكانت."""
    if norm[:1] in ("و", "ف"):
        return norm[1:] in _BEING
    return not joined and norm in _BEING


def spoken_for(before: Sequence[str]) -> bool:
    """Whether the name after the normalised words ``before`` is whom a spokesman speaks
    for, not the speaker: only titles stand between باسم and it (المتحدث باسم الرئيس).

    >>> spoken_for(["المتحدث", "باسم", "الرئيس"]), spoken_for(["المتحدث", "باسم", "الوزارة"])
    (True, False)
    """
    titles = lexicon().words("title")
    k = len(before) - 1
    while k > 0 and head_of(before[k]) in titles:
        k -= 1
    return k >= 0 and before[k] == "باسم"


def held_inside(before: Sequence[str]) -> bool:
    """Whether the name after the normalised words ``before`` is the holder of a title
    that is the genitive of a body inside the phrase, not the speaker, who is the whole
    phrase (مسؤول في إدارة الرئيس، مساعد الشؤون السياسية بمكتب الرئيس …).

    >>> held_inside(["مسؤول", "في", "ادارة", "الرئيس", "الاميركي"])
    True
    >>> held_inside(["مدير", "المستشفى", "في", "المدينة", "الطبيب"])
    False
    """
    words = lexicon().words
    titles, heads = words("title"), words("heads")
    k = len(before) - 1
    while k > 0 and adjective(before[k]) and head_of(before[k]) not in titles:
        k -= 1
    if k < 2 or not before[k].startswith("ال") or head_of(before[k]) not in titles:
        return False
    body = before[k - 1]
    if body[:1] == "ب" and head_of(body[1:]) in heads:
        body = body[1:]
    return head_of(body) in heads and head_of(body) not in titles and not body.startswith("ال")


def feminine_verb(norm: str) -> bool:
    """A word that reads as a feminine perfect verb: دعت، رفضت، وأكدت (not -ات plurals)."""
    return 3 <= len(norm) <= 8 and norm[-1] == "ت" and not norm.endswith(("ات", "وت", "يت"))


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
