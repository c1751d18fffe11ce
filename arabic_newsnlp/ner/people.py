"""Rules for people's names over the tagger's labels: a common given name before a surname
unlabelled text seldom uses is a person, and so is one after و and a person just named;
such a surname goes on the name before it; given names the tagger cut off join the person
after them.

>>> given_and_surname(["وقال", "علي", "العكاري"], out := ["O", "O", "O"])
>>> out
['O', 'B-PER', 'I-PER']
"""

from __future__ import annotations

from collections.abc import Sequence

from ..document import Token
from ..lexicon.gazetteer import COMMON_NAME, gazetteer, name_lists
from ..lexicon.usage import frequency_band
from ..lexicon.words import word_keys
from ..text.clitics import closed_class
from .chains import definite
from .consistency import (
    PERSON_KINDS,
    everyday_word,
    name_word,
    rare_surname,
    speech_verb,
    unknown_given_name,
)
from .labels import end_mention, mention_end, mention_start
from .limits import imperfect_shape

__all__ = [
    "PRONOUN_ENDINGS",
    "compound_given_names",
    "coordinated_people",
    "counted_not_people",
    "given_and_surname",
    "given_names_after_bodies",
    "given_names_before",
    "given_names_cut_off",
    "given_names_spelt_as_particles",
    "initials",
    "nationalities_left_out",
    "no_verb_or_preposition_opens_a_name",
    "people_listed_without_commas",
    "place_after_person",
    "rejoin_people",
    "surnames_never_seen",
    "titles_left_out",
    "unknown_given_names",
]


def coordinated_people(keys: Sequence[str], proclitics: Sequence[str], out: list[str]) -> None:
    """A common given name joined by و to a person just named, before a surname of the
    name lists or a word unlabelled text never uses, is another person: (عدنان منصر)
    وعمر الشتوي, (صبري دخيل) وإقبال مصدع."""
    lists = name_lists()
    for j in range(1, len(out) - 1):
        surname = keys[j + 1]
        if (
            out[j] == "O"
            and out[j + 1] == "O"
            and proclitics[j] == "و"
            and out[j - 1][2:] == "PER"
            and not proclitics[j + 1]
            and (
                "surname" in lists.word_kinds(surname)
                or (
                    surname.isalpha()
                    and len(surname) > 2
                    and frequency_band(surname) < 0
                    and not lists.word_kinds(surname)
                )
            )
            and _common_given(keys[j])
        ):
            out[j], out[j + 1] = "B-PER", "I-PER"


def _common_given(key: str) -> bool:
    """A given name the person-name sources write often (``علي``, ``سامي``)."""
    lists = name_lists()
    return "given" in lists.word_kinds(key) and lists.person_count(key) >= COMMON_NAME


def given_and_surname(
    keys: Sequence[str], out: list[str], proclitics: Sequence[str] | None = None
) -> None:
    """A common given name the tagger left out, before a surname of the name lists that
    unlabelled text seldom uses as a word (:func:`.consistency.rare_surname`), is a person
    (``علي العكاري``, also after a given name: ``محمد علي الصيادي``; not a speaker's head
    noun: ``شاهد العيان``); news that writes على as علي taught the tagger otherwise, and
    the surname's nisba ending may make it read as a one-word place. Such
    a surname right after a person's name goes on it, written apart or as Tunisian news
    writes بالـ names (``عبد الله حمد المحارب``, ``وحيد بن عمر بالليلي``); after و it is
    another person."""
    heads = word_keys("speaker_head")
    for j in range(len(out) - 1):
        given, surname = keys[j], keys[j + 1]
        if not _rare_listed_surname(surname):
            continue
        if (
            out[j] == "O"
            and (
                out[j + 1] in ("O", "B-PER")
                or (out[j + 1] == "B-LOC" and (j + 2 == len(out) or out[j + 2] != "I-LOC"))
            )
            and _common_given(given)
            and given not in heads
        ):
            out[j] = "I-PER" if j > 0 and out[j - 1][2:] == "PER" else "B-PER"
            out[j + 1] = "I-PER"
        elif (
            out[j][2:] == "PER"
            and out[j + 1] == "O"
            and (proclitics is None or proclitics[j + 1] in ("", "ب"))
        ):
            out[j + 1] = "I-PER"


