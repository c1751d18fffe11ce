"""The spelling keys words and names are compared by.

>>> name_key("الأُمم  المتّحدة")
'الامم المتحده'
"""

from __future__ import annotations

from ..text.normalize import normalize

__all__ = ["name_key"]


def name_key(name: str) -> str:
    """The form names are compared by: diacritics, tatweel and controls removed, alef,
    alef maqsura and teh marbuta unified, runs of spaces made one.

    >>> name_key("كوريا  الجنوبيّة")
    'كوريا الجنوبيه'
    """
    return " ".join(normalize(name, teh_marbuta=True).split())
