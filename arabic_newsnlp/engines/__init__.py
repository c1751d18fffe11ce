"""Other engines' models as pipeline steps: their entities, our offsets, linking and quotes.

An engine step replaces the ``ner`` step: it runs another library's named-entity model on
the document's tokens and turns its labels into :class:`~arabic_newsnlp.document.Mention`
objects with exact offsets into the original text, proclitics cut as the ``ner`` step
cuts them, so ``link`` and ``quotes`` run on its mentions unchanged.

- :class:`~.camel.CamelNER`: a CAMeL Tools BERT token classifier (extra ``camel``).

Nothing here imports an engine until a step first runs: ``import arabic_newsnlp.engines``
works without the extras, and a missing extra or model folder is reported by name.

>>> from arabic_newsnlp.engines import map_label
>>> [map_label(tag) for tag in ("B-PERS", "I-GPE", "B-ORG", "O", "B-DATE")]
['B-PER', 'I-LOC', 'B-ORG', 'O', 'O']
"""

from __future__ import annotations

from ._common import (
    LABEL_MAP,
    MissingEngineError,
    map_label,
    mentions_from_word_labels,
    require_engine,
    require_model_dir,
)
from .camel import CamelNER

__all__ = [
    "LABEL_MAP",
    "CamelNER",
    "MissingEngineError",
    "map_label",
    "mentions_from_word_labels",
    "require_engine",
    "require_model_dir",
]
