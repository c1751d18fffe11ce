"""Input honesty: presentation forms are read as Arabic; other scripts get nothing invented."""

from __future__ import annotations

import logging
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arabic_newsnlp
from arabic_newsnlp import Document, normalize
from arabic_newsnlp.resources import _verified, resource_path
from arabic_newsnlp.text.normalize import COMPATIBILITY
from arabic_newsnlp.text.view import MIN_ARABIC_SHARE, arabic_share

TEXT = (
    "قال وزير الخارجية المصري سامح شكري إن «الحل في السودان سياسي». "
    "وأكد أن بلاده تعمل مع الأمم المتحدة والاتحاد الأوروبي في بيروت."
)
RIGHT_JOINING = set("اأإآدذرزوؤةى")
LAM_ALEF = {"ا": "\ufefb", "أ": "\ufef7", "إ": "\ufef9", "آ": "\ufef5"}  # isolated ligatures


def shaped(text: str, *, ligatures: bool) -> str:
    """``text`` in contextual presentation forms, as PDF text extraction gives it."""

    def letter(c: str | None) -> bool:
        return c is not None and "\u0621" <= c <= "\u064a" and c != "\u0640"

    out: list[str] = []
    i = 0
    while i < len(text):
        c = text[i]
        nxt = text[i + 1] if i + 1 < len(text) else None
        prev = text[i - 1] if i else None
        joins_prev = letter(prev) and prev not in RIGHT_JOINING and prev != "ء"
        if ligatures and c == "ل" and nxt in LAM_ALEF:
            out.append(chr(ord(LAM_ALEF[nxt]) + joins_prev))  # the final form follows
            i += 2
            continue
        if not letter(c):
            out.append(c)
            i += 1
            continue
        joins_next = letter(nxt) and c not in RIGHT_JOINING and c != "ء"
        form = ("ISOLATED", "INITIAL", "FINAL", "MEDIAL")[joins_prev * 2 + joins_next]
        name = unicodedata.name(c)
        try:
            out.append(unicodedata.lookup(f"{name} {form} FORM"))
        except KeyError:
            out.append(unicodedata.lookup(f"{name} ISOLATED FORM"))
        i += 1
    return "".join(out)


def check_spans(doc: Document) -> None:
    spans = [*doc.sentences, *doc.tokens, *doc.mentions]
    spans += [a for m in doc.mentions for a in m.attributes]
    spans += [r for e in doc.entities for r in e.roles]
    for q in doc.quotes:
        spans += [*q.content, *(x for x in (q.cue, q.speaker) if x is not None)]
    for span in spans:
        assert doc.text[span.start : span.end] == span.text, span
    for token in doc.tokens:
        assert "".join(s.text for s in token.segments) == token.text
        assert all(s.start < s.end for s in token.segments)
        assert token.norm == normalize(token.text) or token.kind not in ("word",)


def summary(doc: Document) -> list[object]:
    return [
        [(m.label, normalize(m.text)) for m in doc.mentions],
        [(e.label, e.canonical, e.gloss) for e in doc.entities],
        [(q.kind, q.speaker and q.speaker.canonical, normalize(q.text)) for q in doc.quotes],
    ]


def test_normalize_folds_presentation_forms() -> None:
    assert normalize(shaped(TEXT, ligatures=True)) == normalize(TEXT)
    assert normalize("\ufefb") == "لا" and normalize("\ufe8d\ufef7\ufee3\ufee2") == "الامم"
    assert normalize("\U0001ee01") == "ب"  # an Arabic mathematical letter
    assert "\ufeff" not in COMPATIBILITY and "\ufdfa" not in COMPATIBILITY


def test_presentation_forms_give_the_same_analysis() -> None:
    plain = arabic_newsnlp.analyze(TEXT)
    assert len(plain.mentions) >= 5 and len(plain.quotes) == 2
    one_to_one = arabic_newsnlp.analyze(shaped(TEXT, ligatures=False))
    assert one_to_one.text != TEXT and len(one_to_one.text) == len(TEXT)
    check_spans(one_to_one)
    assert [(m.start, m.end, m.label) for m in one_to_one.mentions] == [
        (m.start, m.end, m.label) for m in plain.mentions
    ]
    assert summary(one_to_one) == summary(plain)
    assert [[s.form for s in t.segments] for t in one_to_one.tokens] == [
        [s.form for s in t.segments] for t in plain.tokens
    ]


