"""The shared real news article (../shared/eval, read-only, beside the project) keeps its
scores: every quote found and attributed, entity F1 at least 0.95. Skipped where the
article is absent (it is third-party text and never copied here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import arabic_newsnlp

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
pytestmark = pytest.mark.skipif(
    not (EVAL / "seed.txt").exists(), reason="the shared article is not in ../shared/eval"
)


def test_the_shared_article_keeps_its_scores(tmp_path: Path) -> None:
    text = (EVAL / "seed.txt").read_text(encoding="utf-8")
    doc = arabic_newsnlp.analyze(text)
    pred = tmp_path / "out.jsonl"
    record = {"id": "seed", **json.loads(doc.to_json())}
    pred.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    out = subprocess.run(
        [
            sys.executable,
            str(EVAL / "score.py"),
            "--gold",
            str(EVAL / "seed.gold.json"),
            "--pred",
            str(pred),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    scores = json.loads(out)
    assert scores["attributed_quote_f1"] == 1.0, scores
    assert scores["entity_f1"] >= 0.95, scores
