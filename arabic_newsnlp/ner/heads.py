"""Names built on a head noun, outside the organisation chains of :mod:`.chains`: a built
place, street or water keeps its head (``مطار أوكلاند``, ``حي النور``), a place its kind
word does not (``جزيرة جربة`` -> ``جربة``), and a place or body named for a person after
its head and the person's title is that place or body (``مطار الملكة علياء الدولي``); a
place's kind word before a body the gazetteer knows names the body's district (``إقليم
الأمن الوطني بالقصرين``), and before a point of the compass a region (``إقليم الشمال`` ->
``الشمال``).

>>> out = ["O", "B-LOC", "O"]
>>> places_with_their_heads(["مطار", "اوكلاند", "امس"], out)
>>> out
['B-LOC', 'I-LOC', 'O']
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon.gazetteer import gazetteer, name_lists
from ..lexicon.keys import ARTICLE
from ..lexicon.usage import frequency_band, seldom_used
from ..lexicon.words import word_keys
from ..quotes.forms import adjective
from .chains import chain_stops, definite, institution_heads
from .consistency import adjective_of_the_word_before
from .labels import end_mention, mention_end, mention_start, relabel
from .seats import seat

__all__ = [
    "adjectives_after",
    "adjectives_of_nouns",
    "bare_place_words",
    "compass_regions",
    "districts_of_bodies",
    "named_for_people",
    "nationality_after_place",
    "old_quarters",
    "organs_of_named_bodies",
    "place_kind_words",
    "places_with_their_heads",
    "schools",
    "seats_of_bodies",
]

_NAMED_BY_HEAD = frozenset({"LOC", "PER"})


def places_with_their_heads(
    keys: Sequence[str], out: list[str], proclitics: Sequence[str] | None = None
) -> None:
    """A built place, street, camp, mountain or water keeps its head in its name (class
    ``place_in_name``), and the adjectives after it: ``مطار [أوكلاند]`` -> ``مطار
    أوكلاند``, ``حي [النور]`` -> ``حي النور``, ``مطار [الدوحة] الدولي``; a head before a
    person's name names the place for him (``شارع [الحبيب بورقيبة]``), and one before a
    word the tagger left out names the place when the name lists know the word as a
    place or unlabelled text hardly uses it (``ميناء سينبو``). The head is indefinite and
    the name after it carries no proclitic (``المطار`` | ``بأوكلاند`` stay apart). Such a
    word after another place's kind word (``ولاية``, ``مدينة``) is the place, the kind word
    left out (``ولاية [لوزيانا]``), and so is such a word after ``عين`` (a spring), which
    opens the names of Maghrebi towns, where a preposition shows a place (``لعين
    تموشنت``, ``في عين أمناس``)."""
    heads = word_keys("place_in_name")
    kinds = word_keys("place_head") - heads
    n = len(out)
    for j in range(n - 1):
        if out[j] != "O" or definite(keys[j]) or (proclitics is not None and proclitics[j + 1]):
            continue
        if keys[j] in kinds or _spring_town(keys, proclitics, j):
            if out[j + 1] == "O" and _unknown_place(keys[j + 1], listed=False):
                relabel(out, j if keys[j] == _SPRING else j + 1, j + 2, "LOC")
            continue
        if keys[j] not in heads:
            continue
        if out[j + 1] == "O" and _unknown_place(keys[j + 1]):
            relabel(out, j, adjectives_after(keys, out, j + 2), "LOC")
            continue
        if out[j + 1][2:] not in _NAMED_BY_HEAD or out[j + 1][0] != "B":
            continue
        end = j + 2
        while end < n and out[end] == out[j + 1].replace("B-", "I-"):
            end += 1
        relabel(out, j, adjectives_after(keys, out, end), "LOC")


def compass_regions(keys: Sequence[str], out: list[str], proclitics: Sequence[str]) -> None:
    """A point of the compass (class ``compass``) after a place's kind word names a region,
    with the adjectives after it, and the kind word is left out as before any place
    (``إقليم الشمال`` -> ``الشمال``, ``منطقة الجنوب الغربي`` -> ``الجنوب الغربي``)."""
    gaz, in_names, points = gazetteer(), word_keys("place_in_name"), word_keys("compass")
    for j in range(len(out) - 1):
        if (
            keys[j + 1] not in points
            or out[j] != "O"
            or out[j + 1] != "O"
            or proclitics[j + 1]
            or keys[j] in in_names
            or definite(keys[j])
            or gaz.key_trigger(keys[j]) != "place_head"
        ):
            continue
        relabel(out, j + 1, adjectives_after(keys, out, j + 2), "LOC")


def nationality_after_place(keys: Sequence[str], out: list[str]) -> None:
    """A nationality adjective after a place's own name tells its country and is no part
    of it (``ليون الفرنسية`` -> ``ليون``, ``حمص السورية`` -> ``حمص``); after a point of
    the compass it makes a description, no name (``الجنوب التونسي``). A country's or
    region's name the gazetteer knows with it keeps it (``الولايات المتحدة الأمريكية``,
    ``المملكة المغربية``), as does a state's head (``جمهورية``), no place's own name; a
    city's does not (``صور اللبنانية`` -> ``صور``)."""
    gaz, points = gazetteer(), word_keys("compass")
    for j in range(len(out)):
        if out[j] != "B-LOC":
            continue
        end = mention_end(out, j)
        if end - j < 2 or gaz.nationality(keys[end - 1]) is None:
            continue
        known = gaz.longest_match(keys, j)
        whole = known is not None and known.end == end
        if keys[j] in points:
            end_mention(out, j)
        elif (whole and known is not None and known.entries[0].kind == "city") or (
            not whole
            and not any(definite(key) for key in keys[j : end - 1])
            and (
                (known is not None and known.end == end - 1 and known.label == "LOC")
                or all(seldom_used(key) for key in keys[j : end - 1])
            )
        ):
            out[end - 1] = "O"


