"""Speed of arabic_newsnlp on a generated news-style corpus.

Run from the project root::

    python -m benchmarks.speed            # the full table
    python -m benchmarks.speed --quick    # stages only, one run each
    python -m benchmarks.speed --document-scaling   # one ever larger document
    python -m benchmarks.speed --document-scaling --sizes 0.8 4 10 --shapes news

Prints, on one corpus of at least 200k words written from our own templates
(benchmarks/corpus.py): words/s of tokenization + sentence splitting and of each pipeline
prefix on one core, end-to-end words/s with ``pipe(n_process=2)`` and its speed-up, peak
memory (RSS), ``import arabic_newsnlp`` time and time to the first analysed document (fresh
processes), and, where they are installed, camel-tools' ``simple_word_tokenize`` and
spaCy's blank Arabic tokenizer on the same text.

``--document-scaling`` analyses single documents of 0.5, 1, 2 and 4 MB (``--sizes``) of
each shape in :data:`SHAPES` (``--shapes``, by the short names of :data:`SHAPE_NAMES`:
news-like text with many quotes and names, and shapes that once made a step quadratic),
each in a fresh process, and prints wall and CPU seconds, CPU seconds per MB, peak RSS and
the time growth from the smallest to the largest size against the growth in size (equal is
linear); ``--runs`` keeps the best of several runs (1 by default).
"""

from __future__ import annotations

import argparse
import gc
import platform
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence

from arabic_newsnlp import STEP_NAMES, Pipeline
from arabic_newsnlp.text.sentences import sentences_from_tokens
from arabic_newsnlp.text.tokenize import iter_tokens

from .corpus import generate_corpus


def best_of(runs: int, func: Callable[[], object]) -> float:
    """The fastest of ``runs`` timings of ``func()``, in seconds."""
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - started)
    return best


def _fresh_process_seconds(code: str, runs: int) -> float:
    """Best wall time of ``python -c code`` minus an empty interpreter's start-up."""

    def wall(snippet: str) -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", snippet], check=True)
        return time.perf_counter() - started

    base = min(wall("pass") for _ in range(runs))
    return min(wall(code) for _ in range(runs)) - base


def consume(results: Iterable[object]) -> None:
    """Run through results without keeping them, as a streaming user does."""
    deque(results, maxlen=0)


