"""Latin transliteration of Arabic: a readable romanisation and strict Buckwalter.

:func:`romanize` writes a name the way an English-language newspaper reader could say it
(``بلينكن`` -> ``Blinkin``, ``يون سوك يول`` -> ``Yun Suk Yul``). Arabic script leaves
short vowels unwritten, so the result is a sensible guess, not a scholarly transcription;
the scheme is described in ``docs/linking.md``. :func:`buckwalter` is the strict,
reversible one-letter-for-one-letter Buckwalter transliteration, and
:func:`from_buckwalter` reverses it.

>>> romanize("أنتوني بلينكن")
'Antuni Blinkin'
>>> buckwalter("كوريا الشمالية")
'kwryA Al$mAlyp'
>>> from_buckwalter("kwryA Al$mAlyp")
'كوريا الشمالية'
"""

from __future__ import annotations

import re

from ._cache import BoundedCache

__all__ = ["buckwalter", "from_buckwalter", "romanize"]

# --------------------------------------------------------------------------- Buckwalter

_BUCKWALTER = {
    "ء": "'", "آ": "|", "أ": ">", "ؤ": "&", "إ": "<", "ئ": "}", "ا": "A", "ب": "b",
    "ة": "p", "ت": "t", "ث": "v", "ج": "j", "ح": "H", "خ": "x", "د": "d", "ذ": "*",
    "ر": "r", "ز": "z", "س": "s", "ش": "$", "ص": "S", "ض": "D", "ط": "T", "ظ": "Z",
    "ع": "E", "غ": "g", "ـ": "_", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "و": "w", "ى": "Y", "ي": "y", "ً": "F", "ٌ": "N", "ٍ": "K",
    "َ": "a", "ُ": "u", "ِ": "i", "ّ": "~", "ْ": "o", "ٰ": "`", "ٱ": "{", "پ": "P",
    "چ": "J", "ڤ": "V", "گ": "G",
}  # fmt: skip
_TO_BW = {ord(k): v for k, v in _BUCKWALTER.items()}
_FROM_BW = {ord(v): k for k, v in _BUCKWALTER.items()}
#: ASCII characters that Buckwalter uses for Arabic letters; ``escape=True`` marks them.
_BW_SYMBOLS = frozenset(_BUCKWALTER.values())
_ESCAPE = "\\"


def buckwalter(text: str, *, escape: bool = False) -> str:
    """Strict Buckwalter transliteration: one ASCII character per Arabic letter or mark.

    Characters outside the Buckwalter table (digits, punctuation, Latin letters) are
    kept as they are, so ``from_buckwalter(buckwalter(s)) == s`` for any text without
    Latin letters. With ``escape=True`` every ASCII character that Buckwalter uses (and
    the backslash) is written with a preceding backslash, which makes the round trip
    exact for any string: ``from_buckwalter(buckwalter(s, escape=True), escape=True)``.

    >>> buckwalter("أَحْمَد")
    '>aHomad'
    >>> print(buckwalter("Ali علي", escape=True))
    \\A\\l\\i Ely
    """
    if not isinstance(text, str):
        raise TypeError(f"buckwalter() needs a str, got {type(text).__name__}")
    if escape:
        return "".join(
            _ESCAPE + ch if ch in _BW_SYMBOLS or ch == _ESCAPE else ch.translate(_TO_BW)
            for ch in text
        )
    return text.translate(_TO_BW)


def from_buckwalter(text: str, *, escape: bool = False) -> str:
    """Arabic script back from a Buckwalter transliteration (see :func:`buckwalter`).

    >>> from_buckwalter("bylynkn")
    'بيلينكن'
    """
    if not isinstance(text, str):
        raise TypeError(f"from_buckwalter() needs a str, got {type(text).__name__}")
    if not escape:
        return text.translate(_FROM_BW)
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == _ESCAPE and i + 1 < len(text):
            out.append(text[i + 1])
            i += 2
            continue
        out.append(ch.translate(_FROM_BW))
        i += 1
    return "".join(out)


# --------------------------------------------------------------------------- romanize

