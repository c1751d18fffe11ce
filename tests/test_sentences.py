import pytest

from arabic_newsnlp import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل الوفد. ثم غادر!", ["وصل الوفد.", "ثم غادر!"]),
        ("هل انتهى؟ لا؛ سيستمر…", ["هل انتهى؟", "لا؛", "سيستمر…"]),
        # numbers, abbreviations and initials do not end a sentence
        ("بلغ النمو 3.5 في المئة و٣٫٥ أمس.", ["بلغ النمو 3.5 في المئة و٣٫٥ أمس."]),
        ("قال د. سامي وم. هدى إن ص. ب. 12 مغلق.", ["قال د. سامي وم. هدى إن ص. ب. 12 مغلق."]),
        ("كتب J. K. Rowling وDr. Smith روايتين.", ["كتب J. K. Rowling وDr. Smith روايتين."]),
        ("زوروا www.example.com. وشكرا", ["زوروا www.example.com.", "وشكرا"]),
        ("راسلوا a.b@example.org. ثم انتظروا", ["راسلوا a.b@example.org.", "ثم انتظروا"]),
        # a closing quotation mark stays with its sentence
        ("قال: «انتهى الأمر.» ثم خرج.", ["قال: «انتهى الأمر.»", "ثم خرج."]),
        ('قال: "انتهى الأمر." ثم خرج.', ['قال: "انتهى الأمر."', "ثم خرج."]),
        ("قال: “لن نتراجع!” وصفق الحضور.", ["قال: “لن نتراجع!”", "وصفق الحضور."]),
        ("ماذا؟! لا أصدق", ["ماذا؟!", "لا أصدق"]),
        # a headline line and a dateline line are sentences of their own
        (
            "الحكومة تعلن خطة جديدة\n\nبيروت: أعلنت الحكومة خطة.",
            ["الحكومة تعلن خطة جديدة", "بيروت: أعلنت الحكومة خطة."],
        ),
        ("", []),
        ("   \n  ", []),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_paragraph_numbers_and_token_ranges() -> None:
    text = "عنوان الخبر\n\nالجملة الأولى. الجملة الثانية.\nفقرة أخرى."
    sentences = split_sentences(text)
    assert [s.paragraph for s in sentences] == [0, 1, 1, 2]
    assert [(s.token_start, s.token_end) for s in sentences] == [(0, 2), (2, 5), (5, 8), (8, 11)]
    for s in sentences:
        assert text[s.start : s.end] == s.text