def districts_of_bodies(keys: Sequence[str], out: list[str], proclitics: Sequence[str]) -> None:
    """A place head that is no part of a place's name (``إقليم``, ``منطقة``), indefinite,
    before a body the gazetteer knows names the body's district, an organisation, with
    the town of its seat after ``ب``: ``إقليم الأمن الوطني بالقصرين``, ``منطقة الحرس
    الوطني بسوسة``; so does the head before a security force's short name (class
    ``district``: ``منطقة الشرطة بقفصة``)."""
    gaz, in_names, forces = gazetteer(), word_keys("place_in_name"), word_keys("district")
    n = len(out)
    for j in range(n - 2):
        if (
            out[j] not in ("O", "B-LOC")
            or keys[j] in in_names
            or definite(keys[j])
            or gaz.key_trigger(keys[j]) != "place_head"
            or proclitics[j + 1]
        ):
            continue
        pair = f"{keys[j]} {keys[j + 1]}" in forces
        force = pair and not (j + 2 < n and not proclitics[j + 2] and definite(keys[j + 2]))
        # (no adjective after the short name: منطقة الأمن الغذائي is no force)
        body = gaz.longest_match(keys, j + 1)
        if body is not None and all(e.label == "ORG" for e in body.entries):
            end = body.end
        elif force:
            end = j + 2
        else:
            continue
        inside = ("O", "B-ORG", "I-ORG", "I-LOC")
        if out[j + 1] not in (*inside, "B-LOC" if pair else "O") or any(
            out[k] not in inside for k in range(j + 2, end)
        ):
            continue  # (a force's name may be taken for a place: إقليم الحرس)
        if end < n and proclitics[end] == "ب":
            town = gaz.longest_match(keys, end)
            if town is not None and town.label == "LOC":
                end = town.end
            elif {"city", "region"} & set(name_lists().word_kinds(keys[end])):
                end += 1
        if end < n and out[end].startswith("I-"):
            continue
        relabel(out, j, end, "ORG")


def seats_of_bodies(keys: Sequence[str], out: list[str], proclitics: Sequence[str]) -> None:
    """An organisation the tagger found that ends in an adjective, or names a regional
    body, takes the town of its seat after ``ب``, as a chain does (:func:`.chains.seat`:
    ``القوافل الرياضية بقفصة``, ``المستشفى الجهوي بالمكنين``)."""
    n = len(out)
    for j in range(n):
        if out[j] != "B-ORG":
            continue
        end = mention_end(out, j)
        town = seat(keys, proclitics, j, end, out)
        if (
            town > end
            and all(out[k] in ("O", "B-LOC", "I-LOC") for k in range(end, town))
            and (town == n or not out[town].startswith("I-"))
        ):
            relabel(out, j, town, "ORG")


def _organ_head(key: str) -> bool:
    """Whether ``key`` is an institution's head made definite (``المكتب``, ``الكتلة``)."""
    base = key.removeprefix("ال")
    return definite(key) and (
        gazetteer().key_trigger(base) == "org_head" or base in institution_heads()
    )


