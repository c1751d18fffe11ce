"""Spreading batches of records over processes, in input order, with bounded memory.

The calling process is one of the ``n_process``. It reads a few numbered batches ahead and
hands the oldest to the ``n_process - 1`` worker processes, each holding at most two, and
whenever the next result it must yield is not back yet, it takes the oldest batch no worker
has been given and analyses it itself instead of waiting. So every process stays busy,
none waits at the end for more than the two batches a worker holds, and the results held
back for the sake of order are few. Workers pickle each result on its own and the caller
unpickles it just before yielding it, so a document the consumer has finished with is
freed young instead of surviving into the older garbage-collector generations.

Nothing hangs and nothing is left behind. Each worker has two pipes of its own, one for its
batches and one for its results, with one end in the worker and the other in the caller:
no queue between processes, no feeder thread, no lock. A worker that dies, even half-way
through sending a large result, is an end of file for the caller, which raises
:class:`WorkerError`; a caller that is gone (killed, say) is an end of file or a broken pipe
for its workers, which then leave. A thread in each worker takes batches off its pipe as
they come, so handing one over never waits, and neither side can block the other.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import pickle
import queue
import signal
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Sequence
from dataclasses import dataclass
from multiprocessing import connection
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

__all__ = ["Task", "WorkerError", "map_in_processes"]

_R = TypeVar("_R")
_T = TypeVar("_T")
_R_contra = TypeVar("_R_contra", contravariant=True)
_T_co = TypeVar("_T_co", covariant=True)


class Task(Protocol[_R_contra, _T_co]):
    """The work done on each record, in whichever process takes it; pickled once and sent
    to every worker. It must not raise for a bad record (return a result saying so)."""

    def __call__(self, record: _R_contra, /) -> _T_co: ...

    def warm_up(self) -> None:
        """Prepare (load resources) before the first record; run once in each worker."""


_PROTOCOL = pickle.HIGHEST_PROTOCOL
_AHEAD = 2  # batches a worker may hold: the one it analyses and the next
_HINT = (
    "Worker processes are started afresh and import the calling script: put the code "
    'that calls pipe(n_process=...) under `if __name__ == "__main__":`, and define '
    "custom steps at module level in an importable module (not in a notebook)"
)


class WorkerError(RuntimeError):
    """A worker process stopped unexpectedly, or failed outside the analysis of a record
    (which :meth:`Pipeline.pipe` reports in that record's document instead)."""


def map_in_processes(
    task: Task[_R, _T],
    records: Iterable[_R],
    *,
    batch_size: int,
    n_process: int,
) -> Generator[_T, None, None]:
    """``task(record)`` for each record, in order, on ``n_process`` processes, this one
    included.

    Raises :class:`WorkerError`, before any record is read, when the workers cannot
    start: the task cannot be sent to them, or they fail while starting up.
    """
    try:
        setup = pickle.dumps(task, _PROTOCOL)
    except Exception as exc:
        raise WorkerError(
            f"the pipeline cannot be sent to a worker process ({type(exc).__name__}: {exc}); "
            f"{_HINT}, or use n_process=1"
        ) from exc
    context = multiprocessing.get_context("spawn")
    workers: list[_Worker] = []
    try:
        for i in range(1, n_process):
            task_in, task_out = context.Pipe(duplex=False)
            result_in, result_out = context.Pipe(duplex=False)
            process = context.Process(
                target=_work,
                args=(setup, task_in, result_out),
                name=f"arabic_newsnlp-{i}",
                daemon=True,
            )
            workers.append(_Worker(process, task_out, result_in))
            _start(process)
            # Each pipe now has one end in each process: a death on either side is an end
            # of file (or a broken pipe) on the other.
            task_in.close()
            result_out.close()
        _wait_ready(workers)
        yield from _schedule(task, records, workers, batch_size, n_process)
    finally:
        _stop(workers)


def _schedule(
    analyse: Task[_R, _T],
    records: Iterable[_R],
    workers: Sequence[_Worker],
    batch_size: int,
    n_process: int,
) -> Generator[_T, None, None]:
    source = iter(records)
    batches = iter(lambda: list(itertools.islice(source, batch_size)), [])
    bound = 4 * n_process  # batches read but not yet yielded, whatever the input length
    waiting: deque[tuple[int, list[_R]]] = deque()  # batches no process has started
    given = {worker: 0 for worker in workers}  # batches each worker has and has not sent back
    remote: dict[int, list[bytes]] = {}  # batches back from the workers
    finished: dict[int, list[_T]] = {}  # batches analysed here, behind a worker's batch
    own = -1  # the number of the batch this process is analysing, if any
    own_records: deque[_R] = deque()  # its records still to analyse
    own_results: list[_T] = []  # and those analysed, not yet yielded
    read = done = 0
    while True:
        while read - done < bound and (batch := next(batches, None)) is not None:
            waiting.append((read, batch))
            read += 1
        _hand_out(waiting, given, finished, analyse)
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
        elif _collect(given, remote, wait=False):
            continue
        elif own_records:
            own_results.append(analyse(own_records.popleft()))
        else:
            if own >= 0:  # ours is done but behind a worker's: take another
                finished[own], own_results, own = own_results, [], -1
            if waiting:
                own, batch = waiting.popleft()
                own_records.extend(batch)
            else:  # every batch is taken: wait for the workers
                _collect(given, remote, wait=True)


def _hand_out(
    waiting: deque[tuple[int, list[_R]]],
    given: dict[_Worker, int],
    finished: dict[int, list[_T]],
    analyse: Callable[[_R], _T],
) -> None:
    """Give the oldest waiting batches to the least busy workers, up to :data:`_AHEAD`
    each; a batch that cannot be pickled is analysed here, into ``finished``."""
    while waiting and given:
        worker = min(given, key=given.__getitem__)
        if given[worker] >= _AHEAD:
            return
        index, batch = waiting.popleft()
        try:
            task = pickle.dumps((index, batch), _PROTOCOL)
        except Exception:  # a record that cannot be pickled is analysed here
            finished[index] = list(map(analyse, batch))
        else:
            worker.send(task)
            given[worker] += 1


@dataclass(frozen=True, slots=True, eq=False)
class _Worker:
    process: BaseProcess
    tasks: Connection  # the sending end of the pipe only this worker reads
    results: Connection  # the receiving end of the pipe only this worker sends on

    def send(self, task: bytes) -> None:
        """Give the worker a batch; a thread of the worker reads it at once."""
        try:
            self.tasks.send_bytes(task)
        except OSError:
            raise self._died() from None

    def receive(self) -> tuple[int, list[bytes]]:
        """The worker's next message; :class:`WorkerError` if it reports a failure or
        died before sending it whole."""
        try:
            index, payload = pickle.loads(self.results.recv_bytes())
        except (EOFError, OSError):
            raise self._died() from None
        if isinstance(payload, str):
            raise WorkerError(f"worker process {self.process.name} failed: {payload}")
        return index, payload

    def _died(self) -> WorkerError:
        self.process.join(timeout=1)
        return WorkerError(
            f"worker process {self.process.name} stopped unexpectedly "
            f"(exit code {self.process.exitcode})"
        )


def _collect(given: dict[_Worker, int], into: dict[int, list[bytes]], *, wait: bool) -> bool:
    """Move the results that are back into ``into``, counting them off ``given``; with
    ``wait``, wait for one first. Returns whether there were any."""
    got = False
    while True:
        ready = [w for w in given if w.results.poll(0)]
        if not ready and wait and not got:
            ends: dict[object, _Worker] = {w.results: w for w in given}
            ready = [ends[end] for end in connection.wait([w.results for w in given])]
        if not ready:
            return got
        for worker in ready:
            index, payload = worker.receive()
            into[index] = payload
            given[worker] -= 1
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


def _stop(workers: Sequence[_Worker]) -> None:
    for worker in workers:
        worker.tasks.close()  # an idle worker reads the end of file and leaves
        if worker.process.is_alive():
            worker.process.terminate()
    for worker in workers:
        worker.process.join(timeout=5)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        worker.results.close()


def _work(setup: bytes, tasks: Connection, results: Connection) -> None:
    """A worker process: analyse the batches the caller sends until it closes the pipe
    or is gone."""
    try:
        task = pickle.loads(setup)
    except Exception as exc:  # reported by the caller, which raises it
        _send(results, (-1, f"{type(exc).__name__}: {exc}"))
        return
    # A thread takes each batch off the pipe as soon as it comes, so the caller never
    # waits to hand one over, even while this process is busy or sending a result.
    batches: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
    threading.Thread(target=_receive, args=(tasks, batches), daemon=True).start()
    _send(results, (-1, []))
    try:
        # Load the resources now, then exempt them from garbage collection: in a process
        # we own, full collections need not walk the models and lexicons again.
        task.warm_up()
        gc.freeze()
    except Exception as exc:
        _send(results, (-1, f"{type(exc).__name__}: {exc}"))
        return
    while (blob := batches.get()) is not None:
        index, batch = pickle.loads(blob)
        out: list[bytes] | str
        try:
            out = [pickle.dumps(task(record), _PROTOCOL) for record in batch]
        except Exception as exc:  # reported to the caller, which raises it
            out = f"{type(exc).__name__}: {exc}"
        if not _send(results, (index, out)):
            return


def _receive(tasks: Connection, into: queue.SimpleQueue[bytes | None]) -> None:
    """Move batches from the pipe to ``into``; ``None`` once the caller is done or gone."""
    try:
        while True:
            into.put(tasks.recv_bytes())
    except (EOFError, OSError):
        into.put(None)


def _send(results: Connection, message: tuple[int, list[bytes] | str]) -> bool:
    """Send ``message`` to the caller; ``False`` if the caller is gone."""
    try:
        results.send_bytes(pickle.dumps(message, _PROTOCOL))
    except OSError:
        return False
    return True
