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
from typing import Any, Generic, Protocol, TypeVar, runtime_checkable

from ._gc import paused
from ._parallel import WorkerError, map_in_processes
from .contracts import STEP_NAMES, StepName, check_declared, is_step_name
from .document import Document
from .resources import verify_all
from .text.view import AnalysisView

__all__ = [
    "DEFAULT_STEPS",
    "STEP_NAMES",
    "Pipeline",
    "Record",
    "Step",
    "WorkerError",
    "analyze",
]


@runtime_checkable
class Step(Protocol):
    """A pipeline step: a callable from document to document that declares what it needs
    (``requires``) and what it adds (``provides``), as tuples of names.

    The built-in steps name document fields (:data:`~arabic_newsnlp.contracts.Field`:
    ``tokens``, ``segments``, ``mentions`` ...); a step of your own may also name results
    of its own (kept in ``meta``, say) for later steps to require.
    """

    @property
    def name(self) -> str: ...

    @property
    def requires(self) -> tuple[str, ...]: ...

    @property
    def provides(self) -> tuple[str, ...]: ...

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


_BUILTIN: Mapping[StepName, Callable[[], Step]] = {
    "tokenize": _tokenize_step,
    "clitics": _clitics_step,
    "ner": _ner_step,
    "link": _link_step,
    "quotes": _quotes_step,
}
assert tuple(_BUILTIN) == STEP_NAMES, "one factory per built-in step, in data-flow order"
#: The steps :func:`analyze` runs.
DEFAULT_STEPS: tuple[StepName, ...] = STEP_NAMES

#: What :meth:`Pipeline.pipe` and :meth:`Pipeline.map` take: a text, a ``(text, meta)``
#: pair, or a mapping with a ``"text"`` key (its other keys become ``meta``).
Record = str | tuple[str, Mapping[str, Any]] | Mapping[str, Any]
_T = TypeVar("_T")


class Pipeline:
    """Runs a sequence of steps over texts.

    ``steps`` are built-in step names (see :data:`STEP_NAMES`) or :class:`Step` objects.
    Checked here, once: each step declares ``requires`` and ``provides`` as tuples of
    names (a ``TypeError`` otherwise), and what each step requires is provided by an
    earlier one (a ``ValueError`` naming the step, the missing field and the built-in
    step that provides it otherwise). With built-in steps, the shipped data files are
    checked against their checksums here too (once per process), so a broken install
    raises :class:`~arabic_newsnlp.ResourceError` before any text is analysed; steps load
    the resources themselves lazily, on first use.

    >>> Pipeline(steps=("tokenize", "quotes"))
    Traceback (most recent call last):
    ...
    ValueError: pipeline step 'quotes' requires mentions, which ...; put 'ner' (or ...) before it
    """

    def __init__(self, steps: Sequence[StepName | Step] = DEFAULT_STEPS) -> None:
        if any(isinstance(spec, str) for spec in steps):
            verify_all()
        built = [_build(spec) for spec in steps]
        available: set[str] = set()
        for step in built:
            check_declared(step)
            missing = [r for r in step.requires if r not in available]
            if missing:
                raise ValueError(
                    f"pipeline step {step.name!r} requires {', '.join(missing)}, which no "
                    f"earlier step provides; put {_providers(missing)} (or another step "
                    "that provides them) before it"
                )
            available.update(step.provides)
        self._specs = tuple(steps)
        self.steps: tuple[Step, ...] = tuple(built)

    @classmethod
    def shared(cls, steps: Iterable[StepName] = DEFAULT_STEPS) -> Pipeline:
        """This process's one pipeline of the built-in ``steps``, built on first use and
        kept: what :func:`analyze` and the Dask integration use, so resources load once
        per process.

        >>> Pipeline.shared(("tokenize",)) is Pipeline.shared(["tokenize"])
        True
        """
        return _shared(tuple(steps))

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
                + (
                    " (decode bytes first, e.g. data.decode('utf-8'))"
                    if isinstance(text, (bytes, bytearray))
                    else ""
                )
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
        yield from self.map(_keep, records, batch_size=batch_size, n_process=n_process)

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
        yield from self.map(encode, records, batch_size=batch_size, n_process=n_process)

    def map(
        self,
        function: Callable[[Document], _T],
        records: Iterable[Record],
        *,
        batch_size: int = 64,
        n_process: int = 1,
    ) -> Generator[_T, None, None]:
        """``function(document)`` for each record's document, streaming, in input order.

        Records and processes as in :meth:`pipe`, of which this is the general form:
        ``function`` runs in whichever process analysed the record, so with
        ``n_process > 1`` only its results travel back (it must then be picklable: a
        module-level function or a :func:`functools.partial` of one). A record that
        cannot be analysed reaches ``function`` as a document whose ``error`` says why.

        >>> nlp = Pipeline(steps=("tokenize",))
        >>> list(nlp.map(len, ["قال الوزير", "نعم"]))
        [2, 1]
        """
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        if n_process < 1:
            raise ValueError(f"n_process must be at least 1, got {n_process}")
        task = _Task(self, function)
        if n_process == 1:
            yield from map(task, records)
            return
        yield from map_in_processes(task, records, batch_size=batch_size, n_process=n_process)

    def analyze_record(self, record: Record) -> Document:
        """Analyse one record as :meth:`pipe` does; never raises for a bad record, whose
        document's ``error`` says what was wrong instead.

        >>> nlp = Pipeline(steps=("tokenize",))
        >>> nlp.analyze_record({"text": "نص", "id": 3}).meta, nlp.analyze_record(7).ok
        ({'id': 3}, False)
        """
        try:
            text, meta = _unpack(record)
        except (TypeError, ValueError, KeyError) as exc:
            return Document("", meta=_meta_of(record), error=str(exc))
        try:
            return self(text, meta=meta)
        except Exception as exc:  # one bad record must not lose the rest of the batch
            return replace(Document(text, meta=meta), error=f"{type(exc).__name__}: {exc}")