def _rare_listed_surname(key: str) -> bool:
    """A surname with its article that the name lists know, unlabelled text seldom uses
    and the gazetteer does not list as anything else (``العكاري``)."""
    return (
        key.startswith("ال")
        and rare_surname(key)
        and "surname" in name_lists().word_kinds(key)
        and not gazetteer().lookup(key)
    )


def given_names_cut_off(keys: Sequence[str], out: list[str], proclitics: Sequence[str]) -> None:
    """A person's name made only of given names (and lineage particles) goes on with the
    person the tagger starts right after it, with no conjunction between: one person cut
    in two (``(عبد الله) (حمد محارب)``), also over a common given name the tagger left
    out between them (``(محمد) علي (بن رمضان)``: news writes على as علي)."""
    for j in range(1, len(out)):
        if out[j] != "B-PER" or proclitics[j]:
            continue
        gap = (
            j > 1
            and out[j - 1] == "O"
            and not proclitics[j - 1]
            and _common_given(keys[j - 1])
            and out[j - 2][2:] == "PER"
        )
        if (out[j - 1][2:] == "PER" or gap) and given_names_before(keys, out, j - gap):
            out[j - gap : j + 1] = ["I-PER"] * (1 + gap)


def rejoin_people(keys: Sequence[str], out: list[str], proclitics: Sequence[str]) -> None:
    """Once the document lends a sentence a person it names elsewhere, a surname the tagger
    read as a place (``بن رمضان``), that person goes on the given names before it, over a
    common given name left out between (``(محمد) علي (بن رمضان)`` -> one person), while a
    name that runs from a surname into a given name stays two people listed without a
    comma (:func:`given_names_cut_off`, :func:`people_listed_without_commas`)."""
    given_names_cut_off(keys, out, proclitics)
    people_listed_without_commas(keys, out)


def given_names_before(
    keys: Sequence[str], out: Sequence[str], j: int, *, one: bool = False
) -> bool:
    """Whether a person's name made only of given names (and lineage particles) ends right
    before ``j``, the words between included; with ``one``, a single given name. A lineage
    particle alone is no name (``ابن`` | ``فاطمة ...``: the son of the woman named)."""
    if j == 0 or out[j - 1] == "O":
        return False
    lists, particles = name_lists(), word_keys("particle")
    first = mention_start(out, j - 1)
    return (
        out[first] == "B-PER"
        and (not one or first == j - 1)
        and all("given" in lists.word_kinds(k) or k in particles for k in keys[first:j])
        and not all(k in particles for k in keys[first:j])
    )


def unknown_given_names(keys: Sequence[str], out: list[str], proclitics: Sequence[str]) -> None:
    """A word unlabelled text seldom uses, left out right before a one-word person where a
    name may begin, is that person's given name, which the tagger did not know (``الكندي
    جاستين ترودو``, ``النهضة، سيمر ديلو``; :func:`.consistency.unknown_given_name`), and
    so is a common given name that begins with the letter of a proclitic, written whole
    (``فادي``, ``بسام``: no preposition before a name that goes on). Before a person of
    two words or more, such a word, or a common given name the tagger left out (``أمير``
    ``خير الله``), opens the same person."""
    for j in range(len(out) - 1):
        if out[j] != "O" or out[j + 1] != "B-PER" or proclitics[j + 1]:
            continue
        if _given_written_whole(proclitics[j], keys[j]) or (
            not proclitics[j] and _opens_person(keys, out, j)
        ):
            out[j] = "B-PER"
            out[j + 1] = "I-PER"


def _opens_person(keys: Sequence[str], out: Sequence[str], j: int) -> bool:
    """Whether the word at ``j``, left out right before a person, is its given name: one
    the tagger did not know, before a one-word person where a name may begin, or before a
    longer one after a place (``سفير فرنسا لدى تونس`` | ``أوليفيي ...``; not a noun with
    its pronoun, ``رئيستها``, nor a headline's verb, ``تنعى``); or a common given name
    before a longer person after a place, a body or punctuation."""
    if not (j + 2 < len(out) and out[j + 2] == "I-PER"):
        return unknown_given_name(keys, out, j)
    if j == 0 or out[j - 1][2:] == "PER" or (out[j - 1] == "O" and keys[j - 1].isalnum()):
        return False
    key = keys[j]
    return (
        out[j - 1][2:] == "LOC"
        and not imperfect_shape(key, "يت")
        and not key.endswith(PRONOUN_ENDINGS)
        and unknown_given_name(keys, out, j)
    ) or _left_out_given(key)


