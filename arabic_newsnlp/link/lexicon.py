"""What linking knows: gazetteer names, nationality adjectives, titles, name order.

The shipped tables load lazily, once per process (:func:`default_lexicon`); tests and
callers can build a :class:`LinkLexicon` from their own rows.

>>> from arabic_newsnlp.link.lexicon import LinkLexicon
>>> lex = LinkLexicon(titles=["وزير الخارجية"], nationalities=[("الأميركي", "US")],
...                   family_names=["يون"])
>>> lex.titles[("وزير", "خارجيه")], lex.nationalities[("اميركي",)]
('وزير الخارجية', 'US')
"""

from __future__ import annotations

from collections.abc import Iterable

from .._cache import BoundedCache
from ..lexicon.gazetteer import Gazetteer, GazetteerEntry, gazetteer, nationalities
from ..lexicon.keys import name_keys, proclitic_variants, word_key
from ..lexicon.words import words
from ..resources import load_once

__all__ = ["LinkLexicon", "default_lexicon"]

_PER = "PER"


class LinkLexicon:
    """Indexes used by the linker, keyed by :func:`~arabic_newsnlp.lexicon.keys.word_key`.

    ``titles`` are title phrases (``وزير الخارجية``); a trailing nationality adjective
    in a title (``الرئيس الكوري الجنوبي``) is split off, since it is recognised on its
    own. ``nationalities`` are ``(adjective, ISO code)`` or ``(adjective, ISO code,
    country name)`` rows; ``family_names`` are
    family names written first (``يون``); ``particles`` the words after which the rest of
    a name is a father's or family name, not the person's (``بن``, ``أبو``);
    ``gazetteer`` resolves names (none by default: names then only cluster within the
    document).
    """

    def __init__(
        self,
        *,
        titles: Iterable[str] = (),
        nationalities: Iterable[tuple[str, str] | tuple[str, str, str]] = (),
        family_names: Iterable[str] = (),
        particles: Iterable[str] = (),
        gazetteer: Gazetteer | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.nationalities: dict[tuple[str, ...], str] = {}
        #: The Arabic name of the country of each nationality code, where given.
        self.countries: dict[str, str] = {}
        for adjective, code, *country in nationalities:
            keys = name_keys(adjective)
            if keys:
                self.nationalities.setdefault(keys, code)
            if country:
                self.countries.setdefault(code, country[0])
        self.titles: dict[tuple[str, ...], str] = {}
        for phrase in titles:
            words = phrase.split()
            keys = name_keys(phrase)
            if not keys or len(keys) != len(words):
                continue
            for cut in range(1, len(keys)):
                if keys[cut:] in self.nationalities:
                    words, keys = words[:cut], keys[:cut]
                    break
            self.titles.setdefault(keys, " ".join(words))
        self.title_heads = frozenset(k[0] for k in self.titles)
        self.nationality_heads = frozenset(k[0] for k in self.nationalities)
        self.max_title_words = max((len(k) for k in self.titles), default=0)
        self.max_nationality_words = max((len(k) for k in self.nationalities), default=0)
        self.family_names = frozenset(word_key(n) for n in family_names)
        self.particles = frozenset(word_key(w) for w in particles)
        self._lookups = BoundedCache[tuple[str, bool], GazetteerEntry | None](entries=50_000)
        #: Cache of :meth:`is_title_head` by word.
        self.head_texts = BoundedCache[str, bool](entries=100_000)

    def is_title_head(self, word: str) -> bool:
        """Whether ``word`` (with any proclitics) can begin a title phrase; cached."""
        found = self.head_texts.get(word)
        if found is None:  # first sight of this word
            heads = self.title_heads
            found = self.head_texts.put(
                word, any(key in heads for _, key in proclitic_variants(word))
            )
        return found

    def lookup(self, name: str, label: str) -> GazetteerEntry | None:
        """The gazetteer entry for a mention's text, or ``None``.

        A person's name only resolves to a person, and any other name only to a
        non-person; of several entries the gazetteer's preferred one wins (curated rows,
        then countries before cities).
        """
        person = label == _PER
        cache_key = (name, person)
        if cache_key in self._lookups:
            return self._lookups[cache_key]
        found: GazetteerEntry | None = None
        if self.gazetteer is not None:
            for entry in self.gazetteer.lookup(name):
                if (entry.label == _PER) == person:
                    found = entry
                    break
        return self._lookups.put(cache_key, found)

    def candidates(self, name: str, label: str) -> tuple[GazetteerEntry, ...]:
        """Every gazetteer entry for a mention's text of the same person / non-person
        class as ``label``, the preferred first."""
        if self.gazetteer is None:
            return ()
        person = label == _PER
        return tuple(e for e in self.gazetteer.lookup(name) if (e.label == _PER) == person)

    @classmethod
    def shipped(cls) -> LinkLexicon:
        """The lexicon built from the shipped tables (reads files; prefer
        :func:`default_lexicon`)."""
        return cls(
            titles=words("title"),
            nationalities=[(n.adjective, n.code, n.country) for n in nationalities()],
            family_names=words("family_name"),
            particles=words("particle"),
            gazetteer=gazetteer(),
        )


@load_once
def default_lexicon() -> LinkLexicon:
    """The shipped lexicon, loaded (and checksum-verified) once per process."""
    return LinkLexicon.shipped()
