"""The shipped JSON Schema describes every document we write, and only those."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any, get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arabic_newsnlp
from arabic_newsnlp import SCHEMA_VERSION, Document
from arabic_newsnlp.display import LABELS
from arabic_newsnlp.document import QuoteKind, SegmentKind
from arabic_newsnlp.text.tokenize import TOKEN_KINDS

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = Document.json_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
TEXTS = [
    "وزير الخارجية المصري: «لا حل عسكريا»\n\nقال الوزير سامح شكري إن «الحل سياسي».",
    "وأكد رئيس الوزراء اللبناني أن الحكومة ستعمل مع الأمم المتحدة، بحسب بيان رسمي.",
    "«سنعود»، قالت المتحدثة. وأضافت: «الطريق طويل».",
    "وصل الوفد إلى بيروت يوم ٣ آذار ٢٠٢٤ عند 10:30، والتقى ممثلين عن #لبنان و@news.",
    "see https://example.org or mail a@b.co — 😀 ١٢٫٥٪",
    "",
    "   \n ",
]


def errors(data: Any) -> list[str]:
    return [e.message for e in VALIDATOR.iter_errors(data)]


def test_the_schema_is_valid_and_published() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert "document.schema.json" in (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")


def test_the_schema_follows_the_code() -> None:
    defs = SCHEMA["$defs"]
    assert defs["document"]["properties"]["schema_version"] == {"const": SCHEMA_VERSION}
    assert defs["token"]["properties"]["kind"]["enum"] == list(TOKEN_KINDS)
    assert defs["segment"]["properties"]["kind"]["enum"] == list(get_args(SegmentKind))
    assert defs["quote"]["properties"]["kind"]["enum"] == list(get_args(QuoteKind))
    assert defs["mention"]["properties"]["label"]["enum"] == list(LABELS)
    doc = arabic_newsnlp.analyze(TEXTS[0])
    quote = doc.quotes[0]
    assert quote.cue is not None and quote.speaker is not None
    written = {
        "document": doc.to_dict(),
        "sentence": doc.sentences[0].to_dict(),
        "token": doc.tokens[0].to_dict(),
        "segment": doc.tokens[0].segments[0].to_dict(),
        "mention": doc.mentions[0].to_dict(),
        "entity": doc.entities[0].to_dict(),
        "quote": quote.to_dict(),
        "cue": quote.cue.to_dict(),
        "speaker": quote.speaker.to_dict(),
        "span": quote.content[0].to_dict(),
    }
    for name, data in written.items():
        described = set(defs[name]["properties"])
        if name == "document":  # "id" is added by the command line, "error" on failure
            described -= {"id", "error"}
        assert set(data) == described, name
        assert set(defs[name]["required"]) <= set(data), name


def test_documents_with_entities_quotes_and_errors_validate() -> None:
    records: list[Any] = [{"id": i, "text": t} for i, t in enumerate(TEXTS)]
    records += [{"id": "no text"}, {"id": "bad", "text": 3}]
    docs = list(arabic_newsnlp.Pipeline().pipe(records))
    assert any(d.quotes for d in docs) and any(d.entities for d in docs)
    assert sum(d.error is not None for d in docs) == 2
    for doc in docs:
        for data in (doc.to_dict(), doc.to_dict(tokens=False), json.loads(doc.to_json())):
            assert errors(data) == [], doc
    for steps in (("tokenize",), ("tokenize", "clitics"), ("tokenize", "clitics", "ner")):
        assert errors(arabic_newsnlp.analyze(TEXTS[0], steps=steps).to_dict()) == []


def test_command_line_output_validates(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    lines = (ROOT / "examples" / "news.jsonl").read_text(encoding="utf-8").splitlines()
    src.write_text("\n".join([*lines, "{broken", '{"id": 5}']) + "\n", encoding="utf-8")
    outputs = []
    for source in (src, ROOT / "examples" / "news.txt"):
        result = subprocess.run(
            [sys.executable, "-m", "arabic_newsnlp.cli", "analyze", str(source)],
            capture_output=True,
            text=True,
            check=False,
            cwd=tmp_path,
        )
        outputs += [json.loads(line) for line in result.stdout.splitlines()]
    assert len(outputs) == len(lines) + 3
    assert sum("error" in data for data in outputs) == 2
    for data in outputs:
        assert errors(data) == [], data


def test_the_schema_rejects_what_we_do_not_write() -> None:
    good = arabic_newsnlp.analyze(TEXTS[0]).to_dict()
    assert errors(good) == []

    def broken(change: Any) -> dict[str, Any]:
        data = json.loads(json.dumps(good))
        change(data)
        return data

    bad = [
        broken(lambda d: d.update(schema_version=2)),
        broken(lambda d: d.pop("text")),
        broken(lambda d: d.update(extra=1)),
        broken(lambda d: d["mentions"][0].update(label="PERSON")),
        broken(lambda d: d["mentions"][0].update(start=-1)),
        broken(lambda d: d["quotes"][0].update(kind="reported")),
        broken(lambda d: d["quotes"][0].pop("speaker")),
        broken(lambda d: d["tokens"][0].update(kind="noun")),
        broken(lambda d: d["entities"][0].update(mentions=["E1"])),
        {"id": 1, "error": "no source"},
    ]
    for data in bad:
        assert errors(data), data


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="قال الوزير «»:،. محمد عمان بيروت إن\n", max_size=80))
def test_any_text_gives_a_valid_document(text: str) -> None:
    assert errors(arabic_newsnlp.analyze(text).to_dict()) == []
