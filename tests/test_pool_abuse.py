"""The worker pool never hangs and never leaves processes behind.

Each scenario runs a script in its own interpreter under a hard timeout, so a hang fails
the test instead of stopping the suite.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from arabic_newsnlp import Document, Pipeline, WorkerError

TIMEOUT = 25  # seconds; each scenario takes a few when it works

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="uses /proc and signals")

# A step that makes a large document in a worker process, after leaving a mark.
BIG_STEP = """
import multiprocessing, os, pathlib
from dataclasses import dataclass, replace

@dataclass
class Big:
    name: str = "big"
    requires: tuple = ()
    provides: tuple = ()

    def __call__(self, doc):
        if multiprocessing.parent_process() is None or "نص" not in doc.text:
            return doc
        pathlib.Path(os.environ["MARK"]).write_text(str(os.getpid()))
        return replace(doc, meta={"pad": "x" * 30_000_000})
"""


def script(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "scenario.py"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def python(path: Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, str(path)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
        **kwargs,
    )


def children_of(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def wait_gone(pids: set[int], seconds: float = 15) -> set[int]:
    deadline = time.monotonic() + seconds
    while (alive := {p for p in pids if running(p)}) and time.monotonic() < deadline:
        time.sleep(0.1)
    return alive


@pytest.mark.slow
@pytest.mark.parametrize("how", ["break", "raise"])
def test_leaving_the_loop_at_module_level_does_not_hang_at_exit(tmp_path: Path, how: str) -> None:
    leave = "break" if how == "break" else "raise SystemExit(3)"
    path = script(
        tmp_path,
        f"""
        from arabic_newsnlp import Pipeline
        if __name__ == "__main__":
            nlp = Pipeline(steps=("tokenize",))
            texts = ("وصل الوفد إلى عمان. " * 3000 for _ in range(10_000))
            results = nlp.pipe(texts, batch_size=4, n_process=2)
            for doc in results:
                {leave}
            print("left")
    """,
    )
    result = python(path)
    assert result.returncode == (0 if how == "break" else 3), result.stderr
    assert ("left" in result.stdout) == (how == "break")


@pytest.mark.slow
def test_a_worker_killed_while_returning_a_large_document_raises(tmp_path: Path) -> None:
    mark = tmp_path / "mark"
    path = script(
        tmp_path,
        BIG_STEP
        + """
import signal, time
from arabic_newsnlp import Pipeline, WorkerError

if __name__ == "__main__":
    results = Pipeline(steps=(Big(),)).pipe(
        (f"نص {i}" for i in range(100)), batch_size=1, n_process=2)
    next(results)
    while not os.path.exists(os.environ["MARK"]):  # a slow consumer
        time.sleep(0.05)
    time.sleep(1)  # the worker is now part-way through sending its result
    os.kill(int(pathlib.Path(os.environ["MARK"]).read_text()), signal.SIGKILL)
    try:
        for doc in results:
            pass
    except WorkerError as exc:
        print("WorkerError:", exc)
