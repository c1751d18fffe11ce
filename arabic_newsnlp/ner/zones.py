"""A place named for its time: a word unlabelled text seldom uses right after the word for
a place's time (class ``time_zone``), without the article or a proclitic, is a place the
tagger left out (``بتوقيت غرينتش``); not an everyday word (``توقيت عمله``, ``توقيت
المحلي``) nor a noun with its pronoun (``توقيت انطلاقها``, ``توقيت مقابلته``).

>>> out = ["O", "O", "O", "O"]
>>> times_of_places(["السابعه", "توقيت", "غرينتش", "."], ["", "ب", "", ""], out)
>>> out
['O', 'O', 'B-LOC', 'O']
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon.usage import seldom_used
from ..lexicon.words import word_keys
from .people import PRONOUN_ENDINGS
from .seats import definite

__all__ = ["times_of_places"]


def times_of_places(keys: Sequence[str], proclitics: Sequence[str], out: list[str]) -> None:
    """Label a place named after the word for a place's time."""
    zones = word_keys("time_zone")
    for j in range(1, len(keys)):
        key = keys[j]
        if (
            keys[j - 1] not in zones
            or out[j] != "O"
            or proclitics[j]
            or not key.isalpha()
            or len(key) < 3
            or definite(key)
            or key.endswith(PRONOUN_ENDINGS)
            or not seldom_used(key)
        ):
            continue
        out[j] = "B-LOC"
        if j + 1 < len(out) and out[j + 1].startswith("I-"):
            out[j + 1] = "B-" + out[j + 1][2:]
