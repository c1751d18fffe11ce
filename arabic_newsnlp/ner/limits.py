"""Words a name does not take: a conjunction or a time preposition that opens a clause
(``المجلة أن السلطات``, ``الشرطة خلال``), and an office sought or held (``مرشح الرئاسة
الفرنسية``: no body).

>>> from arabic_newsnlp.text.tokenize import tokenize
>>> out = ["B-ORG", "I-ORG", "I-ORG"]
>>> clause_words(tokenize("الشرطة خلال هروبه"), out)
>>> out
['O', 'O', 'O']
>>> out = ["O", "B-ORG", "I-ORG"]
>>> offices(["مرشح", "الرئاسه", "الفرنسيه"], out)
>>> out
['O', 'O', 'O']
"""

from __future__ import annotations

from collections.abc import Sequence

from ..document import Token
from ..lexicon.gazetteer import gazetteer, name_lists
from ..lexicon.usage import frequency_band
from ..lexicon.words import word_keys
from ..quotes.forms import adjective
from .chains import definite, institution_heads
from .labels import end_mention, mention_end, mention_start
from .organs import organ_of_unnamed_body

__all__ = [
    "chairs",
    "clause_words",
    "clubs_of_a_nation",
    "definite_heads",
    "imperfect_verbs",
    "joined_bodies",
    "known_bodies_over_places",
    "offices",
    "official_standing",
    "place_ends_genitive",
    "purposes",
    "roads",
]

#: The head of an office that is also a body's name: the presidency (``الرئاسة``).
_OFFICE_HEADS = frozenset({"رئاسه", "الرئاسه"})

#: The adjective of a body's official standing (``الرسمية``).
_OFFICIAL = frozenset({"الرسمي", "الرسميه"})

#: Conjunctions and time prepositions that open a clause or an adjunct and stand inside
#: no name (``في``, ``من``, ``إلى`` do: ``حركة إلى الأمام``), as written: ``أن`` with its
#: hamza, since its key is that of ``آن`` (``هوانغ كيو آن``).
_CLAUSE_WORDS = frozenset(
    (
        "أن", "إن", "أنّ", "إنّ", "أنه", "إنه", "أنها", "إنها", "خلال", "عندما", "بينما",
        "حيث", "لكن", "لقد", "التي", "الذي", "الذين",
    )
)  # fmt: skip


def offices(keys: Sequence[str], out: list[str], found: Sequence[str] | None = None) -> None:
    """The presidency right after a word of running for or holding an office (class
    ``office_word``: ``مرشح``, ``انتخابات``, ``توليه``) is the office, no body: مرشح
    (الرئاسة الفرنسية), منذ توليه (رئاسة الجمعية). So is ``رئاسة`` before a title, a
    body chaired by the person named after it (``برئاسة الأمين العام``, ``تحت رئاسة
    السيد ...``), or before a country it holds (``الفوز برئاسة فرنسا``); the names after
    it are what the tagger ``found`` there."""
    words = word_keys("office_word")
    for j in range(1, len(out)):
        if out[j] == "B-ORG" and keys[j] in _OFFICE_HEADS and keys[j - 1] in words:
            end_mention(out, j)
    for j in range(len(out) - 1):
        if out[j] == "B-ORG" and keys[j] == _CHAIR and out[j + 1] == "I-ORG":
            _chaired_or_held(keys, out, found, j)


def _chaired_or_held(
    keys: Sequence[str], out: list[str], found: Sequence[str] | None, j: int
) -> None:
    """``رئاسة`` at ``j`` before a title or a country names the office (see
    :func:`offices`): no body; the words after it take back the tagger's labels."""
    gaz = gazetteer()
    end = mention_end(out, j)
    title = any(s == j + 1 and kind == "title" for s, _e, kind in gaz.triggers_of(keys))
    country = gaz.longest_match(keys, j + 1)
    known = gaz.longest_match(keys, j)
    if known is not None and known.end >= end:
        return  # a body the gazetteer knows: رئاسة الجمهورية التونسية
    if not title and not (
        country is not None
        and country.end == end
        and any(entry.kind == "country" for entry in country.entries)
    ):
        return
    out[j] = "O"
    for k in range(j + 1, end):
        tag = found[k] if found is not None else "O"
        out[k] = "B-" + tag[2:] if tag.startswith("I-") and out[k - 1] == "O" else tag


