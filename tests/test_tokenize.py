import pytest

from arabic_newsnlp import tokenize


def pieces(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.kind) for t in tokenize(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال الرئيس", [("قال", "word"), ("الرئيس", "word")]),
        # punctuation and every quotation mark stand alone
        (
            "قال: «نعم»، و“لا” و„ربما“",
            [
                ("قال", "word"),
                (":", "punct"),
                ("«", "punct"),
                ("نعم", "word"),
                ("»", "punct"),
                ("،", "punct"),
                ("و", "word"),
                ("“", "punct"),
                ("لا", "word"),
                ("”", "punct"),
                ("و", "word"),
                ("„", "punct"),
                ("ربما", "word"),
                ("“", "punct"),
            ],
        ),
        (
            "'نعم' \"لا\" ‘ربما’",
            [
                ("'", "punct"),
                ("نعم", "word"),
                ("'", "punct"),
                ('"', "punct"),
                ("لا", "word"),
                ('"', "punct"),
                ("‘", "punct"),
                ("ربما", "word"),
                ("’", "punct"),
            ],
        ),
        (
            "هل وصل؟ نعم؛ وصل",
            [
                ("هل", "word"),
                ("وصل", "word"),
                ("؟", "punct"),
                ("نعم", "word"),
                ("؛", "punct"),
                ("وصل", "word"),
            ],
        ),
        # diacritics and tatweel stay inside the word
        ("قَالَ الـــوزير", [("قَالَ", "word"), ("الـــوزير", "word")]),
        # numbers: ASCII, Arabic-Indic, decimals, thousands, percentages
        (
            "بلغ 3.5% و٣٫٥٪ و1,250,000 و١٢٬٥٠٠",
            [
                ("بلغ", "word"),
                ("3.5%", "number"),
                ("و", "word"),
                ("٣٫٥٪", "number"),
                ("و", "word"),
                ("1,250,000", "number"),
                ("و", "word"),
                ("١٢٬٥٠٠", "number"),
            ],
        ),
        (
            "في 9/11/2023 الساعة 10:30",
            [("في", "word"), ("9/11/2023", "date"), ("الساعة", "word"), ("10:30", "date")],
        ),
        ("يوم ٢٠٢٣-١١-٠٩", [("يوم", "word"), ("٢٠٢٣-١١-٠٩", "date")]),
        (
            "طائرات F-16 من Boeing",
            [("طائرات", "word"), ("F-16", "latin"), ("من", "word"), ("Boeing", "latin")],
        ),
        (
            "انظر https://example.org/a?b=1.",
            [("انظر", "word"), ("https://example.org/a?b=1", "url"), (".", "punct")],
        ),
        (
            "راسلونا على info@example.org اليوم",
            [
                ("راسلونا", "word"),
                ("على", "word"),
                ("info@example.org", "email"),
                ("اليوم", "word"),
            ],
        ),
        ("#غزة @UN_News", [("#غزة", "hashtag"), ("@UN_News", "mention")]),
        (
            "فرحة 🎉👍🏽 كبيرة",
            [("فرحة", "word"), ("🎉", "emoji"), ("👍🏽", "emoji"), ("كبيرة", "word")],
        ),
        ("انتظر...", [("انتظر", "word"), ("...", "punct")]),
        ("Москва ו", [("Москва", "word"), ("ו", "word")]),
    ],
)
def test_tokens(text: str, expected: list[tuple[str, str]]) -> None:
    assert pieces(text) == expected


def test_offsets_and_norm() -> None:
    text = "  أعلنَ  \u200fالوزير  "
    tokens = tokenize(text)
    assert [text[t.start : t.end] for t in tokens] == ["أعلنَ", "الوزير"]
    assert [t.norm for t in tokens] == ["اعلن", "الوزير"]


def test_every_token_has_one_stem_segment_by_default() -> None:
    (token,) = tokenize("والكتاب")
    assert [(s.kind, s.text, s.start, s.end) for s in token.segments] == [("stem", "والكتاب", 0, 7)]


@pytest.mark.parametrize("bad", [b"bytes", None, 3])
def test_non_str_input_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="str"):
        tokenize(bad)  # type: ignore[arg-type]
