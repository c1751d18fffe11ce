"""CAMeL Tools as an oracle for our transliteration, diacritic stripping and normalisation.

On random text, ours and CAMeL Tools' agree exactly where they mean the same thing, and
every difference is one of the documented choices (docs/engines.md, "CAMeL Tools as an
oracle"):

- ``buckwalter`` / ``from_buckwalter`` are CAMeL Tools' ``ar2bw`` / ``bw2ar`` exactly;
- ``strip_diacritics`` removes CAMeL Tools' diacritics (``dediac_ar``) and also Quranic
  annotation marks, the combining maddah and hamza (U+0653-U+065F) and the extended
  Arabic marks (U+08D3-U+08FF);
- ``normalize`` does what ``normalize_alef_ar``, ``normalize_alef_maksura_ar`` and
  ``dediac_ar`` do (and ``normalize_teh_marbuta_ar`` with ``teh_marbuta=True``), and also
  the alefs with wavy hamza (U+0672, U+0673), Persian kaf and yeh, Arabic-Indic digits and
  separators, tatweel, bidi and zero-width controls, and presentation forms;
- presentation forms fold as NFKC (CAMeL Tools' ``normalize_unicode``) folds them, except
  that an isolated haraka form leaves no space, and the three phrase characters
  (U+FDFA, U+FDFB, U+FDFD) stay.

Skipped when the ``camel`` extra is not installed, except where
``ARABIC_NEWSNLP_ENGINE_TESTS=require``.
"""

from __future__ import annotations

import os
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

if os.environ.get("ARABIC_NEWSNLP_ENGINE_TESTS") == "require":  # CI's engines run
    import camel_tools  # noqa: F401
else:
    pytest.importorskip("camel_tools", reason="the camel extra is not installed")

from camel_tools.utils.charmap import CharMapper
from camel_tools.utils.charsets import AR_DIAC_CHARSET
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)

from arabic_newsnlp import buckwalter, from_buckwalter, normalize, strip_diacritics
from arabic_newsnlp.text.normalize import COMPATIBILITY, CONTROLS, DIACRITICS, TATWEEL

AR2BW = CharMapper.builtin_mapper("ar2bw")
BW2AR = CharMapper.builtin_mapper("bw2ar")


def _chars(*ranges: tuple[int, int]) -> list[str]:
    return [chr(c) for first, last in ranges for c in range(first, last + 1)]


LETTERS = _chars((0x0621, 0x063A), (0x0641, 0x064A)) + list("ٱپچڤگ")
CAMEL_DIACRITICS = sorted(AR_DIAC_CHARSET)
#: What only ours removes or maps (the documented differences).
OUR_MARKS = sorted(DIACRITICS - set(AR_DIAC_CHARSET))
OUR_EXTRAS = [
    *OUR_MARKS,
    *["\u0672", "\u0673", "ک", "ی", TATWEEL, "٪", "٫", "٬"],
    *_chars((0x0660, 0x0669), (0x06F0, 0x06F9)),
    *sorted(CONTROLS),
    *sorted(COMPATIBILITY)[::7],
]
ASCII = _chars((0x20, 0x7E))
OTHER = list("،؛؟«»\n")

shared_text = st.text(st.sampled_from(LETTERS + CAMEL_DIACRITICS + ASCII + OTHER), max_size=40)
any_text = st.text(
    st.sampled_from(LETTERS + CAMEL_DIACRITICS + ASCII + OTHER + OUR_EXTRAS), max_size=40
)


def camel_normalize(text: str, *, teh_marbuta: bool = False) -> str:
    out = dediac_ar(normalize_alef_maksura_ar(normalize_alef_ar(text)))
    return normalize_teh_marbuta_ar(out) if teh_marbuta else out


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_buckwalter_is_camel_ar2bw(text: str) -> None:
    assert buckwalter(text) == AR2BW(text)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(ASCII + LETTERS), max_size=40))
def test_from_buckwalter_is_camel_bw2ar(text: str) -> None:
    assert from_buckwalter(text) == BW2AR(text)


def test_buckwalter_tables_are_the_same() -> None:
    for code in range(0x0600, 0x0700):
        assert buckwalter(chr(code)) == AR2BW(chr(code)), hex(code)
    for char in ASCII:
        assert from_buckwalter(char) == BW2AR(char), char


@settings(max_examples=300, deadline=None)
@given(shared_text)
def test_strip_diacritics_is_dediac_on_their_marks(text: str) -> None:
    assert strip_diacritics(text) == dediac_ar(text)


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_strip_diacritics_removes_more(text: str) -> None:
    ours = strip_diacritics(text)
    assert dediac_ar(ours) == ours  # nothing of theirs is left
    assert strip_diacritics(dediac_ar(text)) == ours  # theirs is a part of ours
    removed = {c for c in text if c not in ours}
    assert removed <= set(CAMEL_DIACRITICS) | set(OUR_MARKS)


def test_diacritic_sets() -> None:
    assert set(AR_DIAC_CHARSET) <= DIACRITICS
    combining_hamza_madda = {"\u0653", "\u0654", "\u0655"}
    assert combining_hamza_madda <= set(OUR_MARKS)
    # Every extra mark is a combining mark (Mn): none is a letter.
    assert {unicodedata.category(c) for c in OUR_MARKS} == {"Mn"}


@settings(max_examples=300, deadline=None)
@given(shared_text, st.booleans())
def test_normalize_is_camels_on_shared_text(text: str, teh_marbuta: bool) -> None:
    assert normalize(text, teh_marbuta=teh_marbuta) == camel_normalize(
        text, teh_marbuta=teh_marbuta
    )


@settings(max_examples=300, deadline=None)
@given(any_text, st.booleans())
def test_normalize_does_what_camel_does_and_more(text: str, teh_marbuta: bool) -> None:
    ours = normalize(text, teh_marbuta=teh_marbuta)
    assert (
        normalize(camel_normalize(text, teh_marbuta=teh_marbuta), teh_marbuta=teh_marbuta) == ours
    )
    assert camel_normalize(ours, teh_marbuta=teh_marbuta) == ours


def test_presentation_forms_fold_as_nfkc() -> None:
    spaced = set()
    for char in COMPATIBILITY:
        ours = normalize(char)
        theirs = normalize(normalize_unicode(char))
        if ours != theirs:
            spaced.add(char)
            # An isolated haraka form: NFKC gives a space and the mark; ours gives nothing.
            assert unicodedata.normalize("NFKC", char).startswith(" "), hex(ord(char))
            assert theirs == " " and ours == ""
    assert len(spaced) == 14
    kept = {
        chr(code)
        for first, last in ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
        for code in range(first, last + 1)
        if chr(code) not in COMPATIBILITY and normalize_unicode(chr(code)) != chr(code)
    }
    assert kept == {"\ufdfa", "\ufdfb", "\ufdfd"}  # phrases in one character
