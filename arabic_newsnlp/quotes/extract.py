"""Finding quotes: cues, frames, content spans, and the speaker each one names.

One pass over the tokens collects *hits*: tokens whose normalised form is a speech cue,
a source phrase, a quotation mark or a colon (a set lookup per token). Quotation marks are
paired into regions (:mod:`.marks`); then each hit is read in text order with the rules
below, and what no rule claims is dropped. The rules, in the words of ``Quote.method``
(``frame/speaker``):

frames
    ``cue-comp``      cue [subject] ... إن/أن/بأن/إلى أن/من أن <content to clause end>
    ``cue-quote``     cue [subject] ... [:] «content»
    ``cue-colon``     cue [subject] ...: <verbatim content to sentence end>
    ``quote-first``   «content»، cue [subject]   (and «…»، وأضاف «…» split around it)
    ``participle``    ...، مضيفا/مشيرا إلى/مؤكدا أن <content>
    ``source``        وبحسب X، <content>  |  <content>، وفقا لـX  |  <content>، على حد قوله
    ``headline``      a paragraph opening ``speaker: content``
    ``continuation``  a quoted paragraph right after a direct quote

speakers
    ``vso`` subject after the cue; ``svo`` subject before it; ``antecedent`` the most
    recent compatible speaker (verb agreement: قال / قالت / قالوا); ``sentence`` the
    speaker or subject of the sentence a participle hangs on; ``source`` the phrase after
    a source word; ``statement`` the issuer of a statement (بيان صادر عن X); ``title``.

Content runs to the end of its clause: the end of the sentence, or the comma before a new
cue or source phrase; a quoted region inside it extends it to the region's end. Cues inside
quoted regions or inside content already taken are not read again, so nested reported
speech stays in its quote. Every step is bounded by a window, so the work is linear.

The rules live in modules by job: :mod:`.frames` (what follows a cue, where content ends),
:mod:`.speakers` (the subject of a cue, with :mod:`.objects` for phrases after it that
are not, and :mod:`.topics` for one set before its verb), :mod:`.statements` (statements
as speakers), :mod:`.continuity` (elided speakers and continued quotes), :mod:`.takeup`
(a cue that takes up the quote before it), :mod:`.sources` (source phrases),
:mod:`.headlines`; this module runs them over the document's cues, and :mod:`.resolve`
gives each speaker its final span and canonical name.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from itertools import compress, count
from operator import attrgetter

from ..document import Cue, Document, Quote, QuoteKind, Sentence, Span, Speaker
from ..lexicon.keys import head_of, name_key
from ..lexicon.speech import CueEntry, Lexicon
from ..text.clitic_names import listed_name
from .context import COMMA_LIKE, Extraction, Found, Ref
from .continuity import continuations, register
from .coordination import CoSpeakers
from .forms import verbal_noun
from .frames import (
    content_end,
    find_frame,
    from_frame,
    object_frame,
    opens_clause,
    predicate_before,
    relays,
)
from .headlines import headline_frame, headline_subject, headlines, title_line
from .marks import MARKS, Region, pair_marks
from .objects import preposition_at, preposition_cue
from .resolve import resolve_speakers
from .sources import on_source
from .speakers import elided, sentence_speaker, subject
from .statements import names_statement
from .takeup import noun_spelled, saying, subject_and_frame

__all__ = ["find_quotes"]

_CONFIDENCE = {
    "cue-quote": 0.95,
    "cue-comp": 0.9,
    "cue-colon": 0.8,
    "object": 0.7,
    "quote-first": 0.9,
    "participle": 0.85,
    "source": 0.75,
    "headline": 0.8,
    "continuation": 0.6,
}
_SPEAKER_FACTOR = {
    "vso": 1.0,
    "svo": 0.95,
    "source": 1.0,
    "statement": 0.9,
    "sentence": 0.9,
    "headline": 1.0,
    "antecedent": 0.85,
    "antecedent-any": 0.6,
    "previous": 1.0,
}

_NORM = attrgetter("norm")
_triggers: list[frozenset[str]] = []


def _trigger_set(lex: Lexicon) -> frozenset[str]:
    if not _triggers:
        _triggers.append(
            frozenset(lex.cues)
            | frozenset(lex.after_particle)
            | frozenset(lex.sources)
            | MARKS
            | {":"}
        )
    return _triggers[0]


def on_cue(ex: Extraction, i: int, entry: CueEntry) -> None:
    """The quote a speech cue at token ``i`` opens, if any."""
    tokens = ex.tokens
    sentence = ex.sentence_of(i)
    tok = tokens[i]
    cue = (tok.start, tok.end, entry.lemma)
    if entry.pos == "part":
        on_participle(ex, i, entry, sentence, cue)
        return
    if entry.frame == "via" and not relays(ex, i, sentence.token_end):
        return  # نقل without عن carries things, not words: ونقل الجرحى إلى المستشفى
    ref = headline_subject(ex, i, entry, sentence)
    if ref is not None:
        register(ex, ref.tok_start, ref, entry.gender, entry.number)
        found = object_frame(ex, i + 1, sentence.token_end, entry)
        frame = headline_frame(ex, i, entry, found)
        made = from_frame(ex, frame, cue, ref, "cue", "svo", ref.tok_start) if frame else None
        if made is not None:
            ex.add(made)
        return
    if _says_nothing(ex, i, entry, sentence):
        return
    region = ex.region_before(i, sentence.token_start)
    if region is not None and entry.pos != "noun":
        _quote_first(ex, i, entry, sentence, cue, region)
        return
    ref, after, frame = subject_and_frame(ex, i, entry, sentence)
    how = ref.how if ref is not None else ""
    if (
        (frame is None or frame[0] == "object")
        and after > i + 1
        and "*" in entry.objects
        and (ref is None or (_bare(ex, ref) and not _statement_before_own(ex, ref, entry)))
    ):
        # وأكد أهمية الحوار: the indefinite noun phrase after the verb is its object,
        # the subject elided
        whole = object_frame(ex, i + 1, sentence.token_end, entry)
        if whole is not None and whole[0] == "object":
            frame, ref = whole, None
    if entry.frame == "describe" and frame is not None and frame[0] == "comp":
        frame, ref = _described(ex, i, after, frame, ref)
    if (
        ref is not None
        and how in ("vso", "svo")
        and entry.gender != "-"
        and (frame is not None or not _spelled_as_stop(ex, i, entry))
    ):
        # (a relaying verb agrees with the medium, not with the source it names; a cue
        # spelled as a stop word, بين or عبر, that opens nothing is "between" or "via":
        # العلاقة بين الوالي والحكومة، عبر حسابه names no speaker)
        via = entry.frame == "via"
        register(ex, ref.tok_start, ref, "-" if via else entry.gender, "-" if via else entry.number)
    if frame is None or (
        ref is None
        and entry.pos == "imperf"
        and frame[0] == "object"
        and not (i > 0 and names_statement(ex, i - 1))
    ):
        return  # (ويبرز هذا التطور: a verb in the present without a subject describes;
        # بلاغا تعلن فيه عن …: a statement's)
    if ref is None:
        ref, how = elided(ex, i, sentence, entry)
        if ref is None and _impersonal(ex, i, entry):
            return
    first = i if how != "svo" or ref is None else ref.tok_start
    made = from_frame(ex, frame, cue, ref, "cue", how, first)
    if made is not None:
        ex.add(made)


def _opens_with_verb(ex: Extraction, i: int) -> bool:
    """Token ``i`` opens its clause (من ناحية أخرى، أبرز الوزير …) before a title, a name or
    a quantifier with its group, time words first or not: a verb, not a noun (طالب الرئيس …)."""
    tokens, sentence = ex.tokens, ex.sentence_of(i)
    start = sentence.token_start
    if i + 1 >= len(tokens) or (
        i != start
        and not (
            i - 1 > start and tokens[i - 1].text in COMMA_LIKE and ex.is_stop(tokens[start].norm)
        )
    ):
        return False
    k = i + 1
    while k + 1 < sentence.token_end and tokens[k].norm in ex.adverb:
        k += 1  # طالب اليوم رئيس الحكومة …
    nxt = tokens[k]
    mention = ex.mention_at(nxt.start, nxt.start + 1)
    return (
        head_of(nxt.norm) in ex.lex.words("title")
        or (mention is not None and mention.label in ("PER", "ORG") and mention.start == nxt.start)
        or ex.partitive(k, sentence.token_end, "vso") is not None
    )


def _says_nothing(ex: Extraction, i: int, entry: CueEntry, sentence: Sentence) -> bool:
    """A cue at token ``i`` that reports nothing: a verb in the present after قد (class
    ``modal``: التي قد تطالب بـ …, a possibility), or a verb of describing that is passive
    or calls what comes before (:func:`_describes_nothing`)."""
    if entry.pos == "imperf" and i > 0 and ex.tokens[i - 1].norm in ex.lex.words("modal"):
        return True
    return entry.frame == "describe" and _describes_nothing(ex, i, entry, sentence)


def _impersonal(ex: Extraction, i: int, entry: CueEntry) -> bool:
    """A cue at token ``i`` with no speaker, before it or back in the text, that says
    nothing: a verb in the present and the singular reads as impersonal (يعتقد أنه …: it
    is believed), and one spelled as a stop word without a conjunction (بين، عبر) is a
    preposition."""
    return (entry.pos == "imperf" and entry.number == "sg") or _spelled_as_stop(ex, i, entry)


def _spelled_as_stop(ex: Extraction, i: int, entry: CueEntry) -> bool:
    """The cue at token ``i`` is spelled as a stop word, without a conjunction (بين،
    عبر): unless it opens content, a preposition."""
    return not entry.prefix and ex.is_stop(ex.tokens[i].norm)


def _describes_nothing(ex: Extraction, i: int, entry: CueEntry, sentence: Sentence) -> bool:
    """A verb of describing at token ``i`` that reports nothing: its ``ب`` or ``بأن``
    right after it with no object (passive: تصريحات وصفت بـ«…»، وصف بأنه …), or an object
    pronoun after a relative, which calls what comes before (ما وصفه بـ«…»، التي وصفها
    بـ…; not ووصفته بـ«…», a quote)."""
    tokens = ex.tokens
    return (
        i + 1 < sentence.token_end
        and (preposition_at(ex, i + 1, entry.objects) >= 0 or tokens[i + 1].norm in ex.comp)
        and (tokens[i].segments[-1].kind != "enclitic" or _calls_back(ex, i))
    )


def _described(
    ex: Extraction, i: int, after: int, frame: tuple[str, int, Region | None], ref: Ref | None
) -> tuple[tuple[str, int, Region | None], Ref | None]:
    """The frame and subject of a verb of describing at token ``i`` whose complementizer
    is ``frame``: what is described is content with what it is called (ووصف الوزير الاتفاق
    بأنه …), and a subject headed by a definite verbal noun is that thing, the subject
    elided (بعدما وصف الاستعمار بأنه …)."""
    if after > i + 1 and ref is not None and (_bare(ex, ref) or _abstract_head(ex, ref)):
        return ("object", i, None), None
    if after < frame[1]:
        return ("object", after - 1, None), ref
    return frame, ref


def _calls_back(ex: Extraction, i: int) -> bool:
    """The cue at token ``i`` follows a relative pronoun or the relative ما (class
    ``relative_what``): its object pronoun is what comes before."""
    prev = ex.tokens[i - 1].norm if i > 0 else ""
    return prev in ex.relative or prev in ex.lex.words("relative_what")


def _statement_before_own(ex: Extraction, ref: Ref, entry: CueEntry) -> bool:
    """A statement noun right before the verb's own preposition is its subject, not a
    direct object (كشفت دراسة عن …، حذر تقرير من …)."""
    tokens = ex.tokens
    return (
        head_of(tokens[ref.tok_start].norm) in ex.statement
        and ref.tok_end < len(tokens)
        and tokens[ref.tok_end].norm in entry.objects
    )


def _bare(ex: Extraction, ref: Ref) -> bool:
    """An indefinite phrase that names no one: no title, organisation head, name or
    mention in it (أهمية عدم توظيف ...), nor a group (عدد من الشركات)."""
    first = ex.tokens[ref.tok_start].norm
    name = next(
        (t for t in ex.tokens[ref.tok_start : ref.tok_end] if t.start == ref.name_start), None
    )
    return (
        not ref.title
        and (not first.startswith("ال") or _abstract(ex, first))
        and first not in ex.quantifier
        and head_of(first) not in ex.lex.words("kin")  # زوج المرأة: a relative speaks
        and (name is None or not listed_name(name_key(name.norm)))  # وجود أي قضية: no name
        and ex.mention_at(ref.char_start, ref.char_end) is None
        and ref.same_as is None
    )


def _abstract_head(ex: Extraction, ref: Ref) -> bool:
    """A phrase headed by a definite verbal noun that no mention starts (الاستعمار
    للجزائر): what a verb of describing describes, not its subject."""
    tok = ex.tokens[ref.tok_start]
    return (
        tok.norm.startswith("ال")
        and _abstract(ex, tok.norm)
        and ex.mention_at(tok.start, tok.end) is None
    )


def _abstract(ex: Extraction, norm: str) -> bool:
    """A definite verbal noun that no one is: التطور، الإنقاذ، الاستعداد (after a verb
    that takes a direct object, its object: كما أكد التطور الإيجابي …; not a statement or
    a body that speaks: التقرير، التنسيقية)."""
    base = norm[2:]
    speaks = base in ex.statement or base in ex.lex.words("heads")
    return not speaks and (verbal_noun(base) or (len(base) == 4 and base[0] == "ت"))


def _quote_first(
    ex: Extraction,
    i: int,
    entry: CueEntry,
    sentence: Sentence,
    cue: tuple[int, int, str],
    region: Region,
) -> None:
    """«…»، قال X: the quote before the cue, and one more after it (split around it:
    «…»، وأضاف «…») or content the cue's frame opens."""
    ref, after = subject(ex, i, entry, sentence)
    how = ref.how if ref is not None else ""
    if ref is None:
        ref, how = elided(ex, i, sentence, entry)
    elif how in ("vso", "svo"):
        register(ex, ref.tok_start, ref, entry.gender, entry.number)
    found = Found.quoted(region, cue, ref, max(after, i + 1), how)
    ex.add(found)
    frame = find_frame(ex, after, min(sentence.token_end, after + 6))
    if frame is not None and frame[0] == "region" and frame[2] is not None:
        split = frame[2]
        if split.open_i not in ex.used:
            found.spans.extend(split.spans)
            found.regions.append(split)
            found.last_tok = split.end_i
            ex.used.add(split.open_i)
            ex.consumed = max(ex.consumed, split.end_i)
    elif frame is not None:
        more = from_frame(ex, frame, cue, ref, "quote-first", how, i)
        if more is not None:
            ex.add(more)


