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

import re
from collections.abc import Sequence

from ..document import Mention, Token
from ..quotes.attribute import adjective
from ..resources import load_once, read_tsv
from .features import ABLATE
from .gazetteer import gazetteer, name_key, name_lists


def _given_names() -> frozenset[str]:
    from .features import given_names

    return given_names()

__all__ = [
    "ENTITY_WORDS", "ambiguous", "fix_labels", "mentions_from_labels", "org_chains", "propagate",
]

_OVERRIDE_KINDS = frozenset(
    {"country", "city", "region", "continent", "water", "organisation", "government",
     "person"}
)
_PLACE_KINDS = frozenset({"country", "city", "region", "continent", "water"})
_PUNCT_KINDS = frozenset({"punct", "symbol", "emoji"})


@load_once
def _chain_stops() -> frozenset[str]:
    """Keys of words that end an organisation name (the quote step's speaker-phrase stops
    and complementizers: prepositions, pronouns, time words, أن / إن)."""
    from ..quotes.cues import lexicon

    words = lexicon().words("stop") | lexicon().words("comp")
    return frozenset(name_key(w) for w in words) - _entity_words().get("continues", frozenset())


@load_once
def _modifiers() -> frozenset[str]:
    """Keys of the adjectives that are not recognisable by their form (العام، الجديد)."""
    from ..quotes.cues import lexicon

    return frozenset(name_key(w) for w in lexicon().words("modifier"))


#: How often the Wikidata lists must write a word as a name for it to count as a common
#: given name (``ماركوس``), not a verb that the tagger ran into a name (``شكر بلينكن``).
_COMMON_NAME = 50

#: Resource name of the words the entity rules treat apart, by class.
ENTITY_WORDS = "lexicons/entity_words.tsv"


@load_once
def _entity_words() -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = {}
    for row in read_tsv(ENTITY_WORDS):
        classes.setdefault(row["class"], set()).add(name_key(row["word"]))
    return {k: frozenset(v) for k, v in classes.items()}


def ambiguous() -> frozenset[str]:
    """Keys of gazetteer names that are also everyday words (``data/lexicons/
    entity_words.tsv``, class ``ambiguous``): the gazetteer rule and document consistency
    leave them to the model.

    >>> "فتح" in ambiguous(), "تونس" in ambiguous()
    (True, False)
    """
    return _entity_words().get("ambiguous", frozenset())


def _org_head(key: str) -> bool:
    gaz = gazetteer()
    if gaz.trigger(key) == "org_head":
        return True
    return key.startswith("ال") and gaz.trigger(key[2:]) == "org_head"


#: What a token inside a name may be: a word, a number, or a hyphen, dot or apostrophe
#: within a name (``لوبيث-غارسيا``); other punctuation ends the name.
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
_WORDLIKE = re.compile(r"[\w\-\u2010\u2011'\u2019.]")


def _definite(key: str) -> bool:
    return len(key) > 3 and key.startswith(("ال", "لل"))


def _seat(keys: Sequence[str], proclitics: Sequence[str], end: int) -> int:
    """End of an organisation chain that ends in an adjective, past the town that names
    its seat (``الاتحاد الرياضي بتطاوين``, ``المحكمة الابتدائية بمدنين``); a nationality
    adjective is no such ending (``الجيش التونسي`` ``بالقصرين``)."""
    last = keys[end - 1]
    if (
        end < len(keys)
        and proclitics[end] == "ب"
        and _definite(last)
        and adjective(last)
        and gazetteer().nationality(last) is None
    ):
        place = gazetteer().longest_match(keys, end)
        if place is not None and place.start == end and place.label == "LOC":
            return place.end
        if {"city", "region", "place"} & set(name_lists().word_kinds(keys[end])):
            return end + 1
    return end


