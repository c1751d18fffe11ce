"""The analysis pipeline: a fixed sequence of steps, each a function of the document.

>>> from arabic_newsnlp import Pipeline
>>> nlp = Pipeline(steps=("tokenize",))
>>> [t.text for t in nlp("قال الوزير").tokens]
['قال', 'الوزير']
>>> [d.meta["id"] for d in nlp.pipe([("نص", {"id": 1}), {"text": "آخر", "id": 2}])]
[1, 2]
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any, Protocol, TypeVar, runtime_checkable

from ._gc import paused
from ._parallel import WorkerError, map_in_processes
from .document import Document
from .resources import verify_all
from .text.view import AnalysisView

__all__ = ["DEFAULT_STEPS", "STEP_NAMES", "Pipeline", "Step", "WorkerError", "analyze"]


@runtime_checkable
class Step(Protocol):
    """A pipeline step: a callable from document to document that declares what it
    needs (``requires``) and what it adds (``provides``)."""

    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


def _tokenize_step() -> Step:
    from .text.pipeline_step import TokenizeStep

    return TokenizeStep()


def _clitics_step() -> Step:
    from .text.clitics import CliticStep

    return CliticStep()


def _ner_step() -> Step:
    from .ner import EntityStep

    return EntityStep()


def _link_step() -> Step:
    from .link import LinkStep

    return LinkStep()


def _quotes_step() -> Step:
    from .quotes import QuoteStep

    return QuoteStep()


_BUILTIN: Mapping[str, Callable[[], Step]] = {
    "tokenize": _tokenize_step,
    "clitics": _clitics_step,
    "ner": _ner_step,
    "link": _link_step,
    "quotes": _quotes_step,
}
#: The names of the built-in steps, in data-flow order.
STEP_NAMES: tuple[str, ...] = tuple(_BUILTIN)
#: The steps :func:`analyze` runs.
DEFAULT_STEPS: tuple[str, ...] = STEP_NAMES

Record = str | tuple[str, Mapping[str, Any]] | Mapping[str, Any]
_T = TypeVar("_T")


class Pipeline:
    """Runs a sequence of steps over texts.

    ``steps`` are built-in step names (see :data:`STEP_NAMES`) or :class:`Step` objects.
    What each step requires must be provided by an earlier one; this is checked here,
    once. With built-in steps, the shipped data files are checked against their
    checksums here too (once per process), so a broken install raises
    :class:`~arabic_newsnlp.ResourceError` before any text is analysed; steps load the
    resources themselves lazily, on first use.
    """

    def __init__(self, steps: Sequence[str | Step] = DEFAULT_STEPS) -> None:
        if any(isinstance(spec, str) for spec in steps):
            verify_all()
        built: list[Step] = []
        available: set[str] = set()
        for spec in steps:
            if isinstance(spec, str):
                if spec not in _BUILTIN:
                    raise ValueError(
                        f"unknown pipeline step {spec!r}; built-in steps are {', '.join(_BUILTIN)}"
                    )
                step = _BUILTIN[spec]()
            elif isinstance(spec, Step):
                step = spec
            else:
                raise TypeError(f"a pipeline step must be a name or a Step, got {spec!r}")
            missing = [r for r in step.requires if r not in available]
            if missing:
                raise ValueError(
                    f"pipeline step {step.name!r} requires {', '.join(missing)}, which no "
                    "earlier step provides; put the providing step before it"
                )
            available.update(step.provides)
            built.append(step)
        self._specs = tuple(steps)
        self.steps: tuple[Step, ...] = tuple(built)

    @property
    def step_names(self) -> tuple[str, ...]:
        """The names of the steps, in order."""
        return tuple(step.name for step in self.steps)

    def __repr__(self) -> str:
        return f"Pipeline(steps={self.step_names!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from its specification in another process; resources reload lazily.
        return (Pipeline, (self._specs,))

    def __call__(self, text: str, *, meta: Mapping[str, Any] | None = None) -> Document:
        """Analyse one text. Raises ``TypeError`` when ``text`` is not a ``str``."""
        if not isinstance(text, str):
            raise TypeError(
                f"arabic_newsnlp analyses str, got {type(text).__name__}"
                + (" (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(
                    text, (bytes, bytearray)) else "")
            )
        if not text.strip():
            return Document(text, meta=dict(meta) if meta else {})
        with paused():  # no collector passes over a large document: see _gc.py
            view = AnalysisView.of(text)  # compatibility characters folded, see text/view.py
            doc = Document(view.text, meta=dict(meta) if meta else {})
            for step in self.steps:
                doc = step(doc)
            return view.finish(doc)

    def pipe(
        self,
        records: Iterable[Record],
        *,
        batch_size: int = 64,
        n_process: int = 1,
    ) -> Generator[Document, None, None]:
        """Analyse many records, streaming, in input order.

        A record is a ``str``, a ``(text, meta)`` pair, or a mapping with a ``"text"`` key
        (its other keys become ``meta``). A record that cannot be analysed yields a
        :class:`Document` whose ``error`` says why; the others are unaffected.
        ``n_process`` is the number of processes that analyse, this one included:
        ``n_process=2`` starts one worker process, and this process analyses whatever the
        worker has not started whenever the next result is not back yet. Batches of
        ``batch_size`` records go to the workers; at most ``4 * n_process`` batches are
        read ahead, so memory stays bounded. A worker that dies raises
        :class:`WorkerError`, and so do workers that cannot start (no
        ``if __name__ == "__main__":`` guard in the calling script, a step that cannot be
        sent to them), before any record is read. Closing the generator early, an
        exception in the loop, Ctrl-C or the death of this process stops the workers.

        >>> nlp = Pipeline(steps=("tokenize",))
        >>> docs = nlp.pipe((f"الخبر {i}" for i in range(100)), batch_size=10, n_process=2)
        >>> [d.text for d in docs][-1]
        'الخبر 99'
        """
        yield from self._map(records, _keep, batch_size=batch_size, n_process=n_process)

    def pipe_json(
        self,
        records: Iterable[Record],
        *,
        tokens: bool = True,
        batch_size: int = 64,
        n_process: int = 1,
    ) -> Generator[str, None, None]:
        """Like :meth:`pipe`, but yields each document as a JSON string.

        The JSON is written in whichever process analysed the record, so with
        ``n_process > 1`` the calling process only passes the workers' strings on: the
        fastest way to turn many records into JSON lines. ``tokens=False`` leaves the
        tokens out.

        >>> nlp = Pipeline(steps=("tokenize",))
        >>> next(nlp.pipe_json(["نص"], tokens=False))[:40]
        '{"schema_version": 1, "text": "نص", "sen'
        """
        encode = functools.partial(_to_json, tokens=tokens)
        yield from self._map(records, encode, batch_size=batch_size, n_process=n_process)

    def _map(
        self,
        records: Iterable[Record],
        finish: Callable[[Document], _T],
        *,
        batch_size: int,
        n_process: int,
    ) -> Generator[_T, None, None]:
        """Analyse records and apply ``finish`` to each document where it was analysed."""
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        if n_process < 1:
            raise ValueError(f"n_process must be at least 1, got {n_process}")
        if n_process == 1:
            for record in records:
                yield finish(self._safe(record))
            return
        yield from map_in_processes(
            self, records, finish, batch_size=batch_size, n_process=n_process
        )

    def _safe(self, record: Record) -> Document:
        try:
            text, meta = _unpack(record)
        except (TypeError, ValueError, KeyError) as exc:
            return Document("", meta=_meta_of(record), error=str(exc))
        try:
            return self(text, meta=meta)
        except Exception as exc:  # one bad record must not lose the rest of the batch
            return replace(
                Document(text, meta=meta), error=f"{type(exc).__name__}: {exc}"
            )


def _meta_of(record: object) -> dict[str, Any]:
    if isinstance(record, Mapping):
        return {k: v for k, v in record.items() if k != "text"}
    if isinstance(record, tuple) and len(record) == 2 and isinstance(record[1], Mapping):
        return dict(record[1])
    return {}


def _unpack(record: Record) -> tuple[str, dict[str, Any]]:
    if isinstance(record, str):
        return record, {}
    if isinstance(record, Mapping):
        if "text" not in record:
            raise KeyError("record has no 'text' field")
        text = record["text"]
        meta = _meta_of(record)
    elif isinstance(record, tuple) and len(record) == 2:
        text, meta_in = record
        if not isinstance(meta_in, Mapping):
            raise TypeError(f"the meta of a (text, meta) record must be a mapping, "
                            f"got {type(meta_in).__name__}")
        meta = dict(meta_in)
    else:
        raise TypeError(
            f"a record must be a str, a (text, meta) pair or a mapping with 'text', "
            f"got {type(record).__name__}"
        )
    if not isinstance(text, str):
        raise TypeError(f"record 'text' must be a str, got {type(text).__name__}")
    return text, meta


def _keep(doc: Document) -> Document:
    return doc


def _to_json(doc: Document, *, tokens: bool) -> str:
    return doc.to_json(tokens=tokens)


@functools.cache
def _shared_pipeline(steps: tuple[str, ...]) -> Pipeline:
    """The process's one pipeline of the built-in ``steps``, built on first use; what
    :func:`analyze` and the Dask integration use, so resources load once per process."""
    return Pipeline(steps=steps)


def analyze(
    text: str,
    *,
    steps: Sequence[str] = DEFAULT_STEPS,
    meta: Mapping[str, Any] | None = None,
) -> Document:
    """Analyse one text with the built-in steps (all of them unless ``steps`` says).

    >>> import arabic_newsnlp
    >>> doc = arabic_newsnlp.analyze("وصل الوزير إلى بيروت.")
    >>> [t.text for t in doc.tokens]
    ['وصل', 'الوزير', 'إلى', 'بيروت', '.']
    """
    return _shared_pipeline(tuple(steps))(text, meta=meta)
