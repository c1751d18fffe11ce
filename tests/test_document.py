import json

import pytest

import arabic_newsnlp
from arabic_newsnlp import (
    Attribute,
    Cue,
    Document,
    Entity,
    Mention,
    Quote,
    Span,
    Speaker,
)


def sample() -> Document:
    text = "قال بلينكن: «سنعمل معا»."
    doc = arabic_newsnlp.analyze(text, steps=("tokenize",), meta={"id": "x1", "source": "t"})
    mention = Mention("بلينكن", 4, 10, "PER", 0.9, "E1", (Attribute("قال", 0, 3, "role", None),))
    entity = Entity("E1", "PER", "بلينكن", (0,), (), "Blinken", None, "Blinkin")
    quote = Quote(
        "direct",
        (Span("سنعمل معا", 13, 22),),
        Cue("قال", 0, 3, "قال"),
        Speaker("بلينكن", 4, 10, "بلينكن"),
        "E1",
        0.8,
        "colon-quote",
    )
    return Document(doc.text, doc.sentences, doc.tokens, (mention,), (entity,), (quote,), doc.meta)


def test_round_trip_and_json() -> None:
    doc = sample()
    data = doc.to_dict()
    assert data["schema_version"] == arabic_newsnlp.SCHEMA_VERSION
    assert set(data) >= {"text", "sentences", "tokens", "mentions", "entities", "quotes", "meta"}
    assert Document.from_dict(data) == doc
    assert Document.from_json(doc.to_json()) == doc
    assert json.loads(doc.to_json())["quotes"][0]["speaker"]["canonical"] == "بلينكن"


def test_eval_field_names() -> None:
    data = sample().to_dict()
    assert set(data["mentions"][0]) >= {"text", "label", "start", "end"}
    quote = data["quotes"][0]
    assert quote["kind"] == "direct"
    assert quote["content"] == [{"text": "سنعمل معا", "start": 13, "end": 22}]
    assert set(quote["speaker"]) >= {"text", "start", "end", "canonical"}


def test_results_are_immutable() -> None:
    doc = sample()
    with pytest.raises(AttributeError):
        doc.text = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        doc.tokens[0].start = 3  # type: ignore[misc]


def test_accessors() -> None:
    doc = sample()
    assert doc.id == "x1"
    assert list(doc) == list(doc.sentences)
    assert doc.mentions_by_label("PER") == doc.mentions
    assert doc.quotes_by("E1") == doc.quotes
    assert doc.quotes_by(doc.entities[0]) == doc.quotes
    assert doc.quotes_by("بلينكن") == doc.quotes
    assert doc.quotes_by("غيره") == ()
    assert doc.mentions_of_entity("E1") == doc.mentions
    assert doc.mentions_of(doc.sentences[0]) == doc.mentions
    assert "quotes" in repr(doc) and len(repr(doc)) < 200
    assert "<mark" in doc._repr_html_()


def test_unknown_schema_version_is_refused() -> None:
    data = sample().to_dict()
    data["schema_version"] = 99
    with pytest.raises(ValueError, match="schema_version"):
        Document.from_dict(data)


def test_to_dict_without_tokens() -> None:
    assert sample().to_dict(tokens=False)["tokens"] == []


def test_pickle_round_trip() -> None:
    import pickle

    doc = sample()
    again = pickle.loads(pickle.dumps(doc))
    assert again == doc
    assert again.tokens[0].segments == doc.tokens[0].segments
    assert pickle.loads(pickle.dumps(doc.quotes[0])) == doc.quotes[0]


# --- The JSON form, written and read by arabic_newsnlp.codec ----------------------------

TEXT = "قال الوزير: «نعم»."


