"""Named-entity recognition: PER, ORG, LOC and MISC mentions with exact offsets.

A linear-chain CRF (trained with python-crfsuite; its weights ship in the package and
are applied by :mod:`.tagger`) labels each sentence's tokens; a gazetteer rule adds names
it left out; mentions start after attached proclitics (``لكوريا`` -> ``كوريا``) and keep
a written article (``الكرملين``). Each mention's ``confidence`` is the lowest marginal
probability of its tokens' labels.

>>> import arabic_newsnlp
>>> doc = arabic_newsnlp.analyze("التقى بلينكن نظيره الكوري في سيول.")
>>> [(m.text, m.label) for m in doc.mentions]
[('بلينكن', 'PER'), ('سيول', 'LOC')]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..document import Document, Mention, Token
from ..lexicon.gazetteer import name_lists
from ..lexicon.keys import FUTURE, name_key
from ..lexicon.speech import lexicon
from ..text.clitic_names import listed_name, name_start_by_use
from ..text.normalize import normalize
from .boundaries import name_part
from .consistency import PERSON_KINDS, propagate
from .features import ABLATE
from .people import rejoin_people
from .rules import mentions_from_labels
from .tagger import EntityTagger
from .tagger import tagger as _tagger

__all__ = ["EntityStep", "find_mentions", "sentence_tokens", "tag_tokens"]


def tag_tokens(tokens: Sequence[Token]) -> tuple[list[str], list[float]]:
    """BIO labels (after the gazetteer rule) and marginals for one sentence's tokens.

    >>> from arabic_newsnlp.text.tokenize import tokenize
    >>> tag_tokens(tokenize("وصل الوفد إلى القاهرة"))[0]
    ['O', 'O', 'O', 'B-LOC']
    """
    return _tagger().tag(tokens)


def find_mentions(
    text: str, runs: Sequence[Sequence[Token]], model: EntityTagger | None = None
) -> list[Mention]:
    """Mentions among ``runs`` of tokens of ``text`` (its sentences), in order.

    Each run is tagged on its own; then a name found with confidence in one run is
    labelled again where it recurs unlabelled in another (:func:`.consistency.propagate`).
    """
    if model is None:
        model = _tagger()
    keys: list[list[str]] = []
    labels: list[list[str]] = []
    probs: list[list[float]] = []
    for run in runs:
        y, p = model.tag(run)
        keys.append([name_part(t)[2] for t in run])
        labels.append(y)
        probs.append(p)
    if len(runs) > 1 and "propagate" not in ABLATE:
        tagged = [list(y) for y in labels]
        propagate(keys, labels, probs)
        for run, run_keys, y, before in zip(runs, keys, labels, tagged, strict=False):
            if y != before:  # only a sentence the document step relabelled
                rejoin_people(run_keys, y, [name_part(t)[3] for t in run])
    out: list[Mention] = []
    inner = _inner_name_words(runs, labels)
    for run, y, p in zip(runs, labels, probs, strict=False):
        if any(tag != "O" for tag in y):
            starts = [name_part(t)[0] for t in run]
            for j, tag in enumerate(y):
                if tag == "B-PER" and starts[j] and normalize(run[j].text) in inner:
                    starts[j] = 0  # فلفول after نبيهة فلفول: the word the full name holds whole
                elif tag.startswith("B-") and not starts[j] and run[j].kind == "word":
                    # a name whose proclitic neither the model nor the lists knew
                    starts[j] = name_start_by_use(run[j].text)
                elif tag == "B-PER" and starts[j] and _whole_name(run[j - 1 : j], run[j]):
                    starts[j] = 0  # بسام, (قال) بالحاج: a name written with ب, no preposition
                elif tag.startswith("B-") and starts[j] and _future_on_name(run[j]):
                    starts[j] -= 1  # سيونغ, not س + يونغ: a name never takes the future س
            out.extend(mentions_from_labels(text, run, y, p, starts))
    return out


def _inner_name_words(runs: Sequence[Sequence[Token]], labels: Sequence[Sequence[str]]) -> set[str]:
    """The words a person's name of several words holds after its first, as written
    (``فلفول`` of ``نبيهة برصالي فلفول``): no proclitic is cut inside a name, so the same
    word alone elsewhere in the document is that name whole, not ``ف`` + ``لفول``."""
    return {
        normalize(token.text)
        for run, y in zip(runs, labels, strict=False)
        for token, tag in zip(run, y, strict=False)
        if tag == "I-PER"
    }


#: Letters a person's name is seldom written after (the preposition ``ل`` and the
#: conjunction ``و`` often are: ``لمحمد``, ``وعلي``).
_RARE_BEFORE_PERSON = frozenset("بفك")
#: A name's stem has more letters than this (``أل`` of ``سأل`` is none).
_MIN_STEM = 2
#: How often the person-name sources must write the whole word (once may be a stray).
_MIN_WHOLE = 2


def _whole_name(before: Sequence[Token], name: Token) -> bool:
    """Whether ``name``, the first word of a person's name from which a ``ب``, ``ف`` or
    ``ك`` was cut, is written whole: a name the person-name lists hold more than once
    (``بسام``, ``باديس``, ``فادي``; not a stray ``بعيسى``, nor before a hamza, where the
    preposition is the rule: ``بأنيس``), or a surname after a speech verb
    (:func:`_surname_with_bi`)."""
    _rel, part, _key, procl = name_part(name)
    if len(procl) != 1 or procl not in _RARE_BEFORE_PERSON:
        return False
    lists = name_lists()
    key = name_key(name.text)
    if (
        part[0] not in "أإآ"
        and lists.person_count(key) >= _MIN_WHOLE
        and not PERSON_KINDS.isdisjoint(lists.word_kinds(key))
    ):
        return True
    return bool(before) and _surname_with_bi(before[0], name)


def _future_on_name(name: Token) -> bool:
    """Whether the clitic step cut a future ``س`` off ``name``, the first word of a name,
    before a listed name: a name never takes that ``س``, so the word is a name written
    whole (``سيونغ``, ``وسيونغ`` -> ``سيونغ``), while a verb (``سيكون``) is no name.

    >>> from arabic_newsnlp.text.tokenize import tokenize
    >>> _future_on_name(tokenize("وسيونغ")[0]), _future_on_name(tokenize("وكواك")[0])
    (True, False)
    """
    _rel, _part, key, procl = name_part(name)
    return procl.endswith(FUTURE) and len(key) > _MIN_STEM and listed_name(key)


def _surname_with_bi(verb: Token, name: Token) -> bool:
    """Whether ``name``, a person's name right after a speech verb whose content no ب
    opens, begins with the ب of a surname (Tunisian news writes بالحاج، بالطيب، بلطيفة
    whole), not a preposition: the word after such a verb is its subject."""
    if name_part(name)[3] != "ب":
        return False
    cue = lexicon().cues.get(normalize(verb.text))
    return cue is not None and cue.pos in ("perf", "imperf") and "ب" not in cue.objects


class EntityStep:
    """Finds PER / ORG / LOC / MISC mentions, sentence by sentence.

    The shipped model loads on the first call (once per process); ``model`` runs another
    trained :class:`~.tagger.EntityTagger` instead (``EntityTagger(path_to_weights_json)``).
    Mentions are sorted by start and do not overlap;
    ``mention.text == doc.text[mention.start:mention.end]``.

    >>> from arabic_newsnlp import Pipeline
    >>> nlp = Pipeline(steps=["tokenize", "clitics", EntityStep()])
    >>> [m.label for m in nlp("وصل الوفد إلى القاهرة").mentions]
    ['LOC']
    """

    name = "ner"
    requires: tuple[str, ...] = ("tokens", "segments")
    provides: tuple[str, ...] = ("mentions",)

    def __init__(self, model: EntityTagger | None = None) -> None:
        self.model = model

    def __call__(self, doc: Document) -> Document:
        if not doc.tokens:
            return doc
        runs = sentence_tokens(doc)
        return replace(doc, mentions=tuple(find_mentions(doc.text, runs, self.model)))


def sentence_tokens(doc: Document) -> list[Sequence[Token]]:
    """The tokens of ``doc`` by sentence (all of them as one run without sentences): what
    an entity tagger reads.

    >>> import arabic_newsnlp
    >>> doc = arabic_newsnlp.analyze("وصل الوفد. ثم غادر.", steps=("tokenize",))
    >>> [[t.text for t in run] for run in sentence_tokens(doc)]
    [['وصل', 'الوفد', '.'], ['ثم', 'غادر', '.']]
    """
    if not doc.sentences:
        return [doc.tokens]
    tokens = doc.tokens
    return [
        tokens[s.token_start : s.token_end] for s in doc.sentences if s.token_end > s.token_start
    ]
