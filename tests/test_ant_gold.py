"""Our real-news annotations point into ../shared/data by article id and offsets; check
they still fit the text there (skipped where the corpora are absent)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from benchmarks import ant, quotes

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
pytestmark = pytest.mark.skipif(
    not (DATA / ant.ANT_FILE).exists(), reason="the ANT corpus is not in ../shared/data"
)


def _mentions_fit(text: str, mentions: list[list[object]]) -> None:
    last = -1
    for start, end, label in mentions:
        assert isinstance(start, int) and isinstance(end, int)
        assert 0 <= start < end <= len(text)
        assert label in {"PER", "ORG", "LOC"}
        span = text[start:end]
        assert span == span.strip(), span
        assert start >= last, "mentions overlap"
        last = end


def test_evaluation_sample_is_fixed_and_split() -> None:
    drawn = ant.sample(DATA)
    assert len(drawn) == 64
    assert sum(part == "dev" for part, _ in drawn) == ant.DEV_SIZE
    train = {a["id"] for a in ant.train_sample(DATA)}
    assert not train & {a["id"] for _, a in drawn}


def test_entity_gold_fits_the_articles() -> None:
    records = ant.load_gold(ROOT / "benchmarks" / "ant_entities.jsonl", DATA)
    assert len(records) == 64
    parts = {r["part"] for r, _ in records}
    assert parts == {"dev", "test"}
    for record, text in records:
        _mentions_fit(text, record["mentions"])


def _more_entity_parts() -> list[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]]:
    """Each further entity part: its name, its articles, the articles drawn before it."""
    held = [a for _, a in ant.sample(DATA)] + ant.train_sample(DATA)
    dev2 = ant.dev2_sample(DATA)
    more = ant.more_sample(DATA)
    parts = [("dev2", dev2, held)] + [
        (part, [a for p, a in more if p == part], held + dev2) for part in ("dev3", "test2")
    ]
    earlier = held + dev2 + [a for _, a in more]
    for part in ant.LATER_SEEDS:
        drawn = ant.later_sample(part, DATA)
        parts.append((part, drawn, list(earlier)))
        earlier += drawn
    return parts


@pytest.mark.parametrize("part", ["dev2", "dev3", "test2", *ant.LATER_SEEDS])
def test_further_entity_parts_fit_their_articles(part: str) -> None:
    _, drawn, held = next(p for p in _more_entity_parts() if p[0] == part)
    # a later part: LATER_SIZE as _draw rounds it over the categories still holding articles
    sizes = {
        "dev2": ant.DEV2_SIZE,
        "dev3": ant.MORE_DEV,
        "test2": 200,
        "dev6": 97,
        "dev7": 84,
        "dev8": 77,
        "dev9": 77,
        "dev10": 67,
        "dev11": 65,
        "dev12": 65,
        "dev13": 65,
    }
    assert len(drawn) == sizes.get(part, 101)
    assert not {a["id"] for a in held} & {a["id"] for a in drawn}
    assert not {a["title"].strip() for a in held} & {a["title"].strip() for a in drawn}
    records = ant.load_gold(ROOT / "benchmarks" / f"ant_entities_{part}.jsonl", DATA)
    assert [r["id"] for r, _ in records] == [a["id"] for a in drawn]
    assert {r["part"] for r, _ in records} == {part}
    for record, text in records:
        _mentions_fit(text, record["mentions"])
        for start, end, _label in record["mentions"]:
            # whole words: nothing but proclitics (up to three letters; بـ with its tatweel)
            # before the span
            before = text[:start]
            clitics = len(before) - len(before.rstrip("وفبلكـ"))
            assert clitics <= 3 and not text[start - clitics - 1 : start - clitics].isalnum()
            assert not text[end : end + 1].isalnum(), text[start:end]


@pytest.mark.parametrize(
    ("name", "size"),
    [
        ("ant_quotes.jsonl", 64),
        ("ant_quotes_dev2.jsonl", 40),
        ("ant_quotes_dev3.jsonl", 40),
        ("ant_quotes_dev4.jsonl", 40),
        ("ant_quotes_test2.jsonl", 40),
        ("ant_quotes_dev5.jsonl", 40),
        ("ant_quotes_dev6.jsonl", 40),
        ("ant_quotes_dev7.jsonl", 40),
        ("ant_quotes_dev8.jsonl", 40),
        ("ant_quotes_dev9.jsonl", 40),
        ("ant_quotes_dev10.jsonl", 40),
        ("ant_quotes_dev11.jsonl", 40),
        ("ant_quotes_dev12.jsonl", 40),
        ("ant_quotes_dev13.jsonl", 40),
        ("ant_quotes_dev14.jsonl", 40),
        ("ant_quotes_dev15.jsonl", 40),
        ("ant_quotes_dev16.jsonl", 40),
        ("ant_quotes_dev17.jsonl", 40),
        ("ant_quotes_dev18.jsonl", 40),
        ("ant_quotes_dev19.jsonl", 40),
        ("ant_quotes_dev20.jsonl", 40),
        ("ant_quotes_dev21.jsonl", 40),
    ],
)
def test_quote_gold_fits_the_articles(name: str, size: int) -> None:
    records = ant.load_gold(ROOT / "benchmarks" / name, DATA)
    assert len(records) == size
    if name != "ant_quotes.jsonl":  # drawn from the training sample, never the evaluation one
        held = {a["id"] for _, a in ant.sample(DATA)}
        assert {r["part"] for r, _ in records} == {name[len("ant_quotes_") : -len(".jsonl")]}
        assert not held & {r["id"] for r, _ in records}
    for record, text in records:
        for q in record["quotes"]:
            assert q["kind"] in {"direct", "indirect", "mixed"}
            start, end = q["content"]
            assert 0 <= start < end <= len(text)
            for key in ("cue", "speaker", "canonical"):
                if q[key] is not None:
                    assert 0 <= q[key][0] < q[key][1] <= len(text)
            for start, end in q["aliases"]:
                assert 0 <= start < end <= len(text)


@pytest.mark.parametrize("part", sorted(quotes.DRAW_SEEDS))
def test_drawn_quote_parts_are_drawn_apart_from_the_others(part: str) -> None:
    drawn = quotes.drawn_sample(part, DATA)
    records = ant.load_gold(ROOT / "benchmarks" / f"ant_quotes_{part}.jsonl", DATA)
    assert [r["id"] for r, _ in records] == [a["id"] for a in drawn]
    pool = ant.train_sample(DATA)
    if quotes.MORE_PARTS.index(part) >= quotes.MORE_PARTS.index(quotes.LATER_POOL_FROM):
        pool = [a for later in quotes.LATER_POOL_PARTS for a in ant.later_sample(later, DATA)]
    earlier = {
        r["id"]
        for other in quotes.MORE_PARTS[: quotes.MORE_PARTS.index(part)]
        for r, _ in ant.load_gold(ROOT / "benchmarks" / f"ant_quotes_{other}.jsonl", DATA)
    }
    assert {a["id"] for a in drawn} <= {a["id"] for a in pool}
    assert not earlier & {a["id"] for a in drawn}
    assert len({a["title"].strip() for a in drawn}) == len(drawn)
    for record, text in records:
        for q in record["quotes"]:
            assert isinstance(q["headline"], bool) and isinstance(q["speaker_explicit"], bool)
            assert isinstance(q.get("optional", False), bool)
            for key in ("content", "cue", "speaker", "canonical"):
                if q[key] is not None:
                    span = text[q[key][0] : q[key][1]]
                    assert span and span == span.strip(), (key, span)
            if not q["speaker_explicit"]:  # an elided speaker points at its antecedent
                assert q["speaker"] is not None and q["canonical"] is not None


def test_training_annotation_fits_the_articles() -> None:
    texts = {a["id"]: ant.document_text(a) for a in ant.train_sample(DATA)}
    lines = (ROOT / "training" / "ant_train_entities.jsonl").read_text(encoding="utf-8")
    records = [json.loads(line) for line in lines.splitlines()]
    assert {r["id"] for r in records} == set(texts)
    for record in records:
        _mentions_fit(texts[record["id"]], record["mentions"])