def chairs(keys: Sequence[str], proclitics: Sequence[str], out: list[str]) -> None:
    """``رئاسة`` right before another institution's head is the office of chairing that
    institution, no body (``الاستقالة من رئاسة (كتلة نداء تونس)``): the name, if any,
    starts after it, and a head with only another head made definite after it names
    none (``رئاسة كتلة الحزب``); not a presidency the gazetteer knows (``رئاسة
    الحكومة``)."""
    heads, n = institution_heads(), len(out)
    for j in range(n - 1):
        if (
            out[j] != "B-ORG"
            or keys[j] != _CHAIR
            or out[j + 1] != "I-ORG"
            or proclitics[j + 1]
            or keys[j + 1].removeprefix("ال") not in heads
        ):
            continue
        known = gazetteer().longest_match(keys, j)
        if known is not None and known.start == j:
            continue
        out[j], out[j + 1] = "O", "B-ORG"
        end = mention_end(out, j + 1)
        if organ_of_unnamed_body(keys, proclitics, j + 1, end):
            end_mention(out, j + 1)


#: The key of the office of chairing (``رئاسة``, without the article).
_CHAIR = "رئاسه"


def official_standing(keys: Sequence[str], out: list[str]) -> None:
    """A national body's official standing after its nationality is no part of its name:
    (وكالة الأنباء السورية) الرسمية; and a body named only by its kind and its official
    standing, no nation's nor place's name in it, is a description, no name: وكالة
    الأنباء الرسمية (the context tells which agency), unless the gazetteer knows it."""
    gaz = gazetteer()
    for j in range(2, len(out)):
        if (
            out[j] == "I-ORG"
            and keys[j] in _OFFICIAL
            and out[j - 1] == "I-ORG"
            and gaz.nationality(keys[j - 1]) is not None
        ):
            end_mention(out, j)
    for j in range(len(out)):
        if out[j] == "B-ORG" and _described_as_official(keys, j, mention_end(out, j)):
            end_mention(out, j)


def _described_as_official(keys: Sequence[str], start: int, end: int) -> bool:
    """Whether ``keys[start:end]`` end in the official standing and name neither a nation
    nor a place nor a body the gazetteer knows (وكالة الأنباء الرسمية)."""
    gaz = gazetteer()
    if end - start < 2 or keys[end - 1] not in _OFFICIAL:
        return False
    known = gaz.longest_match(keys, start)
    if known is not None and known.end == end:
        return False
    return not any(
        gaz.nationality(keys[k]) is not None
        or ((m := gaz.longest_match(keys, k)) is not None and m.label == "LOC")
        for k in range(start, end - 1)
    )


#: Prepositions a verbal noun of purpose governs (``للمشاركة في``, ``للحصول على``).
_PURPOSE_PREPOSITIONS = frozenset({"في", "على"})


def purposes(
    keys: Sequence[str], proclitics: Sequence[str], tokens: Sequence[Token], out: list[str]
) -> None:
    """A word after لل that ends an organisation's name and governs في or على is the
    body's purpose, no part of its name, unless the gazetteer knows the whole name:
    (المنتخب الوطني لكرة السلة) للمشاركة في. Not before عن, which a verb before the body
    often takes: أعلنت (الشركة الوطنية للكهرباء) عن."""
    gaz = gazetteer()
    for j in range(2, len(tokens) - 1):
        if (
            out[j] == "I-ORG"
            and proclitics[j] == "لل"
            and out[j + 1][:2] != "I-"
            and tokens[j + 1].text in _PURPOSE_PREPOSITIONS
        ):
            start = mention_start(out, j)
            whole = gaz.longest_match(keys, start)
            if whole is None or whole.end <= j:
                end_mention(out, j)
    for j in range(1, len(out)):
        if out[j] != "I-ORG":
            continue
        if proclitics[j] in ("ل", "لل") and _known_before(keys, out, j):
            end_mention(out, j)
        elif not proclitics[j] and _known_up_to(keys, out, j) and not _describes(keys[j]):
            _after_known_body(keys, out, j)


def _known_up_to(keys: Sequence[str], out: Sequence[str], j: int) -> bool:
    """Whether the organisation running at ``j`` is, up to ``j``, a body the gazetteer
    knows whole, and no longer one."""
    match = gazetteer().longest_match(keys, mention_start(out, j))
    return (
        match is not None
        and match.end == j
        and all(entry.label == "ORG" for entry in match.entries)
    )


