"""Entity linking: clustering precision/recall, entity lists, and speed of the link step.

Run from the project root: ``python -m benchmarks.linking [--seed PATH] [--gold PATH]``.

Accuracy is measured on gold mentions, so that the figures are those of linking alone,
not of the tagger: each example lists its entities with their surface forms (the format
of ``../shared/eval/seed.gold.json``); every occurrence of a form in the text (after
optional proclitics و ف ب ل ك) becomes a mention with the gold label. Pairwise
precision is the share of mention pairs put in one entity that belong together; recall
the share of pairs that belong together and were put in one entity. ``--pipeline``
also runs the whole pipeline (entity tagger included) over the seed article.

Speed is the link step alone over the generated speed corpus with mentions placed at
the names the generator used, in CPU microseconds per word (best of ``--runs``).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterable, Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

import regex

from arabic_newsnlp import Document, Mention, Pipeline
from arabic_newsnlp.link import LinkStep
from arabic_newsnlp.text.normalize import normalize

from .corpus import COUNTRIES, ORGS, PEOPLE, PLACES, generate_corpus

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = Path(__file__).resolve().parent / "linking_eval.jsonl"
SEED = ROOT.parent / "shared" / "eval" / "seed.txt"
SEED_GOLD = ROOT.parent / "shared" / "eval" / "seed.gold.json"

_LETTER = r"\p{Arabic}"


def locate(text: str, entities: Sequence[dict[str, Any]]) -> list[tuple[int, int, str, int]]:
    """Gold mentions ``(start, end, label, entity index)``: every occurrence of every
    surface form, longest forms first, not overlapping, after optional proclitics."""
    forms = sorted(
        ((form, e["type"], n) for n, e in enumerate(entities) for form in e["mentions"]),
        key=lambda f: -len(f[0]),
    )
    taken = [False] * len(text)
    found: list[tuple[int, int, str, int]] = []
    for form, label, n in forms:
        pattern = regex.compile(
            rf"(?<!{_LETTER})(?:[وف]?[بلك]?)({regex.escape(form)})(?!{_LETTER})"
        )
        for match in pattern.finditer(text):
            start, end = match.span(1)
            if not any(taken[start:end]):
                found.append((start, end, label, n))
                for i in range(start, end):
                    taken[i] = True
    return sorted(found)


def _pairs(assignment: Sequence[object]) -> set[tuple[int, int]]:
    return {
        (i, j) for i, j in combinations(range(len(assignment)), 2) if assignment[i] == assignment[j]
    }


def link_gold(
    text: str, entities: Sequence[dict[str, Any]], step: LinkStep
) -> tuple[list[tuple[int, int, str, int]], Document]:
    base = Pipeline(steps=("tokenize", "clitics"))(text)
    gold = locate(text, entities)
    mentions = tuple(Mention(text[s:e], s, e, label) for s, e, label, _ in gold)
    return gold, step(Document(text, base.sentences, base.tokens, mentions))


def score(
    examples: Iterable[tuple[str, Sequence[dict[str, Any]]]], step: LinkStep
) -> dict[str, float]:
    """Pairwise clustering precision/recall and entity-list agreement."""
    tp = fp = fn = 0
    gold_entities = exact = canonical_ok = predicted = mentions = 0
    for text, entities in examples:
        gold, doc = link_gold(text, entities, step)
        by_span = {(m.start, m.end): m.entity for m in doc.mentions}
        gold_ids = [g[3] for g in gold]
        pred_ids: list[object] = [
            by_span.get((g[0], g[1]), f"dropped{k}") for k, g in enumerate(gold)
        ]
        gp, pp = _pairs(gold_ids), _pairs(pred_ids)
        tp += len(gp & pp)
        fp += len(pp - gp)
        fn += len(gp - pp)
        mentions += len(gold)
        present = sorted(set(gold_ids))
        gold_entities += len(present)
        predicted += len(doc.entities)
        for n in present:
            members = {k for k, g in enumerate(gold) if g[3] == n}
            ids = {pred_ids[k] for k in members}
            if len(ids) != 1:
                continue
            ent = doc.entity(str(next(iter(ids))))
            if ent is not None and {k for k, p in enumerate(pred_ids) if p == ent.id} == members:
                exact += 1
                if normalize(ent.canonical) == normalize(entities[n]["canonical"]):
                    canonical_ok += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "mentions": mentions,
        "gold entities": gold_entities,
        "predicted entities": predicted,
        "pairs gold": tp + fn,
        "pairwise precision": precision,
        "pairwise recall": recall,
        "pairwise F1": f1,
        "entities exactly right": exact,
        "... with the gold canonical": canonical_ok,
    }


def entity_list_report(doc: Document, entities: Sequence[dict[str, Any]]) -> dict[str, float]:
    """How the entity list of a fully analysed document compares with the gold list.

    A predicted entity is *right* when all its mentions' texts are forms of one gold
    entity of the same type and it holds all of that entity's forms found by the tagger;
    *split* when a gold entity's forms are spread over several predicted entities;
    *spurious* when none of its texts is a gold form. Pairwise figures count the mentions
    whose spans equal gold mention spans.
    """
    forms: dict[tuple[str, str], int] = {}
    for n, ent in enumerate(entities):
        for form in ent["mentions"]:
            forms[(normalize(form), ent["type"])] = n
    gold = locate(doc.text, entities)
    gold_at = {(s, e): n for s, e, _, n in gold}
    right = spurious = split = 0
    owners: dict[int, set[str]] = {}
    for ent in doc.entities:
        texts = {(normalize(m.text), m.label) for m in doc.mentions_of_entity(ent)}
        hits = {forms.get(t) for t in texts}
        for n in hits - {None}:
            assert n is not None
            owners.setdefault(n, set()).add(ent.id)
        if hits == {None}:
            spurious += 1
        elif len(hits) == 1:
            right += 1
    split = sum(1 for ids in owners.values() if len(ids) > 1)
    right -= sum(len(ids) for ids in owners.values() if len(ids) > 1)
    matched = [
        (gold_at[(m.start, m.end)], m.entity) for m in doc.mentions if (m.start, m.end) in gold_at
    ]
    gp = _pairs([g for g, _ in matched])
    pp = _pairs([p for _, p in matched])
    tp = len(gp & pp)
    return {
        "predicted entities": len(doc.entities),
        "gold entities": len(entities),
        "gold entities found": len(owners),
        "entities right": max(right, 0),
        "gold entities split": split,
        "spurious entities": spurious,
        "mentions on gold spans": len(matched),
        "pairwise precision": tp / len(pp) if pp else 1.0,
        "pairwise recall": tp / len(gp) if gp else 1.0,
    }


def load_examples(path: Path) -> list[tuple[str, list[dict[str, Any]]]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            out.append((record["text"], record["entities"]))
    return out


def _best_cpu(step: LinkStep, prepared: Sequence[Document], runs: int) -> float:
    # CPU time of this process: the development machine is shared and noisy.
    step(prepared[0])
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        for doc in prepared:
            step(doc)
        best = min(best, time.process_time() - started)
    return best


def speed_on_tagger(words: int, runs: int) -> tuple[int, int, float]:
    """CPU microseconds per word of the link step on the entity tagger's mentions."""
    docs = generate_corpus(words)
    tagged = [Pipeline(steps=("tokenize", "clitics", "ner"))(text) for text in docs]
    total = sum(len(t.split()) for t in docs)
    mentions = sum(len(d.mentions) for d in tagged)
    return total, mentions, _best_cpu(LinkStep(), tagged, runs) / total * 1e6


