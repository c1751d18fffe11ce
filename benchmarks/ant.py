"""Our real-news evaluation sample: articles of the ANT corpus (Jawhara FM, Apache-2.0).

The article text is third-party and stays in ``../shared/data``; the repository keeps only
gold annotations that point into it by article id and character offsets. A document is
the article's title and text joined by a blank line (:func:`document_text`), and every
offset in the ``benchmarks/ant_entities*.jsonl`` and ``benchmarks/ant_quotes*.jsonl`` files
is into that string.

The sample (:func:`sample`) is drawn once, deterministically, across the corpus's news
categories; its first :data:`DEV_SIZE` articles are a development part that may be read
while tuning, the rest a test part that is never tuned on. Run ``python -m benchmarks.ant``
to list the sample.
"""

from __future__ import annotations

import argparse
import json
import lzma
import random
from collections.abc import Iterator, Sequence
from functools import cache, partial
from pathlib import Path
from typing import Any

DEFAULT_DATA = Path("../shared/data")
ANT_FILE = "unlabelled/ant-v1.1-jawharafm.jsonl.xz"

#: Articles drawn per category, in drawing order (news-heavy: politics, world, economy).
QUOTA = (
    ("internationalNews", 14),
    ("politic", 12),
    ("economy", 8),
    ("sport", 10),
    ("localNews", 10),
    ("society", 5),
    ("technology", 3),
    ("culture", 2),
)
SEED = 20261205
MIN_WORDS, MAX_WORDS = 100, 400
DEV_SIZE = 24


