"""BIO label helpers shared by the entity rules: where a mention starts, ending one, and
labelling a span, and a name written in letters joined by dots.

>>> out = ["B-PER", "I-PER", "I-PER", "O"]
>>> mention_start(out, 2)
0
>>> end_mention(out, 1)
>>> out
['B-PER', 'O', 'O', 'O']
>>> relabel(out, 1, 3, "ORG")
>>> out
['B-PER', 'B-ORG', 'I-ORG', 'O']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..document import Token

__all__ = [
    "WORDLIKE",
    "begin_names",
    "dotted_names",
    "end_mention",
    "mention_end",
    "mention_start",
    "name_tokens",
    "names_over_punctuation",
    "person_half",
    "relabel",
]

#: What a token inside a name may be: a word, a number, or a hyphen, dot or apostrophe
#: within a name (``لوبيث-غارسيا``); other punctuation ends the name.
WORDLIKE = re.compile(r"[\w\-\u2010\u2011'\u2019.]")

#: What punctuation is (the token kinds a name neither starts nor ends with).
_PUNCT_KINDS = frozenset({"punct", "symbol", "emoji"})
#: Quotation marks that open and that close words inside a name (``جوهرة "أف أم"``).
_OPENERS, _CLOSERS = (
    frozenset({'"', "\u201c", "\u00ab", "\u201e"}),
    frozenset({'"', "\u201d", "\u00bb"}),
)


def name_tokens(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    """First and last token of the name labelled from ``start`` to ``end``: without the
    punctuation at either end, but with the quotation mark that closes one opened inside
    the name (``جوهرة "أف أم"``).

    >>> from arabic_newsnlp.text.tokenize import tokenize
    >>> name_tokens(tokenize('" جوهرة " أف أم " .'), 0, 7)
    (1, 5)
    """
    first, last = start, end - 1
    while first <= last and tokens[first].kind in _PUNCT_KINDS:
        first += 1
    while last >= first and tokens[last].kind in _PUNCT_KINDS:
        last -= 1
    if last + 1 < end and tokens[last + 1].text in _CLOSERS:
        opened = any(token.text in _OPENERS for token in tokens[first + 1 : last + 1])
        return first, last + 1 if opened else last
    return first, last


#: The longest part of a dotted name: the name of a letter (بي، سي، إف).
_LETTER_NAME = 3


def begin_names(out: list[str]) -> None:
    """A name the tagger begins with an ``I-`` label (after ``O`` or another type) begins
    there: the label becomes ``B-``, so that every rule reads where it starts.

    >>> out = ["O", "I-MISC", "I-MISC", "I-ORG"]
    >>> begin_names(out)
    >>> out
    ['O', 'B-MISC', 'I-MISC', 'B-ORG']
    """
    for j, label in enumerate(out):
        if label.startswith("I-") and (j == 0 or out[j - 1][2:] != label[2:]):
            out[j] = "B-" + label[2:]


def mention_start(out: Sequence[str], j: int) -> int:
    """Where the mention running at ``j`` begins."""
    while j > 0 and out[j].startswith("I-") and out[j - 1][2:] == out[j][2:]:
        j -= 1
    return j


def mention_end(out: Sequence[str], j: int) -> int:
    """Where the mention that begins at ``j`` ends (past its last token).

    >>> mention_end(["B-ORG", "I-ORG", "I-LOC", "O"], 0)
    2
    """
    inside, end = "I-" + out[j][2:], j + 1
    while end < len(out) and out[end] == inside:
        end += 1
    return end


def end_mention(out: list[str], j: int) -> None:
    """End the mention running at ``j`` before it: ``j`` and the rest of that mention
    become ``O``."""
    out[j] = "O"
    j += 1
    while j < len(out) and out[j].startswith("I-"):
        out[j] = "O"
        j += 1


def relabel(out: list[str], start: int, end: int, label: str) -> None:
    """Label tokens ``start:end`` as one mention of type ``label``."""
    out[start] = "B-" + label
    for j in range(start + 1, end):
        out[j] = "I-" + label


def dotted_names(tokens: Sequence[Token], out: list[str]) -> None:
    """Letters' names joined by dots with no space (``بي.بي.سي``, ``إف.بي.آي``) are one
    name where the tagger labelled any of them: an organisation where it labelled one part
    so, else its first label. Parts are words of two or three letters (an initial and its
    period before a name are another thing: ``د.عبد الله``). Without tokens, nothing."""
    n = len(tokens) and len(out)
    j = 0
    while j < n:
        end = j + 1
        while (
            end + 1 < n
            and tokens[end].text == "."
            and tokens[end - 1].end == tokens[end].start
            and tokens[end].end == tokens[end + 1].start
            and _letter_name(tokens[end + 1])
        ):
            end += 2
        labels = [tag[2:] for tag in out[j:end:2] if tag != "O"]
        if end > j + 1 and _letter_name(tokens[j]) and labels:
            relabel(out, j, end, "ORG" if "ORG" in labels else labels[0])
            if end < n and out[end].startswith("I-"):
                end_mention(out, end)
        j = end


def _letter_name(token: Token) -> bool:
    return token.kind == "word" and 2 <= len(token.text) <= _LETTER_NAME and token.text.isalpha()


def person_half(out: Sequence[str], j: int) -> bool:
    """Whether the halves of a name around the hyphen at ``j`` that the tagger gave two
    kinds join in the first half's: one half is a person's, the second of one word
    (``ولاية بادن-(فورتمبرغ)``, ``(ستيليوس خاجي)-(أيوانو)``)."""
    one_word = j + 2 == len(out) or out[j + 2][:2] != "I-"
    return one_word and "PER" in (out[j - 1][2:], out[j + 1][2:])


_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def names_over_punctuation(
    keys: Sequence[str], out: list[str], tokens: Sequence[Token] | None = None
) -> None:
    """A name never runs over punctuation (وزارة الصناعة (المقر ..., الوزارة : الوضع), but
    a hyphen written between two halves of a name joins them (لوبيث-غارسيا, ولاية
    بادن-فورتمبرغ: :func:`person_half`; not ``البرازيل - إيطاليا``, with spaces)."""
    n = len(out)
    for j in range(1, n):
        if out[j].startswith("I-") and not WORDLIKE.search(keys[j]):
            end_mention(out, j)
    for j in range(1, n - 1):
        if (
            keys[j] in _HYPHENS
            and out[j] == "O"
            and "O" not in (out[j - 1], out[j + 1])
            and (out[j - 1][2:] == out[j + 1][2:] or person_half(out, j))
            and (tokens is None or tokens[j - 1].end == tokens[j].start == tokens[j + 1].start - 1)
        ):
            out[j] = "I-" + out[j - 1][2:]
            out[j + 1] = "I-" + out[j - 1][2:]
