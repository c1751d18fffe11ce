"""What the engine steps share: label mapping, mentions from word labels, checks.

>>> map_label("B-GPE")
'B-LOC'
"""

from __future__ import annotations

import importlib.util
from collections.abc import Mapping, Sequence
from pathlib import Path

from ..document import Mention, Token
from ..ner.boundaries import name_part
from ..ner.rules import mentions_from_labels

__all__ = [
    "LABEL_MAP",
    "MissingEngineError",
    "map_label",
    "mentions_from_word_labels",
    "require_engine",
    "require_model_dir",
]

#: Engines' entity types and ours (``PER``, ``ORG``, ``LOC``, ``MISC``). Types not listed
#: here (``DATE``, ``MONEY``, ...) are left out of the mentions.
LABEL_MAP: Mapping[str, str] = {
    "PERS": "PER",
    "PER": "PER",
    "PERSON": "PER",
    "LOC": "LOC",
    "GPE": "LOC",
    "ORG": "ORG",
    "MISC": "MISC",
}


class MissingEngineError(ImportError):
    """An engine's package (an optional extra of this library) is not installed."""


def map_label(tag: str, labels: Mapping[str, str] = LABEL_MAP) -> str:
    """A BIO (or BIOES) tag in an engine's label set, as a BIO tag in ours.

    ``S-`` becomes ``B-`` and ``E-`` becomes ``I-``; a type missing from ``labels``
    becomes ``O``.

    >>> map_label("S-PERS"), map_label("E-GPE"), map_label("I-MISC"), map_label("PERS")
    ('B-PER', 'I-LOC', 'I-MISC', 'B-PER')
    """
    if tag == "O" or not tag:
        return "O"
    prefix, sep, kind = tag.partition("-")
    if not sep:  # an IO tag set: a bare type
        prefix, kind = "B", tag
    ours = labels.get(kind.upper())
    if ours is None:
        return "O"
    prefix = prefix.upper()
    if prefix in ("B", "S"):
        return "B-" + ours
    if prefix in ("I", "E"):
        return "I-" + ours
    return "O"


def mentions_from_word_labels(
    text: str, tokens: Sequence[Token], tags: Sequence[str], probs: Sequence[float]
) -> list[Mention]:
    """Mentions from our BIO ``tags`` over ``tokens`` (one per token), with offsets.

    A mention starts after the proclitics of its first token (``لكوريا`` -> ``كوريا``),
    as the ``ner`` step's do; its confidence is the lowest of its tokens' ``probs``.

    >>> from arabic_newsnlp import Pipeline
    >>> doc = Pipeline(steps=("tokenize", "clitics"))("زار الوفد لكوريا")
    >>> [(m.text, m.label) for m in mentions_from_word_labels(
    ...     doc.text, doc.tokens, ["O", "O", "B-LOC"], [1.0, 1.0, 0.9])]
    [('كوريا', 'LOC')]
    """
    if len(tags) != len(tokens) or len(probs) != len(tokens):
        raise ValueError(f"{len(tokens)} tokens but {len(tags)} labels and {len(probs)} scores")
    if all(tag == "O" for tag in tags):
        return []
    starts = [name_part(t)[0] for t in tokens]
    return mentions_from_labels(text, tokens, tags, probs, starts)


def require_engine(module: str, extra: str, who: str) -> None:
    """Raise :class:`MissingEngineError` naming the extra when ``module`` is missing.

    Only looks the module up; it does not import it.

    >>> require_engine("no_such_engine_module", "camel", "CamelNER")
    Traceback (most recent call last):
    ...
    arabic_newsnlp.engines._common.MissingEngineError: CamelNER needs the Python package \
'no_such_engine_module', which is not installed; install the extra: \
pip install 'arabic-newsnlp[camel]'
    """
    top = module.partition(".")[0]
    if importlib.util.find_spec(top) is None:
        raise MissingEngineError(
            f"{who} needs the Python package {top!r}, which is not installed; "
            f"install the extra: pip install 'arabic-newsnlp[{extra}]'"
        )


def require_model_dir(path: str | Path, needed: Sequence[str], who: str) -> Path:
    """The model folder ``path``, checked: it exists and holds each of ``needed``.

    Raises ``FileNotFoundError`` naming the folder and the files that are missing.

    >>> require_model_dir("no/such/folder", ["config.json"], "CamelNER")
    Traceback (most recent call last):
    ...
    FileNotFoundError: CamelNER: the model folder 'no/such/folder' does not exist
    """
    folder = Path(path)
    if not folder.is_dir():
        raise FileNotFoundError(f"{who}: the model folder {str(path)!r} does not exist")
    missing = [name for name in needed if not (folder / name).exists()]
    if missing:
        raise FileNotFoundError(
            f"{who}: the model folder {str(path)!r} has no {', '.join(missing)}"
        )
    return folder
