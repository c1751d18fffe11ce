"""Organisation names as Arabic news writes them: a head noun (``وزارة``, ``الجيش``,
``منظمة``) and its complements and adjectives, found over the tokens' name keys and
labelled ``ORG`` over the tagger's labels by :func:`apply_org_chains`.

>>> org_chains(["الجيش", "الليبي", "والقوات"], [""] * 3)
[(0, 2)]
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon.gazetteer import gazetteer
from ..lexicon.keys import ARTICLE, name_key
from ..lexicon.speech import lexicon
from ..lexicon.usage import frequency_band
from ..lexicon.words import word_keys
from ..quotes.attribute import adjective
from ..quotes.forms import suffixed
from ..resources import load_once
from .labels import end_mention, mention_end, relabel
from .organs import organ_of_unnamed_body
from .seats import definite, seat

__all__ = [
    "apply_org_chains", "chain_stops", "definite", "institution_heads", "org_chains",
    "organ_of_unnamed_body", "seat",
]  # fmt: skip


@load_once
def chain_stops() -> frozenset[str]:
    """Keys of words that end an organisation name (the speaker-phrase stops and
    complementizers of the lexicon: prepositions, pronouns, time words, أن / إن)."""
    words = lexicon().words("stop") | lexicon().words("comp")
    return frozenset(name_key(w) for w in words) - word_keys("continues")


@load_once
def institution_heads() -> frozenset[str]:
    """Keys of the words that head an institution's name or description: the organisation
    heads of the triggers and the other institution words of the lexicon (``كتلة``,
    ``سلطات``), which need not make a name of their own.

    >>> "كتله" in institution_heads(), "وزاره" in institution_heads()
    (True, True)
    """
    return frozenset(name_key(w) for w in lexicon().words("org"))


@load_once
def _modifiers() -> frozenset[str]:
    """Keys of the adjectives that are not recognisable by their form (العام، الجديد)."""
    return frozenset(name_key(w) for w in lexicon().words("modifier"))


def _no_body(keys: Sequence[str], i: int) -> bool:
    """Whether the head at ``i`` and the next word name no body (``no_body``: حركة المرور)."""
    return i + 1 < len(keys) and f"{keys[i]} {keys[i + 1]}" in word_keys("no_body")


def _org_head(key: str) -> bool:
    gaz = gazetteer()
    return "org_head" in (gaz.key_trigger(key), gaz.key_trigger(key.removeprefix("ال")))


def org_chains(
    keys: Sequence[str], proclitics: Sequence[str], labels: Sequence[str] | None = None
) -> list[tuple[int, int]]:
    """Organisation names as Arabic writes them: an organisation head (``وزارة``,
    ``منظمة``, ``الجيش`` ...) followed by its complements and adjectives, up to a word
    that carries a preposition (``بالعاصمة``), ends a name (``في``, ``اليوم``, ``الذي``)
    or is indefinite and not in a genitive chain. A definite word after و is a second
    complement (``وزارة الطاقة والمناجم``) unless it follows the head or a nationality or
    is an institution (``الجيش الليبي والقوات``), and a genitive chain may end in a place
    the tagger found (``هيئة تحرير الشام``).

    A complement is a definite word (``الصحة``), an indefinite one in a genitive chain
    (``مجلس نواب الشعب``, ``لكرة القدم``), a known place (``جامعة تونس``), or a name the
    tagger found right after the head (``labels``: ``صحيفة لوموند الفرنسية``). A head
    alone is no name (``الحكومة``), nor one with an ordinal (``المركز الثاني``), nor a
    chain an ordinal follows (a division: ``الرابطة المحترفة الأولى``). A definite
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
    n = len(keys)
    out: list[tuple[int, int]] = []
    i = 0
    while i < n:
        if (
            not _org_head(keys[i])
            or (
                # وزير الخارجية, رئيس الحكومة: a definite head after a title is the title's
                # complement (رئيس مجلس النواب still names the council).
                i > 0
                and gaz.key_trigger(keys[i - 1]) == "title"
                and keys[i].startswith("ال")
                # (unless the tagger found a body there: رئيس المجلس الرئاسي لحكومة ...)
                and (labels is None or labels[i] != "B-ORG")
            )
            or _no_body(keys, i)
            or (
                # الحدود البحرية، السياسة الخارجية، الرئيس المنتخب: a head shaped as an
                # adjective right after a definite word describes that word
                i > 0
                and not proclitics[i]
                and definite(keys[i])
                and definite(keys[i - 1])
                and adjective(keys[i])
            )
            or (
                # برئاسة سمير بن عمر: "chaired by" a person, no body
                proclitics[i].endswith("ب")
                and keys[i] in word_keys("led_by")
                and labels is not None
                and i + 1 < n
                and labels[i + 1] == "B-PER"
            )
        ):
            i += 1
            continue
        j, genitive = _chain_end(keys, proclitics, labels, i)
        if (
            j - i > 1
            and gaz.key_trigger(keys[i + 1]) != "ordinal"
            # a division or a rank: (الرابطة المحترفة) الأولى is a league, no body
            and not (j < n and not proclitics[j] and gaz.key_trigger(keys[j]) == "ordinal")
        ):
            end = seat(keys, proclitics, i, j, labels)
            # an unlisted definite head needs a ل complement or its seat (المستشفى الجهوي بالقصرين)
            if (
                gaz.key_trigger(keys[i]) is not None
                or not keys[i].startswith("ال")
                or genitive
                or end > j
            ):
                out.append((i, end))
                i = j
                continue
        i += 1
    return out


