"""Per-word caches are bounded by memory, not only by entries."""

import subprocess
import sys
import textwrap

import pytest

from arabic_newsnlp._cache import LONGEST_KEY, BoundedCache

SCENARIO = """
import random
from arabic_newsnlp import Pipeline, romanize, segment

def rss_mib():
    return int(open("/proc/self/statm").read().split()[1]) * 4096 / 2**20

nlp = Pipeline(steps=("tokenize", "clitics"))
nlp("قال الوزير في عمان وبلبنان.")  # loads the model and the name lists the step reads
rng = random.Random(7)
before = rss_mib()
for _ in range(40):
    word = "".join(rng.choices("ابتثجحخدرسشصعفقكلمنهوي", k=100_000))
    nlp(f"قال الوزير {word}.")
    segment(word)
    romanize(word[:20_000])
print(round(rss_mib() - before))
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc/self/statm")
def test_unique_long_words_do_not_grow_memory() -> None:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SCENARIO)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    growth = int(result.stdout)
    assert growth < 10, f"memory grew by {growth} MiB over 40 unique 100,000-letter words"


def test_bounded_by_characters_as_well_as_entries() -> None:
    cache = BoundedCache[str, int](entries=1000, chars=10)
    for i, word in enumerate(["قال", "الوزير", "إن", "الحكومة"]):
        cache.put(word, i)
    assert cache == {"إن": 2, "الحكومة": 3} and cache.held == 9  # emptied at "إن"
    cache.put("ا" * (LONGEST_KEY + 1), 9)
    assert len(cache) == 2  # too long to keep
    cache.clear()
    assert cache.held == 0


def test_tuple_keys_are_measured_by_their_word() -> None:
    cache = BoundedCache[tuple[str, bool], str](entries=10)
    assert cache.put(("ب" * 1000, True), "x") == "x"
    assert not cache
    cache.put(("بيروت", True), "Bayrut")
    assert cache.get(("بيروت", True)) == "Bayrut"