#: Endings of a nisba adjective's key (``الوطني``, ``القومية``, ``الجامعيين``).
_NISBA_ENDINGS = ("ي", "يه", "يين", "يون")


def _describes(key: str) -> bool:
    """Whether a definite word after a body's name may describe it as part of that name:
    a nisba adjective (``مجلس الأمن`` | ``القومي``) or a word of class ``modifier``
    (``العام``, ``العليا``, ``الدائمة``); a word without the article is another matter."""
    gaz = gazetteer()
    if gaz.nationality(key) is not None or gaz.key_trigger(key) == "place_head":
        return True  # also the capital after the town of a body's seat: بتونس العاصمة
    return (
        not key.startswith("ال")
        or (key.endswith(_NISBA_ENDINGS) and not _defective_masdar(key))
        or key in word_keys("modifier")
        or key in word_keys("continues")
    )


def _defective_masdar(key: str) -> bool:
    """Whether ``key`` is shaped as the verbal noun of a defective verb of the fifth form,
    ``التفعّي`` (``التخلي``, ``التصدي``), which ends as a nisba adjective does."""
    return len(key) == _DEFECTIVE_MASDAR and key.startswith("الت") and key.endswith("ي")


#: Letters of the key of ``التخلي``.
_DEFECTIVE_MASDAR = 6


def _after_known_body(keys: Sequence[str], out: list[str], j: int) -> None:
    """A definite word other than an adjective right after a body the gazetteer knows
    whole is no part of its name: a verbal noun or a participle of the sentence
    (``(وزارة الشؤون الثقافية)`` | ``التخلي عن``, ``(بلدية صفاقس)`` | ``البالغ``), or
    another body listed after it, which begins there (``(النادي الإفريقي)`` | ``النادي
    البنزرتي``)."""
    gaz = gazetteer()
    other = gaz.longest_match(keys, j)
    if (
        gaz.key_trigger(keys[j]) == "org_head"
        or gaz.key_trigger(keys[j].removeprefix("ال")) == "org_head"
        or (other is not None and all(entry.label == "ORG" for entry in other.entries))
    ):
        out[j] = "B-ORG"
    else:
        end_mention(out, j)


def _known_before(keys: Sequence[str], out: Sequence[str], j: int) -> bool:
    """Whether the organisation running at ``j`` is, up to ``j``, a body the gazetteer
    knows whole, and no longer one: a complement with ل after it is a purpose or a
    recipient (``(وزارة التجهيز) للقيام بالتدخل``, ``(البنك الدولي) للاتصالات``). Not
    another body after ل, whose organ the known name is (``المجلس الرئاسي لحكومة
    الوفاق``), a sport, which completes a team's name after ل (class ``sport``: ``المنتخب
    الألماني لكرة القدم``), nor the field of an agency of the United Nations (``منظمة
    الأمم المتحدة للتربية والعلوم والثقافة``)."""
    gaz = gazetteer()
    return (
        _known_up_to(keys, out, j)
        and keys[j - 2 : j] != _UNITED_NATIONS
        and keys[j] not in word_keys("sport")
        and gaz.key_trigger(keys[j]) != "org_head"
        and gaz.key_trigger(keys[j].removeprefix("ال")) != "org_head"
    )


#: Keys of the United Nations, whose agencies are named by their field after ل.
_UNITED_NATIONS = ["الامم", "المتحده"]


def clause_words(tokens: Sequence[Token], out: list[str]) -> None:
    """A conjunction or time preposition stands in no name: a name that runs over one is
    none (``المجلة أن السلطات الألمانية``, ``الشرطة خلال``); one that opens with it starts
    after it (``أن النهضة`` -> ``النهضة``)."""
    for j, token in enumerate(tokens):
        if out[j] == "O" or token.text not in _CLAUSE_WORDS:
            continue
        if out[j].startswith("B-"):
            label = out[j][2:]
            out[j] = "O"
            if j + 1 < len(out) and out[j + 1] == "I-" + label:
                out[j + 1] = "B-" + label
            continue
        start = mention_start(out, j)
        end_mention(out, start)


#: The shortest imperfect verb taken for one (``يقصي``).
_SHORTEST_VERB = 4

