"""Shipped data files, verified against ``data/manifest.json`` before use.

Every resource (model, lexicon, gazetteer) is a plain data file under
``arabic_newsnlp/data``; the manifest records its sha256. Loading a file that is missing
or whose checksum differs raises :class:`ResourceError` naming the file.

>>> from arabic_newsnlp.resources import manifest
>>> isinstance(manifest(), dict)
True
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable
from functools import cache, wraps
from pathlib import Path
from typing import Any, TypeVar

__all__ = [
    "DATA_DIR",
    "MANIFEST",
    "UPDATE_MANIFEST",
    "ResourceError",
    "load_once",
    "manifest",
    "read_lines",
    "read_tsv",
    "resource_path",
    "sha256_of",
    "verify_all",
]

logger = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent / "data"
MANIFEST = "manifest.json"
#: The one command that records edited or rebuilt data files in the manifest.
UPDATE_MANIFEST = "python training/update_manifest.py"
_lock = threading.Lock()


class ResourceError(RuntimeError):
    """A shipped data file is missing, corrupted, or not listed in the manifest."""


_T = TypeVar("_T")


def load_once(factory: Callable[[], _T]) -> Callable[[], _T]:
    """Decorator: build a resource on the first call, once per process, thread-safely.

    Later calls return the same object without taking the lock.

    >>> @load_once
    ... def table() -> dict[str, int]:
    ...     return {"a": 1}
    >>> table() is table()
    True
    """
    lock = threading.Lock()
    box: list[_T] = []

    @wraps(factory)
    def get() -> _T:
        if box:
            return box[0]
        with lock:
            if not box:
                started = time.perf_counter()
                box.append(factory())
                logger.debug(
                    "loaded %s.%s in %.3f s",
                    factory.__module__,
                    factory.__qualname__,
                    time.perf_counter() - started,
                )
        return box[0]

    return get


def sha256_of(path: Path) -> str:
    """The hex sha256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@cache
def manifest() -> dict[str, Any]:
    """The manifest: ``{"files": {relative name: {"sha256": ..., "bytes": ...}}}``.

    Raises :class:`ResourceError` naming the manifest when it cannot be read or does not
    have that shape.
    """
    path = DATA_DIR / MANIFEST
    if not path.exists():
        return {"files": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ResourceError(f"cannot read the resource manifest {path}: {exc}") from exc
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict):
        raise ResourceError(
            f"the resource manifest {path} is malformed: expected an object whose 'files' "
            "maps each file name to its sha256; reinstall arabic-newsnlp"
        )
    for name, entry in files.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("sha256"), str):
            raise ResourceError(
                f"the resource manifest {path} is malformed: the entry for {name!r} has no "
                "'sha256'; reinstall arabic-newsnlp"
            )
    checked: dict[str, Any] = data
    return checked


def verify_all() -> None:
    """Check every file the manifest lists, once per process; raise :class:`ResourceError`
    naming the first one missing or corrupted. :class:`~arabic_newsnlp.Pipeline` calls
    it when built, so a broken install fails there, before any text is analysed.

    >>> verify_all()
    """
    for name in manifest()["files"]:
        resource_path(name)


_verified: dict[str, Path] = {}


def resource_path(name: str) -> Path:
    """The path of shipped resource ``name`` (e.g. ``"ner/weights.json"``), verified.

    The checksum is computed once per process; later calls are a dictionary lookup.
    """
    found = _verified.get(name)
    if found is not None:
        return found
    with _lock:
        if name in _verified:
            return _verified[name]
        path = DATA_DIR / name
        entry = manifest().get("files", {}).get(name)
        if entry is None:
            raise ResourceError(
                f"resource {name!r} is not listed in {DATA_DIR / MANIFEST}; "
                f"record it with `{UPDATE_MANIFEST}` from the project root"
            )
        if not path.is_file():
            raise ResourceError(
                f"resource file {path} is missing; reinstall arabic-newsnlp "
                "or rebuild it with the script in training/"
            )
        actual = sha256_of(path)
        if actual != entry["sha256"]:
            raise ResourceError(
                f"resource file {path} is corrupted or was edited: sha256 {actual} does not "
                f"match the manifest's {entry['sha256']}. After editing a word list (or "
                f"rebuilding a model), record it with `{UPDATE_MANIFEST}` from the project "
                "root; otherwise reinstall arabic-newsnlp"
            )
        logger.debug("resource %s verified: %s bytes, sha256 %s", name, entry.get("bytes"), actual)
        _verified[name] = path
        return path


def read_lines(name: str) -> list[str]:
    """Non-empty lines of a text resource, without ``#`` comment lines."""
    text = resource_path(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated resource whose first (non-comment) line is the header."""
    lines = read_lines(name)
    if not lines:
        return []
    header = lines[0].split("\t")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header):
            raise ResourceError(
                f"resource {name}: row {number} has {len(cells)} fields, expected {len(header)}"
            )
        rows.append(dict(zip(header, cells, strict=True)))
    return rows
