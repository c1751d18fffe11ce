"""Last names that name a person alone, and the everyday words that are no names: a
surname unlabelled text seldom uses (:func:`rare_surname`), or one the name lists know as
a surname and unlabelled text uses no more than a surname may (:func:`listed_surname`),
found alone again after the person's full name (:func:`.consistency.propagate`).

>>> rare_surname("فيلسيك"), everyday_word("الذي")
(True, True)
"""

from __future__ import annotations

from ..lexicon.gazetteer import gazetteer, name_lists
from ..lexicon.usage import frequency_band, seldom_used
from ..lexicon.words import word_keys

__all__ = ["everyday_word", "listed_surname", "rare_surname"]

#: Word classes whose words are no given names.
_NOT_NAMES = ("ambiguous", "describes", "speaker_head", "stop", "adverb")
#: The highest frequency band of a surname the name lists know that names a person alone,
#: as high as a listed given name may reach (at most 255 uses in 10.6 M words: الجزيري,
#: الوسلاتي, مسعود; not الطبيب, a doctor, nor العربي).
_LISTED_SURNAME_BAND = 7
#: A surname that names a person alone has more letters than this.
_MIN_LETTERS = 3


def everyday_word(key: str) -> bool:
    """Whether a word is in a word class of everyday words, none a given name
    (``ambiguous``, ``describes``, ``speaker_head``, ``stop``, ``adverb``)."""
    return any(key in word_keys(c) for c in _NOT_NAMES)


def rare_surname(key: str) -> bool:
    """A last name that unlabelled text seldom uses, and not as a given name: it names
    the person alone."""
    return (
        len(key) > _MIN_LETTERS
        and seldom_used(key)
        and key not in word_keys("given_name")
        and key not in word_keys("ambiguous")
    )


def listed_surname(key: str) -> bool:
    """A last name the name lists know as a surname, which unlabelled text uses no more
    than band :data:`_LISTED_SURNAME_BAND`, no everyday word, nationality (``الجزائري``: the
    adjective of any noun) nor a given name spelt as a particle: it names the person alone
    too, once the document has named them in full (``مالك الجزيري`` ... ``سيواجه الجزيري``).

    >>> listed_surname("الجزيري"), listed_surname("العربي"), listed_surname("الجزائري")
    (True, False, False)
    """
    return (
        len(key) > _MIN_LETTERS
        and frequency_band(key) <= _LISTED_SURNAME_BAND
        and "surname" in name_lists().word_kinds(key)
        and key not in word_keys("given_name")
        and not everyday_word(key)
        and gazetteer().nationality(key) is None
    )
