"""Spreading batches of records over processes, in input order, with bounded memory.

The calling process is one of the ``n_process``. It puts numbered batches on a task queue
that ``n_process - 1`` worker processes read from, and whenever the next result it must
yield is not back yet, it takes the oldest batch no worker has started and analyses it
itself instead of waiting. So every process stays busy, none waits at the end for more
than the batch a worker is finishing, and the results held back for the sake of order are
few. Workers pickle each result on its own and the caller unpickles it just before
yielding it, so a document the consumer has finished with is freed young instead of
surviving into the older garbage-collector generations.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import pickle
import queue
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess
    from multiprocessing.queues import Queue

    from .document import Document
    from .pipeline import Pipeline, Record

__all__ = ["WorkerError", "map_in_processes"]

_T = TypeVar("_T")

# How long to wait on a queue before checking that the other side is still alive.
_POLL_SECONDS = 0.5
_PROTOCOL = pickle.HIGHEST_PROTOCOL


class WorkerError(RuntimeError):
    """A worker process stopped unexpectedly, or failed outside the analysis of a record
    (which :meth:`Pipeline.pipe` reports in that record's document instead)."""


def map_in_processes(
    nlp: Pipeline,
    records: Iterable[Record],
    finish: Callable[[Document], _T],
    *,
    batch_size: int,
    n_process: int,
) -> Generator[_T, None, None]:
    """``finish(nlp._safe(record))`` for each record, in order, on ``n_process``
    processes, this one included."""
    context = multiprocessing.get_context("spawn")
    tasks: Queue[bytes] = context.Queue()
    results: Queue[tuple[int, list[bytes] | str]] = context.Queue()
    workers = [
        context.Process(
            target=_work, args=(nlp, finish, tasks, results), name=f"arabic_newsnlp-{i}",
            daemon=True,
        )
        for i in range(1, n_process)
    ]
    _start(workers)

    def analyse(record: Record) -> _T:
        return finish(nlp._safe(record))

    source = iter(records)
    batches = iter(lambda: list(itertools.islice(source, batch_size)), [])
    bound = 4 * n_process  # batches read but not yet yielded, whatever the input length
    remote: dict[int, list[bytes]] = {}  # batches back from the workers
    finished: dict[int, list[_T]] = {}  # batches analysed here, behind a worker's batch
    own = -1  # the number of the batch this process is analysing, if any
    own_records: deque[Record] = deque()  # its records still to analyse
    own_results: list[_T] = []  # and those analysed, not yet yielded
    read = done = 0
    try:
        while True:
            while read - done < bound and (batch := next(batches, None)) is not None:
                try:
                    task = pickle.dumps((read, batch), _PROTOCOL)
                except Exception:  # a record that cannot be pickled is analysed here
                    finished[read] = list(map(analyse, batch))
                else:
                    tasks.put(task)
                read += 1
            if done == read:
                return
            if done in remote:
                for blob in remote.pop(done):
                    yield pickle.loads(blob)
                done += 1
            elif done in finished:
                yield from finished.pop(done)
                done += 1
            elif done == own:  # the oldest batch is ours: yield as we go
                out, own_results = own_results, []
                yield from out
                while own_records:
                    yield analyse(own_records.popleft())
                own = -1
                done += 1
            elif _collect(results, remote, workers, wait=False):
                continue
            elif own_records:
                own_results.append(analyse(own_records.popleft()))
            else:
                if own >= 0:  # ours is done but behind a worker's: take another
                    finished[own], own_results, own = own_results, [], -1
                _check_alive(workers)
                try:
                    own, batch = pickle.loads(tasks.get_nowait())
                except queue.Empty:  # every batch is taken: wait for the workers
                    _collect(results, remote, workers, wait=True)
                else:
                    own_records.extend(batch)
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            worker.join()
        for q in (tasks, results):
            q.cancel_join_thread()
            q.close()


def _collect(
    results: Queue[tuple[int, list[bytes] | str]],
    into: dict[int, list[bytes]],
    workers: Sequence[BaseProcess],
    *,
    wait: bool,
) -> bool:
    """Move the results that are back into ``into``; with ``wait``, wait for one first.
    Returns whether there were any."""
    got = False
    while True:
        try:
            if wait and not got:
                index, payload = results.get(timeout=_POLL_SECONDS)
            else:
                index, payload = results.get_nowait()
        except queue.Empty:
            if got or not wait:
                return got
            _check_alive(workers)
            continue
        if isinstance(payload, str):
            raise WorkerError(f"worker process failed: {payload}")
        into[index] = payload
        got = True


def _start(workers: Sequence[BaseProcess]) -> None:
    """Start the workers with Ctrl-C ignored from their first instruction on: it reaches
    the whole process group, and the caller handles it by stopping them."""
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread, which alone may set handlers
        previous = None
    try:
        for worker in workers:
            worker.start()
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def _check_alive(workers: Sequence[BaseProcess]) -> None:
    for worker in workers:
        if not worker.is_alive():
            raise WorkerError(
                f"worker process {worker.name} stopped unexpectedly "
                f"(exit code {worker.exitcode})"
            ) from None


def _work(
    nlp: Pipeline,
    finish: Callable[[Document], Any],
    tasks: Queue[bytes],
    results: Queue[tuple[int, list[bytes] | str]],
) -> None:
    """A worker process: analyse batches from ``tasks`` while the caller is alive."""
    # Load the resources now, then exempt them from garbage collection: in a process we
    # own, full collections need not walk the models and lexicons again.
    nlp("تحميل الموارد.")
    gc.freeze()
    parent = multiprocessing.parent_process()
    while True:
        try:
            index, batch = pickle.loads(tasks.get(timeout=_POLL_SECONDS))
        except queue.Empty:
            if parent is not None and not parent.is_alive():
                return
            continue
        out: list[bytes] | str
        try:
            out = [pickle.dumps(finish(nlp._safe(record)), _PROTOCOL) for record in batch]
        except Exception as exc:  # reported to the caller, which raises it
            out = f"{type(exc).__name__}: {exc}"
        results.put((index, out))
