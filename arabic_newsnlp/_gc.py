"""Pausing Python's cyclic garbage collector while one document is analysed.

Analysing a document allocates a few objects per character (tokens, segments, features,
mentions), nearly all of them freed by reference counting. The cyclic collector still walks
the live tracked objects each time it runs, and its full passes come round again and again
as a large document's objects pile up: on a 4 MB document the tokenizer alone ran twice as
long with the collector on. :func:`paused` turns the collector off for the length of a
``with`` block and back on afterwards (also when the block raises), unless it was already
off; nested and concurrent uses (several threads each analysing a document) keep it off
until the last one ends. Any cycle made meanwhile is collected after the block.

>>> import gc
>>> with paused():
...     gc.isenabled()
False
>>> gc.isenabled()
True
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused"]

_lock = threading.Lock()
_depth = 0  # blocks running inside paused() that found the collector on, or nested in one


@contextmanager
def paused() -> Iterator[None]:
    """Run the ``with`` block with the cyclic garbage collector off (see the module)."""
    global _depth
    with _lock:
        owner = _depth > 0 or gc.isenabled()
        if owner:
            _depth += 1
            gc.disable()
    try:
        yield
    finally:
        if owner:
            with _lock:
                _depth -= 1
                if _depth == 0:
                    gc.enable()