def on_participle(
    ex: Extraction, i: int, entry: CueEntry, sentence: Sentence, cue: tuple[int, int, str]
) -> None:
    """The quote of a participle hanging on the clause before it (...، مؤكدا أن ...)."""
    tokens = ex.tokens
    if i == sentence.token_start or title_line(ex, sentence):
        return  # it hangs on a clause before it (a title's is an adjective: طفلة مهددة بـ …)
    prev = tokens[i - 1]
    if (
        prev.kind == "punct"
        and prev.text not in COMMA_LIKE
        and prev.text != ")"
        and prev.text not in MARKS
    ):
        return  # (after a mark or a bracket it may: ... "تم الاتفاق" مبينا أن ...)
    if prev.kind != "punct" and predicate_before(ex, prev):
        return  # كان مؤكدا أن ...: a predicate, not a speech act (وأوضح ذلك قائلا: one)
    window = 8 if entry.frame == "describe" else 4
    frame = object_frame(ex, i + 1, min(sentence.token_end, i + 1 + window), entry)
    if frame is None:
        return
    ref, how = sentence_speaker(ex, i, sentence, entry)
    if entry.frame == "describe" and frame[0] == "comp":
        end, inner = content_end(ex, i + 1, sentence)
        spans = ex.spans(i + 1, end)
        if spans:
            kind: QuoteKind = "mixed" if inner else "indirect"
            ex.add(Found(kind, spans, cue, ref, "participle", i, end, how, inner))
        return
    found = from_frame(ex, frame, cue, ref, "participle", how, i)
    if found is not None:
        ex.add(found)


