"""Quote extraction and attribution on our own evaluation passages, per pattern.

Run from the project root: ``python -m benchmarks.quotes [--steps ...] [--show]``.

``benchmarks/quotes_eval.jsonl`` holds short news-style passages written for this project,
each tagged with the patterns it exercises and its expected quotes, anchored by a head and
a tail string of the content (as the shared scorer does). A predicted quote matches an
expected one when its content contains the head or the tail (one-to-one); its speaker is
right when the predicted canonical name or speaker text equals the expected speaker or an
alias (ignoring diacritics, alef forms and quotation marks). Prints precision, recall and
speaker accuracy per pattern and overall, and the attributed-quote F1 (found and right
speaker).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from arabic_newsnlp import DEFAULT_STEPS, Pipeline, normalize
from arabic_newsnlp.quotes import find_quotes

EVAL_FILE = Path(__file__).resolve().parent / "quotes_eval.jsonl"
_MARKS = re.compile(r"[“”«»„\"]")
_EDGES = re.compile(r"^[\s:،,.؛!؟?()\-]+|[\s:،,.؛!؟?()\-]+$")


def _norm(text: str) -> str:
    text = normalize(_MARKS.sub("", text or ""))
    return _EDGES.sub("", re.sub(r"\s+", " ", text))


def score_passage(gold: dict[str, Any], quotes: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Counts for one passage: matched, speaker-right, predicted, expected; and misses."""
    preds = []
    for q in quotes:
        content = _norm(" ".join(c["text"] for c in q["content"]))
        speaker = q.get("speaker") or {}
        names = {_norm(speaker.get("text", "")), _norm(speaker.get("canonical", ""))} - {""}
        preds.append((content, names, q))
    used: set[int] = set()
    found = right = kind_right = optional = 0
    misses: list[str] = []
    for g in gold["quotes"]:
        head, tail = _norm(g["content_head"]), _norm(g["content_tail"])
        best, rank = -1, 0
        for k, (content, _, _) in enumerate(preds):
            if k in used:
                continue
            r = (head in content) + (tail in content)
            if r > rank:
                best, rank = k, r
        if best < 0:
            if not g.get("optional"):
                misses.append(f"missed: {g['content_head']}")
            continue
        used.add(best)
        if g.get("optional"):
            optional += 1  # found or not, a borderline quote costs nothing
            continue
        found += 1
        kind = preds[best][2].get("kind")
        if kind == g.get("kind", kind):
            kind_right += 1
        else:
            misses.append(f"kind {kind} != {g['kind']}: {g['content_head']}")
        aliases = {_norm(a) for a in g.get("speaker_aliases", [])} | {_norm(g["speaker"])}
        if preds[best][1] & aliases:
            right += 1
        else:
            misses.append(f"speaker {sorted(preds[best][1])} != {g['speaker']}")
    for k, (content, _, _) in enumerate(preds):
        if k not in used:
            misses.append(f"extra: {content[:60]}")
    n_gold = sum(not g.get("optional") for g in gold["quotes"])
    return {
        "found": found,
        "right": right,
        "kind": kind_right,
        "pred": len(preds) - optional,
        "gold": n_gold,
        "misses": misses,
    }


