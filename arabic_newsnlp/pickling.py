"""Fast pickling of the result types, which worker processes send back to the caller.

A slotted result type pickles as its class and its field values (:class:`FastPickle`), and
is rebuilt by setting its slots directly, which is what a frozen dataclass's ``__init__``
does, minus its per-field overhead. A document's tokens and segments travel as columns,
their texts sliced back out of the document text (:func:`document_columns`): sending
documents back is on the hot path of ``pipe(n_process=...)``, and columns are read and
rebuilt by loops in C.

>>> import pickle
>>> import arabic_newsnlp
>>> doc = arabic_newsnlp.analyze("قال الوزير: «نعم».")
>>> pickle.loads(pickle.dumps(doc)) == doc
True
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from itertools import chain, islice, repeat
from operator import attrgetter
from typing import Any

__all__ = ["FastPickle", "document_columns", "rebuild", "rebuild_document"]

_new = object.__new__
_SETTERS: dict[type, tuple[Any, ...]] = {}


def _setters(cls: type) -> tuple[Any, ...]:
    setters = _SETTERS.get(cls)
    if setters is None:
        names: tuple[str, ...] = cls.__slots__  # type: ignore[attr-defined]
        setters = _SETTERS[cls] = tuple(getattr(cls, name).__set__ for name in names)
    return setters


def rebuild(cls: type, values: tuple[Any, ...]) -> Any:
    """An instance of a slotted result type from its field values, without ``__init__``."""
    obj: Any = _new(cls)
    for setter, value in zip(_setters(cls), values, strict=True):
        setter(obj, value)
    return obj


def _fill(cls: type, columns: tuple[list[Any], ...]) -> list[Any]:
    """Make ``len(columns[0])`` instances of ``cls`` from one column per slot, in order;
    the loops run in C."""
    made: list[Any] = list(map(_new, repeat(cls, len(columns[0]))))
    for setter, column in zip(_setters(cls), columns, strict=True):
        deque(map(setter, made, column), maxlen=0)
    return made


class FastPickle:
    """Mixin: pickle a slotted result type as ``rebuild(cls, field values)``."""

    __slots__: tuple[str, ...] = ()

    def __reduce__(self) -> tuple[Any, ...]:
        return (rebuild, (type(self), tuple(getattr(self, n) for n in self.__slots__)))


_token_start, _token_end, _token_norm, _token_kind, _token_segments = (
    attrgetter(name) for name in ("start", "end", "norm", "kind", "segments")
)
_segment_start, _segment_end, _segment_kind, _segment_form = (
    attrgetter(name) for name in ("start", "end", "kind", "form")
)


def document_columns(doc: Any) -> tuple[Any, ...]:
    """What a document pickles as: ``(text, sentences, token and segment columns, its
    other fields)``; :func:`rebuild_document` is the inverse. A document's slots are
    ``text``, ``sentences``, ``tokens`` and then the rest; a token's are ``text, start,
    end, norm, kind, segments`` and a segment's ``text, start, end, kind, form``."""
    tokens: Sequence[Any] = doc.tokens
    segments = list(map(_token_segments, tokens))
    flat = list(chain.from_iterable(segments))
    columns = (
        list(map(_token_start, tokens)),
        list(map(_token_end, tokens)),
        list(map(_token_norm, tokens)),
        list(map(_token_kind, tokens)),
        list(map(len, segments)),
        list(map(_segment_start, flat)),
        list(map(_segment_end, flat)),
        list(map(_segment_kind, flat)),
        list(map(_segment_form, flat)),
    )
    rest = _REST.get(type(doc)) or _rest_getter(type(doc))
    return (doc.text, doc.sentences, columns, rest(doc))


_REST: dict[type, attrgetter[Any]] = {}


def _rest_getter(cls: type) -> attrgetter[Any]:
    names: tuple[str, ...] = cls.__slots__  # type: ignore[attr-defined]
    getter = _REST[cls] = attrgetter(*names[3:])
    return getter


def rebuild_document(
    types: tuple[type, type, type],
    text: str,
    sentences: tuple[Any, ...],
    columns: tuple[list[Any], ...],
    rest: tuple[Any, ...],
) -> Any:
    """The inverse of :func:`document_columns`, for the document, token and segment
    ``types``."""
    document_type, token_type, segment_type = types
    starts, ends, norms, kinds, counts, s_starts, s_ends, s_kinds, s_forms = columns
    cut = text.__getitem__
    segments = iter(
        _fill(
            segment_type,
            (list(map(cut, map(slice, s_starts, s_ends))), s_starts, s_ends, s_kinds, s_forms),
        )
    )
    grouped = list(map(tuple, map(islice, repeat(segments), counts)))
    tokens = _fill(
        token_type, (list(map(cut, map(slice, starts, ends))), starts, ends, norms, kinds, grouped)
    )
    return rebuild(document_type, (text, sentences, tuple(tokens), *rest))
