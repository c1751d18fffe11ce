"""Check that the shipped NER weights are what ``train_ner.py`` writes from this commit.

Run from the project root, with the ``train`` extra installed and ``../shared/data``
present: ``python training/check_reproduced.py [--data ../shared/data]``. It retrains the
CRF with ``train_ner.py``'s defaults (the documented command) into a temporary folder,
leaving the package untouched, and compares the weights written there with the shipped
``arabic_newsnlp/data/ner/weights.json``: equal by sha256, or else how many features
differ and by how much at most. Exit status 0 when they are equal, 1 otherwise. Not part
of CI (it needs the corpora and takes as long as a training, a few minutes).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "training"))

import train_ner  # noqa: E402

from arabic_newsnlp.resources import sha256_of  # noqa: E402


def compare(shipped: Path, rebuilt: Path) -> tuple[int, float]:
    """How many feature rows (and transitions) differ between two weights files, and
    the largest absolute difference of one weight (a row missing on one side counts
    as zeros)."""
    a = json.loads(shipped.read_text(encoding="utf-8"))
    b = json.loads(rebuilt.read_text(encoding="utf-8"))
    if a["labels"] != b["labels"]:
        return -1, float("inf")
    rows_a = dict(a["features"], **{f"<transition {i}>": r for i, r in enumerate(a["transitions"])})
    rows_b = dict(b["features"], **{f"<transition {i}>": r for i, r in enumerate(b["transitions"])})
    zeros = [0.0] * len(a["labels"])
    differ = 0
    largest = 0.0
    for key in rows_a.keys() | rows_b.keys():
        row_a, row_b = rows_a.get(key, zeros), rows_b.get(key, zeros)
        gaps = [abs(x - y) for x, y in zip(row_a, row_b, strict=True)]
        if max(gaps) > 0:
            differ += 1
            largest = max(largest, *gaps)
    return differ, largest


def main(argv: list[str] | None = None) -> int:
    """Retrain into a temporary folder and report whether the shipped weights are equal."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "model.crfsuite"
        train_ner.main(["--data", str(args.data), "--out", str(out), "--no-manifest"])
        rebuilt = out.with_name(out.stem + ".weights.json")
        shipped = train_ner.WEIGHTS
        ours, theirs = sha256_of(shipped), sha256_of(rebuilt)
        if ours == theirs:
            print(f"reproduced: {shipped.name} sha256 {ours}")
            return 0
        differ, largest = compare(shipped, rebuilt)
        print(
            f"NOT reproduced: {shipped.name} sha256 {ours}, retrained {theirs}; "
            f"{differ} weight rows differ, by at most {largest:.6f}"
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
