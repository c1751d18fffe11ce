"""One converter between the result types and their JSON form, read off the types.

A result type is a dataclass; its JSON form is an object with one key per field, in field
order. How each value is written follows the field's type hint:

=====================  =======================  ===========================================
field type             written as               read back
=====================  =======================  ===========================================
a dataclass ``D``      ``D``'s object           ``D`` (``None`` or ``{}`` -> ``None`` for
(or ``D | None``)      (or ``null``)            ``D | None``)
``tuple[D, ...]``      a list of objects        a tuple of ``D``
``tuple[X, ...]``      a list                   a tuple
``Mapping[...]``       an object (a copy)       a ``dict``
anything else          the value as it is       the value as it is
=====================  =======================  ===========================================

Reading, a field with a default may be missing (it takes the default), and so may a tuple
(it is empty); any other missing field raises ``KeyError``. A field whose metadata holds
``{"json": "omit_none"}`` is left out when it is ``None``.

The converter of each type is generated once, as :mod:`dataclasses` generates
``__init__``, so writing a token costs what a hand-written ``to_dict`` does.

>>> from arabic_newsnlp.document import Quote, Span
>>> quote = Quote("direct", (Span("نعم", 5, 8),))
>>> written = to_dict(quote)
>>> list(written)
['kind', 'content', 'cue', 'speaker', 'entity', 'confidence', 'method', 'co_speakers']
>>> written["content"], written["cue"]
([{'text': 'نعم', 'start': 5, 'end': 8}], None)
>>> from_dict(Quote, {"kind": "direct", "content": written["content"]}) == quote
True
"""

from __future__ import annotations

import dataclasses
import sys
import threading
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

__all__ = ["decoder", "encoder", "from_dict", "to_dict"]

_T = TypeVar("_T")
Encoder = Callable[[Any], dict[str, Any]]
Decoder = Callable[[Mapping[str, Any]], Any]

_encoders: dict[tuple[type, frozenset[str]], Encoder] = {}
_decoders: dict[type, Decoder] = {}
_lock = threading.RLock()


def to_dict(obj: object, *, empty: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The JSON-native dict of a dataclass instance; the tuple fields named in ``empty``
    are written as empty lists (``Document.to_dict(tokens=False)``)."""
    return encoder(type(obj), empty)(obj)


def from_dict(cls: type[_T], data: Mapping[str, Any]) -> _T:
    """An instance of dataclass ``cls`` from the dict :func:`to_dict` writes."""
    made: _T = decoder(cls)(data)
    return made


def encoder(cls: type, empty: frozenset[str] = frozenset()) -> Encoder:
    """The function that writes instances of dataclass ``cls``, the fields named in
    ``empty`` as empty lists (made once, then kept)."""
    key = (cls, empty)
    found = _encoders.get(key)
    if found is None:
        with _lock:
            found = _encoders.get(key) or _build(cls, encode=True, empty=empty)
            _encoders[key] = found
    return found


def decoder(cls: type) -> Decoder:
    """The function that reads instances of dataclass ``cls`` (made once, then kept)."""
    found = _decoders.get(cls)
    if found is None:
        with _lock:
            found = _decoders.get(cls) or _build(cls, encode=False)
            _decoders[cls] = found
    return found


def _kind(hint: Any) -> tuple[str, type | None]:
    """How a field of type ``hint`` is converted: ``(kind, dataclass or None)``."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return "object", hint
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) == 1 and isinstance(inner[0], type) and dataclasses.is_dataclass(inner[0]):
            return "optional", inner[0]
        return "plain", None
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = args[0]
        if isinstance(item, type) and dataclasses.is_dataclass(item):
            return "objects", item
        return "items", None
    if origin is not None and isinstance(origin, type) and issubclass(origin, Mapping):
        return "mapping", None
    return "plain", None


def _build(cls: type, *, encode: bool, empty: frozenset[str] = frozenset()) -> Callable[..., Any]:
    if not dataclasses.is_dataclass(cls):
        raise TypeError(f"{cls.__name__} is not a dataclass")
    module = sys.modules.get(cls.__module__)
    hints = typing.get_type_hints(cls, vars(module) if module else None)
    namespace: dict[str, Any] = {"cls": cls}
    lines = []
    for number, field in enumerate(dataclasses.fields(cls)):
        kind, inner = _kind(hints[field.name])
        if inner is not None:  # nested types convert through their own functions
            namespace[f"inner{number}"] = encoder(inner) if encode else decoder(inner)
        if encode:
            lines.append(_write(field, "empty" if field.name in empty else kind, f"inner{number}"))
        else:
            lines.append(_read(field, kind, f"inner{number}", number, namespace))
    if encode:
        source = _encoder_source(cls, lines)
    else:
        source = (
            "def convert(data):\n    return cls(\n"
            + "".join(f"        {line},\n" for line in lines)
            + "    )\n"
        )
    exec(source, namespace)  # the generated function, as dataclasses does for __init__
    convert: Callable[..., Any] = namespace["convert"]
    convert.__qualname__ = f"{'encode' if encode else 'decode'}_{cls.__name__}"
    return convert


def _encoder_source(cls: type, lines: list[str]) -> str:
    fields = dataclasses.fields(cls)
    omitted = [f for f in fields if f.metadata.get("json") == "omit_none"]
    if any(f is not fields[-len(omitted) + i] for i, f in enumerate(omitted)):
        raise TypeError(f"{cls.__name__}: fields left out when None must come last")
    kept = lines[: len(lines) - len(omitted)]
    body = "    out = {\n" + "".join(f"        {line},\n" for line in kept) + "    }\n"
    for field, line in zip(omitted, lines[len(kept) :], strict=True):
        value = line.split(": ", 1)[1]
        body += f"    if obj.{field.name} is not None:\n        out[{field.name!r}] = {value}\n"
    return "def convert(obj):\n" + body + "    return out\n"


def _write(field: dataclasses.Field[Any], kind: str, inner: str) -> str:
    value = f"obj.{field.name}"
    written = {
        "empty": "[]",
        "object": f"{inner}({value})",
        "optional": f"{inner}({value}) if {value} is not None else None",
        "objects": f"[{inner}(x) for x in {value}]",
        "items": f"list({value})",
        "mapping": f"dict({value})",
        "plain": value,
    }[kind]
    return f"{field.name!r}: {written}"


def _read(
    field: dataclasses.Field[Any], kind: str, inner: str, number: int, namespace: dict[str, Any]
) -> str:
    name = repr(field.name)
    if field.default is not dataclasses.MISSING:
        namespace[f"default{number}"] = field.default
        value = f"data.get({name}, default{number})"
    elif kind in ("objects", "items", "mapping"):  # a list or object left out is empty
        value = f"data.get({name}, ())"
    elif field.default_factory is not dataclasses.MISSING:
        namespace[f"factory{number}"] = field.default_factory
        value = f"(data[{name}] if {name} in data else factory{number}())"
    else:
        value = f"data[{name}]"
    return {
        "object": f"{inner}({value})",
        "optional": f"{inner}({value}) if {value} else None",
        "objects": f"tuple(map({inner}, {value}))",
        "items": f"tuple({value})",
        "mapping": f"dict({value})",
        "plain": value,
    }[kind]
