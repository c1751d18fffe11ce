"""Learn word representations for the tagger from unlabelled Arabic text.

Run from the project root: ``python training/build_wordreps.py [--data ../shared/data]``
(needs the ``train`` extra: gensim, scikit-learn, numpy).

Reads the Arabic Wikipedia sample (CC BY-SA 4.0) and the ANT news corpus (Apache-2.0) from
``../shared/data/unlabelled``, leaving out the articles of our ANT evaluation sample
(``benchmarks/ant.py``). Every text goes through the package's own ``tokenize`` and
``clitics`` steps and each word becomes its *name key* (proclitics cut, article kept,
normalised: the key the tagger looks words up by). Then:

1. word counts over the keys;
2. skip-gram word2vec vectors (gensim, 100 dimensions, one worker thread and a fixed
   seed so the result is reproducible);
3. k-means clusters of the vectors at three granularities (64, 256 and 1024 clusters);

and writes ``arabic_newsnlp/data/ner/wordreps.tsv``: one row per key seen at least
``--min-count`` times, with its frequency band (``floor(log2(count))``) and its three
cluster ids. The vectors themselves are not shipped.
"""

from __future__ import annotations

import argparse
import json
import lzma
import math
import sys
import time
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import ant  # noqa: E402

OUT = ROOT / "arabic_newsnlp" / "data" / "ner" / "wordreps.tsv"
FILES = ("unlabelled/arwiki-20170120-sample.jsonl.xz", "unlabelled/ant-v1.1-jawharafm.jsonl.xz")
GRANULARITIES = (64, 256, 1024)


def key_sentences(data: Path, skip: frozenset[str]) -> Iterator[list[str]]:
    """Name keys of every sentence of the unlabelled corpora, sample articles left out."""
    from arabic_newsnlp import Pipeline
    from arabic_newsnlp.ner.boundaries import name_part

    nlp = Pipeline(steps=["tokenize", "clitics"])
    for name in FILES:
        with lzma.open(data / name, "rt", encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                if record.get("id") in skip:
                    continue
                for paragraph in record["text"].split("\n"):
                    if not paragraph.strip():
                        continue
                    doc = nlp(paragraph)
                    for sentence in doc.sentences:
                        keys = [
                            name_part(t)[2] if t.kind == "word" else "<" + t.kind + ">"
                            for t in doc.tokens[sentence.token_start : sentence.token_end]
                        ]
                        if len(keys) > 2:
                            yield keys


def _stable_hash(text: str) -> int:
    """A hash that does not change between processes (Python's ``hash`` of a string does),
    so the initial vectors, and with them the clusters, are reproducible."""
    return zlib.crc32(text.encode("utf-8"))


def main(argv: list[str] | None = None) -> None:
    import numpy as np
    from gensim.models import Word2Vec
    from sklearn.cluster import MiniBatchKMeans

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--epochs", type=int, default=5)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    skip = frozenset(a["id"] for _, a in ant.sample(args.data))
    sentences = list(key_sentences(args.data, skip))
    counts = Counter(k for s in sentences for k in s)
    print(
        f"{len(sentences):,} sentences, {sum(counts.values()):,} words, "
        f"{len(counts):,} distinct ({time.perf_counter() - started:.0f} s)"
    )
    model = Word2Vec(
        sentences,
        vector_size=100,
        window=5,
        min_count=args.min_count,
        sg=1,
        negative=5,
        epochs=args.epochs,
        workers=1,
        seed=1,
        hashfxn=_stable_hash,
    )
    words = [w for w in model.wv.index_to_key if not w.startswith("<")]
    vectors = np.stack([model.wv[w] for w in words])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    print(f"vectors for {len(words):,} words ({time.perf_counter() - started:.0f} s)")
    columns = []
    for k in GRANULARITIES:
        km = MiniBatchKMeans(n_clusters=k, random_state=1, batch_size=4096, n_init=3)
        columns.append(km.fit_predict(vectors))
        print(f"k-means {k} ({time.perf_counter() - started:.0f} s)")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        f.write(
            "# Learned from Arabic Wikipedia (CC BY-SA 4.0) and the ANT corpus "
            "(Apache-2.0); see data/README.md\n"
        )
        f.write("key\tfb\t" + "\t".join(f"c{k}" for k in GRANULARITIES) + "\n")
        for i, w in enumerate(words):
            band = int(math.log2(counts[w]))
            f.write(f"{w}\t{band}\t" + "\t".join(str(int(c[i])) for c in columns) + "\n")
    print(
        f"wrote {OUT} ({OUT.stat().st_size / 1e6:.1f} MB, {len(words):,} words, "
        f"{time.perf_counter() - started:.0f} s)"
    )


if __name__ == "__main__":
    main()