def _first_complement(
    keys: Sequence[str], proclitics: Sequence[str], labels: Sequence[str] | None, i: int
) -> int:
    """Where the words after the head at ``i`` begin: past a known place or a name the
    tagger found right after it (``جامعة تونس``, ``صحيفة لوموند``)."""
    j = i + 1
    n = len(keys)
    if j < n and not proclitics[j] and not definite(keys[i]):
        # (a definite head takes no genitive: الشرطة | رشا يوسف)
        place = gazetteer().longest_match(keys, j)
        if place is not None and place.start == j and place.label == "LOC":
            return place.end
        if (
            labels is not None
            and (
                (labels[j] == "B-LOC" if definite(keys[j]) else labels[j].startswith("B-"))
                # a place or person the tagger found over the head and the word after it: جامعة
                # يورك, which names a body
                or (labels[i] in ("B-LOC", "B-PER") and labels[j] == "I-" + labels[i][2:])
            )
        ):
            # a town whose name begins with ال: معهد الوردانين
            j += 1
            while j < n and labels[j] == "I-" + labels[j - 1][2:]:
                j += 1
    return j


def _chain_end(
    keys: Sequence[str], proclitics: Sequence[str], labels: Sequence[str] | None, i: int
) -> tuple[int, bool]:
    """``(end, whether a complement took ل)`` of the chain whose head is at ``i``."""
    n = len(keys)
    j = _first_complement(keys, proclitics, labels, i)
    genitive = False
    while j < n:
        if _cause(keys, proclitics, i, j):
            j += 3  # حزب المؤتمر من أجل الجمهورية
            continue
        if _spaced_and(keys, proclitics, labels, i, j):
            j += 2  # و written apart: فرقة الأبحاث و التفتيش
            continue
        if j - i >= 7 or not _continues(keys, proclitics, labels, i, j):
            break
        genitive = genitive or proclitics[j] in ("ل", "لل")
        j += 1
    if j > i + 1 and _place_complement(keys, proclitics, labels, j):
        j += 1  # a genitive chain ends in a place: هيئة تحرير الشام، مجلس محافظة بغداد
        while j < n and labels is not None and labels[j] == "I-LOC":
            j += 1
    return j, genitive


def _spaced_and(
    keys: Sequence[str], proclitics: Sequence[str], labels: Sequence[str] | None, i: int, j: int
) -> bool:
    """Whether ``و`` written apart at ``j`` joins a second complement to the chain headed
    at ``i`` as it would written on the word (``وزارة شؤون الشباب و الرياضة``): not where
    the tagger starts another name (``النادي الإفريقي`` | ``و الترجي``), nor before a
    nationality (``الاتحاد الإفريقي لكرة القدم`` | ``و المغربي``)."""
    return (
        keys[j] == "و"
        and j + 1 < len(keys)
        and j - i < 6
        and not proclitics[j + 1]
        and gazetteer().nationality(keys[j + 1]) is None
        and (labels is None or labels[j + 1] in ("O", "I-ORG"))
        and _continues(
            [*keys[:j], keys[j + 1]],
            [*proclitics[:j], "و"],
            None if labels is None else [*labels[:j], labels[j + 1]],
            i,
            j,
        )
    )


