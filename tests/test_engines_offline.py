"""The default install stays offline: importing the package, the engine steps' module,
and analysing a text import no deep-learning engine."""

import json
import subprocess
import sys

import pytest

from arabic_newsnlp.engines import CamelNER, MissingEngineError, map_label, require_engine

HEAVY = ("torch", "camel_tools", "stanza", "transformers")

CHECK = f"""
import json, sys
import arabic_newsnlp
import arabic_newsnlp.engines
doc = arabic_newsnlp.analyze("وقال وزير الخارجية في بيروت: «سنواصل الحوار».")
assert doc.mentions and doc.quotes, doc
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in {HEAVY!r})))
"""


def test_import_and_analyze_import_no_engine() -> None:
    out = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out.strip().splitlines()[-1]) == []


def test_label_map() -> None:
    assert [map_label(t) for t in ("B-PERS", "I-PERS", "B-GPE", "I-LOC", "B-ORG", "B-MISC")] == [
        "B-PER",
        "I-PER",
        "B-LOC",
        "I-LOC",
        "B-ORG",
        "B-MISC",
    ]
    assert map_label("B-DATE") == "O"
    assert map_label("O") == "O"


def test_missing_model_folder_is_named(tmp_path) -> None:
    with pytest.raises(FileNotFoundError, match="does not exist"):
        CamelNER(tmp_path / "nothing")
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(FileNotFoundError, match=r"has no vocab\.txt"):
        CamelNER(tmp_path)
    (tmp_path / "vocab.txt").write_text("[PAD]\n")
    with pytest.raises(FileNotFoundError, match="has no weights"):
        CamelNER(tmp_path)


def test_missing_extra_is_named() -> None:
    with pytest.raises(MissingEngineError, match=r"arabic-newsnlp\[camel\]"):
        require_engine("no_such_engine_module_xyz", "camel", "CamelNER")


def test_missing_camel_extra_is_named(tmp_path, monkeypatch) -> None:
    import importlib.util

    real = importlib.util.find_spec

    def find_spec(name: str, *args: object) -> object:
        # As if the extra were not installed, where it is.
        return None if name == "camel_tools" else real(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    for name in ("config.json", "vocab.txt", "model.safetensors"):
        (tmp_path / name).write_text("{}")
    with pytest.raises(MissingEngineError, match=r"'camel_tools'.*arabic-newsnlp\[camel\]"):
        CamelNER(tmp_path)
