"""Clitic segmentation: examples, the step, invariants and a regression table."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arabic_newsnlp
from arabic_newsnlp import Pipeline, Segment, segment
from arabic_newsnlp.text.clitics import CliticStep, base_form, candidates, segment_uncached


def pieces(word: str) -> str:
    """The segment texts joined by ``+``."""
    return "+".join(s.text for s in segment(word))


def forms(word: str) -> list[tuple[str, str]]:
    return [(s.kind, s.form) for s in segment(word)]


NAMES = ["بلينكن", "بيونغ", "لبنان", "فلسطين", "كوريا", "بوتين", "لندن", "بكين", "ستريت", "سيدني"]
ORDINARY = ["وصل", "كان", "بلد", "لعب", "فيلم", "كتاب"]


@pytest.mark.parametrize("word", NAMES + ORDINARY)
def test_words_that_only_look_like_clitics_stay_whole(word: str) -> None:
    assert pieces(word) == word
    assert forms(word) == [("stem", word)]


@pytest.mark.parametrize("name", NAMES)
def test_a_proclitic_before_a_name_is_split_off(name: str) -> None:
    assert pieces("ل" + name) == "ل+" + name
    assert pieces("و" + name) == "و+" + name
    assert base_form("و" + name) == arabic_newsnlp.normalize(name)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("وقال", [("proclitic", "و"), ("stem", "قال")]),
        ("لكوريا", [("proclitic", "ل"), ("stem", "كوريا")]),
        ("بالرئيس", [("proclitic", "ب"), ("proclitic", "ال"), ("stem", "رئيس")]),
        ("والخطير", [("proclitic", "و"), ("proclitic", "ال"), ("stem", "خطير")]),
        ("للأمم", [("proclitic", "ل"), ("proclitic", "ال"), ("stem", "أمم")]),
        ("مدينته", [("stem", "مدينة"), ("enclitic", "ه")]),
        ("عليها", [("stem", "على"), ("enclitic", "ها")]),
        ("وسيعود", [("proclitic", "و"), ("proclitic", "س"), ("stem", "يعود")]),
        ("كتابهم", [("stem", "كتاب"), ("enclitic", "هم")]),
        (
            "وبالرئيس",
            [("proclitic", "و"), ("proclitic", "ب"), ("proclitic", "ال"), ("stem", "رئيس")],
        ),
        ("مما", [("proclitic", "من"), ("stem", "ما")]),
        ("لأنه", [("proclitic", "ل"), ("stem", "أن"), ("enclitic", "ه")]),
        ("ولها", [("proclitic", "و"), ("stem", "ل"), ("enclitic", "ها")]),
    ],
)
def test_segments_and_restored_forms(word: str, expected: list[tuple[str, str]]) -> None:
    assert forms(word) == expected


def test_hidden_article_of_lil_has_its_own_one_letter_segment() -> None:
    segs = segment("للأمم")
    assert [(s.text, s.start, s.end) for s in segs] == [("ل", 0, 1), ("ل", 1, 2), ("أمم", 2, 5)]


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("وقالت", "قالت"),
        ("لكوريا", "كوريا"),
        ("بالرئيس", "رئيس"),
        ("وللأمم", "امم"),
        ("حكومته", "حكومة"),
        ("وأكد", "اكد"),
    ],
)
def test_base_form_is_what_entities_and_cue_verbs_match(word: str, base: str) -> None:
    assert base_form(word) == base
    token = arabic_newsnlp.analyze(word, steps=("tokenize", "clitics")).tokens[0]
    assert token.base == base


def test_diacritics_and_tatweel_stay_in_the_segment_they_follow() -> None:
    segs = segment("وَقَالَ")
    assert [s.text for s in segs] == ["وَ", "قَالَ"]
    assert [s.form for s in segs] == ["و", "قال"]
    assert [s.text for s in segment("بـالرئيس")] == ["بـ", "ال", "رئيس"]


@pytest.mark.parametrize("text", ["", "a", "hello", "123", "٢٠٢٣", "و", "ال", " ", "وx", "😀"])
def test_non_arabic_or_short_input_is_one_stem(text: str) -> None:
    assert [(s.text, s.start, s.end, s.kind) for s in segment(text)] == [
        (text, 0, len(text), "stem")
    ]


def test_segment_rejects_non_strings_with_a_clear_error() -> None:
    with pytest.raises(TypeError, match="needs a str"):
        segment(b"abc")  # type: ignore[arg-type]


def test_candidates_lists_the_whole_word_first() -> None:
    found = candidates("وقال")
    assert found[0].cuts == frozenset()
    assert frozenset({1}) in [c.cuts for c in found]


def test_step_fills_segments_with_absolute_offsets() -> None:
    text = "قال الوزير إن وفدا وصل إلى لبنان، وأكد لكوريا دعمه بالكامل للأمم المتحدة."
    doc = Pipeline(steps=("tokenize", "clitics"))(text)
    by_text = {t.text: t for t in doc.tokens}
    for token in doc.tokens:
        assert "".join(s.text for s in token.segments) == token.text
        for seg in token.segments:
            assert text[seg.start : seg.end] == seg.text
    assert [s.text for s in by_text["لكوريا"].segments] == ["ل", "كوريا"]
    assert [s.form for s in by_text["دعمه"].segments] == ["دعم", "ه"]
    assert [s.text for s in by_text["وصل"].segments] == ["وصل"]
    assert [s.text for s in by_text["لبنان"].segments] == ["لبنان"]
    assert by_text["وأكد"].base == "اكد"
    assert by_text["،"].segments[0].kind == "stem"  # punctuation untouched


def test_step_declares_its_contract_and_keeps_other_tokens() -> None:
    step = CliticStep()
    assert (step.name, step.requires, step.provides) == ("clitics", ("tokens",), ("segments",))
    doc = Pipeline(steps=("tokenize",))("سيعود الوفد في 2024 إلى www.example.com")
    after = step(doc)
    assert after.text == doc.text and after.sentences == doc.sentences
    for old, new in zip(doc.tokens, after.tokens, strict=True):
        if old.kind != "word":
            assert new is old


def test_step_rebuilds_tokens_that_came_without_segments() -> None:
    doc = Pipeline(steps=("tokenize",))("وقال كتاب")
    bare = arabic_newsnlp.Document(
        doc.text,
        doc.sentences,
        tuple(arabic_newsnlp.Token(t.text, t.start, t.end, t.norm, t.kind) for t in doc.tokens),
    )
    after = CliticStep()(bare)
    assert [[s.text for s in t.segments] for t in after.tokens] == [["و", "قال"], ["كتاب"]]


def test_cached_and_uncached_results_agree() -> None:
    for word in ["وبالرئيس", "مدينته", "لبنان", "فسنعمل", "عليهم"]:
        assert segment(word) == segment_uncached(word)


def test_long_input_does_not_hang() -> None:
    assert len(segment("وب" * 50_000)) >= 1
    assert len(segment("ل" * 100_000)) >= 1


arabicish = st.text(
    alphabet=st.sampled_from([*"ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىةـًٌٍَُِّْ", "\u200c", "a"]),
    max_size=20,
)


def _check(word: str, segs: tuple[Segment, ...]) -> None:
    assert segs, "no segments"
    assert "".join(s.text for s in segs) == word
    assert segs[0].start == 0 and segs[-1].end == len(word)
    for a, b in itertools.pairwise(segs):
        assert a.end == b.start
    for s in segs:
        assert word[s.start : s.end] == s.text
    kinds = [s.kind for s in segs]
    assert kinds.count("stem") == 1
    stem = kinds.index("stem")
    assert all(k == "proclitic" for k in kinds[:stem])
    assert all(k == "enclitic" for k in kinds[stem + 1 :])


@settings(max_examples=400, deadline=None)
@given(st.one_of(arabicish, st.text(max_size=20)))
def test_segments_always_concatenate_back_to_the_word(word: str) -> None:
    _check(word, segment(word))
    _check(word, segment_uncached(word))


# Regression table (pySBD style): (case, text, expected pieces). Each row is an error
# that was seen and fixed.
REGRESSIONS = [
    ("hamza alef is not the article", "ألماني", "ألماني"),
    ("hamza alef is not the article (إل)", "إلكترونية", "إلكترونية"),
    ("conjunction before a closed-class verb", "فكان", "ف+كان"),
    ("conjunction before الله", "والله", "و+الله"),
    ("preposition with a pronoun", "بها", "ب+ها"),
    ("Van is not ف + أن", "فان", "فان"),
    ("Valencia is not ف+ال", "فالنسيا", "فالنسيا"),
    ("family evidence of a two-letter remainder (كي)", "بكين", "بكين"),
    ("كلا (both) is not ك + لا", "كلا", "كلا"),
    ("كما stays whole", "كما", "كما"),
    ("ل + ال before a stem starting with ل", "للجنة", "ل+لجنة"),
    ("ى restored before an enclitic", "لديهم", "لدي+هم"),
    ("ك + ذلك", "كذلك", "ك+ذلك"),
    ("name after a conjunction is one stem", "وبلينكن", "و+بلينكن"),
    ("name after a preposition", "لبيونغ", "ل+بيونغ"),
    ("future with conjunction", "فسنعمل", "ف+س+نعمل"),
    ("alef maqsura ending is not the ي pronoun", "مستشفى", "مستشفى"),
]


@pytest.mark.parametrize(("case", "text", "expected"), REGRESSIONS)
def test_regressions(case: str, text: str, expected: str) -> None:
    assert pieces(text) == expected, case


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("وبلبنان", "و+ب+لبنان"),  # a conjunction and a preposition before a listed place
        ("ببنزرت", "ب+بنزرت"),
        ("وعصام", "و+عصام"),  # a conjunction before a listed given name
        ("وبارو", "و+بارو"),  # a listed name whose first letter looks like a preposition
        ("كاليفورنيا", "كاليفورنيا"),  # not ك + ال + يفورنيا
        ("بارو", "بارو"),
        ("وات", "وات"),  # no stem of two letters never written alone
    ],
)
def test_the_name_lists_decide_where_a_name_begins_in_the_segments(
    word: str, expected: str
) -> None:
    assert pieces(word) == expected
    assert "+".join(s.text for s in segment_uncached(word)) == expected


@pytest.mark.parametrize("word", ["بيان", "كبار", "وجود", "بازل", "كلما"])
def test_a_common_word_or_a_listed_whole_name_is_not_cut_before_a_name(word: str) -> None:
    assert pieces(word) == word


def test_the_step_and_the_entity_step_read_the_same_names() -> None:
    doc = Pipeline(steps=("tokenize", "clitics"))("وبلبنان وبارو")
    assert [[s.text for s in t.segments] for t in doc.tokens] == [
        ["و", "ب", "لبنان"],
        ["و", "بارو"],
    ]
    assert [t.base for t in doc.tokens] == ["لبنان", "بارو"]
