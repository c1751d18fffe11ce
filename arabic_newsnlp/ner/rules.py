"""Corrections applied to the tagger's BIO labels, and the labels' conversion to mentions.

Rule: a token sequence that spells a gazetteer country, city, region, body or public
figure in full, and that the tagger left outside any entity (a person's name: or labelled
in part as a person), becomes one entity of the gazetteer's label; a span the tagger
labelled as a person that begins with a known place becomes that place; a name the tagger
typed ``ORG`` or ``MISC`` right after a title (and its nisba adjective) becomes a person.
A few names that are also common words (``فتح`` *opened*, ``القاعدة`` *the base*) are
exempt. Mentions are read off the labels (an ``I-`` without a matching ``B-`` starts a
mention), lose leading and trailing punctuation tokens, and start after the first token's
proclitics (:mod:`.boundaries`).

>>> fix_labels(["زار", "سيول", "امس"], ["O", "O", "O"])
['O', 'B-LOC', 'O']
>>> fix_labels(["قال", "السفير", "تشو", "لي"], ["O", "O", "B-ORG", "I-ORG"])
['O', 'O', 'B-PER', 'I-PER']
"""

from __future__ import annotations

from collections.abc import Sequence

from ..document import Mention, Token
from .gazetteer import gazetteer


def _given_names() -> frozenset[str]:
    from .features import given_names

    return given_names()

__all__ = ["AMBIGUOUS", "fix_labels", "mentions_from_labels", "propagate"]

#: Gazetteer names that are also everyday words; the override rule leaves them alone.
AMBIGUOUS = frozenset(
    {
        "فتح", "القاعده", "الجزيره", "الخليج", "مالي", "الامير", "امل", "النيل",
        "الفرات", "الهلال الاحمر", "تاس", "الاتحاد", "ابل", "جورجيا", "كيف", "صدام",
        "مبارك", "عرفات", "ظريف", "الصفدي", "الكاظمي",
    }
)
_OVERRIDE_KINDS = frozenset(
    {"country", "city", "region", "continent", "water", "organisation", "government",
     "person"}
)
_PLACE_KINDS = frozenset({"country", "city", "region", "continent", "water"})
_PUNCT_KINDS = frozenset({"punct", "symbol", "emoji"})


def fix_labels(keys: Sequence[str], labels: Sequence[str]) -> list[str]:
    """Apply the gazetteer rule to BIO ``labels`` of tokens with name keys ``keys``."""
    out = list(labels)
    n = len(out)
    gaz = gazetteer()
    # A name right after a title (and the title's nisba adjective) that the tagger typed
    # as an organisation or other name is a person: ``مستشار الأمن القومي الكوري تشو``.
    spans = gaz.triggers_of(keys)
    nisba_end = {start: end for start, end, kind in spans if kind == "nationality"}
    for _start, end, kind in spans:
        if kind != "title":
            continue
        end = nisba_end.get(end, end)
        if end < n and out[end] in ("B-ORG", "B-MISC") and gaz.longest_match(keys, end) is None:
            out[end] = "B-PER"
            j = end + 1
            while j < n and out[j][2:] in ("ORG", "MISC") and out[j].startswith("I-"):
                out[j] = "I-PER"
                j += 1
    for match in gaz.find_all(keys):
        entry = match.entries[0]
        if entry.kind not in _OVERRIDE_KINDS:
            continue
        if " ".join(keys[match.start : match.end]) in AMBIGUOUS:
            continue
        if (
            entry.kind in _PLACE_KINDS
            and out[match.start] == "B-PER"
            and all(out[j] == "I-PER" for j in range(match.start + 1, match.end))
        ):
            # A person's name that begins with a known place is the place (a city named as
            # the subject of a verb: ``أطلقت بيونغ يانغ``); the rest of that span is dropped.
            j = match.end
            while j < n and out[j] == "I-PER":
                out[j] = "O"
                j += 1
            out[match.start] = "B-LOC"
            for j in range(match.start + 1, match.end):
                out[j] = "I-LOC"
            continue
        label = entry.label
        inside = {out[j][2:] for j in range(match.start, match.end) if out[j] != "O"}
        if inside and (label != "PER" or inside != {label}):
            continue  # only a person's name is completed over a partial label
        if out[match.start] == "I-" + label:
            continue  # an entity that begins before the name
        if match.end < n and out[match.end].startswith("I-"):
            continue
        out[match.start] = "B-" + entry.label
        for j in range(match.start + 1, match.end):
            out[j] = "I-" + entry.label
    return out


