"""The CRF sequence tagger over :mod:`.features`.

The model is a linear-chain CRF trained with python-crfsuite by ``training/train_ner.py``
(``training/models/model.crfsuite``, not installed). The same script exports its weights to
``data/ner/weights.json``, which is what runs here: the per-label score of each distinct
word (its own features and what it contributes to its neighbours) is summed once and
cached, so tagging a token costs a few list additions instead of one string lookup per
feature. Tokens whose best label is ``O`` by a margin larger than any transition can
overturn are fixed to ``O``; Viterbi decoding and forward-backward marginals run exactly
over the runs of tokens in between. The result equals crfsuite's own decoding (the tests
check it).

>>> from arabic_newsnlp.ner.tagger import tagger
>>> from arabic_newsnlp.text.tokenize import tokenize
>>> labels, probs = tagger().tag(tokenize("زار بلينكن سيول"))
>>> labels
['O', 'B-PER', 'B-LOC']
"""

from __future__ import annotations

import json
import math
import operator
import threading
from array import array
from collections.abc import Sequence
from pathlib import Path
from typing import TypeAlias

from .._cache import BoundedCache
from ..document import Token
from ..resources import ResourceError, load_once, resource_path
from .boundaries import UNCACHED_KINDS, name_part
from .features import make_word_info, sequence_parts
from .rules import fix_labels

__all__ = ["WEIGHTS", "EntityTagger", "export_weights", "tagger"]

#: Resource name, relative to ``arabic_newsnlp/data``, of the model's weights.
WEIGHTS = "ner/weights.json"

_CACHE_SIZE = 50_000
#: Default pruning margin (in score units); ``math.inf`` decodes every token.
MARGIN = 6.0
Vector = list[float]
#: A row of label scores as :meth:`EntityTagger._emissions` keeps it.
Row: TypeAlias = "array[float]"


