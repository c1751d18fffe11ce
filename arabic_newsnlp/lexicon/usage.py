"""How often unlabelled Arabic uses a word: the word representations learned by
``training/build_wordreps.py`` from 10.6 M words of Wikipedia and ANT news.

Per name key, the table gives the frequency band (``floor(log2(count))``) and the word's
k-means cluster at three granularities. The entity tagger reads them as features; the
clitic step and the entity rules read the band.

>>> frequency_band("تونس") > frequency_band("زرمدين") > 0
True
>>> frequency_band("غداد")
-1
"""

from __future__ import annotations

from ..resources import load_once, read_lines

__all__ = ["SELDOM_BAND", "WORD_REPS", "frequency_band", "seldom_used", "word_reps"]

#: Resource name of the word representations, relative to ``arabic_newsnlp/data``.
WORD_REPS = "ner/wordreps.tsv"
#: The highest frequency band of a word unlabelled text seldom uses (a foreign name, a
#: rare surname: at most 63 uses in 10.6 M words).
SELDOM_BAND = 5


@load_once
def word_reps() -> dict[str, tuple[str, ...]]:
    """Per name key, its feature strings from unlabelled text: the frequency band and
    its clusters at three granularities (``fb=12``, ``c64=5``, ``c256=17``, ``c1024=300``).
    A key not in the table is rare (``fb=rare``)."""
    out: dict[str, tuple[str, ...]] = {}
    header: list[str] = []
    for line in read_lines(WORD_REPS):
        cells = line.split("\t")
        if not header:
            header = cells[1:]
            continue
        out[cells[0]] = tuple(f"{h}={c}" for h, c in zip(header, cells[1:], strict=True))
    return out


def frequency_band(key: str) -> int:
    """The frequency band of the word with name key ``key``; -1 for a word too rare to be
    in the table."""
    reps = word_reps().get(key)
    band = reps[0].removeprefix("fb=") if reps else ""
    return int(band) if band.isdigit() else -1


def seldom_used(key: str) -> bool:
    """Whether unlabelled text seldom uses the word (band at most :data:`SELDOM_BAND`).

    >>> seldom_used("غداد"), seldom_used("تونس")
    (True, False)
    """
    return frequency_band(key) <= SELDOM_BAND