def _fresh_process_peak_rss(words: int) -> float:
    """Peak RSS (MB) of a fresh process that streams the corpus through the pipeline."""
    code = (
        "import resource; from benchmarks.corpus import generate_corpus; "
        "from benchmarks.speed import consume; import arabic_newsnlp; "
        f"consume(arabic_newsnlp.Pipeline().pipe(generate_corpus({words}))); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return int(out.stdout) / 1024


def _names(n: int) -> list[str]:
    first = ["سامي", "ليلى", "كريم", "هدى", "مراد", "سلمى", "نبيل", "رانيا", "طارق", "منى"]
    last = ["الحداد", "النجار", "العلوي", "الشريف", "القاسم", "البكري", "الزين", "السالم"]
    return [f"{first[i % len(first)]} {last[i // len(first) % len(last)]}" for i in range(n)]


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda chars: unit * (chars // len(unit) + 1)


def _news(chars: int) -> str:
    return "\n\n".join(generate_corpus(chars // 5))[:chars]


def _quotes_and_names(chars: int) -> str:
    names = _names(80)
    out, size, i = [], 0, 0
    while size < chars:
        a, b = names[i % 80], names[(i * 7 + 3) % 80]
        out.append(f"وقال الوزير {a} إن «الوضع مستقر». والتقى {b} في عمان.")
        size += len(out[-1]) + 1
        i += 1
    return " ".join(out)


#: Document shapes for ``--document-scaling``: a function of the size in characters.
SHAPES: dict[str, Callable[[int], str]] = {
    "news articles run together": _news,
    "quotes by titled people, many names": _quotes_and_names,
    "short quotes, title-only speakers": _repeat("قال الوزير «نعم». "),
    "one line of names, no punctuation": _repeat(" ".join(_names(80)) + " "),
    "the word قال repeated": _repeat("قال "),
}
#: The short name of each shape, for ``--shapes``.
SHAPE_NAMES: dict[str, str] = dict(
    zip(("news", "quotes-names", "short-quotes", "names-line", "qal"), SHAPES, strict=True)
)


def _document_seconds(code: str, text: str, runs: int) -> tuple[float, float, float]:
    """The best wall time and the best CPU time of ``runs`` fresh processes analysing
    ``text``, and their peak RSS (MB)."""
    import tempfile

    wall, cpu, peak = float("inf"), float("inf"), 0.0
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt") as handle:
        handle.write(text)
        handle.flush()
        for _ in range(runs):
            out = subprocess.run(
                [sys.executable, "-c", code, handle.name],
                check=True,
                capture_output=True,
                text=True,
            ).stdout.split()
            wall, cpu = min(wall, float(out[0])), min(cpu, float(out[1]))
            peak = max(peak, int(out[2]) / 1024)
    return wall, cpu, peak


def _document_scaling(sizes_mb: Sequence[float], shapes: Sequence[str], runs: int) -> None:
    """Time and peak RSS of one document of each shape and size, in a fresh process. CPU
    time is the analysing process's own: on a machine shared with other jobs it moves
    less than wall time."""
    code = (
        "import resource, sys, time; import arabic_newsnlp; "
        "nlp = arabic_newsnlp.Pipeline(); nlp('قال الوزير إن المحادثات مستمرة.'); "
        "text = open(sys.argv[1], encoding='utf-8').read(); started = time.perf_counter(); "
        "cpu = time.process_time(); nlp(text); "
        "print(time.perf_counter() - started, time.process_time() - cpu, "
        "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    print(
        f"| {'document shape':36} | {'MB':>4} | {'seconds':>8} | {'CPU s':>8} | "
        f"{'CPU s/MB':>8} | {'peak RSS MB':>11} |"
    )
    print(f"|{'-' * 38}|{'-' * 6}|{'-' * 10}|{'-' * 10}|{'-' * 10}|{'-' * 13}|")
    for shape in shapes:
        make = SHAPES[shape]
        walls, cpus = [], []
        for mb in sizes_mb:
            wall, cpu, rss = _document_seconds(code, make(int(mb * 1_000_000)), runs)
            walls.append(wall)
            cpus.append(cpu)
            print(
                f"| {shape:36} | {mb:>4} | {wall:>8.2f} | {cpu:>8.2f} | {cpu / mb:>8.2f} | "
                f"{rss:>11,.0f} |",
                flush=True,
            )
        label = f"  growth {sizes_mb[0]} -> {sizes_mb[-1]} MB ({sizes_mb[-1] / sizes_mb[0]:g}x)"
        print(
            f"| {label:36} | {'':>4} | {walls[-1] / walls[0]:>7.1f}x | "
            f"{cpus[-1] / cpus[0]:>7.1f}x | {'':>8} | {'':>11} |",
            flush=True,
        )


def _row(name: str, value: str) -> None:
    print(f"| {name:44} | {value:>22} |")


def _tokenizer_comparisons(docs: list[str], words: int, ours: float, runs: int) -> None:
    try:
        from camel_tools.tokenizers.word import simple_word_tokenize
    except ImportError:
        _row("camel-tools simple_word_tokenize", "not installed")
    else:
        seconds = best_of(runs, lambda: [simple_word_tokenize(t) for t in docs])
        _row("camel-tools simple_word_tokenize", f"{words / seconds:,.0f} words/s")
        _row("  our tokenize + sentences / camel-tools", f"{ours * seconds / words:.1f}x")
    try:
        import spacy
    except ImportError:
        _row("spaCy blank('ar') tokenizer", "not installed")
    else:
        nlp = spacy.blank("ar")
        seconds = best_of(runs, lambda: [nlp.tokenizer(t) for t in docs])
        _row("spaCy blank('ar') tokenizer", f"{words / seconds:,.0f} words/s")
        _row("  our tokenize + sentences / spaCy", f"{ours * seconds / words:.1f}x")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=200_000, help="corpus size (words)")
    parser.add_argument(
        "--runs",
        type=int,
        default=None,
        help="timings per figure, best kept (3; 1 with --document-scaling)",
    )
    parser.add_argument("--quick", action="store_true", help="one-core stages only")
    parser.add_argument(
        "--scaling",
        action="store_true",
        help="only end to end on 1 core and with 2 processes (use with a large --words)",
    )
    parser.add_argument(
        "--document-scaling",
        action="store_true",
        help="one document of 0.5, 1, 2 and 4 MB of each shape: time and RSS (linearity)",
    )
    parser.add_argument(
        "--sizes",
        type=float,
        nargs="+",
        default=[0.5, 1, 2, 4],
        metavar="MB",
        help="document sizes for --document-scaling",
    )
    parser.add_argument(
        "--shapes",
        nargs="+",
        choices=list(SHAPE_NAMES),
        default=list(SHAPE_NAMES),
        help="document shapes for --document-scaling",
    )
    args = parser.parse_args(argv)
    if args.document_scaling:
        shapes = [SHAPE_NAMES[name] for name in args.shapes]
        _document_scaling(args.sizes, shapes, args.runs or 1)
        return
    args.runs = args.runs or 3

    docs = generate_corpus(args.words)
    words = sum(len(d.split()) for d in docs)
    print(
        f"corpus: {len(docs):,} generated articles, {words:,} words; "
        f"Python {platform.python_version()} on {platform.machine()}"
    )
    print()
    print(f"| {'measure':44} | {'figure':>22} |")
    print(f"|{'-' * 46}|{'-' * 24}|")

    def tokenize_and_split() -> None:
        for text in docs:
            sentences_from_tokens(text, iter_tokens(text))

    tokenizer_rate = 0.0
    if not args.scaling:
        seconds = best_of(args.runs, tokenize_and_split)
        tokenizer_rate = words / seconds
        _row("tokenize + sentences, 1 core", f"{tokenizer_rate:,.0f} words/s")
    full = Pipeline()
    for n in range(len(STEP_NAMES) if args.scaling else 2, len(STEP_NAMES) + 1):
        steps = STEP_NAMES[:n]
        nlp = full if n == len(STEP_NAMES) else Pipeline(steps=steps)
        nlp(docs[0])  # resources load before timing
        seconds = best_of(args.runs, lambda nlp=nlp: consume(map(nlp, docs)))
        _row(f"{' + '.join(steps[1:])}, 1 core", f"{words / seconds:,.0f} words/s")
    one_core = words / seconds
    if args.quick:
        return

    seconds = best_of(args.runs, lambda: consume(full.pipe(docs, batch_size=32, n_process=2)))
    _row("end to end, pipe(n_process=2)", f"{words / seconds:,.0f} words/s")
    _row("  speed-up over 1 core", f"{words / seconds / one_core:.2f}x")
    seconds = best_of(args.runs, lambda: consume(full.pipe_json(docs)))
    json_one_core = words / seconds
    _row("JSON lines, pipe_json, 1 core", f"{json_one_core:,.0f} words/s")
    seconds = best_of(args.runs, lambda: consume(full.pipe_json(docs, batch_size=32, n_process=2)))
    _row("JSON lines, pipe_json(n_process=2)", f"{words / seconds:,.0f} words/s")
    _row("  speed-up over pipe_json on 1 core", f"{words / seconds / json_one_core:.2f}x")
    if args.scaling:
        return
    peak = _fresh_process_peak_rss(args.words)
    _row("peak RSS, streaming the corpus, 1 core", f"{peak:,.0f} MB")
    imported = _fresh_process_seconds("import arabic_newsnlp", args.runs)
    _row("import arabic_newsnlp", f"{imported:.3f} s")
    first = _fresh_process_seconds(
        "import arabic_newsnlp; arabic_newsnlp.analyze('قال الوزير إن المحادثات مستمرة.')",
        args.runs,
    )
    _row("import + first analysed document", f"{first:.3f} s")
    _tokenizer_comparisons(docs, words, tokenizer_rate, args.runs)


if __name__ == "__main__":
    main()
