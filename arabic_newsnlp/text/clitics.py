"""Clitic segmentation: proclitics, stem and enclitics of Arabic words, with offsets.

The scheme is the ATB/UD clitic scheme: conjunctions (``و ف``), prepositions
(``ب ل ك``), the future ``س``, the article ``ال`` and object/possessive pronouns
(``ه ها هما هم هن ك كما كم كن ي ني نا``) are split off; inflectional suffixes
(``ة ات ون ين`` ...) stay on the stem.

>>> from arabic_newsnlp.text.clitics import segment
>>> [(s.text, s.kind, s.form) for s in segment("للأمم")]
[('ل', 'proclitic', 'ل'), ('ل', 'proclitic', 'ال'), ('أمم', 'stem', 'أمم')]
>>> [(s.text, s.form) for s in segment("مدينته")]
[('مدينت', 'مدينة'), ('ه', 'ه')]
>>> [s.text for s in segment("لبنان")]
['لبنان']

How a word is split: every analysis the clitic grammar allows is listed (``وبالرئيس``
can be ``و+ب+ال+رئيس``, ``و+بالرئيس`` ... or whole), and each is scored by a linear model
over evidence: how often the candidate stem occurs as a word of its own, and after the
article, in the training corpora (``data/clitics/lexicon.tsv``), which clitics it carries,
and whether the stem is known at all. The weights (``data/clitics/weights.tsv``) and the
lexicon are built by ``training/build_clitics.py``. Closed-class words (particles,
pronouns, prepositions with pronouns) follow a hand-written table
(``data/lexicon/closed_class.tsv``). The model is :mod:`.clitic_model`; this module
applies it to words and tokens, with its per-word caches.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace as _replace

from .._cache import BoundedCache
from ..contracts import Field
from ..document import Document, Segment, Token
from .clitic_model import (
    ENCLITICS,
    PROCLITICS,
    Candidate,
    Spec,
    analyse,
    candidates,
    closed_class,
    seen_alone,
)
from .clitic_names import name_start_in, with_names
from .normalize import normalize

__all__ = [
    "ENCLITICS",
    "PROCLITICS",
    "Candidate",
    "CliticStep",
    "Spec",
    "base_form",
    "candidates",
    "clear_cache",
    "closed_class",
    "name_start",
    "seen_alone",
    "segment",
    "segment_uncached",
]


_new = object.__new__
_set_segment = tuple(getattr(Segment, f).__set__ for f in Segment.__slots__)
_set_token = tuple(getattr(Token, f).__set__ for f in Token.__slots__)
#: A word's pieces as :class:`CliticStep` keeps them: :data:`Spec` with each piece's text,
#: sliced once per word, not once per token.
_Parts = tuple[tuple[int, int, str, str, str], ...]
_cache = BoundedCache[str, _Parts](entries=200_000)
_segment_cache = BoundedCache[str, tuple[Segment, ...]](entries=200_000)
_starts = BoundedCache[str, tuple[int, bool]](entries=50_000)


def clear_cache() -> None:
    """Forget the per-word results (they are recomputed on demand)."""
    _cache.clear()
    _segment_cache.clear()
    _starts.clear()


def _analysis(word: str) -> Spec:
    """The model's best analysis of ``word``, corrected by the name lists."""
    return with_names(word, analyse(word))


def _parts(word: str) -> _Parts:
    parts = _cache.get(word)
    if parts is None:
        parts = _cache.put(
            word,
            tuple(
                (start, end, kind, form, word[start:end])
                for start, end, kind, form in _analysis(word)
            ),
        )
    return parts


def _make_segments(parts: _Parts, offset: int, stop: int = -1) -> tuple[Segment, ...]:
    """Segments at ``offset`` from a word's pieces (``stop``: the word's end, if known).
    Their texts are the pieces' own strings, and their offsets the int objects the token
    and the segment before already hold: a long document holds one segment per piece of
    every token, and nothing more per segment."""
    s_text, s_start, s_end, s_kind, s_form = _set_segment
    out = []
    end_at = offset
    for start, end, kind, form, text in parts:
        seg = _new(Segment)
        s_text(seg, text)
        s_start(seg, end_at if end_at == start + offset else start + offset)
        end_at = end + offset
        if end_at == stop:
            end_at = stop
        s_end(seg, end_at)
        s_kind(seg, kind)
        s_form(seg, form)
        out.append(seg)
    return tuple(out)


