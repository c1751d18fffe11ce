"""Statements as speakers: the issuer a statement phrase names (بيان صادر عن X، بيان
أصدره X) and the one a bare statement noun refers back to (وأكد البيان …، وحسب البلاغ …).
"""

from __future__ import annotations

from dataclasses import replace

from ..lexicon.keys import head_of, name_key
from .attribute import Phrase
from .context import Extraction, Ref
from .continuity import scan_subjects
from .forms import adjective, nisba, unpossessed
from .marks import MARKS

__all__ = [
    "issued_at",
    "issuing_verb",
    "named_statement",
    "own_words_object",
    "past_statement_adjunct",
    "statement_issuer",
    "statement_source",
]

#: How many words may follow a statement noun in its adjunct (في تصريح للجوهرة «أف أم»).
_STATEMENT_ADJUNCT = 6
#: How many of the last quotes a bare statement noun looks back at for its issuer, and how
#: many words of each one's sentence before its content name the statement.
_STATEMENT_LOOKBACK = 8
_STATEMENT_WINDOW = 40
#: How far after a subject the statement it issued may be named (أصدرت الوزارة مساء أمس بيانا).
_ISSUER_GAP = 5
#: How far after a statement noun its agent (من قبل X) may be named.
_AGENT_GAP = 7
#: How many words a statement noun's topic or title may run before the comma after which
#: its issuer is named (تقرير حول ترتيب البلدان …، تم إنجازه من طرف X).
_TOPIC_GAP = 12


def issuing_verb(ex: Extraction, k: int) -> bool:
    """Whether token ``k`` is a verb of issuing with the pronoun of the statement before
    it: (بيان) أصدره، وجهته، تلاه."""
    base = unpossessed(ex.tokens[k].norm)
    return bool(base) and (base in ex.issuing or (base[-1] == "ت" and base[:-1] in ex.issuing))


def issued_at(ex: Extraction, k: int, limit: int) -> bool:
    """Whether token ``k`` says who issued the noun before it: a verb of issuing with its
    pronoun (حصيلة قدمتها X) or the participle with its preposition (بلاغ صادر عن X)."""
    if k >= limit:
        return False
    if issuing_verb(ex, k):
        return True
    return (
        head_of(ex.tokens[k].norm) in ex.issued
        and k + 1 < limit
        and ex.tokens[k + 1].norm in ex.issuer_prep
    )


def named_statement(ex: Extraction, phrase: Phrase) -> Phrase:
    """The phrase from the statement noun on when a word that stands for the statement
    opens it (class ``latest``: an elative, آخر الأرقام الصادرة عن …، or its text, نص
    البلاغ، لنص البيان; class ``same_before``: ذات البلاغ، نفس البيان, the one named
    before); the phrase itself otherwise."""
    k = phrase.start
    n = ex.tokens[k].norm
    before = ex.lex.words("latest") | ex.lex.words("same_before")
    if (
        (n in before or (n[:1] == "ل" and n[1:] in before))
        and k + 1 < len(ex.tokens)
        and head_of(ex.tokens[k + 1].norm) in ex.statement
    ):
        return replace(
            phrase, start=k + 1, end=max(phrase.end, k + 2), char_start=ex.tokens[k + 1].start
        )
    return phrase


def _issued_or_relative(ex: Extraction, norm: str) -> bool:
    """A word that ends a statement noun's adjectives: the issuing participle (المنبثق
    عن) or a relative pronoun (الذي، التي)."""
    return head_of(norm) in ex.issued or norm in ex.relative


def _issuer_after_l(ex: Extraction, k: int) -> bool:
    """Token ``k``, after a definite statement noun and its adjectives, is a body or a
    person with ل (الصفحة الرسمية لرئاسة الجمهورية), not the statement's topic (المذكرة
    الشهرية للوضع الطاقي)."""
    tok = ex.tokens[k]
    if tok.norm[:1] != "ل" or len(tok.norm) < 3:
        return False
    word = tok.norm[1:] if tok.norm[1:2] == "ل" else "ال" + tok.norm[1:]  # للبنك، لوزارة
    mention = ex.mention_at(tok.start, tok.end)
    heads = ex.lex.words("heads")
    return (
        head_of(word) in heads
        or head_of(tok.norm[1:]) in heads
        or (mention is not None and mention.label in ("ORG", "PER"))
    )


