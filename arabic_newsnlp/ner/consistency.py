"""Document consistency: a name the tagger found with confidence in one sentence is
labelled again where it recurs unlabelled in another, a party is found again by its short
name, a verb the tagger ran into a known person's name is trimmed, and the earlier words
of a full name are recovered (:func:`propagate`).

>>> keys = [["زار", "بلينكن", "سيول"], ["وقال", "بلينكن"]]
>>> labels = [["O", "B-PER", "B-LOC"], ["O", "O"]]
>>> probs = [[1.0, 0.9, 0.9], [1.0, 1.0]]
>>> propagate(keys, labels, probs)
>>> labels[1]
['O', 'B-PER']
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..lexicon.gazetteer import COMMON_NAME, gazetteer, name_lists
from ..lexicon.speech import lexicon
from ..lexicon.usage import frequency_band
from ..lexicon.words import word_keys
from ..quotes.forms import adjective
from .surnames import everyday_word, listed_surname, rare_surname

__all__ = [
    "PERSON_KINDS",
    "adjective_of_the_word_before",
    "everyday_word",
    "landform_with_its_adjective",
    "name_word",
    "propagate",
    "rare_surname",
    "speech_verb",
    "unknown_given_name",
]


def _runs(labels: Sequence[str]) -> Iterator[tuple[int, int, str]]:
    """``(start, end, label)`` of each labelled run (an ``I-`` without a ``B-`` starts one)."""
    i, n = 0, len(labels)
    while i < n:
        if labels[i] == "O":
            i += 1
            continue
        label = labels[i][2:]
        j = i + 1
        while j < n and labels[j] == "I-" + label:
            j += 1
        yield i, j, label
        i = j


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
    found, people = _document_names(keys, labels, probs, threshold, max_words)
    if not found:
        return
    stripped = _strip_first_words(keys, labels, found, people)
    # A one-word mention typed otherwise that is the first or last word of a confident
    # multi-word person name in the same document is that person (``يون`` after
    # ``يون سوك يول``).
    parts = {
        word
        for name, (label, _conf) in found.items()
        if label == "PER" and len(name) > 1
        for word in (name[0], name[-1])
    }
    for skeys, slabels in zip(keys, labels, strict=False):
        for i, j, label in list(_runs(slabels)):
            # A name of several words typed otherwise where the document's most confident
            # use of it is a person is that person (بير جراتاكوس).
            if label != "PER" and j - i > 1 and found.get(tuple(skeys[i:j]), ("",))[0] == "PER":
                slabels[i:j] = ["B-PER"] + ["I-PER"] * (j - i - 1)
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
    _complete_people(keys, labels, probs, [name for name in people if name not in stripped])
    # A person is also named by a surname that unlabelled text hardly ever uses as a word
    # (ماريا فيلسيك -> فيلسيك), or one the name lists know as a surname that it uses
    # no more than a surname may (مالك الجزيري -> الجزيري).
    surnames: _Found = {
        name[-1:]: (label, conf)
        for name, (label, conf) in found.items()
        if label == "PER" and len(name) > 1 and (rare_surname(name[-1]) or listed_surname(name[-1]))
    }
    _label_again(keys, labels, probs, {**surnames, **found}, max_words)
    _surnames_after_speech_verbs(keys, labels, probs, found)
    lists = name_lists()
    for skeys, slabels in zip(keys, labels, strict=False):
        # a surname found again after a given name the tagger did not know, at the start or
        # after punctuation only one the name lists know (مية الجريبي; not تهنئ ترامب)
        for i in range(1, len(slabels)):
            if (
                slabels[i] == "B-PER"
                and slabels[i - 1] == "O"
                and (i + 1 == len(slabels) or slabels[i + 1] != "I-PER")
                and unknown_given_name(
                    skeys, slabels, i - 1, after_break="given" in lists.word_kinds(skeys[i - 1])
                )
            ):
                slabels[i - 1], slabels[i] = "B-PER", "I-PER"


_Found = dict[tuple[str, ...], tuple[str, float]]


def _document_names(
    keys: Sequence[Sequence[str]],
    labels: list[list[str]],
    probs: list[list[float]],
    threshold: float,
    max_words: int,
) -> tuple[_Found, set[tuple[str, ...]]]:
    """The confident names of a document with their best label, and every person's name
    of several words, however confident."""
    gaz = gazetteer()
    short_heads = word_keys("short_head")
    found: _Found = {}
    people: set[tuple[str, ...]] = set()
    for skeys, slabels, sprobs in zip(keys, labels, probs, strict=False):
        for i, j, label in _runs(slabels):
            conf = min(sprobs[i:j])
            name = tuple(skeys[i:j])
            if label == "PER" and j - i > 1:
                people.add(name)
            if (
                j - i <= max_words
                and conf >= threshold
                and " ".join(name) not in word_keys("ambiguous")
                and not (j - i == 1 and (len(name[0]) < 3 or gaz.key_trigger(name[0])))
            ):
                best = found.get(name)
                if best is None or best[1] < conf:
                    found[name] = (label, conf)
                # A movement, party or company is also named without its head noun
                # (حركة نداء تونس -> نداء تونس), unless what is left names no body (نادي
                # كرة اليد: the sport).
                if (
                    label == "ORG"
                    and _short_name(name, short_heads)
                    and " ".join(name[1:3]) not in word_keys("no_body")
                ):
                    found.setdefault(name[1:], (label, conf))
    return found, people


def _short_name(name: tuple[str, ...], short_heads: frozenset[str]) -> bool:
    """Whether an organisation's name without its first word names it too: a head news
    drops (``حركة نداء تونس`` -> ``نداء تونس``), or a party's head with its article before
    one adjective (``الحزب الجمهوري`` -> ``الجمهوري``)."""
    if len(name) < 2:
        return False
    if name[0] in short_heads:
        return True
    return (
        len(name) == 2
        and name[0].startswith("ال")
        and name[0].removeprefix("ال") in short_heads
        and name[1].startswith("ال")
    )


#: The highest frequency band of a word taken for a given name the tagger did not know.
_RARE_GIVEN = 4
#: People the person-name sources give a given name, and the band it may then reach.
_LISTED_GIVEN, _LISTED_GIVEN_BAND = 15, 7
#: The kinds the person-name lists give a person's name.
PERSON_KINDS = frozenset({"given", "surname", "name"})


def _given_band(key: str) -> int:
    """The highest frequency band of a given name the tagger did not know: a word the
    person-name sources give many people (``ألفة``, ``روضة``) may be an everyday word
    too."""
    lists = name_lists()
    if "given" in lists.word_kinds(key) and lists.person_count(key) >= _LISTED_GIVEN:
        return _LISTED_GIVEN_BAND
    return _RARE_GIVEN


def _name_kinds_only(kinds: Sequence[str]) -> bool:
    """Whether the name lists know a word only as a person's name, or as a given name that
    is also a town's (مية)."""
    return set(kinds) - ({"city"} if "given" in kinds else set()) <= PERSON_KINDS


