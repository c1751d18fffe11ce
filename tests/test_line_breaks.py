"""Every line break of str.splitlines ends sentences and paragraphs, in every entry point."""

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arabic_newsnlp
from arabic_newsnlp import split_sentences, tokenize
from arabic_newsnlp.text.sentences import LINE_BREAKS

BREAKS = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"]


def test_the_breaks_are_those_of_splitlines() -> None:
    breaking = {chr(c) for c in range(sys.maxunicode + 1) if len(f"a{chr(c)}b".splitlines()) > 1}
    assert breaking == set(LINE_BREAKS)


@pytest.mark.parametrize("brk", BREAKS, ids=[hex(ord(b[-1])) for b in BREAKS])
def test_each_break_ends_a_sentence_and_a_paragraph(brk: str) -> None:
    text = f"وزير الخارجية يصل إلى عمان{brk}وصل الوزير صباح اليوم"
    for sentences in (split_sentences(text), arabic_newsnlp.analyze(text).sentences):
        assert [(s.text, s.paragraph) for s in sentences] == [
            ("وزير الخارجية يصل إلى عمان", 0),
            ("وصل الوزير صباح اليوم", 1),
        ]


def test_white_space_is_never_a_token() -> None:
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    for c in spaces:
        assert [t.text for t in tokenize(f"نص{c}آخر")] == ["نص", "آخر"], hex(ord(c))
        assert tokenize(c) == arabic_newsnlp.analyze(c).tokens == (), hex(ord(c))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["قال", "الوزير", ".", " ", "«", "»", *BREAKS])).map("".join))
def test_paragraph_is_the_rank_of_the_line_among_lines_with_words(text: str) -> None:
    lines = text.splitlines(keepends=True)
    starts = [sum(len(x) for x in lines[:i]) for i in range(len(lines))]
    with_words = [i for i, line in enumerate(lines) if line.strip()]
    for sentence in split_sentences(text):
        assert not set(sentence.text) & set(LINE_BREAKS)
        line = max(i for i, start in enumerate(starts) if start <= sentence.start)
        assert sentence.paragraph == with_words.index(line)