def segment_uncached(word: str) -> tuple[Segment, ...]:
    """:func:`segment` without the per-word cache (for benchmarks and tests)."""
    if not isinstance(word, str):
        raise TypeError(f"segment() needs a str, got {type(word).__name__}")
    return _make_segments(tuple((a, b, k, f, word[a:b]) for a, b, k, f in _analysis(word)), 0)


def segment(word: str) -> tuple[Segment, ...]:
    """Split one word into proclitics, stem and enclitics (offsets relative to ``word``).

    Non-Arabic input and words that cannot be split come back as one stem segment.
    Raises ``TypeError`` only when ``word`` is not a ``str``.

    >>> [(s.text, s.kind, s.form) for s in segment("عليها")]
    [('علي', 'stem', 'على'), ('ها', 'enclitic', 'ها')]
    >>> [(s.start, s.end, s.form) for s in segment("وبالرئيس")]
    [(0, 1, 'و'), (1, 2, 'ب'), (2, 4, 'ال'), (4, 8, 'رئيس')]
    """
    found = _segment_cache.get(word)
    if found is None:
        if not isinstance(word, str):
            raise TypeError(f"segment() needs a str, got {type(word).__name__}")
        found = _segment_cache.put(word, _make_segments(_parts(word), 0))
    return found


def name_start(word: str) -> tuple[int, bool]:
    """Where a name would start in ``word``: ``(offset, whether the article there is
    fused)``, after the proclitics written onto it but before a written article (see
    :func:`.clitic_names.name_start_in`). The entity step reads this.

    >>> name_start("لكوريا"), name_start("والصين"), name_start("للأمم"), name_start("بارو")
    ((1, False), (1, False), (2, True), (0, False))
    """
    found = _starts.get(word)
    if found is None:
        found = _starts.put(word, name_start_in(word, analyse(word)))
    return found


def base_form(word: str) -> str:
    """The normalised, clitic-free form of a word (what :attr:`Token.base` gives).

    >>> base_form("وقالت"), base_form("لكوريا"), base_form("بالرئيس")
    ('قالت', 'كوريا', 'رئيس')
    """
    for seg in segment(word):
        if seg.kind == "stem":
            return normalize(seg.form)
    return normalize(word)


class CliticStep:
    """Splits proclitics and enclitics off Arabic words into :attr:`Token.segments`.

    >>> from arabic_newsnlp import Pipeline
    >>> doc = Pipeline(steps=("tokenize", "clitics"))("وقال لكوريا")
    >>> [[s.text for s in t.segments] for t in doc.tokens]
    [['و', 'قال'], ['ل', 'كوريا']]
    """

    name = "clitics"
    requires: tuple[Field, ...] = ("tokens",)
    provides: tuple[Field, ...] = ("segments",)

    def __call__(self, doc: Document) -> Document:
        return _replace(doc, tokens=tuple(self.tokens(doc.tokens)))

    @staticmethod
    def tokens(tokens: Iterable[Token]) -> list[Token]:
        """The tokens with their clitic segments filled in (absolute offsets)."""
        cache = _cache
        make = _make_segments
        t_text, t_start, t_end, t_norm, t_kind, t_segments = _set_token
        out: list[Token] = []
        append = out.append
        for token in tokens:
            if token.kind != "word":
                append(token)
                continue
            text = token.text
            spec = cache.get(text)
            if spec is None:
                spec = _parts(text)
            if len(spec) == 1:
                segments = token.segments
                if (
                    len(segments) == 1
                    and segments[0].kind == "stem"
                    and (segments[0].start == token.start and segments[0].end == token.end)
                ):
                    append(token)  # the tokenizer's whole-word stem is already right
                    continue
            new = _new(Token)
            t_text(new, text)
            t_start(new, token.start)
            t_end(new, token.end)
            t_norm(new, token.norm)
            t_kind(new, token.kind)
            t_segments(new, make(spec, token.start, token.end))
            append(new)
        return out
