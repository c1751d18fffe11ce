"""Clitic segmentation accuracy and speed on the QCRI WikiNews gold (Farasa's test set).

Run from the project root: ``python -m benchmarks.segmentation [--data ../shared/data]``.

The gold splits clitics and, in Farasa's scheme, also some inflectional suffixes. For the
clitic-only (ATB/UD-style) scheme the library follows, the gold is converted first:

- ``NSUFF`` (``ة``, ``ات``, ``ون``, ``ين`` ...) and ``CASE`` (tanween alef) segments are
  re-attached to the stem before them;
- subject-agreement suffixes of verbs, which Farasa tags ``PRON`` (``كان+ت``,
  ``يعيش+ون``, ``قرر+نا``), are re-attached too: they are inflection, not clitics. Object
  pronouns (``نقل+ه``, ``يمكن+نا``) stay split. ``نا`` after a verb counts as the subject
  unless the verb starts with an imperfect prefix (``ي ت ن``).

Boundaries are then positions in the written word: ``ل+ال+أمم`` is ``للأمم`` with
boundaries after the first and second letter; ``من+ما`` is ``مما`` with one after ``م``.

The first half of the file (by line) is the tuning half that ``training/build_clitics.py``
fits its weights on; figures are reported on the second half. A word is right when its
set of boundaries equals the gold set.
"""

from __future__ import annotations

import argparse
import platform
import time
from collections.abc import Callable, Sequence
from pathlib import Path

GOLD = Path("farasa-wikinews") / "WikiNews.pos.ref"
_SUBJECT = frozenset(["ت", "تم", "تما", "تن", "تا", "وا", "و", "ون", "ان", "ا", "ن", "ين"])
_IMPERFECT = ("ي", "ت", "ن")

GoldWord = tuple[str, frozenset[int]]


def _pieces(segs: list[str], tags: list[str]) -> list[str]:
    """Merge NSUFF/CASE and verb subject suffixes into the stem before them."""
    if len(tags) < len(segs):
        tags = tags + ["NSUFF"] * (len(segs) - len(tags))
    tags = tags[: len(segs)]
    pieces: list[str] = []
    kinds: list[str] = []
    for seg, tag in zip(segs, tags, strict=True):
        if pieces and tag in ("NSUFF", "CASE"):
            pieces[-1] += seg
            continue
        if pieces and tag == "PRON" and kinds[-1] == "V":
            subject = seg in _SUBJECT or (seg == "نا" and not pieces[-1].startswith(_IMPERFECT))
            if subject:
                pieces[-1] += seg
                continue
        pieces.append(seg)
        kinds.append(tag)
    return pieces


def gold_word(field: str, tagfield: str) -> GoldWord:
    """The written word and its clitic boundaries from one ``SEG+SEG<TAB>TAG+TAG`` line."""
    if field == "+" or not field.strip("+"):
        return field, frozenset()
    pieces = _pieces(field.split("+"), tagfield.split("+"))
    written: list[str] = []
    for i, piece in enumerate(pieces):
        nxt = pieces[i + 1] if i + 1 < len(pieces) else ""
        if piece == "ال" and i > 0 and pieces[i - 1] == "ل":
            written.append("ل")
        elif piece in ("من", "عن") and nxt in ("ما", "من"):
            written.append(piece[0])
        else:
            written.append(piece)
    bounds: set[int] = set()
    position = 0
    for piece in written[:-1]:
        position += len(piece)
        bounds.add(position)
    return "".join(written), frozenset(bounds)


def load_gold(data: Path) -> list[GoldWord]:
    """All words of the gold file, in order, with their clitic boundaries."""
    lines = (data / GOLD).read_text(encoding="utf-8").splitlines()[1:]
    words = []
    for line in lines:
        if not line.strip():
            continue
        field, _, tags = line.partition("\t")
        words.append(gold_word(field.strip(), tags.strip()))
    return words


def split_halves(words: list[GoldWord]) -> tuple[list[GoldWord], list[GoldWord]]:
    """The tuning half (first) and the reporting half (second) of the gold words."""
    half = len(words) // 2
    return words[:half], words[half:]


def predicted_bounds(segments: Sequence[tuple[int, int]]) -> frozenset[int]:
    """Boundary positions of a segmentation given as (start, end) pairs."""
    return frozenset(start for start, _ in segments if start > 0)


