"""Regression table of inputs that once broke the full pipeline (pySBD style)."""

import pytest

import arabic_newsnlp

CASES = [
    # (what went wrong, text)
    ("a lone tatweel before a colon: IndexError in the speaker phrase reader", "ـ:"),
    ("a lone tatweel as a headline speaker", "ـ: «نعم»"),
]


@pytest.mark.parametrize(("problem", "text"), CASES, ids=[c[0] for c in CASES])
def test_full_pipeline_accepts(problem: str, text: str) -> None:
    doc = arabic_newsnlp.analyze(text)
    for span in (*doc.tokens, *doc.sentences, *doc.mentions):
        assert text[span.start : span.end] == span.text


@pytest.mark.parametrize("text", ["ذكر", "وأكد الوزير", "حذر من", "أكد، في"])
def test_a_cue_at_the_end_of_the_text_has_no_object(text: str) -> None:
    """A speech verb that ends the text once read past the last token."""
    assert arabic_newsnlp.analyze(text).quotes == ()