def org_chains(
    keys: Sequence[str], proclitics: Sequence[str], labels: Sequence[str] | None = None
) -> list[tuple[int, int]]:
    """Organisation names as Arabic writes them: an organisation head (``وزارة``,
    ``منظمة``, ``الجيش`` ...) followed by its complements and adjectives, up to a word
    that carries a conjunction or preposition (``والتعليم``, ``بالعاصمة``), ends a name
    (``في``, ``اليوم``, ``الذي``) or is indefinite and not in a genitive chain.

    A complement is a definite word (``الصحة``), an indefinite one in a genitive chain
    (``مجلس نواب الشعب``, ``لكرة القدم``), a known place (``جامعة تونس``), or a name the
    tagger found right after the head (``labels``: ``صحيفة لوموند الفرنسية``). A head
    alone is no name (``الحكومة``), nor one with an ordinal (``المركز الثاني``). A definite
    head listed as such needs an adjective (``الجيش الليبي``); any other made definite
    (``الشركة``, ``الصحيفة``) also a complement with ``ل``: ``الشركة التونسية للكهرباء``
    is a name, ``الصحيفة البريطانية`` a description. Returns ``(start, end)`` token ranges.

    >>> org_chains(["وزاره", "الصحه", "الفلسطينيه", "في", "غزه"], [""] * 5)
    [(0, 3)]
    >>> org_chains(["الجيش", "الليبي", "والقوات"], [""] * 3)
    [(0, 2)]
    >>> org_chains(["المركز", "الثاني"], [""] * 2), org_chains(["الصحيفه", "البريطانيه"], [""] * 2)
    ([], [])
    >>> org_chains(["مجلس", "نواب", "الشعب"], [""] * 3)
    [(0, 3)]
    >>> org_chains(["صحيفه", "لوموند", "الفرنسيه"], [""] * 3, ["O", "B-ORG", "O"])
    [(0, 3)]
    """
    gaz = gazetteer()
    stops = _chain_stops()
    closing = _entity_words().get("describes", frozenset())
    n = len(keys)
    out: list[tuple[int, int]] = []
    i = 0
    while i < n:
        head = gaz.trigger(keys[i])
        if not _org_head(keys[i]) or (
            # وزير الخارجية, رئيس الحكومة: a definite head after a title is the title's
            # complement (رئيس مجلس النواب still names the council).
            i > 0 and gaz.trigger(keys[i - 1]) == "title" and keys[i].startswith("ال")
        ):
            i += 1
            continue
        j = i + 1
        if j < n and not proclitics[j] and not _definite(keys[j]):
            place = gaz.longest_match(keys, j)
            if place is not None and place.start == j and place.label == "LOC":
                j = place.end
            elif labels is not None and labels[j].startswith("B-"):
                j += 1
                while j < n and labels[j] == "I-" + labels[j - 1][2:]:
                    j += 1
        genitive = False
        while j < n and j - i < 7:
            key, procl = keys[j], proclitics[j]
            if key in stops or gaz.trigger(key) in ("title", "ordinal") or key in closing:
                break
            if j == i + 1 and procl == "لل" and not keys[i].startswith("ال"):
                break  # an indefinite head with a purpose: لجنة للنظر, مركز للصحة
            if labels is not None and labels[j][:2] == "B-" and labels[j] != "B-ORG":
                break  # the tagger starts another name here: الجبهة الشعبية المنجي الرحوي
            if not _definite(key):
                # an indefinite noun inside a genitive chain: نواب الشعب, لكرة القدم
                if (
                    procl not in ("", "ل")
                    or (not procl and _definite(keys[j - 1]))  # الوزارة | لجنة
                    or len(key) < 3
                    or not key.isalpha()
                    or j + 1 >= n
                    or not _definite(keys[j + 1])
                ):
                    break
            elif procl not in ("", "ل", "لل"):
                break
            elif not procl and _definite(keys[j - 1]) and not proclitics[j - 1] and \
                    not adjective(key) and key not in _modifiers():
                break  # after a definite word only an adjective: (صحيفة ليكيب) الصادرة
            genitive = genitive or procl in ("ل", "لل")
            j += 1
        if j - i > 1 and gaz.trigger(keys[i + 1]) != "ordinal" and (
            head is not None or not keys[i].startswith("ال") or genitive
        ):
            out.append((i, _seat(keys, proclitics, j)))
            i = j
        else:
            i += 1
    return out