def run_rules(ex: Extraction) -> list[Found]:
    """Read every cue, source phrase and quotation mark of the document, in text order."""
    tokens = ex.tokens
    triggers = _trigger_set(ex.lex)
    hits = list(compress(count(), map(triggers.__contains__, map(_NORM, tokens))))
    if not hits or not ex.sentences:
        return []
    marks = [i for i in hits if tokens[i].kind == "punct" and tokens[i].text in MARKS]
    # A mark right after a speech verb or a colon opens, however it is spaced: وقال" ...
    openers = frozenset(
        i for i in marks if i > 0 and (tokens[i - 1].text == ":" or tokens[i - 1].norm in ex.cues)
    )
    # A reporting clause a cue opens inside a sentence (… مطالبا في هذا الصدد X بـ …)
    # ends an unclosed quotation before it.
    breaks = frozenset(
        i
        for i in hits
        if i > 0
        and (entry := ex.cues.get(tokens[i].norm)) is not None
        and opens_clause(ex, i, entry, ex.sentence_of(i).token_end)
    )
    regions = pair_marks(ex.text, tokens, ex.sentences, marks, openers, breaks)
    ex.set_regions(regions)
    headlines(ex)
    # What the headlines took, one paragraph each, so in order and apart.
    taken_start = [f.first_tok for f in ex.found]
    taken_end = [f.last_tok for f in ex.found]
    r = 0
    n_regions = len(regions)
    for i in hits:
        while r < n_regions and regions[r].end_i <= i:
            r += 1
        if r < n_regions and regions[r].open_i < i < regions[r].end_i:
            continue  # inside a quotation: its cues are quoted, not reporting
        h = bisect_right(taken_start, i) - 1
        if i < ex.consumed or (h >= 0 and i < taken_end[h]):
            continue
        n = tokens[i].norm
        before = len(ex.found)
        for source in ex.sources.get(n, ()):
            if i >= ex.consumed:
                on_source(ex, i, source)
        if len(ex.found) > before:
            continue
        entry = saying(ex.cues.get(n), n)
        if entry is None and (
            (i > 0 and tokens[i - 1].norm in ex.particle_before_verb) or _opens_with_verb(ex, i)
        ):
            entry = ex.lex.after_particle.get(n)  # وقد طالب بـ …، طالب الرئيس …
        if (
            entry is not None
            and entry.pos != "inner"
            and not noun_spelled(ex, i, entry)
            and not preposition_cue(ex, i, entry)
        ):
            on_cue(ex, i, entry)
    continuations(ex, regions)
    return ex.found


