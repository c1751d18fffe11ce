"""Corrections applied to the tagger's BIO labels, and the labels' conversion to mentions.

Rule: a token sequence that spells a gazetteer country, city, region, body or public
figure in full, and that the tagger left outside any entity (a person's name: or labelled
in part as a person), becomes one entity of the gazetteer's label; a span the tagger
labelled as a person that begins with a known place becomes that place; a name the tagger
typed ``ORG`` or ``MISC`` right after a title (and its nisba adjective) becomes a person.
A few names that are also common words (``فتح`` *opened*, ``القاعدة`` *the base*) are
exempt. Also: the word for a body's kind is left out before a name the gazetteer knows
(``قناة الجزيرة`` -> ``الجزيرة``); one word in brackets after an organisation is its short
name; a place or body named for a person is that place or body; a participle of manner
ends a person's name. Mentions are read off the labels (an ``I-`` without a matching
``B-`` starts one), lose leading and trailing punctuation, and start after proclitics.

>>> fix_labels(["زار", "سيول", "امس"], ["O", "O", "O"])
['O', 'B-LOC', 'O']
>>> fix_labels(["قال", "السفير", "تشو", "لي"], ["O", "O", "B-ORG", "I-ORG"])
['O', 'O', 'B-PER', 'I-PER']
"""

from __future__ import annotations

from collections.abc import Sequence

from .._cache import BoundedCache
from ..contracts import mention_label
from ..document import Mention, Token
from ..lexicon.gazetteer import gazetteer, name_lists
from ..lexicon.words import word_keys
from ..quotes.forms import circumstantial
from ..text.clitics import closed_class
from .chains import apply_org_chains, definite, institution_heads, org_chains
from .consistency import landform_with_its_adjective
from .features import ABLATE
from .goods import gatherings, goods_groups
from .heads import (
    adjectives_of_nouns,
    bare_place_words,
    compass_regions,
    districts_of_bodies,
    named_for_people,
    nationality_after_place,
    old_quarters,
    organs_of_named_bodies,
    place_kind_words,
    places_with_their_heads,
    schools,
    seats_of_bodies,
)
from .kinds import (
    acronyms,
    clubs_with_their_nation,
    codes_of_law,
    currencies,
    descriptors,
    foreign_names_cut,
    media_after_kind_word,
    quoted_bodies,
    radios,
    regimes,
    short_ministries,
)
from .labels import (
    begin_names,
    dotted_names,
    end_mention,
    mention_start,
    name_tokens,
    names_over_punctuation,
    relabel,
)
from .limits import (
    chairs,
    clause_words,
    clubs_of_a_nation,
    definite_heads,
    imperfect_verbs,
    joined_bodies,
    known_bodies_over_places,
    offices,
    official_standing,
    place_ends_genitive,
    purposes,
    roads,
)
from .people import (
    compound_given_names,
    coordinated_people,
    counted_not_people,
    given_and_surname,
    given_names_after_bodies,
    given_names_before,
    given_names_cut_off,
    given_names_spelt_as_particles,
    initials,
    nationalities_left_out,
    no_verb_or_preposition_opens_a_name,
    people_listed_without_commas,
    place_after_person,
    surnames_never_seen,
    titles_left_out,
    unknown_given_names,
)
from .zones import times_of_places

__all__ = ["fix_labels", "mentions_from_labels", "org_chains"]

_OVERRIDE_KINDS = frozenset(
    {
        "country",
        "city",
        "region",
        "continent",
        "water",
        "organisation",
        "government",
        "person",
        "media",
        "company",
        "military",
        "movement",
    }
)
_PLACE_KINDS = frozenset({"country", "city", "region", "continent", "water"})


#: A name -> itself: mentions of one name share one string, as tokens of one word do (a
#: long document names the same people and places again and again).
_names = BoundedCache[str, str](entries=20_000)


def _no_particle_opens_a_name(tokens: Sequence[Token], out: list[str]) -> None:
    """A closed-class word written with a proclitic (فإن، وإن، فلن) opens no person's
    name: فإن (سامي علي)."""
    for j, token in enumerate(tokens):
        segments = token.segments
        if (
            out[j] == "B-PER"
            and len(segments) > 1
            and segments[0].kind == "proclitic"
            and closed_class(token.text[len(segments[0].text) :])
        ):
            out[j] = "O"
            if j + 1 < len(out) and out[j + 1] == "I-PER":
                out[j + 1] = "B-PER"


