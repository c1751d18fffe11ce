"""The Dask integration, on a real LocalCluster with two worker processes."""

import json
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("dask.distributed")

# A cluster of worker processes takes seconds to start; the docstring examples of
# arabic_newsnlp.dask and tests/test_tables.py cover the integration in a default run.
pytestmark = pytest.mark.slow

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402

from arabic_newsnlp import Pipeline  # noqa: E402
from arabic_newsnlp.dask import analyze_bag, analyze_dataframe, to_flat_records  # noqa: E402

TEXTS = [
    "وصل وزير الخارجية الأردني إلى القاهرة. وقال إن «المحادثات مثمرة».",
    "أعلنت الحكومة اللبنانية خطة جديدة للكهرباء في بيروت.",
    "«لن نتراجع»، قالت المتحدثة باسم الوزارة للصحفيين.",
]


def records() -> list[object]:
    out: list[object] = [{"id": i, "text": TEXTS[i % 3] + f" الخبر {i}."} for i in range(40)]
    out.insert(7, {"id": "no-text"})
    return out


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def test_bag_equals_serial_record_for_record(client: object) -> None:
    data = records()
    serial = [d.to_dict() for d in Pipeline().pipe(data)]  # type: ignore[arg-type]
    bag = db.from_sequence(data, npartitions=4)
    distributed_result = analyze_bag(bag).compute()
    assert len(distributed_result) == len(data)
    assert distributed_result == serial
    assert "error" in distributed_result[7]


def test_jsonl_folder_to_parquet(client: object, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    data = [r for r in records() if isinstance(r, dict) and "text" in r]
    for part in range(2):
        with open(folder / f"part{part}.jsonl", "w", encoding="utf-8") as handle:
            for record in data[part::2]:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    bag = db.read_text(str(folder / "*.jsonl")).filter(str.strip).map(json.loads)
    analyze_bag(bag, tokens=False).map(to_flat_records).to_dataframe().to_parquet(
        str(tmp_path / "out")
    )
    table = pd.read_parquet(tmp_path / "out")
    assert sorted(table["id"]) == sorted(r["id"] for r in data)
    assert table["error"].isna().all()
    expected = {
        r["id"]: to_flat_records(Pipeline()(r["text"], meta={"id": r["id"]}).to_dict())
        for r in data
    }
    for row in table.to_dict(orient="records"):
        assert row["quotes"] == expected[row["id"]]["quotes"]
        assert row["mentions"] == expected[row["id"]]["mentions"]


def test_dataframe(client: object) -> None:
    frame = pd.DataFrame({"doc": TEXTS, "source": ["a", "b", "c"]})
    result = analyze_dataframe(dd.from_pandas(frame, npartitions=2), text_column="doc").compute()
    assert list(result["source"]) == ["a", "b", "c"]
    nlp = Pipeline()
    for text, quotes in zip(TEXTS, result["quotes"], strict=True):
        assert quotes == to_flat_records(nlp(text).to_dict())["quotes"]
    with pytest.raises(KeyError, match="no column 'body'"):
        analyze_dataframe(dd.from_pandas(frame, npartitions=1), text_column="body")