def find_quotes(doc: Document) -> tuple[Quote, ...]:
    """The quotes of ``doc`` (which needs tokens and sentences), in text order.

    >>> import arabic_newsnlp
    >>> doc = arabic_newsnlp.analyze("وقال الوزير سامح شكري إن «الحل سياسي».",
    ...                              steps=("tokenize",))
    >>> [(q.kind, q.text, q.speaker.text) for q in find_quotes(doc)]
    [('direct', 'الحل سياسي', 'سامح شكري')]
    """
    if not doc.tokens:
        return ()
    found = run_rules(Extraction(doc))
    if not found:
        return ()
    entities = {e.id: e for e in doc.entities}
    speakers = resolve_speakers(doc, found, entities)
    text = doc.text
    joined = CoSpeakers(text, doc.mentions, entities)
    quotes: list[Quote] = []
    seen: set[tuple[tuple[int, int], ...]] = set()
    # Quotes share one string per cue word and per method: a long document repeats them.
    strings: dict[str, str] = {}
    share = strings.setdefault
    for f in sorted(found, key=lambda f: f.spans[0][0] if f.spans else 0):
        spans = tuple(Span(text[a:b], a, b) for a, b in f.spans if b > a)
        if not spans:
            continue
        key = tuple((s.start, s.end) for s in spans)
        if key in seen:
            continue
        seen.add(key)
        cue = None
        if f.cue:
            word = text[f.cue[0] : f.cue[1]]
            cue = Cue(share(word, word), f.cue[0], f.cue[1], f.cue[2])
        speaker: Speaker | None = None
        entity: str | None = None
        how = f.how or "none"
        if f.ref is not None:
            speaker, entity = speakers[id(f.ref)]
            linked = entities.get(entity) if entity else None
            if linked is not None and speaker.canonical != linked.canonical:
                speaker = replace(speaker, canonical=linked.canonical)  # one name per entity
        else:
            how = "none"
        confidence = _CONFIDENCE.get(f.frame, 0.7) * _SPEAKER_FACTOR.get(how, 0.5)
        method = f"{f.frame}/{how}"
        co_speakers = joined.after(speaker) if speaker is not None else ()
        quotes.append(
            Quote(
                f.kind,
                spans,
                cue,
                speaker,
                entity,
                round(confidence, 3),
                share(method, method),
                co_speakers,
            )
        )
    return tuple(quotes)
