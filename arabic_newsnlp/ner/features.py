"""CRF features of a token sequence.

Per word (cached in a bounded dict, since news vocabulary repeats): its normalised form,
its clitic-free form (:attr:`Token.base`), the name form with proclitics removed and the
article kept (see :mod:`.boundaries`), prefixes and suffixes, shape (kind, length, digits,
Latin), the proclitics it carries, and membership of one-word gazetteer names, trigger
words and nisba adjectives. Per position: the same for the neighbours at -2..+2, the
word bigrams around it, the gazetteer match covering it (``B-LOC`` / ``I-LOC`` over a
multi-word name), and whether a title, organisation head or place head phrase ends just
before it or a nisba adjective follows it.

>>> from arabic_newsnlp.ner.features import sequence_features
>>> from arabic_newsnlp.text.tokenize import tokenize
>>> feats = sequence_features(tokenize("قال وزير الخارجية أنتوني بلينكن"))
>>> "TB=title" in feats[3], "g=B-PER" in feats[3], "g=I-PER" in feats[4]
(True, True, True)
"""

from __future__ import annotations

from collections.abc import Sequence

from .._cache import BoundedCache
from ..document import Token
from ..lexicon.gazetteer import gazetteer, name_lists
from ..lexicon.usage import WORD_REPS, word_reps
from ..lexicon.words import word_keys
from .boundaries import UNCACHED_KINDS, name_part

__all__ = [
    "WORD_REPS",
    "WordInfo",
    "make_word_info",
    "sequence_features",
    "sequence_parts",
    "word_info",
    "word_reps",
]

_OFFSETS = (-2, -1, 1, 2)


class WordInfo:
    """What the tagger needs to know about one word, computed once per distinct text."""

    __slots__ = ("context", "key", "own", "rel")

    def __init__(self, own: list[str], context: dict[int, list[str]], key: str, rel: int) -> None:
        self.own = own
        self.context = context
        self.key = key
        self.rel = rel


_cache = BoundedCache[str, WordInfo](entries=50_000)
#: Parts left out, for ablations only: feature groups (``clusters``, ``freq``: the word
#: representations; ``reps``: both; ``lists``: the large name lists) and rules (``org``:
#: organisation chains; ``propagate``: document consistency). Empty in use.
ABLATE: set[str] = set()


def _reps(key: str) -> list[str]:
    """A word's frequency band and clusters (``fb=rare`` for a word not in the table),
    less any group :data:`ABLATE` drops."""
    if "reps" in ABLATE:
        return []
    table = word_reps()
    found = table.get(key) or (table.get(key[2:]) if key.startswith("ال") else None)
    out = list(found or ("fb=rare",))
    if "freq" in ABLATE:
        out = [f for f in out if not f.startswith("fb=")]
    if "clusters" in ABLATE:
        out = [f for f in out if f.startswith("fb=")]
    return out


def _shape(text: str, kind: str) -> str:
    if kind != "word":
        return kind
    n = len(text)
    return "w" + str(n if n < 9 else 9)


def word_info(token: Token) -> WordInfo:
    """The per-word features of ``token``, cached by its text (except for numbers, dates,
    URLs and the like, which rarely repeat)."""
    info = _cache.get(token.text)
    if info is not None:
        return info
    info = make_word_info(token)
    if token.kind not in UNCACHED_KINDS:
        _cache.put(token.text, info)
    return info


