"""The shipped gazetteer, nationality and trigger tables and their lookup API."""

from __future__ import annotations

import pytest

from arabic_newsnlp.lexicon.gazetteer import TRIGGER_KINDS, Gazetteer, gazetteer
from arabic_newsnlp.lexicon.keys import name_key
from arabic_newsnlp.lexicon.words import words
from arabic_newsnlp.resources import read_tsv


def test_tables_have_the_agreed_headers() -> None:
    assert list(read_tsv("lexicon/gazetteer.tsv")[0]) == [
        "name",
        "label",
        "kind",
        "canonical",
        "english",
        "code",
        "source",
        "country",
    ]
    assert list(read_tsv("lexicon/nationalities.tsv")[0]) == ["adjective", "code", "country"]
    assert list(read_tsv("lexicon/words.tsv")[0]) == ["word", "class"]


def test_rows_are_well_formed() -> None:
    rows = read_tsv("lexicon/gazetteer.tsv")
    assert len(rows) > 1000
    for row in rows:
        assert row["label"] in {"PER", "ORG", "LOC", "MISC"}, row
        assert row["source"] in {"cldr", "pycountry", "curated"}, row
        assert row["name"] and row["canonical"] and row["english"] and row["code"], row
        assert not any(0x064B <= ord(c) <= 0x0652 for c in row["name"]), row  # no harakat
    assert all(words(kind) for kind in TRIGGER_KINDS)


@pytest.mark.parametrize(
    ("name", "canonical", "code"),
    [
        ("كوريا الديمقراطية", "كوريا الشمالية", "KP"),
        ("كوريا الشمالية", "كوريا الشمالية", "KP"),
        ("أمريكا", "الولايات المتحدة", "US"),
        ("أميركا", "الولايات المتحدة", "US"),
        ("الولايات المتحدة", "الولايات المتحدة", "US"),
        ("الصين", "الصين", "CN"),
        ("سيول", "سيول", "Asia/Seoul"),
        ("بيونغ يانغ", "بيونغ يانغ", "Asia/Pyongyang"),
        ("مجموعة السبع", "مجموعة السبع", "INT:G7"),
        ("الكرملين", "الكرملين", "RU:Kremlin"),
        ("بلينكن", "أنتوني بلينكن", "US:Antony Blinken"),
        # countries as news spells them too: ج for the g, the article, another ending
        ("الجابون", "الغابون", "GA"),
        ("الكونجو", "الكونغو", "CG"),
        ("الموريشيس", "موريشيوس", "MU"),
        ("ليسوثو", "ليسوتو", "LS"),
        ("أوروجواي", "أورغواي", "UY"),
        ("بنزيما", "كريم بنزيمة", "FR:Karim Benzema"),
        ("بيكيه", "جيرارد بيكيه", "ES:Gerard Piqué"),
    ],
)
def test_aliases_share_a_canonical_name(name: str, canonical: str, code: str) -> None:
    entry = gazetteer().lookup(name)[0]
    assert (entry.canonical, entry.code) == (canonical, code)


def test_lookup_ignores_diacritics_and_alef_forms_and_tries_the_article() -> None:
    g = gazetteer()
    assert g.lookup("الصِّين")[0].code == "CN"
    assert g.lookup("اليابان")[0].code == "JP"
    assert g.lookup("كرملين")[0].english == "Kremlin"
    assert g.lookup("لا يوجد اسم كهذا") == ()


def test_every_country_code_has_one_canonical_name() -> None:
    canon: dict[str, set[str]] = {}
    for row in read_tsv("lexicon/gazetteer.tsv"):
        if row["kind"] == "country":
            canon.setdefault(row["code"], set()).add(row["canonical"])
    assert len(canon) > 200
    assert {code for code, names in canon.items() if len(names) > 1} == set()


def test_a_code_names_one_kind_of_thing() -> None:
    # a club and its city, an agency and a place share a name, never a code (the code
    # gives the canonical name and the entity)
    labels: dict[str, set[str]] = {}
    for row in read_tsv("lexicon/gazetteer.tsv"):
        labels.setdefault(row["code"], set()).add(row["label"])
    assert {code for code, found in labels.items() if len(found) > 1} == set()


def test_longest_match_over_token_keys() -> None:
    g = gazetteer()
    keys = [name_key(w) for w in ["اجتمع", "قادة", "مجموعة", "السبع", "في", "الولايات", "المتحدة"]]
    found = [(m.start, m.end, m.label) for m in g.find_all(keys)]
    assert (2, 4, "ORG") in found
    assert (5, 7, "LOC") in found
    assert g.longest_match(keys, 0) is None
    # a later word keyed without what the clitic split cut off it (للشغل -> الشغل)
    match = g.longest_match(["الاتحاد", "العام", "التونسي", "الشغل"])
    assert match is not None and match.end == 4
    assert match.entries[0].name == "الاتحاد العام التونسي للشغل"


def test_nationalities_and_triggers() -> None:
    g = gazetteer()
    for form in ("الأميركي", "الأمريكي", "الأميركية", "الأميركيون"):
        nat = g.nationality(form)
        assert nat is not None and nat.code == "US", form
    nat = g.nationality("الكورية الجنوبية")
    assert nat is not None and nat.country == "كوريا الجنوبية"
    # the nations of Africa, Latin America and eastern Europe that sports news names
    for form, country in (("البوركينية", "بوركينا فاسو"), ("الكونغوليون", "الكونغو")):
        nat = g.nationality(form)
        assert nat is not None and nat.country == country, form
    assert g.trigger("المتحدث باسم") == "title"
    assert g.trigger("وزارة") == "org_head"
    assert g.trigger("محافظة") == "place_head"
    assert g.trigger("قال") is None


def test_a_gazetteer_from_rows() -> None:
    g = Gazetteer(
        [
            {
                "name": "نهر الأمل",
                "label": "LOC",
                "kind": "water",
                "canonical": "نهر الأمل",
                "english": "Hope River",
                "code": "XX:Hope",
                "source": "curated",
            }
        ],
        triggers=[("الرئيس", "title")],
    )
    assert len(g) == 1
    assert g.max_words == 2
    match = g.longest_match(["قرب", "نهر", "الامل"], 1)
    assert match is not None and match.end == 3 and match.entries[0].english == "Hope River"
    assert g.triggers_of(["الرئيس", "زار"]) == [(0, 1, "title")]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("البلاد التونسية", "TN"),  # a country named by its land and nationality
        ("المملكة الهاشمية", "JO"),  # an official name without the nationality
        ("دولة الإمارات العربية المتحدة", "AE"),
        ("الكامرون", "CM"),  # a spelling news uses besides الكاميرون
    ],
)
def test_countries_as_news_writes_them(name: str, code: str) -> None:
    assert gazetteer().lookup(name_key(name))[0].code == code