def name_word(key: str) -> bool:
    """Whether a word may be a person's name the tagger did not know: letters only, three
    or more, no article and no conjunction left on it (وخيب), no trigger or name of the
    gazetteer, no kind in the name lists but a person's, and no word class of everyday
    words (``ambiguous``, ``stop`` ...)."""
    gaz = gazetteer()
    return (
        key.isalpha()
        and len(key) > 2
        and not key.startswith(("ال", "و", "ف"))
        and gaz.key_trigger(key) is None
        and not gaz.lookup(key)
        and _name_kinds_only(name_lists().word_kinds(key))
        and not everyday_word(key)
    )


def unknown_given_name(
    keys: Sequence[str], labels: Sequence[str], j: int, *, after_break: bool = True
) -> bool:
    """Whether the word at ``j``, before a person's name, is a given name the tagger did
    not know: a word unlabelled text seldom uses (no number, no article, no word of the
    lexicon or the gazetteer) where a name may begin: after a nationality adjective, a
    title or a complementizer (``الكندي جاستين ترودو``), and with ``after_break`` also at
    the start, after punctuation or after another name (``النهضة، سيمر ديلو``), where a
    headline's verb may stand too; not after a verb (``يربح راؤول``)."""
    key = keys[j]
    if not (frequency_band(key) <= _given_band(key) and name_word(key)):
        return False
    gaz = gazetteer()
    if j == 0:
        return after_break
    before = keys[j - 1]
    return (
        (after_break and (not before.isalnum() or labels[j - 1] != "O"))
        or gaz.nationality(before) is not None
        or gaz.key_trigger(before) == "title"
        or before in word_keys("comp")
        or speech_verb(before)
    )


