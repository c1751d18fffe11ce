"""A head that names only an organ of a body it does not name (``مكتب المجلس``,
``قوات الشرطة``, ``الهيئة التسييرية``): no organisation's name, for the organisation
chains and the tagger's own organisations.

>>> organ_of_unnamed_body(["مكتب", "المجلس"], ["", ""], 0, 2)
True
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon.gazetteer import gazetteer
from ..lexicon.keys import ARTICLE
from ..lexicon.words import word_keys
from ..quotes.attribute import adjective
from .seats import definite

__all__ = ["organ_of_unnamed_body"]


def organ_of_unnamed_body(keys: Sequence[str], proclitics: Sequence[str], i: int, j: int) -> bool:
    """Whether the chain ``i:j`` is only a head and another head made definite, which
    names an organ or the forces of a body it does not name (مكتب المجلس، مجلس الهيئة،
    قوات الشرطة), or a place's kind word or a place made definite (بلدية المدينة، إدارة
    السجن، إدارة المدرسة: class ``place_noun``), unless the
    gazetteer knows it (رئاسة الحكومة), the second word is an adjective (الشرطة
    البلدية) or the first a club's or party's head (نادي الجيش); or a
    definite head with only adjectives of an organ (class ``organ``: الهيئة التسييرية),
    or with any adjectives and then a body named by its head alone (المكتب السياسي
    للحزب، المجلس الوطني للحزب; not a company's field: الشركة التونسية للبنك)."""
    last = j - 1
    of_unnamed = (
        j - i > 2
        and proclitics[last] in ("ل", "لل")
        and definite(keys[last])
        and gazetteer().key_trigger(keys[last].removeprefix(ARTICLE)) == "org_head"
    )
    if of_unnamed:
        last -= 1  # of a body named by its head alone: (الهيئة التسييرية) للنادي
    # (a company's field is no body: الشركة التونسية للبنك)
    any_organ = of_unnamed and keys[i].removeprefix(ARTICLE) not in word_keys("short_head")
    if definite(keys[i]) and all(
        not proclitics[k] and (any_organ or keys[k] in word_keys("organ"))
        for k in range(i + 1, last + 1)
    ):
        known = gazetteer().longest_match(keys, i)
        return known is None or known.end < j  # الهيئة التسييرية، المجلس الجهوي
    if j - i != 2 or proclitics[i + 1] or not definite(keys[i + 1]) or keys[i + 1].endswith("يه"):
        return False  # (الشرطة البلدية: a nisba adjective)
    if keys[i] in word_keys("short_head"):
        return False  # a club or party named for a body: نادي الجيش
    second = keys[i + 1].removeprefix(ARTICLE)
    if (
        gazetteer().key_trigger(second) not in ("org_head", "place_head")
        and second not in word_keys("place_noun")
        and (keys[i] not in word_keys("forces") or adjective(keys[i + 1]))
    ):
        return False  # (وزارة الخارجية names the ministry: خارجية alone heads nothing)
    known = gazetteer().longest_match(keys, i)
    return known is None or known.end < j