def _cause(keys: Sequence[str], proclitics: Sequence[str], i: int, j: int) -> bool:
    """Whether ``من أجل`` and a definite word at ``j`` state the cause in the name of a
    party, movement or association headed at ``i`` (class ``cause_head``)."""
    return (
        j > i + 1
        and j + 2 < len(keys)
        and keys[j] == "من"
        and keys[j + 1] == "اجل"
        and not proclitics[j + 2]
        and definite(keys[j + 2])
        and keys[i].removeprefix(ARTICLE) in word_keys("cause_head")
    )


def _place_complement(
    keys: Sequence[str], proclitics: Sequence[str], labels: Sequence[str] | None, j: int
) -> bool:
    """Whether the tagger's place at ``j`` completes the indefinite noun before it, also
    a place's kind word after ل (المجلس العسكري لمدينة مصراتة)."""
    return (
        labels is not None
        and j < len(keys)
        and labels[j] == "B-LOC"
        and not proclitics[j]
        and (
            not proclitics[j - 1]
            or (proclitics[j - 1] == "ل" and gazetteer().key_trigger(keys[j - 1]) == "place_head")
        )
        and not definite(keys[j - 1])
    )


def _indefinite_nationality(key: str) -> bool:
    """Whether ``key`` is a nationality adjective without the article, though its key may
    look definite (``المانيه`` of ``ألمانية``): a body of that nation, no name (``محكمة
    ألمانية``)."""
    gaz = gazetteer()
    return gaz.nationality(key) is None and gaz.nationality("ال" + key) is not None


def _continues(
    keys: Sequence[str], proclitics: Sequence[str], labels: Sequence[str] | None, i: int, j: int
) -> bool:
    """Whether the word at ``j`` goes on the chain whose head is at ``i``."""
    key, procl = keys[j], proclitics[j]
    if j > i + 1 and procl == "ل" and key.startswith("ل") and not definite(key):  # للاجئين: لل
        key, procl = ARTICLE + key, "لل"  # over a noun that begins with ل, the article's ل once
    if (
        key in chain_stops()
        or gazetteer().key_trigger(key) in ("title", "ordinal")
        or key in word_keys("describes")
        or _indefinite_nationality(key)
    ):
        return False
    if j == i + 1 and (procl == "لل" or (procl == "ل" and labels is not None and labels[j] == "O")):
        # a head with a purpose or a recipient: لجنة للنظر, الحكومة لتجاوز, الجامعة
        # للحكومة; not a name the tagger found whose first letter looks like ل (ليكيب)
        return False
    if (
        labels is not None
        and labels[j][:2] == "B-"
        and labels[j] != "B-ORG"
        and not _nationality_as_country(keys, proclitics, labels, j)
    ):
        return False  # the tagger starts another name here: الجبهة الشعبية المنجي الرحوي
    if procl and keys[i].removeprefix(ARTICLE) in word_keys("short_head") and _org_head(key):
        return False  # a party's name ends before another body: (حركة الشعب) لحكومة الوحدة
    if not definite(key):
        # an indefinite noun inside a genitive chain: نواب الشعب, لكرة القدم
        return not (
            procl not in ("", "ل")
            or (not procl and definite(keys[j - 1]))  # الوزارة | لجنة
            or len(key) < 3
            or not key.isalpha()
            or suffixed(key)  # a possessed noun takes no genitive: (شركة أبل) هاتفها
            or j + 1 >= len(keys)
            or not (definite(keys[j + 1]) or _place_complement(keys, proclitics, labels, j + 1))
        )
    if procl == "و":
        return _coordinated(keys, i, j)
    if procl not in ("", "ل", "لل"):
        return False
    # after a definite word only an adjective: (صحيفة ليكيب) الصادرة
    return not (
        not procl
        and definite(keys[j - 1])
        and not proclitics[j - 1]
        and not adjective(key)
        and key not in _modifiers()
    )