def speech_verb(key: str) -> bool:
    """Whether ``key`` is a speech verb (a cue's perfect or imperfect: قالت، أكد، يضيف),
    whose subject, a name, follows it."""
    cue = lexicon().cues.get(key)
    return cue is not None and cue.pos in ("perf", "imperf")


def _strip_first_words(
    keys: Sequence[Sequence[str]],
    labels: list[list[str]],
    found: _Found,
    people: set[tuple[str, ...]],
) -> set[tuple[str, ...]]:
    """A person span whose first word is no known name part and whose rest is a person
    found elsewhere in full, or that person's surname, loses its first word (``أدان
    بلينكن``); not a given name of the name lists no everyday word (``لسعد اليعقوبي``)
    where no other person of the document bears the rest.
    Returns the spans cut so."""
    gaz = gazetteer()
    persons = [name for name, (label, _c) in found.items() if label == "PER"]
    given = word_keys("given_name")

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
            head = span[0]
            if (
                known(span[1:], span)
                and head not in given
                and not head.startswith("ال")  # a noun or a name, never a verb
                and lists.person_count(head) < COMMON_NAME
                and not (_listed_given(head) and not _named_otherwise(span, people))
                and not gaz.lookup(" ".join(span))
                and not any(p[0] == head and p != span for p in real)
                and not any(head in p[1:] for p in persons if p != span)
                and not unknown_given_name(skeys, slabels, i, after_break=False)  # جاستين ترودو
            ):
                slabels[i] = "O"
                slabels[i + 1] = "B-PER"
                stripped.add(span)
    return stripped


def _named_otherwise(span: tuple[str, ...], people: set[tuple[str, ...]]) -> bool:
    """Whether another full name of the document bears the rest of ``span`` (بلينكن)."""
    return any(len(p) > 1 and p[0] != span[0] and span[1] in p for p in people if p != span)


def _listed_given(key: str) -> bool:
    """Whether the name lists know a word as a given name that unlabelled text uses no
    more than such a name may (``لسعد``, ``وداد``; not ``فوز``, ``نظام``)."""
    return "given" in name_lists().word_kinds(key) and frequency_band(key) <= _LISTED_GIVEN_BAND


def _complete_people(
    keys: Sequence[Sequence[str]],
    labels: list[list[str]],
    probs: list[list[float]],
    full: list[tuple[str, ...]],
) -> None:
    """A person's mention that ends a full name found elsewhere takes the name's earlier
    words where they stand before it unlabelled (وأضافت لوبيث-غارسيا after ماريا
    لوبيث-غارسيا)."""
    if not full:
        return
    for skeys, slabels, sprobs in zip(keys, labels, probs, strict=False):
        for i in range(1, len(slabels)):
            if slabels[i] != "B-PER":
                continue
            j = i + 1
            while j < len(slabels) and slabels[j] == "I-PER":
                j += 1
            span = tuple(skeys[i:j])
            for name in full:
                if len(name) <= len(span) or name[-len(span) :] != span:
                    continue
                k, start = len(name) - len(span), i
                while (
                    k > 0
                    and start > 0
                    and slabels[start - 1] == "O"
                    and (skeys[start - 1] == name[k - 1])
                ):
                    k, start = k - 1, start - 1
                if start < i:
                    slabels[start] = "B-PER"
                    for m in range(start + 1, i + 1):
                        slabels[m] = "I-PER"
                        sprobs[m] = sprobs[i]
                    sprobs[start] = sprobs[i]
                    break


