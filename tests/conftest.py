"""Test options, and which copy of arabic_newsnlp the tests exercise.

``--slow`` also runs the tests marked ``@pytest.mark.slow`` (long stress and scaling
tests); without it they are skipped, so that a local run stays short. CI runs them all.

The tests use whichever ``arabic_newsnlp`` Python finds first: run from the project root,
the source tree; run from ``tests/`` after ``pip install .``, the installed package, which
is how CI runs them (see the README's install-and-test command). ``--installed`` makes the
run stop at once unless the package comes from outside this checkout. Every subprocess a
test starts imports the same copy (``PYTHONPATH`` leads with the folder it was found in),
and the checkout's own folders (``benchmarks``, ``examples``, ``docs``) are read from the
checkout these tests belong to, wherever the package came from.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

import arabic_newsnlp

#: The checkout these tests belong to.
ROOT = Path(__file__).resolve().parent.parent
#: The folder the package under test was imported from.
PACKAGE_HOME = Path(arabic_newsnlp.__file__).resolve().parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--slow",
        action="store_true",
        default=False,
        help="also run the slow tests (marked slow); CI runs them all",
    )
    parser.addoption(
        "--installed",
        action="store_true",
        default=False,
        help="fail unless arabic_newsnlp is imported from an installed copy, not this "
        "source tree (run from tests/ after pip install .)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: a long test, run only with --slow")
    if config.getoption("installed") and PACKAGE_HOME == ROOT:
        raise pytest.UsageError(
            f"--installed: arabic_newsnlp is imported from the source tree "
            f"({arabic_newsnlp.__file__}); install it (pip install .) and run pytest from "
            "tests/, where the source tree is not on the import path"
        )
    # benchmarks/ (which a few tests import) from this checkout, placed after every
    # installed package so that it can never shadow an installed arabic_newsnlp.
    if str(ROOT) not in sys.path:
        sys.path.append(str(ROOT))
    # Subprocesses import the copy under test, whatever their working directory.
    inherited = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(
        [str(PACKAGE_HOME), str(ROOT), *([inherited] if inherited else [])]
    )


def pytest_report_header(config: pytest.Config) -> str:
    return f"arabic_newsnlp {arabic_newsnlp.__version__} from {PACKAGE_HOME}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