def score(words: Sequence[GoldWord], predict: Callable[[str], frozenset[int]]) -> dict[str, float]:
    """Word accuracy, boundary precision/recall and the two kinds of whole-word error."""
    right = tp = fp = fn = 0
    under = over = 0
    for word, gold in words:
        pred = predict(word)
        right += pred == gold
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
        under += bool(gold) and not pred
        over += bool(pred) and not gold
    n = max(1, len(words))
    return {
        "words": len(words),
        "accuracy": right / n,
        "precision": tp / max(1, tp + fp),
        "recall": tp / max(1, tp + fn),
        "left_whole": under / n,
        "split_wrongly": over / n,
    }


def no_split(word: str) -> frozenset[int]:
    """Baseline: never split."""
    return frozenset()


_NAIVE_PREFIX = ("و", "ف", "ب", "ل", "ك", "س")


def naive_split(word: str) -> frozenset[int]:
    """Baseline: strip every candidate prefix letter and a following ``ال``."""
    bounds: set[int] = set()
    i = 0
    while i < len(word) - 2 and word[i] in _NAIVE_PREFIX:
        i += 1
        bounds.add(i)
        if word[i] == "ل" and word[i - 1] == "ل":  # لل = ل + ال
            i += 1
            bounds.add(i)
            break
    if word.startswith("ال", i) and len(word) - i > 3:
        bounds.add(i + 2)
    return frozenset(bounds)


def library_split(word: str) -> frozenset[int]:
    """The library's :func:`arabic_newsnlp.segment`."""
    from arabic_newsnlp import segment

    return predicted_bounds([(s.start, s.end) for s in segment(word)])


def speed(words: Sequence[str], *, runs: int = 3) -> dict[str, float]:
    """Words per second of segmentation, best of ``runs``.

    ``first pass``: ``segment`` over the text in order starting from an empty cache (each
    distinct word is analysed once, repeats are looked up); ``cached``: the same text
    again; ``uncached``: every word analysed afresh.
    """
    from arabic_newsnlp.text import clitics

    def timed(func: Callable[[], object]) -> float:
        best = float("inf")
        for _ in range(runs):
            started = time.perf_counter()
            func()
            best = min(best, time.perf_counter() - started)
        return len(words) / best

    seg, raw = clitics.segment, clitics.segment_uncached

    def first_pass() -> None:
        clitics.clear_cache()
        for word in words:
            seg(word)

    def cached() -> None:
        for word in words:
            seg(word)

    def uncached() -> None:
        for word in words:
            raw(word)

    return {"first pass": timed(first_pass), "cached": timed(cached), "uncached": timed(uncached)}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("..") / "shared" / "data")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--errors", type=int, default=0, help="print this many errors")
    args = parser.parse_args(argv)

    words = load_gold(args.data)
    tune, test = split_halves(words)
    print(f"gold: {len(words):,} words; tuning half {len(tune):,}, reported half {len(test):,}")
    print(
        f"{'system':28} {'half':7} {'acc %':>7} {'P %':>7} {'R %':>7} "
        f"{'left whole %':>13} {'split wrongly %':>16}"
    )
    systems: list[tuple[str, Callable[[str], frozenset[int]]]] = [
        ("no splitting", no_split),
        ("naive prefix stripping", naive_split),
        ("arabic_newsnlp.segment", library_split),
    ]
    for name, predict in systems:
        for half_name, half in (("tuning", tune), ("report", test)):
            s = score(half, predict)
            print(
                f"{name:28} {half_name:7} {100 * s['accuracy']:7.2f} {100 * s['precision']:7.2f}"
                f" {100 * s['recall']:7.2f} {100 * s['left_whole']:13.2f}"
                f" {100 * s['split_wrongly']:16.2f}"
            )
    if args.errors:
        shown = 0
        for word, gold in test:
            pred = library_split(word)
            if pred != gold and shown < args.errors:
                shown += 1
                print(f"  {word}: gold {sorted(gold)} got {sorted(pred)}")

    texts = [w for w, _ in words]
    rates = speed(texts, runs=args.runs)
    print(
        f"\nspeed on the {len(texts):,} gold words ({len(set(texts)):,} distinct), "
        f"Python {platform.python_version()}, one core:"
    )
    for name, rate in rates.items():
        print(f"  segment(), {name:28} {rate:12,.0f} words/s")


if __name__ == "__main__":
    main()