def fix_labels(
    keys: Sequence[str],
    labels: Sequence[str],
    proclitics: Sequence[str] | None = None,
    tokens: Sequence[Token] | None = None,
) -> list[str]:
    """Apply the gazetteer and organisation rules to BIO ``labels`` of tokens with name
    keys ``keys`` (and, when known, the proclitics cut from each and the tokens
    themselves, whose spelling and spacing the keys lose)."""
    out = list(labels)
    begin_names(out)
    clause_words(tokens or (), out)
    _names_after_titles(keys, out, proclitics or [""] * len(out))
    names_over_punctuation(keys, out, tokens)
    if proclitics is not None and "org" not in ABLATE:
        known_bodies_over_places(keys, proclitics, out)
        foreign_names_cut(keys, proclitics, out)
        apply_org_chains(keys, proclitics, out)
        for j in range(1, len(out)):
            if out[j] in ("I-PER", "I-LOC") and proclitics[j].startswith("و"):
                # Two people or places joined by و are two names: وليد زروق وعصام الدردوري.
                out[j] = "B-" + out[j][2:]
            elif (
                out[j] == "I-ORG"
                and proclitics[j].startswith("و")
                and _known_body_ends(keys, out, j)
            ):
                out[j] = "B-ORG"  # and two bodies the gazetteer knows: بي بي سي وفرانس 24
            elif out[j] == "I-PER" and proclitics[j] == "لل":
                end_mention(out, j)  # a person's name takes no لل: (سهام بن علي) للصحفيين
        imperfect_verbs(keys, proclitics, out)
        definite_heads(keys, proclitics, out)
    for j, token in enumerate(tokens or ()):
        if out[j][2:] == "PER" and token.text.endswith("ى") and closed_class(token.text):
            end_mention(out, j)  # nor على, keyed as علي is: (جمال ناصر) على منصة
    _no_particle_opens_a_name(tokens or (), out)
    for j in range(1, len(out)):
        if out[j] == "I-PER" and circumstantial(keys[j]) and not name_lists().word_kinds(keys[j]):
            end_mention(out, j)  # nor a participle of manner: (سامي نور) مخاطبا الصحفيين
    named_for_people(keys, out)
    given_and_surname(keys, out, proclitics)
    compound_given_names(keys, out)
    if proclitics is not None:
        given_names_cut_off(keys, out, proclitics)
        coordinated_people(keys, proclitics, out)
        unknown_given_names(keys, out, proclitics)
        given_names_spelt_as_particles(keys, out, proclitics, tokens or ())
        surnames_never_seen(keys, out, proclitics)
    people_listed_without_commas(keys, out)
    initials(keys, out, tokens or ())
    counted_not_people(keys, out)
    no_verb_or_preposition_opens_a_name(keys, out, tokens or ())
    _gazetteer_names(keys, out, proclitics)
    given_names_after_bodies(keys, out, proclitics or [""] * len(out))
    titles_left_out(keys, out)
    nationalities_left_out(keys, out)
    places_with_their_heads(keys, out, proclitics)
    place_kind_words(keys, out)
    nationality_after_place(keys, out)
    if proclitics is not None:
        bare_place_words(keys, out, proclitics)
        adjectives_of_nouns(keys, out, proclitics)
    if proclitics is not None:
        districts_of_bodies(keys, out, proclitics)
        seats_of_bodies(keys, out, proclitics)
        organs_of_named_bodies(keys, out, proclitics)
        compass_regions(keys, out, proclitics)
        old_quarters(keys, out, proclitics)
        schools(keys, out, proclitics)
        short_ministries(keys, out, proclitics)
    descriptors(keys, out, proclitics)
    quoted_bodies(keys, out)
    if proclitics is not None:
        media_after_kind_word(keys, proclitics, out)
        acronyms(keys, proclitics, out)
    dotted_names(tokens or (), out)
    radios(keys, out)
    codes_of_law(keys, out)
    _no_names(keys, out)
    offices(keys, out, labels)
    roads(keys, out)
    official_standing(keys, out)
    clubs_of_a_nation(keys, out)
    if proclitics is not None:
        clubs_with_their_nation(keys, proclitics, out)
        regimes(keys, proclitics, out)
        joined_bodies(keys, proclitics, out)
        purposes(keys, proclitics, tokens or (), out)
        place_ends_genitive(keys, proclitics, out)
        chairs(keys, proclitics, out)
        goods_groups(keys, proclitics, out)
        gatherings(keys, proclitics, labels, out)
        times_of_places(keys, proclitics, out)
    _teams_in_results(keys, out)
    currencies(keys, out)
    return out