def read_articles(data: Path = DEFAULT_DATA) -> Iterator[dict[str, Any]]:
    """Every ANT article as a dict (``id``, ``category``, ``title``, ``text``, ...)."""
    with lzma.open(data / ANT_FILE, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


@cache
def _candidates(data: Path) -> tuple[dict[str, Any], ...]:
    """The articles every sample draws from: 100-400 words, with a title. Read once per
    data folder: each sample redraws the earlier ones, so the corpus would be read again
    for each of them."""
    return tuple(
        article
        for article in read_articles(data)
        if MIN_WORDS <= len(article["text"].split()) <= MAX_WORDS
        and article.get("title", "").strip()
    )


def document_text(article: dict[str, Any]) -> str:
    """The string that gold offsets point into: title, a blank line, the text."""
    return f"{article['title'].strip()}\n\n{article['text']}"


def sample(data: Path = DEFAULT_DATA) -> list[tuple[str, dict[str, Any]]]:
    """The evaluation sample as ``(part, article)`` pairs, part ``"dev"`` or ``"test"``.

    Candidates are articles of 100-400 words with a title; each category's candidates are
    sorted by id and shuffled with a fixed seed, and the quota taken in that order. The
    drawn articles are then shuffled together (same seed) and the first 24 are the
    development part.
    """
    by_category: dict[str, list[dict[str, Any]]] = {}
    for article in _candidates(data):
        by_category.setdefault(article["category"], []).append(article)
    rng = random.Random(SEED)
    drawn: list[dict[str, Any]] = []
    for category, count in QUOTA:
        pool = sorted(by_category.get(category, []), key=lambda a: a["id"])
        rng.shuffle(pool)
        drawn.extend(pool[:count])
    rng.shuffle(drawn)
    return [("dev" if k < DEV_SIZE else "test", a) for k, a in enumerate(drawn)]


TRAIN_SEED = 20261206
TRAIN_SIZE = 600
DEV2_SEED = 20261207
DEV2_SIZE = 40
MORE_SEED = 20261211
MORE_SIZE = 300
#: Of :func:`more_sample`, the first ``MORE_DEV`` articles are the part ``dev3``.
MORE_DEV = 100
#: The later entity parts, each drawn apart from every sample before it, in this order,
#: with its own seed (:func:`later_sample`).
LATER_SEEDS = {
    "dev4": 20261218,
    "dev5": 20261219,
    "dev6": 20261220,
    "dev7": 20261221,
    "dev8": 20261222,
    "dev9": 20261223,
    "dev10": 20261224,
    "dev11": 20261226,
    "dev12": 20261228,
    "dev13": 20261230,
}
LATER_SIZE = 100


def _draw(
    data: Path, held: set[str], seed: int, size: int, titles: frozenset[str] = frozenset()
) -> list[dict[str, Any]]:
    """Articles drawn like :func:`sample` (same candidates, categories and proportions of
    :data:`QUOTA` scaled to ``size``, each category shuffled with ``seed``), none whose id
    is in ``held``; an article whose title is in ``titles`` is skipped after the shuffle."""
    by_category: dict[str, list[dict[str, Any]]] = {}
    for article in _candidates(data):
        if article["id"] not in held:
            by_category.setdefault(article["category"], []).append(article)
    rng = random.Random(seed)
    total = sum(count for _, count in QUOTA)
    drawn: list[dict[str, Any]] = []
    for category, count in QUOTA:
        pool = sorted(by_category.get(category, []), key=lambda a: a["id"])
        rng.shuffle(pool)
        fresh = [a for a in pool if a["title"].strip() not in titles]
        drawn.extend(fresh[: round(count * size / total)])
    return drawn


def train_sample(data: Path = DEFAULT_DATA) -> list[dict[str, Any]]:
    """Articles annotated as training data for the tagger: drawn like :func:`sample` (same
    categories and proportions, another seed) from the articles it did not draw."""
    return _draw(data, {a["id"] for _, a in sample(data)}, TRAIN_SEED, TRAIN_SIZE)


def dev2_sample(data: Path = DEFAULT_DATA) -> list[dict[str, Any]]:
    """A second development part for entities (``benchmarks/ant_entities_dev2.jsonl``, part
    ``"dev2"``): 40 articles drawn the same way, with their own seed, from the articles
    neither :func:`sample` nor :func:`train_sample` drew, nor a republication of one of them
    (same title); annotated before any system run on them."""
    held = [a for _, a in sample(data)] + train_sample(data)
    titles = frozenset(a["title"].strip() for a in held)
    return _draw(data, {a["id"] for a in held}, DEV2_SEED, DEV2_SIZE, titles)


def more_sample(data: Path = DEFAULT_DATA) -> list[tuple[str, dict[str, Any]]]:
    """Two more entity parts as ``(part, article)`` pairs (``benchmarks/ant_entities_dev3
    .jsonl`` and ``ant_entities_test2.jsonl``): 300 articles drawn the same way, with their
    own seed, from the articles that :func:`sample`, :func:`train_sample` and
    :func:`dev2_sample` did not draw, none a republication (same title) of one of theirs;
    annotated before any system run on them. The first :data:`MORE_DEV` are a development
    part ``dev3``, the other 200 a second test part ``test2``, never tuned on."""
    held = [a for _, a in sample(data)] + train_sample(data) + dev2_sample(data)
    titles = frozenset(a["title"].strip() for a in held)
    drawn = _draw(data, {a["id"] for a in held}, MORE_SEED, MORE_SIZE, titles)
    return [("dev3" if k < MORE_DEV else "test2", a) for k, a in enumerate(drawn)]


def later_sample(part: str, data: Path = DEFAULT_DATA) -> list[dict[str, Any]]:
    """A later development part for entities (``benchmarks/ant_entities_<part>.jsonl``, a
    part of :data:`LATER_SEEDS`): 101 articles (:data:`LATER_SIZE` spread over the
    categories as :func:`_draw` rounds it) drawn the same way, with the part's seed, from
    the articles no earlier sample drew (the earlier later parts included), none a
    republication of one of theirs; annotated before any system run on them."""
    held = [a for _, a in sample(data)] + train_sample(data) + dev2_sample(data)
    held += [a for _, a in more_sample(data)]
    for name, seed in LATER_SEEDS.items():
        titles = frozenset(a["title"].strip() for a in held)
        drawn = _draw(data, {a["id"] for a in held}, seed, LATER_SIZE, titles)
        if name == part:
            return drawn
        held += drawn
    raise ValueError(f"not a later entity part: {part}")


def load_gold(path: Path, data: Path = DEFAULT_DATA) -> list[tuple[dict[str, Any], str]]:
    """Gold records of ``path`` with the document text each points into (an article of
    the evaluation sample, of the training sample, of :func:`dev2_sample`, of
    :func:`more_sample` or of :func:`later_sample`)."""
    with path.open(encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    texts = {a["id"]: document_text(a) for _, a in sample(data)}
    more_parts = (
        train_sample,
        dev2_sample,
        lambda d: [a for _, a in more_sample(d)],
        *(partial(later_sample, part) for part in LATER_SEEDS),
    )
    for more in more_parts:
        if any(r["id"] not in texts for r in records):
            texts.update((a["id"], document_text(a)) for a in more(data))
    return [(record, texts[record["id"]]) for record in records]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args(argv)
    for part, article in sample(args.data):
        words = len(article["text"].split())
        print(part, article["id"], article["category"], words, sep="\t")


if __name__ == "__main__":
    main()
