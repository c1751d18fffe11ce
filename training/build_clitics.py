"""Build the clitic segmenter's resources from the corpora in ``../shared/data``.

Run from the project root: ``python training/build_clitics.py [--data ../shared/data]``.

Writes, under ``arabic_newsnlp/data/clitics/``:

- ``lexicon.tsv``: for every word form (normalised: no diacritics, one alef, ``ى`` as
  ``ي``) seen in the training text, how often it stands alone (``free``) and how often it
  follows the article in a word (``det``: ``ال``/``وال``/``بال``/``لل``... + form), how
  often it is part of a person/place/organisation name (``name``) and whether it is
  usually written with a final ``ى``. Only counts of word forms are stored, never text.
- ``weights.tsv``: the weights of the candidate scorer, fitted on the first half of the
  WikiNews gold (the second half is kept for the figures in ``benchmarks/segmentation.py``).

The closed-class table and the words never split, written by hand, are read from the
lexicon (``arabic_newsnlp/data/lexicon/closed_class.tsv`` and the ``whole_word`` rows of
``words.tsv``).

Training text: ANERcorp (CAMeL Lab split) train and the AQMAR articles. The ANERcorp test
split is left out so that the entity tagger's test words are not made "known" here.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from arabic_newsnlp.lexicon.words import closed_class_rows  # noqa: E402
from arabic_newsnlp.text import clitic_model as clitics  # noqa: E402
from arabic_newsnlp.text.normalize import CONTROLS, DIACRITICS, TATWEEL  # noqa: E402
from benchmarks.segmentation import load_gold, split_halves  # noqa: E402

OUT = ROOT / "arabic_newsnlp" / "data" / "clitics"
_DROP = {ord(c): None for c in DIACRITICS | CONTROLS | {TATWEEL}}
# After these the article is nearly certain; "فال", "كال" also begin foreign names
# (فالنسيا, كاليفورنيا) and are left out. With a conjunction or preposition before the
# article the rest must have three letters (والده is not و+ال+ده).
_ARTICLE_PREFIXES = (("ال", 2), ("وال", 3), ("بال", 3), ("لل", 3), ("ولل", 3), ("وبال", 3))
_NAME_TAGS = ("PER", "LOC", "ORG")


def corpus_tokens(data: Path) -> Iterator[tuple[str, bool]]:
    """(token, part of a person/place/organisation name) from the training files."""
    files = [data / "anercorp-camel" / "ANERCorp_CamelLab_train.txt"]
    files += sorted((data / "aqmar" / "articles").glob("*.txt"))
    for path in files:
        with open(path, encoding="utf-8-sig") as handle:
            for line in handle:
                cells = line.split()
                if cells:
                    tag = cells[-1] if len(cells) > 1 else "O"
                    yield cells[0], tag[2:].startswith(_NAME_TAGS)


def is_arabic(word: str) -> bool:
    return len(word) >= 1 and all("\u0621" <= ch <= "\u064a" and ch != "\u0640" for ch in word)


Lexicon = tuple[Counter[str], Counter[str], Counter[str], dict[str, str], int]


def build_lexicon(data: Path) -> Lexicon:
    """Free, after-article and in-a-name counts, and the usual final letter of each form."""
    free: Counter[str] = Counter()
    name: Counter[str] = Counter()
    final: Counter[tuple[str, str]] = Counter()
    tokens = 0
    for raw, in_name in corpus_tokens(data):
        bare = raw.translate(_DROP)
        if not is_arabic(bare):
            continue
        tokens += 1
        key = bare.translate(clitics._KEY_TABLE)
        free[key] += 1
        if in_name:
            name[key] += 1
        if key.endswith("ي"):
            final[(key, bare[-1])] += 1
    det: Counter[str] = Counter()
    for key, count in free.items():
        for prefix, shortest in _ARTICLE_PREFIXES:
            if key.startswith(prefix) and len(key) - len(prefix) >= shortest:
                det[key[len(prefix) :]] += count
    maqsura = {
        key: "ى"
        for (key, letter), count in final.items()
        if letter == "ى" and count >= final.get((key, "ي"), 0)
    }
    return free, det, name, maqsura, tokens


def write_lexicon(lexicon: Lexicon) -> int:
    free, det, name, maqsura, _ = lexicon
    forms = sorted(set(free) | set(det))
    lines = [
        "# Word-form counts derived by training/build_clitics.py from ANERcorp (train) and",
        "# AQMAR (CC BY-SA). free: alone; det: after the article; name: inside a person,",
        "# place or organisation name; final: usual last letter (ى where it is written so).",
        "form\tfree\tdet\tname\tfinal",
    ]
    for form in forms:
        lines.append(
            f"{form}\t{free.get(form, 0)}\t{det.get(form, 0)}\t{name.get(form, 0)}"
            f"\t{maqsura.get(form, '')}"
        )
    (OUT / "lexicon.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(forms)


Example = tuple[list[clitics.Candidate], int]


def examples(
    model: clitics._Model, words: list[tuple[str, frozenset[int]]]
) -> tuple[list[Example], int, int]:
    """Candidate lists with the index of the gold analysis; also (words, oracle misses)."""
    out: list[Example] = []
    scored = missed = 0
    for word, gold in words:
        bare, _ = clitics._bare(word)
        if not clitics._is_arabic_word(bare):
            continue
        key = bare.translate(clitics._KEY_TABLE)
        if clitics._decided(bare, key, model) is not None:
            continue
        scored += 1
        found = clitics._candidates(bare, key, model)
        right = [i for i, c in enumerate(found) if c.cuts == gold]
        if not right:
            missed += 1
            continue
        out.append((found, right[0]))
    return out, scored, missed


def fit(data: list[Example], *, l2: float, steps: int) -> dict[str, float]:
    """Weights maximising the log-likelihood of the gold analyses (softmax per word)."""
    import numpy as np

    names = sorted({name for found, _ in data for c in found for name, _ in c.features})
    index = {name: i for i, name in enumerate(names)}
    rows: list[list[tuple[int, float]]] = []
    groups: list[int] = []
    gold_rows: list[int] = []
    for found, right in data:
        groups.append(len(rows))
        gold_rows.append(len(rows) + right)
        for c in found:
            rows.append([(index[n], v) for n, v in c.features])
    x = np.zeros((len(rows), len(names)))
    for r, feats in enumerate(rows):
        for i, v in feats:
            x[r, i] += v
    starts = np.array(groups)
    group_of = np.repeat(np.arange(len(groups)), np.diff(np.append(starts, len(rows))))
    gold = np.array(gold_rows)
    w = np.zeros(len(names))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    rate, beta1, beta2 = 0.05, 0.9, 0.999
    for step in range(1, steps + 1):
        s = x @ w
        s_max = np.maximum.reduceat(s, starts)[group_of]
        e = np.exp(s - s_max)
        z = np.add.reduceat(e, starts)[group_of]
        p = e / z
        grad = x.T @ p - x[gold].sum(axis=0) + 2 * l2 * w
        m = beta1 * m + (1 - beta1) * grad
        v = beta2 * v + (1 - beta2) * grad * grad
        w -= rate * (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + 1e-8)
    return {name: round(float(w[i]), 4) for name, i in index.items() if abs(w[i]) >= 1e-4}


def accuracy(model: clitics._Model, data: list[Example]) -> float:
    right = 0
    for found, gold in data:
        scores = [clitics._score(c, model.weights) for c in found]
        right += max(range(len(found)), key=lambda i: (scores[i], -i)) == gold
    return right / max(1, len(data))


def write_weights(weights: dict[str, float]) -> None:
    lines = [
        "# Candidate-scorer weights fitted by training/build_clitics.py on the first half of the",
        "# QCRI WikiNews segmentation gold (the second half is the benchmark's reported half).",
        "feature\tweight",
    ]
    lines += [f"{name}\t{weights[name]}" for name in sorted(weights)]
    (OUT / "weights.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--l2", type=float, default=0.01)
    parser.add_argument("--steps", type=int, default=600)
    args = parser.parse_args()

    lexicon = build_lexicon(args.data)
    free, det, name, maqsura, tokens = lexicon
    size = write_lexicon(lexicon)
    print(
        f"lexicon.tsv: {size:,} forms from {tokens:,} Arabic tokens "
        f"({len(free):,} seen alone, {len(det):,} after the article)"
    )

    tune, test = split_halves(load_gold(args.data))
    model = clitics._Model(
        free=dict(free),
        det=dict(det),
        name=dict(name),
        maqsura=frozenset(maqsura),
        weights={},
        closed_class=closed_class_rows(),
    )
    train, scored, missed = examples(model, tune)
    held, held_scored, held_missed = examples(model, test)
    print(f"tuning half: {scored:,} open-class words, gold analysis not generated for {missed}")
    print(f"report half: {held_scored:,} open-class words, not generated for {held_missed}")
    weights = fit(train, l2=args.l2, steps=args.steps)
    model.weights = weights
    write_weights(weights)
    print(f"weights.tsv: {len(weights)} weights (l2={args.l2}, {args.steps} steps)")
    print(
        f"accuracy on scored open-class words: tuning {100 * accuracy(model, train):.2f}%, "
        f"report {100 * accuracy(model, held):.2f}% (words the grammar can analyse)"
    )
    print("then run: python training/update_manifest.py && python -m benchmarks.segmentation")


if __name__ == "__main__":
    main()