def _teams_in_results(keys: Sequence[str], out: list[str]) -> None:
    """A team in a line of results is an organisation: the words before a country in
    brackets with a score on either side (``زاناكو (زامبيا) 0 : 0``, ``1 : 1 بورت لويس
    2000 (الموريشيس)``); the country stays a place."""
    n = len(keys)
    for p in range(1, n - 2):
        if keys[p] != "(":
            continue
        q = p + 1
        while q < n and keys[q] != ")" and q - p <= 4:
            q += 1
        if q >= n or keys[q] != ")" or q == p + 1:
            continue
        if not all(keys[k].isalpha() for k in range(p + 1, q)):
            continue
        start = p - 1 if keys[p - 1].isdigit() and p > 1 and keys[p - 2].isalpha() else p
        while start > 0 and keys[start - 1].isalpha() and p - start < 5:
            start -= 1
        if start == p or not keys[start].isalpha() or (start > 0 and keys[start - 1].isalpha()):
            continue  # (no more than five words, the line's first)
        score_after = q + 2 < n and keys[q + 1].isdigit() and keys[q + 2] == ":"
        score_before = start > 1 and keys[start - 1].isdigit() and keys[start - 2] == ":"
        if not (score_after or score_before):
            continue
        if start == 0 and "(" not in keys[q + 1 : q + 10]:
            continue  # a sentence's first words: only in a line of two teams
        if any(out[k][2:] == "MISC" for k in range(start, p)):
            continue
        if out[start].startswith("I-"):
            end_mention(out, mention_start(out, start))  # a score the tagger ran into the team
        relabel(out, start, p, "ORG")


def _no_names(keys: Sequence[str], out: list[str]) -> None:
    """A name that lies within two words of class ``no_body`` is none: a word of a
    fixed phrase that is elsewhere a name (``القاسم المشترك``, ``نصيب الأسد``)."""
    pairs = word_keys("no_body")
    for j in range(len(out) - 1):
        if (out[j] == "O" and out[j + 1] == "O") or f"{keys[j]} {keys[j + 1]}" not in pairs:
            continue
        start = j
        while start > 0 and out[start].startswith("I-"):
            start -= 1
        end = j + 2
        while end < len(out) and out[end].startswith("I-"):
            end += 1
        if start >= j and end <= j + 2:
            out[j] = out[j + 1] = "O"


def _known_body_ends(keys: Sequence[str], out: Sequence[str], j: int) -> bool:
    """Whether the organisation running through ``j`` is a name the gazetteer knows on
    each side of ``j``."""
    gaz = gazetteer()
    first = j - 1
    while first > 0 and out[first] == "I-ORG":
        first -= 1
    if out[first][2:] != "ORG":
        first += 1  # a run of I-ORG with no B-ORG before it
    after, before = gaz.longest_match(keys, j), gaz.longest_match(keys[:j], first)
    return (
        after is not None
        and after.label == "ORG"
        and _inside(out, j, after.end, "ORG")
        and before is not None
        and before.end == j
    )


