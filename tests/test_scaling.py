"""Analysis time grows linearly with the size of one document, whatever its shape.

Each shape is analysed at n and 4n characters (best CPU time of two runs, after a warm-up
that loads resources and fills the per-word caches); linear work takes about 4x as long,
quadratic work 16x. CPU time, not wall time, so that other jobs on the machine matter
little; the bound, 6x, leaves room for them and still fails once quadratic work costs a
fifth of the linear work at the small size (a 100,000-character text of short quotes once
took 17.5 s, against 0.1 s for linear work). The full-size
figures (0.8, 4 and 10 MB) are printed by ``python -m benchmarks.speed --document-scaling``
(docs/benchmarks.md).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest

from arabic_newsnlp import Document, Pipeline
from arabic_newsnlp._gc import paused
from benchmarks.speed import SHAPE_NAMES, SHAPES

SMALL = 12_000
GROWTH = 4
BOUND = 6.0

nlp = Pipeline()


def _cpu_seconds(text: str, runs: int = 2) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        nlp(text)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("name", ["news", "short-quotes", "names-line", "qal"])
def test_time_grows_linearly_with_document_size(name: str) -> None:
    make: Callable[[int], str] = SHAPES[SHAPE_NAMES[name]]
    small, large = make(SMALL), make(SMALL * GROWTH)
    nlp(small)  # warm-up
    ratio = _cpu_seconds(large) / _cpu_seconds(small)
    assert ratio < BOUND, f"{name}: {GROWTH}x the text took {ratio:.1f}x the time"


class _FailingStep:
    """A step that records whether the collector ran during it, then fails."""

    name = "failing"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()
    collector_was_on: bool | None = None

    def __call__(self, doc: Document) -> Document:
        self.collector_was_on = gc.isenabled()
        raise RuntimeError("boom")


def test_garbage_collector_is_paused_during_an_analysis_and_restored_on_error() -> None:
    assert gc.isenabled()
    nlp("قال الوزير «نعم».")
    assert gc.isenabled()
    step = _FailingStep()
    with pytest.raises(RuntimeError, match="boom"):
        Pipeline(steps=[step])("قال الوزير «نعم».")
    assert step.collector_was_on is False
    assert gc.isenabled()


def test_paused_leaves_a_disabled_collector_disabled() -> None:
    gc.disable()
    try:
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
