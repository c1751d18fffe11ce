"""Speed of the pipeline on a generated news-style corpus (one core).

Run from the project root: ``python -m benchmarks.speed [--words N] [--steps ...]``.
Prints words per second for tokenization + sentence splitting and for each pipeline
prefix up to the full pipeline.
"""

from __future__ import annotations

import argparse
import platform
import time
from collections.abc import Callable, Sequence

from arabic_newsnlp import STEP_NAMES, Pipeline
from arabic_newsnlp.text.sentences import sentences_from_tokens
from arabic_newsnlp.text.tokenize import iter_tokens

from .corpus import generate_corpus


def best_of(runs: int, func: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - started)
    return best


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)

    docs = generate_corpus(args.words)
    words = sum(len(d.split()) for d in docs)
    print(f"corpus: {len(docs)} articles, {words:,} words; Python {platform.python_version()}")

    def tokenize_and_split() -> None:
        for text in docs:
            sentences_from_tokens(text, iter_tokens(text))

    seconds = best_of(args.runs, tokenize_and_split)
    print(f"{'tokenize + sentences':32} {words / seconds:>12,.0f} words/s")
    for n in range(2, len(STEP_NAMES) + 1):
        steps = STEP_NAMES[:n]
        nlp = Pipeline(steps=steps)
        nlp(docs[0])  # load resources before timing
        seconds = best_of(max(1, args.runs - 1), lambda nlp=nlp: [nlp(t) for t in docs])
        print(f"{' + '.join(steps):32} {words / seconds:>12,.0f} words/s")


if __name__ == "__main__":
    main()