#: The most long-vowel letters an imperfect verb spells, its ي included (``يغادر``); a
#: foreign name spells its vowels out (``يونايتد``).
_VOWEL_LETTERS = 2


def _long_vowels(key: str) -> int:
    """How many long-vowel letters (ا و ي) a word spells; a foreign word spells its vowels
    out (``يونايتد``)."""
    return sum(key.count(v) for v in "اوي")


def imperfect_shape(key: str, prefixes: str = "ي") -> bool:
    """Whether a word is spelt as a verb of the imperfect: one of ``prefixes`` first, no
    article, at most one more long-vowel letter (``يقصي``; not ``يونايتد``)."""
    return (
        key.startswith(tuple(prefixes))
        and len(key) >= _SHORTEST_VERB
        and key.isalpha()
        and _long_vowels(key) <= _VOWEL_LETTERS
    )


def imperfect_verbs(keys: Sequence[str], proclitics: Sequence[str], out: list[str]) -> None:
    """A word of the imperfect (``ي``, no article, at most one more long-vowel letter)
    that is no name of the name lists nor of the gazetteer ends an organisation's name: a
    headline's verb after the body (``إتحاد بن قردان`` | ``يقصي الترجي``, ``حركة نداء
    تونس`` | ``يتقدّمه``; not ``مانشستر يونايتد``)."""
    lists, gaz = name_lists(), gazetteer()
    for j in range(1, len(out)):
        key = keys[j]
        if (
            out[j] == "I-ORG"
            and not proclitics[j]
            and imperfect_shape(key)
            and not lists.word_kinds(key)
            and not gaz.lookup(key)
        ):
            end_mention(out, j)


def definite_heads(keys: Sequence[str], proclitics: Sequence[str], out: list[str]) -> None:
    """A head made definite takes no indefinite genitive, in the tagger's organisation as
    in a chain: the word after it is the verb's object (``تلقت الشرطة`` | ``نداء
    استغاثة``), and the bare head is no name; not a name the gazetteer knows, whole or
    after the head (``للوكالة`` ``تونس إفريقيا للأنباء``, the article written in error)."""
    gaz, n = gazetteer(), len(out)
    for j in range(n - 1):
        if out[j] != "B-ORG" or out[j + 1] != "I-ORG" or proclitics[j + 1]:
            continue
        key, after = keys[j], keys[j + 1]
        if (
            not definite(key)
            or gaz.key_trigger(key.removeprefix("ال")) != "org_head"
            or definite(after)
            or not after.isalpha()
            or gaz.longest_match(keys, j) is not None
            or gaz.longest_match(keys, j + 1) is not None
        ):
            continue
        end = mention_end(out, j)
        for k in range(j, end):
            out[k] = "O"


def clubs_of_a_nation(keys: Sequence[str], out: list[str]) -> None:
    """A definite head of class ``one_of_many`` (a club: ``النادي``, ``الفريق``) with
    only a country's nationality adjective names one club of that country, no body
    (``النادي الفرنسي``, ``الفريق البرتغالي``); a town's adjective names one
    (``النادي الصفاقسي``)."""
    gaz, heads = gazetteer(), word_keys("one_of_many")
    for j in range(len(out) - 1):
        if out[j][2:] != "ORG" or out[j].startswith("I-") or keys[j] not in heads:
            continue
        end = mention_end(out, j)
        if gaz.phrase_end(keys, j + 1, "nationality") == end > j + 1:
            out[j:end] = ["O"] * (end - j)


def joined_bodies(keys: Sequence[str], proclitics: Sequence[str], out: list[str]) -> None:
    """An organisation head made definite after ``و`` inside a name opens another body:
    the name ends before ``و`` (``الشرطة البلدية`` | ``والحرس البلدي``, ``الجبهة الشعبية``
    | ``والكتلة الديمقراطية``), and the head with the words after it is that body's name;
    a head alone on either side names none. Not inside a name the gazetteer knows, nor
    over a word that heads no body (``لجنة الأمن والدفاع``). The second body takes a
    complement with ``لل`` the tagger left after the whole (``الرابطة الوطنية`` |
    ``والإدارة الوطنية للتحكيم``)."""
    gaz = gazetteer()
    j = 0
    while j < len(out):
        if out[j] != "B-ORG":
            j += 1
            continue
        end = mention_end(out, j)
        known, nxt = gaz.longest_match(keys, j), end
        for k in range(j + 1, end):
            if (
                proclitics[k] == "و"
                and definite(keys[k])
                and gaz.key_trigger(keys[k].removeprefix("ال")) == "org_head"
                and (known is None or known.end <= k)
            ):
                for first, last in ((j, k), (k, end)):
                    if last - first < 2:
                        out[first:last] = ["O"] * (last - first)
                    else:
                        out[first] = "B-ORG"
                if end - k > 1 and end < len(out) and out[end] == "O" and proclitics[end] == "لل":
                    out[end] = "I-ORG"
                nxt = k  # the second body may join a third
                break
        j = nxt


