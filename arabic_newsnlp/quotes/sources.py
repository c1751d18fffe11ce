"""Source phrases: وبحسب X، <content>  |  <content>، وفقا لـX  |  <content>، على حد قوله.

A source phrase is matched on its last word (:mod:`arabic_newsnlp.lexicon.speech`); the
speaker is the phrase after it, or the antecedent for an elided one (على حد قولها). The
content is the clause after it when the phrase opens its sentence, else the clause before
its comma.
"""

from __future__ import annotations

from ..document import QuoteKind, Sentence
from ..lexicon.gazetteer import gazetteer
from ..lexicon.keys import head_of, name_key
from ..lexicon.speech import CueEntry, SourceEntry
from .appositions import complemented, named_after, placed_group, seated, whole_names
from .attribute import Phrase
from .context import COMMA_LIKE, Extraction, Found, Ref
from .continuity import antecedent, register
from .forms import is_filler, unpossessed
from .frames import breaks_after_comma, content_end, whole_quotation
from .marks import MARKS
from .relays import clause_speaker, cue_with_subject, marked_source, person_source
from .speakers import past_addressee, past_time, relayed
from .statements import (
    issued_at,
    issuing_verb,
    named_statement,
    past_statement_adjunct,
    statement_issuer,
    statement_source,
)
from .titles import office
from .topics import sentence_subject

__all__ = ["on_source", "plausible_source"]


def plausible_source(ex: Extraction, phrase: Phrase) -> bool:
    """A source phrase names a speaker, not a plan or a figure (حسب الخطة)."""
    if phrase.title or ex.tokens[phrase.start].start in ex.name_starts:
        return True
    n = ex.tokens[phrase.start].norm
    base = head_of(n)
    if base in ex.source_heads or (n[:1] == "ل" and head_of(n[1:]) in ex.source_heads):
        return True
    if (
        ex.mentions
        and ex.mention_at(ex.tokens[phrase.start].start, ex.tokens[phrase.start].end) is not None
    ):
        return True
    return not n.startswith(("ال", "لل"))


#: How many tokens an adjunct after a source phrase may have before its comma.
_ADJUNCT = 10
#: How many words a short adjunct of a source (على الإنترنت) may have before its comma.
_SOURCE_ADJUNCT = 3
#: How many words a clause may have before a source phrase set in it without commas.
_INLINE_CLAUSE = 3


def _phrase_start(ex: Extraction, i: int, entry: SourceEntry) -> int:
    """The first token of source phrase ``entry`` ending at token ``i`` (``-1``: the words
    before ``i`` are not the phrase's)."""
    tokens = ex.tokens
    first = i - len(entry.words) + 1
    if first < 0:
        return -1
    for offset, word in enumerate(entry.words[:-1]):
        n = tokens[first + offset].norm
        if n != word and not (offset == 0 and n[:1] == "و" and n[1:] == word):
            return -1
    return first


