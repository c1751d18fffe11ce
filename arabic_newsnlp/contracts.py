"""The names the pipeline and its results share, as ``Literal`` types, each written once.

The built-in steps are named by :data:`StepName` and declare the document fields they
``requires`` and ``provides`` as :data:`Field` values; a token's ``kind`` is a
:data:`TokenKind`, a segment's a :data:`SegmentKind`, a mention's ``label`` a
:data:`MentionLabel` and a quote's ``kind`` a :data:`QuoteKind`. The tuples of their values
(:data:`FIELDS`, :data:`STEP_NAMES` ...) are read from the types, so the two cannot drift
apart. :class:`~arabic_newsnlp.Pipeline` checks, when it is built, that each step's
declarations are tuples of names (:func:`check_declared`) and that every requirement is met.

>>> from arabic_newsnlp.contracts import FIELDS, STEP_NAMES
>>> FIELDS
('sentences', 'tokens', 'segments', 'mentions', 'entities', 'quotes')
>>> STEP_NAMES
('tokenize', 'clitics', 'ner', 'link', 'quotes')
"""

from __future__ import annotations

from typing import Literal, TypeGuard, get_args

__all__ = [
    "FIELDS",
    "MENTION_LABELS",
    "QUOTE_KINDS",
    "SEGMENT_KINDS",
    "STEP_NAMES",
    "TOKEN_KINDS",
    "Field",
    "MentionLabel",
    "QuoteKind",
    "SegmentKind",
    "StepName",
    "TokenKind",
    "check_declared",
    "is_step_name",
    "mention_label",
]

#: What a step can require or provide: the parts of a :class:`~arabic_newsnlp.Document` a
#: step fills (``segments`` are those of the tokens).
Field = Literal["sentences", "tokens", "segments", "mentions", "entities", "quotes"]
#: The built-in steps, in data-flow order.
StepName = Literal["tokenize", "clitics", "ner", "link", "quotes"]
#: What a :class:`~arabic_newsnlp.Token` is.
TokenKind = Literal[
    "word",
    "latin",
    "number",
    "date",
    "punct",
    "url",
    "email",
    "hashtag",
    "mention",
    "emoji",
    "symbol",
]
#: What a :class:`~arabic_newsnlp.Segment` of a token is.
SegmentKind = Literal["proclitic", "stem", "enclitic"]
#: What a :class:`~arabic_newsnlp.Mention` (and its entity) names.
MentionLabel = Literal["PER", "ORG", "LOC", "MISC"]
#: How a :class:`~arabic_newsnlp.Quote` reports speech.
QuoteKind = Literal["direct", "indirect", "mixed"]

FIELDS: tuple[Field, ...] = get_args(Field)
STEP_NAMES: tuple[StepName, ...] = get_args(StepName)
TOKEN_KINDS: tuple[TokenKind, ...] = get_args(TokenKind)
SEGMENT_KINDS: tuple[SegmentKind, ...] = get_args(SegmentKind)
MENTION_LABELS: tuple[MentionLabel, ...] = get_args(MentionLabel)
QUOTE_KINDS: tuple[QuoteKind, ...] = get_args(QuoteKind)


def is_step_name(name: object) -> TypeGuard[StepName]:
    """Whether ``name`` names a built-in step.

    >>> is_step_name("ner"), is_step_name("NER")
    (True, False)
    """
    return name in STEP_NAMES


def mention_label(label: str) -> MentionLabel:
    """``label`` as a :data:`MentionLabel` (``PERS``, ANERcorp's spelling, is ``PER``);
    ``ValueError`` naming it when it is none.

    >>> mention_label("ORG"), mention_label("PERS")
    ('ORG', 'PER')
    """
    if label == "PERS":
        return "PER"
    for known in MENTION_LABELS:
        if label == known:
            return known
    raise ValueError(f"not a mention label: {label!r} (expected one of {MENTION_LABELS})")


def check_declared(step: object) -> None:
    """Raise ``TypeError`` naming the step unless its ``name`` is a string and its
    ``requires`` and ``provides`` are tuples (or lists) of strings.

    >>> class Counter:
    ...     name, requires, provides = "counter", ("tokens"), ("count",)
    >>> check_declared(Counter())
    Traceback (most recent call last):
    ...
    TypeError: pipeline step 'counter': requires must be a tuple of names ..., got 'tokens'
    """
    name = getattr(step, "name", None)
    if not isinstance(name, str):
        raise TypeError(f"a pipeline step's name must be a str, got {name!r} for {step!r}")
    for attribute in ("requires", "provides"):
        value = getattr(step, attribute, None)
        if not isinstance(value, (tuple, list)) or not all(isinstance(v, str) for v in value):
            raise TypeError(
                f"pipeline step {name!r}: {attribute} must be a tuple of names such as "
                f'("tokens",), got {value!r}'
            )
