"""What the package ships and declares: one version, no training tools or training
artefacts at run time, and the copy under test the same in subprocesses."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from pathlib import Path

import pytest

import arabic_newsnlp
from arabic_newsnlp import resources

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_HOME = Path(arabic_newsnlp.__file__).resolve().parent.parent


def pyproject() -> dict[str, object]:
    tomllib = pytest.importorskip("tomllib", reason="tomllib is in Python 3.11 and later")
    data: dict[str, object] = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return data


def test_the_version_is_written_once() -> None:
    project = pyproject()["project"]
    assert isinstance(project, dict)
    assert "version" not in project and "version" in project["dynamic"]
    tool = pyproject()["tool"]
    assert isinstance(tool, dict)
    assert tool["setuptools"]["dynamic"]["version"] == {"attr": "arabic_newsnlp.__version__"}
    if PACKAGE_HOME != ROOT:  # an installed copy: its metadata says the same
        assert importlib.metadata.version("arabic-newsnlp") == arabic_newsnlp.__version__


def test_crfsuite_is_a_training_tool_only() -> None:
    project = pyproject()["project"]
    assert isinstance(project, dict)
    assert not any("crfsuite" in d for d in project["dependencies"])
    assert any(d.startswith("python-crfsuite") for d in project["optional-dependencies"]["train"])
    assert not list(resources.DATA_DIR.rglob("*.crfsuite"))
    assert not any(name.endswith(".crfsuite") for name in resources.manifest()["files"])


def test_subprocesses_import_the_copy_under_test_and_no_training_tool(tmp_path: Path) -> None:
    code = (
        "import sys, arabic_newsnlp\n"
        "arabic_newsnlp.analyze('قال الوزير في بيروت: «نعم».')\n"
        "print(arabic_newsnlp.__file__)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'pycrfsuite', 'sklearn'}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    ).stdout.splitlines()
    assert Path(out[0]).resolve() == Path(arabic_newsnlp.__file__).resolve()
    assert out[1] == "[]"