def known_bodies_over_places(
    keys: Sequence[str], proclitics: Sequence[str], out: list[str]
) -> None:
    """A body the gazetteer knows whose head the tagger left out, and whose last word
    opens a longer place the tagger found, is that body; the rest of the place goes with
    it no further than the organisation chain takes it (``رئاسة الجمهورية`` | ``الحداد``,
    the verb's object; ``رئاسة الجمهورية التونسية`` whole); not a place after a
    preposition (``بلدية`` | ``بتونس الكبرى``).

    >>> out = ["O", "O", "B-LOC", "I-LOC", "O"]
    >>> known_bodies_over_places(["اعلنت", "رئاسه", "الجمهوريه", "الحداد", "."], [""] * 5, out)
    >>> out
    ['O', 'B-ORG', 'I-ORG', 'O', 'O']
    """
    gaz = gazetteer()
    for j in range(len(out) - 2):
        if out[j] != "O" or out[j + 1] != "B-LOC":
            continue
        body = gaz.longest_match(keys, j)
        if body is None or body.label != "ORG" or body.start != j:
            continue
        end = body.end
        if end <= j + 1 or end >= len(out) or out[end] != "I-LOC" or any(proclitics[j + 1 : end]):
            continue
        out[j:end] = ["B-ORG"] + ["I-ORG"] * (end - j - 1)
        while end < len(out) and out[end] == "I-LOC":
            out[end] = "O"
            end += 1


def place_ends_genitive(keys: Sequence[str], proclitics: Sequence[str], out: list[str]) -> None:
    """A place's name ends the genitive chain of an organisation named with it: an
    indefinite word after it is no part of the name but a word of the sentence (``(منتخب
    فرنسا)`` | ``متصدر المجموعة``, ``(بورصة تونس)`` | ``تفتتح``); not a word the gazetteer
    or the name lists know (``وكالة تونس إفريقيا للأنباء``), nor a foreign word, which
    unlabelled text seldom uses or which spells its vowels out (``مانشستر يونايتد``)."""
    gaz, lists = gazetteer(), name_lists()
    for j in range(2, len(out)):
        key = keys[j]
        if (
            out[j] != "I-ORG"
            or proclitics[j]
            or definite(key)
            or not key.isalpha()
            or lists.word_kinds(key)
            or frequency_band(key) < _EVERYDAY_BAND
            or _long_vowels(key) > 1
            or gaz.longest_match(keys, j) is not None
        ):
            continue
        start = mention_start(out, j)
        place = next((m for m in gaz.find_all(keys[start + 1 : j]) if m.end == j - start - 1), None)
        if place is not None and place.label == "LOC":
            end_mention(out, j)


#: The lowest frequency band of an everyday word in unlabelled text.
_EVERYDAY_BAND = 3


#: The road (``الطريق``), which news names by its class and number, no name.
_ROAD = "الطريق"
#: Words of a road's number (``رقم 1``, ``عدد 12``).
_NUMBER_WORDS = frozenset({"رقم", "عدد"})


def roads(keys: Sequence[str], out: list[str]) -> None:
    """A road named by its class and number is no place's name: ``الطريق الوطنية رقم
    1``, ``الطريق المحلية``, ``الطريق الحزامية`` (the road and adjectives, then a number)."""
    for j in range(len(out) - 1):
        if out[j] != "B-LOC" or keys[j] != _ROAD:
            continue
        end = mention_end(out, j)
        rest = keys[j + 1 : end]
        if rest and all(
            (definite(w) and adjective(w)) or w in _NUMBER_WORDS or w.isdigit() for w in rest
        ):
            end_mention(out, j)
