"""The one table of words: ``data/lexicon/words.tsv``, one row per fact.

Each row is a word (or a phrase, its words separated by one space) as written and its
class, which says what it is: ``title``, ``org_head``, ``place_head``, ``ordinal`` (the
entity triggers), ``ambiguous``, ``describes`` ... (words the entity rules treat apart),
``given_name``, ``family_name``, ``particle`` (personal names), ``whole_word`` (never
split into clitics), and the classes the quote rules read (``comp``, ``stop`` ...). The
file's comments say what each class means. A word with several classes has one row each.

>>> "وزير الخارجية" in words("title")
True
>>> "الارهابي" in word_keys("describes")
True
"""

from __future__ import annotations

from ..resources import load_once, read_lines, read_tsv
from .keys import name_key

__all__ = [
    "CLOSED_CLASS",
    "WORDS",
    "closed_class_rows",
    "dual_forms",
    "word_classes",
    "word_keys",
    "words",
]

#: Resource names, relative to ``arabic_newsnlp/data``: the word table, and the clitic
#: analyses of closed-class words (``word``, its pieces joined by ``+``, the dictionary
#: form of the first piece where the spelling hides it).
WORDS = "lexicon/words.tsv"
CLOSED_CLASS = "lexicon/closed_class.tsv"


@load_once
def word_classes() -> dict[str, tuple[str, ...]]:
    """The words of every class, as written and in the table's order; loaded (and
    checksum-verified) once per process."""
    classes: dict[str, list[str]] = {}
    for row in read_tsv(WORDS):
        classes.setdefault(row["class"], []).append(row["word"])
    titles = classes.get("title", [])
    titles.extend(dual for title in tuple(titles) for dual in dual_forms(title))
    return {name: tuple(dict.fromkeys(found)) for name, found in classes.items()}


def dual_forms(title: str) -> tuple[str, ...]:
    """The dual of a one-word title written with its article, nominative and oblique: two
    people named after one title (الوزيران أحمد علي وكريم سالم); ``()`` for any other.

    >>> dual_forms("الوزير"), dual_forms("المحامية"), dual_forms("وزير الخارجية")
    (('الوزيران', 'الوزيرين'), ('المحاميتان', 'المحاميتين'), ())
    """
    if " " in title or not title.startswith("ال") or len(title) < 5:
        return ()
    stem = title[:-1] + "ت" if title.endswith("ة") else title
    return (stem + "ان", stem + "ين")


def words(word_class: str) -> tuple[str, ...]:
    """The words of one class as written (empty for a class the table does not hold).

    >>> "بن" in words("particle"), words("no such class")
    (True, ())
    """
    return word_classes().get(word_class, ())


@load_once
def _keyed() -> dict[str, frozenset[str]]:
    return {name: frozenset(map(name_key, found)) for name, found in word_classes().items()}


def word_keys(word_class: str) -> frozenset[str]:
    """The :func:`~arabic_newsnlp.lexicon.keys.name_key` of every word of one class.

    >>> "فتح" in word_keys("ambiguous"), "تونس" in word_keys("ambiguous")
    (True, False)
    """
    return _keyed().get(word_class, frozenset())


def closed_class_rows() -> list[str]:
    """The clitic analyses written by hand, as tab-separated rows: the closed-class table,
    then the words of class ``whole_word`` (one cell: never split).

    >>> "في" in closed_class_rows(), "بايدن" in closed_class_rows()
    (True, True)
    """
    return [*read_lines(CLOSED_CLASS), *words("whole_word")]
