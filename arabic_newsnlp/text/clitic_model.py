"""The clitic segmenter's model: the clitic grammar, the lexicon and weights it scores
candidate analyses with, and :func:`analyse`, the best analysis of one word.
:mod:`.clitics` applies it to tokens with its per-word caches.

>>> [form for _, _, _, form in analyse("وبالرئيس")]
['و', 'ب', 'ال', 'رئيس']
>>> seen_alone("هو"), closed_class("على")
(True, True)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..lexicon.keys import CONJUNCTIONS
from ..lexicon.words import closed_class_rows
from ..resources import load_once, read_tsv
from .normalize import CONTROLS, DIACRITICS, TATWEEL

__all__ = [
    "ENCLITICS",
    "PROCLITICS",
    "Candidate",
    "Spec",
    "analyse",
    "candidates",
    "closed_class",
    "seen_alone",
    "word_count",
]

#: Proclitic sequences the grammar allows, as (written letters, forms of the pieces).
#: ``لل`` is ``ل`` + ``ال`` with the article's alef dropped.
PROCLITICS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (conj + written, ((conj,) if conj else ()) + forms)
    for conj in ("", *CONJUNCTIONS)
    for written, forms in (
        ("", ()),
        ("س", ("س",)),
        ("ب", ("ب",)),
        ("ك", ("ك",)),
        ("ل", ("ل",)),
        ("ال", ("ال",)),
        ("بال", ("ب", "ال")),
        ("كال", ("ك", "ال")),
        ("لل", ("ل", "ال")),
    )
    if conj or written
)
#: Proclitic sequences that can stand before a closed-class word (no article, no future).
_SHORTCUT_PREFIXES: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    sorted(
        ((w, f) for w, f in PROCLITICS if "ال" not in f and "س" not in f),
        key=lambda item: len(item[0]),
    )
)
#: Object and possessive pronouns written onto the end of a word.
ENCLITICS: tuple[str, ...] = ("ه", "ها", "هما", "هم", "هن", "ك", "كما", "كم", "كن", "ي", "ني", "نا")

_ARABIC_LETTERS = frozenset(
    [chr(c) for c in range(0x0620, 0x064B) if c != 0x0640]
    + [chr(c) for c in range(0x066E, 0x06D4) if c != 0x06D4]
    + ["\u06d5"]
)
_SKIPPED = frozenset(DIACRITICS | CONTROLS | {TATWEEL})
#: One letter for one letter, so positions in the key are positions in the bare word.
_KEY_TABLE = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ک": "ك", "ی": "ي"})
_FUTURE_STEM_START = frozenset("يتنا")
#: Inflectional endings stripped to group the forms of one stem ("family" evidence),
#: by length, longest first.
_INFLECTIONS: tuple[tuple[int, frozenset[str]], ...] = (
    (3, frozenset(["يات", "يون", "يين", "تان", "تين"])),
    (2, frozenset(["ات", "ون", "ين", "وا", "ان", "ية", "تم", "تا", "نا"])),
    (1, frozenset(["ة", "ت", "ا", "ي", "ن"])),
)


def _strip_inflection(key: str) -> str:
    """``key`` without its longest inflectional ending (keeping at least three letters)."""
    n = len(key)
    for width, endings in _INFLECTIONS:
        if n - width >= 3 and key[-width:] in endings:
            return key[:-width]
    return key


_HAMZA_SEATS = ("ئ", "ؤ")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One analysis of a word: its pieces (on the bare word) and the features scored.

    ``pieces`` are ``(start, end, kind, form)`` on the word without diacritics or tatweel.
    """

    pieces: tuple[tuple[int, int, str, str], ...]
    features: tuple[tuple[str, float], ...]

    @property
    def cuts(self) -> frozenset[int]:
        """The boundary positions between pieces."""
        return frozenset(start for start, _, _, _ in self.pieces if start > 0)


