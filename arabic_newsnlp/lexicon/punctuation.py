"""Punctuation the steps read, each set written once.

>>> "؟" in TERMINALS, "،" in COMMAS, "—" in DASHES
(True, True, True)
"""

from __future__ import annotations

__all__ = ["COMMAS", "DASHES", "TERMINALS"]

#: Marks that end a sentence (with the closing marks that follow them).
TERMINALS = frozenset([".", "!", "?", "؟", "؛", "…", "！", "？", "。"])
#: The Arabic and the Latin comma.
COMMAS = frozenset(["،", ","])
#: Hyphen, en dash and em dash, which set off a clause as a comma does.
DASHES = frozenset(["-", "–", "—"])
