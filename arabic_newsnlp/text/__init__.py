"""Text processing: normalisation views, tokenization, sentences and clitics."""

from .normalize import normalize, strip_diacritics, strip_tatweel
from .sentences import split_sentences
from .tokenize import tokenize

__all__ = ["normalize", "split_sentences", "strip_diacritics", "strip_tatweel", "tokenize"]