""",
    )
    result = python(path, env={**os.environ, "MARK": str(mark)})
    assert "WorkerError: worker process arabic_newsnlp-1 stopped" in result.stdout, result.stderr
    assert "exit code -9" in result.stdout


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_workers_exit_when_their_parent_is_killed(tmp_path: Path, sig: signal.Signals) -> None:
    path = script(
        tmp_path,
        """
        import sys, time
        from arabic_newsnlp import Pipeline
        if __name__ == "__main__":
            texts = ("وصل الوفد إلى عمان. " * 500 for _ in range(10**9))
            for i, doc in enumerate(Pipeline(steps=("tokenize",)).pipe(
                    texts, batch_size=4, n_process=2)):
                if i == 20:
                    print("running", flush=True)
                time.sleep(0.01)  # a slow consumer: the workers' results pile up
    """,
    )
    proc = subprocess.Popen([sys.executable, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline() == "running\n"
        time.sleep(1)
        descendants = children_of(proc.pid)
        descendants |= {g for c in descendants for g in children_of(c)}
        assert descendants  # the worker and multiprocessing's resource tracker
        proc.send_signal(sig)
        proc.wait(timeout=TIMEOUT)
        assert not wait_gone(descendants), "processes left running after the parent died"
    finally:
        proc.kill()
        proc.wait()


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sig", "status", "message"),
    [(signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated")],
)
def test_ctrl_c_or_sigterm_on_the_cli_with_two_jobs_stops_cleanly(
    tmp_path: Path, sig: signal.Signals, status: int, message: str
) -> None:
    src = tmp_path / "in.jsonl"
    text = "قال الوزير إن «المحادثات مستمرة». " * 20
    src.write_text(
        "".join(
            json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n" for i in range(20_000)
        ),
        encoding="utf-8",
    )
    signalled = 0
    for attempt in range(3):
        out = tmp_path / f"out{attempt}.jsonl"
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "arabic_newsnlp.cli",
                "analyze",
                str(src),
                "-o",
                str(out),
                "-j",
                "2",
                "--batch-size",
                "4",
                "--steps",
                "tokenize",
                "clitics",
            ],
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
            # A shell that runs jobs in the background has them ignore SIGINT, and the
            # command line would inherit that: give it back Ctrl-C, as a terminal does.
            preexec_fn=_default_sigint,
        )
        try:
            deadline = time.monotonic() + TIMEOUT
            while (not out.exists() or out.stat().st_size < 100_000) and proc.poll() is None:
                assert time.monotonic() < deadline
                time.sleep(0.05)
            if proc.poll() is not None:
                continue  # it finished before the signal could be sent: try again
            signalled += 1
            descendants = children_of(proc.pid)
            if sig == signal.SIGINT:
                os.killpg(proc.pid, sig)  # what Ctrl-C in a terminal does
            else:
                proc.send_signal(sig)
            _, err = proc.communicate(timeout=TIMEOUT)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        assert proc.returncode == status, err
        assert err.strip() == f"arabic-newsnlp: {message}"
        lines = out.read_text(encoding="utf-8").splitlines()
        assert lines and [json.loads(line)["id"] for line in lines] == list(range(len(lines)))
        assert not wait_gone(descendants)
    assert signalled, "every run finished before it could be signalled"


# Workers that cannot start: a clear error before any record is read.


def test_a_script_without_the_main_guard_gets_a_clear_error(tmp_path: Path) -> None:
    path = script(
        tmp_path,
        """
        from arabic_newsnlp import Pipeline, WorkerError
        try:
            for doc in Pipeline(steps=("tokenize",)).pipe(["نص"] * 10, n_process=2):
                print("analysed", flush=True)
        except WorkerError as exc:
            print("WorkerError:", exc)
    """,
    )
    result = python(path)
    assert "analysed" not in result.stdout
    assert "could not start" in result.stdout and 'if __name__ == "__main__":' in result.stdout


class Unpicklable:
    name = "unpicklable"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()

    def __init__(self) -> None:
        self.hook = lambda doc: doc

    def __call__(self, doc: Document) -> Document:
        return doc


def _fail_in_a_worker() -> Unpicklable:
    if multiprocessing.parent_process() is not None:
        raise AttributeError("Can't get attribute 'Step' on <module '__main__'>")
    return Unpicklable()


class NotFoundInWorkers(Unpicklable):
    """Pickles in the caller but cannot be rebuilt in a worker, like a step defined in a
    notebook."""

    def __reduce__(self) -> tuple[object, tuple[()]]:
        return (_fail_in_a_worker, ())


@pytest.mark.parametrize(
    ("step", "message"),
    [(Unpicklable(), "cannot be sent to a worker"), (NotFoundInWorkers(), "could not start")],
)
def test_a_step_that_cannot_reach_the_workers_fails_before_any_record(
    step: Unpicklable, message: str
) -> None:
    taken = []

    def records() -> Iterator[str]:
        for i in range(100):
            taken.append(i)
            yield f"نص {i}"

    with pytest.raises(WorkerError, match=message) as caught:
        next(Pipeline(steps=(step,)).pipe(records(), n_process=2))
    assert "module level" in str(caught.value)
    assert taken == []
    assert not multiprocessing.active_children()
