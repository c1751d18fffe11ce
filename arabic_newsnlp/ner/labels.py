"""BIO label helpers shared by the entity rules: where a mention starts, ending one, and
labelling a span.

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

from collections.abc import Sequence

__all__ = ["end_mention", "mention_start", "relabel"]


def mention_start(out: Sequence[str], j: int) -> int:
    """Where the mention running at ``j`` begins."""
    while j > 0 and out[j].startswith("I-") and out[j - 1][2:] == out[j][2:]:
        j -= 1
    return j


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
