"""Look names up in the shipped gazetteer, nationality and trigger tables.

The tables are plain TSV files under ``arabic_newsnlp/data/lexicon`` (the gazetteer and
nationalities built by ``training/build_gazetteers.py`` from CLDR, pycountry and our
curated lists; the triggers are the ``title``, ``org_head``, ``place_head`` and
``ordinal`` rows of ``words.tsv``). They load lazily, once per process, on first use.

Names are compared by :func:`~arabic_newsnlp.lexicon.keys.name_key`.

>>> from arabic_newsnlp.lexicon.gazetteer import gazetteer
>>> entry = gazetteer().lookup("كوريا الديمقراطية")[0]
>>> (entry.label, entry.canonical, entry.english, entry.code)
('LOC', 'كوريا الشمالية', 'North Korea', 'KP')
>>> gazetteer().longest_match(["زار", "بيونغ", "يانغ"], 1).end
3
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..resources import load_once, read_lines, read_tsv
from .keys import ARTICLE, name_key, name_key_readings
from .words import words

__all__ = [
    "COMMON_NAME",
    "GAZETTEER",
    "NAMES",
    "NATIONALITIES",
    "TRIGGER_KINDS",
    "Gazetteer",
    "GazetteerEntry",
    "GazetteerMatch",
    "NameLists",
    "Nationality",
    "gazetteer",
    "name_lists",
    "nationalities",
]

#: Resource names of the tables, relative to ``arabic_newsnlp/data``.
GAZETTEER = "lexicon/gazetteer.tsv"
NATIONALITIES = "lexicon/nationalities.tsv"
#: The large name lists read as tagger features only (``training/build_gazetteers.py --names``).
NAMES = "lexicon/names.tsv"
#: The classes of the word table that are trigger phrases of names.
TRIGGER_KINDS = ("title", "org_head", "place_head", "ordinal")


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One name of one referent.

    ``label`` is ``LOC``, ``ORG``, ``PER`` or ``MISC``; ``kind`` says more (``country``,
    ``city``, ``region``, ``continent``, ``water``, ``organisation``, ``government``,
    ``movement``, ``media``, ``company``, ``military``, ``person``); ``canonical`` is the
    Arabic name all aliases of the referent share; ``code`` is ISO 3166-1 alpha-2 for a
    country, else a stable key (a CLDR time-zone id for a city, ``XX:English name``);
    ``country`` is the ISO code of the country a place lies in, where known.
    """

    name: str
    label: str
    kind: str
    canonical: str
    english: str
    code: str
    source: str
    country: str = ""


@dataclass(frozen=True, slots=True)
class GazetteerMatch:
    """Tokens ``[start, end)`` of a sequence that together spell a gazetteer name."""

    start: int
    end: int
    entries: tuple[GazetteerEntry, ...]

    @property
    def label(self) -> str:
        """The label of the first (most specific) entry."""
        return self.entries[0].label


@dataclass(frozen=True, slots=True)
class Nationality:
    """A nisba adjective (``الأميركية``) and the country it refers to."""

    adjective: str
    code: str
    country: str


# Within the entries of one name, curated rows come first, then countries before cities.
_KIND_ORDER = {"country": 0, "organisation": 1, "person": 1, "city": 2}
_SOURCE_ORDER = {"curated": 0, "cldr": 1, "pycountry": 2}