def _nationality_as_country(
    keys: Sequence[str], proclitics: Sequence[str], labels: Sequence[str], j: int
) -> bool:
    """Whether the tagger's one-word place at ``j`` is a nationality adjective spelt as
    its country (``السعودية``) that describes the body before it (``مجلس الغرف
    السعودية``), not after another nationality (``الخارجية الأمريكية`` | ``السعودية``,
    the object of a verb)."""
    return (
        labels[j] == "B-LOC"
        and not proclitics[j]
        and (j + 1 == len(labels) or not labels[j + 1].startswith("I-"))
        and gazetteer().nationality(keys[j]) is not None
        and gazetteer().nationality(keys[j - 1]) is None
    )


#: Keys of the round numbers of a crowd (``والمئات من السكان``): no complement of a name.
_CROWDS = frozenset({"المئات", "العشرات", "الالاف", "الملايين"})


def _coordinated(keys: Sequence[str], i: int, j: int) -> bool:
    """Whether the definite word at ``j``, joined by و, is a second complement of the
    chain headed at ``i`` (وزارة الطاقة والمناجم، الشركة التونسية للكهرباء والغاز) rather
    than the start of a new phrase: not right after the head or a nationality (الجيش
    الليبي | والقوات), no noun after an adjective, and no institution, title or stop word
    (الأمم المتحدة | والبنك)."""
    key, prev = keys[j], keys[j - 1]
    return (
        j > i + 1
        and definite(key)
        and gazetteer().nationality(prev) is None
        # after a masculine adjective only another one: القضائي المالي والاقتصادي, not
        # التحالف الدولي | والطيران
        and not (len(prev) > 4 and prev.endswith("ي") and not key.endswith(("ي", "يه")))
        and key not in institution_heads()
        and key not in _CROWDS  # (الشرطة البولونية) والمئات من السكان
        and not _org_head(key)
    )


def _organ_of_known_body(
    keys: Sequence[str], proclitics: Sequence[str], start: int, end: int
) -> bool:
    """Whether the chain ``start:end`` is an indefinite head before a body the gazetteer
    knows, which it names: an organ or a mission of that body, or its kind (بعثة صندوق
    النقد الدولي، مكتب نداء تونس، حزب حركة نداء تونس): the body alone is the name. Not
    where the gazetteer knows the chain from its head (منظمة الأمم المتحدة), nor after a
    head that a party's or company's full name keeps (class ``short_head``: حزب المؤتمر
    من أجل الجمهورية), unless another head follows it; nor where the town of its seat
    follows the body (مركز الأمن الوطني بمنوبة, a local unit)."""
    gaz = gazetteer()
    if definite(keys[start]) or proclitics[start + 1]:
        return False
    if keys[start] in word_keys("short_head") and not _org_head(keys[start + 1]):
        return False  # a party's head is part of its name: حزب (المؤتمر من أجل الجمهورية)
    whole = gaz.longest_match(keys, start)
    if whole is not None and whole.start == start:
        return False
    body = gaz.longest_match(keys, start + 1)
    return (
        body is not None
        and body.end <= end
        # the head's own complement after the body, or the town of its seat, which makes
        # the head a local unit: صندوق الأمم المتحدة للطفولة، مركز الأمن الوطني بمنوبة
        and (body.end == end or proclitics[body.end] not in ("ل", "لل", "ب"))
        and all(entry.label == "ORG" for entry in body.entries)  # not مستشفى الكاف, a town
    )


#: The lowest frequency band of an everyday word (a name unlabelled text seldom uses is lower).
_EVERYDAY = 4


def _described_kind(
    keys: Sequence[str], proclitics: Sequence[str], out: Sequence[str], j: int
) -> bool:
    """Whether the tagger's organisation at ``j`` is only an indefinite head and an
    indefinite description: a nationality (``محكمة ألمانية``) or everyday words ending in
    an adjective (``حزب جديد``, ``حكومة كفاءات وطنية``): a body of that kind, no name."""
    end = j + 1
    while end < len(out) and out[end] == "I-ORG":
        end += 1
    if not _org_head(keys[j]) or definite(keys[j]) or any(proclitics[j + 1 : end]):
        return False
    if end == j + 2 and _indefinite_nationality(keys[j + 1]):
        return True
    last = keys[end - 1]
    return (
        all(
            key.isalpha() and not definite(key) and frequency_band(key) >= _EVERYDAY
            for key in keys[j + 1 : end]
        )
        and (adjective(last) or ARTICLE + last in word_keys("organ"))
        and not any(gazetteer().longest_match(keys, k) for k in range(j, end))
    )


