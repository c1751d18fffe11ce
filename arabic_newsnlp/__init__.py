"""arabic_newsnlp: Arabic news analysis with exact character offsets.

Sentences and words (clitics split), people, organisations and places, and who said
what, as immutable result objects.

>>> import arabic_newsnlp
>>> doc = arabic_newsnlp.analyze("وقال الوزير: «سنعمل معا».")
>>> doc.sentences[0].text
'وقال الوزير: «سنعمل معا».'
"""

from .display import render
from .document import (
    SCHEMA_VERSION,
    Attribute,
    Cue,
    Document,
    Entity,
    Mention,
    Quote,
    Segment,
    Sentence,
    Span,
    Speaker,
    Token,
)
from .pipeline import DEFAULT_STEPS, STEP_NAMES, Pipeline, Step, WorkerError, analyze
from .resources import ResourceError
from .tables import to_dataframe
from .text.clitics import segment
from .text.normalize import normalize, strip_diacritics, strip_tatweel
from .text.sentences import split_sentences
from .text.tokenize import tokenize
from .transliterate import buckwalter, from_buckwalter, romanize

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_STEPS",
    "SCHEMA_VERSION",
    "STEP_NAMES",
    "Attribute",
    "Cue",
    "Document",
    "Entity",
    "Mention",
    "Pipeline",
    "Quote",
    "ResourceError",
    "Segment",
    "Sentence",
    "Span",
    "Speaker",
    "Step",
    "Token",
    "WorkerError",
    "__version__",
    "analyze",
    "buckwalter",
    "from_buckwalter",
    "normalize",
    "render",
    "romanize",
    "segment",
    "split_sentences",
    "strip_diacritics",
    "strip_tatweel",
    "to_dataframe",
    "tokenize",
]