ANT_GOLD = Path(__file__).resolve().parent / "ant_quotes.jsonl"
#: More parts, in the order they were drawn: 40 articles each of the entity training
#: sample with quotes, annotated before the quote step was run on them. dev2 and dev3 are
#: development parts; the others are drawn by :func:`drawn_sample` (dev4 to dev19 were
#: tuned on after their first runs; test2 is a second test part, never tuned on).
MORE_PARTS = (
    "dev2",
    "dev3",
    "dev4",
    "test2",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "dev9",
    "dev10",
    "dev11",
    "dev12",
    "dev13",
    "dev14",
    "dev15",
    "dev16",
    "dev17",
    "dev18",
    "dev19",
    "dev20",
    "dev21",
)
ANT_MORE_GOLD = {
    part: Path(__file__).resolve().parent / f"ant_quotes_{part}.jsonl" for part in MORE_PARTS
}
#: The seed that orders the pool of each drawn part.
DRAW_SEEDS = {
    "dev4": 20261208,
    "test2": 20261209,
    "dev5": 20261210,
    "dev6": 20261212,
    "dev7": 20261213,
    "dev8": 20261214,
    "dev9": 20261215,
    "dev10": 20261216,
    "dev11": 20261217,
    "dev12": 20261219,
    "dev13": 20261220,
    "dev14": 20261221,
    "dev15": 20261222,
    "dev16": 20261223,
    "dev17": 20261224,
    "dev18": 20261225,
    "dev19": 20261227,
    "dev20": 20261229,
    "dev21": 20261231,
}
#: The training sample had too few articles left after dev13: from this part on, parts are
#: drawn from the articles of the later entity parts (``benchmarks.ant.later_sample``).
LATER_POOL_FROM = "dev14"
#: The later entity parts whose articles that pool holds (those there were when dev14 and
#: dev15 were drawn; dev16 to dev21 draw from them too, and a later entity part joins no
#: pool).
LATER_POOL_PARTS = ("dev4", "dev5", "dev6", "dev7")
_SPEECH = re.compile(
    r"(?<!\w)[وف]?(?:قال|قالت|أكد|أكدت|أضاف|أضافت|أوضح|أوضحت|أعلن|أعلنت|أشار|أشارت|صرح|صرحت"
    r"|اعتبر|اعتبرت|كشف|كشفت|حذر|حذرت|دعا|دعت|بين|بينت|أفاد|أفادت|مضيفا|مؤكدا|مشيرا)(?!\w)"
    r"|[\"«»“”]"
)


def drawn_sample(part: str, data: Path | None = None) -> list[dict[str, Any]]:
    """The articles of a drawn part (``dev4``, ``test2``): the entity training sample's
    articles (from :data:`LATER_POOL_FROM` on, the later entity parts') in no earlier
    quote part, sorted by id and shuffled with the part's seed (:data:`DRAW_SEEDS`); the
    first 40 with a speech verb or a quotation mark, skipping a republication (a title
    already held or drawn). The earlier parts are drawn once each, in order, from one
    reading of the corpus."""
    from . import ant

    data = data or ant.DEFAULT_DATA
    pool = sorted(ant.train_sample(data), key=lambda a: a["id"])
    held: set[str] = set()
    for name in MORE_PARTS[: MORE_PARTS.index(part) + 1]:
        if name == LATER_POOL_FROM:
            later = (a for p in LATER_POOL_PARTS for a in ant.later_sample(p, data))
            pool = sorted(later, key=lambda a: a["id"])
        if name not in DRAW_SEEDS:
            with ANT_MORE_GOLD[name].open(encoding="utf-8") as f:
                held |= {json.loads(line)["id"] for line in f if line.strip()}
            continue
        drawn = _draw_part(pool, held, DRAW_SEEDS[name])
        if name == part:
            return drawn
        held |= {a["id"] for a in drawn}
    raise ValueError(f"not a drawn part: {part}")


def _draw_part(pool: list[dict[str, Any]], held: set[str], seed: int) -> list[dict[str, Any]]:
    """40 articles of ``pool`` (sorted by id) shuffled with ``seed``, none in ``held`` nor a
    republication of one, each with a speech verb or a quotation mark."""
    from . import ant

    titles = {a["title"].strip() for a in pool if a["id"] in held}
    order = list(pool)
    random.Random(seed).shuffle(order)
    drawn: list[dict[str, Any]] = []
    for article in order:
        title = article["title"].strip()
        if article["id"] in held or title in titles or len(drawn) == 40:
            continue
        if _SPEECH.search(ant.document_text(article)):
            drawn.append(article)
            titles.add(title)
    return drawn