def test_ligatures_keep_offsets_into_the_input() -> None:
    text = shaped(TEXT, ligatures=True)
    assert len(text) < len(TEXT)
    doc = arabic_newsnlp.analyze(text)
    check_spans(doc)
    assert summary(doc) == summary(arabic_newsnlp.analyze(TEXT))
    (un,) = [m for m in doc.mentions if normalize(m.text) == "الامم المتحدة"]
    assert un.label == "ORG" and "\ufef7" in un.text
    # "ال" + "أمم" is cut inside the ligature: the cut moves to the ligature's start.
    (token,) = [t for t in doc.tokens if t.text == "\ufe8d\ufef7\ufee3\ufee2"]
    assert [(s.text, s.form) for s in token.segments] == [
        ("\ufe8d", "ال"),
        ("\ufef7\ufee3\ufee2", "أمم"),
    ]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *"\ufe8d\ufef7\ufefb\ufefc\ufedf\ufee0\ufe91\ufe92\ufe8e\ufe70\ufe71\ufe7c\ufdf2\ufdfa",
                *"\ufb50\ufc5e\U0001ee01\ufeff",
                *"ال وبأ «»:.\n",
                "قال",
                "بيروت",
            ]
        ),
        max_size=60,
    ).map("".join)
)
def test_any_compatibility_text_keeps_every_span_valid(text: str) -> None:
    doc = arabic_newsnlp.analyze(text)
    check_spans(doc)
    last = 0
    for token in doc.tokens:
        assert last <= token.start < token.end
        last = token.end
    assert Document.from_json(doc.to_json()) == doc


def test_arabic_share() -> None:
    assert arabic_share(TEXT) == 1.0
    assert arabic_share("We will act.") == 0.0
    assert arabic_share(shaped(TEXT, ligatures=True)) == 1.0
    assert arabic_share("قال CNN") == 3 / 6
    assert MIN_ARABIC_SHARE == 0.5


@pytest.mark.parametrize(
    "text",
    [
        "We will act quickly, the minister said in London on Monday.",
        "Министр заявил: «Мы будем действовать». Об этом сообщил Иван Петров в Москве.",
        "Le ministre a déclaré : « Nous agirons », a dit Jean Dupont à Paris.",
    ],
)
def test_text_mostly_not_arabic_gets_no_entities_or_quotes(
    text: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="arabic_newsnlp"):
        doc = arabic_newsnlp.analyze(text, meta={"id": "x7"})
    assert doc.tokens and doc.sentences
    assert (doc.mentions, doc.entities, doc.quotes) == ((), (), ())
    dropped = [r for r in caplog.records if "mostly not Arabic" in r.getMessage()]
    assert all(r.name.startswith("arabic_newsnlp") and "'x7'" in r.getMessage() for r in dropped)


def test_what_is_dropped_is_logged(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Министр заявил: «Мы будем действовать», сказал Иван Петров."
    with caplog.at_level(logging.WARNING, logger="arabic_newsnlp"):
        assert arabic_newsnlp.analyze(text).quotes == ()
    assert any("quote(s) dropped" in r.getMessage() for r in caplog.records)
    # Without the check, the steps do find a quote in it.
    monkeypatch.setattr("arabic_newsnlp.text.view.MIN_ARABIC_SHARE", 0.0)
    assert arabic_newsnlp.analyze(text).quotes


def test_arabic_news_with_latin_names_is_kept(caplog: pytest.LogCaptureFixture) -> None:
    text = "وقال الرئيس الأمريكي جو بايدن لشبكة CNN إن «الاتفاق قريب» في واشنطن."
    with caplog.at_level(logging.WARNING, logger="arabic_newsnlp"):
        doc = arabic_newsnlp.analyze(text)
    assert doc.mentions and doc.quotes
    assert not caplog.records


def test_resources_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    name = "document.schema.json"
    _verified.pop(name, None)
    with caplog.at_level(logging.DEBUG, logger="arabic_newsnlp"):
        resource_path(name)
    (record,) = [r for r in caplog.records if name in r.getMessage()]
    assert record.name == "arabic_newsnlp.resources" and "sha256" in record.getMessage()
