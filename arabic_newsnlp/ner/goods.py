"""A group of goods or services a price index counts is no body: ``مجموعة`` (class
``goods_group``) with everyday words made definite after a price word (class ``price``:
``أسعار مجموعة التغذية والمشروبات``, ``مؤشر مجموعة الصحة``) or before ``بنسبة`` (``وتطورت
مجموعة النقل بنسبة ...``), or joined by ``و`` a few words after another (``أسعار مجموعة
النقل ب5 بالمائة ومجموعة التعليم``); not a body the gazetteer knows (``مجموعة البنك
الدولي``) nor a company with a name of its own (``أسهم مجموعة بولينا``). Nor is a gathering
named after its theme (:func:`gatherings`: ``منتدى الاستثمار``).

>>> out = ["O", "B-ORG", "I-ORG", "O"]
>>> goods_groups(["اسعار", "مجموعه", "النقل", "ارتفعت"], ["", "", "", "و"], out)
>>> out
['O', 'O', 'O', 'O']
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon.gazetteer import gazetteer
from ..lexicon.words import word_keys
from .labels import mention_end
from .seats import definite

__all__ = ["gatherings", "goods_groups"]

#: Words after the group within which ``بنسبة`` tells a rate of change.
_RATE_WITHIN = 3
#: Words after a group within which another joined by ``و`` goes on with the list.
_LIST_WITHIN = 6


def goods_groups(keys: Sequence[str], proclitics: Sequence[str], out: list[str]) -> None:
    """Clear an organisation that is a group of goods a price index counts."""
    heads, prices, gaz = word_keys("goods_group"), word_keys("price"), gazetteer()
    last: int | None = None  # the end of the last group cleared
    for j, key in enumerate(keys):
        if out[j] != "B-ORG" or key not in heads or proclitics[j] not in ("", "و"):
            continue
        end = mention_end(out, j)
        if end == j + 1 or not all(definite(k) for k in keys[j + 1 : end]):
            continue
        known = gaz.longest_match(keys, j)
        if known is not None and known.end >= end:
            continue
        after = range(end, min(end + _RATE_WITHIN, len(keys)))
        rate = any(keys[k] == "نسبه" and proclitics[k] == "ب" for k in after)
        listed = proclitics[j] == "و" and last is not None and j - last <= _LIST_WITHIN
        if rate or listed or (j > 0 and keys[j - 1] in prices):
            out[j:end] = ["O"] * (end - j)
            last = end


def gatherings(
    keys: Sequence[str], proclitics: Sequence[str], tagged: Sequence[str], out: list[str]
) -> None:
    """Clear an organisation headed by a gathering's word without the article (class
    ``gathering``: ``منتدى الاستثمار``, ``ملتقى الإبداع الشعري``): a meeting named after its
    theme, no body; not one the gazetteer knows (``منتدى الدول المصدرة للغاز``), nor a
    gathering's word after the first word of a name (``جمعية منتدى الشباب``). A place or a
    person the tagger found inside (``tagged``, its labels) stays (``منتدى دافوس``).

    >>> out = ["O", "B-ORG", "I-ORG", "I-ORG"]
    >>> keys = ["من", "منتدي", "الاستثمار", "تونس"]
    >>> gatherings(keys, ["", "", "", "ب"], ["O", "O", "O", "B-LOC"], out)
    >>> out
    ['O', 'O', 'O', 'B-LOC']
    """
    heads, gaz = word_keys("gathering"), gazetteer()
    for j, key in enumerate(keys):
        if out[j] != "B-ORG" or key not in heads or proclitics[j] not in ("", "و", "ب", "ل"):
            continue
        end = mention_end(out, j)
        known = gaz.longest_match(keys, j)
        if end == j + 1 or (known is not None and known.start == j and known.end >= end):
            continue
        for k in range(j, end):
            label = tagged[k][2:]
            if label not in ("LOC", "PER"):
                out[k] = "O"
            elif tagged[k].startswith("I-") and out[k - 1][2:] != label:
                out[k] = "B-" + label
            else:
                out[k] = tagged[k]
