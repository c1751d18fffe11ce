"""Spreading batches of records over processes, in input order, with bounded memory.

The calling process is one of the ``n_process``. It puts numbered batches on a task queue
that ``n_process - 1`` worker processes read from, and whenever the next result it must
yield is not back yet, it takes the oldest batch no worker has started and analyses it
itself instead of waiting. So every process stays busy, none waits at the end for more
than the batch a worker is finishing, and the results held back for the sake of order are
few. Workers pickle each result on its own and the caller unpickles it just before
yielding it, so a document the consumer has finished with is freed young instead of
surviving into the older garbage-collector generations.

Nothing hangs and nothing is left behind. Each worker sends its results on a pipe of its
own whose sending end only it holds, so a worker that dies, even half-way through a message,
is an end of file for the caller, which raises :class:`WorkerError`. Workers check that the
caller is alive between batches and stop when it is gone (a write to its pipe fails too).
No one waits for the task queue's feeder thread, so an interpreter that exits while a
``pipe`` generator is still open does not hang.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import multiprocessing
import pickle
import queue
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Sequence
from dataclasses import dataclass
from multiprocessing import connection
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess
    from multiprocessing.queues import Queue

    from .document import Document
    from .pipeline import Pipeline, Record

__all__ = ["WorkerError", "map_in_processes"]

_T = TypeVar("_T")

# How long to wait on a queue or a pipe before checking that the other side is alive.
_POLL_SECONDS = 0.5
_PROTOCOL = pickle.HIGHEST_PROTOCOL
_HINT = (
    "Worker processes are started afresh and import the calling script: put the code "
    "that calls pipe(n_process=...) under `if __name__ == \"__main__\":`, and define "
    "custom steps at module level in an importable module (not in a notebook)"
)


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
    processes, this one included.

    Raises :class:`WorkerError`, before any record is read, when the workers cannot
    start: the pipeline cannot be sent to them, or they fail while starting up.
    """
    try:
        setup = pickle.dumps((nlp, finish), _PROTOCOL)
    except Exception as exc:
        raise WorkerError(
            f"the pipeline cannot be sent to a worker process ({type(exc).__name__}: {exc}); "
            f"{_HINT}, or use n_process=1"
        ) from exc
    context = multiprocessing.get_context("spawn")
    tasks: Queue[bytes] = context.Queue()
    # Nothing waits for the queue's feeder thread, at exit least of all: once the workers
    # are gone no one reads, and waiting would hang the interpreter.
    tasks.cancel_join_thread()
    workers: list[_Worker] = []
    try:
        for i in range(1, n_process):
            receive, send = context.Pipe(duplex=False)
            process = context.Process(
                target=_work, args=(setup, tasks, send), name=f"arabic_newsnlp-{i}", daemon=True
            )
            workers.append(_Worker(process, receive))
            _start(process)
            send.close()  # the worker holds the only sending end: its death is an end of file
        _wait_ready(workers)
        yield from _schedule(nlp, records, finish, tasks, workers, batch_size, n_process)
    finally:
        _stop(workers, tasks)


def _schedule(
    nlp: Pipeline,
    records: Iterable[Record],
    finish: Callable[[Document], _T],
    tasks: Queue[bytes],
    workers: Sequence[_Worker],
    batch_size: int,
    n_process: int,
) -> Generator[_T, None, None]:
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
        elif _collect(workers, remote, wait=False):
            continue
        elif own_records:
            own_results.append(analyse(own_records.popleft()))
        else:
            if own >= 0:  # ours is done but behind a worker's: take another
                finished[own], own_results, own = own_results, [], -1
            try:
                own, batch = pickle.loads(tasks.get_nowait())
            except queue.Empty:  # every batch is taken: wait for the workers
                _collect(workers, remote, wait=True)
            else:
                own_records.extend(batch)