def statement_source(
    ex: Extraction, phrase: Phrase, limit: int, at: int = -1
) -> tuple[Ref, int] | None:
    """The issuer named inside a statement phrase, and the token after it: بيان صادر عن
    X، بيان لـX، بيان X، بيان أصدره X، خارطة نشرتها صحيفة «X»; from token ``at`` when given
    (حصيلة قدمتها X: any noun issued)."""
    tokens = ex.tokens
    k = phrase.start + 1 if at < 0 else at
    definite = tokens[phrase.start].norm.startswith("ال")
    if at < 0:
        adjectives = ex.lex.words("adjective")
        while (
            k + 1 < limit
            and not _issued_or_relative(ex, tokens[k].norm)
            and tokens[k].start not in ex.name_starts  # (تصريح سامي علي: a name, no adjective)
            and (
                (definite and adjective(tokens[k].norm) and tokens[k].norm[:2] == "ال")
                or (
                    not definite
                    and (nisba(tokens[k], tokens[k].norm) or tokens[k].norm in adjectives)
                )
            )
        ):
            k += 1  # تقييم سري لوكالة الاستخبارات، البيان الختامي المنبثق عن: its adjectives
        if (
            not definite
            and k + 2 < limit
            and tokens[k].norm.startswith("ال")
            and tokens[k + 1].norm.startswith("ال")
            and head_of(tokens[k + 1].norm) in ex.issued
        ):
            k += 1  # أرقام المبيعات المقدمة من …: the noun's topic, then its issuing participle
    issued = k < limit and (head_of(tokens[k].norm) in ex.issued or issuing_verb(ex, k))
    if issued:
        k += 1
        while k < limit and (ex.tokens[k].norm in ex.adverb or ex.tokens[k].kind == "number"):
            k += 1  # بلاغ صدر السبت 14 مارس عن الوزارة
    elif at < 0 and definite and not (k > phrase.start + 1 and _issuer_after_l(ex, k)):
        return None  # (ودعا البيان الأطراف إلى، كشف التقرير عن: a definite noun has no genitive)
    later = _issued_later(ex, k, limit) if at < 0 and not issued else -1
    if later > 0:
        k, issued = later, True  # تقرير حول …، الذي أصدرته المجموعة / تم إنجازه من طرف X
    agent = _agent(ex, k, limit)
    if agent > 0:
        k = agent  # تقرير أنجز من طرف البنك، معطيات، نشرت الجمعة، من قبل الوزارة
    elif k < limit and tokens[k].norm in ex.issuer_prep:
        k += 1
    if k >= limit:
        return None
    group = ex.partitive(k, limit, "statement")  # روايات عدد من معارفه
    if group is not None:
        return group, group.tok_end
    inner = ex.after(k, limit, connector=True)
    if inner is None or ex.before_name(inner):
        quoted = ex.quoted_name(
            k if inner is None else inner.end, limit, issued=issued and inner is None
        )
        if quoted is not None:  # نشرتها «X»، نشرتها صحيفة «X»: the medium's name
            return quoted
    return (ex.ref_of(inner, "statement"), inner.end) if inner is not None else None


def _issued_later(ex: Extraction, k: int, limit: int) -> int:
    """Past an indefinite statement noun's topic or title, at the comma that ends it: the
    token that names its issuer after a relative and a verb of issuing (تقرير حول …،
    الذي أصدرته المجموعة) or after a passive and its agent (…، تم إنجازه من طرف البنك);
    ``-1`` if none."""
    tokens = ex.tokens
    for m in range(k, min(limit - 2, k + _TOPIC_GAP)):
        tok = tokens[m]
        if tok.kind == "punct" and tok.text not in MARKS:  # (تقرير «آفاق») its title
            if tok.text not in ("،", ","):
                return -1
            if tokens[m + 1].norm in ex.relative and issuing_verb(ex, m + 2):
                return m + 3
            return _agent(ex, m + 1, limit)
        if tok.norm in ex.comp or tok.norm in ex.cues or tok.norm in ex.lead:
            return -1
    return -1


def _agent(ex: Extraction, k: int, limit: int) -> int:
    """The token after ``من قبل`` / ``من طرف`` (class ``agent``) within a few words from
    token ``k``, past a passive verb or participle, time words and commas; ``-1`` if none."""
    tokens = ex.tokens
    agents = ex.lex.words("agent")
    for m in range(k, min(limit - 2, k + _AGENT_GAP)):
        n = tokens[m].norm
        if n == "من" and tokens[m + 1].norm in agents:
            return m + 2
        if n in ex.comp or n in ex.lead or n in ex.cues or n in ex.issuer_prep:
            return -1
    return -1


def _statement_bases(norm: str) -> tuple[str, str]:
    """A word as a statement noun may be written: without its article or preposition, and
    then without its possessive or accusative ending (بيانها، بيانا -> بيان)."""
    base = head_of(norm)
    return base, unpossessed(base) or (base[:-1] if base.endswith("ا") else base)


def names_statement(ex: Extraction, k: int) -> bool:
    """Whether token ``k`` is a statement noun, however written (بلاغا، البيان، بيانها)."""
    return any(b in ex.statement for b in _statement_bases(ex.tokens[k].norm))


def _names_statement(norm: str, head: str) -> bool:
    """Whether a word is the statement noun ``head`` (بيان) with a preposition, article,
    accusative ending or possessive: في بيان، البيان، بيانا، بيانها."""
    return head in _statement_bases(norm)


