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
