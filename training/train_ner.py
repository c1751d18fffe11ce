"""Train the shipped NER model (python-crfsuite) and print its scores.

Run from the project root, with the ``train`` extra installed (``pip install ".[train]"``):
``python training/train_ner.py [--data ../shared/data]``, then
``python training/update_manifest.py`` (done here unless ``--no-manifest``). The CRF is
written to ``training/models/model.crfsuite`` (kept out of the package) and its weights
exported to ``arabic_newsnlp/data/ner/weights.json``, which is what the package runs.

Training data (``--data``, default ``../shared/data``):

- ANERcorp, CAMeL Lab ``train`` split (PERS -> PER);
- NewsFANE Gold mapped to PER / ORG / LOC (GPE, natural locations and facilities) /
  MISC (products, vehicles, weapons): by default only its sentences that align to neither
  ANERcorp split (``--newsfane unaligned``). Its other sentences are ANERcorp's own text
  annotated under other conventions (no currencies or events as MISC, groups of people as
  PER ...); adding the ones aligned to ANERcorp train (``--newsfane train``) adds no new text
  and costs 5.4 macro-F1 on the ANERcorp test split (60.8 -> 55.4) and 1 on AQMAR. The
  sentences aligned to ANERcorp test (or both splits) are never used;
- AQMAR, 21 of its 28 articles (MIS* -> MISC); every fourth article by name is held out;
- our own PER / ORG / LOC annotation of 600 ANT news articles
  (``training/ant_train_entities.jsonl``, by offsets into ``../shared/data/unlabelled``;
  none is in the evaluation sample of ``benchmarks/ant.py``), which teaches the
  conventions of real news the other corpora lack (organisation names with their head
  noun, ``الجيش الليبي``), and the development parts ``benchmarks.ner.TRAINED_ON``
  (``dev`` .. ``dev5``: 366 more articles, 5,134 mentions; ``--ant-parts``). ``dev6``
  .. ``dev9`` stay held out for tuning the rules; the test parts are refused.

Every sentence is joined with spaces and run through the package's own ``tokenize`` and
``clitics`` steps, so training sees exactly the tokens, segments and features the
pipeline produces at run time. Training (L-BFGS) is deterministic. ``--dev`` holds out
the last tenth of ANERcorp train (and the NewsFANE sentences with the same text) and
reports on it instead of writing the model.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pycrfsuite  # noqa: E402

from benchmarks import ner as bench  # noqa: E402

MODEL = ROOT / "training" / "models" / "model.crfsuite"
WEIGHTS = ROOT / "arabic_newsnlp" / "data" / "ner" / "weights.json"
PARAMS = {
    "c1": 0.05,
    "c2": 0.02,
    "max_iterations": 200,
    "feature.possible_transitions": True,
    "feature.minfreq": 1,
}


def _features(sentences: list[bench.Sentence]) -> list[tuple[list[list[str]], list[str]]]:
    from arabic_newsnlp.ner.features import sequence_features

    out = []
    for sentence in sentences:
        tokens, labels, _owner = bench.align(sentence)
        if tokens:
            out.append((sequence_features(tokens), labels))
    return out


Items = list[tuple[list[list[str]], list[str]]]

#: Our own annotation of ANT news articles for training (``benchmarks/ant.py``'s
#: ``train_sample``; none of them is in the evaluation sample), by offsets.
ANT_TRAIN = ROOT / "training" / "ant_train_entities.jsonl"
#: Real news is what the tagger is for: our ANT sentences count this many times.
ANT_WEIGHT = 1
#: List features are left off names our ANT annotation gives in at most this many
#: articles (see ``_unlisted``); 0 keeps them all.
RARE_NAMES = 2


def ant_items(data: Path, rare_names: int = 0, parts: Sequence[str] = ()) -> Items:
    """Training sequences from our annotated ANT articles (and the development ``parts``
    named, e.g. ``dev3``; a test part is refused): each sentence's tokens as the pipeline
    makes them, a token labelled by the mention it starts or continues."""
    from arabic_newsnlp import Pipeline
    from arabic_newsnlp.ner.features import sequence_features
    from benchmarks import ant

    for part in parts:
        if part not in bench.ANT_PARTS or part.startswith("test"):
            raise ValueError(f"--ant-parts: {part!r} is not a development part of our ANT news")
    pairs = ant.load_gold(ANT_TRAIN, data)
    for part in parts:
        gold = bench.ANT_MORE_GOLD.get(part, bench.ANT_GOLD)
        pairs += [(r, t) for r, t in ant.load_gold(gold, data) if r["part"] == part]
    articles: dict[str, set[str]] = {}
    for record, text in pairs:
        for start, end, _label in record["mentions"]:
            articles.setdefault(text[start:end], set()).add(record["id"])
    nlp = Pipeline(steps=["tokenize", "clitics"])
    items: Items = []
    for record, text in pairs:
        doc = nlp(text)
        tags = ["O"] * len(doc.tokens)
        rare: set[int] = set()
        for start, end, label in record["mentions"]:
            inside = [i for i, t in enumerate(doc.tokens) if t.start < end and t.end > start]
            for k, i in enumerate(inside):
                tags[i] = ("B-" if k == 0 else "I-") + label
            if len(articles[text[start:end]]) <= rare_names:
                rare.update(inside)
        for sentence in doc.sentences:
            a, b = sentence.token_start, sentence.token_end
            if a < b:
                feats = sequence_features(doc.tokens[a:b])
                if rare:
                    feats = _unlisted(feats, {i - a for i in rare if a <= i < b})
                items.append((feats, tags[a:b]))
    return items


def _unlisted(feats: list[list[str]], rare: set[int]) -> list[list[str]]:
    """The features of a sentence as if the gazetteer did not know the names at the
    token positions ``rare`` (names our annotation gives in few articles: the curated
    lists were filled with names news repeats, so on the training articles they know
    far more of the names than on unseen news, and a model trained so trusts them too
    much). A position's own list features go, and its neighbours' features about it."""
    out = []
    for t, row in enumerate(feats):
        kept = []
        for f in row:
            if t in rare and f.startswith(("gz=", "gk=", "g=B-", "g=I-")):
                continue
            if f.startswith("g=after-") and t - 1 in rare:
                continue
            k, sep, _ = f.partition("gz=")
            if sep and k and k.lstrip("-").isdigit() and t + int(k) in rare:
                continue
            kept.append(f)
        out.append(kept)
    return out


def train(items: Items, path: Path, params: dict[str, object]) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in items:
        trainer.append(xseq, yseq)
    trainer.set_params(params)
    trainer.train(str(path))


def _report(name: str, result: dict[str, dict[str, float]]) -> None:
    cells = "  ".join(
        f"{k} {result[k]['P']:.1f}/{result[k]['R']:.1f}/{result[k]['F1']:.1f}" for k in bench.TYPES
    )
    print(
        f"{name:28} micro-F1 {result['micro']['F1']:.1f}  macro-F1 "
        f"{result['macro']['F1']:.1f}  {cells}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=MODEL)
    parser.add_argument("--dev", action="store_true", help="hold out a dev tenth; no model")
    parser.add_argument("--corpora", default="anercorp,newsfane,aqmar,ant")
    parser.add_argument(
        "--newsfane",
        choices=("unaligned", "train"),
        default="unaligned",
        help="NewsFANE sentences to use: aligned to no ANERcorp split, or also to train",
    )
    parser.add_argument(
        "--ant-weight",
        type=int,
        default=ANT_WEIGHT,
        help="how many times our ANT sentences are repeated in training",
    )
    parser.add_argument(
        "--rare-names",
        type=int,
        default=RARE_NAMES,
        help="list features left off names our ANT annotation gives in at most N articles",
    )
    parser.add_argument(
        "--ant-parts",
        default=",".join(bench.TRAINED_ON),
        help="development parts of our ANT annotation to train on too (comma-separated; "
        "'' for none; never a test part)",
    )
    parser.add_argument("--c1", type=float, default=PARAMS["c1"])
    parser.add_argument("--c2", type=float, default=PARAMS["c2"])
    parser.add_argument("--iterations", type=int, default=PARAMS["max_iterations"])
    parser.add_argument("--no-manifest", action="store_true")
    parser.add_argument("--model", type=Path, help="only score this trained model on dev")
    parser.add_argument(
        "--ablate",
        default="",
        help="feature groups to leave out (reps, lists; comma-separated): the model is "
        "written beside --out's default as ner-ablate-*.crfsuite in the temp folder and scored",
    )
    args = parser.parse_args(argv)
    if args.ablate:
        from arabic_newsnlp.ner import features

        features.ABLATE.update(args.ablate.split(","))
        if args.out == MODEL:
            args.out = Path(tempfile.gettempdir()) / f"ner-ablate-{args.ablate}.crfsuite"
        args.no_manifest = True
    data: Path = args.data
    corpora = set(args.corpora.split(","))
    started = time.perf_counter()

    aner = bench.anercorp(data, "train")
    dev: list[bench.Sentence] = []
    if args.dev:
        cut = len(aner) * 9 // 10
        aner, dev = aner[:cut], aner[cut:]
    sentences = list(aner)
    print(f"ANERcorp train: {len(aner)} sentences")
    if "newsfane" in corpora:
        drop = frozenset(bench.sentence_key(s) for s in dev)
        keep = frozenset({"unaligned"} if args.newsfane == "unaligned" else {"unaligned", "train"})
        fane = bench.newsfane(data, drop=drop, keep=keep)
        sentences += fane
        print(
            f"NewsFANE ({' + '.join(sorted(keep))} sentences"
            f"{', not in dev' if dev else ''}): {len(fane)} sentences"
        )
    if "aqmar" in corpora:
        aq = bench.aqmar(data, "train")
        sentences += aq
        print(f"AQMAR train articles: {len(aq)} sentences")
    if args.model is not None:
        from arabic_newsnlp.ner.tagger import EntityTagger, export_weights

        weights = args.model.with_name(args.model.stem + ".weights.json")
        export_weights(args.model, weights)
        model = EntityTagger(weights)
        _report("ANERcorp dev", bench.evaluate(dev, model=model))
        _report("ANERcorp dev, documents of 10", bench.evaluate(dev, model=model, window=10))
        _report("ANERcorp dev, CRF alone", bench.evaluate(dev, rules=False, model=model))
        return
    items = _features(sentences)
    if "ant" in corpora and ANT_TRAIN.exists():
        ant_seqs = ant_items(data, args.rare_names, [p for p in args.ant_parts.split(",") if p])
        items += ant_seqs * args.ant_weight
        print(f"ANT news, our annotation: {len(ant_seqs)} sentences, x{args.ant_weight}")
    print(
        f"features built for {len(items)} sequences, "
        f"{sum(len(y) for _, y in items):,} tokens ({time.perf_counter() - started:.0f} s)"
    )

    params = dict(PARAMS, c1=args.c1, c2=args.c2, max_iterations=args.iterations)
    out: Path = args.out
    if args.dev:
        out = Path(tempfile.gettempdir()) / "ner-dev.crfsuite" if out == MODEL else out
    out.parent.mkdir(parents=True, exist_ok=True)
    train(items, out, params)
    print(
        f"trained {out} ({out.stat().st_size / 1e6:.1f} MB, params {params}, "
        f"{time.perf_counter() - started:.0f} s)"
    )

    from arabic_newsnlp.ner.tagger import EntityTagger, export_weights

    weights = WEIGHTS if out == MODEL else out.with_name(out.stem + ".weights.json")
    export_weights(out, weights)
    print(f"exported {weights} ({weights.stat().st_size / 1e6:.1f} MB)")
    model = EntityTagger(weights)
    if args.dev:
        _report("ANERcorp dev", bench.evaluate(dev, model=model))
        _report("ANERcorp dev, documents of 10", bench.evaluate(dev, model=model, window=10))
        _report("ANERcorp dev, CRF alone", bench.evaluate(dev, rules=False, model=model))
        return
    _report("ANERcorp test", bench.evaluate(bench.anercorp(data, "test"), model=model))
    _report("AQMAR test (7 articles)", bench.evaluate(bench.aqmar(data, "test"), model=model))
    if not args.no_manifest:
        sys.path.insert(0, str(ROOT / "training"))
        import update_manifest

        update_manifest.main()


if __name__ == "__main__":
    main()
