"""Tables of mentions, entities, quotes, sentences and tokens; pandas stays optional."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import arabic_newsnlp
from arabic_newsnlp import Document
from arabic_newsnlp.tables import COLUMNS, KINDS, rows

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [
    "قال وزير الخارجية سامح شكري إن «الحل في السودان سياسي». وأضاف شكري أن القاهرة تدعم الحوار.",
    "وصل الوفد إلى بيروت.",
]


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    records = [{"id": f"n{i}", "text": t} for i, t in enumerate(TEXTS)]
    return [*arabic_newsnlp.Pipeline().pipe(records), Document("", error="bad record")]


def test_one_row_per_item_with_offsets_into_the_text(docs: list[Document]) -> None:
    counts = {
        "mentions": lambda d: len(d.mentions),
        "entities": lambda d: len(d.entities),
        "quotes": lambda d: len(d.quotes),
        "sentences": lambda d: len(d.sentences),
        "tokens": lambda d: len(d.tokens),
    }
    assert set(counts) == set(KINDS)
    for kind in KINDS:
        table = rows(docs, kind)
        assert len(table) == sum(counts[kind](d) for d in docs) > 0, kind
        for row in table:
            assert tuple(row) == COLUMNS[kind]
            doc = docs[row["doc"]]
            assert row["doc_id"] == doc.id
            if kind != "quotes" and row.get("text") is not None:
                assert doc.text[row["start"] : row["end"]] == row["text"]


def test_row_values(docs: list[Document]) -> None:
    doc = docs[0]
    (shoukry,) = [e for e in doc.entities if e.gloss == "Sameh Shoukry"]
    mention_rows = [r for r in rows(doc, "mentions") if r["entity"] == shoukry.id]
    assert {r["canonical"] for r in mention_rows} == {"سامح شكري"}
    assert all(r["label"] == "PER" and 0 < r["confidence"] <= 1 for r in mention_rows)
    quote_rows = rows(doc, "quotes")
    assert {r["canonical"] for r in quote_rows} == {"سامح شكري"}
    assert {r["gloss"] for r in quote_rows} == {"Sameh Shoukry"}
    for row, quote in zip(quote_rows, doc.quotes, strict=True):
        assert row["method"] == quote.method and row["kind"] == quote.kind
        assert quote.text in doc.text[row["start"] : row["end"]]
        assert doc.text[row["speaker_start"] : row["speaker_end"]] == row["speaker"]
    (entity_row,) = [r for r in rows(doc, "entities") if r["entity"] == shoukry.id]
    assert entity_row["mentions"] == len(shoukry.mentions)
    assert entity_row["roles"] == "وزير الخارجية"
    first_token = rows(doc, "tokens")[0]
    assert first_token["sentence"] == 0 and first_token["segments"] == "قال"


def test_unknown_kind() -> None:
    with pytest.raises(ValueError, match="mentions, entities, quotes, sentences, tokens"):
        rows([], "people")


def test_import_does_not_load_pandas() -> None:
    code = "import sys, arabic_newsnlp; assert 'pandas' not in sys.modules, 'pandas loaded'"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_missing_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"arabic-newsnlp\[pandas\]"):
        arabic_newsnlp.to_dataframe([], "mentions")


def test_to_dataframe(docs: list[Document]) -> None:
    pytest.importorskip("pandas")
    for kind in KINDS:
        frame = arabic_newsnlp.to_dataframe(docs, kind)
        assert list(frame.columns) == list(COLUMNS[kind])
        assert len(frame) == len(rows(docs, kind))
        empty = arabic_newsnlp.to_dataframe([], kind)
        assert list(empty.columns) == list(COLUMNS[kind]) and empty.empty
    quotes = arabic_newsnlp.to_dataframe(docs[0], "quotes")
    assert set(quotes["doc_id"]) == {"n0"}


def test_analyze_dataframe_takes_a_pandas_frame() -> None:
    pd = pytest.importorskip("pandas")
    from arabic_newsnlp.dask import analyze_dataframe, to_flat_records

    frame = pd.DataFrame({"body": TEXTS, "source": ["a", "b"]}, index=[10, 20])
    result = analyze_dataframe(frame, text_column="body")
    assert isinstance(result, pd.DataFrame)
    assert list(result.index) == [10, 20] and list(result["source"]) == ["a", "b"]
    nlp = arabic_newsnlp.Pipeline()
    for text, quotes in zip(TEXTS, result["quotes"], strict=True):
        assert quotes == to_flat_records(nlp(text).to_dict())["quotes"]
    with pytest.raises(KeyError, match="no column 'text'"):
        analyze_dataframe(frame)


def test_who_is_quoted_example() -> None:
    pytest.importorskip("pandas")
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "who_is_quoted.py")],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = result.stdout.splitlines()
    top = next(line for line in lines if "Sameh Shoukry" in line)
    assert top.split()[2] == "4" and "Sudan" in top
    assert lines.index(top) < next(i for i, x in enumerate(lines) if "Georgieva" in x)
