"""Invariants that hold for any input string."""

import pickle
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arabic_newsnlp
from arabic_newsnlp import Document

SEPARATORS = set(
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000"
    "\u200b\u200c\u200d\u200e\u200f\u061c\u2060\ufeff"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
SEPARATORS |= {chr(c) for c in range(0x2000, 0x200B)}

arabicish = st.text(
    alphabet=st.sampled_from(
        list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىةـًٌٍَُِّْ٠١٢٣٤٥٦٧٨٩0123456789")
        + list(" \n.،؛؟!:«»“”\"'/%٫٬-@#abcXYZ😀\u200f\u200c")
    ),
    max_size=300,
)
anything = st.one_of(st.text(max_size=300), arabicish)


def check_spans(doc: Document) -> None:
    text = doc.text
    spans = [*doc.sentences, *doc.tokens, *doc.mentions]
    spans += [seg for tok in doc.tokens for seg in tok.segments]
    for q in doc.quotes:
        spans += list(q.content)
        spans += [x for x in (q.cue, q.speaker) if x is not None]
    for span in spans:
        assert text[span.start : span.end] == span.text


@settings(max_examples=300, deadline=None)
@given(anything)
def test_offsets_slice_back_and_tokens_cover_text(text: str) -> None:
    doc = arabic_newsnlp.analyze(text)
    check_spans(doc)
    covered = [False] * len(text)
    last_end = 0
    for tok in doc.tokens:
        assert tok.start >= last_end, "tokens overlap or are out of order"
        assert tok.end > tok.start
        last_end = tok.end
        for i in range(tok.start, tok.end):
            covered[i] = True
    for i, ch in enumerate(text):
        if not covered[i]:
            assert ch in SEPARATORS or ch.isspace(), f"character {ch!r} at {i} is in no token"
    # sentences partition the tokens, in order
    position = 0
    for sentence in doc.sentences:
        assert sentence.token_start == position and sentence.token_end > position
        position = sentence.token_end
    assert position == len(doc.tokens)
    # segments rejoin to their token
    for tok in doc.tokens:
        assert "".join(s.text for s in tok.segments) == tok.text


@settings(max_examples=200, deadline=None)
@given(anything)
def test_round_trip(text: str) -> None:
    doc = arabic_newsnlp.analyze(text, meta={"id": 1})
    assert Document.from_dict(doc.to_dict()) == doc
    assert Document.from_json(doc.to_json()) == doc
    assert pickle.loads(pickle.dumps(doc)) == doc  # how worker processes send documents


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        arabic_newsnlp.analyze(text)
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.slow
@settings(max_examples=15, deadline=None)
@given(st.text(min_size=1, max_size=8))
def test_time_grows_linearly(unit: str) -> None:
    """Doubling a repetitive input about doubles the time (no quadratic blow-up)."""
    small = unit * (4000 // len(unit) + 1)
    large = small * 4
    _seconds(small)
    ratio = _seconds(large) / max(_seconds(small), 1e-4)
    assert ratio < 16, f"4x the input took {ratio:.1f}x the time for unit {unit!r}"
