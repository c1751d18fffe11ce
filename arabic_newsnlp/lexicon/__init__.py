"""The lexicon: every word list and the gazetteer, read in one place for every step.

The data are plain files under ``arabic_newsnlp/data/lexicon`` (checked against the
resource manifest, loaded once per process on first use):

- ``words.tsv``: one row per fact, a word and its class (``title``, ``org_head``,
  ``ambiguous``, ``given_name``, ``family_name``, ``particle``, ``whole_word``, the quote
  rules' ``comp``, ``stop`` ...): :mod:`.words`;
- ``speech_verbs.tsv`` (one row per lemma, inflected by the loader) and
  ``source_phrases.tsv``: :mod:`.speech`, with the word classes the quote rules read;
- ``gazetteer.tsv``, ``nationalities.tsv`` and ``names.tsv``: :mod:`.gazetteer`;
- ``closed_class.tsv``: the clitic analyses of closed-class words, read by the clitic step;
- ``ner/wordreps.tsv``: each word's frequency band and clusters in unlabelled text:
  :mod:`.usage`.

Words are compared by the keys of :mod:`.keys`.

>>> from arabic_newsnlp.lexicon import gazetteer, words
>>> "المتحدث باسم" in words("title"), gazetteer().trigger("المتحدث باسم")
(True, 'title')
"""

from .gazetteer import gazetteer, name_lists, nationalities
from .keys import name_key
from .words import word_classes, word_keys, words

__all__ = [
    "gazetteer",
    "name_key",
    "name_lists",
    "nationalities",
    "word_classes",
    "word_keys",
    "words",
]