def mentions_from_labels(
    text: str,
    tokens: Sequence[Token],
    labels: Sequence[str],
    probs: Sequence[float],
    starts: Sequence[int],
) -> list[Mention]:
    """Mentions over ``tokens`` from BIO ``labels``.

    ``probs`` holds each token's marginal probability of its label; a mention's confidence
    is the minimum over its tokens. ``starts`` gives, per token, the offset inside it
    where a name would start (after proclitics).
    """
    out: list[Mention] = []
    n = len(labels)
    i = 0
    while i < n:
        tag = labels[i]
        if tag == "O":
            i += 1
            continue
        label = tag[2:]
        j = i + 1
        while j < n and labels[j] == "I-" + label:
            j += 1
        first, last = i, j - 1
        while first <= last and tokens[first].kind in _PUNCT_KINDS:
            first += 1
        while last >= first and tokens[last].kind in _PUNCT_KINDS:
            last -= 1
        if first <= last:
            start = tokens[first].start + starts[first]
            if start >= tokens[first].end and first < last:
                first += 1
                start = tokens[first].start + starts[first]
            end = tokens[last].end
            if start < end:
                conf = min(probs[first : last + 1])
                out.append(
                    Mention(text[start:end], start, end, "PER" if label == "PERS" else label,
                            round(conf, 4))
                )
        i = j
    return out


def propagate(
    keys: Sequence[Sequence[str]],
    labels: list[list[str]],
    probs: list[list[float]],
    *,
    threshold: float = 0.6,
    max_words: int = 4,
) -> None:
    """Label again, in place, later and earlier uses of a name the tagger found elsewhere
    in the same document.

    ``keys``, ``labels`` and ``probs`` hold one list per sentence. A mention whose
    confidence is at least ``threshold`` lends its label to every unlabelled run of tokens
    with the same keys (at most ``max_words`` long, not a trigger word or a common word).
    """
    gaz = gazetteer()
    found: dict[tuple[str, ...], tuple[str, float]] = {}
    for skeys, slabels, sprobs in zip(keys, labels, probs, strict=False):
        i, n = 0, len(slabels)
        while i < n:
            if slabels[i] == "O":
                i += 1
                continue
            label = slabels[i][2:]
            j = i + 1
            while j < n and slabels[j] == "I-" + label:
                j += 1
            conf = min(sprobs[i:j])
            name = tuple(skeys[i:j])
            if (
                j - i <= max_words
                and conf >= threshold
                and " ".join(name) not in AMBIGUOUS
                and not (j - i == 1 and (len(name[0]) < 3 or gaz.trigger(name[0])))
            ):
                best = found.get(name)
                if best is None or best[1] < conf:
                    found[name] = (label, conf)
            i = j
    if not found:
        return
    # A one-word mention typed otherwise that is the first or last word of a confident
    # multi-word person name in the same document is that person (``يون`` after
    # ``يون سوك يول``).
    parts = {
        word
        for name, (label, _conf) in found.items()
        if label == "PER" and len(name) > 1
        for word in (name[0], name[-1])
    }
    # A person span whose first word is no known name part and whose rest is a person found
    # elsewhere in full, or that person's surname, loses its first word (``أدان بلينكن``).
    persons = [name for name, (label, _c) in found.items() if label == "PER"]
    given = _given_names()
    for skeys, slabels in zip(keys, labels, strict=False):
        n = len(slabels)
        for i in range(n - 1):
            if slabels[i] != "B-PER" or slabels[i + 1] != "I-PER":
                continue
            j = i + 1
            while j < n and slabels[j] == "I-PER":
                j += 1
            span = tuple(skeys[i:j])
            rest = span[1:]
            head = span[0]
            known_rest = found.get(rest, ("", 0.0))[0] == "PER" or (
                len(rest) == 1
                and any(p[-1] == rest[0] and p != span for p in persons if len(p) > 1)
            )
            if (
                known_rest
                and head not in given
                and not gaz.lookup(" ".join(span))
                and not any(p[0] == head and p != span for p in persons)
                and not any(head in p[1:] for p in persons if p != span)
            ):
                slabels[i] = "O"
                slabels[i + 1] = "B-PER"
    for skeys, slabels in zip(keys, labels, strict=False):
        n = len(slabels)
        for i in range(n):
            tag = slabels[i]
            if (
                tag.startswith("B-")
                and tag != "B-PER"
                and skeys[i] in parts
                and (i + 1 == n or not slabels[i + 1].startswith("I-"))
            ):
                slabels[i] = "B-PER"
    firsts = {name[0] for name in found}
    for skeys, slabels, sprobs in zip(keys, labels, probs, strict=False):
        n = len(slabels)
        i = 0
        while i < n:
            if slabels[i] != "O" or skeys[i] not in firsts:
                i += 1
                continue
            hit = None
            for size in range(min(max_words, n - i), 0, -1):
                name = tuple(skeys[i : i + size])
                if name in found and all(y == "O" for y in slabels[i : i + size]):
                    hit = (size, found[name])
                    break
            if hit is None or (i + hit[0] < n and slabels[i + hit[0]].startswith("I-")):
                i += 1
                continue
            size, (label, conf) = hit
            slabels[i] = "B-" + label
            sprobs[i] = conf
            for j in range(i + 1, i + size):
                slabels[j] = "I-" + label
                sprobs[j] = conf
            i += size