class _Model:
    """The lexicon, weights and closed-class table of the segmenter."""

    def __init__(
        self,
        *,
        free: dict[str, int],
        det: dict[str, int],
        name: dict[str, int],
        maqsura: frozenset[str],
        weights: dict[str, float],
        closed_class: list[str],
    ) -> None:
        self.free = free
        self.det = det
        self.name = name
        self.maqsura = maqsura
        self.weights = weights
        family: dict[str, int] = {}
        for form in free.keys() | det.keys():
            base = _strip_inflection(form)
            family[base] = family.get(base, 0) + free.get(form, 0) + det.get(form, 0)
        self.family = family
        whole: set[str] = set()
        fixed: dict[str, tuple[tuple[str, ...], str]] = {}
        for line in closed_class:
            cells = line.split("\t")
            word = cells[0].translate(_KEY_TABLE)
            pieces = tuple(cells[1].split("+")) if len(cells) > 1 and cells[1] else (word,)
            if len(pieces) == 1:
                whole.add(word)
            else:
                form = cells[2] if len(cells) > 2 and cells[2] else ""
                fixed[word] = (tuple(p.translate(_KEY_TABLE) for p in pieces), form)
        self.whole = frozenset(whole)
        self.fixed = fixed
        #: Closed-class words as written (hamza and alef maqsura included), and the
        #: keys of those whose spelling has neither: the proclitic + closed-class word
        #: shortcut (``وفي``, ``لأن``, ``ولها``) matches these and no near spellings
        #: (``فان`` is not ``ف+أن``).
        written = {line.split("\t")[0] for line in closed_class}
        self.closed_written = frozenset(written)
        self.closed_plain = frozenset(w for w in written if w.translate(_KEY_TABLE) == w)

    @classmethod
    def load(cls) -> _Model:
        """Read the shipped data files."""
        free: dict[str, int] = {}
        det: dict[str, int] = {}
        name: dict[str, int] = {}
        maqsura: set[str] = set()
        for row in read_tsv("clitics/lexicon.tsv"):
            key = row["form"]
            free[key] = int(row["free"])
            det[key] = int(row["det"])
            if row["name"] != "0":
                name[key] = int(row["name"])
            if row["final"] == "ى":
                maqsura.add(key)
        weights = {row["feature"]: float(row["weight"]) for row in read_tsv("clitics/weights.tsv")}
        return cls(
            free=free,
            det=det,
            name=name,
            maqsura=frozenset(maqsura),
            weights=weights,
            closed_class=closed_class_rows(),
        )


@load_once
def _get_model() -> _Model:
    return _Model.load()


def seen_alone(word: str) -> bool:
    """Whether the segmenter's lexicon saw ``word`` as a word of its own (no clitic).

    >>> seen_alone("هو"), seen_alone("ات")
    (True, False)
    """
    bare, _ = _bare(word)
    return _get_model().free.get(bare.translate(_KEY_TABLE), 0) > 0


def word_count(word: str) -> int:
    """How often the segmenter's lexicon saw ``word`` as a word, alone or after the
    article.

    >>> word_count("بيان") > word_count("يان")
    True
    """
    bare, _ = _bare(word)
    key = bare.translate(_KEY_TABLE)
    model = _get_model()
    return model.free.get(key, 0) + model.det.get(key, 0)


def closed_class(word: str) -> bool:
    """Whether ``word``, as written, is a closed-class word of the segmenter
    (``data/lexicon/closed_class.tsv``: prepositions, pronouns, particles).

    >>> closed_class("على"), closed_class("علي")
    (True, False)
    """
    return word in _get_model().closed_written


def _bare(word: str) -> tuple[str, list[int] | None]:
    """The word without diacritics/tatweel/controls and, if any were removed, the map
    from bare positions to positions in ``word``."""
    if _SKIPPED.isdisjoint(word):
        return word, None
    letters: list[str] = []
    positions: list[int] = []
    for i, ch in enumerate(word):
        if ch not in _SKIPPED:
            letters.append(ch)
            positions.append(i)
    return "".join(letters), positions


def _stem_evidence(model: _Model, stem: str) -> tuple[int, int, str]:
    """(free count, article count, restored key) of a stem that carries an enclitic."""
    free, det = model.free, model.det
    best = (free.get(stem, 0), det.get(stem, 0), stem)
    last = stem[-1]
    alternatives: list[str] = []
    if last == "ت":
        alternatives.append(stem[:-1] + "ة")
    elif last == "ا":
        alternatives.append(stem[:-1] + "ي")
    elif last in _HAMZA_SEATS:
        alternatives.append(stem[:-1] + "ء")
    for alt in alternatives:
        f, d = free.get(alt, 0), det.get(alt, 0)
        if f + d > best[0] + best[1]:
            best = (f, d, alt)
    return best


def _restore(bare_stem: str, key_stem: str, restored: str, model: _Model) -> str:
    """The dictionary form of a stem whose end the enclitic changed."""
    if restored != key_stem:
        return bare_stem[:-1] + restored[-1] if restored[-1] != "ي" else bare_stem[:-1] + "ى"
    if key_stem[-1] == "ي" and key_stem in model.maqsura:
        return bare_stem[:-1] + "ى"
    return bare_stem


