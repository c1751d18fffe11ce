"""Run the pipeline over a Dask bag or DataFrame (the optional ``dask`` extra).

Each worker process builds one :class:`~arabic_newsnlp.Pipeline` per set of steps and
keeps it, so resources load once per worker, not once per partition or record. Records are
analysed with :meth:`Pipeline.pipe`, so a bad record becomes an error result and never
loses the rest of its partition.

>>> import dask.bag as db
>>> from arabic_newsnlp.dask import analyze_bag
>>> bag = db.from_sequence([{"id": 1, "text": "وصل الوزير إلى عمان."}], npartitions=1)
>>> analyze_bag(bag, tokens=False).compute(scheduler="sync")[0]["meta"]
{'id': 1}

Analysing a folder of JSON-lines files into Parquet, on all local cores::

    import json
    import dask.bag as db
    from dask.distributed import Client, LocalCluster
    from arabic_newsnlp.dask import analyze_bag, to_flat_records

    with Client(LocalCluster(n_workers=2, threads_per_worker=1)):
        records = db.read_text("articles/*.jsonl").filter(str.strip).map(json.loads)
        flat = analyze_bag(records, tokens=False).map(to_flat_records)
        flat.to_dataframe().to_parquet("analysed/")
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Sequence
from typing import Any

from .contracts import StepName
from .document import Document
from .pipeline import DEFAULT_STEPS, Pipeline, Record

__all__ = ["analyze_bag", "analyze_dataframe", "analyze_partition", "to_flat_records"]


def analyze_partition(
    records: Iterable[Record], *, steps: Sequence[StepName] = DEFAULT_STEPS, tokens: bool = True
) -> list[dict[str, Any]]:
    """Analyse one partition of records into :meth:`Document.to_dict` dicts, in order.

    >>> [d["meta"] for d in analyze_partition([{"text": "نص", "id": 7}], steps=("tokenize",))]
    [{'id': 7}]
    """
    encode = functools.partial(_to_dict, tokens=tokens)
    return list(Pipeline.shared(steps).map(encode, records))


def analyze_bag(bag: Any, *, steps: Sequence[StepName] = DEFAULT_STEPS, tokens: bool = True) -> Any:
    """Map the pipeline over a ``dask.bag.Bag`` of records; returns a bag of dicts.

    Records are what :meth:`Pipeline.pipe` takes (strings, ``(text, meta)`` pairs, or dicts
    with ``"text"``). Each output dict is :meth:`Document.to_dict`; records that failed
    carry an ``"error"`` key.
    """
    return bag.map_partitions(analyze_partition, steps=tuple(steps), tokens=tokens)


def to_flat_records(data: dict[str, Any]) -> dict[str, Any]:
    """One analysed document as a flat row for a table (Parquet, CSV, SQL).

    Scalar metadata become columns; mentions, entities and quotes are JSON strings.

    >>> row = to_flat_records({"text": "x", "meta": {"id": 3}, "mentions": [], "quotes": []})
    >>> row["id"], row["mentions"], row["error"]
    (3, '[]', None)
    """
    meta = data.get("meta") or {}
    row: dict[str, Any] = {
        k: v for k, v in meta.items() if v is None or isinstance(v, (str, int, float, bool))
    }
    row.update(
        text=data.get("text", ""),
        sentences=len(data.get("sentences") or ()),
        mentions=json.dumps(data.get("mentions") or [], ensure_ascii=False),
        entities=json.dumps(data.get("entities") or [], ensure_ascii=False),
        quotes=json.dumps(data.get("quotes") or [], ensure_ascii=False),
        error=data.get("error"),
    )
    return row


def _to_dict(doc: Document, *, tokens: bool) -> dict[str, Any]:
    return doc.to_dict(tokens=tokens)


def _analyze_frame(frame: Any, text_column: str, steps: tuple[StepName, ...]) -> Any:
    import pandas as pd

    records = (
        {**row, "text": row.pop(text_column)} if text_column != "text" else row
        for row in frame.to_dict(orient="records")
    )
    rows = [to_flat_records(d) for d in analyze_partition(records, steps=steps, tokens=False)]
    out = pd.DataFrame(rows, index=frame.index, columns=_OUTPUT_COLUMNS)
    return pd.concat([frame, out.drop(columns=["text"])], axis=1)


_OUTPUT_COLUMNS = ["text", "sentences", "mentions", "entities", "quotes", "error"]


def analyze_dataframe(
    frame: Any, *, text_column: str = "text", steps: Sequence[StepName] = DEFAULT_STEPS
) -> Any:
    """Add analysis columns to a ``dask.dataframe.DataFrame`` or a ``pandas.DataFrame``.

    The result keeps every input column and adds ``sentences`` (count), ``mentions``,
    ``entities``, ``quotes`` (JSON strings, see :func:`to_flat_records`) and ``error``.
    A pandas DataFrame is analysed at once, in this process, and a pandas DataFrame
    returned; a Dask one lazily, partition by partition. For one row per mention or
    quote, see :func:`arabic_newsnlp.to_dataframe`.

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"body": ["زار الوزير بيروت."], "source": ["x"]})
    >>> analyze_dataframe(frame, text_column="body")[["source", "sentences", "error"]]
      source  sentences error
    0      x          1  None
    """
    import pandas as pd

    if text_column not in frame.columns:
        raise KeyError(
            f"the DataFrame has no column {text_column!r} (columns: {list(frame.columns)})"
        )
    if isinstance(frame, pd.DataFrame):
        return _analyze_frame(frame, text_column, tuple(steps))
    meta = {
        **dict(frame.dtypes),
        "sentences": "int64",
        "mentions": "object",
        "entities": "object",
        "quotes": "object",
        "error": "object",
    }
    return frame.map_partitions(_analyze_frame, text_column, tuple(steps), meta=meta)