def every_type() -> Document:
    from arabic_newsnlp import (
        Attribute,
        Cue,
        Entity,
        Mention,
        Quote,
        Segment,
        Sentence,
        Span,
        Speaker,
        Token,
    )

    role = Attribute("الوزير", 4, 10, "role")
    return Document(
        TEXT,
        (Sentence(TEXT, 0, 18, 0, 1),),
        (Token("قال", 0, 3, "قال", "word", (Segment("قال", 0, 3, "stem", "قال"),)),),
        (Mention("الوزير", 4, 10, "PER", 0.5, "e1", (role,)),),
        (Entity("e1", "PER", "الوزير", (0,), (role,), None, "X", "al-wazir"),),
        (
            Quote(
                "direct",
                (Span("نعم", 13, 16),),
                Cue("قال", 0, 3, "قال"),
                Speaker("الوزير", 4, 10, "الوزير"),
                "e1",
                0.9,
                "frame",
                (Speaker("الوزير", 4, 10, "الوزير"),),
            ),
            Quote("indirect", ()),
        ),
        {"id": 1},
    )


def test_the_json_form_of_every_type_field_by_field() -> None:
    span = {"text": "الوزير", "start": 4, "end": 10}
    role = {**span, "kind": "role", "value": None}
    expected = {
        "schema_version": 1,
        "text": TEXT,
        "sentences": [
            {"text": TEXT, "start": 0, "end": 18, "token_start": 0, "token_end": 1, "paragraph": 0}
        ],
        "tokens": [
            {
                "text": "قال",
                "start": 0,
                "end": 3,
                "norm": "قال",
                "kind": "word",
                "segments": [{"text": "قال", "start": 0, "end": 3, "kind": "stem", "form": "قال"}],
            }
        ],
        "mentions": [
            {**span, "label": "PER", "confidence": 0.5, "entity": "e1", "attributes": [role]}
        ],
        "entities": [
            {
                "id": "e1",
                "label": "PER",
                "canonical": "الوزير",
                "mentions": [0],
                "roles": [role],
                "gloss": None,
                "code": "X",
                "romanized": "al-wazir",
            }
        ],
        "quotes": [
            {
                "kind": "direct",
                "content": [{"text": "نعم", "start": 13, "end": 16}],
                "cue": {"text": "قال", "start": 0, "end": 3, "lemma": "قال"},
                "speaker": {**span, "canonical": "الوزير"},
                "entity": "e1",
                "confidence": 0.9,
                "method": "frame",
                "co_speakers": [{**span, "canonical": "الوزير"}],
            },
            {
                "kind": "indirect",
                "content": [],
                "cue": None,
                "speaker": None,
                "entity": None,
                "confidence": 1.0,
                "method": "",
                "co_speakers": [],
            },
        ],
        "meta": {"id": 1},
    }
    doc = every_type()
    assert doc.to_json() == json.dumps(expected, ensure_ascii=False)
    assert doc.to_json(tokens=False) == json.dumps({**expected, "tokens": []}, ensure_ascii=False)
    assert Document.from_json(doc.to_json()) == doc
    failed = Document("x", error="bad").to_dict()
    assert list(failed)[-1] == "error" and failed["error"] == "bad"


def test_reading_tolerates_left_out_lists_and_defaults_only() -> None:
    from arabic_newsnlp import Quote, Token

    assert Quote.from_dict({"kind": "direct"}) == Quote("direct", ())
    token = Token.from_dict({"text": "قال", "start": 0, "end": 3, "norm": "قال", "kind": "word"})
    assert token.segments == ()
    with pytest.raises(KeyError, match="norm"):
        Token.from_dict({"text": "قال", "start": 0, "end": 3, "kind": "word"})


def test_the_converter_takes_dataclasses_with_omitted_fields_last() -> None:
    from dataclasses import dataclass, field

    from arabic_newsnlp import codec

    with pytest.raises(TypeError, match="not a dataclass"):
        codec.to_dict(object())

    @dataclass
    class Bad:
        note: str | None = field(default=None, metadata={"json": "omit_none"})
        after: int = 0

    with pytest.raises(TypeError, match="must come last"):
        codec.to_dict(Bad())
