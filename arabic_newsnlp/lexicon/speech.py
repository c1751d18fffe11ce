"""What the quote rules read: speech verbs, source phrases and word classes.

Speech verbs (``data/lexicon/speech_verbs.tsv``, one row per lemma) and source phrases
(``source_phrases.tsv``) are read once per process on first use, with the word classes of
the word table (``words.tsv``); its titles and organisation heads head speaker phrases
too. Forms are matched after :func:`~arabic_newsnlp.text.normalize.normalize`; the tables
here already hold every prefixed spelling (``وقالت``, ``فأكد``, ``وسيقول``), so finding a
cue is one set lookup on a token's normalised form.

>>> from arabic_newsnlp.lexicon.speech import lexicon
>>> entry = lexicon().cues["وقالت"]
>>> (entry.lemma, entry.pos, entry.gender, entry.prefix)
('قال', 'perf', 'f', 'و')
"""

from __future__ import annotations

from dataclasses import dataclass

from ..resources import load_once, read_tsv
from ..text.normalize import normalize
from .keys import CONJUNCTIONS, FUTURE
from .words import word_classes, words

__all__ = ["CueEntry", "Lexicon", "SourceEntry", "inflect", "lexicon"]

VERBS_FILE = "lexicon/speech_verbs.tsv"
SOURCES_FILE = "lexicon/source_phrases.tsv"


@dataclass(frozen=True, slots=True)
class CueEntry:
    """One spelling of a speech cue.

    ``pos`` is ``perf``, ``imperf``, ``part`` (participle), ``noun`` or ``inner`` (a noun
    that only continues another cue's frame); ``gender`` ``m``/``f``/``-``; ``number``
    ``sg``/``du``/``pl``/``-``; ``frame`` ``say``, ``object``, ``describe``, ``via``,
    ``statement`` or ``inner``; ``prefix`` the conjunction (or the ل of purpose) written on
    this spelling (``""`` for none).
    """

    lemma: str
    pos: str
    gender: str
    number: str
    frame: str
    prefix: str = ""
    #: Normalised prepositions that may introduce the content as an object (أشار إلى),
    #: ``*`` for a direct object (نفى الاتهامات).
    objects: frozenset[str] = frozenset()


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
    #: The bare spellings of a perfect that is also a noun (طالب): cues only after a
    #: particle that only a verb follows (قد طالب، وقد طالب).
    after_particle: dict[str, CueEntry]

    def words(self, name: str) -> frozenset[str]:
        """The normalised words of class ``name`` (empty for an unknown class)."""
        return self.classes.get(name, frozenset())