def fix_labels(
    keys: Sequence[str], labels: Sequence[str], proclitics: Sequence[str] | None = None
) -> list[str]:
    """Apply the gazetteer and organisation rules to BIO ``labels`` of tokens with name
    keys ``keys`` (and the proclitics cut from each, when known)."""
    out = list(labels)
    n = len(out)
    gaz = gazetteer()
    # A name right after a title (and the title's nisba adjective) that the tagger typed
    # as an organisation or other name is a person: ``مستشار الأمن القومي الكوري تشو``.
    # The title's definite complement and adjectives (``الأمن القومي الكوري الجنوبي``)
    # are no part of that name, even where the tagger ran the name over them.
    spans = gaz.triggers_of(keys)
    nisba_end = {start: end for start, end, kind in spans if kind == "nationality"}
    for start, end, kind in spans:
        if kind != "title":
            continue
        name = nisba_end.get(end, end)
        while name < n and _definite(keys[name]) and out[name][2:] in ("", "ORG", "MISC"):
            name = nisba_end.get(name + 1, name + 1)
        if (
            name < n
            and out[name][2:] in ("ORG", "MISC")
            and (out[name][0] == "B" or name > end)
            and not _definite(keys[name])
            and gaz.longest_match(keys, name) is None
        ):
            for j in range(start, name):
                if out[j][2:] in ("ORG", "MISC"):
                    out[j] = "O"
            out[name] = "B-PER"
            j = name + 1
            while j < n and out[j][2:] in ("ORG", "MISC") and out[j].startswith("I-"):
                out[j] = "I-PER"
                j += 1
    # A name never runs over punctuation (وزارة الصناعة (المقر ..., الوزارة : الوضع).
    for j in range(1, n):
        if out[j].startswith("I-") and not _WORDLIKE.search(keys[j]):
            k = j
            while k < n and out[k].startswith("I-"):
                out[k] = "O"
                k += 1
    # ... but a hyphen joins the two halves of a name (لوبيث-غارسيا).
    for j in range(1, n - 1):
        if keys[j] in _HYPHENS and out[j] == "O" and out[j - 1][2:] == out[j + 1][2:] != "":
            out[j] = "I-" + out[j - 1][2:]
            out[j + 1] = "I-" + out[j - 1][2:]
    if proclitics is not None and "org" not in ABLATE:
        _apply_org_chains(keys, proclitics, out)
        # Two people or places joined by و are two names: وليد زروق وعصام الدردوري.
        for j in range(1, n):
            if out[j] in ("I-PER", "I-LOC") and proclitics[j].startswith("و"):
                out[j] = "B-" + out[j][2:]
    for match in gaz.find_all(keys):
        entry = match.entries[0]
        if entry.kind not in _OVERRIDE_KINDS:
            continue
        if " ".join(keys[match.start : match.end]) in ambiguous():
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
        if (
            entry.kind in _PLACE_KINDS
            and out[match.start] == "I-PER"
            and all(out[j] == "I-PER" for j in range(match.start + 1, match.end))
            and (match.end == n or out[match.end] != "I-PER")
        ):
            # A place the tagger ran into the person before it (زار بلينكن سيول), unless
            # the place is also a common name (أحمد رياض) or the whole a person's known
            # full name.
            first = match.start
            while out[first] != "B-PER":
                first -= 1
            lists = name_lists()
            whole = " ".join(keys[first : match.end])
            place = " ".join(keys[match.start : match.end])
            if lists.phrase_label(whole) != "PER" and lists.person_count(place) < _COMMON_NAME:
                out[match.start] = "B-LOC"
                for j in range(match.start + 1, match.end):
                    out[j] = "I-LOC"
            continue
        if (
            entry.kind in _PLACE_KINDS
            and out[match.start] == "B-ORG"
            and all(out[j] == "I-ORG" for j in range(match.start + 1, match.end))
            and (match.end == n or out[match.end] != "I-ORG")
        ):
            # A place named for its government keeps its literal type (قالت سيول).
            out[match.start] = "B-LOC"
            for j in range(match.start + 1, match.end):
                out[j] = "I-LOC"
            continue
        inside = {out[j][2:] for j in range(match.start, match.end) if out[j] != "O"}
        if inside and inside != {label}:
            continue  # a name is completed only over a partial label of its own type
        if out[match.start] == "I-" + label:
            continue  # an entity that begins before the name
        if match.end < n and out[match.end].startswith("I-"):
            continue
        out[match.start] = "B-" + entry.label
        for j in range(match.start + 1, match.end):
            out[j] = "I-" + entry.label
    return out


