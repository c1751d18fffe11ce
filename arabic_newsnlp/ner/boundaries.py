"""Where a name starts inside a token: after attached proclitics, keeping the article.

``لكوريا`` -> ``كوريا``, ``والصين`` -> ``الصين``, ``وبيونغ`` -> ``بيونغ``. The article
``ال`` stays where it is written as part of the name (``الكرملين``). Where the article is
fused with a preceding ``ل`` (``للأمم``: ``ل`` + ``ال`` + ``أمم``, the article's alef
dropped), the span starts at the stem (``أمم``): the letter that remains belongs to both
pieces, and a span cannot hold the missing alef. The *key* of such a name restores the
article (``الامم``), so gazetteer lookups and entity linking still see ``الأمم المتحدة``.

Nothing here splits words: where the name starts is the clitic step's answer
(:func:`arabic_newsnlp.text.clitics.name_start`, from the same analysis and name lists
that give :attr:`Token.segments`), so a listed name whose first letter looks like a
proclitic stays whole (``بارو``, ``كاليفورنيا``) and ``وبلبنان`` starts its name at
``لبنان``.

>>> from arabic_newsnlp.text.tokenize import tokenize
>>> [name_part(t)[1:3] for t in tokenize("لكوريا والصين للأمم")]
[('كوريا', 'كوريا'), ('الصين', 'الصين'), ('أمم', 'الامم')]
"""

from __future__ import annotations

from .._cache import BoundedCache
from ..document import Token
from ..lexicon.keys import ARTICLE, name_key
from ..text.clitics import name_start

__all__ = ["UNCACHED_KINDS", "name_part"]

#: Token kinds whose texts rarely repeat (each number is new): never cached by text, so
#: memory stays flat over long streams.
UNCACHED_KINDS = frozenset({"number", "date", "url", "email", "hashtag", "mention"})

_cache = BoundedCache[str, tuple[int, str, str, str]](entries=50_000)


def name_part(token: Token) -> tuple[int, str, str, str]:
    """``(offset in the token where a name would start, its text, its key, proclitics)``.

    ``proclitics`` is the keyed text cut off (``و``, ``وب``, ``لل``; empty when none).

    >>> from arabic_newsnlp.text.tokenize import tokenize
    >>> name_part(tokenize("وبلبنان")[0])
    (2, 'لبنان', 'لبنان', 'وب')
    """
    text = token.text
    found = _cache.get(text)
    if found is not None:
        return found
    rel, fused = name_start(text) if token.kind == "word" else (0, False)
    part = text[rel:]
    key = name_key(part)
    if fused:
        key = ARTICLE + key
    result = (rel, part, key, name_key(text[:rel]))
    if token.kind not in UNCACHED_KINDS:
        _cache.put(text, result)
    return result