def candidates(word: str) -> list[Candidate]:
    """All analyses of ``word`` the clitic grammar allows, each with its features.

    The first is always the whole word. Used by :func:`segment` and by the training
    script that fits the weights.

    >>> [sorted(c.cuts) for c in candidates("وقال")]
    [[], [1]]
    """
    bare, _ = _bare(word)
    return _candidates(bare, bare.translate(_KEY_TABLE), _get_model())


def _features(
    model: _Model,
    stem: str,
    prefix: str,
    enclitic: str,
    *,
    fixed: bool = False,
    whole: float = 0.0,
) -> tuple[tuple[tuple[str, float], ...], str]:
    """Features of one analysis and the restored key of its stem."""
    if enclitic:
        free, det, restored = _stem_evidence(model, stem)
    else:
        free, det, restored = model.free.get(stem, 0), model.det.get(stem, 0), stem
    unknown = free + det == 0
    family = model.family.get(_strip_inflection(restored), 0)
    feats: list[tuple[str, float]] = [
        ("free", math.log1p(free)),
        ("det", math.log1p(det)),
        ("family", math.log1p(family)),
        ("name", math.log1p(model.name.get(restored, 0))),
        ("p=" + prefix, 1.0),
        ("e=" + enclitic, 1.0),
    ]
    split = bool(prefix or enclitic)
    if split:
        feats.append(("split_free", math.log1p(free)))
        feats.append(("split_family", math.log1p(family)))
        # How much more often the whole word occurs than its would-be stem: a word
        # seen far more often than ب/ل/و + stem predicts is a word of its own (بكين).
        excess = whole - math.log1p(free + det)
        if excess > 0:
            feats.append(("excess_p" if prefix else "excess_e", excess))
    if unknown and family == 0:
        feats.append(("unseen_p=" + prefix, 1.0))
    if unknown:
        feats.append(("unknown_p=" + prefix, 1.0))
        feats.append(("unknown_e=" + enclitic, 1.0))
    if len(stem) <= 2:
        feats.append((f"short{len(stem)}_p=" + prefix, 1.0))
        if enclitic:
            feats.append((f"short{len(stem)}_e", 1.0))
    if split and stem.startswith("ال"):
        feats.append(("stem_al", 1.0))  # mostly the article, seldom a verb (والتقى)
    if stem in model.whole:
        feats.append(("closed", 1.0))
    if fixed:
        feats.append(("fixed", 1.0))
    if restored != stem:
        feats.append(("restored", 1.0))
    return tuple(feats), restored


def _prefix_table() -> dict[str, tuple[str, tuple[tuple[int, int, str, str], ...], bool, bool]]:
    """Written proclitic sequence -> (name, pieces, ends in the article, is future)."""
    table = {}
    for written, forms in PROCLITICS:
        head: list[tuple[int, int, str, str]] = []
        position = 0
        for form in forms:
            width = 1 if form == "ال" and written.endswith("لل") else len(form)
            head.append((position, position + width, "proclitic", form))
            position += width
        table[written] = ("+".join(forms), tuple(head), forms[-1] == "ال", forms[-1] == "س")
    return table


_PREFIXES = _prefix_table()
_PREFIX_LONGEST = max(len(w) for w in _PREFIXES)
_ENCLITIC_SET = frozenset(ENCLITICS)
#: A word that neither starts nor ends with these letters cannot carry a clitic.
_CLITIC_FIRST = frozenset(w[0] for w in _PREFIXES)
_CLITIC_LAST = frozenset(e[-1] for e in ENCLITICS)
_ENCLITIC_LONGEST = max(len(e) for e in ENCLITICS)