def _names_after_titles(keys: Sequence[str], out: list[str], proclitics: Sequence[str]) -> None:
    """A name right after a title (and the title's nisba adjective) that the tagger typed
    as an organisation or other name is a person: ``مستشار الأمن القومي الكوري تشو``. The
    title's complements and adjectives (``الأمن القومي الكوري الجنوبي``, ``المفوضية
    الوطنية لحقوق الإنسان``) are no part of that name, even where the tagger ran the name
    over them."""
    n = len(out)
    gaz = gazetteer()
    spans = gaz.triggers_of(keys)
    nisba_end = {start: end for start, end, kind in spans if kind == "nationality"}
    for start, end, kind in spans:
        if kind != "title":
            continue
        name = nisba_end.get(end, end)
        while (
            name < n
            and (definite(keys[name]) or proclitics[name] in ("ل", "لل"))
            and out[name][2:] in ("", "ORG", "MISC")
        ):
            name = nisba_end.get(name + 1, name + 1)
        if (
            name < n
            and out[name][2:] in ("ORG", "MISC")
            and (out[name][0] == "B" or name > end)
            and not definite(keys[name])
            and keys[name] not in institution_heads()  # رئيس كتلة الشعب
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


def _inside(
    out: Sequence[str], start: int, end: int, label: str, *, open_end: bool = False
) -> bool:
    """Whether ``start + 1:end`` continues a mention of ``label`` that ends at ``end``
    (or, with ``open_end``, may run on past it)."""
    return all(out[j] == "I-" + label for j in range(start + 1, end)) and (
        open_end or end == len(out) or out[end] != "I-" + label
    )


def _gazetteer_names(
    keys: Sequence[str], out: list[str], proclitics: Sequence[str] | None = None
) -> None:
    """Names the gazetteer spells in full, over the tagger's labels (see the module); a
    public figure's name right after one given name the tagger found alone, no conjunction
    between, goes on that person."""
    n = len(out)
    for match in gazetteer().find_all(keys):
        entry = match.entries[0]
        if entry.kind not in _OVERRIDE_KINDS:
            continue
        if " ".join(keys[match.start : match.end]) in word_keys("ambiguous"):
            continue
        start, end = match.start, match.end
        if end == start + 1 and landform_with_its_adjective(keys, start):
            if out[start] == "B-LOC" and out[end] != "I-LOC":
                out[start] = "O"  # the landform itself, with its adjective: الساحل الشرقي
            continue
        place = entry.kind in _PLACE_KINDS
        if place and out[start] == "B-PER" and _inside(out, start, end, "PER", open_end=True):
            # A person's name that begins with a known place is the place (a city named as
            # the subject of a verb: ``أطلقت بيونغ يانغ``); the rest of that span is dropped.
            j = end
            while j < n and out[j] == "I-PER":
                out[j] = "O"
                j += 1
            relabel(out, start, end, "LOC")
        elif place and out[start] == "I-PER" and _inside(out, start, end, "PER"):
            if place_after_person(keys, out, start, end):
                relabel(out, start, end, "LOC")
        elif place and out[start] == "B-ORG" and _inside(out, start, end, "ORG"):
            # A place named for its government keeps its literal type (قالت سيول).
            relabel(out, start, end, "LOC")
        elif entry.kind == "region" and out[start] == "B-MISC" and _inside(out, start, end, "MISC"):
            # A landmark the tagger called a name of another kind, exactly its span, is
            # the place (أعلن البيت الأبيض); not a city, whose name a product may bear.
            relabel(out, start, end, "LOC")
        elif (
            _own_or_other(keys, out, start, end, entry.label)
            and out[start] != "I-" + entry.label  # an entity that begins before the name
            and not (end < n and out[end].startswith("I-"))
        ):
            # a name is completed only over a partial label of its own type, and a body
            # retyped where the tagger called exactly its span another name (CNN، Google)
            relabel(out, start, end, entry.label)
            if (
                entry.label == "PER"
                and proclitics is not None
                and not proclitics[start]
                and given_names_before(keys, out, start, one=True)
            ):
                out[start] = "I-PER"  # a known figure's given name: حافظ (قائد السبسي)


def _person_name(keys: Sequence[str]) -> bool:
    """Whether the name lists know these words as a person's name (a full name, or one
    word written in the person-name sources: فورد)."""
    lists = name_lists()
    if len(keys) == 1:
        return lists.person_count(keys[0]) > 0
    return lists.phrase_label(" ".join(keys)) == "PER"


def _own_or_other(
    keys: Sequence[str], out: Sequence[str], start: int, end: int, label: str
) -> bool:
    """Whether the labels over a gazetteer name spelled in full may give way to it: labels
    of its own type, a MISC span that is exactly a body (or a PER span, unless the name
    lists know the words as a person's: فرانس برس yes, فورد no), or names the tagger found inside
    it after an unlabelled first word (تنظيم [الدولة الإسلامية], المسجد [الحرام])."""
    labels = {out[j][2:] for j in range(start, end) if out[j] != "O"}
    return (
        labels <= {label}
        or out[start] == "O"
        or (
            label == "ORG"
            and (labels == {"MISC"} or (labels == {"PER"} and not _person_name(keys[start:end])))
            and out[start][0] == "B"
            and _inside(out, start, end, out[start][2:])
        )
        or (label == "ORG" and _body_then_its_town(out, start, end))
    )


def _body_then_its_town(out: Sequence[str], start: int, end: int) -> bool:
    """Whether the tagger split a body the gazetteer spells in full into the body and the
    place that ends its name (شركة النقل | بالساحل): the body's own name is the whole."""
    town = next((j for j in range(start + 1, end) if out[j] == "B-LOC"), end)
    return (
        out[start] == "B-ORG"
        and town < end
        and _inside(out, start, town, "ORG")
        and _inside(out, town, end, "LOC")
    )


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
        first, last = name_tokens(tokens, i, j)
        if first <= last:
            start = tokens[first].start + starts[first]
            if start >= tokens[first].end and first < last:
                first += 1
                start = tokens[first].start + starts[first]
            end = tokens[last].end
            if start < end:
                conf = min(probs[first : last + 1])
                name = text[start:end]
                shared = _names.get(name)
                if shared is None:
                    shared = _names.put(name, name)
                out.append(Mention(shared, start, end, mention_label(label), round(conf, 4)))
        i = j
    return out