#: Pronouns written on a noun or a verb (``رئيستها``, ``حضرته``).
PRONOUN_ENDINGS = ("ها", "هم", "هما", "ته")


def _left_out_given(key: str) -> bool:
    """A common given name the name lists know only as a person's name (not ``انا``, a
    town's), no speaker's head noun and no everyday word of the lexicon."""
    return (
        _common_given(key)
        and set(name_lists().word_kinds(key)) <= PERSON_KINDS
        and not everyday_word(key)
    )


def given_names_after_bodies(
    keys: Sequence[str], out: list[str], proclitics: Sequence[str]
) -> None:
    """A common given name that is also a word, left out right after a body, opens the
    person after it, the body's head or member (``لحركة نداء تونس حافظ قائد السبسي``; not
    a speech verb nor a title): the surname alone would be another person of the
    document."""
    gaz = gazetteer()
    for j in range(1, len(out) - 1):
        if (
            out[j] == "O"
            and out[j - 1][2:] == "ORG"
            and out[j + 1] == "B-PER"
            and not proclitics[j + 1]
            and (
                (not proclitics[j] and _common_given(keys[j]))
                or _given_written_whole(proclitics[j], keys[j])
            )
            and not speech_verb(keys[j])
            and gaz.key_trigger(keys[j]) is None
        ):
            out[j], out[j + 1] = "B-PER", "I-PER"


def given_names_spelt_as_particles(
    keys: Sequence[str], out: list[str], proclitics: Sequence[str], tokens: Sequence[Token]
) -> None:
    """A common given name that a particle spells with a final ى (``علي`` / ``على``),
    written with ي and left out right before a person the tagger found, opens that person
    (``وعلي سعيد الكعبي``, ``علي الطاهر البوعزيزي``, ``لعلي ساسي``): news that writes على
    as علي taught the tagger to doubt the name; not right after another person without
    و (a list, or ``(محمد) علي (بن رمضان)``, which :func:`given_names_cut_off` joins)."""
    for j, token in enumerate(tokens[: len(out) - 1]):
        key = keys[j]
        if (
            out[j] == "O"
            and out[j + 1] == "B-PER"
            and not proclitics[j + 1]
            and proclitics[j] in ("", "و", "ل")
            and (j == 0 or out[j - 1][2:] != "PER" or proclitics[j] == "و")
            and token.text.endswith("ي")
            and key.endswith("ي")
            and closed_class(key[:-1] + "ى")
            and _common_given(key)
        ):
            out[j], out[j + 1] = "B-PER", "I-PER"


def _given_written_whole(proclitic: str, key: str) -> bool:
    """Whether a word cut as ``proclitic`` + ``key`` is a common given name written whole
    (``فادي``, ``بسام``; not ``بمحمد``)."""
    return proclitic in ("ب", "ف", "ك") and _common_given(proclitic + key)


def compound_given_names(keys: Sequence[str], out: list[str]) -> None:
    """A person's name the tagger starts at the second part of a compound given name
    (class ``compound``: ``الدين``, ``الله``) begins one word earlier, with a first part
    the name lists know as a given name, which the tagger left out or took for a name of
    its own (``(بنور) الدين الحامي`` -> ``نور الدين الحامي``)."""
    compounds, lists = word_keys("compound"), name_lists()
    for j in range(1, len(out)):
        if (
            out[j][2:] == "PER"
            and keys[j] in compounds
            and (out[j - 1] == "O" or (out[j - 1].startswith("B-") and out[j - 1] != "B-PER"))
            and "given" in lists.word_kinds(keys[j - 1])
        ):
            out[j - 1], out[j] = "B-PER", "I-PER"