def _candidates(bare: str, key: str, model: _Model) -> list[Candidate]:
    n = len(key)
    whole_feats, _ = _features(model, key, "", "")
    whole = math.log1p(model.free.get(key, 0) + model.det.get(key, 0))
    found = [Candidate(((0, n, "stem", bare),), whole_feats)]
    enclitics = [
        bare[n - k :]
        for k in range(1, min(_ENCLITIC_LONGEST, n - 2) + 1)
        if bare[n - k :] in _ENCLITIC_SET
    ]
    for enclitic in enclitics:
        stem_end = n - len(enclitic)
        stem = key[:stem_end]
        feats, restored = _features(model, stem, "", enclitic, whole=whole)
        form = _restore(bare[:stem_end], stem, restored, model)
        found.append(
            Candidate(((0, stem_end, "stem", form), (stem_end, n, "enclitic", enclitic)), feats)
        )
    prefixes = _PREFIXES
    for start in range(1, min(_PREFIX_LONGEST, n - 2) + 1):
        entry = prefixes.get(bare[:start])
        if entry is None:
            continue
        prefix, head, article, future = entry
        for enclitic in ("", *enclitics):
            if enclitic and article:
                continue
            stem_end = n - len(enclitic)
            if stem_end - start < 2:
                continue
            stem = key[start:stem_end]
            if future and stem[0] not in _FUTURE_STEM_START:
                continue
            feats, restored = _features(model, stem, prefix, enclitic, whole=whole)
            if enclitic:
                form = _restore(bare[start:stem_end], stem, restored, model)
                pieces = (
                    *head,
                    (start, stem_end, "stem", form),
                    (stem_end, n, "enclitic", enclitic),
                )
            else:
                pieces = (*head, (start, stem_end, "stem", bare[start:stem_end]))
            found.append(Candidate(pieces, feats))
    return found


def _fixed_pieces(
    head: tuple[tuple[int, int, str, str], ...],
    start: int,
    bare: str,
    pieces: tuple[str, ...],
    form: str,
) -> tuple[tuple[int, int, str, str], ...]:
    """Pieces of a closed-class word from the table.

    ``علي+ها`` is a stem with an enclitic pronoun; ``م+ما`` (``مما``) and ``ب+ما`` are a
    preposition before the stem ``ما``. ``form`` is the dictionary form of the first piece.
    """
    out = list(head)
    position = start
    pronoun = pieces[-1] in ENCLITICS
    for i, piece in enumerate(pieces):
        end = position + len(piece)
        text = bare[position:end]
        if i == 0:
            out.append((position, end, "stem" if pronoun else "proclitic", form or text))
        else:
            out.append((position, end, "enclitic" if pronoun else "stem", text))
        position = end
    return tuple(out)


def _decided(bare: str, key: str, model: _Model) -> Candidate | None:
    """The analysis of a closed-class word, alone or after conjunctions/prepositions.

    ``None`` when the word is open-class and the scorer decides.
    """
    if key in model.whole:
        return Candidate(((0, len(bare), "stem", bare),), ())
    fixed = model.fixed
    if key in fixed:
        pieces, form = fixed[key]
        return Candidate(_fixed_pieces((), 0, bare, pieces, form), ())
    for written, forms in _SHORTCUT_PREFIXES:
        if not bare.startswith(written):
            continue
        start = len(written)
        rest, rest_key = bare[start:], key[start:]
        if not (
            rest in model.closed_written or rest_key in model.closed_plain or rest_key in fixed
        ):
            continue
        head = tuple((i, i + 1, "proclitic", form) for i, form in enumerate(forms))
        if rest_key in fixed:
            pieces, form = fixed[rest_key]
            return Candidate(_fixed_pieces(head, start, bare, pieces, form), ())
        return Candidate((*head, (start, len(bare), "stem", rest)), ())
    return None


def _score(candidate: Candidate, weights: dict[str, float]) -> float:
    get = weights.get
    return sum(get(name, 0.0) * value for name, value in candidate.features)


def _is_arabic_word(bare: str) -> bool:
    return len(bare) >= 2 and _ARABIC_LETTERS.issuperset(bare)


Spec = tuple[tuple[int, int, str, str], ...]


def analyse(word: str) -> Spec:
    """Pieces ``(start, end, kind, form)`` with offsets into ``word``."""
    whole: Spec = ((0, len(word), "stem", word),)
    bare, positions = _bare(word)
    if not _is_arabic_word(bare):
        return whole
    key = bare.translate(_KEY_TABLE)
    if bare[0] not in _CLITIC_FIRST and bare[-1] not in _CLITIC_LAST:
        return whole
    model = _get_model()
    best = _decided(bare, key, model)
    if best is None:
        weights = model.weights
        best_score = -math.inf
        for candidate in _candidates(bare, key, model):
            value = _score(candidate, weights)
            if value > best_score:
                best, best_score = candidate, value
    if best is None or len(best.pieces) == 1:
        return whole
    out: list[tuple[int, int, str, str]] = []
    for start, end, kind, form in best.pieces:
        if positions is not None:
            start = 0 if start == 0 else positions[start]
            end = len(word) if end == len(bare) else positions[end]
        out.append((start, end, kind, form))
    return tuple(out)
