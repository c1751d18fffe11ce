"""Linking mentions into entities: clusters, canonical names, roles, glosses, codes.

Documents are built with hand-placed mentions after the tokenize and clitics steps, so
these tests do not depend on the entity tagger.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arabic_newsnlp import Document, Mention, Pipeline, Quote, Span, Speaker
from arabic_newsnlp.lexicon.keys import name_keys, proclitic_variants, word_key
from arabic_newsnlp.link import LinkLexicon, LinkStep

BASE = Pipeline(steps=("tokenize", "clitics"))
STEP = LinkStep()


def make_doc(text: str, mentions: Sequence[tuple[str, str] | tuple[str, str, int]]) -> Document:
    """A tokenized document with mentions ``(surface, label[, occurrence])``."""
    base = BASE(text)
    out = []
    for spec in mentions:
        surface, label = spec[0], spec[1]
        occurrence = spec[2] if len(spec) > 2 else 0  # type: ignore[misc]
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(surface, start + 1)
        out.append(Mention(surface, start, start + len(surface), label))
    return Document(text, base.sentences, base.tokens, tuple(sorted(out, key=lambda m: m.start)))


def link(
    text: str, mentions: Sequence[tuple[str, str] | tuple[str, str, int]], step: LinkStep = STEP
) -> Document:
    doc = step(make_doc(text, mentions))
    check_invariants(doc)
    return doc


def check_invariants(doc: Document) -> None:
    seen: list[int] = []
    for number, ent in enumerate(doc.entities, start=1):
        assert ent.id == f"E{number}"
        assert ent.mentions, ent
        assert ent.romanized is not None
        for i in ent.mentions:
            assert doc.mentions[i].entity == ent.id
        seen.extend(ent.mentions)
        for role in ent.roles:
            assert doc.text[role.start : role.end] == role.text
    assert sorted(seen) == list(range(len(doc.mentions))), "every mention in one entity"
    firsts = [min(doc.mentions[i].start for i in e.mentions) for e in doc.entities]
    assert firsts == sorted(firsts), "ids in order of first mention"
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text
        for a in m.attributes:
            assert doc.text[a.start : a.end] == a.text


def clusters(doc: Document) -> list[set[str]]:
    return [{doc.mentions[i].text for i in e.mentions} for e in doc.entities]


def entity_of(doc: Document, surface: str, occurrence: int = 0) -> str:
    found = [m for m in doc.mentions if m.text == surface]
    entity = found[occurrence].entity
    assert entity is not None
    return entity


# --------------------------------------------------------------------------- clustering


def test_surname_joins_full_name_even_before_it() -> None:
    text = (
        "بلينكن يصل إلى طوكيو\nوصل وزير الخارجية الأميركي أنتوني بلينكن إلى طوكيو، "
        "وقال بلينكن إن الزيارة مهمة."
    )
    doc = link(
        text,
        [
            ("بلينكن", "PER"),
            ("طوكيو", "LOC"),
            ("أنتوني بلينكن", "PER"),
            ("طوكيو", "LOC", 1),
            ("بلينكن", "PER", 2),
        ],
    )
    assert clusters(doc) == [{"بلينكن", "أنتوني بلينكن"}, {"طوكيو"}]
    blinken = doc.entities[0]
    assert (blinken.label, blinken.canonical, blinken.gloss) == (
        "PER",
        "أنتوني بلينكن",
        "Antony Blinken",
    )
    assert blinken.romanized == "Antuni Blinkin"
    assert doc.entities[1].gloss == "Tokyo"


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        ("التقى المستشار تشو تاي يونغ بالوفد، وقال تشو إن الحوار مستمر.", "تشو تاي يونغ", "تشو"),
        ("استقبل الرئيس مون جاي إن الوفد، وأكد مون دعم بلاده.", "مون جاي إن", "مون"),
        ("قال يون سوك يول إن سيول مستعدة، وأضاف يون أن الوقت مناسب.", "يون سوك يول", "يون"),
    ],
)
def test_family_name_written_first_joins_full_name(text: str, full: str, short: str) -> None:
    doc = link(text, [(full, "PER"), (short, "PER", 1)])
    assert clusters(doc) == [{full, short}]
    assert doc.entities[0].canonical == full


def test_first_name_alone_does_not_join_a_western_name() -> None:
    doc = link(
        "وصل أنتوني بلينكن إلى الرياض، وقال أنتوني إن الزيارة قصيرة.",
        [("أنتوني بلينكن", "PER"), ("أنتوني", "PER", 1), ("الرياض", "LOC")],
    )
    assert len({m.entity for m in doc.mentions if m.label == "PER"}) == 2


def test_people_sharing_a_first_name_are_never_merged() -> None:
    text = (
        "قالت الوزيرة سارة العتيبي إن الخطة جاهزة، بينما انتقدت النائبة سارة المالكي "
        "التأخير. وقالت سارة إن الوقت ضيق."
    )
    doc = link(text, [("سارة العتيبي", "PER"), ("سارة المالكي", "PER"), ("سارة", "PER", 2)])
    assert clusters(doc) == [{"سارة العتيبي"}, {"سارة المالكي"}, {"سارة"}]


def test_ambiguous_family_name_stays_apart() -> None:
    text = "التقى كيم جونغ أون بشقيقته كيم يو جونغ، ولم يعلق كيم على ذلك."
    doc = link(text, [("كيم جونغ أون", "PER"), ("كيم يو جونغ", "PER"), ("كيم", "PER", 2)])
    assert len(doc.entities) == 3


def test_father_name_in_a_patronymic_is_not_the_person() -> None:
    text = "أصدر الملك سلمان أمرا بتعيين محمد بن سلمان، وقال سلمان إن القرار نهائي."
    doc = link(text, [("سلمان", "PER"), ("محمد بن سلمان", "PER"), ("سلمان", "PER", 2)])
    assert entity_of(doc, "سلمان", 0) == entity_of(doc, "سلمان", 1)
    assert entity_of(doc, "محمد بن سلمان") != entity_of(doc, "سلمان")


def test_spelling_variants_and_gazetteer_aliases() -> None:
    text = (
        "قالت أمريكا إن الولايات المتحدة لن تتراجع، ورحبت أميركا بالقرار. وأطلقت كوريا "
        "الشمالية صاروخا، وقالت كوريا الديمقراطية إنه تجربة."
    )
    doc = link(
        text,
        [
            ("أمريكا", "LOC"),
            ("الولايات المتحدة", "LOC"),
            ("أميركا", "LOC"),
            ("كوريا الشمالية", "LOC"),
            ("كوريا الديمقراطية", "LOC"),
        ],
    )
    assert clusters(doc) == [
        {"أمريكا", "الولايات المتحدة", "أميركا"},
        {"كوريا الشمالية", "كوريا الديمقراطية"},
    ]
    us, nk = doc.entities
    assert (us.canonical, us.gloss, us.code) == ("الولايات المتحدة", "United States", "US")
    assert (nk.canonical, nk.gloss, nk.code) == ("كوريا الشمالية", "North Korea", "KP")


def test_article_hamza_and_alef_variants_of_unknown_names() -> None:
    text = (
        "أعلن إبراهيم الأحمدي استقالته، وقال ابراهيم الاحمدي إن القرار نهائي. وشكر "
        "الأحمدي لاعبي نادي الفجر، وقال نادي فجر إنه يحترم القرار."
    )
    doc = link(
        text,
        [
            ("إبراهيم الأحمدي", "PER"),
            ("ابراهيم الاحمدي", "PER"),
            ("الأحمدي", "PER", 1),
            ("نادي الفجر", "ORG"),
            ("نادي فجر", "ORG"),
        ],
    )
    assert clusters(doc) == [
        {"إبراهيم الأحمدي", "ابراهيم الاحمدي", "الأحمدي"},
        {"نادي الفجر", "نادي فجر"},
    ]
    assert doc.entities[0].canonical == "إبراهيم الأحمدي"
    assert doc.entities[0].gloss is None and doc.entities[0].code is None


def test_long_transliterated_names_ignore_inner_vowel_letters() -> None:
    text = "قال فولوديمير زيلينسكي إن الشتاء صعب، وأضاف زيلنسكي أن الدعم ضروري."
    doc = link(text, [("فولوديمير زيلينسكي", "PER"), ("زيلنسكي", "PER")])
    assert len(doc.entities) == 1


def test_short_arabic_names_keep_their_vowel_letters() -> None:
    doc = link(
        "التقى سلمان العلي مع سليمان العلي.", [("سلمان العلي", "PER"), ("سليمان العلي", "PER")]
    )
    assert len(doc.entities) == 2


def test_person_and_place_with_one_name_stay_apart() -> None:
    doc = link("زار جورج واشنطن مدينة واشنطن.", [("جورج واشنطن", "PER"), ("واشنطن", "LOC", 1)])
    assert len(doc.entities) == 2


def test_label_of_a_mixed_cluster_is_the_majority() -> None:
    doc = link(
        "قال الكرملين إن الكرملين يرفض ذلك، وأكد الكرملين موقفه.",
        [("الكرملين", "ORG"), ("الكرملين", "LOC", 1), ("الكرملين", "ORG", 2)],
    )
    assert len(doc.entities) == 1 and doc.entities[0].label == "ORG"


# --------------------------------------------------------------------------- roles


def test_title_and_nationality_become_attributes() -> None:
    text = "وقال وزير الخارجية الأميركي أنتوني بلينكن إن التعاون مستمر."
    doc = link(text, [("أنتوني بلينكن", "PER")])
    attrs = [(a.kind, a.text, a.value) for a in doc.mentions[0].attributes]
    assert attrs == [
        ("role", "وزير الخارجية الأميركي", "وزير الخارجية"),
        ("nationality", "الأميركي", "US"),
    ]
    assert [(r.kind, r.text, r.value) for r in doc.entities[0].roles] == [attrs[0]]


def test_title_with_proclitic_starts_after_it() -> None:
    text = "وأشاد بالرئيس الكوري الجنوبي مون جاي إن في كلمته أمام البرلمان في سيول."
    doc = link(text, [("مون جاي إن", "PER"), ("سيول", "LOC")])
    role, nationality = doc.mentions[0].attributes
    assert (role.text, role.value) == ("الرئيس الكوري الجنوبي", "الرئيس")
    assert (nationality.text, nationality.value) == ("الكوري الجنوبي", "KR")


def test_title_with_an_organisation_complement() -> None:
    text = "دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى الهدوء."
    # the mention leaves out the proclitic ل of للأمم
    doc = link(text, [("لأمم المتحدة", "ORG"), ("أنطونيو غوتيريش", "PER")])
    person = doc.mentions[1]
    assert [(a.text, a.value) for a in person.attributes] == [
        ("الأمين العام للأمم المتحدة", "الأمين العام")
    ]
    assert doc.mentions[0].attributes == ()
    un = doc.entities[0]
    assert (un.canonical, un.gloss) == ("الأمم المتحدة", "United Nations")


def test_title_in_apposition_after_a_comma() -> None:
    text = "وقالت سارة العتيبي، وزيرة المالية الكويتية، إن العجز سينخفض."
    doc = link(text, [("سارة العتيبي", "PER")])
    assert [(a.kind, a.text, a.value) for a in doc.mentions[0].attributes] == [
        ("role", "وزيرة المالية الكويتية", "وزيرة المالية"),
        ("nationality", "الكويتية", "KW"),
    ]


def test_conjunction_blocks_a_title() -> None:
    doc = link("التقى الرئيس وبلينكن بالوفد.", [("بلينكن", "PER")])
    assert doc.mentions[0].attributes == ()


def test_nationality_after_an_organisation() -> None:
    text = "وقالت وزارة الخارجية الروسية إن الاجتماع تأجل."
    doc = link(text, [("وزارة الخارجية", "ORG")])
    assert [(a.kind, a.value) for a in doc.mentions[0].attributes] == [("nationality", "RU")]


def test_nationality_mentions_are_attributes_not_entities() -> None:
    text = "التقى الرئيس الروسي فلاديمير بوتين مسؤولين، وانتقد الإعلام الروسي القرار."
    doc = link(text, [("الروسي", "MISC"), ("فلاديمير بوتين", "PER"), ("الروسي", "MISC", 1)])
    # the first qualifies Putin and is dropped; the second stands for its country
    assert [m.text for m in doc.mentions] == ["فلاديمير بوتين", "الروسي"]
    assert ("nationality", "RU") in [(a.kind, a.value) for a in doc.mentions[0].attributes]
    russia = doc.entity(doc.mentions[1].entity or "")
    assert russia is not None and (russia.canonical, russia.code) == ("روسيا", "RU")


def test_title_phrase_without_a_name_joins_the_one_entity_with_that_role() -> None:
    text = (
        "اجتمع بلينكن مع الرئيس الكوري الجنوبي مون جاي إن. وأثنى بلينكن لاحقا على الرئيس "
        "الكوري الجنوبي لدعمه، ثم التقى الرئيس الفرنسي."
    )
    doc = link(text, [("بلينكن", "PER"), ("مون جاي إن", "PER"), ("بلينكن", "PER", 1)])
    moon = doc.entity(entity_of(doc, "مون جاي إن"))
    assert moon is not None
    assert [r.text for r in moon.roles] == ["الرئيس الكوري الجنوبي"] * 2
    assert moon.roles[1].start > doc.mentions[-1].start
    blinken = doc.entity(entity_of(doc, "بلينكن"))
    assert blinken is not None and blinken.roles == ()


# --------------------------------------------------------------------------- contract


class FixedMentions:
    """A stand-in for the entity tagger: mentions at every occurrence of known names."""

    name = "fixed-mentions"
    requires: tuple[str, ...] = ("tokens",)
    provides: tuple[str, ...] = ("mentions",)
    names = (("أنتوني بلينكن", "PER"), ("سيول", "LOC"))

    def __call__(self, doc: Document) -> Document:
        found = []
        for name, label in self.names:
            pos = doc.text.find(name)
            while pos >= 0:
                found.append(Mention(name, pos, pos + len(name), label))
                pos = doc.text.find(name, pos + 1)
        return Document(
            doc.text, doc.sentences, doc.tokens, tuple(sorted(found, key=lambda m: m.start))
        )


def test_step_contract_and_pipeline() -> None:
    assert (STEP.name, STEP.requires, STEP.provides) == ("link", ("mentions",), ("entities",))
    nlp = Pipeline(steps=("tokenize", "clitics", FixedMentions(), "link"))
    doc = nlp("قال وزير الخارجية أنتوني بلينكن إن الوفد وصل إلى سيول.")
    check_invariants(doc)
    assert [e.canonical for e in doc.entities] == ["أنتوني بلينكن", "سيول"]


def test_no_mentions_no_entities() -> None:
    doc = make_doc("لا أسماء هنا.", [])
    assert STEP(doc) == doc


def test_a_linked_document_round_trips_through_json() -> None:
    doc = link(
        "وقال وزير الخارجية الأميركي أنتوني بلينكن إن بلينكن سيزور سيول.",
        [("أنتوني بلينكن", "PER"), ("بلينكن", "PER", 1), ("سيول", "LOC")],
    )
    assert Document.from_json(doc.to_json()) == doc


def test_quotes_point_to_the_speaker_entity() -> None:
    text = "وقال بلينكن: «سنواصل». وكان أنتوني بلينكن قد وصل."
    doc = make_doc(text, [("بلينكن", "PER"), ("أنتوني بلينكن", "PER")])
    start = text.index("سنواصل")
    quote = Quote(
        "direct", (Span("سنواصل", start, start + 6),), speaker=Speaker("بلينكن", 5, 11, "بلينكن")
    )
    doc = STEP(Document(doc.text, doc.sentences, doc.tokens, doc.mentions, quotes=(quote,)))
    assert doc.quotes[0].entity == "E1"
    assert doc.quotes[0].speaker is not None
    assert doc.quotes[0].speaker.canonical == "أنتوني بلينكن"
    assert doc.quotes_by(doc.entities[0]) == doc.quotes


def test_a_custom_lexicon_without_gazetteer() -> None:
    lexicon = LinkLexicon(
        titles=["الوزيرة"], nationalities=[("الأردنية", "JO", "الأردن")], family_names=["لي"]
    )
    step = LinkStep(lexicon=lexicon)
    text = "قالت الوزيرة الأردنية هند سالم إن لي جاي إن زار عمان، وأضاف لي أن سالم رحبت به."
    doc = link(
        text,
        [
            ("هند سالم", "PER"),
            ("لي جاي إن", "PER"),
            ("عمان", "LOC"),
            ("لي", "PER", 1),
            ("سالم", "PER", 1),
        ],
        step,
    )
    assert clusters(doc) == [{"هند سالم", "سالم"}, {"لي جاي إن", "لي"}, {"عمان"}]
    assert doc.entities[2].gloss is None
    assert doc.mentions[0].attributes[0].value == "الوزيرة"


# --------------------------------------------------------------------------- keys


def test_keys() -> None:
    assert word_key("الأميركيّة") == word_key("اميركيه")
    assert name_keys("الولايات  المتحدة") == ("ولايات", "متحده")
    assert (1, word_key("الرئيس")) in proclitic_variants("للرئيس")
    assert proclitic_variants("بلينكن")[0] == (0, "بلينكن")


# --------------------------------------------------------------------------- properties

WORDS = [
    "أنتوني",
    "بلينكن",
    "يون",
    "سوك",
    "يول",
    "كوريا",
    "الشمالية",
    "الرئيس",
    "وزير",
    "الخارجية",
    "الأميركي",
    "الكوري",
    "الجنوبي",
    "قال",
    "إن",
    "،",
    "بالرئيس",
    "سلمان",
    "بن",
    "محمد",
    "كيم",
    "x",
    "١٢",
    "«",
    "»",
    "\u200f",
    "ـ",
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=40),
    st.lists(
        st.tuples(
            st.integers(0, 39), st.integers(1, 3), st.sampled_from(["PER", "LOC", "ORG", "MISC"])
        ),
        max_size=12,
    ),
)
def test_any_mentions_link_without_error(
    words: list[str], picks: list[tuple[int, int, str]]
) -> None:
    text = " ".join(words)
    base = BASE(text)
    tokens = base.tokens
    mentions = []
    for first, size, label in picks:
        if first >= len(tokens):
            continue
        last = min(len(tokens) - 1, first + size - 1)
        start, end = tokens[first].start, tokens[last].end
        mentions.append(Mention(text[start:end], start, end, label))
    doc = STEP(Document(text, base.sentences, tokens, tuple(mentions)))
    check_invariants(doc)
    assert len(doc.mentions) <= len(mentions)


@settings(max_examples=100, deadline=None)
@given(
    st.text(max_size=200), st.lists(st.tuples(st.integers(0, 199), st.integers(0, 30)), max_size=8)
)
def test_arbitrary_text_and_spans(text: str, spans: list[tuple[int, int]]) -> None:
    base = BASE(text)
    mentions = tuple(
        Mention(text[s : s + n], s, s + n, "PER") for s, n in spans if s + n <= len(text)
    )
    check_invariants(STEP(Document(text, base.sentences, base.tokens, mentions)))


def test_linear_time_on_many_mentions() -> None:
    unit = "وقال الرئيس الكوري الجنوبي يون سوك يول إن كيم وسيول وبلينكن متفقون. "
    timings = []
    for repeat in (50, 200):
        text = unit * repeat
        base = BASE(text)
        mentions = []
        for name, label in (
            ("يون سوك يول", "PER"),
            ("كيم", "PER"),
            ("بلينكن", "PER"),
            ("سيول", "LOC"),
        ):
            pos = text.find(name)
            while pos >= 0:
                mentions.append(Mention(name, pos, pos + len(name), label))
                pos = text.find(name, pos + 1)
        doc = Document(
            text, base.sentences, base.tokens, tuple(sorted(mentions, key=lambda m: m.start))
        )
        best = float("inf")
        for _ in range(3):  # the best of three, so one scheduling hiccup does not count
            started = time.perf_counter()
            out = STEP(doc)
            best = min(best, time.perf_counter() - started)
        timings.append(best)
        assert len(out.entities) == 4
    assert timings[1] < timings[0] * 4 * 4 + 0.05


def test_title_inside_a_person_mention_is_a_role_not_part_of_the_name() -> None:
    text = "قال الرئيس الروسي فلاديمير بوتين إن بوتين لن يتراجع."
    doc = link(text, [("الرئيس الروسي فلاديمير بوتين", "PER"), ("بوتين", "PER", 1)])
    assert len(doc.entities) == 1
    putin = doc.entities[0]
    assert (putin.canonical, putin.gloss) == ("فلاديمير بوتين", "Vladimir Putin")
    assert [(a.kind, a.text, a.value) for a in doc.mentions[0].attributes] == [
        ("role", "الرئيس الروسي", "الرئيس"),
        ("nationality", "الروسي", "RU"),
    ]


def test_short_form_fitting_its_referent_and_another_name_joins_neither() -> None:
    # بلينكن is Antony Blinken for the gazetteer, but the text also names another
    # Blinken: the bare surname may be either, so the two people are kept apart.
    text = "التقى أنتوني بلينكن مع دونالد بلينكن، وقال بلينكن إن اللقاء ودي."
    doc = link(text, [("أنتوني بلينكن", "PER"), ("دونالد بلينكن", "PER"), ("بلينكن", "PER", 2)])
    assert entity_of(doc, "أنتوني بلينكن") != entity_of(doc, "دونالد بلينكن")
    assert len(doc.entities) == 2  # the bare surname is Antony, as the gazetteer says


def test_several_word_name_with_the_wrong_kind_of_label_joins_its_referent() -> None:
    text = "قالت بيونغ يانغ إن التجربة نجحت، ورحبت بيونغ يانغ بالنتائج."
    doc = link(text, [("بيونغ يانغ", "LOC"), ("بيونغ يانغ", "PER", 1)])
    assert len(doc.entities) == 1
    assert (doc.entities[0].label, doc.entities[0].gloss) == ("LOC", "Pyongyang")
    assert [m.label for m in doc.mentions] == ["LOC", "PER"]  # the tagger's labels stay


def test_two_gazetteer_people_are_never_merged() -> None:
    text = "التقى عبد الله بن زايد مع محمد بن زايد، ثم غادر محمد بن زايد."
    doc = link(
        text, [("عبد الله بن زايد", "PER"), ("محمد بن زايد", "PER"), ("محمد بن زايد", "PER", 1)]
    )
    assert [e.gloss for e in doc.entities] == ["Abdullah bin Zayed", "Mohamed bin Zayed"]


def test_gazetteer_aliases_of_one_person_join() -> None:
    text = "قال يون سوك يئول إن الحوار ممكن، وأكد يون سوك يول ذلك."
    doc = link(text, [("يون سوك يئول", "PER"), ("يون سوك يول", "PER")])
    assert len(doc.entities) == 1 and doc.entities[0].canonical == "يون سوك يول"