def organs_of_named_bodies(keys: Sequence[str], out: list[str], proclitics: Sequence[str]) -> None:
    """A definite institution's head and its adjectives right before a body named after
    ``ل`` name that body's organ, one organisation with it: ``المكتب السياسي لحزب آفاق
    تونس``, ``الكتلة النيابية لحركة نداء تونس``, ``الهيئة المديرة للنادي الإفريقي`` (the
    organ of a body named by its head alone is none: ``المكتب السياسي للحزب``; nor is a
    rank: ``المجلس الوطني الأول`` | ``لحزب``; a nation's body tells the one after ``ل``:
    ``الشرطة الماليزية`` | ``لرويترز``)."""
    gaz, n = gazetteer(), len(out)
    for j in range(n - 2):
        if out[j] not in ("O", "B-ORG") or proclitics[j] or not _organ_head(keys[j]):
            continue
        inside = "I-ORG" if out[j] == "B-ORG" else "O"
        k = j + 1
        while (
            k < n
            and k - j <= 3
            and out[k] == inside
            and not proclitics[k]
            and definite(keys[k])
            and adjective(keys[k])
            and gaz.key_trigger(keys[k]) != "ordinal"
            and gaz.nationality(keys[k]) is None
        ):
            k += 1
        if k == j + 1 or k >= n or out[k] != "B-ORG" or proclitics[k] not in ("ل", "لل"):
            continue
        end = mention_end(out, k)
        if end == k + 1 and _organ_head(keys[k]):
            continue  # a body named by its head alone: (المجلس التنفيذي) للمنظمة
        relabel(out, j, end, "ORG")


#: ``عين`` (a spring), the first word of many Maghrebi towns' names (``عين دراهم``).
_SPRING = "عين"


def _spring_town(keys: Sequence[str], proclitics: Sequence[str] | None, j: int) -> bool:
    """Whether ``عين`` at ``j`` follows a preposition, where it opens a town's name: not
    the verb ``عيّن`` (appointed) nor the eye."""
    if keys[j] != _SPRING or proclitics is None:
        return False
    return proclitics[j] in ("ب", "ل") or (j > 0 and keys[j - 1] in ("في", "من", "الي"))


def _unknown_place(key: str, *, listed: bool = True) -> bool:
    """Whether a word the tagger left out after a place head names the place: one the
    name lists know as a place (unless not ``listed``), or too rare in unlabelled text to
    be an everyday word (``ميناء سينبو``, ``معبر ملولة``; unless ``listed``, no adjective:
    ``ولاية`` | ``متحصلين``)."""
    if not key.isalpha() or len(key) < 3:
        return False
    kinds = name_lists().word_kinds(key)
    if listed and {"city", "place", "region"} & set(kinds):
        return True
    return (
        frequency_band(key) < 0
        and not kinds
        and not definite(key)
        and (listed or not adjective(key))
    )


def place_kind_words(keys: Sequence[str], out: list[str]) -> None:
    """A place's name leaves out the word for its kind (a place head not of class
    ``place_in_name``: ``مدينة``, ``ولاية``, ``جزيرة``) when the rest is a place the
    gazetteer knows: ``جزيرة جربة`` -> ``جربة``, ``مدينة الخليل`` -> ``الخليل``."""
    gaz, in_names = gazetteer(), word_keys("place_in_name")
    for j in range(len(out) - 1):
        if out[j] != "B-LOC" or out[j + 1] != "I-LOC" or keys[j] in in_names:
            continue
        if gaz.key_trigger(keys[j]) != "place_head":
            continue
        end = j + 2
        while end < len(out) and out[end] == "I-LOC":
            end += 1
        match = gaz.longest_match(keys, j + 1)
        if match is not None and match.end == end and match.label == "LOC":
            out[j], out[j + 1] = "O", "B-LOC"


def bare_place_words(keys: Sequence[str], out: list[str], proclitics: Sequence[str]) -> None:
    """A place's kind word made definite, alone, is no name (``المدينة``, ``الولاية``,
    ``العاصمة``: the town the text speaks of), as a bare head is none; not a built place
    or a water (class ``place_in_name``: ``البحيرة``), nor a name the gazetteer knows, nor
    a word joined by و to a place in a list of places (``دمشق والمدينة``: Medina)."""
    gaz, in_names, n = gazetteer(), word_keys("place_in_name"), len(out)
    for j in range(n):
        key = keys[j]
        if out[j] != "B-LOC" or (j + 1 < n and out[j + 1] == "I-LOC") or not definite(key):
            continue
        base = key.removeprefix("ال")
        if base in in_names or key in in_names or gaz.longest_match(keys[j : j + 1], 0):
            continue
        listed = (j > 0 and proclitics[j].startswith("و") and out[j - 1][2:] == "LOC") or (
            j + 1 < n and proclitics[j + 1].startswith("و") and out[j + 1] == "B-LOC"
        )
        if not listed and "place_head" in (gaz.key_trigger(key), gaz.key_trigger(base)):
            out[j] = "O"


