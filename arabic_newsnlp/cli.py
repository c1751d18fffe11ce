"""The ``arabic-newsnlp`` command line."""

from __future__ import annotations

import argparse
import functools
import json
import sys
import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any

from .document import Document
from .pipeline import STEP_NAMES, Pipeline

__all__ = ["main"]

EXAMPLES = """\
examples:
  arabic-newsnlp analyze examples/news.txt
  arabic-newsnlp analyze articles.jsonl -o analysed.jsonl
  cat articles.jsonl | arabic-newsnlp analyze --no-tokens > analysed.jsonl
  arabic-newsnlp analyze --steps tokenize clitics ner articles.jsonl

Input: plain-text files (each file is one document, its id the file name) or JSON-lines
files (*.jsonl, *.ndjson, or any input whose first character is '{'), one record per line:
{"text": "...", "id": "...", ...}; the other fields are kept in "meta", and "id" is also
written at the top level. Output: one JSON document per line, in input order. A record
that fails becomes {"id", "source", "line", "error"}; the exit status is 1 if any did.
"""


@dataclass(frozen=True, slots=True)
class _Item:
    source: str
    line: int
    record: dict[str, Any] | None
    error: str | None


def _read_jsonl(name: str, handle: IO[str], first: str) -> Iterator[_Item]:
    for number, line in enumerate(_chain_first(first, handle), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _Item(name, number, None, f"invalid JSON: {exc}")
            continue
        if not isinstance(record, dict):
            yield _Item(name, number, None, "a JSON-lines record must be an object with 'text'")
        elif not isinstance(record.get("text"), str):
            got = "missing" if "text" not in record else type(record["text"]).__name__
            yield _Item(name, number, record, f"record 'text' must be a string ({got})")
        else:
            yield _Item(name, number, record, None)


def _chain_first(first: str, handle: IO[str]) -> Iterator[str]:
    yield first
    yield from handle


def _read_source(name: str, handle: IO[str], fmt: str) -> Iterator[_Item]:
    first = handle.readline()
    is_jsonl = fmt == "jsonl" or (
        fmt == "auto"
        and (name.endswith((".jsonl", ".ndjson")) or first.lstrip().startswith("{"))
    )
    if is_jsonl:
        yield from _read_jsonl(name, handle, first)
    else:
        yield _Item(name, 1, {"text": first + handle.read(), "id": name}, None)


def _items(paths: Sequence[str], fmt: str) -> Iterator[_Item]:
    if not paths:
        yield from _read_source("<stdin>", sys.stdin, fmt)
        return
    for path in paths:
        try:
            with open(path, encoding="utf-8") as handle:
                yield from _read_source(path, handle, fmt)
        except (OSError, UnicodeDecodeError) as exc:
            yield _Item(path, 0, None, f"cannot read {path}: {exc}")


class _Progress:
    """A one-line counter on stderr, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self.count = 0
        self.started = self.shown = time.monotonic()

    def tick(self) -> None:
        self.count += 1
        now = time.monotonic()
        if self.enabled and now - self.shown > 0.5:
            rate = self.count / max(now - self.started, 1e-9)
            sys.stderr.write(f"\ranalysed {self.count:,} records ({rate:,.0f}/s)")
            sys.stderr.flush()
            self.shown = now

    def close(self) -> None:
        if self.enabled and self.shown > self.started:
            sys.stderr.write("\n")


def _output_line(doc: Document, *, tokens: bool) -> tuple[str | None, str]:
    """``(error, "")`` for a failed record, else ``(None, JSON line)`` with ``id`` first.

    Runs in the worker processes when ``--jobs`` is above 1.
    """
    if doc.error is not None:
        return doc.error, ""
    data = doc.to_dict(tokens=tokens)
    if "id" in doc.meta:
        data = {"id": doc.meta["id"], **data}
    return None, json.dumps(data, ensure_ascii=False)


def _analyze(args: argparse.Namespace) -> int:
    pipeline = Pipeline(steps=args.steps)
    order: deque[_Item] = deque()

    def good_records() -> Iterator[tuple[str, dict[str, Any]]]:
        for item in _items(args.files, args.format):
            order.append(item)
            if item.error is None and item.record is not None:
                meta = {k: v for k, v in item.record.items() if k != "text"}
                yield item.record["text"], meta

    out: IO[str] = (
        open(args.output, "w", encoding="utf-8")  # noqa: SIM115 - closed in ``finally``
        if args.output
        else sys.stdout
    )
    failed = 0
    progress = _Progress()

    def error_line(item: _Item, error: str) -> str:
        rec_id = (item.record or {}).get("id")
        payload = {"id": rec_id, "source": item.source, "line": item.line, "error": error}
        return json.dumps(payload, ensure_ascii=False)

    def flush_errors() -> None:
        nonlocal failed
        while order and order[0].error is not None:
            item = order.popleft()
            out.write(error_line(item, item.error or "") + "\n")
            failed += 1
            progress.tick()

    try:
        lines = pipeline._map(
            good_records(),
            functools.partial(_output_line, tokens=not args.no_tokens),
            batch_size=args.batch_size,
            n_process=args.jobs,
        )
        for error, line in lines:
            flush_errors()
            item = order.popleft()
            if error is not None:
                out.write(error_line(item, error) + "\n")
                failed += 1
            else:
                out.write(line + "\n")
            progress.tick()
        flush_errors()
    finally:
        progress.close()
        if out is not sys.stdout:
            out.close()
    if failed:
        print(f"arabic-newsnlp: {failed} record(s) failed; see the 'error' lines", file=sys.stderr)
    return 1 if failed else 0


def _render(args: argparse.Namespace) -> int:
    """Write the documents of ``analyze`` output as one HTML page (see :func:`render`)."""
    from .display import render

    docs = []
    for item in _items(args.files, "jsonl"):
        record = item.record or {}
        error = record.get("error") or item.error
        try:
            doc = Document.from_dict(record) if error is None else None
        except (KeyError, TypeError, ValueError) as exc:
            error = f"not an analysed document: {exc!r}"
            doc = None
        if doc is None:
            where = f"{item.source}, line {record.get('line', item.line)}"
            doc = Document("", meta={"id": record.get("id")}, error=f"{where}: {error}")
        docs.append(doc)
    page = render(docs, page=True, title=args.title)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:
            out.write(page)
    else:
        sys.stdout.write(page)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="arabic-newsnlp",
        description="Analyse Arabic news: sentences, words, entities and quotes, with offsets.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    analyze = sub.add_parser(
        "analyze",
        help="analyse text or JSON-lines files into JSON lines",
        description="Analyse text or JSON-lines files (or stdin) into one JSON document per line.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    analyze.add_argument("files", nargs="*", help="input files (default: stdin)")
    analyze.add_argument("-o", "--output", help="output file (default: stdout)")
    analyze.add_argument(
        "--format",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="input format (default: by file name or first character)",
    )
    analyze.add_argument(
        "--steps", nargs="+", choices=STEP_NAMES, default=list(STEP_NAMES),
        help="pipeline steps to run (default: all)",
    )
    analyze.add_argument("--no-tokens", action="store_true", help="leave tokens out of the output")
    analyze.add_argument(
        "-j", "--jobs", type=int, default=1,
        help="processes that analyse, this one included (default 1)",
    )
    analyze.add_argument("--batch-size", type=int, default=64, help="records per batch")
    render = sub.add_parser(
        "render",
        help="write analysed JSON lines as an HTML page",
        description="Write the JSON lines of 'analyze' (files or stdin) as one HTML page: "
        "entities coloured by type, quotes with their speakers.",
        epilog="example:\n  arabic-newsnlp analyze examples/news.jsonl -o analysed.jsonl\n"
        "  arabic-newsnlp render analysed.jsonl -o analysed.html",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    render.add_argument("files", nargs="*", help="analysed JSON-lines files (default: stdin)")
    render.add_argument("-o", "--output", help="output HTML file (default: stdout)")
    render.add_argument("--title", default="arabic_newsnlp", help="page title")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``arabic-newsnlp`` console script."""
    args = build_parser().parse_args(argv)
    if args.command == "render":
        return _render(args)
    if args.jobs < 1 or args.batch_size < 1:
        print("arabic-newsnlp: --jobs and --batch-size must be at least 1", file=sys.stderr)
        return 2
    return _analyze(args)


if __name__ == "__main__":
    sys.exit(main())
