"""Speakers of shapes seen in fresh real news (round nine): each case fails without its rule."""

from __future__ import annotations

import pytest

from arabic_newsnlp import Pipeline

_FULL = Pipeline()

SPEAKER_SHAPES: list[tuple[str, list[tuple[str, str]]]] = [
    (  # a partitive group after the verb of a source phrase is the source
        "وأغلق المحتجون الطريق صباح اليوم، حسب ما أكده عدد من السكان للإذاعة.",
        [("عدد من السكان", "وأغلق المحتجون الطريق صباح اليوم")],
    ),
    (
        "ويطالب السكان بتعبيد الطرقات، وفق ما ذكره عدد من المشاركين.",
        [("عدد من المشاركين", "ويطالب السكان بتعبيد الطرقات")],
    ),
    (  # a definite place noun written with ب after an anonymous source is its place
        "وتم حجز البضاعة، وفق ما أفادت به مصادر أمنية بالجهة. وقال شهود بالمنطقة إن المهربين فروا.",
        [
            ("مصادر أمنية بالجهة", "وتم حجز البضاعة"),
            ("شهود بالمنطقة", "المهربين فروا"),
        ],
    ),
    (  # و written apart joins two relational adjectives as when written on the word
        "وذكرت الصحف المحلية المغربية و الجزائرية أن المباراة ستقام.",
        [("الصحف المحلية المغربية و الجزائرية", "المباراة ستقام")],
    ),
    (  # a minister's title lists its portfolios with و, written on the word or apart
        "وقال وزير النقل والتجهيز إن الطريق سيفتح. "
        "وأكدت وزيرة الثقافة و السياحة أن المهرجان سيقام.",
        [
            ("وزير النقل والتجهيز", "الطريق سيفتح"),
            ("وزيرة الثقافة و السياحة", "المهرجان سيقام"),
        ],
    ),
    (  # a mention with ل written on it after a comma is whom the words were given to,
        # no subject for a later elided cue
        "وقال سامي الحداد، لوكالة الأنباء الرسمية، إن الاجتماع سينعقد. وأضاف أن الرئيس سيحضر.",
        [("سامي الحداد", "الاجتماع سينعقد"), ("سامي الحداد", "الرئيس سيحضر")],
    ),
    (  # a kind word with the definite words of its field before a name in marks
        'وتوقعت وكالة التصنيف الدولية "ستار ريتنغ" أن يتواصل النمو.',
        [("ستار ريتنغ", "يتواصل النمو")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_SHAPES)
def test_speakers_of_fresh_news(text: str, expected: list[tuple[str, str]]) -> None:
    quotes = _FULL(text).quotes
    got = [(q.speaker.text if q.speaker else "", q.text) for q in quotes]
    assert got == expected, [(q.method, q.speaker) for q in quotes]
