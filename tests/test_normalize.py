import pytest

from arabic_newsnlp import normalize, strip_diacritics, strip_tatweel


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أَعْلَنَ", "اعلن"),
        ("إسرائيل", "اسرائيل"),
        ("آسيا", "اسيا"),
        ("ٱلله", "الله"),
        ("مصطفى", "مصطفي"),
        ("الـــوزير", "الوزير"),
        ("ڨفصة", "قفصة"),  # the Maghrebi gaf of Tunisian news: ق as spoken
        ("مُحَمَّدٌ", "محمد"),
        ("\u200fبيروت\u200e", "بيروت"),
        ("٢٠٢٣", "2023"),
        ("۱۴۰۲", "1402"),
        ("٣٫٥٪", "3.5%"),
        ("مدرسة", "مدرسة"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_teh_marbuta_is_optional() -> None:
    assert normalize("مدينة", teh_marbuta=True) == "مدينه"


def test_strip_functions_touch_only_their_marks() -> None:
    assert strip_diacritics("قَالَ أَحْمَدُ") == "قال أحمد"
    assert strip_tatweel("قـــال") == "قال"
    assert strip_tatweel("أَحْمَد") == "أَحْمَد"