def people_listed_without_commas(keys: Sequence[str], out: list[str]) -> None:
    """A person's name of four words or more that runs from a surname into a common given
    name is two people listed with no comma between (``(سامي الورغي) (منير بوعزيز)``): a
    surname with its article, not the second part of a compound given name (``عبد
    اللطيف``, class ``compound``) nor a title (``الحاج``), or one the name lists know only
    as a surname, before a common given name that opens a name of two words or more; not
    ``عبد``, which also opens a surname (``محمد الفاضل عبد الكافي``)."""
    lists, particles, compounds = name_lists(), word_keys("particle"), word_keys("compound")
    titles = word_keys("title")
    for j in range(2, len(out) - 1):
        if out[j] != "I-PER" or out[j + 1] != "I-PER" or out[j - 1] != "I-PER":
            continue
        surname, given = keys[j - 1], keys[j]
        if (
            _common_given(given)
            and not given.startswith("ال")
            and given not in particles
            and keys[j - 2] not in particles
            and surname not in compounds
            and surname not in titles
            and (surname.startswith("ال") or lists.word_kinds(surname) == ("surname",))
        ):
            out[j] = "B-PER"


def titles_left_out(keys: Sequence[str], out: list[str]) -> None:
    """A person's full name leaves out a title the tagger ran into it (``البابا تواضروس
    الثاني`` -> ``تواضروس الثاني``); before one word the title may be how news names the
    person (``الشيخ سعد``, which a quote's speaker keeps), and stays. Nor does it open
    with an adjective of the title left out before it (``القائد (الميداني أبو خالد)`` ->
    ``أبو خالد``: :func:`_title_adjective`)."""
    gaz = gazetteer()
    for j in range(len(out) - 2):
        if (
            out[j] == "B-PER"
            and out[j + 1] == out[j + 2] == "I-PER"
            and gaz.key_trigger(keys[j]) == "title"
        ):
            out[j], out[j + 1] = "O", "B-PER"
    for j in range(1, len(out) - 1):
        if (
            out[j] == "B-PER"
            and out[j + 1] == "I-PER"
            and out[j - 1] == "O"
            and gaz.key_trigger(keys[j - 1]) == "title"
            and _title_adjective(keys[j])
        ):
            out[j], out[j + 1] = "O", "B-PER"


#: The lowest frequency band of a title's adjective, and fewer people than this bear it.
_TITLE_ADJECTIVE_BAND, _TITLE_ADJECTIVE_PEOPLE = 6, 10


def _title_adjective(key: str) -> bool:
    """A definite nisba adjective unlabelled text uses often and the name lists give few
    people (``الميداني``, ``الديمقراطي``; not ``الباجي``)."""
    return (
        key.startswith("ال")
        and key.endswith("ي")
        and frequency_band(key) >= _TITLE_ADJECTIVE_BAND
        and name_lists().person_count(key) < _TITLE_ADJECTIVE_PEOPLE
    )


def nationalities_left_out(keys: Sequence[str], out: list[str]) -> None:
    """A person's name leaves out a nationality adjective the tagger ran into it at its
    start (``البرازيلي جواو سيلفا`` -> ``جواو سيلفا``): the adjective describes the
    person. A name made only of words for a people or a faith in the plural names a
    group, no person (``الفرنسيون``, ``الأكراد``, ``الكاثوليك``: :func:`_group_word`); a
    singular nationality alone may be a surname (``المصري``) and stays."""
    gaz = gazetteer()
    for j, tag in enumerate(out):
        if tag != "B-PER":
            continue
        end = mention_end(out, j)
        if all(_group_word(k) for k in keys[j:end]):
            out[j:end] = ["O"] * (end - j)
        elif end > j + 1 and gaz.nationality(keys[j]) is not None:
            out[j], out[j + 1] = "O", "B-PER"


def _group_word(key: str) -> bool:
    """A people or a faith in the plural: a nationality's plural (``الفرنسيون``) or a
    word of class ``people_group`` (``الأكراد``)."""
    if key in word_keys("people_group"):
        return True
    return key.endswith(("ون", "ين")) and gazetteer().nationality(key) is not None


