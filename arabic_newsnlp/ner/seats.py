"""The town of an organisation's seat: a regional body, a court, a Tunisian hospital or a
local unit of a security force is named with the town after ``ب`` (``المحكمة الابتدائية
بسوسة``, ``مركز الأمن الوطني بسهلول``), a regional body or a court also with a Tunisian
town after ``في``; used by the organisation chains and by the
tagger's own organisations.

>>> seat(["المحكمه", "الابتداييه", "سوسه"], ["", "", "ب"], 0, 2)
3
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon.gazetteer import gazetteer, name_lists
from ..lexicon.keys import ARTICLE
from ..lexicon.words import word_keys
from ..quotes.attribute import adjective
from .labels import mention_end

__all__ = ["definite", "seat"]

#: Heads that open no town after ``ب``: a place's kind word, another body.
_NO_TOWN = frozenset({"place_head", "org_head"})


def definite(key: str) -> bool:
    """Whether a name key carries the article (``الصحه``, ``للشغل``)."""
    return len(key) > 3 and key.startswith(("ال", "لل"))


def _in_class(keys: Sequence[str], name: str) -> bool:
    """Whether a word of ``keys``, with or without its article, is of word class ``name``."""
    return any(k in word_keys(name) or k.removeprefix(ARTICLE) in word_keys(name) for k in keys)


def seat(
    keys: Sequence[str],
    proclitics: Sequence[str],
    start: int,
    end: int,
    labels: Sequence[str] | None = None,
) -> int:
    """End of an organisation chain that ends in an adjective, or names a regional body
    (class ``regional``), past the town that names its seat (``النادي الرياضي بصفاقس``,
    ``المحكمة الابتدائية بسوسة``, ``المندوبية الجهوية لأملاك الدولة بمنوبة``); a
    nationality adjective is no such ending (``الجيش التونسي`` ``بالقصرين``), also after a
    regional head (``المعهد الفرنسي`` ``بتونس``: a foreign nation's body), nor a
    place's kind word or a country a town (``السلاح الجوي`` ``بمدينة بنغازي``), nor a
    body's head, the body the first belongs to (``الإدارة الفرعية للجرائم البيئية``
    ``بإدارة الشرطة العدلية``); a
    Tunisian hospital's name (class ``seat_at_home``) ends in a Tunisian town only
    (``المستشفى الجامعي سهلول بسوسة``, ``مستشفى النور`` ``بعمان``). A town the lists do
    not know is one the tagger found there (``labels``: ``مركز الأمن الوطني بسهلول``)."""
    last, gaz = keys[end - 1], gazetteer()
    if end + 1 < len(keys) and keys[end] == "في" and not proclitics[end + 1]:
        return _town_after_fi(keys, start, end)
    if end >= len(keys) or proclitics[end] != "ب" or gaz.key_trigger(keys[end]) in _NO_TOWN:
        return end
    place = gaz.longest_match(keys, end)
    if place is None or place.start != end or place.label != "LOC":
        place = None
    regional = _in_class(keys[start:end], "regional") and not gaz.nationality(last)
    if not regional and not (definite(last) and adjective(last) and not gaz.nationality(last)):
        at_home = place is not None and {e.country for e in place.entries} == {"TN"}
        hospital = _in_class(keys[start:end], "seat_at_home") and not adjective(last)
        return place.end if place is not None and at_home and hospital else end
    # a town the tagger found (بسهلول, past a known one: بسوسة الشمالية), not a landmark's
    # name (بالملعب الأولمبي) nor after a national service's head and adjective alone,
    # whose units act there (الحرس الوطني | بفوشانة)
    # (or a town it read as a one-word person, no given name: بخزندار)
    found = end
    landmark = _in_class(keys[end : end + 1], "place_in_name")
    if labels is not None and end - start > 2 and not landmark and _town_found(keys, labels, end):
        found = mention_end(labels, end)
    if place is not None:
        # a country is no town: (جامعة الخليج العربي) بالبحرين; تونس is both
        kinds = {entry.kind for entry in place.entries}
        return end if kinds == {"country"} else max(place.end, found)
    if {"city", "region", "place"} & set(name_lists().word_kinds(keys[end])):
        return max(end + 1, found)
    return found


def _town_after_fi(keys: Sequence[str], start: int, end: int) -> int:
    """End of a regional body's or a court's name (class ``regional``) past a Tunisian
    town after ``في`` that names its seat, as after ``ب`` (``المحكمة الابتدائية في بن
    عروس``); other bodies act in the town they are named with (``صندوق النقد الدولي في
    تونس``)."""
    gaz = gazetteer()
    known = gaz.longest_match(keys, start)
    if not _in_class(keys[start:end], "regional") or (known is not None and known.end == end):
        return end  # nor a national body the gazetteer knows: (اتحاد الشغل) في قفصة
    place = gaz.longest_match(keys, end + 1)
    if place is None or place.label != "LOC":
        return end
    kinds = {entry.kind for entry in place.entries}
    at_home = {entry.country for entry in place.entries} == {"TN"} and "country" not in kinds
    return place.end if at_home else end


def _town_found(keys: Sequence[str], labels: Sequence[str], j: int) -> bool:
    """Whether the tagger found a place at ``j``, or a one-word person whom the name lists
    know as no given name (a town it took for a surname)."""
    if labels[j] == "B-PER" and mention_end(labels, j) == j + 1:
        return "given" not in name_lists().word_kinds(keys[j])
    return labels[j] == "B-LOC"