def _build(spec: StepName | Step) -> Step:
    if isinstance(spec, str):
        if not is_step_name(spec):
            raise ValueError(
                f"unknown pipeline step {spec!r}; built-in steps are {', '.join(STEP_NAMES)}"
            )
        return _BUILTIN[spec]()
    if isinstance(spec, Step):
        return spec
    raise TypeError(f"a pipeline step must be a name or a Step, got {spec!r}")


def _providers(fields: Sequence[str]) -> str:
    """The built-in steps that provide ``fields``, quoted, for an error message (steps
    load their resources lazily, so building them here costs nothing)."""
    names = [n for n in STEP_NAMES if any(f in _BUILTIN[n]().provides for f in fields)]
    return " and ".join(repr(n) for n in names) or "a step"


class _Task(Generic[_T]):
    """What a process does with one record: analyse it, then apply ``function``; what
    :func:`~arabic_newsnlp._parallel.map_in_processes` sends to the workers."""

    __slots__ = ("function", "pipeline")

    def __init__(self, pipeline: Pipeline, function: Callable[[Document], _T]) -> None:
        self.pipeline = pipeline
        self.function = function

    def __call__(self, record: Record) -> _T:
        return self.function(self.pipeline.analyze_record(record))

    def warm_up(self) -> None:
        """Load the resources, before the first record."""
        self.pipeline("تحميل الموارد.")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_Task, (self.pipeline, self.function))


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
            raise TypeError(
                f"the meta of a (text, meta) record must be a mapping, got {type(meta_in).__name__}"
            )
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
def _shared(steps: tuple[StepName, ...]) -> Pipeline:
    return Pipeline(steps=steps)


def analyze(
    text: str,
    *,
    steps: Sequence[StepName] = DEFAULT_STEPS,
    meta: Mapping[str, Any] | None = None,
) -> Document:
    """Analyse one text with the built-in steps (all of them unless ``steps`` says).

    >>> import arabic_newsnlp
    >>> doc = arabic_newsnlp.analyze("وصل الوزير إلى بيروت.")
    >>> [t.text for t in doc.tokens]
    ['وصل', 'الوزير', 'إلى', 'بيروت', '.']
    """
    return _shared(tuple(steps))(text, meta=meta)
