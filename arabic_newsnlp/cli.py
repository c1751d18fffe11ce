"""The ``arabic-newsnlp`` command line."""

from __future__ import annotations

import argparse
import contextlib
import functools
import itertools
import json
import os
import re
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from stat import S_ISREG
from typing import IO, Any

from tqdm import tqdm

from . import __version__
from .document import Document
from .pipeline import STEP_NAMES, Pipeline
from .resources import ResourceError

__all__ = ["main"]

EXAMPLES = """\
examples:
  arabic-newsnlp analyze examples/news.txt
  arabic-newsnlp analyze articles.jsonl -o analysed.jsonl
  cat articles.jsonl | arabic-newsnlp analyze --no-tokens > analysed.jsonl
  arabic-newsnlp analyze articles.jsonl --steps tokenize clitics ner

Input: plain-text files (each file is one document, its id the file name) or JSON-lines
files (*.jsonl, *.ndjson, or --format jsonl), one record per line: {"text": "...",
"id": "...", ...}; the other fields are kept in "meta", and "id" is also written at the
top level. Standard input is JSON lines if its first non-blank line starts with '{'.
Input is UTF-8 (a byte-order mark is skipped), decoded line by line.

Output: one JSON document per line, in input order, strictly valid JSON in UTF-8. A record
that fails (invalid JSON or UTF-8, NaN or Infinity, no "text", ...) becomes
{"id", "source", "line", "error"} and the others are still written. A lone surrogate
escape such as "\\ud800", which UTF-8 cannot encode, is written as U+FFFD, one character
for one, so offsets stay exact.

Exit status: 0 all records analysed; 1 some records failed (see the "error" lines);
2 usage error or could not run (bad option or steps, unreadable input, output is an
input, output not writable, broken install); 130 interrupted by Ctrl-C, 143 stopped by
SIGTERM (in both cases the lines already written are complete). A progress bar is shown
on stderr when it is a terminal, unless --quiet.
"""

EXIT_OK = 0
EXIT_RECORDS_FAILED = 1
EXIT_CANNOT_RUN = 2
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143

_BOM = b"\xef\xbb\xbf"
_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_STDIN = "<stdin>"
_SURROGATE = re.compile("[\ud800-\udfff]")


class _CannotRun(Exception):
    """A problem that stops the whole run; its message is printed on one line."""


@dataclass(frozen=True, slots=True)
class _Item:
    source: str
    line: int
    record: dict[str, Any] | None
    error: str | None

    @property
    def id(self) -> Any:
        return (self.record or {}).get("id")


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not valid JSON")