def inflect(perfect: str, imperfect: str, participle: str) -> list[tuple[str, str, str, str]]:
    """Every 3rd-person form of a verb from its three stems, as ``(form, pos, gender,
    number)``; ``-`` skips a stem.

    >>> [f for f, *_ in inflect("دعا", "يدعو", "داعي")]  # doctest: +NORMALIZE_WHITESPACE
    ['دعا', 'دعت', 'دعوا', 'دعوا', 'دعتا', 'يدعو', 'تدعو', 'يدعون', 'يدعوان', 'تدعوان',
     'داعيا', 'داعية', 'داعين', 'داعيات']
    >>> [f for f, pos, g, n in inflect("قال", "يقول", "-") if (g, n) == ("f", "pl")]
    ['قلن', 'يقلن']
    """
    out: list[tuple[str, str, str, str]] = []
    # A hollow verb (قال، أضاف) drops its long vowel before the feminine plural ن.
    hollow = any(len(p) > 2 and p[-2] == "ا" for p in perfect.split())
    for p in perfect.split():
        if p == "-":
            continue
        defective = p[-1] in "اى"
        root = p[:-1] if defective else p
        dual = root + ("يا" if p[-1] == "ى" else "وا") if defective else p + "ا"
        out += [
            (p, "perf", "m", "sg"),
            (root + "ت", "perf", "f", "sg"),
            (root + "وا", "perf", "m", "pl"),
            (dual, "perf", "m", "du"),
            (root + "تا", "perf", "f", "du"),
        ]
        if not defective:  # قلن، أكدن
            out.append(((p[:-2] + p[-1] if hollow else p) + "ن", "perf", "f", "pl"))
    for i in imperfect.split():
        if i == "-":
            continue
        stem = i[1:]
        if i[-1] == "ى":  # يرى: يرون، يريان
            plural, dual = i[:-1] + "ون", i[:-1] + "يان"
        elif i[-1] in "وي":  # يدعو، ينفي: يدعون، ينفون، يدعوان
            plural, dual = i[:-1] + "ون", i + "ان"
        else:
            plural, dual = i + "ون", i + "ان"
        out += [
            (i, "imperf", "m", "sg"),
            ("ت" + stem, "imperf", "f", "sg"),
            (plural, "imperf", "m", "pl"),
            (dual, "imperf", "m", "du"),
            ("ت" + dual[1:], "imperf", "f", "du"),
        ]
        if i[-1] not in "ويى":  # يقلن، يؤكدن
            short = i[:-2] + i[-1] if hollow and i[-2] in "وي" else i
            out.append((short + "ن", "imperf", "f", "pl"))
    for a in participle.split():
        if a == "-":
            continue
        plural = a[:-1] + "ين" if a[-1] == "ي" else a + "ين"  # داعين، مؤكدين
        out += [
            (a + "ا", "part", "m", "sg"),
            (a + "ة", "part", "f", "sg"),
            (plural, "part", "m", "pl"),
            (a + "ات", "part", "f", "pl"),
        ]
    return out


def _spellings(form: str, pos: str) -> list[tuple[str, str]]:
    """A cue form with the prefixes it may carry, as ``(conjunction, spelling)``."""
    spellings = [("", form)]
    if pos == "imperf":  # سيقول، ليؤكد (the ل of purpose: its subject is the clause's)
        spellings += [("", FUTURE + form), ("ل", "ل" + form)]
    for base in list(spellings):
        spellings.extend((c, c + base[1]) for c in CONJUNCTIONS)
    return spellings


def _load_cues() -> tuple[dict[str, CueEntry], dict[str, CueEntry]]:
    cues: dict[str, CueEntry] = {}
    after_particle: dict[str, CueEntry] = {}
    considering = {normalize(w) for w in words("considering")}
    for row in read_tsv(VERBS_FILE):
        lemma, frame = normalize(row["lemma"]), row["frame"]
        objects = frozenset(normalize(w) for w in row["object"].split() if w != "-")
        # A perfect in brackets, (طالب), is also a noun ("student"): its masculine
        # singular and dual are cues only behind a conjunction (وطالب) or a particle
        # only a verb follows (وقد طالب: ``after_particle``), the rest always.
        perfect = row["perfect"]
        nominal = perfect.startswith("(")
        if row["pos"] == "verb":
            forms = inflect(perfect.strip("()"), row["imperfect"], row["participle"])
        else:
            forms = [(form, row["pos"], "-", "-") for form in row["forms"].split()]
        if frame == "describe" or lemma in considering:
            # ووصفته بـ …، ما اعتبره الوزير …: the thing described named by its pronoun
            forms += [
                (f + pronoun, pos, g, n)
                for f, pos, g, n in forms
                if pos == "perf" or (pos == "imperf" and frame == "describe")
                for pronoun in ("ه", "ها", "هم")
            ]
        for raw, pos, gender, number in forms:
            bare = not (nominal and pos == "perf" and gender == "m" and number != "pl")
            for prefix, spelling in _spellings(normalize(raw), pos):
                if not (prefix or bare):
                    entry = CueEntry(lemma, pos, gender, number, frame, prefix, objects)
                    after_particle.setdefault(spelling, entry)
                    continue
                # The plain form wins over a prefixed reading of another word (وعد, not
                # و+عد), and an earlier lemma over a later one.
                if spelling not in cues or (not prefix and cues[spelling].prefix):
                    cues[spelling] = CueEntry(lemma, pos, gender, number, frame, prefix, objects)
    return cues, after_particle


