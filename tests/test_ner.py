"""Named-entity recognition on sentences written for these tests."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arabic_newsnlp
from arabic_newsnlp import Pipeline
from arabic_newsnlp.document import Document, Mention, Token
from arabic_newsnlp.ner import EntityStep
from arabic_newsnlp.ner.boundaries import name_part
from arabic_newsnlp.ner.consistency import propagate
from arabic_newsnlp.ner.features import sequence_features
from arabic_newsnlp.ner.rules import mentions_from_labels
from arabic_newsnlp.ner.tagger import WEIGHTS, EntityTagger
from arabic_newsnlp.resources import DATA_DIR, ResourceError, resource_path
from arabic_newsnlp.text.clitics import name_start
from arabic_newsnlp.text.tokenize import tokenize

NLP = Pipeline(steps=("tokenize", "clitics", "ner"))
#: The trained CRF whose weights ship as ``data/ner/weights.json`` (training/train_ner.py).
CRF_MODEL = Path(__file__).resolve().parent.parent / "training" / "models" / "model.crfsuite"


def found(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.label) for m in NLP(text).mentions}


def check_invariants(doc: Document) -> None:
    last_end = -1
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text
        assert m.start >= last_end, "mentions overlap or are out of order"
        assert m.label in {"PER", "ORG", "LOC", "MISC"}
        assert 0.0 <= m.confidence <= 1.0
        assert m.text == m.text.strip() and m.text
        last_end = m.end


def test_step_contract() -> None:
    step = EntityStep()
    assert step.name == "ner"
    assert step.requires == ("tokens", "segments")
    assert step.provides == ("mentions",)
    assert step(Document("")) == Document("")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقال وزير الخارجية الأميركي أنتوني بلينكن إن المحادثات كانت مثمرة.",
            {("أنتوني بلينكن", "PER")},
        ),
        (
            "التقى بلينكن نظيره الكوري الجنوبي في سيول يوم الثلاثاء.",
            {("بلينكن", "PER"), ("سيول", "LOC")},
        ),
        ("وحذر الرئيس الكوري الجنوبي يون سوك يول من تصعيد جديد.", {("يون سوك يول", "PER")}),
        ("أطلقت بيونغ يانغ صاروخا باليستيا فجر اليوم.", {("بيونغ يانغ", "LOC")}),
        ("ودعت مجموعة السبع إلى وقف التصعيد.", {("مجموعة السبع", "ORG")}),
        ("وأعلن الكرملين أن القمة ستعقد في موسكو.", {("الكرملين", "ORG"), ("موسكو", "LOC")}),
        # a seat of government is a place, also where it speaks for the government
        ("ونفى البيت الأبيض هذه الأنباء.", {("البيت الأبيض", "LOC")}),
        ("وأعلن قصر الإليزيه أن الزيارة تأجلت.", {("قصر الإليزيه", "LOC")}),
        ("واستقبل الرئيس ضيفه في قصر قرطاج صباح اليوم.", {("قصر قرطاج", "LOC")}),
    ],
)
def test_finds_the_names_of_our_sentences(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= found(text)


def test_mentions_exclude_attached_proclitics_and_keep_the_article() -> None:
    doc = NLP("وسافر الوفد لكوريا ثم إلى الصين والولايات المتحدة.")
    texts = {m.text for m in doc.mentions}
    assert "كوريا" in texts
    assert "الصين" in texts
    assert "الولايات المتحدة" in texts
    assert not any(
        t.startswith(("ل", "و")) and t != "الولايات المتحدة"
        for t in texts
        if t in {"لكوريا", "والولايات المتحدة"}
    )
    check_invariants(doc)


def test_a_preposition_on_a_title_is_no_entity() -> None:
    doc = NLP("واتصل بالرئيس مساء أمس.")
    assert all("رئيس" not in m.text for m in doc.mentions)


def test_name_part_cuts_proclitics() -> None:
    parts = [name_part(t)[1] for t in tokenize("لكوريا والصين بالرئيس وبيونغ لبنان")]
    assert parts[:3] == ["كوريا", "الصين", "الرئيس"]
    assert parts[4] == "لبنان"
    assert name_start("للأمم") == (2, True)
    assert name_start("فرنسا") == (0, False)


def test_a_future_sin_before_a_listed_name_stays_in_the_name() -> None:
    # A name never takes the future س: where the clitic step read س + a listed name, the
    # mention keeps the whole word; a verb (سيكون) is no name.
    doc = NLP("وقال المبعوث الكوري كواك سيونغ إن المحادثات ستستأنف قريبا.")
    assert any(m.text == "كواك سيونغ" for m in doc.mentions if m.label == "PER")
    assert all(m.text != "كواك يونغ" for m in doc.mentions)


def test_fused_article_keeps_the_key() -> None:
    token = tokenize("للأمم")[0]
    rel, text, key, procl = name_part(token)
    assert text == "أمم" and key == "الامم" and rel == 2 and procl == "لل"


def test_confidence_is_a_probability_and_orders_mentions() -> None:
    doc = NLP("وصل أنتوني بلينكن إلى القاهرة حيث التقى الرئيس عبد الفتاح السيسي.")
    check_invariants(doc)
    assert doc.mentions and all(0.3 < m.confidence <= 1.0 for m in doc.mentions)


def test_mentions_from_labels_drops_punctuation_and_orphans() -> None:
    text = "« بيروت » اليوم"
    tokens = tokenize(text)
    labels = ["B-LOC", "I-LOC", "I-LOC", "I-ORG"]
    out = mentions_from_labels(text, tokens, labels, [0.9, 0.8, 0.7, 0.6], [0, 0, 0, 0])
    assert out == [Mention("بيروت", 2, 7, "LOC", 0.8), Mention("اليوم", 10, 15, "ORG", 0.6)]


def test_propagate_relabels_a_recurring_name() -> None:
    keys = [["قال", "فادي", "سالم"], ["واكد", "سالم", "ذلك"]]
    labels = [["O", "B-PER", "I-PER"], ["O", "O", "O"]]
    probs = [[1.0, 0.9, 0.9], [1.0, 1.0, 1.0]]
    propagate(keys, labels, probs)
    assert labels[1] == ["O", "O", "O"]  # a common word that ends a name is not the name
    keys[1][1:2] = ["فادي", "سالم"]
    labels[1] = ["O", "O", "O", "O"]
    probs[1] = [1.0] * 4
    keys[1].append("ذلك")
    propagate(keys, labels, probs)
    assert labels[1] == ["O", "B-PER", "I-PER", "O"]


def test_propagate_names_a_person_by_a_rare_surname() -> None:
    keys = [["قال", "ماركو", "فيلسيك"], ["واكد", "فيلسيك", "ذلك"]]
    labels = [["O", "B-PER", "I-PER"], ["O", "O", "O"]]
    probs = [[1.0, 0.9, 0.9], [1.0, 1.0, 1.0]]
    propagate(keys, labels, probs)
    assert labels[1] == ["O", "B-PER", "O"]


def test_propagate_names_a_person_by_a_common_surname_after_a_speech_verb() -> None:
    keys = [["قال", "حسين", "الطبيب"], ["اكد", "الطبيب", "ذلك"], ["زار", "الطبيب", "المريض"]]
    labels = [["O", "B-PER", "I-PER"], ["O", "O", "O"], ["O", "O", "O"]]
    probs = [[1.0, 0.9, 0.9], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0]]
    propagate(keys, labels, probs)
    assert labels[1] == ["O", "B-PER", "O"]  # the subject of a speech verb
    assert labels[2] == ["O", "O", "O"]  # elsewhere a common word stays one


def test_default_pipeline_fills_mentions() -> None:
    doc = arabic_newsnlp.analyze("زار ماكرون بكين.")
    assert {"ماكرون", "بكين"} <= {m.text for m in doc.mentions}


def test_missing_model_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match=r"weights\.json"):
        EntityTagger(tmp_path / "weights.json")


@pytest.mark.parametrize("content", [b"not a model", b'{"labels": ["O"]}', b"\xff\xfe"])
def test_corrupted_model_names_the_file(tmp_path: Path, content: bytes) -> None:
    broken = tmp_path / "weights.json"
    broken.write_bytes(content)
    with pytest.raises(ResourceError, match=r"weights\.json"):
        EntityTagger(broken)


def test_python_decoding_matches_crfsuite() -> None:
    pycrfsuite = pytest.importorskip(
        "pycrfsuite", reason="python-crfsuite is in the train extra: pip install '.[train]'"
    )
    reference = pycrfsuite.Tagger()
    reference.open(str(CRF_MODEL))
    exact = EntityTagger(resource_path(WEIGHTS), margin=math.inf)
    for text in [
        "وقال وزير الخارجية الأميركي أنتوني بلينكن إن المحادثات مع سيول كانت مثمرة.",
        "وأعلنت وزارة الدفاع في بيونغ يانغ أن التجربة نجحت، بحسب وكالة الأنباء الرسمية.",
        "وصل رئيس الوزراء إلى القاهرة قادما من عمان حيث التقى الملك عبد الله الثاني.",
    ]:
        tokens = tokenize(text)
        reference.set(sequence_features(tokens))
        expected = reference.tag()
        labels, probs = exact.tag(tokens, rules=False)
        assert labels == expected
        for i, label in enumerate(labels):
            assert probs[i] == pytest.approx(reference.marginal(label, i), abs=1e-4)


def test_corrupted_shipped_model_is_caught_by_its_checksum(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from arabic_newsnlp import resources

    fake = tmp_path / "data"
    (fake / "ner").mkdir(parents=True)
    (fake / "ner" / "weights.json").write_bytes(b"garbage")
    # the shipped manifest, read before DATA_DIR points elsewhere (another test may have
    # left the cached one cleared)
    resources.manifest.cache_clear()
    resources.manifest()
    monkeypatch.setattr(resources, "DATA_DIR", fake)
    monkeypatch.setattr(resources, "_verified", {})
    with pytest.raises(ResourceError, match=r"weights\.json.*corrupted"):
        resources.resource_path(WEIGHTS)
    (fake / "ner" / "weights.json").unlink()
    with pytest.raises(ResourceError, match=r"weights\.json.*missing"):
        resources.resource_path(WEIGHTS)
    assert (DATA_DIR / WEIGHTS).is_file()


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_any_string_gives_valid_mentions(text: str) -> None:
    check_invariants(NLP(text))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "وزير",
                "الخارجية",
                "بلينكن",
                "لكوريا",
                "والصين",
                "«",
                "»",
                "،",
                ".",
                "بيونغ",
                "يانغ",
                "للأمم",
                "المتحدة",
                "2024",
                "Seoul",
                "قال",
                "ال",
                "و",
                "ب",
                "سيول",
            ]
        ),
        max_size=40,
    )
)
def test_news_like_token_soup_gives_valid_mentions(words: list[str]) -> None:
    check_invariants(NLP(" ".join(words)))


def test_tokens_without_segments_are_handled() -> None:
    text = "زار بلينكن سيول"
    tokens = tuple(Token(t.text, t.start, t.end, t.norm, t.kind, ()) for t in tokenize(text))
    doc = EntityStep()(Document(text, tokens=tokens))
    check_invariants(doc)
    assert {m.text for m in doc.mentions} >= {"بلينكن", "سيول"}


def test_propagate_retypes_a_part_of_a_person_name() -> None:
    keys = [["قال", "يون", "سوك", "يول"], ["واضاف", "يون", "امس"]]
    labels = [["O", "B-PER", "I-PER", "I-PER"], ["O", "B-ORG", "O"]]
    probs = [[1.0, 0.9, 0.9, 0.9], [1.0, 0.5, 1.0]]
    propagate(keys, labels, probs)
    assert labels[1] == ["O", "B-PER", "O"]


def test_a_place_taken_for_a_person_becomes_the_place() -> None:
    from arabic_newsnlp.ner.rules import fix_labels

    keys = ["اطلقت", "بيونغ", "يانغ", "صاروخا"]
    assert fix_labels(keys, ["O", "B-PER", "I-PER", "I-PER"]) == ["O", "B-LOC", "I-LOC", "O"]
    # a place the tagger ran into the person before it: زار بلينكن سيول
    keys = ["زار", "بلينكن", "سيول"]
    assert fix_labels(keys, ["O", "B-PER", "I-PER"]) == ["O", "B-PER", "B-LOC"]
    # unless the place is also a common name (رياض) or the whole a known full name
    keys = ["قال", "اسامه", "رياض"]
    assert fix_labels(keys, ["O", "B-PER", "I-PER"]) == ["O", "B-PER", "I-PER"]
    # or the whole is the subject of a speech verb before it that a comma ends
    keys = ["واوضح", "السفير", "بوافر", "دارفور", "،", "ان"]
    labels = ["O", "O", "B-PER", "I-PER", "O", "O"]
    assert fix_labels(keys, labels) == labels


def test_propagate_trims_a_verb_taken_into_a_known_name() -> None:
    keys = [["قال", "فادي", "ناصيف"], ["ادان", "ناصيف", "القرار"]]
    labels = [["O", "B-PER", "I-PER"], ["B-PER", "I-PER", "O"]]
    probs = [[1.0, 0.9, 0.9], [0.8, 0.8, 1.0]]
    propagate(keys, labels, probs)
    assert labels[0] == ["O", "B-PER", "I-PER"]  # a given name stays
    assert labels[1] == ["O", "B-PER", "O"]


def test_training_leaves_list_features_off_rare_names() -> None:
    # training/train_ner.py --rare-names: the gazetteer's features on a rare annotated
    # name go, at its own positions and where a neighbour's features speak of it
    pytest.importorskip("pycrfsuite")
    import sys

    sys.path.insert(0, str(CRF_MODEL.parent.parent))
    from train_ner import _unlisted

    feats = [
        ["w=قال", "1gz=PER", "2gz=LOC"],
        ["w=سامي", "gz=PER", "gk=person", "g=B-PER", "-1x=1"],
        ["w=في", "g=after-PER", "-1gz=PER", "1gz=LOC"],
        ["w=تونس", "gz=LOC", "g=B-LOC", "-2gz=PER"],
    ]
    out = _unlisted(feats, {1})
    assert out[0] == ["w=قال", "2gz=LOC"]
    assert out[1] == ["w=سامي", "-1x=1"]
    assert out[2] == ["w=في", "1gz=LOC"]
    assert out[3] == ["w=تونس", "gz=LOC", "g=B-LOC"]


def test_training_refuses_a_test_part() -> None:
    # training/train_ner.py --ant-parts: development parts only, checked before any data
    pytest.importorskip("pycrfsuite")
    import sys

    sys.path.insert(0, str(CRF_MODEL.parent.parent))
    from train_ner import ant_items

    for part in ("test", "test2", "dev99"):
        with pytest.raises(ValueError, match=part):
            ant_items(Path("no-such-folder"), parts=["dev3", part])


def test_no_person_after_a_number_written_as_a_word() -> None:
    # a currency the person-name lists also spell is what the number counts
    doc = arabic_newsnlp.analyze("خصصت الحكومة صندوقا بقيمة مئة مليون يوان لدعم المزارعين.")
    assert [m.label for m in doc.mentions if m.text == "يوان"] in ([], ["MISC"])
    # after digits a name may stand (a list of votes)
    doc = arabic_newsnlp.analyze("ونتائج التصويت: سامي الورغي 482 منير بوعزيز 450 علي العكاري 446.")
    assert {m.text for m in doc.mentions if m.label == "PER"} == {
        "سامي الورغي",
        "منير بوعزيز",
        "علي العكاري",
    }


def test_a_surname_unlabelled_text_never_uses_goes_on_a_given_name() -> None:
    doc = arabic_newsnlp.analyze('وقالت الباحثة جوليا موسيلا "إنه أمر مخيف".')
    assert [m.text for m in doc.mentions if m.label == "PER"] == ["جوليا موسيلا"]
    # not a word with a conjunction the clitic split left on
    doc = arabic_newsnlp.analyze("وشارك راؤول وملمهمه في المباراة.")
    assert "راؤول وملمهمه" not in [m.text for m in doc.mentions]


@pytest.mark.parametrize(
    "text",
    [
        "وحضر الاجتماع سامي نور وليلى حداد ومحمد علي بوغديري.",
        "والغائبون: سلمى نور (حزب الأمل) محمد علي البدوي (حزب الأمل) ليلى حداد.",
    ],
)
def test_a_common_given_name_left_out_inside_a_name_joins_it(text: str) -> None:
    # (news writes على as علي, so the tagger doubts the given name)
    names = [m.text for m in arabic_newsnlp.analyze(text).mentions if m.label == "PER"]
    assert any(name.startswith("محمد علي ") for name in names), names