def initials(keys: Sequence[str], out: list[str], tokens: Sequence[Token]) -> None:
    """A one-letter initial written with its period right before a person's name, or a
    given name the name lists know, is part of that name (``م. عمر``, ``د.عبد الله``);
    the tokens tell whether the period is written right after the letter."""
    for j in range(len(tokens) - 2):
        if (
            len(keys[j]) == 1
            and keys[j].isalpha()
            and keys[j + 1] == "."
            and tokens[j].end == tokens[j + 1].start
            and out[j] == out[j + 1] == "O"
            # (ق.م. is an abbreviation)
            and not (j > 0 and keys[j - 1] == "." and tokens[j - 1].end == tokens[j].start)
            and (out[j + 2] == "B-PER" or (out[j + 2] == "O" and _common_given(keys[j + 2])))
        ):
            out[j], out[j + 1], out[j + 2] = "B-PER", "I-PER", "I-PER"


def no_verb_or_preposition_opens_a_name(
    keys: Sequence[str], out: list[str], tokens: Sequence[Token]
) -> None:
    """A person's name the tagger opens with a speech verb before a definite word starts
    after the verb, its subject (``وبين الفرجاني`` -> ``الفرجاني``: بيّن, not the given name
    Ben); one it opens with the preposition على (keyed as علي is) before a definite word
    is no name (``عثر على الكلب``); a compound given name's second part is no such word
    (``أكمل الدين``)."""
    compounds = word_keys("compound")
    for j in range(len(out) - 1):
        if (
            out[j] != "B-PER"
            or out[j + 1] != "I-PER"
            or not definite(keys[j + 1])
            or keys[j + 1] in compounds
        ):
            continue
        stem = tokens[j].segments[-1].text if j < len(tokens) and tokens[j].segments else ""
        if speech_verb(keys[j]):
            out[j], out[j + 1] = "O", "B-PER"
        elif stem.endswith("ى") and closed_class(stem):
            end = mention_end(out, j)
            out[j:end] = ["O"] * (end - j)


def counted_not_people(keys: Sequence[str], out: list[str]) -> None:
    """No person's name follows a number written as a word (class ``number_word``): the
    word after it is what it counts, a currency or a unit that the person-name lists also
    spell (``ألفي يوان``); after digits a name may stand, in a list of votes (``450 رضا``)."""
    numbers = word_keys("number_word")
    for j in range(1, len(out)):
        if out[j] == "B-PER" and keys[j - 1] in numbers:
            end_mention(out, j)


def surnames_never_seen(keys: Sequence[str], out: list[str], proclitics: Sequence[str]) -> None:
    """A word unlabelled text never uses, right after a person named by a given name
    alone, is that person's surname the tagger did not know (``جوليا موسينا``): no
    proclitic, no article, no word of the lexicon or the gazetteer (see
    :func:`.consistency.name_word`)."""
    lists = name_lists()
    for j in range(len(out) - 1):
        key = keys[j + 1]
        if (
            out[j] == "B-PER"
            and out[j + 1] == "O"
            and not proclitics[j + 1]
            and "given" in lists.word_kinds(keys[j])
            and frequency_band(key) < 0
            and name_word(key)
        ):
            out[j + 1] = "I-PER"


#: How far before a person's name the speech verb whose subject it is may stand (past a
#: time adjunct and a title: قال اليوم سفير فرنسا لدى تونس …).
_SUBJECT_WINDOW = 8


def place_after_person(keys: Sequence[str], out: Sequence[str], start: int, end: int) -> bool:
    """A place the tagger ran into the person before it (زار بلينكن سيول), unless the
    place is also a common name (أحمد رياض), the whole a person's known full name, the
    person a given name alone (مروان جدة), or the whole the subject of a speech verb
    right before it that a comma or a complementizer ends (أوضح أوليفيي بوافر دارفور، أن:
    a place comes after a preposition there)."""
    first = start
    while out[first] != "B-PER":
        first -= 1
    if end < len(keys) and (not keys[end].isalpha() or keys[end] in word_keys("comp")):
        k = first - 1
        while k >= max(0, first - _SUBJECT_WINDOW) and keys[k].isalpha():
            if speech_verb(keys[k]):
                return False
            k -= 1
    lists = name_lists()
    whole = " ".join(keys[first:end])
    place = " ".join(keys[start:end])
    if start == first + 1 and "given" in lists.word_kinds(keys[first]):
        return False  # a given name alone is no one's whole name: مروان جدة
    return lists.phrase_label(whole) != "PER" and lists.person_count(place) < COMMON_NAME
