"""The lexicon: one table of words, one row per fact, read only by the lexicon package."""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

from arabic_newsnlp.lexicon.speech import lexicon
from arabic_newsnlp.lexicon.words import word_classes
from arabic_newsnlp.resources import DATA_DIR, read_tsv
from arabic_newsnlp.text.normalize import normalize

PACKAGE = Path(__file__).resolve().parent.parent / "arabic_newsnlp"


def test_every_class_is_explained_in_the_table() -> None:
    text = (DATA_DIR / "lexicon" / "words.tsv").read_text(encoding="utf-8")
    explained = set(re.findall(r"^# (\w+): ", text, flags=re.MULTILINE))
    assert set(word_classes()) == explained


def test_no_row_is_written_twice() -> None:
    rows = Counter((row["word"], row["class"]) for row in read_tsv("lexicon/words.tsv"))
    assert not [row for row, n in rows.items() if n > 1]


def test_a_speaker_head_is_not_also_a_title_or_a_plural() -> None:
    # titles and human plurals head speaker phrases already: a speaker_head row repeating
    # one would be a second place for the same fact
    titles = {normalize(w.split()[0]).removeprefix("ال") for w in word_classes()["title"]}
    plurals = {normalize(w) for w in word_classes()["plural"]}
    heads = {normalize(w) for w in word_classes()["speaker_head"]}
    assert not heads & (titles | plurals)
    assert heads <= lexicon().words("title")


def test_only_the_lexicon_package_names_the_lexicon_files() -> None:
    found = []
    for path in PACKAGE.rglob("*.py"):
        if path.parent.name == "lexicon":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            value = node.value if isinstance(node, ast.Constant) else None
            if isinstance(value, str) and value.startswith("lexicon/"):
                found.append(f"{path.name}: {value}")
    assert not found


def test_one_word_titles_have_their_duals() -> None:
    from arabic_newsnlp.lexicon.words import dual_forms, words

    assert "الوزيران" in words("title") and "المحاميتين" in words("title")
    assert dual_forms("وزير") == () and dual_forms("وزير الخارجية") == ()


def test_role_classes_of_prepositions_hold_only_prepositions() -> None:
    # one closed class of prepositions; the classes naming a preposition's role in one
    # rule (a title's adjunct, an anonymous source's place) are subsets of it
    prepositions = lexicon().words("preposition")
    assert {"في", "خلال", "بشان", "امام"} <= prepositions
    for role in ("title_end", "place_prep"):
        assert lexicon().words(role) <= prepositions, role
