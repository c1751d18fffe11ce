"""Title phrases as the speaker resolution compares them: the keys two mentions of one
title share, and which phrases are the title of an office."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from operator import attrgetter

from ..document import Token
from ..lexicon.keys import head_of, name_key
from ..lexicon.speech import lexicon
from ..lexicon.words import word_keys, words
from ..resources import load_once
from ..text.normalize import normalize
from .context import Ref

__all__ = ["bare_words", "kin_after_name", "office", "title_key", "title_words"]


@load_once
def title_words() -> frozenset[str]:
    """Keys of the words that head a title (the quote lexicon's ``title`` class)."""
    return frozenset(name_key(w) for w in lexicon().words("title"))


@load_once
def _offices() -> frozenset[str]:
    """The head words of the titles of an office (the word table's ``title`` class, not
    its other speaker heads: مصدر، أوساط، مراسل), without their article."""
    heads = {normalize(phrase.split()[0]) for phrase in words("title")}
    return frozenset(h[2:] if h.startswith("ال") and len(h) > 4 else h for h in heads)


def office(phrase: str) -> bool:
    """Whether a normalized phrase is a singular title of an office, definite or with its
    genitive (الوزير، رئيس اللجنة, not مصدر أمني، العلماء، صحفية)."""
    first = phrase.split()[0]
    head = head_of(first)
    if head in lexicon().words("plural") or not (first.startswith("ال") or " " in phrase):
        return False
    return head in _offices() or (head.endswith("ة") and head[:-1] in _offices())


def title_key(phrase: str) -> str:
    """A title phrase as two mentions of one title share it: up to its seat or adjunct
    (``ب``-word, ``في``, a comma), without the heads news drops from an organisation's
    name: ``رئيس كتلة حركة الشعب بمجلس النواب،`` and ``رئيس كتلة الشعب`` give
    ``رييس كتله النهضه``."""
    dropped = word_keys("short_head")
    kept: list[str] = []
    for word in name_key(re.sub(r"[،,:;(]", " ، ", phrase)).split():
        if word in word_keys("title_end") or word == "،" or (word[0] == "ب" and len(word) > 3):
            break
        if word not in dropped:
            kept.append(word)
    return " ".join(kept)


def bare_words(key: str) -> list[str]:
    """The words of a title key without their article or a ل written on them."""
    plain = [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in key.split()]
    return [w[1:] if w[0] == "ل" and len(w) > 4 else w for w in plain]


def kin_after_name(tokens: Sequence[Token], ref: Ref) -> int:
    """Where a relative's title (class ``kin``) starts after the name of two words at least
    that opens the phrase ``ref`` (مباركة عواينية أرملة الشهيد X: the widow speaks, X is
    whom she is the widow of; not ابن عم الشهيد X, nor in a headline); -1 when there is
    none."""
    if ref.name_start != ref.char_start or ref.how == "headline":
        return -1
    kin = word_keys("kin")
    first = k = bisect_left(tokens, ref.char_start, key=attrgetter("start"))
    while k < len(tokens) and tokens[k].end <= ref.char_end:
        word = name_key(tokens[k].text)
        if word in kin or word in ("ابن", "بن", "بنت"):
            return tokens[k].start if k - first >= 2 and word in kin else -1
        k += 1
    return -1