def make_word_info(token: Token) -> WordInfo:
    """The per-word features of ``token``, computed afresh."""
    gaz = gazetteer()
    rel, _part, key, procl = name_part(token)
    norm = token.norm
    kind = token.kind
    base = token.base if kind == "word" else norm
    bare = key[2:] if key.startswith("ال") and len(key) > 4 else key
    own = [
        "w=" + norm,
        "b=" + base,
        "k=" + key,
        "r=" + bare,
        "t=" + _shape(norm, kind),
        "pc=" + procl,
        "al" if key.startswith("ال") else "noal",
    ]
    ctx_keys = ["w=" + norm, "r=" + bare, "t=" + _shape(norm, kind)]
    if kind == "word":
        own += [
            "p2=" + bare[:2],
            "p3=" + bare[:3],
            "p4=" + bare[:4],
            "s1=" + bare[-1:],
            "s2=" + bare[-2:],
            "s3=" + bare[-3:],
            "s4=" + bare[-4:],
        ]
        # Letter trigrams inside the word: transliterated foreign names have their own.
        padded = "<" + bare + ">"
        own += ["c3=" + padded[i : i + 3] for i in range(len(padded) - 2)]
        ctx_keys += ["s2=" + bare[-2:], "p2=" + bare[:2]]
    entries = gaz.lookup(key) if kind == "word" else ()
    if entries:
        own.append("gz=" + entries[0].label)
        own.append("gk=" + entries[0].kind)
        ctx_keys.append("gz=" + entries[0].label)
    trig = gaz.key_trigger(key)
    if trig is not None:
        own.append("tr=" + trig)
        ctx_keys.append("tr=" + trig)
    if key in word_keys("given_name"):
        own.append("fn")
        ctx_keys.append("fn")
    elif key.startswith("عبد") and len(key) > 4:
        own.append("abd")
    if kind == "word":
        reps = _reps(key)
        own += reps
        ctx_keys += [f for f in reps if f.startswith(("c64=", "c256="))] or reps
    if kind == "word" and "lists" not in ABLATE:
        for list_kind in name_lists().word_kinds(key):
            own.append("nl=" + list_kind)
            ctx_keys.append("nl=" + list_kind)
    if gaz.nationality(key) is not None:
        own.append("nis")
        ctx_keys.append("nis")
    elif key.startswith("ال") and (key.endswith("ي") or key.endswith("يه")) and len(key) > 4:
        own.append("nis?")
    context = {o: [f"{o}{f}" for f in ctx_keys] for o in _OFFSETS}
    return WordInfo(own, context, key, rel)


def sequence_parts(tokens: Sequence[Token]) -> tuple[list[str], list[list[str]]]:
    """The name keys of the tokens and, per position, the features that depend on the
    sequence (gazetteer matches, triggers and adjectives around, word bigrams, edges)."""
    keys = [name_part(t)[2] for t in tokens]
    n = len(keys)
    gaz = gazetteer()
    extra: list[list[str]] = [[] for _ in range(n)]
    for match in gaz.find_all(keys):
        label = match.label
        extra[match.start].append("g=B-" + label)
        for j in range(match.start + 1, match.end):
            extra[j].append("g=I-" + label)
        if match.end < n:
            extra[match.end].append("g=after-" + label)
    for start, end, label in name_lists().find_all(keys) if "lists" not in ABLATE else ():
        extra[start].append("G=B-" + label)
        for j in range(start + 1, end):
            extra[j].append("G=I-" + label)
    for start, end, kind in gaz.triggers_of(keys):
        if kind == "nationality":
            if start > 0:
                extra[start - 1].append("NA")
            if end < n:
                extra[end].append("NB")
            continue
        if end < n:
            extra[end].append("TB=" + kind)
        if end + 1 < n:
            extra[end + 1].append("TB2=" + kind)
        if start > 0:
            extra[start - 1].append("TA=" + kind)
    if n:
        extra[0].append("BOS")
        extra[-1].append("EOS")
    for i in range(n - 1):
        pair = keys[i] + "|" + keys[i + 1]
        extra[i].append("br=" + pair)
        extra[i + 1].append("bl=" + pair)
    return keys, extra


def sequence_features(tokens: Sequence[Token]) -> list[list[str]]:
    """One list of feature strings per token of a sentence (what the model is trained on)."""
    _keys, extra = sequence_parts(tokens)
    infos = [word_info(t) for t in tokens]
    n = len(infos)
    out: list[list[str]] = []
    for i, info in enumerate(infos):
        feats = list(info.own)
        feats += extra[i]
        if i >= 1:
            feats += infos[i - 1].context[-1]
            if i >= 2:
                feats += infos[i - 2].context[-2]
        if i + 1 < n:
            feats += infos[i + 1].context[1]
            if i + 2 < n:
                feats += infos[i + 2].context[2]
        out.append(feats)
    return out