def _parse_line(source: str, number: int, raw: bytes) -> _Item | None:
    """The record on one input line, or what is wrong with it; ``None`` for a blank line."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _Item(source, number, None, f"not valid UTF-8 ({exc.reason} at byte {exc.start})")
    if not line.strip():
        return None
    try:
        record = json.loads(line, parse_constant=_reject_constant)
    except RecursionError:
        return _Item(source, number, None, "invalid JSON: nested too deeply")
    except ValueError as exc:  # also integers too long to convert
        return _Item(source, number, None, f"invalid JSON: {exc}")
    if not isinstance(record, dict):
        return _Item(source, number, None, "a JSON-lines record must be an object with 'text'")
    if not isinstance(record.get("text"), str):
        got = "missing" if "text" not in record else type(record["text"]).__name__
        return _Item(source, number, record, f"record 'text' must be a string ({got})")
    return _Item(source, number, record, None)


def _read_jsonl(source: str, lines: Iterable[tuple[int, bytes]]) -> Iterator[_Item]:
    for number, raw in lines:
        try:
            item = _parse_line(source, number, raw)
        except Exception as exc:  # whatever it is, it is this record's failure alone
            item = _Item(source, number, None, f"{type(exc).__name__}: {exc}")
        if item is not None:
            yield item


def _read_text(source: str, lines: Iterable[tuple[int, bytes]]) -> _Item:
    data = b"".join(raw for _, raw in lines)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return _Item(source, line, {"id": source}, f"not valid UTF-8 ({exc.reason} at line {line})")
    return _Item(source, 1, {"text": text, "id": source}, None)


class _Reader:
    """The records of the input files, or of stdin, in order; counts the bytes read."""

    def __init__(self, paths: Sequence[str], fmt: str) -> None:
        self.paths, self.fmt = paths, fmt
        self.read = 0

    def check(self) -> None:
        """Raise :class:`_CannotRun` unless every input file can be opened."""
        for path in self.paths:
            try:
                open(path, "rb").close()
            except OSError as exc:
                raise _CannotRun(f"cannot read {path}: {exc.strerror or exc}") from None

    def total(self) -> int | None:
        """The number of bytes to read, when known (input files, not stdin)."""
        try:
            stats = [os.stat(path) for path in self.paths]
        except OSError:
            return None
        if not stats or not all(S_ISREG(stat.st_mode) for stat in stats):
            return None
        return sum(stat.st_size for stat in stats)

    def __iter__(self) -> Iterator[_Item]:
        if not self.paths:
            yield from self._source(_STDIN, sys.stdin.buffer)
            return
        for path in self.paths:
            try:
                with open(path, "rb") as handle:
                    yield from self._source(path, handle)
            except OSError as exc:  # after it was checked: it failed while being read
                yield _Item(path, 0, None, f"cannot read {path}: {exc.strerror or exc}")

    def _lines(self, handle: IO[bytes]) -> Iterator[tuple[int, bytes]]:
        """The lines of ``handle`` split at ``\\n`` only, numbered from 1, without a
        leading BOM."""
        for number, raw in enumerate(handle, start=1):
            self.read += len(raw)
            yield number, raw[len(_BOM) :] if number == 1 and raw.startswith(_BOM) else raw

    def _source(self, source: str, handle: IO[bytes]) -> Iterator[_Item]:
        lines: Iterable[tuple[int, bytes]] = self._lines(handle)
        fmt = self.fmt
        if fmt == "auto" and source == _STDIN:  # no name to go by: the first non-blank line
            head: list[tuple[int, bytes]] = []
            for numbered in lines:
                head.append(numbered)
                if numbered[1].strip():
                    break
            fmt = "jsonl" if head and head[-1][1].lstrip().startswith(b"{") else "text"
            lines = itertools.chain(head, lines)
        elif fmt == "auto":
            fmt = "jsonl" if source.lower().endswith(_JSONL_SUFFIXES) else "text"
        if fmt == "jsonl":
            yield from _read_jsonl(source, lines)
        else:
            yield _read_text(source, lines)


def _json_line(data: Mapping[str, Any]) -> str:
    """One line of strictly valid JSON that encodes to UTF-8: no NaN or Infinity, and each
    lone surrogate replaced by U+FFFD (one character for one, so offsets stay exact)."""
    line = json.dumps(data, ensure_ascii=False, allow_nan=False)
    return _SURROGATE.sub("\ufffd", line)


def _error_line(item: _Item, error: str) -> str:
    payload = {"id": item.id, "source": item.source, "line": item.line, "error": error}
    try:
        return _json_line(payload)
    except Exception:  # an id that cannot be written: leave it out
        return _json_line({**payload, "id": None})


def _output_line(doc: Document, *, tokens: bool) -> tuple[str | None, str]:
    """``(error, "")`` for a failed record, else ``(None, JSON line)`` with ``id`` first.

    Runs in the worker processes when ``--jobs`` is above 1; never raises.
    """
    if doc.error is not None:
        return doc.error, ""
    try:
        data = doc.to_dict(tokens=tokens)
        if "id" in doc.meta:
            data = {"id": doc.meta["id"], **data}
        return None, _json_line(data)
    except Exception as exc:
        return f"cannot write the result: {type(exc).__name__}: {exc}", ""


def _file_id(stat: os.stat_result) -> tuple[int, int] | None:
    return (stat.st_dev, stat.st_ino) if S_ISREG(stat.st_mode) else None


def _open_output(path: str | None, inputs: Sequence[str]) -> IO[bytes]:
    """The output stream, opened only once it is known not to be one of the inputs."""
    read: dict[tuple[int, int], str] = {}
    for name in inputs or [_STDIN]:
        with contextlib.suppress(OSError, ValueError):
            stat = os.fstat(sys.stdin.fileno()) if name == _STDIN else os.stat(name)
            if (key := _file_id(stat)) is not None:
                read[key] = name
    try:
        target = os.fstat(sys.stdout.fileno()) if path is None else os.stat(path)
    except (OSError, ValueError):
        target = None
    if target is not None and (same := read.get(_file_id(target) or (-1, -1))) is not None:
        where = "standard output" if path is None else path
        raise _CannotRun(f"the output ({where}) is the input {same}; write elsewhere")
    if path is None:
        return sys.stdout.buffer
    try:
        return open(path, "wb")
    except OSError as exc:
        raise _CannotRun(f"cannot write {path}: {exc.strerror or exc}") from None


class _Output:
    """Writes whole lines; a failure to write stops the run with one line of explanation."""

    def __init__(self, handle: IO[bytes], name: str) -> None:
        self.handle, self.name = handle, name

    def write(self, line: str) -> None:
        try:
            self.handle.write(line.encode("utf-8") + b"\n")
        except OSError as exc:
            self._fail(exc)

    def close(self) -> None:
        try:
            if self.handle is sys.stdout.buffer:
                self.handle.flush()
            else:
                self.handle.close()
        except OSError as exc:
            self._fail(exc)

    def _fail(self, exc: OSError) -> None:
        if self.handle is sys.stdout.buffer:  # nothing more can reach it, even at exit
            with contextlib.suppress(OSError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        else:
            with contextlib.suppress(OSError):
                self.handle.close()
        raise _CannotRun(f"cannot write {self.name}: {exc.strerror or exc}") from None


def _analyze(args: argparse.Namespace) -> int:
    try:
        pipeline = Pipeline(steps=args.steps)
    except ValueError as exc:  # steps in an order that cannot work
        raise _CannotRun(str(exc)) from None
    reader = _Reader(args.files, args.format)
    reader.check()
    out = _Output(_open_output(args.output, args.files), args.output or "standard output")
    order: deque[_Item] = deque()

    def good_records() -> Iterator[tuple[str, dict[str, Any]]]:
        for item in reader:
            if item.error is None and item.record is not None:
                meta = {k: v for k, v in item.record.items() if k != "text"}
                order.append(_Item(item.source, item.line, {"id": item.id}, None))
                yield item.record["text"], meta
            else:
                order.append(item)

    failed = 0
    progress = tqdm(
        total=reader.total(),
        unit="B",
        unit_scale=True,
        unit_divisor=1024,
        file=sys.stderr,
        disable=args.quiet or not sys.stderr.isatty(),
        desc="analysed",
        leave=False,
    )

    def write(item: _Item, error: str | None, line: str) -> None:
        nonlocal failed
        if error is not None:
            out.write(_error_line(item, error))
            failed += 1
        else:
            out.write(line)
        progress.update(reader.read - progress.n)

    def flush_errors() -> None:
        while order and order[0].error is not None:
            item = order.popleft()
            write(item, item.error, "")

    lines = pipeline.map(
        functools.partial(_output_line, tokens=not args.no_tokens),
        good_records(),
        batch_size=args.batch_size,
        n_process=args.jobs,
    )
    try:
        with contextlib.closing(lines):
            for error, line in lines:
                flush_errors()
                write(order.popleft(), error, line)
            flush_errors()
    finally:
        progress.close()
        out.close()
    if failed:
        print(f"arabic-newsnlp: {failed} record(s) failed; see the 'error' lines", file=sys.stderr)
    return EXIT_RECORDS_FAILED if failed else EXIT_OK


def _render(args: argparse.Namespace) -> int:
    """Write the documents of ``analyze`` output as one HTML page (see :func:`render`)."""
    from .display import render

    docs = []
    for item in _Reader(args.files, "jsonl"):
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
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
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
        help="input format (default: jsonl for *.jsonl and *.ndjson files, text for other "
        "files, and for stdin jsonl if its first non-blank line starts with '{')",
    )
    analyze.add_argument(
        "--steps",
        nargs="+",
        choices=STEP_NAMES,
        default=list(STEP_NAMES),
        help="pipeline steps to run (default: all)",
    )
    analyze.add_argument("--no-tokens", action="store_true", help="leave tokens out of the output")
    analyze.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        help="processes that analyse, this one included (default 1)",
    )
    analyze.add_argument("--batch-size", type=int, default=64, help="records per batch")
    analyze.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress bar (shown on stderr only when it is a terminal)",
    )
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


class _Terminated(BaseException):
    """SIGTERM arrived: stop as cleanly as on Ctrl-C. Like ``KeyboardInterrupt``, not an
    ``Exception``, so that no per-record handler takes it for a failed record."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise _Terminated


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``arabic-newsnlp`` console script; returns the exit status."""
    args = build_parser().parse_args(argv)
    if args.command == "render":
        return _render(args)
    if args.jobs < 1 or args.batch_size < 1:
        print("arabic-newsnlp: --jobs and --batch-size must be at least 1", file=sys.stderr)
        return EXIT_CANNOT_RUN
    try:
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main thread, which alone may set handlers
        previous = None
    try:
        return _analyze(args)
    except (_CannotRun, ResourceError) as exc:
        print(f"arabic-newsnlp: {exc}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    except KeyboardInterrupt:
        print("arabic-newsnlp: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except _Terminated:
        print("arabic-newsnlp: terminated", file=sys.stderr)
        return EXIT_TERMINATED
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())