def ant_passages(part: str, data: Path | None = None) -> list[dict[str, Any]]:
    """Our annotated ANT news (``benchmarks/ant.py``) as passages of the form above.

    The gold points into the article by offsets (content, cue, speaker, the speaker's
    fullest name ``canonical`` and other names ``aliases``); the anchors are the first
    and last four words of each quote's content, read from the text in ``../shared/data``.
    """
    from . import ant

    out = []
    gold = ANT_MORE_GOLD.get(part, ANT_GOLD)
    for record, text in ant.load_gold(gold, data or ant.DEFAULT_DATA):
        if record["part"] != part:
            continue
        quotes = []
        for q in record["quotes"]:
            words = text[q["content"][0] : q["content"][1]].split()
            speaker, canonical, *aliases = (
                text[a:b] if a is not None else ""
                for a, b in (
                    q["speaker"] or (None, None),
                    q["canonical"] or (None, None),
                    *q["aliases"],
                )
            )
            quotes.append(
                {
                    "kind": q["kind"],
                    "content_head": " ".join(words[:4]),
                    "content_tail": " ".join(words[-4:]),
                    "speaker": canonical or speaker,
                    "speaker_aliases": [speaker, *aliases],
                    "optional": q.get("optional", False),
                }
            )
        category = record["id"].split("-")[1]
        out.append({"id": record["id"], "text": text, "patterns": [category], "quotes": quotes})
    return out


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv: Sequence[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--steps",
        nargs="+",
        default=list(DEFAULT_STEPS),
        help="pipeline steps; without 'quotes', quotes are found after them",
    )
    parser.add_argument("--file", default=str(EVAL_FILE))
    parser.add_argument("--show", action="store_true", help="print each passage's errors")
    parser.add_argument(
        "--ant",
        choices=("dev", "test", *MORE_PARTS),
        help="our annotated real news (ANT) instead of --file",
    )
    args = parser.parse_args(argv)
    nlp = Pipeline(steps=args.steps)
    if args.ant:
        records = ant_passages(args.ant)
    else:
        with open(args.file, encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle if line.strip()]
    per: dict[str, Counter[str]] = {}
    total: Counter[str] = Counter()
    for rec in records:
        doc = nlp(rec["text"])
        quotes = doc.quotes if "quotes" in args.steps else find_quotes(doc)
        counts = score_passage(rec, [q.to_dict() for q in quotes])
        if args.show and counts["misses"]:
            print(f"{rec['id']}: " + "; ".join(counts["misses"]))
        for pattern in ["all", *rec["patterns"]]:
            bucket = per.setdefault(pattern, Counter())
            bucket["passages"] += 1
            for key in ("found", "right", "kind", "pred", "gold"):
                bucket[key] += counts[key]
        for key in ("found", "right", "kind", "pred", "gold"):
            total[key] += counts[key]
    steps = " ".join(args.steps)
    print(f"{len(records)} passages, {total['gold']} expected quotes; steps: {steps}")
    print(
        f"{'pattern':22} {'passages':>8} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'speaker':>8}"
    )
    for pattern in sorted(per, key=lambda p: (p != "all", p)):
        c = per[pattern]
        p = _ratio(c["found"], c["pred"])
        r = _ratio(c["found"], c["gold"])
        s = _ratio(c["right"], c["found"])
        print(
            f"{pattern:22} {c['passages']:>8} {c['gold']:>5} {c['pred']:>5} {p:>6.3f} "
            f"{r:>6.3f} {s:>8.3f}"
        )
    p = _ratio(total["found"], total["pred"])
    r = _ratio(total["found"], total["gold"])
    attributed = _f1(_ratio(total["right"], total["pred"]), _ratio(total["right"], total["gold"]))
    summary = {
        "quote_precision": p,
        "quote_recall": r,
        "quote_f1": _f1(p, r),
        "speaker_accuracy": _ratio(total["right"], total["found"]),
        "kind_accuracy": _ratio(total["kind"], total["found"]),
        "attributed_quote_f1": attributed,
    }
    print("  ".join(f"{k} {v:.3f}" for k, v in summary.items()))
    return summary


if __name__ == "__main__":
    main()