def _named_source(
    ex: Extraction, i: int, entry: SourceEntry, end: int
) -> tuple[Ref, str, int, bool] | None:
    """The source named after the phrase ending at token ``i`` (بحسب X، وفقا لبيان صادر
    عن X، حسبما أفاد به X، حسب حصيلة قدمتها X), how it was found, the token after it, and
    whether the phrase says that X spoke or issued it (a speech verb after ما, an issuer),
    which makes it a source even without a comma before it."""
    tokens = ex.tokens
    j = i + 1
    if (
        entry.connector
        and entry.connector != "ل"
        and j < end
        and (
            head_of(tokens[j].norm) == entry.connector or head_of(tokens[j].norm) in ex.source_prep
        )
    ):
        j += 1
    said = entry.words[-1].endswith("ما")  # حسبما نقلت X
    if j < end and (tokens[j].norm == "ما" or (entry.connector == "ل" and tokens[j].norm == "لما")):
        j += 1  # (the connector written on ما: وفقا لما ذكره X)
        said = True
    clause = _verb_of_ma(ex, j, end) if said else (None, j)
    if clause is None:
        return None
    verb, j = clause
    if j >= end or (entry.kind in ("said", "after") and verb is None):
        return None  # (وذلك ما حدث: no one spoke)
    if verb is not None:
        k = past_time(ex, j, end)  # وفق ما أكده اليوم X (time words, not a comma alone)
        if any(ex.tokens[m].norm in ex.adverb for m in range(j, k)):
            j = k
        j = past_addressee(ex, j, end)
    marked = marked_source(ex, j, end, verb is not None)
    if marked is not None:  # وفق ما أوردته «العربية»: the medium in marks
        return marked[0], "source", marked[1], True
    phrase = ex.after(j, end, connector=True)
    if phrase is None or not plausible_source(ex, phrase):
        return None
    phrase = named_statement(ex, phrase)  # وجاء في نص البلاغ: the statement
    group = ex.partitive(phrase.start, end, "source") if phrase.end - phrase.start == 1 else None
    if group is not None:  # حسب ما صرح به عدد من الأهالي: the group
        group = placed_group(ex, group, end)
        return group, "source", group.tok_end, verb is not None
    phrase = complemented(ex, seated(ex, whole_names(ex, phrase, end), end), end)
    if phrase.end < end and tokens[phrase.end].norm in ex.same:  # حسب الجريدة ذاتها
        phrase = Phrase(phrase.start, phrase.end + 1, -1, phrase.title, phrase.char_start)
    inner = relayed(ex, verb, phrase.end, end) if verb is not None else None
    if inner is not None and plausible_source(ex, inner):
        phrase = inner  # بحسب ما نقلته X عن Y: Y is the source
    n = tokens[phrase.start].norm
    issued = verb is None and issued_at(ex, phrase.end, end)
    if issued or head_of(n) in ex.statement or (n[:1] == "ل" and head_of(n[1:]) in ex.statement):
        by = _issuer(ex, i, phrase, end, issued)
        if by is not None:
            return by[0], by[1], max(phrase.end, by[2]), True
    ref = ex.ref_of(phrase, "source")
    named = _named_after_phrase(ex, phrase, ref, end)
    if named is not None:
        return named[0], "source", named[1], verb is not None
    _refers_back(ex, i, phrase, ref)
    return ref, "source", phrase.end, verb is not None


def _refers_back(ex: Extraction, i: int, phrase: Phrase, ref: Ref) -> None:
    """Point ``ref``, the source phrase ending at token ``i``, at whom it refers back to:
    the issuer of a statement named before (وحسب البلاغ), or the source named before
    (بحسب المصدر ذاته، وفق ذات المصدر)."""
    tokens = ex.tokens
    n = tokens[phrase.start].norm
    if phrase.end - phrase.start == 1 and n.startswith("ال") and head_of(n) in ex.statement:
        # وحسب البلاغ: the statement named before, issued by whoever issued it
        ref.same_as = statement_issuer(ex, i, head_of(n))
    elif phrase.end - phrase.start >= 2 and (
        tokens[phrase.end - 1].norm in ex.same
        or tokens[phrase.start].norm.removeprefix("ل") in ex.lex.words("same_before")
    ):
        # بحسب المصدر (النقابي) ذاته، وفق ذات المصدر: the source named before
        same = antecedent(ex, i, "-", "-")[0]
        if same is not None:
            ref.name_start, ref.article, ref.same_as = -1, False, same


def _issuer(
    ex: Extraction, i: int, phrase: Phrase, end: int, issued: bool
) -> tuple[Ref, str, int] | None:
    """Who issued the statement a source phrase ending at token ``i`` names, how it was
    found, and the token after the name: named inside the phrase (بيان صادر عن X، حصيلة
    قدمتها X، خارطة نشرتها صحيفة «X»), or, after a verb of issuing with its pronoun alone,
    the one its clause speaks of (حسب ما جاء في بيان أصدرته)."""
    named = statement_source(ex, phrase, end, phrase.end if issued else -1)
    if named is not None:
        return named[0], "statement", named[1]
    verb = phrase.end if issued else phrase.start + 1  # (تدوينة | نشرتها: read apart)
    if verb + 1 != phrase.end + issued or not issuing_verb(ex, verb):
        return None
    gender = "f" if unpossessed(ex.tokens[verb].norm).endswith("ت") else "-"
    issuer = sentence_subject(ex, i, ex.sentence_of(i), gender, participle=True)
    if issuer is not None:
        return issuer, "sentence", verb + 1
    issuer, how = antecedent(ex, i, gender, "-")
    return (issuer, how, verb + 1) if issuer is not None else None