def statement_issuer(ex: Extraction, i: int, head: str) -> Ref | None:
    """Who issued the statement a bare ``البيان`` (head noun ``head``) refers back to: the
    most recent of the last quotes whose sentence names such a statement before the content
    (قالت الوزارة في بيان …، بيان صادر عن الوزارة) and of the last subjects named with one
    (أصدرت الوزارة بيانا …), before token ``i``; ``None`` when none is (the statement is
    its own speaker)."""
    tokens = ex.tokens
    best: tuple[int, Ref] | None = None
    for found in reversed(ex.found[-_STATEMENT_LOOKBACK:]):
        if found.ref is not None and found.spans:
            content = found.spans[0][0]
            k = ex.sentence_of(found.first_tok).token_start
            if _names_between(ex, k, found.first_tok + _STATEMENT_WINDOW, head, content):
                best = (found.first_tok, found.ref.same_as or found.ref)
                break
    scan_subjects(ex, i)
    recent = sorted((c for c in ex.candidates if c.tok < i), key=lambda c: -c.tok)
    for cand in recent[:_STATEMENT_LOOKBACK]:
        if best is not None and cand.tok <= best[0]:
            break
        k = ex.sentence_of(cand.tok).token_start
        if _names_between(ex, k, cand.ref.tok_end + _ISSUER_GAP, head, tokens[-1].end):
            best = (cand.tok, cand.ref.same_as or cand.ref)
            break
    return best[1] if best is not None else _issued_before(ex, i, head)


def _issued_before(ex: Extraction, i: int, head: str) -> Ref | None:
    """The issuer of the statement ``head`` named with its issuer in a sentence with no
    quote before token ``i`` (… بحسب بلاغ صادر اليوم عن وزارة الخارجية. … وفق نص
    البلاغ), the latest such; ``None`` when none is."""
    tokens = ex.tokens
    for k in range(i - 1, -1, -1):
        if _names_statement(tokens[k].norm, head) and not tokens[k].norm.startswith("ال"):
            phrase = Phrase(k, k + 1, -1, False, tokens[k].start)
            limit = min(ex.sentence_of(k).token_end, i)
            issuer = statement_source(ex, phrase, limit)
            if issuer is not None:
                return issuer[0]
    return None


def _names_between(ex: Extraction, k: int, stop: int, head: str, before: int) -> bool:
    """Whether tokens ``[k, stop)`` of one sentence, before character ``before``, name the
    statement noun ``head``."""
    tokens = ex.tokens
    stop = min(stop, ex.sentence_of(k).token_end)
    while k < stop and tokens[k].start < before:
        if _names_statement(tokens[k].norm, head):
            return True
        k += 1
    return False


def own_words_object(ex: Extraction, phrase: Phrase) -> bool:
    """A phrase of one noun for what was said with a possessive pronoun on it (class
    ``own_words``, a statement noun: وختم حديثه بالقول، واختتم كلمته بالقول): the cue's
    object, its speaker elided."""
    if phrase.end - phrase.start != 1:
        return False
    segments = ex.tokens[phrase.start].segments
    if len(segments) < 2 or segments[-1].kind != "enclitic":
        return False
    stem = name_key(segments[-2].text)
    entry = ex.cues.get(stem)
    return (
        stem in ex.lex.words("own_words")
        or stem in ex.statement
        or (entry is not None and entry.pos == "noun")
    )


def past_statement_adjunct(ex: Extraction, k: int) -> int:
    """The token after ``في`` + a statement noun at token ``k``, its adjectives and whom it
    was given to (في تصريح إعلامي، في بيان للصحفيين، في البيان الختامي لاجتماعها، في تصريح
    للجوهرة «أف أم»); ``-1`` when no such adjunct is there."""
    tokens = ex.tokens
    m = k + 1
    if tokens[k].norm != "في" or m >= len(tokens) - 1:
        return -1
    n = tokens[m].norm
    if head_of(n) not in ex.statement and unpossessed(n) not in ex.statement:
        return -1  # في بيان، في بيانها
    m += 1
    stop = min(len(tokens) - 1, m + _STATEMENT_ADJUNCT)
    medium = False  # inside the name of whom it was given to
    while m < stop:
        tok = tokens[m]
        n = tok.norm
        if tok.text in MARKS or (
            medium and (tok.kind == "latin" or len(n) <= 2 or ex.mention_at(tok.start, tok.end))
        ):
            m += 1
            continue  # للجوهرة «أف أم»، لإذاعة موزاييك FM
        if n in ex.adverb or (tok.kind == "number" and tokens[m - 1].norm in ex.adverb):
            m += 1
            stop = min(len(tokens) - 1, stop + 1)
            continue  # اليوم الخميس 27 أفريل 2017: time words and a date count for none
        if n == "في" and m + 2 < stop and tokens[m + 2].norm in ex.adverb:
            m += 2
            continue  # في مداخلة له في «بولتيكا» اليوم: where it was given, then when
        if tok.kind != "word" or not (
            nisba(tok, n)
            or (n.startswith("ال") and adjective(n) and n not in ex.cues)
            or n in ex.adverb
            or (n[:1] == "ل" and len(n) > 3)
            or n in ("له", "لها", "لهم", "لهما")  # في مداخلة له
        ):
            break  # في البيان الختامي لاجتماعها اليوم
        medium = medium or (n[:1] == "ل" and len(n) > 3)
        m += 1
    return m
