"""Normalisation views of Arabic text.

These functions return new strings for matching and lookup; they never change the
document text, so offsets stay those of the original input.

>>> from arabic_newsnlp.text.normalize import normalize
>>> normalize("أَعْلَنَ الرئيسُ")
'اعلن الرئيس'
>>> normalize("٢٠٢٣")
'2023'

Arabic presentation forms (the contextual letter shapes and ligatures of U+FB50–U+FDFF
and U+FE70–U+FEFF, common in text taken from PDFs) and Arabic mathematical letters fold
to the letters they stand for, so text written with them is analysed like any other:

>>> normalize("ﺍﻟﺴﻮﺩﺍﻥ")
'السودان'
"""

from __future__ import annotations

import unicodedata

__all__ = [
    "COMPATIBILITY",
    "DIACRITICS",
    "normalize",
    "strip_diacritics",
    "strip_tatweel",
]

#: Harakat, tanween, shadda, sukun, superscript alef and Quranic annotation marks.
DIACRITICS = frozenset(
    [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670"]
    + [chr(c) for c in range(0x06D6, 0x06DD)]
    + [chr(c) for c in range(0x06DF, 0x06E5)]
    + [chr(c) for c in range(0x06E7, 0x06E9)]
    + [chr(c) for c in range(0x06EA, 0x06EE)]
    + [chr(c) for c in range(0x08D3, 0x0900) if c != 0x08E2]
)
TATWEEL = "\u0640"
#: Bidi and zero-width controls that carry no letters.
CONTROLS = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u061c\u2060\ufeff"
    + "".join(chr(c) for c in range(0x202A, 0x202F))
    + "".join(chr(c) for c in range(0x2066, 0x206A))
)


def _compatibility() -> dict[str, str]:
    ranges = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF), (0x1EE00, 0x1EEFF))
    table: dict[str, str] = {}
    for first, last in ranges:
        for code in range(first, last + 1):
            char = chr(code)
            # Isolated forms of harakat decompose to a space or tatweel plus the mark.
            folded = unicodedata.normalize("NFKC", char).strip(" \u0640")
            # Phrases in one character (U+FDFA) stay: their words would share one offset.
            if folded and folded != char and " " not in folded and char not in CONTROLS:
                table[char] = folded
    return table


#: Compatibility characters of Arabic text and the letters they stand for (their NFKC
#: form): presentation forms, ligatures (``ﻻ`` -> ``لا``, two letters for one
#: character) and mathematical letters.
COMPATIBILITY: dict[str, str] = _compatibility()

_ALEFS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا"}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {
    chr(0x06F0 + i): str(i) for i in range(10)
}
_DROP: dict[int, None] = {ord(c): None for c in DIACRITICS | CONTROLS | {TATWEEL}}


def _table(*, alef: bool, ya: bool, teh_marbuta: bool, digits: bool) -> dict[int, str | None]:
    table: dict[int, str | None] = dict(_DROP)
    if alef:
        table.update({ord(k): v for k, v in _ALEFS.items()})
    if ya:
        table[ord("ى")] = "ي"
    if teh_marbuta:
        table[ord("ة")] = "ه"
    if digits:
        table.update({ord(k): v for k, v in _DIGITS.items()})
        table[ord("٫")] = "."
        table[ord("٬")] = ","
        table[ord("٪")] = "%"
    # Persian letter forms that news text mixes in, and the Maghrebi gaf, which
    # Tunisian news writes for the ق of names as spoken (ڨفصة for قفصة).
    table[ord("ک")] = "ك"
    table[ord("ی")] = "ي"
    table[ord("ڨ")] = "ق"
    # Compatibility characters: their letters, normalised by the rest of this table.
    for char, folded in COMPATIBILITY.items():
        table[ord(char)] = folded.translate(table)
    return table


_DEFAULT = _table(alef=True, ya=True, teh_marbuta=False, digits=True)
_STRICT = _table(alef=True, ya=True, teh_marbuta=True, digits=True)


def normalize(text: str, *, teh_marbuta: bool = False) -> str:
    """Remove diacritics, tatweel and controls; unify alef, alef maqsura and digits.

    ``teh_marbuta=True`` also maps ``ة`` to ``ه`` (for matching text that writes one for
    the other).

    >>> normalize("مدرسة", teh_marbuta=True)
    'مدرسه'
    """
    return text.translate(_STRICT if teh_marbuta else _DEFAULT)


_DIACRITICS_ONLY: dict[int, None] = {ord(c): None for c in DIACRITICS}
_TATWEEL_ONLY: dict[int, None] = {ord(TATWEEL): None}


def strip_diacritics(text: str) -> str:
    """Remove harakat, tanween, shadda, sukun, superscript alef and Quranic marks.

    >>> strip_diacritics("مُحَمَّدٌ")
    'محمد'
    """
    return text.translate(_DIACRITICS_ONLY)


def strip_tatweel(text: str) -> str:
    """Remove the tatweel (kashida) elongation character.

    >>> strip_tatweel("جـــميل")
    'جميل'
    """
    return text.translate(_TATWEEL_ONLY)