def adjectives_of_nouns(keys: Sequence[str], out: list[str], proclitics: Sequence[str]) -> None:
    """A place the tagger found that is only adjectives, the first in the feminine, and no
    name of the gazetteer, right after an unlabelled definite noun describes that noun:
    ``السواحل الشمالية الغربية`` (a town named so stays: ``الطائرات`` ``اللاذقية``); so
    does a country named by its feminine adjective after a feminine or plural word
    (``السلطات السعودية``, ``الحدود القطرية السعودية``; not ``التزام السعودية``)."""
    gaz, n = gazetteer(), len(out)
    for j in range(1, n):
        if out[j] != "B-LOC" or proclitics[j] or out[j - 1] != "O":
            continue
        end = mention_end(out, j)
        prev = keys[j - 1]
        if (
            definite(prev)
            and prev not in chain_stops()
            and keys[j].endswith("يه")
            and all(definite(key) and adjective(key) for key in keys[j:end])
            and (
                gaz.longest_match(keys[j:end], 0) is None
                or (end == j + 1 and adjective_of_the_word_before(keys, j))
            )
        ):
            for k in range(j, end):
                out[k] = "O"


_HEAD_LABELS = {"place_head": "LOC", "org_head": "ORG"}


def named_for_people(keys: Sequence[str], out: list[str]) -> None:
    """A place or body named for a person, its head and the person's title before the
    name, is no person: ``مطار الملكة علياء الدولي`` (LOC), ``مستشفى الملك فهد الجامعي``
    (ORG); it runs on over the adjectives after the name. The head is indefinite, as in
    a genitive construct: a definite one is a title's complement (قائد الشرطة العميد ...).
    A body news names by its leader (class ``leader_body``) needs no title: ``حكومة
    الحبيب الصيد`` (ORG)."""
    gaz = gazetteer()
    n = len(out)
    for j in range(1, n):
        if out[j] != "B-PER":
            continue  # (the cheap test first: this runs over every token)
        end = mention_end(out, j)
        if out[j - 1] == "O" and keys[j - 1] in word_keys("leader_body"):
            relabel(out, j - 1, end, "ORG")
            continue
        label = _HEAD_LABELS.get(gaz.key_trigger(keys[j - 2]) or "") if j > 1 else None
        if (
            label is None
            or definite(keys[j - 2])
            or gaz.key_trigger(keys[j - 1]) != "title"
            or out[j - 2] not in ("O", "B-" + label)
            or out[j - 1] not in ("O", "I-" + label)
        ):
            continue
        relabel(out, j - 2, adjectives_after(keys, out, end), label)


def adjectives_after(keys: Sequence[str], out: Sequence[str], end: int) -> int:
    """End of the unlabelled definite adjectives from ``end`` that go on the name of a
    place or body before them (``الدولي``, ``الجامعي``); a nationality is no such part."""
    gaz = gazetteer()
    while (
        end < len(out)
        and out[end] == "O"
        and definite(keys[end])
        and adjective(keys[end])
        and gaz.nationality(keys[end]) is None
    ):
        end += 1
    return end


def old_quarters(keys: Sequence[str], out: list[str], proclitics: Sequence[str]) -> None:
    """A town the tagger found, right before an adjective of class ``old_quarter``, names
    its old quarter with it: ``حلب القديمة``, ``تونس العتيقة`` (a place of its own); so
    does a point of the compass as an adjective (class ``compass_part``) a part of it, a
    delegation of a Tunisian town: ``سوسة الشمالية``, and the word for its centre (class
    ``town_centre``) after a Tunisian town, also the town of a body's seat:
    ``سوسة المدينة``, ``الشرطة العدلية بسوسة المدينة`` (and so does a point of the
    compass there: ``منطقة الأمن الوطني بسوسة الجنوبية``)."""
    old = word_keys("old_quarter") | word_keys("compass_part")
    for j in range(1, len(out)):
        if out[j] != "O" or proclitics[j]:
            continue
        in_body = out[j - 1][2:] == "ORG" and keys[j] in word_keys("compass_part")
        centre = in_body or keys[j] in word_keys("town_centre")
        if centre and _tunisian_town_before(keys, out, j):
            out[j] = "I-" + out[j - 1][2:]
            continue
        if keys[j] not in old or out[j - 1][2:] != "LOC":
            continue
        start = j - 1
        while start > 0 and out[start].startswith("I-"):
            start -= 1
        relabel(out, start, j + 1, "LOC")


