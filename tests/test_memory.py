"""Streaming a long run of documents through pipe() keeps memory bounded."""

import itertools
from collections.abc import Iterator

import pytest

psutil = pytest.importorskip("psutil")

from arabic_newsnlp import Pipeline  # noqa: E402

WORDS = [
    "الوزير",
    "الحكومة",
    "بيروت",
    "قال",
    "إن",
    "المحادثات",
    "مستمرة",
    "وأضاف",
    "سيول",
    "الاقتصاد",
    "النمو",
    "في",
    "مع",
    "الرئيس",
    "الشركة",
    "عمان",
    "الأسبوع",
    "المقبل",
]


def documents(n: int) -> Iterator[dict[str, object]]:
    for i in range(n):
        words = [WORDS[(i * k + k) % len(WORDS)] for k in range(1, 7)]
        yield {"id": i, "text": f"{' '.join(words)} رقم {i}."}


@pytest.mark.slow
def test_pipe_over_100000_documents_keeps_memory_flat() -> None:
    nlp = Pipeline()
    process = psutil.Process()
    stream = nlp.pipe(documents(100_000))
    for _ in itertools.islice(stream, 20_000):
        pass
    after_warmup = process.memory_info().rss
    count = 20_000
    for doc in stream:
        assert doc.ok
        count += 1
    growth = process.memory_info().rss - after_warmup
    assert count == 100_000
    assert growth < 25 * 2**20, f"memory grew by {growth / 2**20:.1f} MiB over 80,000 documents"