class Gazetteer:
    """Names, nationality adjectives and trigger phrases, indexed by :func:`name_key`.

    Build one from rows (dicts with the gazetteer columns) or use :func:`gazetteer` for
    the shipped tables.

    >>> g = Gazetteer([{"name": "بيونغ يانغ", "label": "LOC", "kind": "city",
    ...     "canonical": "بيونغ يانغ", "english": "Pyongyang", "code": "Asia/Pyongyang",
    ...     "source": "curated"}])
    >>> g.lookup("بيونغيانغ")
    ()
    >>> g.lookup("بيونغ يانغ")[0].english
    'Pyongyang'
    """

    def __init__(
        self,
        rows: Sequence[dict[str, str]],
        *,
        nationalities: Sequence[Nationality] = (),
        triggers: Sequence[tuple[str, str]] = (),
    ) -> None:
        names: dict[str, list[GazetteerEntry]] = {}
        for row in rows:
            entry = GazetteerEntry(
                row["name"],
                row["label"],
                row["kind"],
                row["canonical"],
                row["english"],
                row["code"],
                row["source"],
                row.get("country", ""),
            )
            key = name_key(entry.name)
            if key:
                names.setdefault(key, []).append(entry)
        self._names: dict[str, tuple[GazetteerEntry, ...]] = {
            key: tuple(
                sorted(
                    found,
                    key=lambda e: (_SOURCE_ORDER.get(e.source, 3), _KIND_ORDER.get(e.kind, 3)),
                )
            )
            for key, found in names.items()
        }
        #: The names as running text keys them: a later word may have lost what looks
        #: like a proclitic (``الاتحاد العام التونسي للشغل`` is matched over the keys
        #: ``... التونسي الشغل``, ``البوسنة والهرسك`` over ``البوسنه الهرسك``).
        self._running = _running_keys(self._names)
        self._nationalities: dict[str, Nationality] = {}
        for nat in nationalities:
            self._nationalities.setdefault(name_key(nat.adjective), nat)
        self._triggers: dict[str, str] = {}
        for phrase, kind in triggers:
            self._triggers.setdefault(name_key(phrase), kind)
        self._max_words = max(
            [len(k.split()) for k in (*self._names, *self._nationalities, *self._triggers)] or [1]
        )
        # The last sequence scanned and its result (features and rules scan each sentence).
        self._memo_matches: tuple[tuple[str, ...], tuple[GazetteerMatch, ...]] = ((), ())
        self._memo_triggers: tuple[tuple[str, ...], tuple[tuple[int, int, str], ...]] = ((), ())
        every = (*self._running, *self._nationalities, *self._triggers)
        #: The first word of every key, and every proper word prefix of a key, so that a
        #: scan stops as soon as no key can continue.
        self._heads = frozenset(k.split()[0] for k in every)
        self._prefixes = frozenset(
            " ".join(words[:i])
            for words in (k.split() for k in every)
            for i in range(1, len(words))
        )

    def __len__(self) -> int:
        return len(self._names)

    @property
    def max_words(self) -> int:
        """The number of words of the longest name or phrase."""
        return self._max_words

    def is_head(self, word_key: str) -> bool:
        """Whether some name, adjective or trigger starts with this (keyed) word."""
        return word_key in self._heads

    def lookup(self, name: str) -> tuple[GazetteerEntry, ...]:
        """Entries whose name equals ``name`` (by :func:`name_key`); ``()`` when none.

        When nothing matches, the name is tried once more without its article (or with one
        added), so ``كرملين`` finds ``الكرملين``.

        >>> [e.code for e in gazetteer().lookup("الصّين")][:1]
        ['CN']
        """
        key = name_key(name)
        found = self._names.get(key)
        if found is None:
            other = key[2:] if key.startswith(ARTICLE) else ARTICLE + key
            found = self._names.get(other, ())
        return found

    def nationality(self, adjective: str) -> Nationality | None:
        """The country of a nisba adjective written with its article, or ``None``.

        >>> gazetteer().nationality("الكورية الجنوبية").code
        'KR'
        """
        return self._nationalities.get(name_key(adjective))

    def trigger(self, phrase: str) -> str | None:
        """``title``, ``org_head`` or ``place_head`` for a trigger phrase, else ``None``.

        >>> gazetteer().trigger("وزير الخارجية")
        'title'
        """
        return self.key_trigger(name_key(phrase))

    def key_trigger(self, key: str) -> str | None:
        """:meth:`trigger` for a phrase already written as its name key (the rules' and
        features' tokens), without normalising it again.

        >>> gazetteer().key_trigger(name_key("وزارة"))
        'org_head'
        """
        return self._triggers.get(key)

    def _longest(self, keys: Sequence[str], start: int, table: Mapping[str, object]) -> int:
        if start >= len(keys) or keys[start] not in self._heads:
            return start
        best = start
        limit = min(len(keys), start + self._max_words)
        phrase = keys[start]
        if phrase in table:
            best = start + 1
        prefixes = self._prefixes
        for end in range(start + 2, limit + 1):
            if phrase not in prefixes:
                break
            phrase = phrase + " " + keys[end - 1]
            if phrase in table:
                best = end
        return best

    def longest_match(self, keys: Sequence[str], start: int = 0) -> GazetteerMatch | None:
        """The longest name spelled by ``keys[start:end]`` (each a :func:`name_key` of one
        token, proclitics removed), or ``None``.

        >>> gazetteer().longest_match(["الامم", "المتحده", "اليوم"]).end
        2
        """
        end = self._longest(keys, start, self._running)
        if end == start:
            return None
        return GazetteerMatch(start, end, self._running[" ".join(keys[start:end])])

    def find_all(self, keys: Sequence[str]) -> list[GazetteerMatch]:
        """Non-overlapping longest matches, scanning left to right.

        >>> [(m.start, m.end, m.label) for m in gazetteer().find_all(
        ...     ["زار", "بلينكن", "كوريا", "الجنوبيه"])]
        [(1, 2, 'PER'), (2, 4, 'LOC')]
        """
        key = tuple(keys)
        memo = self._memo_matches
        if memo[0] == key:
            return list(memo[1])
        out: list[GazetteerMatch] = []
        i = 0
        n = len(keys)
        heads = self._heads
        while i < n:
            if keys[i] not in heads:
                i += 1
                continue
            match = self.longest_match(keys, i)
            if match is None:
                i += 1
            else:
                out.append(match)
                i = match.end
        self._memo_matches = (key, tuple(out))
        return out

    def phrase_end(self, keys: Sequence[str], start: int, kind: str) -> int:
        """End of the longest trigger (``kind`` ``title``/``org_head``/``place_head``) or,
        for ``kind="nationality"``, nisba adjective starting at ``start``; ``start`` if none.
        """
        if kind == "nationality":
            return self._longest(keys, start, self._nationalities)
        end = self._longest(keys, start, self._triggers)
        while end > start and self._triggers.get(" ".join(keys[start:end])) != kind:
            end -= 1
        return end

    def triggers_of(self, keys: Sequence[str]) -> list[tuple[int, int, str]]:
        """``(start, end, kind)`` of every longest trigger phrase and nisba adjective."""
        key = tuple(keys)
        memo = self._memo_triggers
        if memo[0] == key:
            return list(memo[1])
        out: list[tuple[int, int, str]] = []
        for i in range(len(keys)):
            if keys[i] not in self._heads:
                continue
            end = self._longest(keys, i, self._triggers)
            if end > i:
                out.append((i, end, self._triggers[" ".join(keys[i:end])]))
            end = self._longest(keys, i, self._nationalities)
            if end > i:
                out.append((i, end, "nationality"))
        self._memo_triggers = (key, tuple(out))
        return out