@dataclass(frozen=True, slots=True)
class _Worker:
    process: BaseProcess
    results: Connection  # the receiving end of the pipe only this worker sends on

    def receive(self) -> tuple[int, list[bytes]]:
        """The worker's next message; :class:`WorkerError` if it reports a failure or
        died before sending it whole."""
        try:
            index, payload = pickle.loads(self.results.recv_bytes())
        except (EOFError, OSError):
            self.process.join(timeout=_POLL_SECONDS)
            raise WorkerError(
                f"worker process {self.process.name} stopped unexpectedly "
                f"(exit code {self.process.exitcode})"
            ) from None
        if isinstance(payload, str):
            raise WorkerError(f"worker process {self.process.name} failed: {payload}")
        return index, payload


def _collect(workers: Sequence[_Worker], into: dict[int, list[bytes]], *, wait: bool) -> bool:
    """Move the results that are back into ``into``; with ``wait``, wait for one first.
    Returns whether there were any."""
    got = False
    while True:
        ready = [w for w in workers if w.results.poll(0)]
        if not ready and wait and not got:
            ends: dict[object, _Worker] = {w.results: w for w in workers}
            ready = [ends[end] for end in connection.wait([w.results for w in workers],
                                                          _POLL_SECONDS)]
        if not ready:
            return got
        for worker in ready:
            index, payload = worker.receive()
            into[index] = payload
            got = True


def _wait_ready(workers: Sequence[_Worker]) -> None:
    """Wait until each worker has rebuilt the pipeline; raise what stopped one that
    could not."""
    for worker in workers:
        try:
            worker.receive()
        except WorkerError as exc:
            raise WorkerError(
                f"worker process {worker.process.name} could not start: {exc}. {_HINT}"
            ) from None


def _start(process: BaseProcess) -> None:
    """Start a worker with Ctrl-C ignored from its first instruction on: it reaches
    the whole process group, and the caller handles it by stopping the workers."""
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread, which alone may set handlers
        previous = None
    try:
        process.start()
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def _stop(workers: Sequence[_Worker], tasks: Queue[bytes]) -> None:
    for worker in workers:
        if worker.process.is_alive():
            worker.process.terminate()
    for worker in workers:
        worker.process.join(timeout=5)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        worker.results.close()
    # Read what is left so that the feeder thread can finish writing it and stop.
    with contextlib.suppress(Exception):
        while True:
            tasks.get(timeout=0.05)
    tasks.close()


def _work(setup: bytes, tasks: Queue[bytes], results: Connection) -> None:
    """A worker process: analyse batches from ``tasks`` while the caller is alive."""
    try:
        nlp, finish = pickle.loads(setup)
    except Exception as exc:  # reported by the caller, which raises it
        _send(results, (-1, f"{type(exc).__name__}: {exc}"))
        return
    _send(results, (-1, []))
    try:
        # Load the resources now, then exempt them from garbage collection: in a process
        # we own, full collections need not walk the models and lexicons again.
        nlp("تحميل الموارد.")
        gc.freeze()
    except Exception as exc:
        _send(results, (-1, f"{type(exc).__name__}: {exc}"))
        return
    parent = multiprocessing.parent_process()
    while parent is None or parent.is_alive():
        try:
            index, batch = pickle.loads(tasks.get(timeout=_POLL_SECONDS))
        except queue.Empty:
            continue
        out: list[bytes] | str
        try:
            out = [pickle.dumps(finish(nlp._safe(record)), _PROTOCOL) for record in batch]
        except Exception as exc:  # reported to the caller, which raises it
            out = f"{type(exc).__name__}: {exc}"
        if not _send(results, (index, out)):
            return


def _send(results: Connection, message: tuple[int, list[bytes] | str]) -> bool:
    """Send ``message`` to the caller; ``False`` if the caller is gone."""
    try:
        results.send_bytes(pickle.dumps(message, _PROTOCOL))
    except OSError:
        return False
    return True