def _verb_of_ma(ex: Extraction, j: int, end: int) -> tuple[CueEntry | None, int] | None:
    """The speech verb after the ما of a source phrase at token ``j`` (حسبما نقلت X، وفق
    ما أوردته X، حسب ما أفاد به X: the verb may carry the pronoun of ما) and the token
    after it; ``None`` when a verb of no speech follows (حسب ما ينص عليه القانون)."""
    tokens = ex.tokens
    if j >= end:
        return None, j
    n = tokens[j].norm
    if j + 1 < end and ex.came_in(j):
        return None  # حسب ما جاء في بيان …: read as one phrase from جاء في
    after = ex.lex.after_particle  # (a perfect also read as a noun is a verb after ما)
    verb = ex.cues.get(n) or ex.cues.get(unpossessed(n)) or after.get(unpossessed(n))
    if verb is None and n.endswith("نا") and j + 1 < end and tokens[j + 1].norm in ex.resumptive:
        verb = ex.cues.get(n[:-2])  # وفق ما أفادنا به X: the verb with "us", whom X told
    if verb is None:
        return None if n[:1] in "يت" and n not in ex.sources else (None, j)
    j += 1
    if j < end and tokens[j].norm in ex.resumptive:
        j += 1
    # حسب ما أكده في تصريح للإذاعة رئيس المركز: past the adjunct
    return verb, max(j, past_statement_adjunct(ex, j) if j < end else -1)


def _seat_of(ex: Extraction, ref: Ref, after: int, sentence: Sentence) -> int:
    """A body's source read on over the body or place it belongs to, written with ب up to
    the comma (وحسب معطيات دائرة المراقبة بشركة الكهرباء، فقد …); the token after it. A
    country there is passed over but left out of the source's name."""
    tokens = ex.tokens
    if ref.name_start >= 0 or ref.same_as is not None or after + 1 >= sentence.token_end:
        return after
    tok = tokens[after]
    if tok.norm[:1] != "ب" or tok.start in ex.name_starts:
        return after
    seat = ex.mention_at(tok.start + 1, tok.end)
    if seat is None or seat.start != tok.start + 1 or seat.label not in ("ORG", "LOC"):
        return after
    k = after
    while k < sentence.token_end and tokens[k].start < seat.end:
        k += 1
    if k >= sentence.token_end or tokens[k].text not in COMMA_LIKE:
        return after
    if not _country(seat.text):
        # (a country is where the body works, no part of its name: منظمة الصحة العالمية
        # باليمن)
        ref.tok_end, ref.char_end = k, tokens[k - 1].end
    return k