def _label_again(
    keys: Sequence[Sequence[str]],
    labels: list[list[str]],
    probs: list[list[float]],
    found: _Found,
    max_words: int,
) -> None:
    """Every unlabelled run of tokens spelling a confident name takes its label."""
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
            if (
                hit is None
                or (i + hit[0] < n and slabels[i + hit[0]].startswith("I-"))
                or (
                    hit[0] == 1 and hit[1][0] == "ORG" and _describes_word_before(skeys, slabels, i)
                )
                or (
                    hit[0] == 1
                    and hit[1][0] == "LOC"
                    and slabels[i - 1 : i] == ["O"]
                    and adjective_of_the_word_before(skeys, i)
                )
                or (hit[0] == 1 and landform_with_its_adjective(skeys, i))
            ):
                i += 1
                continue
            size, (label, conf) = hit
            slabels[i] = "B-" + label
            sprobs[i] = conf
            for j in range(i + 1, i + size):
                slabels[j] = "I-" + label
                sprobs[j] = conf
            i += size


def _surnames_after_speech_verbs(
    keys: Sequence[Sequence[str]],
    labels: list[list[str]],
    probs: list[list[float]],
    found: _Found,
) -> None:
    """A person named in full elsewhere in the document is named by the surname alone
    right after a speech verb, its subject (``وأضاف العباسي`` after ``حسين العباسي``),
    however common the word is elsewhere."""
    surnames = {
        name[-1]: conf
        for name, (label, conf) in found.items()
        if label == "PER" and len(name) > 1 and len(name[-1]) > 2
    }
    given = word_keys("given_name")  # (وأكد على: a preposition, keyed as the name علي)
    surnames = {key: conf for key, conf in surnames.items() if key not in given}
    if not surnames:
        return
    for skeys, slabels, sprobs in zip(keys, labels, probs, strict=False):
        for i in range(1, len(slabels)):
            if (
                slabels[i] == "O"
                and skeys[i] in surnames
                and slabels[i - 1] == "O"
                and speech_verb(skeys[i - 1])
                and (i + 1 == len(slabels) or not slabels[i + 1].startswith("I-"))
            ):
                slabels[i] = "B-PER"
                sprobs[i] = surnames[skeys[i]]


def _describes_word_before(keys: Sequence[str], labels: Sequence[str], i: int) -> bool:
    """Whether the one-word organisation at ``i`` is shaped as an adjective and follows an
    unlabelled definite word, which it then describes (الجمهوري, a party's short name, in
    النظام الجمهوري)."""
    return (
        i > 0
        and labels[i - 1] == "O"
        and keys[i - 1].startswith("ال")
        and keys[i].startswith("ال")
        and adjective(keys[i])
    )


def adjective_of_the_word_before(keys: Sequence[str], i: int) -> bool:
    """Whether the word at ``i``, a country named by its feminine nationality adjective
    (``السعودية``), follows a definite feminine or plural word it then describes
    (``السلطات السعودية``, ``الحدود القطرية السعودية``), no name with it (``العربية
    السعودية``) and no noun it governs (``التزام السعودية``: the country)."""
    if i == 0:
        return False
    gaz, before = gazetteer(), keys[i - 1]
    known = gaz.longest_match(keys, i - 1)
    return (
        before.startswith("ال")
        and before.endswith(("ه", "ات"))
        and keys[i].startswith("ال")
        and gaz.nationality(keys[i]) is not None
        and (known is None or known.end <= i)
    )


def landform_with_its_adjective(keys: Sequence[str], i: int) -> bool:
    """Whether the word at ``i`` names a region by the word for its landform (class
    ``landform``: ``الساحل``, the Tunisian Sahel) and a definite adjective follows it, so it
    is the landform itself (``الساحل الشرقي``, ``الساحل الأيسر``), no name."""
    return (
        keys[i] in word_keys("landform")
        and i + 1 < len(keys)
        and keys[i + 1].startswith("ال")
        and adjective(keys[i + 1])
    )