def speed(words: int, runs: int) -> tuple[int, float]:
    """CPU microseconds per word of the link step alone, best of ``runs``."""
    docs = generate_corpus(words)
    names = sorted(
        {*PEOPLE, *PLACES, *COUNTRIES, *ORGS, *(p.split()[-1] for p in PEOPLE)},
        key=len,
        reverse=True,
    )
    label = {n: "PER" for n in PEOPLE} | {p.split()[-1]: "PER" for p in PEOPLE}
    label |= {n: "ORG" for n in ORGS}
    pattern = regex.compile(
        rf"(?<!{_LETTER})(?:[وف]?[بلك]?)(" + "|".join(map(regex.escape, names)) + rf")(?!{_LETTER})"
    )
    base = Pipeline(steps=("tokenize", "clitics"))
    prepared = []
    for text in docs:
        doc = base(text)
        mentions = tuple(
            Mention(m.group(1), m.start(1), m.end(1), label.get(m.group(1), "LOC"))
            for m in pattern.finditer(text)
        )
        prepared.append(Document(text, doc.sentences, doc.tokens, mentions))
    total = sum(len(t.split()) for t in docs)
    return total, _best_cpu(LinkStep(), prepared, runs) / total * 1e6


def _table(title: str, rows: dict[str, float]) -> None:
    print(f"\n{title}")
    for key, value in rows.items():
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        print(f"  {key:32} {shown:>8}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--examples", type=Path, default=EXAMPLES)
    parser.add_argument("--seed", type=Path, default=SEED)
    parser.add_argument("--gold", type=Path, default=SEED_GOLD)
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--pipeline",
        action="store_true",
        help="also list the entities the full pipeline finds in the seed",
    )
    parser.add_argument("--show", action="store_true", help="print the seed's entity list")
    args = parser.parse_args(argv)
    step = LinkStep()

    examples = load_examples(args.examples)
    _table(f"our examples ({len(examples)} texts, gold mentions)", score(examples, step))
    if args.seed.exists() and args.gold.exists():
        text = args.seed.read_text(encoding="utf-8")
        gold = json.loads(args.gold.read_text(encoding="utf-8"))
        _table("seed article (gold mentions)", score([(text, gold["entities"])], step))
        if args.show:
            _, doc = link_gold(text, gold["entities"], step)
            _show(doc)
        if args.pipeline:
            try:
                doc = Pipeline()(text)
            except Exception as exc:  # the tagger's model may not be built yet
                print(f"\nfull pipeline unavailable: {type(exc).__name__}: {exc}")
            else:
                _table(
                    "seed article, full pipeline (tagger's mentions)",
                    entity_list_report(doc, gold["entities"]),
                )
                _show(doc)
    else:
        print(f"\n(seed article not found at {args.seed}; skipped)")
    words, micro = speed(args.words, args.runs)
    _table(
        f"speed, link step alone ({words:,} words, best of {args.runs})",
        {"CPU microseconds per word": micro},
    )
    if args.pipeline:
        try:
            words, mentions, micro = speed_on_tagger(args.words // 3, args.runs)
        except Exception as exc:
            print(f"\n(tagger unavailable: {type(exc).__name__}: {exc})")
        else:
            _table(
                f"speed, link step on the tagger's mentions ({words:,} words, "
                f"{mentions:,} mentions)",
                {"CPU microseconds per word": micro},
            )


def _show(doc: Document) -> None:
    for ent in doc.entities:
        forms = sorted({m.text for m in doc.mentions_of_entity(ent)})
        roles = sorted({r.value or "" for r in ent.roles})
        print(
            f"  {ent.id:4} {ent.label:4} {ent.canonical} | {ent.gloss} | {ent.code} | "
            f"{ent.romanized} | forms: {' / '.join(forms)} | roles: {' / '.join(roles)}"
        )


if __name__ == "__main__":
    main()