def _tunisian_town_before(keys: Sequence[str], out: Sequence[str], j: int) -> bool:
    """Whether a Tunisian town the gazetteer knows ends a place or an organisation's name
    right before ``j`` (``سوسة``, ``بسوسة`` after a body's head)."""
    label = out[j - 1][2:]
    start = mention_start(out, j - 1) if label == "LOC" else j - 1
    town = gazetteer().longest_match(keys, start)
    if label not in ("LOC", "ORG") or town is None or town.end != j or town.label != "LOC":
        return False
    return {entry.country for entry in town.entries} == {"TN"}


def schools(keys: Sequence[str], out: list[str], proclitics: Sequence[str]) -> None:
    """A school named by its head made definite, its level (class ``school_level``) and
    the name the tagger found after them, with the town of its seat after ``ب``, is an
    organisation (``المدرسة الابتدائية حي النور بالقيروان``, ``المعهد الثانوي ابن رشيق``),
    no place of a kind word before it (``ساحة``); the head and level alone, or an
    indefinite head, name a kind of school, no body (``المدرسة الإعدادية``, ``مدرسة
    ابتدائية`` | ``بالقيروان``: the town alone is a name)."""
    heads, levels = word_keys("school"), word_keys("school_level")
    n = len(out)
    for i in range(n - 1):
        level = keys[i + 1] if definite(keys[i]) else ARTICLE + keys[i + 1]
        if keys[i].removeprefix(ARTICLE) not in heads or level not in levels:
            continue
        j = i + 2
        while j < n and keys[j] in levels and not proclitics[j]:
            j += 1
        end = j
        if j < n and _school_name(keys, j):
            while end < n and out[end] != "O" and not proclitics[end] and end - j < 4:
                end += 1
        end = _school_seat(keys, out, proclitics, end)
        if out[i].startswith("I-"):
            for k in range(mention_start(out, i), i):
                out[k] = "O"  # (ساحة) المدرسة: the kind word before it is no part
        if definite(keys[i]) and end > j:
            relabel(out, i, end, "ORG")
        else:
            end = j
            while end < n and out[end].startswith("I-") and not proclitics[end]:
                end += 1  # (the tagger's name of a kind of school, no body: أوضاعا)
            out[i:end] = ["O"] * (end - i)
        if end < n and out[end].startswith("I-"):
            town = proclitics[end] == "ب" and any(
                e.label == "LOC" for e in gazetteer().lookup(keys[end])
            )
            out[end] = "B-" + out[end][2:]
            if town and mention_end(out, end) == end + 1:
                out[end] = "B-LOC"  # (مدرسة ابتدائية) بالقيروان: the town the tagger ran on


#: The highest frequency band of a word unlabelled text hardly uses (a name's, not an
#: everyday word's).
_RARE = 2


def _school_name(keys: Sequence[str], j: int) -> bool:
    """Whether the word at ``j`` may begin a school's name: a word of the name lists, a
    place's head that is part of its name (``حي``), a name the gazetteer knows, or a word
    unlabelled text seldom uses (not an everyday word the tagger ran on: ``ظروفا``)."""
    key = keys[j]
    return bool(
        name_lists().word_kinds(key)
        or key in word_keys("place_in_name")
        or gazetteer().longest_match(keys, j) is not None
        or frequency_band(key) <= _RARE
    )


def _school_seat(
    keys: Sequence[str], out: Sequence[str], proclitics: Sequence[str], end: int
) -> int:
    """End of the town of a school's seat after ``ب`` at ``end`` (a name the tagger found
    there or a place the gazetteer knows: ``بمارث``), or ``end`` if none."""
    n = len(out)
    if end >= n or proclitics[end] != "ب":
        return end
    if out[end] != "O":
        inside, end = "I-" + out[end][2:], end + 1
        while end < n and out[end] == inside and not proclitics[end]:
            end += 1
        return end
    place = gazetteer().longest_match(keys, end)
    return place.end if place is not None and place.label == "LOC" else end