_CONSONANTS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "'", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g", "ک": "k", "ء": "'", "ؤ": "'",
    "ئ": "'", "ی": "y",
}  # fmt: skip
_SHORT_VOWELS = {"َ": "a", "ُ": "u", "ِ": "i", "ً": "an", "ٌ": "un", "ٍ": "in"}
_SHADDA = "ّ"
_LONG = frozenset("اآىوي")
_PUNCT = {"،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ","}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)}
_DIGITS |= {chr(0x06F0 + i): str(i) for i in range(10)}
# Name parts whose usual English spelling the consonant skeleton cannot recover.
_WORDS = {
    "الله": "Allah", "عبد": "Abd", "محمد": "Muhammad", "أحمد": "Ahmad", "احمد": "Ahmad",
    "محمود": "Mahmud", "بن": "bin", "ابن": "ibn", "أبو": "Abu", "ابو": "Abu", "بنت": "bint",
    "حسن": "Hasan", "حسين": "Husayn", "علي": "Ali", "عمر": "Umar", "مصر": "Misr",
}  # fmt: skip
_SONORANT = frozenset(["l", "m", "n", "r"])
_OBSTRUENT = frozenset(
    ["b", "p", "t", "d", "k", "g", "q", "j", "ch", "f", "th", "dh", "kh", "gh", "'"]
)
_ONSET_FIRST = frozenset(["b", "p", "f", "k", "g", "t", "d", "kh", "gh", "sh", "s", "ch"])
_S_CLUSTER = frozenset(["t", "k", "p", "m", "n", "l", "w"])

_ARABIC_RUN = re.compile(
    "[\u0621-\u063a\u0641-\u065f\u0670\u0671\u067e\u0686\u06a4\u06a9\u06af\u06cc]+"
)
_DROP = {ord("ـ"): None} | {c: None for c in range(0x200B, 0x2010)}


def _onset_ok(first: str, second: str) -> bool:
    """Whether two consonants can begin a syllable for an English-speaking reader."""
    if second in ("y", "w") and first not in ("y", "w", "'"):
        return True
    if (
        second in ("l", "r")
        and first in _ONSET_FIRST
        and (first, second) not in (("t", "l"), ("d", "l"), ("s", "r"), ("sh", "l"))
    ):
        return True
    return first in ("s", "sh") and second in _S_CLUSTER


def _coda_ok(first: str, second: str) -> bool:
    """Whether two consonants can end a word (``nt``, ``rk``, ``st``, but not ``kn``)."""
    if first == second or "'" in (first, second):
        return False
    return not (second in _SONORANT and first in _OBSTRUENT)


def _units(word: str) -> list[tuple[bool, str]]:
    """The word as (is_vowel, latin) units, before syllable repair."""
    units: list[tuple[bool, str]] = []
    n = len(word)
    i = 0
    while i < n:
        ch = word[i]
        nxt = word[i + 1] if i + 1 < n else ""
        at_start = not units
        if ch in _SHORT_VOWELS:
            units.append((True, _SHORT_VOWELS[ch]))
        elif ch == _SHADDA:
            _double(units)
        elif ch in "اآىٱة":
            units.append((True, "a"))
        elif ch in _HAMZA_SEATS:
            units.append((True, _HAMZA_SEATS[ch]) if at_start else (False, "'"))
        elif ch == "ت" and nxt == "ش":
            units.append((False, "ch"))
            i += 1
        elif ch == "غ" and units and units[-1] == (False, "n"):
            units.append((False, "g"))
        elif ch == "ئ" and units:
            units.append((False, "'"))
            if nxt and nxt not in _LONG and nxt not in _SHORT_VOWELS and nxt not in "ةّ":
                units.append((True, "i"))  # the yeh seat stands next to an i
        elif ch == "ع" and at_start:
            units.append((True, "a"))
        elif ch in "وي":
            _glide_or_vowel(units, ch, nxt)
        else:
            latin = _CONSONANTS.get(ch)
            if latin is not None:
                units.append((False, latin))
        i += 1
    # Merge a short vowel written before the long vowel that carries it (كَان -> kan).
    merged: list[tuple[bool, str]] = []
    for unit in units:
        if merged and unit[0] and merged[-1][0] and merged[-1][1][-1:] == unit[1][:1]:
            continue
        merged.append(unit)
    return merged


#: Hamza seats that read as a vowel at the start of a word and as a glottal stop elsewhere.
_HAMZA_SEATS = {"أ": "a", "إ": "i"}


def _double(units: list[tuple[bool, str]]) -> None:
    """A shadda: double the consonant before it (or before the vowel written first)."""
    if units and not units[-1][0]:
        units.append(units[-1])
    elif len(units) > 1 and not units[-2][0]:  # shadda written after the vowel
        carried = units.pop()
        units.append(units[-1])
        units.append(carried)


def _glide_or_vowel(units: list[tuple[bool, str]], ch: str, nxt: str) -> None:
    """``و`` or ``ي``: a consonant (w, y) or a long vowel (u, i), by its neighbours."""
    glide = "w" if ch == "و" else "y"
    vowel = "u" if ch == "و" else "i"
    prev_vowel = bool(units) and units[-1][0]
    if not units:
        units.append((False, glide))
    elif len(units) == 1 and prev_vowel and (nxt not in _LONG and nxt != "ة"):
        units[0] = (True, vowel)  # أو / إي at the start: one long vowel
    elif prev_vowel:
        units.append((False, glide))
    elif ch == "ي" and nxt == "ة":
        units.append((True, "i"))
        units.append((False, "y"))
    elif (nxt and nxt in "اآىة") or (ch == "ي" and nxt == "و"):
        units.append((False, glide))
    else:
        units.append((True, vowel))


def _repair(units: list[tuple[bool, str]]) -> list[tuple[bool, str]]:
    """Insert the short vowels a reader needs to pronounce consonant clusters."""
    vowels = [u[1] for u in units if u[0]]
    if not vowels:
        if len(units) < 2:
            return units
        units = [units[0], (True, "a"), *units[1:]]
    out: list[tuple[bool, str]] = []
    i = 0
    n = len(units)
    seen_vowel = False
    while i < n:
        if units[i][0]:
            out.append(units[i])
            seen_vowel = True
            i += 1
            continue
        j = i
        while j < n and not units[j][0]:
            j += 1
        run = [u[1] for u in units[i:j]]
        before = out[-1][1][0] if out else ""
        after = units[j][1][0] if j < n else ""
        if not seen_vowel:
            out.extend(_fix_initial(run, after or "a"))
        elif j == n:
            out.extend(_fix_final(run, before or "a"))
        else:
            out.extend(_fix_medial(run, before or "a"))
        i = j
    return out


def _fix_initial(run: list[str], echo: str) -> list[tuple[bool, str]]:
    if len(run) == 1 or (len(run) == 2 and _onset_ok(run[0], run[1])):
        return [(False, c) for c in run]
    take = 2 if _onset_ok(run[0], run[1]) else 1
    rest = run[take:]
    head = [(False, c) for c in run[:take]] + [(True, echo)]
    return head + _fix_medial(rest, echo) if len(rest) > 2 else head + [(False, c) for c in rest]


def _fix_medial(run: list[str], echo: str) -> list[tuple[bool, str]]:
    out: list[tuple[bool, str]] = []
    i = 0
    # Break the run until what is left is a coda + onset a reader can say.
    while len(run) - i > 2 and not (len(run) - i == 3 and _onset_ok(run[i + 1], run[i + 2])):
        out.append((False, run[i]))
        out.append((True, echo))
        i += 1
    out.extend((False, c) for c in run[i:])
    return out


def _fix_final(run: list[str], echo: str) -> list[tuple[bool, str]]:
    keep = len(run)
    while keep > 1 and not (keep == 2 and _coda_ok(run[0], run[1])):
        keep -= 1
    out: list[tuple[bool, str]] = [(False, c) for c in run[:keep]]
    for consonant in run[keep:]:
        out.append((True, echo))
        out.append((False, consonant))
    return out


_romanized = BoundedCache[tuple[str, bool], str](entries=20_000)


def _romanize_word(word: str, capitalize: bool) -> str:
    found = _romanized.get((word, capitalize))
    if found is None:
        found = _romanized.put((word, capitalize), _romanize_uncached(word, capitalize))
    return found


def _romanize_uncached(word: str, capitalize: bool) -> str:
    known = _WORDS.get(word)
    if known is not None:
        return known if capitalize or known.islower() else known.lower()
    prefix = ""
    letters = word
    bare = "".join(ch for ch in word if ch not in _SHORT_VOWELS and ch not in "ّْ")
    if len(bare) > 3 and bare.startswith(("ال", "اَل")):
        prefix = "al-"
        letters = word[word.index("ل") + 1 :]
        known = _WORDS.get(letters)
        if known is not None:
            return prefix + known
    latin = "".join(u[1] for u in _repair(_units(letters)))
    if capitalize and latin:
        latin = latin[0].upper() + latin[1:] if latin[0] != "'" else "'" + latin[1:].capitalize()
    return prefix + latin


def romanize(text: str, *, capitalize: bool = True) -> str:
    """A readable Latin transliteration of Arabic ``text`` (names, mainly).

    Consonants follow common English news spelling (``ش`` sh, ``خ`` kh, ``غ`` gh, ``ج``
    j, ``ع`` and hamza ``'``); ``ا``/``و``/``ي`` are read as long vowels a/u/i between
    consonants and as w/y next to a vowel; ``ال`` is written ``al-``; ``ة`` and ``ى`` are
    ``a``; written short vowels are used. Where unwritten short vowels leave a cluster
    an English reader cannot say, a vowel echoing the nearest written one is inserted
    (``بلينكن`` -> ``Blinkin``). Other characters are kept (Arabic digits and
    punctuation become ASCII). ``capitalize`` capitalises each Arabic word.

    >>> romanize("يون سوك يول")
    'Yun Suk Yul'
    >>> romanize("بيونغ يانغ")
    'Byung Yang'
    """
    if not isinstance(text, str):
        raise TypeError(f"romanize() needs a str, got {type(text).__name__}")
    text = text.translate(_DROP)
    out: list[str] = []
    pos = 0
    for match in _ARABIC_RUN.finditer(text):
        out.append(text[pos : match.start()])
        out.append(_romanize_word(match.group(), capitalize))
        pos = match.end()
    out.append(text[pos:])
    joined = "".join(out)
    return "".join(_PUNCT.get(ch) or _DIGITS.get(ch) or ch for ch in joined)