def _portfolio(keys: Sequence[str], j: int) -> bool:
    """Whether the word at ``j`` ends a title's phrase as a ministry's short name, which
    heads no body of its own (``وزيرة الخارجية``; not ``رئيس المجلس``, whose head
    names councils)."""
    gaz = gazetteer()
    return (
        j > 0
        and gaz.key_trigger(f"{keys[j - 1]} {keys[j]}") == "title"
        and gaz.key_trigger(keys[j].removeprefix(ARTICLE)) != "org_head"
    )


def _head_left_out(
    keys: Sequence[str], proclitics: Sequence[str], out: Sequence[str], j: int
) -> bool:
    """Whether the definite organisation head left out at ``j`` opens the place the tagger
    found over its adjective (``المستشفى`` | ``الجامعي فرحات حشاد``): the whole is the body."""
    nxt, gaz = keys[j + 1], gazetteer()
    return (
        out[j] == "O"
        and out[j + 1] == "B-LOC"
        and not proclitics[j + 1]
        and definite(keys[j])
        and _org_head(keys[j])
        and definite(nxt)
        and adjective(nxt)
        and not (gaz.nationality(nxt) or gaz.lookup(nxt))
    )


def apply_org_chains(keys: Sequence[str], proclitics: Sequence[str], out: list[str]) -> None:
    """Label each organisation chain ORG where the tagger left it unlabelled, cut it short,
    or typed it otherwise (a name that begins with an organisation head is no person or
    place). An organisation the tagger found overlapping the chain is joined to it; a
    name of another type running past the chain's end is left alone. A chain that only
    names the organ of a body it does not name (مكتب الرابطة) is no name, and the tagger's
    organisation over it is dropped."""
    n = len(out)
    for j in range(n - 1):
        if _head_left_out(keys, proclitics, out, j):
            relabel(out, j, mention_end(out, j + 1), "ORG")  # (المستشفى) الجامعي فرحات حشاد
        if out[j] == "B-ORG" and out[j + 1] == "I-ORG" and _no_body(keys, j):
            end_mention(out, j)  # the tagger's too: (لحركة المسافرين), (رابطة أبطال إفريقيا)
        elif (
            out[j] == "B-ORG"
            and out[j + 1] == "I-ORG"
            and _described_kind(keys, proclitics, out, j)
        ):
            # the tagger's too: (محكمة ألمانية) a German court, (حزب جديد) a new party
            end_mention(out, j)
        elif out[j] == "B-ORG" and _portfolio(keys, j):
            end_mention(out, j)  # وزيرة (الخارجية الأسترالية): the title's portfolio
    for start, end in org_chains(keys, proclitics, out):
        if out[start].startswith("I-"):
            continue  # inside a name that begins earlier
        while (
            end < n
            and out[end] == "I-ORG"
            and definite(keys[end])
            and keys[end] not in word_keys("describes")
        ):
            end += 1  # the tagger's organisation goes on past the chain (والغاز), up to
            # an adjective that describes the body (حزب العمال | المعارض)
        cut = end
        while cut < n and out[cut] == "I-ORG":
            out[cut] = "O"  # and no further: a verb, a clause (رئاسة الحكومة تصدر ...)
            cut += 1
        if end < n and out[end].startswith("I-"):
            continue  # another name runs into the chain's end
        if organ_of_unnamed_body(keys, proclitics, start, end):
            for k in range(start, cut):
                out[k] = "O"  # مكتب المجلس، قوات الشرطة: no name
            continue
        if _organ_of_known_body(keys, proclitics, start, end):
            out[start] = "O"  # بعثة (صندوق النقد الدولي), حزب (حركة نداء تونس)
            start += 1
        relabel(out, start, end, "ORG")
