"""The examples in the package's docstrings run and print what they show."""

import doctest
import importlib
import pkgutil

import pytest

import arabic_newsnlp

SUBMODULES = pkgutil.walk_packages(arabic_newsnlp.__path__, "arabic_newsnlp.")
MODULES = ["arabic_newsnlp", *sorted(info.name for info in SUBMODULES)]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    if name == "arabic_newsnlp.dask":
        pytest.importorskip("dask", reason="the dask extra is not installed")
    if name == "arabic_newsnlp.tables":
        pytest.importorskip("pandas", reason="the pandas extra is not installed")
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"