#: At most this many readings of one name are indexed (each later word read whole or
#: without its proclitics).
_MAX_READINGS = 64


def _running_keys(
    names: Mapping[str, tuple[GazetteerEntry, ...]],
) -> dict[str, tuple[GazetteerEntry, ...]]:
    """Every name under its own key and under the keys its later words may take in running
    text (:func:`name_key_readings`); a name's own key wins over another's reading."""
    out = dict(names)
    for key, entries in names.items():
        words = key.split()
        if len(words) < 2:
            continue
        readings = [words[0]]
        for word in words[1:]:
            options = name_key_readings(word)
            if len(readings) * len(options) > _MAX_READINGS:
                options = options[:1]
            readings = [f"{r} {o}" for r in readings for o in options]
        for reading in readings:
            out.setdefault(reading, entries)
    return out


@load_once
def nationalities() -> tuple[Nationality, ...]:
    """The nisba adjectives of ``data/lexicon/nationalities.tsv``, in the table's order.

    >>> [n.code for n in nationalities() if n.adjective == "الأميركي"]
    ['US']
    """
    return tuple(
        Nationality(row["adjective"], row["code"], row["country"])
        for row in read_tsv(NATIONALITIES)
    )


@load_once
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded (and checksum-verified) once per process.

    Raises :class:`arabic_newsnlp.resources.ResourceError` naming the file when a table
    is missing or corrupted.
    """
    return Gazetteer(
        read_tsv(GAZETTEER),
        nationalities=nationalities(),
        triggers=[(phrase, kind) for kind in TRIGGER_KINDS for phrase in words(kind)],
    )


class NameLists:
    """The large name lists (``data/lexicon/names.tsv``): evidence for the tagger, never
    a label on their own.

    ``word_kinds(key)`` names the lists a one-word key is in (``given``, ``surname``,
    ``name``, ``city`` ...), ``person_count(key)`` how often the sources write it as
    a person's name, ``phrase_label(key)`` the label of a multi-word name,
    ``english(key)`` a full name's Latin spelling; ``find_all(keys)`` the longest
    multi-word names in a key sequence, as ``(start, end, label)``.

    >>> lists = NameLists([("جون سميث", "PER", "person", 1, "John Smith"),
    ...                    ("جون", "PER", "given", 9, "John")])
    >>> lists.word_kinds("جون"), lists.find_all(["قال", "جون", "سميث"])
    (('given',), [(1, 3, 'PER')])
    >>> lists.english("جون سميث")
    'John Smith'
    """

    def __init__(self, rows: Sequence[tuple[str, str, str, int, str]]) -> None:
        words: dict[str, set[str]] = {}
        counts: dict[str, int] = {}
        phrases: dict[str, str] = {}
        english: dict[str, str] = {}
        longest: dict[str, int] = {}
        for key, label, kind, count, latin in rows:
            parts = key.split()
            if len(parts) == 1:
                words.setdefault(key, set()).add(kind)
                if label == "PER":
                    counts[key] = counts.get(key, 0) + count
            else:
                phrases.setdefault(key, label)
                if latin and label == "PER":
                    english.setdefault(key, latin)
                longest[parts[0]] = max(longest.get(parts[0], 0), len(parts))
        self._words = {k: tuple(sorted(v)) for k, v in words.items()}
        self._counts = counts
        self._phrases = phrases
        self._english = english
        self._longest = longest

    def word_kinds(self, key: str) -> tuple[str, ...]:
        """The lists one word is in, sorted (empty when none)."""
        return self._words.get(key, ())

    def phrase_label(self, key: str) -> str | None:
        """The label of a multi-word name in the lists (``None`` when it is not one)."""
        return self._phrases.get(key)

    def english(self, key: str) -> str | None:
        """The Latin-script name of a person's full name in the lists, if any."""
        return self._english.get(key)

    def person_count(self, key: str) -> int:
        """How often one word is written in the person-name sources (0 when never)."""
        return self._counts.get(key, 0)

    def find_all(self, keys: Sequence[str]) -> list[tuple[int, int, str]]:
        """Non-overlapping longest multi-word names, left to right."""
        out: list[tuple[int, int, str]] = []
        n = len(keys)
        i = 0
        while i < n:
            most = self._longest.get(keys[i], 0)
            end = 0
            for j in range(min(n, i + most), i + 1, -1):
                label = self._phrases.get(" ".join(keys[i:j]))
                if label is not None:
                    out.append((i, j, label))
                    end = j
                    break
            i = end or i + 1
        return out


@load_once
def name_lists() -> NameLists:
    """The shipped large name lists, loaded once per process."""
    rows = []
    for line in read_lines(NAMES)[1:]:
        key, label, kind, english, count, _source = line.split("\t")
        rows.append((key, label, kind, int(count), english))
    return NameLists(rows)


#: How often the Wikidata lists must write a word as a name for it to count as a common
#: given name (``ماركوس``), not a verb that the tagger ran into a name (``شكر بلينكن``).
COMMON_NAME = 50