def _country(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a country only (not تونس, also a city)."""
    entries = gazetteer().lookup(name_key(name))
    return bool(entries) and all(entry.kind == "country" for entry in entries)


def _named_after_phrase(
    ex: Extraction, phrase: Phrase, ref: Ref, end: int
) -> tuple[Ref, int] | None:
    """The name a source phrase's words lead to, and the token after it: a medium in
    marks after its kind word (وحسب موقع «يو بي أي»), or the person after a title and its
    adjunct (حسب ما أكده محامي الدفاع عن البحارة الثلاثة سامي علي)."""
    if ex.before_name(phrase):
        quoted = ex.quoted_name(phrase.end, end)
        if quoted is not None:
            return quoted
    return named_after(ex, phrase, ref, end, "source")


def _own_words(ex: Extraction, j: int, entry: SourceEntry, end: int) -> str:
    """The word at token ``j`` when it is a speaker's own words with a possessive pronoun
    (بحسب تعبيره، حسب رأيها، وفقا لتصريحاته), which make the source phrase elided: the
    speaker is the antecedent; ``""`` otherwise."""
    if j >= end:
        return ""
    n = ex.tokens[j].norm
    if entry.connector == "ل" and n[:1] == "ل":
        n = n[1:]
    base = unpossessed(n)
    return n if base and (base in ex.own_words or base in ex.statement) else ""


def _content_after(ex: Extraction, after: int, sentence: Sentence) -> int:
    """Where the content starts after a source phrase that opens its sentence (``-1``
    for none): وبحسب X، <content>."""
    tokens = ex.tokens
    k = after
    while k < sentence.token_end and tokens[k].norm in ex.adverb:
        k += 1  # وجاء في البيان أيضا أن ...
    if k < sentence.token_end and ex.is_stop(tokens[k].norm):
        # ووفق شهود ضمن تصريحات لهسبريس، فإن …: an adjunct up to the comma before فإن
        k = next(
            (
                m
                for m in range(k + 1, min(sentence.token_end - 1, k + _ADJUNCT))
                if tokens[m].text in COMMA_LIKE and tokens[m + 1].norm in ex.lead
            ),
            k,
        )
    if k < sentence.token_end and tokens[k].text in COMMA_LIKE:
        k += 1
    if k < sentence.token_end and (
        (tokens[k].norm in ex.lead and tokens[k].norm not in ex.lex.words("lead_in_content"))
        or tokens[k].norm in ex.comp
    ):
        k += 1
    if k >= sentence.token_end or (k == after and tokens[k].kind == "punct"):
        return -1
    return k


def _quote_before(ex: Extraction, first: int, sentence: Sentence, firm: bool) -> tuple[int, int]:
    """The clause before a source phrase at token ``first`` (after its comma, or a
    demonstrative taking the clause up: ، وذلك وفق ...) as content: ``(start, end)``,
    ``end <= start`` for none. A ``firm`` phrase (وفق ما أكده X، حسب حصيلة قدمتها X)
    needs no comma."""
    tokens = ex.tokens
    if first > sentence.token_start and tokens[first - 1].norm in ex.recap:
        first -= 1
    if first <= sentence.token_start:
        return 0, 0
    prev = tokens[first - 1]
    if prev.text not in COMMA_LIKE and (
        not firm or (prev.kind == "punct" and prev.text not in MARKS)
    ):
        return 0, 0  # (a closing mark may end the clause: … هواتف «نوت 7» حسب ما كشفته X)
    start = max(sentence.token_start, ex.consumed)
    if any(f.last_tok > sentence.token_start and f.first_tok < first for f in ex.found[-3:]):
        return 0, 0  # the clause is already a quote: this names the medium
    end = ex.trim_end(start, first)
    while start < end and tokens[start].kind == "punct" and tokens[start].text not in MARKS:
        start += 1
    return start, end


def _office_of_body(ex: Extraction, ref: Ref) -> bool:
    """A source phrase that is the title of an office, the body named in it (رئيس دائرة
    الشؤون البلدية، المديرة الجهوية للتجارة), a partitive (أحد مستعملي الطريق، عدد من
    المتضررين) or a relative (زوج خالته): people speak, not a medium."""
    first = ex.tokens[ref.tok_start].norm
    return (
        first in ex.quantifier
        or head_of(first) in ex.lex.words("kin")
        or (ref.title and office(" ".join(t.norm for t in ex.tokens[ref.tok_start : ref.tok_end])))
    )


def _report_or_media(ex: Extraction, ref: Ref) -> bool:
    """A source phrase headed by a statement noun or a medium's word, which says where the
    clause was reported (حسب تقارير إعلامية، وفق وسائل إعلام هندية، حسب بيانات المعهد)."""
    head = head_of(ex.tokens[ref.tok_start].norm)
    return head in ex.statement or head in ex.lex.words("addressee")


def _closes(ex: Extraction, k: int, sentence: Sentence) -> bool:
    """Nothing but punctuation from token ``k`` to the end of the sentence."""
    return all(t.kind == "punct" for t in ex.tokens[k : sentence.token_end])


def _parenthetical(ex: Extraction, after: int, sentence: Sentence) -> int:
    """The comma that a source phrase after its clause ends at when its clause goes on
    after it (a parenthesis: …، حسب مصدر عليم، برفع …; also after a short adjunct of the
    source: …، وفق موقع البرلمان على الإنترنت، العلاقات …), not at a new attribution;
    ``-1`` for none."""
    tokens = ex.tokens
    if after < sentence.token_end and ex.is_stop(tokens[after].norm):
        after = next(
            (
                m
                for m in range(after + 1, min(sentence.token_end, after + _SOURCE_ADJUNCT + 1))
                if tokens[m].kind != "word"
            ),
            after,
        )
    return (
        after
        if (
            after + 2 < sentence.token_end
            and tokens[after].text in COMMA_LIKE
            and tokens[after + 1].kind == "word"
            and not breaks_after_comma(ex, after + 1)
            and not all(  # …، الذي أصدرته المجموعة، مساء الثلاثاء.: when it was issued
                t.kind != "word" or t.norm in ex.adverb
                for t in tokens[after + 1 : sentence.token_end]
            )
        )
        else -1
    )


def _goes_on(ex: Extraction, first: int, after: int, sentence: Sentence) -> int:
    """Where the clause around a source phrase (tokens ``first`` to ``after``) goes on
    after it, ``-1`` when it does not: after its comma (…، حسب مصدر، برفع …), or right
    after it when the phrase stands without a comma before it in a short clause (وسيتم
    وفق رئيس الحكومة، اتخاذ …، سيمكن هذا المشروع حسب البلاغ من …)."""
    tokens = ex.tokens
    comma = _parenthetical(ex, after, sentence)
    if comma >= 0:
        return comma + 1
    lead = sentence.token_start
    while lead < first and is_filler(tokens[lead].norm, ex.lex):
        lead += 1
    if first <= lead or first - lead > _INLINE_CLAUSE or tokens[first - 1].kind != "word":
        return -1
    k = after + (after < sentence.token_end and tokens[after].text in COMMA_LIKE)
    if k + 1 < sentence.token_end and tokens[k].kind == "word" and not breaks_after_comma(ex, k):
        return k
    return -1


def on_source(ex: Extraction, i: int, entry: SourceEntry) -> None:
    """The quote a source phrase ending at token ``i`` attributes, if any."""
    tokens = ex.tokens
    first = _phrase_start(ex, i, entry)
    if first < 0:
        return
    if first > 1 and tokens[first - 1].norm == "ما" and ex.source_word(first - 2):
        first -= 2  # حسب ما جاء في بيان …: one phrase
    sentence = ex.sentence_of(i)
    opening = first == sentence.token_start or tokens[first - 1].kind != "word"
    if first < sentence.token_start or (entry.kind == "after" and opening):
        return  # (كما أكد الوزير أن …: كما is "also" at a clause's start)
    # the lemma without the conjunction written on it (وحسب -> حسب; وفق stays وفق)
    cue = (tokens[first].start, tokens[i].end, " ".join(entry.words)[len(entry.prefix) :])
    ref: Ref | None
    firm = False
    own = "" if entry.kind == "elided" else _own_words(ex, i + 1, entry, sentence.token_end)
    if entry.kind == "elided" or own:
        last = own or entry.words[-1]
        gender = "f" if last.endswith("ها") else "-"
        number = "pl" if last.endswith(("هم", "هما")) else "-"
        ref, how = antecedent(ex, first, gender, number)
        after = i + 2 if own else i + 1
    else:
        named = _named_source(ex, i, entry, sentence.token_end)
        if named is None:
            return
        ref, how, after, firm = named
        after = _seat_of(ex, ref, after, sentence)
        person = ex.mention_at(max(ref.char_start, ref.name_start), ref.char_end)
        # … بسبب البرد حسب مصالح الوزارة.: a named source that closes its sentence
        firm = firm or (
            _closes(ex, after, sentence)
            and (
                person is not None
                or ref.title
                or ref.same_as is not None
                or _report_or_media(ex, ref)
            )
        )
        if (
            firm
            and ref.same_as is None
            and (
                (person is not None and person.label == "PER")
                or (person is None and ref.title)
                or _office_of_body(ex, ref)
            )
        ):
            # حسب ما أكده سامي علي، حسب ما أفاد به مصدر أمني، وفق ما أفاد به رئيس دائرة
            # الشؤون البلدية. وأضاف …: the person or the source again (not a medium that
            # relays)
            register(ex, ref.tok_start, ref, "-", "-")
    region = ex.region_before(first, sentence.token_start)
    if region is not None:
        ex.add(Found.quoted(region, cue, ref, after, how))
        return
    lead = sentence.token_start
    while lead < first and is_filler(tokens[lead].norm, ex.lex):
        lead += 1
    opens = after < sentence.token_end and tokens[after].norm in ex.comp
    if lead == first or opens:  # وبحسب X، <content>; ذكرت الوكالة، نقلا عن X، إن <content>
        k = _content_after(ex, after, sentence)
        if k < 0 or cue_with_subject(ex, k, sentence):
            return  # وحسب البلاغ، أكد الوزير أن …: the cue's quote, with its own speaker
        end, inner = content_end(ex, k, sentence)
        spans = ex.spans(k, end)
        start = first
    else:  # <content>، وفقا لـX
        goes_on = _goes_on(ex, first, after, sentence)
        k, end = _quote_before(ex, first, sentence, firm or goes_on > 0)
        spans = ex.spans(k, end)
        inner = (
            [
                r
                for m in range(k, end)
                if (r := ex.region_at_open.get(m)) is not None and not ex.is_naming(r)
            ]
            if spans and end - k < 200
            else []
        )
        if (
            spans
            and (own or entry.kind == "elided" or not person_source(ex, ref))
            and (subject := clause_speaker(ex, k, end, sentence)) is not None
        ):
            ref, how = subject, "vso"
        start, end = k, max(after, i + 1)
        if spans and goes_on > 0:
            # وقد بدأت العملية، حسب مصدر، برفع درجة التأهب: the clause goes on after it
            end, more = content_end(ex, goes_on, sentence)
            spans += ex.spans(goes_on, end)
            inner += more
    if spans and whole_quotation(inner, k, end):  # وحسب X فإن «…»: the source's own words
        ex.add(Found("direct", list(inner[0].spans), cue, ref, "source", start, end, how, inner))
    elif spans:
        kind: QuoteKind = "mixed" if inner else "indirect"
        ex.add(Found(kind, spans, cue, ref, "source", start, end, how, inner))