def _apply_org_chains(keys: Sequence[str], proclitics: Sequence[str], out: list[str]) -> None:
    """Label each organisation chain ORG where the tagger left it unlabelled, cut it short,
    or typed it otherwise (a name that begins with an organisation head is no person or
    place). An organisation the tagger found overlapping the chain is joined to it; a
    name of another type running past the chain's end is left alone."""
    n = len(out)
    for start, end in org_chains(keys, proclitics, out):
        if out[start].startswith("I-"):
            continue  # inside a name that begins earlier
        while end < n and out[end] == "I-ORG" and _definite(keys[end]):
            end += 1  # the tagger's organisation goes on past the chain (والغاز)
        cut = end
        while cut < n and out[cut] == "I-ORG":
            out[cut] = "O"  # and no further: a verb, a clause (رئاسة الحكومة تصدر ...)
            cut += 1
        if end < n and out[end].startswith("I-"):
            continue  # another name runs into the chain's end
        out[start] = "B-ORG"
        for k in range(start + 1, end):
            out[k] = "I-ORG"


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
    #: Every person's name of several words, however confident.
    people: set[tuple[str, ...]] = set()
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
            if label == "PER" and j - i > 1:
                people.add(name)
            if (
                j - i <= max_words
                and conf >= threshold
                and " ".join(name) not in ambiguous()
                and not (j - i == 1 and (len(name[0]) < 3 or gaz.trigger(name[0])))
            ):
                best = found.get(name)
                if best is None or best[1] < conf:
                    found[name] = (label, conf)
                # A movement, party or company is also named without its head noun
                # (حركة نداء تونس -> نداء تونس).
                short_heads = _entity_words().get("short_head", frozenset())
                if label == "ORG" and len(name) > 1 and name[0] in short_heads:
                    found.setdefault(name[1:], (label, conf))
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

    def known(rest: tuple[str, ...], span: tuple[str, ...]) -> bool:
        """A person found in full, or the first or last word of one (``تشو`` of ``تشو تاي
        يونغ``, ``بلينكن`` of ``أنتوني بلينكن``)."""
        return found.get(rest, ("", 0.0))[0] == "PER" or (
            len(rest) == 1 and any(rest[0] in (p[0], p[-1]) and p != span for p in people)
        )

    # Other people whose name begins with a word: evidence that the word is a name, unless
    # they too are that word before a known person (شكر بلينكن, شكر تشو: a verb).
    real = [p for p in persons if not known(p[1:], p)]
    lists = name_lists()
    stripped: set[tuple[str, ...]] = set()
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
            if (
                known(rest, span)
                and head not in given
                and not head.startswith("ال")  # a noun or a name, never a verb
                and lists.person_count(head) < _COMMON_NAME
                and not gaz.lookup(" ".join(span))
                and not any(p[0] == head and p != span for p in real)
                and not any(head in p[1:] for p in persons if p != span)
            ):
                slabels[i] = "O"
                slabels[i + 1] = "B-PER"
                stripped.add(span)
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
    # A person's mention that ends a full name found elsewhere takes the name's earlier
    # words where they stand before it unlabelled (وأضافت لوبيث-غارسيا after ماريا
    # لوبيث-غارسيا).
    full = [name for name in people if name not in stripped]
    for skeys, slabels, sprobs in zip(keys, labels, probs, strict=False):
        for i in range(1, len(slabels)):
            if slabels[i] != "B-PER" or not full:
                continue
            j = i + 1
            while j < len(slabels) and slabels[j] == "I-PER":
                j += 1
            span = tuple(skeys[i:j])
            for name in full:
                if len(name) <= len(span) or name[-len(span) :] != span:
                    continue
                k, start = len(name) - len(span), i
                while k > 0 and start > 0 and slabels[start - 1] == "O" and (
                    skeys[start - 1] == name[k - 1]
                ):
                    k, start = k - 1, start - 1
                if start < i:
                    slabels[start] = "B-PER"
                    for m in range(start + 1, i + 1):
                        slabels[m] = "I-PER"
                        sprobs[m] = sprobs[i]
                    sprobs[start] = sprobs[i]
                    break
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
