"""The quote lexicons: speech verbs, source phrases and word classes.

All three are data files under ``arabic_newsnlp/data/quotes`` (``speech_verbs.tsv``,
``source_phrases.tsv``, ``words.tsv``), read once per process on first use. Forms are
matched after :func:`~arabic_newsnlp.text.normalize.normalize`; the tables here already
hold every prefixed spelling (``وقالت``, ``فأكد``, ``وسيقول``), so finding a cue is one
set lookup on a token's normalised form.

>>> from arabic_newsnlp.quotes.cues import lexicon
>>> entry = lexicon().cues["وقالت"]
>>> (entry.lemma, entry.pos, entry.gender, entry.prefix)
('قال', 'perf', 'f', 'و')
"""

from __future__ import annotations

from dataclasses import dataclass

from ..resources import load_once, read_tsv
from ..text.normalize import normalize

__all__ = ["CueEntry", "Lexicon", "SourceEntry", "lexicon"]

VERBS_FILE = "quotes/speech_verbs.tsv"
SOURCES_FILE = "quotes/source_phrases.tsv"
WORDS_FILE = "quotes/words.tsv"

#: Conjunctions a cue may carry, and the future prefix an imperfect may carry.
_CONJUNCTIONS = ("و", "ف")
_FUTURE = "س"


@dataclass(frozen=True, slots=True)
class CueEntry:
    """One spelling of a speech cue.

    ``pos`` is ``perf``, ``imperf``, ``part`` (participle), ``noun`` or ``inner`` (a noun
    that only continues another cue's frame); ``gender`` ``m``/``f``/``-``; ``number``
    ``sg``/``du``/``pl``/``-``; ``frame`` ``say``, ``describe``, ``via``, ``statement`` or
    ``inner``; ``prefix`` the conjunction written on this spelling (``""`` for none).
    """

    lemma: str
    pos: str
    gender: str
    number: str
    frame: str
    prefix: str = ""


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """A source phrase (``بحسب``, ``وفقا لـ``, ``على حد قوله``) matched on its last word."""

    words: tuple[str, ...]
    kind: str
    connector: str
    prefix: str = ""


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The loaded tables: normalised form -> entry, and word class -> normalised words."""

    cues: dict[str, CueEntry]
    sources: dict[str, tuple[SourceEntry, ...]]
    classes: dict[str, frozenset[str]]

    def words(self, name: str) -> frozenset[str]:
        """The normalised words of class ``name`` (empty for an unknown class)."""
        return self.classes.get(name, frozenset())


def _load() -> Lexicon:
    cues: dict[str, CueEntry] = {}
    for row in read_tsv(VERBS_FILE):
        form = normalize(row["form"])
        entry = CueEntry(normalize(row["lemma"]), row["pos"], row["gender"], row["number"],
                         row["frame"])
        spellings = [("", form)]
        if row["pos"] == "imperf":
            spellings.append(("", _FUTURE + form))
        for base in list(spellings):
            spellings.extend((c, c + base[1]) for c in _CONJUNCTIONS)
        for prefix, spelling in spellings:
            # The plain form wins over a prefixed reading of another word (وعد, not و+عد).
            if spelling not in cues or (not prefix and cues[spelling].prefix):
                cues[spelling] = CueEntry(entry.lemma, entry.pos, entry.gender, entry.number,
                                          entry.frame, prefix)
    sources: dict[str, list[SourceEntry]] = {}
    for row in read_tsv(SOURCES_FILE):
        words = tuple(normalize(w) for w in row["phrase"].split())
        connector = "" if row["connector"] == "-" else normalize(row["connector"])
        prefixes = "" if row["prefixes"] == "-" else row["prefixes"]
        sources.setdefault(words[-1], []).append(SourceEntry(words, row["kind"], connector))
        if len(words) == 1:
            for p in prefixes:
                sources.setdefault(p + words[-1], []).append(
                    SourceEntry((p + words[0],), row["kind"], connector, p)
                )
    classes: dict[str, set[str]] = {}
    for row in read_tsv(WORDS_FILE):
        classes.setdefault(row["class"], set()).add(normalize(row["word"]))
    # An addressee is matched with or without its article (للجزيرة, لقناة).
    addressee = classes.setdefault("addressee", set())
    addressee |= {w[2:] for w in addressee if w.startswith("ال") and len(w) > 4}
    # Human plurals of the titles (ناشطون، ناشطات، ممثلو) are titles too, and take plural
    # verbs when their speaker is elided (وأضافوا، وأضفن).
    titles = classes.setdefault("title", set())
    plural = classes.setdefault("plural", set())
    for word in list(titles):
        if len(word) < 3:
            continue
        if word.endswith("ة"):
            plural.add(word[:-1] + "ات")
        elif not word.endswith(("ون", "ين", "ات", "اء")):
            plural.update((word + "ون", word + "ين", word + "و"))
    titles |= plural
    # Derived classes, so that no lookup builds a set.
    classes["heads"] = classes.get("title", set()) | classes.get("org", set())
    classes["source_heads"] = (
        classes["heads"] | classes.get("statement", set()) | classes.get("addressee", set())
    )
    return Lexicon(
        cues,
        {k: tuple(v) for k, v in sources.items()},
        {k: frozenset(v) for k, v in classes.items()},
    )


@load_once
def lexicon() -> Lexicon:
    """The quote lexicons, loaded (and checksum-verified) on first call, thread-safely."""
    return _load()
