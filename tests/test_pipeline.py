import multiprocessing
import os
import signal
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace

import pytest

import arabic_newsnlp
from arabic_newsnlp import Document, Pipeline, WorkerError


def test_analyze_empty_and_whitespace() -> None:
    for text in ("", "  \n\t "):
        doc = arabic_newsnlp.analyze(text)
        assert doc.text == text and doc.tokens == () and doc.sentences == ()


@pytest.mark.parametrize("bad", [b"\xd9\x82", None, 5, ["نص"]])
def test_analyze_rejects_non_str(bad: object) -> None:
    with pytest.raises(TypeError, match="str"):
        arabic_newsnlp.analyze(bad)  # type: ignore[arg-type]


def test_bytes_error_says_how_to_fix() -> None:
    with pytest.raises(TypeError, match="decode"):
        arabic_newsnlp.analyze(b"abc")  # type: ignore[arg-type]


def test_unknown_step() -> None:
    with pytest.raises(ValueError, match="unknown pipeline step 'parse'"):
        Pipeline(steps=("tokenize", "parse"))


def test_requirements_are_checked_at_construction() -> None:
    with pytest.raises(ValueError, match="requires tokens"):
        Pipeline(steps=("clitics",))


@dataclass
class Shout:
    name: str = "shout"
    requires: tuple[str, ...] = ("tokens",)
    provides: tuple[str, ...] = ("shouted",)

    def __call__(self, doc: Document) -> Document:
        return replace(doc, meta={**doc.meta, "n": len(doc.tokens)})


def test_custom_step() -> None:
    nlp = Pipeline(steps=("tokenize", Shout()))
    assert nlp.step_names == ("tokenize", "shout")
    assert nlp("قال الوزير").meta["n"] == 2


def test_pipe_keeps_order_and_metadata_and_errors() -> None:
    nlp = Pipeline(steps=("tokenize",))
    records = [
        "نص أول",
        ("نص ثان", {"id": 2}),
        {"text": "نص ثالث", "id": 3, "source": "x"},
        {"id": 4},
        {"text": None, "id": 5},
        7,
        "",
    ]
    docs = list(nlp.pipe(records, batch_size=2))  # type: ignore[arg-type]
    assert len(docs) == len(records)
    assert [d.ok for d in docs] == [True, True, True, False, False, False, True]
    assert docs[1].meta == {"id": 2}
    assert docs[2].meta == {"id": 3, "source": "x"}
    assert "text" in (docs[3].error or "") and docs[3].meta == {"id": 4}
    assert "NoneType" in (docs[4].error or "")
    assert "int" in (docs[5].error or "")


def test_pipe_with_processes_equals_serial() -> None:
    nlp = Pipeline(steps=("tokenize",))
    records = [{"text": f"الخبر رقم {i}. وصل الوفد.", "id": i} for i in range(50)] + [{"id": "bad"}]
    serial = list(nlp.pipe(records, batch_size=4))
    parallel = list(nlp.pipe(records, batch_size=4, n_process=2))
    assert parallel == serial


def test_pipe_rejects_bad_options() -> None:
    nlp = Pipeline(steps=("tokenize",))
    with pytest.raises(ValueError, match="batch_size"):
        list(nlp.pipe(["x"], batch_size=0))
    with pytest.raises(ValueError, match="n_process"):
        list(nlp.pipe(["x"], n_process=0))


def test_pipe_json_equals_documents_serial_and_parallel() -> None:
    nlp = Pipeline(steps=("tokenize",))
    records = [{"text": f"خبر {i}. وصل الوفد.", "id": i} for i in range(20)] + [{"id": "x"}]
    expected = [d.to_json(tokens=False) for d in nlp.pipe(records)]
    assert list(nlp.pipe_json(records, tokens=False)) == expected
    assert list(nlp.pipe_json(records, tokens=False, batch_size=3, n_process=2)) == expected
    assert '"error"' in expected[-1]


@dataclass
class DieInWorker:
    """Kills a worker process at its first record; slow in the calling process, so that
    the worker gets some of the records."""

    name: str = "die"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()

    def __call__(self, doc: Document) -> Document:
        if multiprocessing.parent_process() is not None:
            os._exit(3)
        time.sleep(0.2)
        return doc


def test_a_worker_that_dies_is_reported_not_waited_for() -> None:
    nlp = Pipeline(steps=(DieInWorker(),))
    with pytest.raises(WorkerError, match=r"stopped unexpectedly.*exit code 3"):
        list(nlp.pipe([f"نص {i}" for i in range(40)], batch_size=1, n_process=2))
    assert not multiprocessing.active_children()


def test_stopping_early_stops_the_workers() -> None:
    nlp = Pipeline(steps=("tokenize",))
    records = (f"الخبر رقم {i}." for i in range(100_000))
    results = nlp.pipe(records, batch_size=8, n_process=2)
    first = [next(results) for _ in range(30)]
    results.close()
    assert [d.text for d in first] == [f"الخبر رقم {i}." for i in range(30)]
    assert not multiprocessing.active_children()


def test_ctrl_c_is_left_to_the_calling_process() -> None:
    nlp = Pipeline(steps=("tokenize",))
    records = [f"الخبر رقم {i}." for i in range(2000)]
    results = nlp.pipe(records, batch_size=20, n_process=2)
    first = next(results)
    for child in multiprocessing.active_children():
        os.kill(child.pid or 0, signal.SIGINT)
    assert [first.text, *(d.text for d in results)] == records


def test_parallel_pipe_reads_the_input_lazily() -> None:
    nlp = Pipeline(steps=("tokenize",))
    taken = 0

    def records() -> Iterator[str]:
        nonlocal taken
        for i in range(10_000):
            taken += 1
            yield f"نص {i}"

    results = nlp.pipe(records(), batch_size=10, n_process=2)
    next(results)
    results.close()
    assert taken <= 10 * 4 * 2 + 10  # a few batches ahead, not the whole input


def test_records_that_cannot_be_sent_to_a_worker_are_analysed_anyway() -> None:
    nlp = Pipeline(steps=("tokenize",))
    records = [{"text": f"نص {i}", "id": i, "key": i} for i in range(20)]
    records[7]["key"] = lambda: "not picklable"
    docs = list(nlp.pipe(records, batch_size=3, n_process=2))
    assert [d.meta["id"] for d in docs] == list(range(20))
    assert all(d.ok for d in docs) and docs[7].meta["key"]() == "not picklable"