def export_weights(model: Path, out: Path) -> None:
    """Write the labels, transition and state weights of a crfsuite model as JSON."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    info = tagger.info()
    labels = sorted(tagger.labels(), key=lambda y: (y != "O", y[2:], y))
    index = {y: i for i, y in enumerate(labels)}
    transitions = [[0.0] * len(labels) for _ in labels]
    for (a, b), w in info.transitions.items():
        transitions[index[a]][index[b]] = w
    features: dict[str, list[float]] = {}
    for (attr, label), w in info.state_features.items():
        features.setdefault(attr, [0.0] * len(labels))[index[label]] = w
    data = {
        "labels": labels,
        "transitions": transitions,
        "features": {k: [round(w, 6) for w in v] for k, v in sorted(features.items())},
    }
    out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), "utf-8")


class EntityTagger:
    """A loaded CRF: BIO labels and their marginal probabilities for a sentence.

    ``path`` is a weights file written by :func:`export_weights`.
    """

    def __init__(self, path: Path, *, margin: float = MARGIN) -> None:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            labels = [str(y) for y in data["labels"]]
            transitions = [[float(w) for w in row] for row in data["transitions"]]
            # Tuples, not lists: the garbage collector stops tracking tuples of floats, so
            # its full collections need not walk the tens of thousands of feature rows.
            weights = {str(k): tuple(map(float, v)) for k, v in data["features"].items()}
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ResourceError(f"cannot load the NER model {path}: {exc}") from exc
        size = len(labels)
        if (
            "O" not in labels
            or len(transitions) != size
            or any(len(row) != size for row in transitions)
            or any(len(v) != size for v in weights.values())
        ):
            raise ResourceError(f"cannot load the NER model {path}: inconsistent dimensions")
        self.labels: tuple[str, ...] = tuple(labels)
        self._o = labels.index("O")
        self._size = size
        self._trans = transitions
        #: Column j of the transition matrix (scores into label j), and its exponentials.
        self._cols = [[transitions[k][j] for k in range(size)] for j in range(size)]
        self._from_o = list(transitions[labels.index("O")])
        self._mcols = [[math.exp(w) for w in col] for col in self._cols]
        self._mrows = [[math.exp(w) for w in row] for row in transitions]
        self._m_from_o = list(self._mrows[labels.index("O")])
        self._weights = weights
        self._zero: Vector = [0.0] * size
        #: A token whose ``O`` score leads every other label's by more than this is taken
        #: to be ``O`` without decoding (see the module docstring).
        self.margin = margin
        self._words = BoundedCache[str, tuple[Row, ...]](entries=_CACHE_SIZE)
        self._lock = threading.Lock()

    def _sum(self, feats: Sequence[str]) -> Vector:
        weights = self._weights
        acc: Vector | None = None
        for f in feats:
            w = weights.get(f)
            if w is not None:
                acc = list(w) if acc is None else [a + b for a, b in zip(acc, w, strict=False)]
        return acc if acc is not None else self._zero

    def emissions(self, tokens: Sequence[Token]) -> list[Vector]:
        """Per token, the score of each label (in :attr:`labels` order)."""
        return [list(row) for row in self._emissions(tokens)[0]]

    def _emissions(self, tokens: Sequence[Token]) -> tuple[list[Row], list[str]]:
        """Per token, the score of each label as a packed row (8 bytes a score, not a
        Python float each: a long document holds one row per token), and the tokens'
        keys."""
        keys, extra = sequence_parts(tokens)
        words = self._words
        vecs = []
        for token in tokens:
            found = words.get(token.text)
            if found is None:
                info = make_word_info(token)
                c = info.context
                found = (
                    array("d", self._sum(info.own)),
                    array("d", self._sum(c[-2])),
                    array("d", self._sum(c[-1])),
                    array("d", self._sum(c[1])),
                    array("d", self._sum(c[2])),
                )
                if token.kind not in UNCACHED_KINDS:
                    words.put(token.text, found)
            vecs.append(found)
        n = len(vecs)
        zero = self._zero
        add = operator.add
        out: list[Row] = []
        for i in range(n):
            own = vecs[i][0]
            # What the neighbours contribute: the word two before through its "-2" features.
            m2 = vecs[i - 2][1] if i >= 2 else zero
            m1 = vecs[i - 1][2] if i >= 1 else zero
            p1 = vecs[i + 1][3] if i + 1 < n else zero
            p2 = vecs[i + 2][4] if i + 2 < n else zero
            row = list(map(add, map(add, own, m1), map(add, map(add, p1, m2), p2)))
            more = extra[i]
            if more:
                weights = self._weights
                for f in more:
                    w = weights.get(f)
                    if w is not None:
                        row = list(map(add, row, w))
            out.append(array("d", row))
        return out, keys

    def _decode(
        self,
        em: list[Row],
        start: int,
        end: int,
        left_o: bool,
        right_o: bool,
        labels: list[int],
        probs: list[float],
    ) -> None:
        """Viterbi and marginals over ``em[start:end]`` between fixed ``O`` neighbours.

        A run may be as long as the document (a text of one repeated word): what is kept
        per token (back-pointers, potentials, forward scores) is packed into flat arrays,
        and the backward scores are used as they are computed, not kept."""
        if end - start == 1:  # the common case: one uncertain token, in closed form
            row: Sequence[float] = em[start]
            if left_o:
                row = list(map(operator.add, row, self._from_o))
            if right_o:
                row = list(map(operator.add, row, self._cols[self._o]))
            top = max(row)
            y = row.index(top)
            labels[start] = y
            probs[start] = 1.0 / sum([math.exp(v - top) for v in row])
            return
        size = self._size
        cols = self._cols
        o = self._o
        rng = range(size)
        add = operator.add
        first = em[start]
        best = list(map(add, first, self._from_o)) if left_o else list(first)
        back = array("i")  # per token after the first, per label: the best previous label
        for t in range(start + 1, end):
            e = em[t]
            new = []
            for j in rng:
                vals = list(map(add, best, cols[j]))
                v = max(vals)
                new.append(v + e[j])
                back.append(vals.index(v))
            best = new
        if right_o:
            best = list(map(add, best, cols[o]))
        y = best.index(max(best))
        path = [y]
        for k in range(len(back) - size, -1, -size):
            y = back[k + y]
            path.append(y)
        path.reverse()
        labels[start:end] = path
        if all(y == o for y in path):
            return  # nothing reads the probability of an O label
        self._marginals(em, start, end, left_o, right_o, path, probs)

    def _marginals(
        self,
        em: list[Row],
        start: int,
        end: int,
        left_o: bool,
        right_o: bool,
        path: list[int],
        probs: list[float],
    ) -> None:
        """Forward-backward in probability space, each step rescaled to sum 1: the
        marginal probability of each label of ``path``, into ``probs[start:end]``."""
        size = self._size
        rng = range(size)
        mul = operator.mul
        exp = math.exp
        mcols = self._mcols
        mrows = self._mrows
        pot = array("d")  # exp(score - top) per token and label, flat
        for t in range(start, end):
            e = em[t]
            top = max(e)
            pot.extend([exp(v - top) for v in e])
        first = pot[0:size]
        alpha0 = list(map(mul, first, self._m_from_o)) if left_o else list(first)
        scale = sum(alpha0)
        prev = [v / scale for v in alpha0]
        alpha = array("d", prev)  # the forward scores, flat
        for t in range(1, end - start):
            at = t * size
            cur = [sum(map(mul, prev, mcols[j])) * pot[at + j] for j in rng]
            scale = sum(cur)
            prev = [v / scale for v in cur]
            alpha.extend(prev)
        beta = list(mcols[self._o]) if right_o else [1.0] * size
        beta_scale = sum(beta)
        beta = [v / beta_scale for v in beta]
        for t in range(end - start - 1, -1, -1):  # beta: the backward scores of token t
            at = t * size
            joint = list(map(mul, alpha[at : at + size], beta))
            z = sum(joint)
            probs[start + t] = joint[path[t]] / z if z > 0 else 0.0
            if t:
                nxt = list(map(mul, beta, pot[at : at + size]))
                cur = [sum(map(mul, mrows[k], nxt)) for k in rng]
                scale = sum(cur)
                beta = [v / scale for v in cur]

    def tag(self, tokens: Sequence[Token], *, rules: bool = True) -> tuple[list[str], list[float]]:
        """BIO labels (``B-PER``, ``I-LOC``, ``O`` ...) and, for each token, the marginal
        probability of its label (``1.0`` for tokens fixed to ``O`` by their margin and for
        runs of tokens decoded all ``O``, where nothing reads it).

        ``rules=True`` applies the gazetteer rule of :mod:`.rules` to the decoded labels;
        a token whose label the rule changed gets probability ``0.5``.
        """
        n = len(tokens)
        if not n:
            return [], []
        with self._lock:
            em, keys = self._emissions(tokens)
        o = self._o
        margin = self.margin
        if o == 0:
            sure = [row[0] - max(row[1:]) > margin for row in em]
        else:
            sure = [all(row[o] - v > margin for j, v in enumerate(row) if j != o) for row in em]
        ids = [o] * n
        probs = [1.0] * n
        i = 0
        while i < n:
            if sure[i]:
                i += 1
                continue
            j = i
            while j < n and not sure[j]:
                j += 1
            self._decode(em, i, j, i > 0, j < n, ids, probs)
            i = j
        names = self.labels
        out = [names[k] for k in ids]
        if rules:
            fixed = fix_labels(keys, out, [name_part(t)[3] for t in tokens], tokens)
            probs = [p if a == b else 0.5 for p, a, b in zip(probs, out, fixed, strict=False)]
            out = fixed
        return out, probs


@load_once
def tagger() -> EntityTagger:
    """The shipped tagger, loaded once per process (thread-safe).

    Raises :class:`arabic_newsnlp.resources.ResourceError` naming the model file when it
    is missing, corrupted or unreadable.
    """
    return EntityTagger(resource_path(WEIGHTS))