def _load_sources() -> dict[str, tuple[SourceEntry, ...]]:
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
    return {k: tuple(v) for k, v in sources.items()}


def _add_titles(classes: dict[str, set[str]]) -> None:
    """The speaker-phrase heads: the titles and organisation heads of the word table, by
    their first word without the article (وزير الخارجية -> وزير, السيدة -> سيدة, الجيش ->
    جيش), join the other heads of speaker phrases (``speaker_head``) and of institution
    phrases (``institution``); human plurals of the titles (ناشطون، ناشطات، ممثلو) are
    titles too, and take plural verbs when their speaker is elided (وأضافوا، وأضفن)."""
    titles = classes["title"] = set(classes.pop("speaker_head", ()))
    orgs = classes["org"] = set(classes.pop("institution", ()))
    for kind, heads in (("title", titles), ("org_head", orgs)):
        for phrase in words(kind):
            first = normalize(phrase.split()[0])
            heads.add(first[2:] if first.startswith("ال") and len(first) > 4 else first)
    plural = classes.setdefault("plural", set())
    for word in list(titles):
        if len(word) < 3:
            continue
        if word.endswith("ة"):
            plural.add(word[:-1] + "ات")
        elif not word.endswith(("ون", "ين", "ات", "اء")):
            plural.update((word + "ون", word + "ين", word + "و"))
    titles |= plural


def _load_classes(cues: dict[str, CueEntry]) -> dict[str, frozenset[str]]:
    classes = {name: set(map(normalize, found)) for name, found in word_classes().items()}
    # A personal name's particles, Arabic (بن، أبو) or foreign (دي، فان).
    classes["particle"] = classes.get("particle", set()) | classes.pop("foreign_particle", set())
    # An addressee is matched with or without its article (للجزيرة, لقناة); a
    # correspondent (لمراسل، لمبعوثة) is one.
    addressee = classes.setdefault("addressee", set())
    addressee |= classes.get("correspondent", set())
    addressee |= {w[2:] for w in addressee if w.startswith("ال") and len(w) > 4}
    _add_titles(classes)
    # The statement nouns of the cue table head statement phrases too (بيان صادر عن ...).
    classes.setdefault("statement", set()).update(
        form
        for form, entry in cues.items()
        if entry.frame == "statement" and not entry.prefix and not form.startswith("ال")
    )
    # The prepositions that introduce a cue's object (the cue table's object column, as
    # words: عن، إلى، على، من): words in marks after one are words said, not a term.
    classes["object_prep"] = {
        o for entry in cues.values() for o in entry.objects if o != "*" and len(o) > 1
    }
    # A preposition with a pronoun written on it (خلاله، أمامها، لديهم): no speaker
    # phrase starts or goes on with it (the phrase grammar reads it as a stop word).
    classes["pronoun_stop"] = {
        (w[:-1] + "ي" if w.endswith("ى") else w) + ending
        for w in classes.get("stop", ())
        if len(w) > 2 and w.isalpha() and not w.startswith("ال")
        for ending in ("ه", "ها", "هم", "هما", "هن")
    }
    # Derived classes, so that no lookup builds a set.
    classes.setdefault("stop", set()).update(classes.get("adverb", ()))
    classes["heads"] = (
        classes.get("title", set()) | classes.get("org", set()) | classes.get("descriptor", set())
    )
    classes["source_heads"] = (
        classes["heads"] | classes.get("statement", set()) | classes.get("addressee", set())
    )
    return {k: frozenset(v) for k, v in classes.items()}


def _load() -> Lexicon:
    cues, after_particle = _load_cues()
    return Lexicon(cues, _load_sources(), _load_classes(cues), after_particle)


@load_once
def lexicon() -> Lexicon:
    """The quote lexicons, loaded (and checksum-verified) on first call, thread-safely."""
    return _load()
