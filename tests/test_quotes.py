"""Quote extraction and attribution: patterns, speakers, robustness, the step contract."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arabic_newsnlp
from arabic_newsnlp import Document, Entity, Mention, Pipeline, normalize
from arabic_newsnlp.lexicon.keys import head_of
from arabic_newsnlp.lexicon.speech import lexicon
from arabic_newsnlp.quotes import QuoteStep, find_quotes
from arabic_newsnlp.quotes.attribute import canonical_name, phrase_after
from arabic_newsnlp.quotes.marks import MARKS, pair_marks
from arabic_newsnlp.text.sentences import sentences_from_tokens
from arabic_newsnlp.text.tokenize import tokenize

_TOKENIZE = Pipeline(steps=("tokenize",))


def quotes_of(text: str) -> tuple:
    return find_quotes(_TOKENIZE(text))


def check_spans(doc_text: str, quotes: tuple) -> None:
    for q in quotes:
        assert q.content, q
        for span in q.content:
            assert doc_text[span.start : span.end] == span.text
            assert span.text == span.text.strip() and span.text
        for part in (q.cue, q.speaker):
            if part is not None:
                assert doc_text[part.start : part.end] == part.text
        assert 0.0 <= q.confidence <= 1.0
        assert q.kind in ("direct", "indirect", "mixed")
        assert "/" in q.method


# (case, text, [(kind, a piece of the content, speaker canonical), ...])
CASES = [
    (
        "direct after colon",
        "وقال وزير المالية خالد العمري: «الموازنة تحمي الفقراء».",
        [("direct", "الموازنة تحمي الفقراء", "خالد العمري")],
    ),
    (
        "direct without colon, elided",
        "قالت المهندسة سلمى الراشد إن العمل تأخر. وأضافت «سننهي قريبا».",
        [("indirect", "العمل تأخر", "سلمى الراشد"), ("direct", "سننهي قريبا", "سلمى الراشد")],
    ),
    (
        "indirect inna",
        "وقال رئيس البلدية عمر الفاخوري الثلاثاء إن الصيانة ستشمل الأحياء.",
        [("indirect", "الصيانة ستشمل الأحياء", "عمر الفاخوري")],
    ),
    (
        "ashara ila anna",
        "وأشار الخبير نبيل حداد إلى أن الأسعار سترتفع.",
        [("indirect", "الأسعار سترتفع", "نبيل حداد")],
    ),
    (
        "hadhdhara min anna, anonymous",
        "وحذر مصدر أمني من أن الطريق غير آمن.",
        [("indirect", "الطريق غير آمن", "مصدر أمني")],
    ),
    (
        "mixed",
        "وقال المدرب يوسف بلحاج إن فريقه قدم «أسوأ مباراة» هذا الموسم.",
        [("mixed", "فريقه قدم «أسوأ مباراة» هذا الموسم", "يوسف بلحاج")],
    ),
    (
        "a name in marks after a kind word (class naming) is no quoted fragment",
        'وأفادت الوزارة بأن المريض تناول مخدر "الحشيش" قبل الحادث.',
        [("indirect", 'المريض تناول مخدر "الحشيش" قبل الحادث', "الوزارة")],
    ),
    (
        "a short name in marks after a place's kind word is no quoted fragment",
        'وأفادت الوزارة بأن الدورية أوقفت سيارة مشبوهة في منطقة "العين" ليلا.',
        [("indirect", 'الدورية أوقفت سيارة مشبوهة في منطقة "العين" ليلا', "الوزارة")],
    ),
    (
        "a word or two in marks after the subject, then a comma and the verb's preposition",
        'ودعت النقابة "المراسلين الجدد"، إلى احترام أخلاقيات المهنة في عملهم.',
        [("indirect", "احترام أخلاقيات المهنة في عملهم", "النقابة")],
    ),
    (
        "a source phrase first, then فإن and a clause wholly in marks",
        'واستنادا إلى مصدر في البلدية فإن "الأشغال ستنتهي قبل الصيف".',
        [("direct", "الأشغال ستنتهي قبل الصيف", "مصدر في البلدية")],
    ),
    (
        "a clause wholly in marks before على حد قوله",
        'وأوضح مصدر قضائي أنه "تم الإفراج عن عاملين" على حد قوله.',
        [("direct", "تم الإفراج عن عاملين", "مصدر قضائي")],
    ),
    (
        "more than a name in marks after ل is a quoted fragment",
        "وقال النائب إن الحزب يسعى لـ«كشف كل الحقائق أمام الرأي العام» قبل الانتخابات.",
        [("mixed", "الحزب يسعى لـ«كشف كل الحقائق أمام الرأي العام» قبل الانتخابات", "النائب")],
    ),
    (
        "quote first",
        "«لن نسمح بذلك»، قال قائد الشرطة فارس الزين للصحفيين.",
        [("direct", "لن نسمح بذلك", "فارس الزين")],
    ),
    (
        "split around the attribution",
        "«المفاوضات صعبة»، قال الوسيط جاسم المري، «لكنها مستمرة».",
        [("direct", "المفاوضات صعبة لكنها مستمرة", "جاسم المري")],
    ),
    (
        "participle",
        "وقال المحافظ طارق نصار إن التضخم تراجع، مضيفا أن الفائدة ستبقى.",
        [("indirect", "التضخم تراجع", "طارق نصار"), ("indirect", "الفائدة ستبقى", "طارق نصار")],
    ),
    (
        "source first",
        "وبحسب بيان صادر عن الدفاع المدني، فإن الحريق أتى على الغابة.",
        [("indirect", "الحريق أتى على الغابة", "الدفاع المدني")],
    ),
    (
        "source last",
        "وارتفع عدد المصابين إلى 40، وفقا لوزارة الصحة.",
        [("indirect", "وارتفع عدد المصابين إلى 40", "وزارة الصحة")],
    ),
    (
        "ala hadd qawlihi",
        "وقال المزارع إبراهيم الحسن إن محصوله تلف. «خسرنا كل شيء»، على حد قوله.",
        [("indirect", "محصوله تلف", "إبراهيم الحسن"), ("direct", "خسرنا كل شيء", "إبراهيم الحسن")],
    ),
    (
        "svo headline",
        "وزير الداخلية يؤكد أن الانتخابات ستجري في موعدها",
        [("indirect", "الانتخابات ستجري في موعدها", "وزير الداخلية")],
    ),
    (
        "metonymic places",
        "وقالت أنقرة إن قواتها باقية، فيما أكدت دمشق أنها ستدافع عن أرضها.",
        [("indirect", "قواتها باقية", "أنقرة"), ("indirect", "ستدافع عن أرضها", "دمشق")],
    ),
    (
        "institution",
        "وقالت الوزارة في بيان إن التحقيق جار.",
        [("indirect", "التحقيق جار", "الوزارة")],
    ),
    (
        "agreement picks the feminine antecedent",
        "وقالت العالمة هدى بنيس إن المختبر طور لقاحا. وقال زميلها إن التجارب طويلة. "
        "وتابعت أن النتائج قريبة.",
        [
            ("indirect", "المختبر طور لقاحا", "هدى بنيس"),
            ("indirect", "التجارب طويلة", "زميلها"),
            ("indirect", "النتائج قريبة", "هدى بنيس"),
        ],
    ),
    (
        "canonical from a later fuller mention",
        "سليم: سنخفض البطالة\nوقال رئيس الوزراء عماد سليم إن الحكومة ستخلق الوظائف.",
        [
            ("direct", "سنخفض البطالة", "عماد سليم"),
            ("indirect", "الحكومة ستخلق الوظائف", "عماد سليم"),
        ],
    ),
    (
        "headline colon",
        "وزير الزراعة: «الموسم هو الأفضل»\nقال وزير الزراعة حامد النور إن الإنتاج تضاعف.",
        [("direct", "الموسم هو الأفضل", "حامد النور"), ("indirect", "الإنتاج تضاعف", "حامد النور")],
    ),
    (
        "via an agency",
        "ونقلت الوكالة عن الوزير رامي عودة قوله إن الزيارة ستتم.",
        [("indirect", "الزيارة ستتم", "رامي عودة")],
    ),
    (
        "nested quotes stay inside",
        "وقال الشاهد مراد قاسم: «سمعته يصرخ “ابتعدوا” ثم دوى الانفجار».",
        [("direct", "سمعته يصرخ “ابتعدوا” ثم دوى الانفجار", "مراد قاسم")],
    ),
    (
        "multi-paragraph quote",
        "وقال المتحدث أحمد صبري:\n«الوضع يتدهور.\n«ونحتاج إلى ممرات آمنة».",
        [("direct", "الوضع يتدهور. ونحتاج إلى ممرات آمنة", "أحمد صبري")],
    ),
    (
        "reversed marks",
        "وقال الطبيب سامي عاشور: »المستشفى يعمل بنصف طاقته«.",
        [("direct", "المستشفى يعمل بنصف طاقته", "سامي عاشور")],
    ),
    (
        "unclosed at paragraph end",
        "وقال صالح الجبوري: «المياه لم تصل\nوتعاني القرية من العطش.",
        [("direct", "المياه لم تصل", "صالح الجبوري")],
    ),
    (
        "qaila",
        "وعلق الوزير هشام بدر على الفوز قائلا: «هذا إنجاز للجميع».",
        [("direct", "هذا إنجاز للجميع", "هشام بدر")],
    ),
    (
        "a product's name with a number in marks is no quoted fragment",
        'وأعلنت الشركة أن هاتف "نجمة 5" سيباع في الربيع.',
        [("indirect", 'هاتف "نجمة 5" سيباع في الربيع', "الشركة")],
    ),
    (
        "dateline is not a headline quote",
        "الرباط: أعلنت السلطات المغربية الخميس أن الطريق سيفتح.",
        [("indirect", "الطريق سيفتح", "السلطات المغربية")],
    ),
]

# (case, text, the speaker's canonical name for each quote in order): speaker resolution.
SPEAKER_CASES = [
    # 1. A title phrase followed by a personal name: the person speaks.
    (
        "title then name, quote first",
        "«سنعيد فرز الأصوات»، قال رئيس الهيئة الوطنية للانتخابات رياض الكعبي.",
        ["رياض الكعبي"],
    ),
    (
        "title with a nisba adjective",
        "وقال المتحدث الرسمي باسم الخارجية العمانية حمد الريامي إن السفير عاد.",
        ["حمد الريامي"],
    ),
    (
        "title with a genitive after li",
        "وقال رئيس الاتحاد العربي لكرة اليد منصور الخالدي إن القرعة ستجرى غدا.",
        ["منصور الخالدي"],
    ),
    (
        "title with li + definite, feminine",
        "«لن نتراجع»، قالت رئيسة الهيئة المستقلة لحقوق الطفل نوال بن صالح.",
        ["نوال بن صالح"],
    ),
    (
        "organisation inside the title",
        "وقالت المتحدثة باسم وزارة البيئة سلمى حداد إن التلوث تراجع.",
        ["سلمى حداد"],
    ),
    # 2. Whole names: compound given names, three parts, hyphens.
    (
        "compound given name after a title",
        "وقال الرئيس عبد الرؤوف ميهوبي إن الانتخابات ستجري في موعدها.",
        ["عبد الرؤوف ميهوبي"],
    ),
    (
        "compound given name, surname re-mentioned",
        "وأكد عبد السلام الورفلي أن الاتفاق صامد. وأضاف الورفلي أن الحدود آمنة.",
        ["عبد السلام الورفلي", "عبد السلام الورفلي"],
    ),
    (
        "compound with a definite second part",
        "وقالت الطبيبة نور الهدى بلقاسم إن العدوى تنحسر.",
        ["نور الهدى بلقاسم"],
    ),
    ("name after bin", "وقال الوزير حمد بن علي إن العقد وقع.", ["حمد بن علي"]),
    (
        "hyphenated surname",
        "وقالت المفوضة آنا ريبيرو-سانتوس إن التمويل سيصل. وأضافت ريبيرو-سانتوس أن الخطة جاهزة.",
        ["آنا ريبيرو-سانتوس", "آنا ريبيرو-سانتوس"],
    ),
    (
        "short given name with waw after a title",
        "وقال مدير الميناء وائل سمعان إن السفن تنتظر.",
        ["وائل سمعان"],
    ),
    # 3. Anonymous and generic sources keep their modifiers.
    (
        "anonymous with a relative clause",
        "وقال مسؤول بريطاني طلب عدم الكشف عن هويته إن لندن ستفرض عقوبات.",
        ["مسؤول بريطاني"],
    ),
    ("anonymous with two adjectives", "وأكد مسؤول مصري رفيع أن المعبر سيفتح.", ["مسؤول مصري رفيع"]),
    (
        "anonymous, preferred not to be named",
        "وقال دبلوماسي غربي فضل عدم ذكر اسمه إن المفاوضات متعثرة.",
        ["دبلوماسي غربي"],
    ),
    ("source in an institution", "وقال مصدر في الرئاسة إن الزيارة أجلت.", ["مصدر في الرئاسة"]),
    (
        "official in a named ministry",
        "وقال مسؤول في وزارة الصحة الأردنية إن اللقاحات وصلت.",
        ["مسؤول في وزارة الصحة الأردنية"],
    ),
    ("residents in a town", "وقال سكان في بلدة القصير إن الخبز نفد.", ["سكان في بلدة القصير"]),
    (
        "women activists in a field",
        "وقالت ناشطات في مجال حقوق العمال إن الأجور متدنية.",
        ["ناشطات في مجال حقوق العمال"],
    ),
    (
        "representatives of a union",
        "وقال ممثلو النقابة الوطنية للمعلمين إن الاعتقالات تعسفية.",
        ["ممثلو النقابة الوطنية للمعلمين"],
    ),
    (
        "the adjunct after في is not the place",
        "وقال مسؤول أمريكي في مؤتمر صحفي إن الصفقة ألغيت.",
        ["مسؤول أمريكي"],
    ),
    # 4. Elided speakers agree in gender and number.
    (
        "masculine skips a later feminine speaker",
        "وقال المحامي فادي سعد إن الحكم جائر. وقالت لمى حداد إن الطعن ممكن. وأضاف أن الجلسة أجلت.",
        ["فادي سعد", "لمى حداد", "فادي سعد"],
    ),
    (
        "feminine skips a later masculine speaker",
        "وقالت الوزيرة دعاء نصر إن الخطة جاهزة. وقال جاد سليم إن التمويل ناقص. "
        "وتابعت: «سنبدأ غدا».",
        ["دعاء نصر", "جاد سليم", "دعاء نصر"],
    ),
    (
        "plural verb goes to the plural source",
        "وقال سكان في المخيم إن المياه مقطوعة. وأكد المدير سعيد عمر أن الصيانة جارية. "
        "وأضافوا أن الأطفال مرضى.",
        ["سكان في المخيم", "سعيد عمر", "سكان في المخيم"],
    ),
    (
        "a participle's sound plural is a plural source too",
        "وقال المعتصمون إن المياه غمرت منازلهم. وأكد المدير سعيد عمر أن المساعدات في الطريق. "
        "وأضافوا أن السلطات تأخرت.",
        ["المعتصمون", "سعيد عمر", "المعتصمون"],
    ),
    (
        "feminine plural verb",
        "وقالت ناشطات في مجال البيئة إن النهر ملوث. وقال الوزير كريم زيد إن الفحوص جارية. "
        "وأضفن أن الأسماك نفقت.",
        ["ناشطات في مجال البيئة", "كريم زيد", "ناشطات في مجال البيئة"],
    ),
    (
        "min janibihi names a new speaker, min janibiha takes the antecedent",
        "وقالت النائبة ريم عواد إن القانون ظالم. من جانبه، قال الوزير سامي عطية إن القانون عادل. "
        "ومن جانبها، أكدت أن المعركة مستمرة.",
        ["ريم عواد", "سامي عطية", "ريم عواد"],
    ),
    # 5. A place or institution as the subject of a preceding clause.
    (
        "amma X fa, then an elided cue",
        "أما بغداد فقد طالبت بسحب القوات، وقالت إن وجودها غير شرعي.",
        ["بغداد"],
    ),
    ("amma X fa + cue", "أما النقابة فأكدت أن الإضراب مستمر.", ["النقابة"]),
    (
        "amma X fa, then a participle",
        "أما الحكومة فرفضت المطالب، مؤكدة أن الموازنة لا تسمح بذلك.",
        ["الحكومة"],
    ),
    ("SVO clause, then an elided cue", "وطهران نفت الاتهامات، وأكدت أن برنامجها سلمي.", ["طهران"]),
    # 6. A new explicit subject wins over the antecedent.
    (
        "second female speaker named at the cue",
        "وقالت المعلمة هدى زين إن الصفوف باردة. "
        "وقالت المتحدثة باسم البلدية رنا خليل إن المدافئ وصلت.",
        ["هدى زين", "رنا خليل"],
    ),
    (
        "a title whose genitive is a medium (not an addressee)",
        "وقال وزير الإعلام خالد سعيد إن البث سيستأنف. وأكد مدير الإذاعة أن البرامج جاهزة.",
        ["خالد سعيد", "مدير الإذاعة"],
    ),
    (
        "a counted group of people",
        "وأكد 14 مراقبا دوليا أنهم تابعوا الاقتراع.",
        ["14 مراقبا دوليا"],
    ),
    (
        "a plural adjective needs a plural noun (the object is no part of the speaker)",
        "وحذرت الوزارة المواطنين من موجة حر شديدة. وقال الخبراء الاقتصاديون إن النمو ضعيف.",
        ["الوزارة", "الخبراء الاقتصاديون"],
    ),
    (
        "two groups of people, coordinated",
        "وقال سكان ومسعفون إن الجسر انهار.",
        ["سكان ومسعفون"],
    ),
    (
        "title phrase with an adjective of place",
        "وقال رئيس شؤون المسجد الحرام في حديث إذاعي إن الموسم ناجح.",
        ["رئيس شؤون المسجد الحرام"],
    ),
    (
        "second female speaker, quote first",
        "وقالت الطالبة مريم سعد إن الامتحان صعب. «راعينا الظروف»، قالت مديرة المدرسة عفاف ناصر.",
        ["مريم سعد", "عفاف ناصر"],
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "expected"), SPEAKER_CASES, ids=[c[0] for c in SPEAKER_CASES]
)
def test_speakers(case: str, text: str, expected: list[str]) -> None:
    quotes = quotes_of(text)
    check_spans(text, quotes)
    got = [normalize(q.speaker.canonical) if q.speaker else None for q in quotes]
    assert got == [normalize(e) for e in expected], [
        (q.text, q.speaker and q.speaker.text, q.method) for q in quotes
    ]
    for q in quotes:
        assert q.speaker is not None
        # a speaker is a noun phrase: never a cue or a clause
        assert not any(w in lexicon().cues for w in normalize(q.speaker.text).split()), q


def test_person_mentions_are_reconciled_with_the_name_part() -> None:
    """A mention that takes a title word or stops short yields the grammar's whole name."""
    text = (
        "وقال وزير الري عبد العزيز المنصوري إن السد جاهز. "
        "وقالت المنسقة ماريا لوبيث-غارسيا إن المساعدات وصلت."
    )
    bad = text.index("الري عبد")
    short = text.index("ماريا")
    mentions = (
        Mention(
            "الري عبد العزيز المنصوري", bad, bad + len("الري عبد العزيز المنصوري"), "PER", 0.9, None
        ),
        Mention("ماريا لوبيث", short, short + len("ماريا لوبيث"), "PER", 0.9, None),
    )

    class FakeMentions:
        name = "fake-ner"
        requires: tuple[str, ...] = ("tokens",)
        provides: tuple[str, ...] = ("mentions",)

        def __call__(self, doc: Document) -> Document:
            return replace(doc, mentions=mentions)

    doc = Pipeline(steps=["tokenize", FakeMentions(), QuoteStep()])(text)
    assert [(q.speaker.text, q.speaker.canonical) for q in doc.quotes if q.speaker] == [
        ("عبد العزيز المنصوري", "عبد العزيز المنصوري"),
        ("ماريا لوبيث-غارسيا", "ماريا لوبيث-غارسيا"),
    ]
    check_spans(text, doc.quotes)


NEGATIVE = [
    "والتقى الوزير نظيره في طوكيو. وزار الرئيس المصنع الجديد.",
    "وشارك الممثل في مسلسل «أيام الحصاد» الذي عرضته قناة «الشروق».",
    "ليس مؤكدا أن الاجتماع سيعقد غدا.",
    "ومر الموكب عبر الشارع الرئيسي نحو الساحة.",
    "كتب فريق التحرير 3 دقائق للقراءة",
    "",
    "«»",
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_patterns(case: str, text: str, expected: list) -> None:
    quotes = quotes_of(text)
    check_spans(text, quotes)
    got = [
        (q.kind, normalize(q.text), q.speaker and normalize(q.speaker.canonical)) for q in quotes
    ]
    assert len(got) == len(expected), got
    for (kind, content, speaker), (gkind, gcontent, gspeaker) in zip(got, expected, strict=True):
        assert kind == gkind, got
        assert normalize(gcontent).replace("«", "").replace("»", "") in content.replace(
            "«", ""
        ).replace("»", ""), got
        if gspeaker is not None:
            assert speaker == normalize(gspeaker), got


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_quotes(text: str) -> None:
    assert quotes_of(text) == ()


_FULL = Pipeline()


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("وأكد الوزير على ضرورة التعاون بين البلدين.", "الوزير", "ضرورة التعاون بين البلدين"),
        ("وحذرت وزارة الصحة من موجة حر شديدة.", "وزارة الصحة", "موجة حر شديدة"),
        ("ودعا الرئيس كريم سالم الأطراف إلى التهدئة.", "كريم سالم", "الأطراف إلى التهدئة"),
        ("وأدانت الحكومة الهجوم على القافلة.", "الحكومة", "الهجوم على القافلة"),
        (
            "ولاحظ المدير الجهوي الارتفاع الكبير في عدد الزوار.",
            "المدير الجهوي",
            "الارتفاع الكبير في عدد الزوار",
        ),
        ("وثمن الوزير الجهود المبذولة في الإنقاذ.", "الوزير", "الجهود المبذولة في الإنقاذ"),
        ("وعبر المدرب عن ارتياحه للنتيجة.", "المدرب", "ارتياحه للنتيجة"),
    ],
)
def test_content_as_the_verbs_object(text: str, speaker: str, content: str) -> None:
    """Reported content given as the object of the speech verb (issue: حذر من، عبر عن)."""
    (q,) = _FULL(text).quotes
    assert q.kind == "indirect" and q.method.startswith("object/")
    assert q.speaker is not None and q.speaker.text == speaker
    assert q.text == content
    assert q.confidence < 0.8  # a weaker frame than أن / quotation marks


def test_participle_without_a_comma_and_after_running_content() -> None:
    text = (
        "وقال المدرب سامي نور إن الفريق جاهز، مؤكدا جاهزية اللاعبين. وأوضح أن المباراة "
        "صعبة مشيرا إلى أن الخصم قوي."
    )
    quotes = _FULL(text).quotes
    assert [(q.kind, q.text) for q in quotes] == [
        ("indirect", "الفريق جاهز"),
        ("indirect", "جاهزية اللاعبين"),
        ("indirect", "المباراة صعبة"),
        ("indirect", "الخصم قوي"),
    ]
    assert {q.speaker.canonical for q in quotes if q.speaker} == {"سامي نور"}


def test_same_source_and_partitive_and_title_before_an_adjunct() -> None:
    text = (
        "قال النائب عن حزب الأمل أحمد سالم إن الميزانية عادلة. "
        "وأضاف المصدر ذاته أن التصويت سيكون غدا. "
        "وأكد عدد من النواب أنهم سيصوتون ضدها."
    )
    first, second, third = _FULL(text).quotes
    assert first.speaker is not None and first.speaker.text == "أحمد سالم"
    assert second.speaker is not None and second.speaker.canonical == "أحمد سالم"
    assert second.method.endswith("/antecedent")
    assert third.speaker is not None and third.speaker.text == "عدد من النواب"


def test_a_place_after_a_name_is_not_part_of_the_speaker() -> None:
    (q,) = _FULL("ودعا بلينكن الصين إلى التدخل فورا.").quotes
    assert q.speaker is not None and q.speaker.text == "بلينكن"


def test_a_title_its_seat_then_the_name() -> None:
    # with the entity step: the seat is a place mention, the name a person (علي, not على)
    doc = arabic_newsnlp.analyze("وأكد المدير الجهوي للصحة بمدنين علي الحشاني أن الوضع عادي.")
    assert [q.speaker.text for q in doc.quotes if q.speaker] == ["علي الحشاني"]


def test_a_medium_named_in_marks_is_the_speaker() -> None:
    text = 'وذكرت صحيفة "النهار الجديد" أن البرلمان صادق على القانون. وأوضحت أن التصويت جرى ليلا.'
    doc = arabic_newsnlp.analyze(text)
    assert [q.speaker.text for q in doc.quotes if q.speaker] == ["النهار الجديد"] * 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the name after a title that holds an organisation's name
        ("وقال رئيس حزب تحيا تونس، كمال السوسي، إن الموقف واضح.", "كمال السوسي"),
        # an organisation's name read to its end, over و
        (
            "وأكدت الشركة التونسية للكهرباء والغاز في بلاغ أن الأعطال أصلحت.",
            "الشركة التونسية للكهرباء والغاز",
        ),
        # marks around a medium's name are no quote
        ('وقال كريم الهاني في حديث للجوهرة "اف ام" صباحا إن الفريق جاهز.', "كريم الهاني"),
        # ... the name and its letters in marks one organisation, marks and all
        ('وأوضحت سلمى العيادي لمراسل موزاييك "أف أم" أن المعرض يفتح غدا.', "سلمى العيادي"),
        # a title whose genitive is an organisation's name, then the object
        (
            "وجدد المكتب التنفيذي لنداء تونس دعمه للحكومة، مؤكدا أن الإصلاحات ضرورية.",
            "المكتب التنفيذي لنداء تونس",
        ),
        # a party official, his party after ب, a comma, the name
        ("أفاد القيادي بحزب التكتل، منير الشابي أن الاجتماع كان مثمرا.", "منير الشابي"),
        # a facility speaks by its name
        ("وقال مطار قرطاج إن الرحلات ستستأنف غدا.", "مطار قرطاج"),
    ],
)
def test_speaker_phrases_read_with_the_mentions(text: str, speaker: str) -> None:
    doc = arabic_newsnlp.analyze(text)
    assert {q.speaker.text for q in doc.quotes if q.speaker} == {speaker}
    assert {q.kind for q in doc.quotes} == {"indirect"}


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a named object between the subject and the verb's preposition
        (
            "وحذرت الوزيرة ألمانيا من أي تصعيد قد يضر بالمفاوضات.",
            "الوزيرة",
            "أي تصعيد قد يضر بالمفاوضات",
        ),
        # ... or after a definite noun as the direct object
        ("وحذرت الوزارة المواطنين من موجة حر شديدة تبدأ غدا.", "الوزارة", "موجة حر شديدة تبدأ غدا"),
        # the preposition written on the content after an adjunct set off by commas
        ("وندد الحزب، في بيان أصدره اليوم، بالاعتداء على مقره.", "الحزب", "بالاعتداء على مقره"),
    ],
)
def test_object_content_after_an_object_or_an_adjunct(
    text: str, speaker: str, content: str
) -> None:
    doc = arabic_newsnlp.analyze(text)
    assert [(q.speaker.text if q.speaker else None, q.text) for q in doc.quotes] == [
        (speaker, content)
    ]


def test_a_participle_after_a_closing_mark_and_a_clause_all_in_marks() -> None:
    doc = arabic_newsnlp.analyze(
        'وأضاف الشابي أنه "تقرر عقد مؤتمر استثنائي" مبينا أن " الهيئة ستجتمع الأسبوع القادم".'
    )
    assert [(q.kind, q.text, q.speaker.text if q.speaker else None) for q in doc.quotes] == [
        ("direct", "تقرر عقد مؤتمر استثنائي", "الشابي"),
        ("direct", "الهيئة ستجتمع الأسبوع القادم", "الشابي"),
    ]


def test_the_same_source_in_a_source_phrase_is_the_source_named_before() -> None:
    doc = arabic_newsnlp.analyze(
        "وقال الصندوق في بيان إن المنح ستتضاعف. وستشمل المنح ألف طالب هذا العام، بحسب المصدر ذاته."
    )
    assert [(q.speaker.text, q.speaker.canonical) for q in doc.quotes if q.speaker] == [
        ("الصندوق", "الصندوق"),
        ("المصدر ذاته", "الصندوق"),
    ]


def test_a_participle_with_an_adjunct_before_its_complementizer() -> None:
    doc = arabic_newsnlp.analyze(
        "وقال الوزير إن العجز كبير، لافتا خلال الندوة، إلى أن الإيرادات تحسنت."
    )
    assert [q.text for q in doc.quotes] == ["العجز كبير", "الإيرادات تحسنت"]


def test_a_relayed_source_before_a_complementizer_is_the_speaker() -> None:
    doc = arabic_newsnlp.analyze(
        "أوردت وكالة الأناضول، نقلا عن دبلوماسي تركي إن المفاوضات ستستأنف الشهر المقبل."
    )
    assert [(q.text, q.speaker.text if q.speaker else None) for q in doc.quotes] == [
        ("المفاوضات ستستأنف الشهر المقبل", "دبلوماسي تركي")
    ]


def test_an_adjunct_with_ba_is_neither_a_name_nor_the_verbs_object() -> None:
    doc = arabic_newsnlp.analyze(
        "وأفاد البلاغ الصادر عن وزير التجارة بتاريخ 3 مارس أنه تقرر تخفيض الأسعار."
    )
    assert [(q.text, q.speaker.text if q.speaker else None) for q in doc.quotes] == [
        ("تقرر تخفيض الأسعار", "وزير التجارة")
    ]


def test_a_relay_verb_reports_only_with_its_source_or_a_complementizer() -> None:
    assert not arabic_newsnlp.analyze(
        "ونقل الجرحى إلى مستشفى المدينة الذي يتوقع أن يستقبل المزيد."
    ).quotes  # carried, not reported
    doc = arabic_newsnlp.analyze(
        'ونقلت وكالة الأنباء عن مصدر أمني قوله إن الوضع هادئ. ونقلت صحيفة "الشروق" أن الطرق مغلقة.'
    )
    assert [q.speaker.text for q in doc.quotes if q.speaker] == ["مصدر أمني", "الشروق"]


def test_a_relay_verb_names_its_source_past_commas_when_its_words_follow() -> None:
    doc = arabic_newsnlp.analyze(
        "ونقلت إذاعة (صوت الساحل) المحلية، مساء الأحد، عن مسؤولين في الميناء، قولهم إن "
        "السفن ستبحر غدا. ونقل الحراس المصابين، بعد الحادث، عن طريق البحر إلى المستشفى."
    )
    assert [(q.text, q.speaker.text if q.speaker else None) for q in doc.quotes] == [
        ("السفن ستبحر غدا", "مسؤولين في الميناء")
    ]


def test_the_one_questioned_in_an_opening_adjunct_is_the_speaker() -> None:
    doc = arabic_newsnlp.analyze(
        "وبالتحري مع المظنون فيه، أفاد أنه اشترى البضاعة من السوق. "
        "وعند الاتصال مع صاحب المحل قال إنه لا يعرفه، كما تبين أن الفاتورة مزورة."
    )
    assert [(q.text, q.speaker.text if q.speaker else None) for q in doc.quotes][:2] == [
        ("اشترى البضاعة من السوق", "المظنون فيه"),
        ("لا يعرفه", "صاحب المحل"),
    ]
    assert all(q.speaker is None or q.speaker.text != "صاحب المحل" for q in doc.quotes[2:])


def test_a_found_person_ends_the_speaker_before_the_verbs_object() -> None:
    doc = arabic_newsnlp.analyze(
        "وطالب الرئيس رجب طيب أردوغان أكراد العراق بإنزال العلم. "
        "قال المدرب إن الفريق جاهز. وختم حديثه بالقول: سنعود أقوى."
    )
    assert [(q.text, q.speaker.text if q.speaker else None) for q in doc.quotes] == [
        ("أكراد العراق بإنزال العلم", "رجب طيب أردوغان"),
        ("الفريق جاهز", "المدرب"),
        ("سنعود أقوى", "المدرب"),
    ]


def test_a_plural_cue_with_no_speaker_before_it_speaks_for_the_plural_of_its_sentence() -> None:
    doc = arabic_newsnlp.analyze(
        "تجمع عشرات المحتجين أمام مقر الولاية صباح اليوم، واعتبروا أن المشروع تأخر كثيرا."
    )
    assert [(q.text, q.speaker.text if q.speaker else None) for q in doc.quotes] == [
        ("المشروع تأخر كثيرا", "عشرات المحتجين")
    ]


def test_an_organisation_heading_the_subject_ends_before_the_addressee() -> None:
    doc = arabic_newsnlp.analyze(
        "طالبت حركة الأمل الجديد الحكومة ووزارة الداخلية بكشف نتائج التحقيق."
    )
    assert [(q.text, q.speaker.text if q.speaker else None) for q in doc.quotes] == [
        ("الحكومة ووزارة الداخلية بكشف نتائج التحقيق", "حركة الأمل الجديد")
    ]


def test_an_affair_before_a_headline_colon_is_its_topic() -> None:
    doc = arabic_newsnlp.analyze(
        "قضية سامي العلي : الحزب يعلن عن تشكيل لجنة دفاع\n\nأعلن الحزب اليوم عن تشكيل لجنة."
    )
    assert all(q.speaker is None or q.speaker.text != "سامي العلي" for q in doc.quotes)
    assert ("direct", "الحزب يعلن عن تشكيل لجنة دفاع") not in [(q.kind, q.text) for q in doc.quotes]


def test_a_relatives_title_after_the_speakers_name_holds_whom_she_is_kin_to() -> None:
    doc = arabic_newsnlp.analyze(
        'وبدورها اعتبرت سعاد الحمدي أرملة الفقيد كمال الزين ، "أن العدالة تأخرت كثيرا".'
    )
    assert [q.speaker.text for q in doc.quotes if q.speaker] == ["سعاد الحمدي"]


def test_a_conjunction_written_apart_opens_a_new_cue() -> None:
    doc = arabic_newsnlp.analyze("وقال المدرب إن الفريق جاهز و أضاف أن الإصابات تراجعت كثيرا.")
    assert [(q.text, q.speaker.text if q.speaker else None) for q in doc.quotes] == [
        ("الفريق جاهز", "المدرب"),
        ("الإصابات تراجعت كثيرا", "المدرب"),
    ]


def test_a_headline_subject_before_its_verb_and_a_place_noun_after_a_title() -> None:
    doc = arabic_newsnlp.analyze(
        'الوفد البرلماني يدعو ليبيا إلى "تسريع فتح المعابر الحدودية"\n\n'
        "ووصف رئيس الدبلوماسية الفرنسية منطقة الساحل بأنها أولوية أمنية."
    )
    assert [q.speaker.text for q in doc.quotes if q.speaker] == [
        "الوفد البرلماني",
        "رئيس الدبلوماسية الفرنسية",
    ]


def test_a_headline_subject_may_open_with_a_title_spelled_like_a_preposition() -> None:
    doc = _FULL("والي سوسة يؤكد دعمه لمطالب المحتجين\n\nوأكد الوالي أن الحوار مستمر.")
    assert next((q.speaker.text, q.text) for q in doc.quotes if q.speaker) == (
        "والي سوسة",
        "دعمه لمطالب المحتجين",
    )


def test_a_headline_subject_may_hold_a_complement_a_preposition_opens() -> None:
    doc = _FULL(
        "المكلف بالإعلام بالوزارة ينفي منع الصحفيين من التغطية\n\nوأكد الوزير أن الحوار مستمر."
    )
    assert next((q.speaker.text, q.text) for q in doc.quotes if q.speaker) == (
        "المكلف بالإعلام بالوزارة",
        "منع الصحفيين من التغطية",
    )


def test_a_headline_speaker_may_end_in_its_bodys_name_in_latin_letters() -> None:
    doc = _FULL(
        "مدير عام BNA : سنة 2020 ستكون سنة الانطلاق\n\nوأكد المدير العام للبنك سامي العلي "
        "أن البنك يتقدم."
    )
    assert next(q.text for q in doc.quotes) == "سنة 2020 ستكون سنة الانطلاق"


def test_whom_one_calls_on_is_no_speech() -> None:
    # دعا X إلى: a call on someone to do something, not a second quote
    doc = arabic_newsnlp.analyze(
        "وحذر السفير من أن التوتر يتصاعد، ودعا اليابان إلى تهدئة الخطاب مع جيرانها."
    )
    assert len(doc.quotes) == 1


def test_a_feminine_noun_after_a_masculine_verb_is_its_object() -> None:
    doc = arabic_newsnlp.analyze(
        "وقال الوزير إن الموسم واعد. ودعا الفلاحات إلى أن يسجلن محاصيلهن قبل الموعد."
    )
    assert [q.speaker.text for q in doc.quotes if q.speaker] == ["الوزير", "الوزير"]
    doc = arabic_newsnlp.analyze("ودعت المنظمات إلى أن تتوقف الحرب.")
    assert [q.speaker.text for q in doc.quotes if q.speaker] == ["المنظمات"]
    doc = arabic_newsnlp.analyze(
        "وقال المدير فتحي الزغلامي إن المخزون كاف. "
        "وأبرز قدرة التوزيع الحالية، مؤكدا أن الأسعار ستستقر."
    )
    # (what he stressed is his content too: a verb with a direct object)
    assert [q.speaker.text for q in doc.quotes if q.speaker] == ["فتحي الزغلامي"] * 3
    # a broken plural shown feminine by its adjective is an object too
    doc = arabic_newsnlp.analyze(
        "وقال النائب كمال الورغي إن الوضع صعب. "
        "ودعا الهياكل الجهوية إلى أن تقوم بدورها، قائلا إن الوقت يداهم الجميع."
    )
    assert [q.speaker.text for q in doc.quotes if q.speaker] == ["كمال الورغي"] * 3
    doc = arabic_newsnlp.analyze("ودعا الاتحاد الجهوي إلى أن يتوقف الإضراب.")
    assert [q.speaker.text for q in doc.quotes if q.speaker] == ["الاتحاد الجهوي"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # written shorter: without the head news drops (حركة) and the seat
        (
            "أكد رئيس كتلة حركة الشعب بمجلس النواب، سالم الغربي، أن الانتخابات ضرورية. "
            "وأوضح رئيس كتلة الشعب أن الحكومة لم تطلب التعديل.",
            "سالم الغربي",
        ),
        # a local title, its place, a comma, the name
        (
            "وقال معتمد جبنيانة، رضا الكعبي، إن الأشغال انطلقت. "
            "وأضاف معتمد جبنيانة أن التمويل متوفر.",
            "رضا الكعبي",
        ),
        # the second of two coordinated titles
        (
            "قال وزير النقل ووزير السياحة بالنيابة، نبيل الورتاني إنه لا زيادة في الأسعار. "
            "وأضاف وزير السياحة أنه لم يتم الحسم.",
            "نبيل الورتاني",
        ),
    ],
)
def test_a_title_alone_resolves_to_the_person_named_with_it(text: str, name: str) -> None:
    doc = arabic_newsnlp.analyze(text)
    assert [q.speaker.canonical for q in doc.quotes if q.speaker] == [name] * 2


def test_quote_fields() -> None:
    text = "وقالت الوزيرة ليلى حسن إن «الحوار مستمر»."
    (q,) = quotes_of(text)
    assert q.cue is not None and (q.cue.text, q.cue.lemma) == ("وقالت", "قال")
    assert q.speaker is not None and q.speaker.text == "ليلى حسن"
    assert q.method == "cue-comp/vso"
    # a clause all in marks after إن is the speaker's own words: direct, without the marks
    assert q.kind == "direct" and q.content[0].text == "الحوار مستمر"


def test_direct_content_excludes_the_marks() -> None:
    (q,) = quotes_of("وقال الوزير: «نعم».")
    assert q.text == "نعم"


def test_title_phrase_resolves_to_the_person() -> None:
    (q,) = quotes_of("وقال وزير الخارجية الأميركي أنتوني بلينكن إن التعاون مستمر.")
    assert q.speaker is not None
    assert q.speaker.text == "أنتوني بلينكن" and q.speaker.canonical == "أنتوني بلينكن"


def test_title_only_speaker_takes_the_name_given_elsewhere() -> None:
    text = (
        "وزير الخارجية المصري: «لا حل عسكريا»\nوقال وزير الخارجية المصري سامح شكري إن الحوار ممكن."
    )
    first = quotes_of(text)[0]
    assert first.speaker is not None and first.speaker.text == "وزير الخارجية المصري"
    assert first.speaker.canonical == "سامح شكري"


def test_elided_speaker_is_the_antecedent_mention() -> None:
    text = "وقال بلينكن إن الوضع خطير. وزار بلينكن الصين أمس. وأضاف أن «الوقت ينفد»."
    quotes = quotes_of(text)
    last = quotes[-1]
    assert last.method.endswith("antecedent")
    assert last.speaker is not None
    assert text[last.speaker.start : last.speaker.end] == "بلينكن"
    assert last.speaker.start == text.index("وزار بلينكن") + len("وزار ")


def test_mentions_and_entities_are_used() -> None:
    text = "وقال وزير الخارجية الأميركي أنتوني بلينكن إن التعاون مستمر. وأضاف بلينكن أن الوضع صعب."
    full = text.index("أنتوني بلينكن")
    short = text.index("بلينكن أن")
    mentions = (
        Mention("أنتوني بلينكن", full, full + len("أنتوني بلينكن"), "PER", 0.9, "E1"),
        Mention("بلينكن", short, short + len("بلينكن"), "PER", 0.9, "E1"),
    )
    entities = (Entity("E1", "PER", "أنتوني بلينكن", (0, 1)),)

    class FakeEntities:
        name = "fake-ner"
        requires: tuple[str, ...] = ("tokens",)
        provides: tuple[str, ...] = ("mentions", "entities")

        def __call__(self, doc: Document) -> Document:
            return replace(doc, mentions=mentions, entities=entities)

    nlp = Pipeline(steps=["tokenize", FakeEntities(), QuoteStep()])
    doc = nlp(text)
    assert [q.entity for q in doc.quotes] == ["E1", "E1"]
    assert [q.speaker.text for q in doc.quotes if q.speaker] == ["أنتوني بلينكن", "بلينكن"]
    assert {q.speaker.canonical for q in doc.quotes if q.speaker} == {"أنتوني بلينكن"}
    assert doc.quotes_by("E1") == doc.quotes


def test_step_contract() -> None:
    step = QuoteStep()
    assert (step.name, step.requires, step.provides) == (
        "quotes",
        ("sentences", "mentions"),
        ("quotes",),
    )
    doc = _TOKENIZE("قال الوزير إن الحل قريب.")
    out = step(doc)
    assert len(out.quotes) == 1 and out.tokens == doc.tokens
    assert Document.from_dict(out.to_dict()) == out


def test_lexicon_entries() -> None:
    lex = lexicon()
    for form in ("قال", "وقالت", "فأكد", "يقولون", "سيقول", "مضيفا", "مشيرة", "بيان"):
        assert normalize(form) in lex.cues, form
    assert lex.cues["قالت"].gender == "f" and lex.cues["قالوا"].number == "pl"
    assert lex.cues["وعد"].prefix == ""  # the verb, not و + عد
    assert "حد" in {e.words[1] for e in lex.sources["قوله"] if len(e.words) == 3}
    assert {"title", "org", "stop", "comp"} <= set(lex.classes)


def test_helpers() -> None:
    assert head_of("للوزير") == "وزير"
    assert canonical_name("بلينكن", ["أنتوني بلينكن"]) == "أنتوني بلينكن"
    assert canonical_name("شكري", ["أنتوني بلينكن"]) == "شكري"
    tokens = tokenize("قال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن")
    phrase = phrase_after(tokens, 1, len(tokens))
    assert phrase is not None and tokens[phrase.name].text == "أنطونيو"
    assert tokens[phrase.end - 1].text == "غوتيريش"


def test_marks_pairing_tolerates_anything() -> None:
    text = '» أ « “ب” «ج\n«د» "ه'
    tokens = tokenize(text)
    regions = pair_marks(
        text,
        tokens,
        sentences_from_tokens(text, tokens),
        [i for i, t in enumerate(tokens) if t.text in MARKS],
    )
    # A paragraph left open continues into the next one when that one opens a quote.
    # An unclosed " written as an opener closes at the end of its sentence.
    assert [[text[a:b] for a, b in r.spans] for r in regions] == [
        ["أ"],
        ["ب"],
        ["ج", "د"],
        ["ه"],
    ]


MARK_SOUP = st.text(
    alphabet=st.sampled_from(list('«»“”"„‹›‘’ :،.\nقال إن أن وأضاف مضيفا بحسب')), max_size=200
)
ARABICISH = st.text(
    alphabet=st.sampled_from(
        list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىة0123456789 \n.،؛؟!:«»“”\"'-")
    ),
    max_size=300,
)
WORDS = st.lists(
    st.sampled_from(
        [
            "قال",
            "وقالت",
            "إن",
            "أن",
            "الوزير",
            "بلينكن",
            "«",
            "»",
            "“",
            "”",
            ":",
            "،",
            ".",
            "\n",
            "وأضاف",
            "مضيفا",
            "بحسب",
            "وفقا",
            "لبيان",
            "على",
            "حد",
            "قوله",
            "من",
            "جانبه",
            "وزير",
            "الخارجية",
            "سامح",
            "شكري",
            "في",
            "بيان",
            "قائلا",
            "أما",
            "فقد",
            "فأكدت",
            "مسؤول",
            "أمريكي",
            "رفيع",
            "سكان",
            "مدينة",
            "-",
            "عبد",
            "الله",
            "بن",
            "علي",
            "لكرة",
            "القدم",
            "عدم",
            "ذكر",
            "وأضافوا",
        ]
    ),
    max_size=80,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), MARK_SOUP, ARABICISH, WORDS))
def test_any_text_gives_valid_quotes(text: str) -> None:
    doc = _TOKENIZE(text)
    quotes = find_quotes(doc)
    check_spans(text, quotes)
    step_doc = QuoteStep()(doc)
    assert step_doc.quotes == quotes


@pytest.mark.parametrize(
    "text",
    [
        "«" * 20000,
        "»" * 20000,
        "قال إن " * 5000,
        "وقال الوزير: «نعم» " * 3000,
        ("بحسب بيان، " * 4000),
        "، مضيفا أن " * 5000,
        "وأضاف " * 10000,
        ("«أ\n" * 5000),
        "أما " * 10000 + "فقد قالت إن",
        "وقال مسؤول في مدينة " * 3000,
        "وقال عبد-" * 5000,
        "أما الوزارة فأكدت أن، وقالت إن " * 2000,
    ],
    ids=[
        "openers",
        "closers",
        "cues",
        "quotes",
        "sources",
        "participles",
        "elided",
        "paragraphs",
        "amma",
        "places",
        "hyphens",
        "amma-clauses",
    ],
)
def test_pathological_inputs_finish(text: str) -> None:
    # Quadratic work on any of these would take minutes; linear work takes well under a second.
    quotes = quotes_of(text)
    check_spans(text, quotes)


def _evaluation_texts() -> list[str]:
    """Every text we evaluate quotes on: our written passages, and (where ../shared is
    present) the shared article and our annotated real news."""
    from benchmarks import ant
    from benchmarks.quotes import EVAL_FILE, ant_passages

    with open(EVAL_FILE, encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    seed = Path(__file__).resolve().parents[2] / "shared" / "eval" / "seed.txt"
    if seed.exists():
        texts.append(seed.read_text(encoding="utf-8"))
    if (ant.DEFAULT_DATA / ant.ANT_FILE).exists():
        texts += [p["text"] for part in ("dev", "test") for p in ant_passages(part)]
    return texts


@pytest.mark.slow
def test_speakers_do_not_depend_on_the_order_of_steps() -> None:
    """Quotes found before or after linking get the same speakers and entities, and a
    speaker's canonical name is its entity's."""
    linked_first = Pipeline()
    quotes_first = Pipeline(steps=["tokenize", "clitics", "ner", "quotes", "link"])
    for text in _evaluation_texts():
        doc = linked_first(text)
        assert quotes_first(text).quotes == doc.quotes
        entities = {e.id: e for e in doc.entities}
        for q in doc.quotes:
            if q.entity is not None and q.speaker is not None:
                assert q.speaker.canonical == entities[q.entity].canonical, q


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # an adjunct between the speaker and the verb's object
        (
            "وعبر المدرب سامي نور، في تصريح للإذاعة، عن ارتياحه للنتيجة.",
            "سامي نور",
            "ارتياحه للنتيجة",
        ),
        (
            "وأعلنت وزارة الصحة في بلاغ لها اليوم، عن تسجيل خمس إصابات.",
            "وزارة الصحة",
            "تسجيل خمس إصابات",
        ),
        # a title, an adjunct, then the name
        (
            "أكد النائب عن حزب الأمل في البرلمان، كريم سالم، دعم الحزب للمشروع.",
            "كريم سالم",
            "دعم الحزب للمشروع",
        ),
        # a surname written like a preposition and article
        ("وقال سامي بالحاج إن الموسم صعب.", "سامي بالحاج", "الموسم صعب"),
    ],
)
def test_speaker_and_content_around_adjuncts(text: str, speaker: str, content: str) -> None:
    (q,) = _FULL(text).quotes
    assert q.speaker is not None and q.speaker.text == speaker
    assert q.text == content


def test_a_statement_named_again_speaks_for_its_issuer() -> None:
    text = "وقالت وزارة النقل في بيان إن الطريق مغلق. وأوضح البيان أن الأشغال تنتهي غدا."
    second = _FULL(text).quotes[1]
    assert second.speaker is not None and second.speaker.text == "البيان"
    assert second.speaker.canonical == "وزارة النقل"


def test_a_clause_after_a_complementizer_has_its_own_subject() -> None:
    text = (
        "وقال الوزير كريم سالم إن الخطة جاهزة. ويذكر أن النائب سامي نور قد علق على "
        "الخطة، قائلا «إنها متأخرة»."
    )
    quotes = _FULL(text).quotes
    assert quotes[-1].speaker is not None and quotes[-1].speaker.canonical == "سامي نور"


@pytest.mark.parametrize(
    "text",
    [
        "وقال كريم سالم مخاطبا الصحفيين إن الاتفاق قريب.",
        "وقال كريم سالم بحسب الوكالة إن الاتفاق قريب.",
    ],
)
def test_a_speaker_name_ends_before_a_participle_or_a_source(text: str) -> None:
    speaker = _FULL(text).quotes[0].speaker
    assert speaker is not None and speaker.text == "كريم سالم"


def test_an_unknown_word_after_a_title_is_the_object_not_a_name() -> None:
    quote = _FULL("ونفى المتحدث وجود أي خلافات داخل الحكومة.").quotes[0]
    assert quote.speaker is not None and quote.speaker.text == "المتحدث"
    assert quote.text.startswith("وجود")


def test_the_subject_of_reported_content_is_no_antecedent() -> None:
    doc = arabic_newsnlp.analyze(
        "وأوضح المحافظ سالم العياري في تصريح للإذاعة، أن مجلس إدارة المصرف المركزي قد اجتمع"
        " صباح اليوم. وقال إن القرار سيحمي الدينار."
    )
    assert [q.speaker.canonical for q in doc.quotes if q.speaker] == ["سالم العياري"] * 2


def test_a_bare_title_refers_back_not_forward() -> None:
    text = (
        "قال وزير المالية كريم سالم إن العجز تراجع. وأضاف الوزير أن الديون مستقرة. "
        "من جهته، قال الوزير الليبي سامي نور إن التعاون مستمر."
    )
    second = _FULL(text).quotes[1]
    assert second.speaker is not None and second.speaker.canonical == "كريم سالم"


def test_a_bare_organisation_head_refers_to_the_last_such_body() -> None:
    text = (
        "ونقلت صحيفة الأفق الجديد عن مسؤولين قولهم إن الميناء سيفتح. "
        "وبحسب الصحيفة، فإن العمل سيبدأ الشهر المقبل."
    )
    last = _FULL(text).quotes[-1]
    assert last.speaker is not None and last.speaker.canonical == "الأفق الجديد"


def test_a_title_with_a_possessive_pronoun_heads_the_speaker() -> None:
    quote = _FULL("وأوضح مديرها العام كريم سالم أن الأضرار محدودة.").quotes[0]
    assert quote.speaker is not None and quote.speaker.text == "كريم سالم"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("ووفق ما أوردته القناة، فإن الاجتماع انتهى دون اتفاق.", "القناة"),
        (
            "وبحسب ما نقلته وكالة الأفق عن مصدر أمني، فإن الطريق أغلق.",
            "مصدر أمني",  # the relayed source, not the agency
        ),
    ],
)
def test_a_source_phrase_with_a_verb_of_saying(text: str, speaker: str) -> None:
    quote = _FULL(text).quotes[0]
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.text.startswith("ال")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "وقال المزارع إبراهيم الحسن إن محصوله تلف. وارتفعت الخسائر إلى النصف، بحسب تعبيره.",
            "إبراهيم الحسن",
        ),
        ("وأكدت الوزيرة ليلى حسن أن الموسم جيد. والإنتاج سيرتفع هذا العام، حسب رأيها.", "ليلى حسن"),
        ("قال النواب إن الجلسة تأجلت. وستعقد الجلسة يوم الخميس، وفقا لتصريحاتهم.", "النواب"),
    ],
)
def test_a_source_phrase_with_the_speakers_own_words_refers_back(text: str, speaker: str) -> None:
    quotes = _FULL(text).quotes
    assert len(quotes) == 2 and quotes[1].method == "source/antecedent"
    assert quotes[1].speaker is not None and quotes[1].speaker.canonical == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وأوضح بيان أصدره الحزب مساء الأحد أن المكتب لم يشكل بعد.", "الحزب"),
        ('وطالبت النقابة، في بيان وجهته إلى الرأي العام، "الحكومة بتوضيح موقفها".', "النقابة"),
        ('وأكد الاتحاد، في بيان أصدره في ختام اجتماعه، "ضرورة الحوار".', "الاتحاد"),
    ],
)
def test_a_verb_of_issuing_after_a_statement_is_no_speaker(text: str, speaker: str) -> None:
    quotes = _FULL(text).quotes
    assert quotes and all(q.speaker is not None and q.speaker.text == speaker for q in quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقالت قناة الجزيرة إن الاجتماع انتهى.", "الجزيرة"),
        ("ونقلت صحيفة وول ستريت جورنال عن مسؤول رفيع قوله إن الإنتاج سيزيد.", "مسؤول رفيع"),
    ],
)
def test_a_medium_speaks_by_its_name(text: str, speaker: str) -> None:
    quote = _FULL(text).quotes[0]
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("ونقلت قناة محلية عن شهود قولهم إن الشرطة أوقفت السائق.", "شهود"),
        ('ونقلت "الأيام" عن إحدى شاهدات العيان قولها إن النار انتشرت بسرعة.', "إحدى شاهدات العيان"),
    ],
)
def test_a_relay_verb_names_its_source_after_the_medium(text: str, speaker: str) -> None:
    quotes = _FULL(text).quotes
    assert len(quotes) == 1 and quotes[0].speaker is not None
    assert speaker in (quotes[0].speaker.text, quotes[0].speaker.canonical)


def test_direct_speech_on_the_line_after_a_colon() -> None:
    quote = _FULL("وقال الوزير كريم سالم:\nالوضع مستقر والحكومة تتابع الأمر.").quotes[0]
    assert quote.kind == "direct" and quote.text == "الوضع مستقر والحكومة تتابع الأمر"
    assert quote.speaker is not None and quote.speaker.text == "كريم سالم"


def test_an_unclosed_quotation_mark_runs_to_the_sentence_end() -> None:
    quote = _FULL('وقال الوزير "سنواصل العمل حتى النهاية. ثم غادر القاعة.').quotes[0]
    assert quote.kind == "direct" and quote.text == "سنواصل العمل حتى النهاية"


@pytest.mark.parametrize(("verb", "kin"), [("وأكد", "والد"), ("وأكدت", "والدة"), ("وأكد", "شقيق")])
def test_a_relative_speaks_not_the_person_named_after_it(verb: str, kin: str) -> None:
    quote = _FULL(f"{verb} {kin} كريم سالم أن كريم بريء.").quotes[0]
    assert quote.speaker is not None and quote.speaker.canonical == f"{kin} كريم سالم"


@pytest.mark.parametrize(
    "text",
    [
        'وأكد المخرج أنه سيكمل فيلمه "الطريق الطويل" قبل نهاية العام.',
        'وأعلنت الشركة أن هاتفها "Nova 12 Pro" سيطرح في الأسواق قريبا.',
        'وأوضح المحامي أن موكله يخضع لإجراء "ق 21" منذ أشهر.',
    ],
)
def test_a_quoted_name_inside_indirect_speech_keeps_it_indirect(text: str) -> None:
    assert _FULL(text).quotes[0].kind == "indirect"


def test_a_participle_with_a_direct_object_opens_a_new_quote() -> None:
    text = "وقال الوزير إن العاصفة انتهت بعد منتصف الليل مؤكدا عودة كل الخطوط إلى العمل."
    quotes = _FULL(text).quotes
    assert [q.text for q in quotes] == ["العاصفة انتهت بعد منتصف الليل", "عودة كل الخطوط إلى العمل"]
    # an indefinite accusative after it makes the participle a noun: one quote
    text = "وقال المصدر إن الوسطاء قدموا مقترحا معدلا للاتفاق."
    assert [q.text for q in _FULL(text).quotes] == ["الوسطاء قدموا مقترحا معدلا للاتفاق"]


def test_a_title_named_with_its_seat_after_lada_is_found_again_without_it() -> None:
    text = (
        "قال سفير البلاد لدى الأمم المتحدة كريم سالم إن المشروع جاهز. وقال وزير الخارجية "
        "سامي نور إن الزيارة تأجلت. وأكد سفير البلاد أن التصويت سيجري غدا."
    )
    last = _FULL(text).quotes[-1]
    assert last.speaker is not None and last.speaker.canonical == "كريم سالم"


def test_a_headline_may_name_whom_it_answers() -> None:
    text = "كريم سالم للنواب: الميزانية عادلة\n\nوقال كريم سالم إن النقاش مفيد."
    first = _FULL(text).quotes[0]
    assert first.method.startswith("headline/") and first.text == "الميزانية عادلة"
    assert first.speaker is not None and first.speaker.text == "كريم سالم"


def test_a_headline_speaker_in_marks_and_a_title_named_later_with_more_words() -> None:
    doc = _FULL("«الصحة»: 5 إصابات جديدة\n\nقالت الوزارة إن الوضع مستقر.")
    first = doc.quotes[0]
    assert first.speaker is not None and (first.speaker.text, first.text) == (
        "الصحة",
        "5 إصابات جديدة",
    )
    doc = _FULL(
        "مندوبة حماية الطفولة بالكاف : تم منع حفل الزفاف\n\nوأكدت المندوبة الجهوية "
        "لحماية الطفولة بالكاف، هدى الصغير، أن المندوبية تقدمت بمطلب."
    )
    first = doc.quotes[0]
    assert first.method.startswith("headline/") and first.text == "تم منع حفل الزفاف"
    assert first.speaker is not None and first.speaker.canonical == "هدى الصغير"


@pytest.mark.parametrize("same", ["للمصدر ذاته", "لنفس المصدر", "لذات المصدر"])
def test_the_same_source_after_a_connector_refers_back(same: str) -> None:
    doc = _FULL(f"وقال مصدر أمني إن المتهم اعترف. ووفقا {same}، فإن الأبحاث متواصلة.")
    assert [q.speaker.canonical for q in doc.quotes if q.speaker] == ["مصدر أمني"] * 2


@pytest.mark.parametrize("joined", ["وتدعو", "و تدعو"])
def test_a_second_headline_verb_takes_the_first_verbs_subject(joined: str) -> None:
    text = f"نقابة الفلاحين تساند الإصلاح {joined} إلى حماية صغار المنتجين\n\nوقال الوزير إنه جيد."
    first = _FULL(text).quotes[0]
    assert first.text == "حماية صغار المنتجين"
    assert first.speaker is not None and first.speaker.text == "نقابة الفلاحين"


def test_inflections_are_generated_from_the_stems() -> None:
    cues = lexicon().cues
    for form, (lemma, pos, gender, number) in {
        "أضافت": ("اضاف", "perf", "f", "sg"),
        "يدعون": ("دعا", "imperf", "m", "pl"),
        "نافية": ("نفي", "part", "f", "sg"),
        "وقلن": ("قال", "perf", "f", "pl"),
        "ستؤكد": ("اكد", "imperf", "f", "sg"),
        "داعيا": ("دعا", "part", "m", "sg"),
    }.items():
        entry = cues[normalize(form)]
        assert (entry.lemma, entry.pos, entry.gender, entry.number) == (
            lemma,
            pos,
            gender,
            number,
        ), form


@pytest.mark.parametrize("brk", ["\n", "\r", "\u2028", "\u2029", "\x85"])
def test_a_quote_over_paragraphs_splits_at_every_line_break(brk: str) -> None:
    (q,) = _FULL(f"قال الوزير: «الوضع مستقر.{brk}«وسنواصل العمل».").quotes
    assert [c.text for c in q.content] == ["الوضع مستقر.", "وسنواصل العمل"]


@pytest.mark.parametrize(
    "text",
    [
        "وأكد سامي نور وليلى حداد أن الحكم سيستأنف.",
        "وقال المحاميان سامي نور وليلى حداد إن موكلهما بريء.",
    ],
)
def test_two_people_named_together_are_both_the_source(text: str) -> None:
    quote = _FULL(text).quotes[0]
    assert quote.speaker is not None and quote.speaker.text == "سامي نور"
    assert [s.text for s in quote.co_speakers] == ["ليلى حداد"]
    assert all(text[s.start : s.end] == s.text for s in quote.co_speakers)


def test_a_speaker_alone_has_no_co_speakers() -> None:
    quote = _FULL("وقال سامي نور إن الحكم سيستأنف والمحامين مستعدون.").quotes[0]
    assert quote.co_speakers == ()


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "انقطع التيار عن ثلاث قرى مساء أمس وفق ما أكده مصدر في الشركة.",
            "انقطع التيار عن ثلاث قرى مساء أمس",
            "مصدر في الشركة",
        ),
        (
            "غرق مركب صيد قبالة السواحل حسب حصيلة قدمتها البحرية التونسية.",
            "غرق مركب صيد قبالة السواحل",
            "البحرية التونسية",
        ),
        (
            "ارتفعت صادرات الزيت بنسبة كبيرة، حسب ما أعلن عنه المرصد الوطني للفلاحة.",
            "ارتفعت صادرات الزيت بنسبة كبيرة",
            "المرصد الوطني للفلاحة",
        ),
        (
            "أغلقت الطريق الرابطة بين المدينتين، وذلك وفق بلاغ صادر عن الحرس الوطني.",
            "أغلقت الطريق الرابطة بين المدينتين",
            "الحرس الوطني",
        ),
    ],
)
def test_content_before_a_source_phrase_that_names_who_spoke_or_issued(
    text: str, content: str, speaker: str
) -> None:
    quotes = _FULL(text).quotes
    assert [q.text for q in quotes] == [content]
    assert quotes[0].speaker is not None and quotes[0].speaker.text == speaker


@pytest.mark.parametrize(
    "text",
    ["ارتفعت الأسعار حسب المناطق.", "توزعت المساعدات وفق الحاجة في كل حي."],
)
def test_a_source_word_without_a_comma_or_a_speaker_verb_opens_no_quote(text: str) -> None:
    assert _FULL(text).quotes == ()


def test_a_speaker_organisation_keeps_its_relational_adjectives() -> None:
    quotes = _FULL("تأجلت المباراة إلى الأحد وفق ما أعلنته وكالة الأنباء الألمانية الرسمية.").quotes
    assert len(quotes) == 1 and quotes[0].speaker is not None
    assert quotes[0].speaker.text.endswith("الرسمية")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "قال المدير سامي الحداد إن الموسم كان جيدا. وحلت الأسواق الأوروبية في المرتبة "
            "الثالثة بعد السوق المحلية مضيفا أن الفنادق امتلأت.",
            "سامي الحداد",
        ),
        (
            "قالت الوزيرة ليلى حسن إن الحوار مستمر. وأوضح الناطق كريم سالم أن الاجتماع "
            "تأجل، مبينة أن الموعد الجديد لم يحدد بعد.",
            "ليلى حسن",
        ),
    ],
)
def test_a_participle_hangs_on_a_speaker_whose_gender_agrees(text: str, speaker: str) -> None:
    quotes = _FULL(text).quotes
    last = quotes[-1]
    assert last.cue is not None and last.cue.lemma != "قال"
    assert last.speaker is not None and last.speaker.canonical == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال أحد أصدقاء كريم سالم إن الرحلة تأجلت.", "أحد أصدقاء كريم سالم"),
        ("وأكدت إحدى قريبات ليلى حسن أن العائلة بخير.", "إحدى قريبات ليلى حسن"),
        ("وأكد بعض أنصار كريم سالم أن المسيرة سلمية.", "بعض أنصار كريم سالم"),
        ("ونقلت الإذاعة عن أحد زملاء كريم سالم قوله إن الفريق جاهز.", "أحد زملاء كريم سالم"),
    ],
)
def test_a_part_of_a_group_speaks_not_the_person_named_after_it(text: str, speaker: str) -> None:
    quotes = _FULL(text).quotes
    assert len(quotes) == 1 and quotes[0].speaker is not None
    assert quotes[0].speaker.text == speaker


@pytest.mark.parametrize(
    "text",
    [
        "ودعت النقابة أيضا الوزير كريم سالم إلى فتح باب الحوار.",
        "ودعت النقابة الوزير كريم سالم إلى فتح باب الحوار.",
    ],
)
def test_a_title_and_name_right_after_the_subject_are_the_object(text: str) -> None:
    quotes = _FULL(text).quotes
    assert len(quotes) == 1 and quotes[0].speaker is not None
    assert quotes[0].speaker.text == "النقابة"
    assert quotes[0].text.endswith("فتح باب الحوار")


@pytest.mark.parametrize(
    "text",
    [
        'قال الوزير كريم سالم إن الوضع صعب. وقال مخاطبا الحضور "إن الطريق طويل".',
        "قال الوزير كريم سالم إن الوضع صعب. وأضاف متوجها إلى النواب أن الطريق طويل.",
    ],
)
def test_a_participle_of_manner_after_the_cue_names_no_speaker(text: str) -> None:
    quotes = _FULL(text).quotes
    assert len(quotes) == 2
    assert quotes[1].speaker is not None and quotes[1].speaker.canonical == "كريم سالم"


def test_a_noun_with_our_pronoun_after_the_cue_is_the_speaker() -> None:
    quotes = _FULL("ويضيف محدثنا أن الموسم كان صعبا.").quotes
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "محدثنا"


def test_a_title_with_its_pronoun_after_the_cue_is_no_participle_of_manner() -> None:
    quote = _FULL("وأضاف مديرها كريم سالم أن الأضرار محدودة.").quotes[0]
    assert quote.speaker is not None and quote.speaker.text == "كريم سالم"


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        (
            "وكان عدد من قيادات الحزب، فضلوا عدم الكشف عن أسمائهم، قد أكدوا أن الطريق طويل.",
            "عدد من قيادات الحزب",
        ),
        ("وكانت النقابة، في بيان لها، قد أكدت أن الطريق طويل.", "النقابة"),
        ("وكان نائب مدير الشرطة، كريم سالم، قد أكد أن الطريق طويل.", "كريم سالم"),
        ("أما القيادي بالحزب، كريم سالم، فقال إن الطريق طويل.", "كريم سالم"),
        ("أما النقابة، التي دعت إلى الإضراب، فأكدت أن الطريق طويل.", "النقابة"),
        ("أما رئيس الجمعية، من جهته، فأكد أن الطريق طويل.", "رئيس الجمعية"),
    ],
)
def test_a_subject_set_off_from_its_verb_by_a_clause(second: str, speaker: str) -> None:
    quotes = _FULL("قال الوزير سامي نور إن الحوار مستمر. " + second).quotes
    assert len(quotes) == 2
    assert quotes[1].speaker is not None and quotes[1].speaker.text == speaker


def test_a_comma_between_the_cue_and_a_named_subject() -> None:
    text = (
        "قال الوزير سامي نور إن الحوار مستمر. وأوضح، كريم سالم، نائب رئيس البرلمان، "
        "الذي ترأس الجلسة أن التصويت تأجل."
    )
    quotes = _FULL(text).quotes
    assert len(quotes) == 2 and quotes[1].text == "التصويت تأجل"
    assert quotes[1].speaker is not None and quotes[1].speaker.text == "كريم سالم"


@pytest.mark.parametrize(
    "text",
    [
        "وقال مسؤولون أمنيون بينهم كريم سالم إن الانتخابات تأجلت.",
        "وقال مسؤولون أمنيون، من بينهم كريم سالم، إن الانتخابات تأجلت.",
    ],
)
def test_a_person_among_a_group_is_not_the_group_s_name(text: str) -> None:
    quotes = _FULL(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "مسؤولون أمنيون"


@pytest.mark.parametrize("side", ["من جانبه", "من جهته"])
def test_a_participle_hangs_on_a_subject_after_for_his_part(side: str) -> None:
    text = (
        f"قال الوزير سامي نور إن الحوار مستمر. {side} تحدث عضو المكتب السياسي للحزب "
        "كريم سالم عن ضرورة وضع خطة، مشيرا إلى أن الوضع صعب."
    )
    last = _FULL(text).quotes[-1]
    assert last.text == "الوضع صعب"
    assert last.speaker is not None and last.speaker.text == "كريم سالم"


def test_a_participle_hangs_on_the_name_after_a_title_and_its_place() -> None:
    text = (
        "وتحدثت حاكمة منطقة لواندا سامية العياري عن أضرار كبيرة في المحاصيل، "
        "مضيفة أن فرق الإنقاذ ما زالت تعمل."
    )
    last = _FULL(text).quotes[-1]
    assert last.text == "فرق الإنقاذ ما زالت تعمل"
    assert last.speaker is not None and last.speaker.text == "سامية العياري"


def test_an_addressee_after_a_speech_noun_is_no_source() -> None:
    text = 'وتحدثت الوزيرة سامية العياري، في تصريحات لوسائل الإعلام المحلية، عن "موسم صعب".'
    quotes = _FULL(text).quotes
    assert [q.text for q in quotes] == ["موسم صعب"]
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "سامية العياري"


@pytest.mark.parametrize(
    "second",
    [
        'وذكرت "أمازون"، وهي إحدى الشركات المتضررة، أنها تعرضت لهجوم ثان.',
        'وأكدت "أمازون" أنها تعرضت لهجوم ثان.',
    ],
)
def test_a_subject_in_marks_right_after_the_verb(second: str) -> None:
    quotes = _FULL("وقالت الوزارة إنها تحقق في الهجوم. " + second).quotes
    assert len(quotes) == 2 and quotes[1].text == "تعرضت لهجوم ثان"
    assert quotes[1].speaker is not None and quotes[1].speaker.text == "أمازون"


def test_a_subject_between_a_verb_of_being_and_the_cue() -> None:
    text = (
        "قال الوزير كريم سالم إن الموسم جيد. إقبال كبير وكانت تقارير صحفية أشارت "
        "إلى أن المبادرة نجحت."
    )
    last = _FULL(text).quotes[-1]
    assert last.text == "المبادرة نجحت"
    assert last.speaker is not None and last.speaker.text == "تقارير صحفية"


@pytest.mark.parametrize(
    "text",
    [
        "أفاد اليوم الخميس، الناطق باسم المحكمة الابتدائية كريم سالم أنه تم إيقاف مشتبه به.",
        "نبه اليوم الثلاثاء مدير الشركة كريم سالم إلى أن الديون ارتفعت.",
    ],
)
def test_time_words_between_the_cue_and_its_subject(text: str) -> None:
    quotes = _FULL(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "كريم سالم"


def test_what_follows_a_definite_statement_noun_is_its_object() -> None:
    text = (
        "وأعلن الحزب في بيان أنه سيقاطع الانتخابات. "
        'ودعا البيان مختلف الأطراف إلى "الحوار والتهدئة".'
    )
    last = _FULL(text).quotes[-1]
    assert last.text == "الحوار والتهدئة"
    assert last.speaker is not None and last.speaker.text == "البيان"
    assert last.speaker.canonical == "الحزب"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وبحسب متخصصين في الطاقة المتجددة، فإن الأسعار سترتفع.", "متخصصين في الطاقة المتجددة"),
        ("وقال مختصون في الطاقة المتجددة إن الأسعار سترتفع.", "مختصون في الطاقة المتجددة"),
    ],
)
def test_specialists_are_an_anonymous_group_with_their_field(text: str, speaker: str) -> None:
    quotes = _FULL(text).quotes
    assert [q.text for q in quotes] == ["الأسعار سترتفع"]
    assert quotes[0].speaker is not None and quotes[0].speaker.text == speaker


@pytest.mark.parametrize(
    ("title", "speaker", "content"),
    [
        (
            "جمعيات ونقابات تدعو الوزارة إلى مراجعة قانون الصيد البحري",
            "جمعيات ونقابات",
            "الوزارة إلى مراجعة قانون الصيد البحري",
        ),
        (
            "هيئات ونقابات ترفض تأجيل الانتخابات البلدية",
            "هيئات ونقابات",
            "تأجيل الانتخابات البلدية",
        ),
    ],
)
def test_a_title_line_subject_of_two_bodies_joined_by_wa(
    title: str, speaker: str, content: str
) -> None:
    # two bodies without the article joined by و are one subject of the verb after them
    first = _FULL(f"{title}\n\nوقال الوزير إن الحوار متواصل.").quotes[0]
    assert first.text == content
    assert first.speaker is not None and first.speaker.text == speaker


@pytest.mark.parametrize(
    ("title", "speaker", "content"),
    [
        ("فلاحو الجهة يعبرون عن قلقهم من نقص الأمطار", "فلاحو الجهة", "قلقهم من نقص الأمطار"),
        ("معتصمون يرفضون فض الاعتصام بالقوة", "معتصمون", "فض الاعتصام بالقوة"),
    ],
)
def test_a_title_line_subject_that_is_a_human_plural(
    title: str, speaker: str, content: str
) -> None:
    # a human plural (class plural, or a sound plural of people) opens a headline's subject
    first = _FULL(f"{title}\n\nوقال الوزير إن الحوار متواصل.").quotes[0]
    assert first.text == content
    assert first.speaker is not None and first.speaker.text == speaker


def test_a_title_line_of_two_nouns_joined_by_wa_that_name_no_body() -> None:
    quotes = _FULL("أمطار وفيضانات تعلن بداية الشتاء\n\nوقال الوزير إن الحوار متواصل.").quotes
    assert [q.cue.lemma for q in quotes if q.cue] == ["قال"]


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ('مسؤول في "الصندوق" : الجهة الأولى في حوادث الشغل', 'مسؤول في "الصندوق"'),
        ('مدير عام شركة "الأفق" : الجهة الأولى في حوادث الشغل', 'مدير عام شركة "الأفق"'),
        ('مخرج "الرحلة" : الجهة الأولى في حوادث الشغل', "مخرج"),
    ],
)
def test_a_headline_title_with_a_name_in_marks_before_its_colon(title: str, speaker: str) -> None:
    # a body's name in marks (after في or a kind word) is part of the speaker; a work's
    # name after a title is not
    first = _FULL(f"{title}\n\nوقال الوزير إن الحوار متواصل.").quotes[0]
    assert first.text == "الجهة الأولى في حوادث الشغل"
    assert first.speaker is not None and first.speaker.text == speaker


def test_a_title_line_subject_before_a_present_tense_verb_with_its_object() -> None:
    # the rest of the title is the content of a verb that takes a direct object
    text = (
        "الجزائر تدين الهجوم على قافلة الإغاثة في الساحل\n\n"
        "وقالت وزارة الخارجية إن القافلة كانت تحمل أدوية."
    )
    first = _FULL(text).quotes[0]
    assert first.kind == "indirect" and first.text == "الهجوم على قافلة الإغاثة في الساحل"
    assert first.speaker is not None and first.speaker.text == "الجزائر"
    text = "سمير الهادي يتهم المجلس البلدي بإهمال الطرقات\n\nوقال سمير الهادي إن الأحياء معزولة."
    first = _FULL(text).quotes[0]
    assert first.text == "المجلس البلدي بإهمال الطرقات"
    assert first.speaker is not None and first.speaker.text == "سمير الهادي"


def test_a_given_name_that_reads_as_a_preposition_and_a_noun_is_the_subject() -> None:
    # the clitic step splits كمال as ك + مال; the tagger's person mention keeps it whole
    text = "وقال كمال بن يوسف إن الطريق سيفتح غدا. وأكد برهان العياري أن العمل انتهى."
    doc = _FULL(text)
    assert [(q.speaker and q.speaker.text, q.method) for q in doc.quotes] == [
        ("كمال بن يوسف", "cue-comp/vso"),
        ("برهان العياري", "cue-comp/vso"),
    ]


def test_a_quoted_fragment_inside_a_title_verbs_object_is_mixed() -> None:
    text = 'الشركة تعلن موعد إطلاق خدمة "ستغير حياة الناس"\n\nوأوضح المدير أن العمل انتهى.'
    first = _FULL(text).quotes[0]
    assert first.kind == "mixed" and first.text.startswith("موعد إطلاق")
    # a name in marks (a product or service the tagger knows) is no quoted fragment
    text = 'الشركة تعلن موعد إطلاق "واتساب" الجديدة\n\nوأوضح المدير أن العمل انتهى.'
    assert _FULL(text).quotes[0].kind == "indirect"


def test_a_title_verb_without_a_direct_object_only_names_its_topic() -> None:
    # يوضح takes no direct object: what follows it is the topic, not what was said
    text = "الوزارة توضح أسباب تأخير صرف المنح\n\nوقال الوزير إن المنح ستصرف قريبا."
    assert [q.text for q in _FULL(text).quotes] == ["المنح ستصرف قريبا"]


def test_a_headline_speaker_may_be_followed_by_an_adjunct_before_the_colon() -> None:
    # (the adjunct may name anyone, even with a word that opens page furniture: الشاهد)
    for text, content in (
        (
            "سمير الهادي بعد لقائه الشاهد: الحوار سيستأنف قريبا\n\nوقال الهادي إن الجو إيجابي.",
            "الحوار سيستأنف قريبا",
        ),
        (
            "وزيرة الصحة عن الإضراب: لا نية لتأجيل الامتحانات\n\nوقالت الوزيرة إن الحوار مستمر.",
            "لا نية لتأجيل الامتحانات",
        ),
    ):
        first = _FULL(text).quotes[0]
        assert first.method.startswith("headline/") and first.text == content


def test_a_bare_title_refers_to_the_name_it_followed_as_an_apposition() -> None:
    text = (
        "قال سمير الهادي النائب في البرلمان والقيادي في حزب العمل، إن الميزانية ظالمة. "
        "وقالت الوزيرة ليلى حسن إن الميزانية عادلة. "
        "وأضاف القيادي في حزب العمل أن الحزب سيصوت ضدها. وتابع النائب أن الحوار ضروري."
    )
    quotes = _FULL(text).quotes
    assert [q.speaker.canonical for q in quotes if q.speaker] == [
        "سمير الهادي",
        "ليلى حسن",
        "سمير الهادي",
        "سمير الهادي",
    ]


def test_a_title_subject_may_be_a_plural_or_a_count_of_a_title_or_institution() -> None:
    for text, speaker in (
        (
            "جمعيات فلاحية تعلن رفضها لأسعار البذور\n\nوقال ممثل الجمعيات إن الأسعار مرتفعة.",
            "جمعيات فلاحية",
        ),
        (
            "12 نائبا مستقلا يرفضون مشروع القانون الانتخابي\n\nوقال أحد النواب إن المشروع ظالم.",
            "12 نائبا مستقلا",
        ),
    ):
        first = _FULL(text).quotes[0]
        assert first.speaker is not None and first.speaker.text == speaker
        assert first.text.split()[0] in ("رفضها", "مشروع")


def test_a_headline_statement_noun_gives_way_to_its_issuer() -> None:
    text = "تقرير وزارة الفلاحة: تراجع مخزون السدود إلى النصف\n\nوقال الوزير إن الوضع صعب."
    first = _FULL(text).quotes[0]
    assert first.method.startswith("headline/") and first.text.startswith("تراجع مخزون")
    assert first.speaker is not None and first.speaker.text == "وزارة الفلاحة"


def _region_texts(text: str) -> list[list[str]]:
    tokens = tokenize(text)
    regions = pair_marks(
        text,
        tokens,
        sentences_from_tokens(text, tokens),
        [i for i, t in enumerate(tokens) if t.text in MARKS],
    )
    return [[text[a:b] for a, b in r.spans] for r in regions]


def test_a_first_mark_written_as_a_closer_in_an_odd_count_has_lost_its_opener() -> None:
    # the name lost its opening mark; the cue between the marks is not quoted
    assert _region_texts('حزب الأمل" يرفض "الصفقة الجديدة" مع الحكومة') == [["الصفقة الجديدة"]]
    text = 'حزب الأمل" يرفض "الصفقة الجديدة" مع الحكومة\n\nوقال رئيس الحزب إن الصفقة مرفوضة.'
    first = _FULL(text).quotes[0]
    assert first.speaker is not None and first.speaker.text == "حزب الأمل"
    assert first.text.startswith("الصفقة الجديدة")
    # an even count pairs as before
    assert _region_texts('قال "نعم" ثم "لا"') == [["نعم"], ["لا"]]


def test_a_subject_set_off_by_commas_after_its_verb() -> None:
    text = "رفض المجلس المقترح. وأوضح، سمير الهادي، رئيس اللجنة المالية، أن النصاب لم يكتمل."
    last = _FULL(text).quotes[-1]
    assert last.text == "النصاب لم يكتمل"
    assert last.speaker is not None and last.speaker.text == "سمير الهادي"


def test_a_title_verb_before_words_it_cannot_take_and_a_quotation_gives_no_quote() -> None:
    # شدد takes its content after على; تشدد إجراءات is tightening, not speech
    text = 'الحكومة تشدد إجراءات "الدخول إلى الموانئ"\n\nوقال الوزير إن الإجراءات مؤقتة.'
    assert [q.text for q in _FULL(text).quotes] == ["الإجراءات مؤقتة"]


def test_an_event_at_a_place_before_a_colon_is_no_speaker() -> None:
    text = "فيضانات نابل: عائلات تغادر منازلها قبل وصول المياه\n\nوقال الوالي إن الوضع خطير."
    assert [q.text for q in _FULL(text).quotes] == ["الوضع خطير"]
    # a short name is still one (a mention covers its first word)
    text = "كريم سالم: الميزانية عادلة\n\nوقال كريم سالم إن النقاش مفيد."
    assert _FULL(text).quotes[0].text == "الميزانية عادلة"


def test_a_verbs_preposition_hidden_in_its_spelling_with_ma() -> None:
    # مما = من + ما, عما = عن + ما: the verb's preposition opens the content
    text = "وحذرت النقابة مما وصفته بتراجع الخدمات، وكشفت عما جرى في الاجتماع."
    assert [q.text for q in _FULL(text).quotes] == [
        "مما وصفته بتراجع الخدمات",
        "عما جرى في الاجتماع",
    ]


def test_a_manner_adverb_between_the_subject_and_the_object() -> None:
    text = "واستنكرت الرابطة بشدة الاعتداء على الصحفيين أمام المحكمة."
    quote = _FULL(text).quotes[0]
    assert quote.text == "الاعتداء على الصحفيين أمام المحكمة"
    assert quote.speaker is not None and quote.speaker.text == "الرابطة"


def test_a_short_adjunct_with_fi_between_a_participle_and_its_preposition() -> None:
    text = "وقالت النائبة إن الحزب منقسم، كاشفة في ذات السياق عن تداول وثائق سرية."
    last = _FULL(text).quotes[-1]
    assert last.text == "تداول وثائق سرية"
    assert last.speaker is not None and last.speaker.text == "النائبة"


def test_a_name_in_marks_as_the_subject_even_when_it_reads_like_a_cue() -> None:
    # نقل is a relay verb, but here it begins the company's name
    text = 'أكدت شركة "نقل تونس" تراجع عدد الحوادث. ودعت "نقل تونس" إلى احترام قواعد السلامة.'
    quotes = _FULL(text).quotes
    assert [(q.text, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("تراجع عدد الحوادث", "نقل تونس"),
        ("احترام قواعد السلامة", "نقل تونس"),
    ]


def test_a_verb_with_its_preposition_after_a_comma_opens_a_new_quote() -> None:
    text = "ودعت النقابة إلى مراجعة الأجور، كما أكدت على ضرورة تحسين ظروف العمل."
    quotes = _FULL(text).quotes
    assert [q.text for q in quotes] == ["مراجعة الأجور", "ضرورة تحسين ظروف العمل"]
    # after كما a verb with its own subject opens a quote of that subject
    text = "ودعت النقابة إلى مراجعة الأجور، كما يطالب العمال الإدارة بمنح إضافية."
    quotes = _FULL(text).quotes
    assert [(q.speaker.text if q.speaker else None) for q in quotes] == ["النقابة", "العمال"]


def test_a_source_phrase_set_off_by_commas_inside_its_clause() -> None:
    text = "وانطلقت الحملة، حسب مصدر أمني، بتفتيش المخازن في الميناء."
    quote = _FULL(text).quotes[0]
    assert [span.text for span in quote.content] == [
        "وانطلقت الحملة",
        "بتفتيش المخازن في الميناء",
    ]
    assert quote.speaker is not None and quote.speaker.text == "مصدر أمني"
    # a new attribution after the comma is not the clause going on
    text = "وانطلقت الحملة، حسب مصدر أمني، وقال الوزير إن المخازن فارغة."
    assert [q.text for q in _FULL(text).quotes] == ["وانطلقت الحملة", "المخازن فارغة"]


def test_figures_and_estimates_are_statements_of_whoever_they_belong_to() -> None:
    text = "وبحسب تقديرات الهلال الأحمر نزح ألف شخص. وتشير أرقام البنك الدولي إلى أن النمو تباطأ."
    quotes = _FULL(text).quotes
    assert [q.speaker.text for q in quotes if q.speaker] == ["الهلال الأحمر", "البنك الدولي"]


def test_a_bare_statement_noun_refers_to_whoever_issued_a_statement() -> None:
    # nobody issued a statement: the statement stays its own speaker, not the last speaker
    text = (
        "ونقلت وكالة الأنباء عن مسؤول أمني قوله إن الحريق اندلع فجرا. "
        "وأوضح البيان أن الخسائر محدودة."
    )
    last = _FULL(text).quotes[-1]
    assert last.speaker is not None and last.speaker.canonical == "البيان"
    # the speaker who issued one, even before a later speaker who did not
    text = (
        "وقالت وزارة الصحة في بيان إن المستشفى جاهز. "
        "ونقلت وكالة الأنباء عن مسؤول أمني قوله إن الحريق اندلع فجرا. "
        "وأوضح البيان أن الخسائر محدودة. وحسب البيان فإن المرضى نقلوا."
    )
    quotes = _FULL(text).quotes
    assert [q.speaker.canonical for q in quotes if q.speaker][-2:] == ["وزارة الصحة"] * 2
    # a subject that issued one without a quote of its own (أصدرت … بيانا)
    text = (
        "أصدرت النقابة الجهوية للأطباء بيانا مساء أمس. وقررت النقابة الجهوية للأطباء "
        "تعليق العمل. وأشار البيان إلى أن الإضراب سيستمر."
    )
    last = _FULL(text).quotes[-1]
    assert last.speaker is not None and last.speaker.text == "البيان"
    assert last.speaker.canonical == "النقابة الجهوية للأطباء"


def test_complementizer_after_a_long_adjunct() -> None:
    text = (
        "وأوضح الوزير سامي الهادي، خلال جلسة حوار نظمتها لجنة الفلاحة والصيد البحري "
        "بالبرلمان مساء الثلاثاء في القاعة الكبرى بحضور خبراء من معهد الإحصاء وعدد "
        "من ممثلي الجمعيات المهتمة بملف المياه المهدورة والآبار العشوائية في "
        "الجهات الداخلية، أن العجز سيتراجع خلال السنة المقبلة."
    )
    quotes = _FULL(text).quotes
    assert len(quotes) == 1
    assert quotes[0].text.startswith("العجز سيتراجع")
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "سامي الهادي"


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("وهاجمت النائبة الحكومة، متهمة الوزارة بالتقصير في حماية الغابات.", "الوزارة بالتقصير"),
        ("وأصدرت الجمعية بيانا، مناشدة الجهات المعنية التدخل لحماية الأطفال.", "الجهات المعنية"),
    ],
)
def test_participles_of_accusing_and_appealing_take_a_direct_object(text: str, head: str) -> None:
    quotes = arabic_newsnlp.analyze(text).quotes
    assert len(quotes) == 1 and quotes[0].content[0].text.startswith(head)
    assert quotes[0].speaker is not None and quotes[0].speaker.text in ("النائبة", "الجمعية")
    # the noun for the accused is no cue
    assert not arabic_newsnlp.analyze("وأحالت النيابة ثلاثة متهمين على القضاء.").quotes


@pytest.mark.parametrize(
    "text",
    [
        'وقال مسؤول لرويترز "لا توجد إصابات".',  # a quotation after a known medium
        'وقال مسؤول لفرانس برس "لا توجد إصابات".',  # a medium the tagger called a person
        "وقال المتحدث لبي بي سي إن لا توجد إصابات.",  # after a title: no genitive
    ],
)
def test_a_news_medium_after_the_subject_is_whom_the_words_were_given_to(text: str) -> None:
    quotes = arabic_newsnlp.analyze(text).quotes
    assert len(quotes) == 1 and quotes[0].content[0].text.endswith("إصابات")
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.text in ("مسؤول", "المتحدث")


@pytest.mark.parametrize(
    ("text", "head"),
    [
        # a direct object after an adjunct between commas, or before a comma
        ("وأدان الحزب، في بيان، الإصرار على تمرير القانون دون حوار.", "الإصرار على"),
        ("وأدان الحزب في بيان نشره على صفحته، الإصرار على تمرير القانون.", "الإصرار على"),
        # a direct object opened by a demonstrative
        ("ونفى كريم سالم هذه الاتهامات الموجهة إليه.", "هذه الاتهامات"),
    ],
)
def test_a_direct_object_after_an_adjunct_or_a_demonstrative(text: str, head: str) -> None:
    quotes = arabic_newsnlp.analyze(text).quotes
    assert len(quotes) == 1 and quotes[0].content[0].text.startswith(head)
    # an adverb after the adjunct is no object: the content is after أن
    quotes = arabic_newsnlp.analyze(
        "وأكد الوزير، في تصريح للإذاعة، الأربعاء، أن المشروع جاهز."
    ).quotes
    assert [q.content[0].text for q in quotes] == ["المشروع جاهز"]


def test_a_noun_like_perfect_is_a_cue_behind_a_conjunction_and_in_its_other_forms() -> None:
    """(طالب) in the verb table: "student" alone, a demand in وطالب and طالبت."""
    lex = lexicon()
    assert "طالب" not in lex.cues and "طالبا" not in lex.cues
    assert lex.cues["وطالب"].lemma == lex.cues["طالبت"].lemma == "طالب"
    doc = arabic_newsnlp.analyze("وطالبت النقابة، خلال الاجتماع، بتحسين ظروف العمل في المصانع.")
    assert [(q.speaker.text if q.speaker else None, q.text) for q in doc.quotes] == [
        ("النقابة", "بتحسين ظروف العمل في المصانع")
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a participle after the previous verb's demonstrative object
        ('وأوضح سامي ذلك قائلا "المدينة تحتاج إلى دعم عاجل".', "سامي", "المدينة تحتاج"),
        # verbs of going on and of addressing
        ('وقال المدرب "الفريق جاهز". وأكمل "لا أتهم أحدا".', "المدرب", "لا أتهم أحدا"),
        ('وخاطب الوزير الحاضرين: "كونوا أقوياء يوم الامتحان".', "الوزير", "كونوا أقوياء"),
        # a relay verb whose source follows إلى
        (
            'ونسبت الوكالة إلى الأمير قوله إن "العلاقات مع الجيران عريقة".',
            "الأمير",
            "العلاقات مع الجيران",
        ),
    ],
)
def test_more_cues_of_real_news(text: str, speaker: str, content: str) -> None:
    quotes = arabic_newsnlp.analyze(text).quotes
    assert any(
        q.speaker is not None and q.speaker.text == speaker and q.text.startswith(content)
        for q in quotes
    ), [(q.speaker, q.text) for q in quotes]


def test_a_demonstrative_alone_is_no_direct_object() -> None:
    doc = arabic_newsnlp.analyze("وأكد الوزير ذلك مشيرا إلى أن الحكومة ستدعم الفلاحين.")
    assert [q.text for q in doc.quotes] == ["الحكومة ستدعم الفلاحين"]


def test_a_relay_verbs_source_is_not_its_content() -> None:
    doc = arabic_newsnlp.analyze("وتراجع عدد الحوادث نقلا عن الحماية المدنية.")
    assert all(q.text != "الحماية المدنية" for q in doc.quotes)


def test_a_closer_whose_opener_was_lost_does_not_open_a_quote() -> None:
    """A paragraph with an odd number of straight marks: the one written as a closer
    while none is open is dropped, so the next quotation pairs as written."""
    text = (
        'وقال النائب إن "الوضع صعب". وتساءل عن أسباب الاستقالة قبل الحادثة"، '
        'داعيا الحكومة إلى تحمل المسؤولية. وتابع "لن نسكت عن الحقيقة".'
    )
    doc = arabic_newsnlp.analyze(text)
    assert [q.text for q in doc.quotes][-2:] == [
        "الحكومة إلى تحمل المسؤولية",
        "لن نسكت عن الحقيقة",
    ]


def test_a_closer_written_as_an_opener_nests_inside_an_open_quote() -> None:
    """A single mark written after a space against the next word, inside a quotation of
    another mark, opens a nested pair instead of closing the quotation."""
    text = 'وقال الوزير "نرفض القول بأن ’المدينة لهم’. المدينة للجميع." وقال "ارحلوا الآن."'
    assert _region_texts(text) == [
        ["نرفض القول بأن ’المدينة لهم’. المدينة للجميع."],
        ["ارحلوا الآن."],
    ]


def test_a_mark_that_can_only_close_is_dropped_when_nothing_is_open() -> None:
    """A ``"`` against the word before it and followed by punctuation closes; with
    nothing open its opener was lost, even in an even count, and it opens nothing."""
    text = (
        'وقال المدرب: "الخصم قوي" مضيفا: سنلعب للفوز في كل مباراة". '
        'وختم المدرب كلامه بالقول: الجمهور يستحق فرحة كبيرة".'
    )
    assert _region_texts(text) == [["الخصم قوي"]]
    doc = arabic_newsnlp.analyze(text)
    assert [q.text for q in doc.quotes][-1] == "الجمهور يستحق فرحة كبيرة"


def test_a_closer_before_an_opener_has_lost_its_opener() -> None:
    """A ``"`` written as a closer with nothing open, when the next ``"`` is written as an
    opener: the pair would hold the words between two quotations."""
    text = (
        'وثمن الوزير، في ختام زيارته، جهود الشركاء في المشروع" وقال "نحن في الطريق الصحيح" '
        'مضيفا أن المشروع "الأهم في الجهة.'
    )
    assert _region_texts(text) == [["نحن في الطريق الصحيح"], ["الأهم في الجهة"]]
    quotes = arabic_newsnlp.analyze(text).quotes
    assert ("direct", "نحن في الطريق الصحيح") in [(q.kind, q.text) for q in quotes]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # an elided subject and the verb's preposition written on the object
        ("وقال الوزير إن الوضع صعب. وذكّر بدعوة حزبه إلى الحوار الوطني.", "بدعوة حزبه"),
        # whom the advice is given to, with its adjective, then the preposition
        ("وأوصت المنظمة السلطات المعنية بفتح تحقيقات جدية.", "السلطات المعنية بفتح تحقيقات"),
        # a short adjunct with في and time words before the verb's preposition
        ("وأعلنت الشركة في مدينة صفاقس اليوم الأحد عن توقف الإنتاج.", "توقف الإنتاج"),
        # a quoted topic in an adjunct, then a comma and the complementizer
        (
            'وقال النائب خلال ندوة صحفية حول "امتيازات النواب"، إن المطالب مشروعة.',
            "المطالب مشروعة",
        ),
    ],
)
def test_object_and_complement_after_what_stands_between(text: str, content: str) -> None:
    quotes = arabic_newsnlp.analyze(text).quotes
    assert any(q.text.startswith(content) for q in quotes), [q.text for q in quotes]


def test_a_preposition_on_a_demonstrative_is_no_object() -> None:
    doc = arabic_newsnlp.analyze("وأعلمت الوزارة بذلك الهيئة المستقلة للانتخابات.")
    assert all(not q.text.startswith("بذلك") for q in doc.quotes)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            'نفى رئيس كتلة "الأمل"، سمير الحداد، ما راج عن استقالة نواب الكتلة.',
            "سمير الحداد",
            "ما راج عن استقالة",
        ),
        (
            'وحذر مدير التوزيع بـ"الشركة" سمير الحداد من أن الديون تتجاوز المليار.',
            "سمير الحداد",
            "الديون تتجاوز",
        ),
    ],
)
def test_a_name_after_a_body_named_in_marks(text: str, speaker: str, content: str) -> None:
    (q,) = arabic_newsnlp.analyze(text).quotes
    assert q.speaker is not None and q.speaker.text == speaker
    assert q.text.startswith(content)


def test_a_name_in_a_clause_after_quoted_words_is_not_the_speaker() -> None:
    doc = arabic_newsnlp.analyze(
        'وعبرت الهيئة عن استيائها من "الأخطاء" التي ذكرها الوزير سمير الحداد في برنامج تلفزي.'
    )
    assert [q.speaker.text for q in doc.quotes if q.speaker] == ["الهيئة"]


def test_a_mark_after_a_speech_verb_opens_however_it_is_spaced() -> None:
    """In a paragraph with an odd number of straight marks, the one written against
    the verb before it still opens the quote; the stray one is another."""
    text = (
        'وقال" لن نتراجع عن الإصلاح"، معتبرا أنها: "خطوة ضرورية". '
        'وأوضح أنه يؤمن بالحوار، متهما خصومه بنشر الأكاذيب".'
    )
    doc = arabic_newsnlp.analyze(text)
    assert [q.text for q in doc.quotes][:2] == ["لن نتراجع عن الإصلاح", "خطوة ضرورية"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وتراجع عدد الزوار وفق ما تناقلته وسائل الإعلام.", "وسائل الإعلام"),
        ('وقالت وفقا لنص خطابها "علينا أن نكون حذرين". ', None),
    ],
)
def test_a_source_phrase_after_the_verb_is_no_subject(text: str, speaker: str | None) -> None:
    (q,) = arabic_newsnlp.analyze(text).quotes
    assert (q.speaker.text if q.speaker else None) == speaker


def test_an_elided_speaker_after_a_relayed_source_is_the_source() -> None:
    """نقلت الوكالة عن X: the verb agrees with the medium, so a masculine وأضاف after
    it may still refer to X."""
    doc = arabic_newsnlp.analyze(
        'وقال سمير إن العلاقات جيدة. ونقلت الوكالة عن كريم قوله إن "العلاقات عريقة". '
        'وأضاف: "لا عائق أمام التعاون".'
    )
    assert [q.speaker.text for q in doc.quotes if q.speaker] == ["سمير", "كريم", "كريم"]


@pytest.mark.parametrize("content", ["أهمية الحوار بين الأطراف", "أهمية عدم توظيف هذه الأزمة"])
def test_a_direct_object_after_an_elided_subject(content: str) -> None:
    """An indefinite noun phrase that names no one is the object, not the subject."""
    doc = arabic_newsnlp.analyze(f"وقال الوزير إن الوضع صعب. وأكد {content}.")
    assert [(q.speaker.text if q.speaker else None, q.text) for q in doc.quotes] == [
        ("الوزير", "الوضع صعب"),
        ("الوزير", content),
    ]


def test_a_persons_name_in_marks_is_no_quoted_fragment() -> None:
    doc = arabic_newsnlp.analyze(
        'وقال الوزير إن المهندس "سمير الحداد" كان معروفا لدى المصالح الأمنية.'
    )
    assert [q.kind for q in doc.quotes] == ["indirect"]


def test_an_object_after_several_adjuncts_between_commas() -> None:
    doc = arabic_newsnlp.analyze(
        "وأبرز الوزير، لدى لقائه، الأحد بسوسة، مع ممثلي المصدرين، السعي إلى دعم الصادرات."
    )
    assert [(q.speaker.text if q.speaker else None, q.text) for q in doc.quotes] == [
        ("الوزير", "السعي إلى دعم الصادرات")
    ]


def test_a_verb_after_the_lam_of_purpose_is_a_cue_of_its_clauses_subject() -> None:
    assert lexicon().cues["ليؤكد"].prefix == "ل"
    doc = arabic_newsnlp.analyze("واتصل المحامي سامي علي بالإذاعة ليؤكد أن موكله غادر السجن.")
    assert [(q.speaker.text if q.speaker else None, q.text) for q in doc.quotes] == [
        ("سامي علي", "موكله غادر السجن")
    ]


def test_a_direct_object_right_after_the_subjects_comma() -> None:
    doc = arabic_newsnlp.analyze(
        "واستنكر الحزب، إقصاءه من حضور الموكب أمس، بقصر المؤتمرات، معتبرا أن ذلك خطأ."
    )
    assert doc.quotes[0].text.startswith("إقصاءه من حضور الموكب")


def test_a_subject_set_off_before_a_verb_of_being_and_its_cue() -> None:
    doc = arabic_newsnlp.analyze(
        "يذكر أن سامي الحداد، رجل الأعمال، كان نفى ما يروج من أخبار عن الشركة."
    )
    assert [(q.speaker.text if q.speaker else None) for q in doc.quotes] == ["سامي الحداد"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a source phrase's title, its adjunct, then the person
        (
            "وتأجلت المحاكمة حسب ما أكده محامي الدفاع عن البحارة الثلاثة سامي الحداد للإذاعة.",
            "سامي الحداد",
        ),
        # a title, a participle and an adverb of time, then the person between commas
        (
            "واعتبر الإعلامي المنضم حديثا إلى الحزب، سامي الحداد، أن الحزب يولد من جديد.",
            "سامي الحداد",
        ),
        # a person, then the verb's object holding another person
        (
            'واعتبر أستاذ القانون، سامي الحداد لجوء كريم العلي إلى البرلمان "خطأ كبيرا".',
            "سامي الحداد",
        ),
    ],
)
def test_the_person_after_a_title_and_before_the_object(text: str, speaker: str) -> None:
    (q,) = arabic_newsnlp.analyze(text).quotes
    assert q.speaker is not None and q.speaker.text == speaker


def test_a_person_named_by_a_source_phrase_is_the_antecedent_of_the_next_cue() -> None:
    doc = arabic_newsnlp.analyze(
        "وانقطع التيار عن المدينة وفق ما أكده سامي الحداد مدير الشركة. "
        "وأشار إلى أن الأحياء الشمالية لم تتضرر."
    )
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == ["سامي الحداد"] * 2


def test_a_title_reads_on_past_an_aside_in_brackets() -> None:
    doc = arabic_newsnlp.analyze(
        "وقال الأمين العام للمنظمة (منظمة غير حكومية)، سامي الحداد، إن التعاون سيتوسع."
    )
    assert [q.speaker.text for q in doc.quotes if q.speaker] == ["سامي الحداد"]


def test_a_programme_after_its_guest_is_named_not_quoted() -> None:
    doc = arabic_newsnlp.analyze('وقال سامي الحداد ضيف "بوليتيكا" اليوم إن الحزب سيشارك.')
    assert [q.text for q in doc.quotes] == ["الحزب سيشارك"]


def test_a_study_speaks_for_whoever_prepared_it() -> None:
    doc = arabic_newsnlp.analyze("وأفادت دراسة أعدتها منظمة الصحة العالمية أن التدخين يقتل.")
    assert [q.speaker.text for q in doc.quotes if q.speaker] == ["منظمة الصحة العالمية"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("وأكد سامي الحداد في تصريح إعلامي انسحابه من الحزب.", "انسحابه من الحزب"),
        ('وعبّر الحزب في بيان على صفحته على "فيسبوك"، عن تضامنه مع المنظمة.', "تضامنه مع"),
    ],
)
def test_an_object_after_a_statement_adjunct_or_a_name_in_marks(text: str, content: str) -> None:
    quotes = arabic_newsnlp.analyze(text).quotes
    assert [q.text[: len(content)] for q in quotes] == [content]


def test_adjuncts_between_commas_end() -> None:
    """Commas followed by more adjuncts, again and again, end (they once looped)."""
    text = "وأبرز الوزير" + "، في الصباح" * 3 + "، الحرص على العمل."
    assert [q.text for q in arabic_newsnlp.analyze(text).quotes] == ["الحرص على العمل"]
    text = "وأبرز الوزير" + "، في الصباح" * 200 + "، الحرص على العمل."
    assert isinstance(arabic_newsnlp.analyze(text).quotes, tuple)


def test_a_source_phrase_ends_before_its_clause() -> None:
    """بحسب X فإن Y …: Y opens the content; فإن is no part of a name."""
    doc = arabic_newsnlp.analyze(
        "كشفت صحيفة الأفق أن اللاعب سيجدد عقده. "
        "وبحسب الصحيفة الإسبانية فإن سامي الحداد سيبدأ مرحلة النقاش."
    )
    assert [m.text for m in doc.mentions if m.label == "PER"] == ["سامي الحداد"]
    assert doc.quotes[-1].speaker is not None
    assert doc.quotes[-1].speaker.text == "الصحيفة الإسبانية"


def test_a_describing_verb_with_its_objects_pronoun() -> None:
    assert lexicon().cues["ووصفته"].lemma == "وصف"
    doc = arabic_newsnlp.analyze(
        "وقالت ليلى إن الوزير أخطأ. ووصفته بالرجل الذي لا يملك رؤية واضحة للمستقبل."
    )
    assert [(q.speaker.text if q.speaker else None) for q in doc.quotes] == ["ليلى", "ليلى"]
    assert doc.quotes[1].text.startswith("بالرجل الذي")


def test_a_relational_adjective_after_a_body_is_no_name() -> None:
    doc = arabic_newsnlp.analyze("وأكدت 70 منظمة عربية مدنية معنية بالحقوق أن الإعدامات ارتفعت.")
    (q,) = doc.quotes
    assert q.speaker is not None and q.speaker.text.startswith("70 منظمة")


def test_a_womans_title_then_her_name_between_commas() -> None:
    doc = arabic_newsnlp.analyze(
        'وقالت الطبيبة، ليلى حداد، مديرة دائرة الصحة: "المياه ملوثة في عدة قرى".'
    )
    assert [q.speaker.text for q in doc.quotes if q.speaker] == ["ليلى حداد"]


@pytest.mark.parametrize(
    "text",
    [
        'وندد الحزب بما وصفها بـ "الحملة المنظمة" التي تستهدفه.',
        'وقال الوزير إن المعارضة تقود ما أسماها بـ"المؤامرات" ضد الحكومة.',
    ],
)
def test_words_in_marks_after_a_verb_of_calling_are_the_speakers(text: str) -> None:
    assert [q.kind for q in arabic_newsnlp.analyze(text).quotes] == ["mixed"]


def test_a_place_alone_before_a_headline_colon_is_its_topic() -> None:
    text = "سوريا: فرار مئات المدنيين من مناطق القتال\n\nقال مسؤول إن القتال مستمر."
    assert [q.speaker.text for q in _FULL(text).quotes if q.speaker] == ["مسؤول"]


@pytest.mark.parametrize("label", ["رسمي", "قريبا", "بالأرقام", "حصريا"])
def test_a_label_of_the_news_before_a_headline_colon_is_no_speaker(label: str) -> None:
    text = f"{label}: أسعار جديدة للنقل العمومي\n\nقال مسؤول إن الأسعار سترتفع."
    assert [q.speaker.text for q in _FULL(text).quotes if q.speaker] == ["مسؤول"]


@pytest.mark.parametrize(
    ("label", "speakers"),
    [
        ("تنس", ["مسؤول"]),
        ("كرة السلة", ["مسؤول"]),
        ("الرابطة الثانية", ["مسؤول"]),
        ("رئيس جامعة الجمباز", ["رئيس جامعة الجمباز", "مسؤول"]),
        ("النادي الإفريقي", ["مسؤول"]),
        ("المنتخب الوطني", ["مسؤول"]),
        ("النجم سامي العلي", ["سامي العلي", "مسؤول"]),
    ],
)
def test_a_sport_an_ordinal_or_a_club_before_a_headline_colon_is_its_topic(
    label: str, speakers: list[str]
) -> None:
    text = f"{label}: لن نشارك في الدورة القادمة\n\nقال مسؤول إن الأسعار سترتفع."
    assert [q.speaker.text for q in _FULL(text).quotes if q.speaker] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال كريم بن سالم رئيس الجمعية إن الحكومة فشلت.", "كريم بن سالم"),
        ("وأكد ياسين ابراهيم مدير المهرجان أن الدورة ستقام.", "ياسين ابراهيم"),
        ("وقال كريم بن سالم ضيف البرنامج إن الحكومة فشلت.", "كريم بن سالم"),
    ],
)
def test_a_title_in_apposition_ends_the_name_before_it(text: str, speaker: str) -> None:
    (q,) = _FULL(text).quotes
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("كشفت دراسة حديثة عن علاقة بين النوم والذاكرة.", "دراسة حديثة", "علاقة بين"),
        ("وحذرت دراسة نرويجية جديدة من خطر السهر.", "دراسة نرويجية جديدة", "خطر السهر"),
        ("كشف تقرير عن ارتفاع الأسعار في الأسواق.", "تقرير", "ارتفاع الأسعار"),
        ("وأكد بيان الوزارة على ضرورة التهدئة.", "الوزارة", "ضرورة التهدئة"),
    ],
)
def test_a_statement_noun_before_the_verbs_preposition_is_the_subject(
    text: str, speaker: str, content: str
) -> None:
    (q,) = _FULL(text).quotes
    assert q.speaker is not None and q.speaker.text == speaker
    assert q.text.startswith(content)


@pytest.mark.parametrize(
    "tail",
    [
        "وجاء في نص البلاغ أن",
        "وأفاد نص البلاغ أن",
        "وحسب نص البلاغ فإن",
        "وأضاف ذات البلاغ أن",
        "وحسب نفس البلاغ فإن",
    ],
)
def test_the_text_of_a_statement_stands_for_the_statement(tail: str) -> None:
    text = f"وقالت الوزارة في بلاغ إن الامتحانات ستجرى. {tail} النتائج ستعلن قريبا."
    last = _FULL(text).quotes[-1]
    assert last.text.startswith("النتائج")
    assert last.speaker is not None and last.speaker.canonical == "الوزارة"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وأشار رئيس المنظمة إلى أن المخزون كاف.", "رئيس المنظمة"),
        ("وتشير بعض المصادر إلى أن المدرب سيرحل.", "بعض المصادر"),
    ],
)
def test_the_verbs_preposition_alone_is_no_participles_complement(text: str, speaker: str) -> None:
    (q,) = _FULL(text).quotes
    assert q.speaker is not None and q.speaker.text == speaker


def test_a_source_phrases_verb_may_carry_us() -> None:
    (q,) = _FULL("ووفق ما أفادنا به سامي العلي، فإن الأشغال ستنتهي قريبا.").quotes
    assert q.speaker is not None and q.speaker.text == "سامي العلي"
    assert q.text.startswith("الأشغال")


def test_a_present_verb_without_a_subject_takes_no_object_content() -> None:
    doc = arabic_newsnlp.analyze(
        "وقال المدير إن المبيعات ارتفعت. ويبرز هذا التطور من خلال ارتفاع عدد المشتركين."
    )
    assert [q.text for q in doc.quotes] == ["المبيعات ارتفعت"]


def test_a_noun_like_perfect_after_qad_is_a_cue() -> None:
    doc = arabic_newsnlp.analyze(
        "وقال المحامي إن موكله بريء. وقد طالب في تصريح للإذاعة بتدخل السلط وجبر الضرر."
    )
    assert [q.text for q in doc.quotes] == ["موكله بريء", "بتدخل السلط وجبر الضرر"]
    assert "طالب" in lexicon().after_particle and "طالب" not in lexicon().cues


def test_a_source_phrase_names_a_medium_in_marks() -> None:
    (q,) = arabic_newsnlp.analyze('وحسب صحيفة "الشروق" فإن الحكومة ستستقيل قريبا.').quotes
    assert q.speaker is not None and q.speaker.text == "الشروق"
    assert q.text == "الحكومة ستستقيل قريبا"


def test_a_participle_after_a_closing_bracket() -> None:
    doc = arabic_newsnlp.analyze(
        "وقال الوزير إن الديون بلغت مليارا (حسب آخر الأرقام) مضيفا أن الحكومة ستسددها."
    )
    assert [q.text for q in doc.quotes][-1] == "الحكومة ستسددها"


def test_a_relay_verb_that_carries_does_not_cut_the_frame_before_it() -> None:
    doc = arabic_newsnlp.analyze(
        "وأوضح سامي الحداد مدير الإنتاج ونقل الكهرباء في تصريح للإذاعة أن الرطوبة عالية."
    )
    assert [q.speaker.canonical for q in doc.quotes if q.speaker] == ["سامي الحداد"]


def test_a_regional_officials_source_phrase_reads_on_over_the_town_of_the_seat() -> None:
    (q,) = arabic_newsnlp.analyze(
        "وتراجع عدد الإصابات، وفق ما أفاد به المدير الجهوي للصحة بالقصرين."
    ).quotes
    assert q.speaker is not None and q.speaker.text == "المدير الجهوي للصحة بالقصرين"


def test_a_source_phrase_reads_a_name_whole() -> None:
    (q,) = arabic_newsnlp.analyze(
        "وتجمدت مياه البحيرة الصغيرة ليلا، بحسب وكالة ريا نوفوستي."
    ).quotes
    assert q.speaker is not None and q.speaker.text == "ريا نوفوستي"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ويقرر إرجاعه إلى المجلس حسب ما ينص عليه القانون.", []),
        ("وارتفعت الأسعار حسب ما جاء في بيان الوزارة.", [("الوزارة", "وارتفعت الأسعار")]),
    ],
)
def test_a_source_phrase_with_ma_and_a_verb(text: str, expected: list[tuple[str, str]]) -> None:
    quotes = arabic_newsnlp.analyze(text).quotes
    assert [(q.speaker.text if q.speaker else "", q.text) for q in quotes] == expected


def test_a_cue_after_a_relative_pronoun_speaks_for_the_name_before_it() -> None:
    doc = arabic_newsnlp.analyze(
        "وقال الوزير إن الحزب انسحب. ويأتي ذلك ردا على القيادي سمير الحداد، "
        "الذي قال خلال استضافته إن الوزير اتخذ القرار وحده."
    )
    assert [q.speaker.text for q in doc.quotes if q.speaker] == ["الوزير", "سمير الحداد"]


def test_a_statement_the_phrase_reads_apart_from_its_verb_of_issuing_is_its_subjects() -> None:
    doc = arabic_newsnlp.analyze(
        "أنهت الجمعية الوطنية عضوية أحد أعضائها. وجاء في تدوينة نشرتها على حسابها، أن القرار نهائي."
    )
    assert [q.speaker.text for q in doc.quotes if q.speaker] == ["الجمعية الوطنية"]


# Shapes of real news, each written for the test: (text, [(speaker text, content), ...]).
NEWS_SHAPES = [
    (  # حسب ما جاء في بيان أصدرته: the statement of the clause's subject, one source phrase
        "وحجزت الشرطة كمية من المخدرات، بحسب ما جاء في بيان أصدرته.",
        [("الشرطة", "وحجزت الشرطة كمية من المخدرات")],
    ),
    (  # the cue's own verbal noun is its absolute object, not a subject or a new cue
        "ونفت الوزارة نفيا قاطعا وجود أي نية لبيع المؤسسة.",
        [("الوزارة", "وجود أي نية لبيع المؤسسة")],
    ),
    (  # a fronted adjunct is no subject: the speaker is elided
        "وطالبت النقابة بزيادة الأجور. وفي سياق آخر عبرت عن رفضها للقرار الأخير.",
        [("النقابة", "بزيادة الأجور"), ("النقابة", "رفضها للقرار الأخير")],
    ),
    (  # two names after the verb: its subject, then its object
        "ودعا ماكرون بوتين إلى وقف الحرب.",
        [("ماكرون", "بوتين إلى وقف الحرب")],
    ),
    (  # after a verb of being, the subject comes first: a title, an adjunct, the name
        "وكان وزير التجارة المقال من منصبه سامي العلي قد كشف عن عدد من الملفات.",
        [("سامي العلي", "عدد من الملفات")],
    ),
    (  # a definite title before a relative pronoun
        "وتم التنسيق مع الطبيب الشرعي الذي أكد أن الجثة لا تحمل آثار عنف.",
        [("الطبيب الشرعي", "الجثة لا تحمل آثار عنف")],
    ),
    (  # a given name that reads as an adjective (سامي) after a statement noun opens the
        # issuer's name, and the participle after the source phrase is the person's
        "وسيمكن المشروع، حسب تصريح سامي العلوي رئيس قسم المياه بالمندوبية الجهوية للفلاحة، "
        "من توسيع المساحات المروية، مؤكدا أهميته للفلاحين.",
        [("سامي العلوي", "وسيمكن المشروع"), ("سامي العلوي", "أهميته للفلاحين")],
    ),
    (  # a title's head with its genitives before a relative pronoun speaks, not its field,
        # and is the antecedent of the next elided cue
        "تعاني المؤسسات الصغرى من نقص التمويل، وهو ما أكده وزير المالية الذي أعلن عن "
        "إحداث صندوق جديد لدعمها. كما أشار إلى أن الإجراءات الجديدة بدأت تعطي نتائجها.",
        [
            ("وزير المالية", "إحداث صندوق جديد لدعمها"),
            ("وزير المالية", "الإجراءات الجديدة بدأت تعطي نتائجها"),
        ],
    ),
    (  # … not the body in its genitive, a plural title agreeing with no singular relative
        "وحضر اللقاء مدير البنك المركزي الذي أكد أن الوضع المالي مستقر. وحضر الندوة "
        "ممثلو البنك المركزي الذي أكد أن الأسعار ستنخفض.",
        [("مدير البنك المركزي", "الوضع المالي مستقر"), ("البنك المركزي", "الأسعار ستنخفض")],
    ),
    (  # a title of two words set off by a comma after the name: the person speaks
        "والتقى الوفد سامي العلي، نائب رئيس النادي الرياضي الذي أكد أن الفريق جاهز.",
        [("سامي العلي", "الفريق جاهز")],
    ),
    (  # an anonymous source close to a body, or in it (ب written on the body's noun)
        "وأفادت مصادر مقربة من التحقيق بأن المنفذ غادر. وقال مسؤول بالوزارة إن العمل مستمر.",
        [("مصادر مقربة من التحقيق", "المنفذ غادر"), ("مسؤول بالوزارة", "العمل مستمر")],
    ),
    (  # the person after باسم and a title is whom the spokesman speaks for
        "وقال المتحدث باسم الرئيس ماكرون إن اللقاء ألغي.",
        [("المتحدث باسم الرئيس ماكرون", "اللقاء ألغي")],
    ),
    (  # a statement noun gives way to its issuer, a quantifier with its group
        "وحسب روايات عدد من جيرانه، فإن الشاب غادر منزله ليلا.",
        [("عدد من جيرانه", "الشاب غادر منزله ليلا")],
    ),
    (  # a quotation after a direct object is inside its content (mixed)
        "واتهمت الوزارة مساء أمس قادة الحزب بالتحريض على العنف بهدف «إرباك البلاد».",
        [("الوزارة", "قادة الحزب بالتحريض على العنف بهدف «إرباك البلاد»")],
    ),
    (  # an indefinite accusative after the subject is the object, not part of the subject
        "واتهمت المرأة رجلا غريبا بسرقة حقيبتها.",
        [("المرأة", "رجلا غريبا بسرقة حقيبتها")],
    ),
    (  # a participle after a stray quotation mark
        'وأضاف الوزير أن الوضع صعب جدا" قائلا "لن نتراجع أبدا".',
        [("الوزير", "الوضع صعب جدا"), ("الوزير", "لن نتراجع أبدا")],
    ),
    (  # the source named before, with an adjective before ذاته
        "وقال منير الحداد إن الأجور سترتفع. وستشمل الزيادة كل الأعوان، بحسب المصدر النقابي ذاته.",
        [("منير الحداد", "الأجور سترتفع"), ("المصدر النقابي ذاته", "وستشمل الزيادة كل الأعوان")],
    ),
    (  # a statement noun with جاء فيه: issued by the clause's speaker
        'ونشرت النائبة ليلى حداد تغريدة جاء فيها: "لن نقبل بهذا القرار". '
        "وأصدر الحزب بيانا جاء فيه أن الانتخابات مزورة.",
        [("ليلى حداد", "لن نقبل بهذا القرار"), ("الحزب", "الانتخابات مزورة")],
    ),
    (  # a named body is no title before a person (its object)
        "وأعلن البيت الأبيض استقالة مايكل فلين من منصبه.",
        [("البيت الأبيض", "استقالة مايكل فلين من منصبه")],
    ),
    (  # a title's organisation after في is part of the speaker phrase
        "ودعا القيادي في حركة النهضة حكومة البلاد إلى فتح هذا الملف.",
        [("القيادي في حركة النهضة", "حكومة البلاد إلى فتح هذا الملف")],
    ),
    (  # the participle معلقا with بالقول
        "وانتقد النائب الإعلامي بشدة، معلقا بالقول إن الحكومة فشلت.",
        [("النائب الإعلامي", "الحكومة فشلت")],
    ),
    (  # a quantifier with its group is the subject
        "كما أعلن عدد من الشركات السياحية عن نيتها استئناف نشاطها.",
        [("عدد من الشركات السياحية", "نيتها استئناف نشاطها")],
    ),
    (  # one word after the verb's ب is content (a verbal noun)
        "ورحب المجلس بالقرار، وطالبت النقابة بسحبه.",
        [("النقابة", "بسحبه")],
    ),
    (  # an indefinite noun that no name list knows is the object of an elided subject,
        # and a participle later in its sentence is that speaker's
        'وقال الوزير إن خصمه يكذب. ونفى وجود أي قضية ضده، متابعا "لم يتعاف خصمي بعد".',
        [
            ("الوزير", "خصمه يكذب"),
            ("الوزير", "وجود أي قضية ضده"),
            ("الوزير", "لم يتعاف خصمي بعد"),
        ],
    ),
    (  # an anonymous source of a source phrase is the antecedent of an elided cue
        "وأغلق المحل حسب ما أفاد به مصدر أمني. وبين أن صاحبه مطلوب منذ مدة.",
        [("مصدر أمني", "وأغلق المحل"), ("مصدر أمني", "صاحبه مطلوب منذ مدة")],
    ),
    (  # a definite statement noun takes no issuer after عن (the verb's preposition)
        "وكشف التقرير عن إمكانية تحقيق نسبة نمو مرتفعة.",
        [("التقرير", "إمكانية تحقيق نسبة نمو مرتفعة")],
    ),
    (  # a source phrase set in a short clause without commas: the clause around it
        "وسيتم وفق رئيس الحكومة، فتح مكاتب جديدة للتشغيل. "
        "سيمكن هذا المشروع حسب الوزارة من تركيز وحدتين للغاز.",
        [
            ("رئيس الحكومة", "وسيتم فتح مكاتب جديدة للتشغيل"),
            ("الوزارة", "سيمكن هذا المشروع من تركيز وحدتين للغاز"),
        ],
    ),
    (  # a headline's subject in marks
        '"الصحة" تعلن عن خمس إصابات جديدة\n\nوقال المدير إن الوضع مستقر.',
        [("الصحة", "خمس إصابات جديدة"), ("المدير", "الوضع مستقر")],
    ),
    (  # a person's name with the article, then a place: subject and object
        "ودعا الغنوشي الجزائر إلى فتح الحدود.",
        [("الغنوشي", "الجزائر إلى فتح الحدود")],
    ),
    (  # a participle after a relative clause's quote takes its speaker
        "ومن بين الحضور أيضا أشرف بن يوسف الذي عبر عن إعجابه بالتجربة، مضيفا أنه اشتغل على أدائه.",
        [("أشرف بن يوسف", "إعجابه بالتجربة"), ("أشرف بن يوسف", "اشتغل على أدائه")],
    ),
    (  # content that opens with a quotation ended by a comma is the quotation alone
        'وقال الوزير إن "الوضع صعب جدا"، فهذا القطاع يعاني منذ سنوات.',
        [("الوزير", "الوضع صعب جدا")],
    ),
    (  # a medium's kind word heads the speaker phrase, and gives way to its name
        "وأعلن موقع ويكيليكس أنه سينشر الوثائق. وأضاف بيان موقع ويكيليكس أن الوثائق حقيقية.",
        [("ويكيليكس", "سينشر الوثائق"), ("ويكيليكس", "الوثائق حقيقية")],
    ),
    (  # a statement noun's adjective stands before its issuer
        "وكشف تقييم سري لوزارة الدفاع أن الهجوم كان متوقعا.",
        [("وزارة الدفاع", "الهجوم كان متوقعا")],
    ),
    (  # a present verb describing a statement noun, with the statement's pronoun
        "ونشرت الوزارة على موقعها بلاغا تعلن فيه عن إمكانية السفر إلى الجنوب.",
        [("الوزارة", "إمكانية السفر إلى الجنوب")],
    ),
    (  # a statement issued (صدر عن) by a body
        "وارتفعت الأسعار، حسب بلاغ صدر عن الوزارة.",
        [("الوزارة", "وارتفعت الأسعار")],
    ),
    (  # time words between the issuing verb and its issuer
        "وتم حجز مئتي لعبة، بحسب ما أورده بلاغ صدر السبت 14 مارس عن وزارة التجارة.",
        [("وزارة التجارة", "وتم حجز مئتي لعبة")],
    ),
    (  # a plural verb ends an anonymous source; an adjunct after a source phrase
        "وقال شهود عاينوا الحادث عن قرب إنهم شاهدوا الضحية. "
        "ووفق شهود ضمن تصريحات متطابقة للموقع، فإن الرصاصات قاتلة.",
        [("شهود", "شاهدوا الضحية"), ("شهود", "الرصاصات قاتلة")],
    ),
    (  # words in marks right after the speaker, more than a name, are the quote
        'وقال متحدث باسم الشركة "هذه الهواتف قديمة جدا ولن تعمل".',
        [("متحدث باسم الشركة", "هذه الهواتف قديمة جدا ولن تعمل")],
    ),
    (  # a direct object after an adjunct with a demonstrative (في هذا السياق)
        "وطالب الحزب بوضع قوانين جديدة، مؤكدا في هذا السياق حاجة البلديات إلى موارد أكبر.",
        [("الحزب", "بوضع قوانين جديدة"), ("الحزب", "حاجة البلديات إلى موارد أكبر")],
    ),
    (  # the guest of a programme is the previous speaker
        'أكد محسن مرزوق أن الفساد خطير. وقال ضيف "بوليتيكا" إن الحكومة تأخرت.',
        [("محسن مرزوق", "الفساد خطير"), ("ضيف", "الحكومة تأخرت")],
    ),
    (  # a short adjunct with خلال before the verb's preposition
        "وعبر وزير الثقافة خلال لقائه بالممثل عن تقديره لفنه.",
        [("وزير الثقافة", "تقديره لفنه")],
    ),
    (  # انتقد takes what was criticised as its object
        "وانتقد الأمين العام للحزب الحملة العسكرية على البلاد.",
        [("الأمين العام للحزب", "الحملة العسكرية على البلاد")],
    ),
    (  # a source phrase ends the speaker phrase
        "وقال مسؤول روسي استنادا إلى معلومات استخباراتية إن الهجوم قريب.",
        [("مسؤول روسي", "الهجوم قريب")],
    ),
    (  # the verb's preposition written on a word ends its subject
        "وطالب الزوج بفتح تحقيق في أسباب الوفاة. وندد الحزب بالاعتداء على مقره.",
        [("الزوج", "بفتح تحقيق في أسباب الوفاة"), ("الحزب", "بالاعتداء على مقره")],
    ),
    (  # a definite plural in ين after the verb is its object: the subject is elided
        "وقالت الإدارة إن الرحلات تأخرت. وطالبت المسافرين بعدم القدوم إلى المطار.",
        [("الإدارة", "الرحلات تأخرت"), ("الإدارة", "المسافرين بعدم القدوم إلى المطار")],
    ),
    (  # أبرز after a verb is the elative (the most prominent), not a speech verb
        "وتركزت أبرز المطالب على تحسين الأجور. وأبرز الوزير أن الأجور سترتفع.",
        [("الوزير", "الأجور سترتفع")],
    ),
    (  # two addressees joined by و before the verb's ب, which the word keeps (بمصارحة)
        "وطالبت حركة الأمل الوطني الحكومة ووزارة المالية بمصارحة المواطنين بحقيقة الأزمة.",
        [("حركة الأمل الوطني", "الحكومة ووزارة المالية بمصارحة المواطنين بحقيقة الأزمة")],
    ),
    (  # a perfect that is also a noun opens its clause after a fronted adjunct's comma
        "قال المدير إن الموسم جيد. ومن جهة أخرى، أبرز وزير الفلاحة، الدور الكبير للتعاونيات.",
        [("المدير", "الموسم جيد"), ("وزير الفلاحة", "الدور الكبير للتعاونيات")],
    ),
    (  # a quantifier and the noun it governs are the addressee before the verb's ب
        "وطالبت الهيئة الوطنية جميع بلديات الجهة بمراقبة الأسواق عن قرب.",
        [("الهيئة الوطنية", "جميع بلديات الجهة بمراقبة الأسواق عن قرب")],
    ),
    (  # a conjunction written apart makes طالب a verb; a plural in ات after a singular
        # title is its addressee, not its adjective
        "و طالب الوزير المنظمات الدولية بمتابعة القرارات الصادرة عنها.",
        [("الوزير", "المنظمات الدولية بمتابعة القرارات الصادرة عنها")],
    ),
    (  # a noun written with the pronoun ه ends a name found before it: the object
        "والتقى رئيس الشركة سامي الحداد بالوزير. وأكد الحداد عزمه الاستثمار في البنوك.",
        [("الحداد", "عزمه الاستثمار في البنوك")],
    ),
    (  # لكنه before the verb is no subject: the speaker is the one spoken of
        "ويواجه المدير سامي علي تهما عديدة، لكنه نفى هذه التهم.",
        [("سامي علي", "هذه التهم")],
    ),
    (  # ل + a verbal noun continues a body's name; في بيانها ... then a direct object,
        # and a body's head has no person's name after its adjunct
        "وأعلنت الهيئة الوطنية لإنقاذ الحزب في بيانها الختامي تكليف سامي علي برئاسة اللجنة.",
        [("الهيئة الوطنية لإنقاذ الحزب", "تكليف سامي علي برئاسة اللجنة")],
    ),
    (  # a name in marks after a verb of issuing, or after kind words, with its adjective
        'وبحسب دراسة نشرتها "ذي غارديان" البريطانية، ارتفعت الأسعار. '
        'وتم إيقاف المسؤول، حسب ما أورده موقع صحيفة "ذي أوبزرفر" البريطانية.',
        [("ذي غارديان", "ارتفعت الأسعار"), ("ذي أوبزرفر", "وتم إيقاف المسؤول")],
    ),
    (  # a statement noun's adjectives before its issuing participle
        "وأكد البيان الختامي المنبثق عن الهيئة المديرة أن اللجنة ستواصل عملها.",
        [("الهيئة المديرة", "اللجنة ستواصل عملها")],
    ),
    (  # an anonymous group of parties; two nisba adjectives joined by و are one phrase
        "أعلنت أطراف لبنانية مساء أمس عن اختطاف صياد. وقالت منظمات حقوق الإنسان اللبنانية "
        "والسورية إن القضية خطيرة.",
        [
            ("أطراف لبنانية", "اختطاف صياد"),
            ("منظمات حقوق الإنسان اللبنانية والسورية", "القضية خطيرة"),
        ],
    ),
    (  # a named source or the same source closes its sentence without a comma
        "وقال الوزير إن الأمر خطير. وسيتواصل البرنامج إلى غاية شهر ماي حسب مصالح وزارة التجارة. "
        "وتقدر نسبة الإنجاز ب 54 بالمائة وفق ذات المصدر.",
        [
            ("الوزير", "الأمر خطير"),
            ("مصالح وزارة التجارة", "وسيتواصل البرنامج إلى غاية شهر ماي"),
            ("ذات المصدر", "وتقدر نسبة الإنجاز ب 54 بالمائة"),
        ],
    ),
    (  # a verb of considering with its object pronoun after a relative and a named subject:
        # what the thing is called is the content; not with no one named after it
        "وارتفعت الصادرات بنسبة 5 بالمائة، وهو ما اعتبره وزير الصناعة دليلا على تحسن "
        'المناخ. ووقع الهجوم ليلا، وهو الاعتداء الذي اعتبره الرئيس "عملا جبانا". '
        "واحتج العمال بسبب ما اعتبروه عدم احترام الإدارة لوعودها.",
        [
            ("وزير الصناعة", "دليلا على تحسن المناخ"),
            ("الرئيس", "عملا جبانا"),
        ],
    ),
    (  # a verb of considering in the present, also read as a passive, is a cue only with
        # someone named after it (is considered: the source phrase's clause instead)
        "وتعتبر الحكومة أن الخطر لا يزال قائما. وتعتبر القهوة من أكثر المشروبات استهلاكا "
        "في المدينة. ويعتبر المعرض الأول من نوعه في الجهة، وفق نفس المصدر.",
        [
            ("الحكومة", "الخطر لا يزال قائما"),
            ("نفس المصدر", "ويعتبر المعرض الأول من نوعه في الجهة"),
        ],
    ),
    (  # a title in apposition to a person named before the verb's preposition, with or
        # without a comma after it, read over its seat, is no part of the content; a group
        # after the comma is the addressee of a verb of asking
        "وحذر كريم سالم، مدير الجمعية الجهوية للفلاحين بنابل من تبعات القرار. ودعت ليلى "
        "حداد، رئيسة النقابة، إلى مراجعة الأجور. ودعا سامي نور، سكان المدينة إلى الهدوء.",
        [
            ("كريم سالم", "تبعات القرار"),
            ("ليلى حداد", "مراجعة الأجور"),
            ("سامي نور", "سكان المدينة إلى الهدوء"),
        ],
    ),
    (  # استبعد (ruled out) opens content through a complementizer only: not its object,
        # and its participle is no cue (من المستبعد أن: it is unlikely)
        "واستبعد الخبير سامي علي أن تأتي القمة بجديد. واستبعد المدرب اللاعب من القائمة. "
        "ومن المستبعد أن يعود الفريق إلى الملعب قريبا.",
        [("سامي علي", "تأتي القمة بجديد")],
    ),
    (  # إن after من قبل ("previously") opens the content; أن after it is "before that"
        "وكانت الهيئة قد قالت من قبل إنها لن تغير موعد الاقتراع. وقال الوزير إن الحكومة "
        "ستتدخل من قبل أن تتفاقم الأزمة.",
        [
            ("الهيئة", "لن تغير موعد الاقتراع"),
            ("الوزير", "الحكومة ستتدخل من قبل أن تتفاقم الأزمة"),
        ],
    ),
    (  # and so does a report or the media, not a plan or a need
        "ووجد الأطباء حشرة حية داخل أذن الطفل وفق وسائل إعلام محلية. وارتفعت الأسعار "
        "بنسبة 3 بالمائة حسب دراسة أمريكية. وتوزع المساعدات على العائلات حسب الحاجة.",
        [
            ("وسائل إعلام محلية", "ووجد الأطباء حشرة حية داخل أذن الطفل"),
            ("دراسة أمريكية", "وارتفعت الأسعار بنسبة 3 بالمائة"),
        ],
    ),
    (  # a participle hangs on the clause's subject past ومن جانبه، and a found name ends
        # before a preposition the clitic step split off (بنجاح)
        "وقال الوزير سامي علي إن العلاقات جيدة. ومن جانبه، أشاد الرئيس فؤاد معصوم بنجاح "
        "التجربة، مشيرا إلى متانة العلاقات.",
        [("سامي علي", "العلاقات جيدة"), ("فؤاد معصوم", "متانة العلاقات")],
    ),
    (  # a closing mark may end the clause before a source phrase that names who spoke
        'وتستعد الشركة لسحب حواسيب "بلو 3" حسب ما كشفته مصادر مقربة من الصانع.',
        [("مصادر مقربة من الصانع", 'وتستعد الشركة لسحب حواسيب "بلو 3"')],
    ),
    (  # the source after ما + a verb and a statement adjunct with its medium in marks
        "ونجحت الوحدات الأمنية في استرجاع البضاعة حسب ما أكده في تصريح للإذاعة "
        '"أف أم" رئيس مركز الأمن بالمدينة.',
        [("رئيس مركز الأمن", "ونجحت الوحدات الأمنية في استرجاع البضاعة")],
    ),
    (  # كما + a speech verb right after its clause names its source; at a clause's start
        # it is "also"
        "وتوفي 10 أشخاص بسبب البرد كما أعلن المركز الحكومي للأمن. كما أكد المركز أن "
        "الحصيلة سترتفع.",
        [
            ("المركز الحكومي للأمن", "وتوفي 10 أشخاص بسبب البرد"),
            ("المركز", "الحصيلة سترتفع"),
        ],
    ),
    (  # a word or two in marks after a noun further on in the clause are a term, not
        # the quotation a cue opens
        'وكشفت دراسة حول "المشاركة السياسية" أن الشباب يقاطعون الانتخابات. وقال الوزير "نعم".',
        [("دراسة", "الشباب يقاطعون الانتخابات"), ("الوزير", "نعم")],
    ),
    (  # a speech verb after فيما ends the content before it, even without a comma
        "فقد طالب الكثيرون بمعاقبته لأنه انتهك الميثاق فيما اعتبر آخرون أن تصرفاته مبررة.",
        [("الكثيرون", "بمعاقبته لأنه انتهك الميثاق"), ("آخرون", "تصرفاته مبررة")],
    ),
    (  # a quotation that opens with a complementizer is the content, not an object
        'أفاد الوزير، الأربعاء بجندوبة، "أن المشروع سينطلق قريبا".',
        [("الوزير", "أن المشروع سينطلق قريبا")],
    ),
    (
        'وأبرز الوزير في تصريح للإذاعة الوطنية "أن المشروع سينطلق قريبا".',
        [("الوزير", "أن المشروع سينطلق قريبا")],
    ),
    (  # نصح takes whom it advises and ب; its imperfect is left out (ينصح بـ: it is advised)
        "ونصحت الوزارة المواطنين بتجنب التنقل ليلا. وينصح بإطفاء الأجهزة القديمة.",
        [("الوزارة", "المواطنين بتجنب التنقل ليلا")],
    ),
    (  # أهاب names whom it urges after its ب
        "وأهابت الوزارة بمستعملي الطريق توخي الحذر.",
        [("الوزارة", "بمستعملي الطريق توخي الحذر")],
    ),
    (  # a word with the verb's own ب right after the subject opens the content, even
        # with another ب after it in its clause
        "وتعهد الوزير بتنفيذ الخطة بالتنسيق مع البلديات. وأهابت النقابة بكافة المواطنين "
        "الالتزام بالهدوء خلال المسيرة.",
        [
            ("الوزير", "بتنفيذ الخطة بالتنسيق مع البلديات"),
            ("النقابة", "بكافة المواطنين الالتزام بالهدوء خلال المسيرة"),
        ],
    ),
    (  # a perfect that is also a noun opens its sentence as a verb before time words and a
        # title, or before a quantifier with its group; before an adjective it is the noun
        "طالب اليوم رئيس الحكومة بالإسراع في الإصلاحات. طالب عدد من النواب بتأجيل الجلسة. "
        "طالب جامعي يفوز بجائزة دولية في الرياضيات.",
        [
            ("رئيس الحكومة", "بالإسراع في الإصلاحات"),
            ("عدد من النواب", "بتأجيل الجلسة"),
        ],
    ),
    (  # a page (class statement) with its adjective gives way to the body after its ل,
        # not to the topic after it
        "وانعقدت القمة بالعاصمة، وفق ما جاء في الصفحة الرسمية لبلدية المرسى. وارتفع "
        "العجز، وفق ما جاء في المذكرة الشهرية للوضع المالي.",
        [
            ("بلدية المرسى", "وانعقدت القمة بالعاصمة"),
            ("المذكرة الشهرية للوضع المالي", "وارتفع العجز"),
        ],
    ),
    (  # not a place (the correspondent's posting), nor when a complementizer follows in
        # its clause: an adjunct
        "وأفاد المراسل بسيدي بوزيد بأن الطريق مغلقة. وأفادت الهيئة بخصوص العضوين، بأنه تم "
        "إعفاؤهما.",
        [("المراسل بسيدي بوزيد", "الطريق مغلقة"), ("الهيئة", "تم إعفاؤهما")],
    ),
    (  # a comma before a cue whose frame comes after a long adjunct ends the content
        "وكان الوزير قد أعلن أن الخطة جاهزة، وقال للصحفيين، في تعليق على هامش لقاء طويل "
        'جمعه بممثلي النقابات خلال احتفالات عيد العمال بالعاصمة: "سنواصل الإصلاح".',
        [("الوزير", "الخطة جاهزة"), ("الوزير", "سنواصل الإصلاح")],
    ),
    (  # a word with ب written on it opens an adjunct, never a direct object
        "وكان الوزير أعلن بشكل نهائي أمس عن الإجراء الذي يشمل كل المتقاعدين.",
        [("الوزير", "الإجراء الذي يشمل كل المتقاعدين")],
    ),
    (  # so does one after a comma; a complementizer after a later comma opens the content
        'وذكر النائب خلال لقاء انتظم مساء أمس، بساحة المدينة، ببادرة من الحزب، بأن "الحزب '
        'قدم حلولا كثيرة".',
        [("النائب", "الحزب قدم حلولا كثيرة")],
    ),
    (  # a participle after an adverb opens its own quote (not after a verb of being)
        "وأكد المدير أن الشركة تواجه منافسة من الداخل والخارج أيضا مؤكدا أن الأرباح ستتحسن.",
        [("المدير", "الشركة تواجه منافسة من الداخل والخارج أيضا"), ("المدير", "الأرباح ستتحسن")],
    ),
    (  # and one after a word with a pronoun written on it (no verb of being: كان مؤكدا)
        "وقال المدير إن القانون سيطبق بعد المصادقة عليه مؤكدا أن كل مخالفة ستعاقب.",
        [("المدير", "القانون سيطبق بعد المصادقة عليه"), ("المدير", "كل مخالفة ستعاقب")],
    ),
    (  # and a verb after كما or حيث, its preposition after it
        "وقال الوزير إن المشروع سينطلق قريبا كما شدد على ضرورة احترام الآجال.",
        [("الوزير", "المشروع سينطلق قريبا"), ("الوزير", "ضرورة احترام الآجال")],
    ),
    (  # and so does one after لكن with its pronoun, written with و or not
        "وقال المدير إن الشركة ربحت كثيرا هذا العام ولكنه حذر من أن السوق ستتراجع.",
        [("المدير", "الشركة ربحت كثيرا هذا العام"), ("المدير", "السوق ستتراجع")],
    ),
    (  # a definite verbal noun after a verb that takes a direct object is its object
        "وقال الوزير إن الموسم جيد. كما أكد التطور الإيجابي للسوق الداخلية.",
        [("الوزير", "الموسم جيد"), ("الوزير", "التطور الإيجابي للسوق الداخلية")],
    ),
    (  # a noun written with the pronoun ه after a body's name is the verb's object
        "وقد شملت الإيقافات عددا من المشتبه فيهم. فقد أكد حزب المبادرة دعمه التام للحكومة.",
        [("حزب المبادرة", "دعمه التام للحكومة")],
    ),
    (  # ذلك ما + a speech verb names the source of the clause before; not any verb
        "تطمح الحكومة إلى دعم الفلاحين، ذلك ما أكده وزير الفلاحة في حوار مع الإذاعة. "
        "وارتفعت الأسعار كثيرا، وذلك ما حدث في العام الماضي أيضا.",
        [("وزير الفلاحة", "تطمح الحكومة إلى دعم الفلاحين")],
    ),
    (  # a person mention with ال after a definite title is the name (المنصف)
        "وصرح رئيس النادي البنزرتي المنصف الورغي في حوار إذاعي أن الحكم أخطأ.",
        [("المنصف الورغي", "الحكم أخطأ")],
    ),
    (  # عبر is "via" unless عن follows it: the writer speaks, not the site
        'وكتب سامي على حسابه الخاص عبر موقع "تويتر": "أستنكر بشدة استغلال صوتي". '
        "وعبر الوزير، في تصريح للإذاعة، عن ارتياحه للنتائج.",
        [("سامي", "أستنكر بشدة استغلال صوتي"), ("الوزير", "ارتياحه للنتائج")],
    ),
    (  # an aside in brackets after the addressee, before the verb's preposition
        "وأوصت الهيئة الكتلة النيابية (40 عضوا) بضرورة التعجيل بمناقشة المشروع.",
        [("الهيئة", "الكتلة النيابية (40 عضوا) بضرورة التعجيل بمناقشة المشروع")],
    ),
    (  # a short adjunct with من between a participle and its preposition
        "وأكد الوزير أن المشروع سينطلق قريبا، مشيرا من جهة أخرى إلى أن التمويل متوفر.",
        [("الوزير", "المشروع سينطلق قريبا"), ("الوزير", "التمويل متوفر")],
    ),
    (  # a rank between an office with its complement and the name: the person speaks
        "وأوضح الناطق باسم الحرس البحري العقيد سامي العلي أن الدوريات تضاعفت.",
        [("سامي العلي", "الدوريات تضاعفت")],
    ),
    (  # a person named in marks after an office: the person speaks
        'وأكد مدير مهرجان الفنون "سامي العلي" أن الدورة ستكون مختلفة.',
        [("سامي العلي", "الدورة ستكون مختلفة")],
    ),
    (  # a body's named place after في is part of it; a person's is where it was said
        "وقالت السلطات الصحية في البرازيل إن الوباء انتشر. وقال الرئيس في باريس إن التحقيق بدأ.",
        [("السلطات الصحية في البرازيل", "الوباء انتشر"), ("الرئيس", "التحقيق بدأ")],
    ),
    (  # a name in apposition to a title keeps a first letter read as a clitic (بيار)
        "وأعلن رئيسها التنفيذي، بيار فرنسوا مارتان، أن الشركة ستعود إلى السوق.",
        [("بيار فرنسوا مارتان", "الشركة ستعود إلى السوق")],
    ),
    (  # ذاتها after a medium's kind word in a source phrase: the source named before
        "ذكرت صحيفة الأفق الجديد أن الرجل اختطف. وحسب الجريدة ذاتها، فإن الرجل تعرض للضرب.",
        [("الأفق الجديد", "الرجل اختطف"), ("الجريدة ذاتها", "الرجل تعرض للضرب")],
    ),
    (  # ومن جانبه opens the sentence; بالحاج inside a person mention is part of the name
        "وقال الوزير إن الحزب قوي. ومن جانبه اكتفى سامي بالحاج علي بالتعليق على عودته، "
        "رافضا الإدلاء بالمزيد من التوضيحات.",
        [("الوزير", "الحزب قوي"), ("سامي بالحاج علي", "الإدلاء بالمزيد من التوضيحات")],
    ),
    (  # an aside between dashes after the cue, opened by a connective, is no subject
        'وكان الوزير يتحدث أمام حشد عندما قال -فيما يتعلق بالأمن- "انظروا إلى ما يحدث". '
        'وأضاف "هذا خطير".',
        [("الوزير", "انظروا إلى ما يحدث"), ("الوزير", "هذا خطير")],
    ),
    (  # a source phrase has no object: a second title after the first leads to the name
        "وتم تأجيل الجلسة، وفق ما أفاد به مساعد الوكيل العام الناطق باسم محكمة الاستئناف "
        "سامي العلي.",
        [("سامي العلي", "وتم تأجيل الجلسة")],
    ),
    (  # a body's kind word with an adjective refers to the body named in marks before
        'ووفقا لدراسة نشرتها مجلة "حدود المعرفة" فإن المرض نادر. وذكرت المجلة المختصة '
        "أن العلماء لاحظوا المرض.",
        [("حدود المعرفة", "المرض نادر"), ("المجلة المختصة", "العلماء لاحظوا المرض")],
    ),
    (  # a participle's complement up to the complementizer is part of the speaker phrase
        "وقالت مؤسستان متخصصتان في حماية البيانات إنهما رصدتا هجوما. وقالت الوزارة المعنية "
        "في بيان إنها ستحقق.",
        [
            ("مؤسستان متخصصتان في حماية البيانات", "رصدتا هجوما"),
            ("الوزارة المعنية", "ستحقق"),
        ],
    ),
    (  # a partitive subject of a verb of no speech is the antecedent of a plural cue; the
        # place written with ب after its participle is part of it
        "طالب عدد من أفراد الجالية المقيمة بكندا السلطات بالتدخل. وانتقدوا غياب التمثيل "
        "الدبلوماسي.",
        [("عدد من أفراد الجالية المقيمة بكندا", "غياب التمثيل الدبلوماسي")],
    ),
    (  # an indefinite relative after the verb is its subject, not its object
        "وأرجع شقيق الضحية سبب الحادث إلى الإهمال، موضحا أن الطريق كان مظلما.",
        [
            ("شقيق الضحية", "سبب الحادث إلى الإهمال"),
            ("شقيق الضحية", "الطريق كان مظلما"),
        ],
    ),
    (  # a source phrase before a cue whose subject is a person: the person speaks; a body
        # speaks through the statement
        "ووفق البلاغ أكد مدير الشؤون القنصلية، سامي العلي، أن القرار مفاجئ. ووفق البلاغ "
        "تعهدت الحكومة بتأمين العبور.",
        [
            ("سامي العلي", "القرار مفاجئ"),
            ("البلاغ", "تعهدت الحكومة بتأمين العبور"),
        ],
    ),
    (  # an elative before a statement noun: the statement's issuer speaks
        "كشفت آخر الأرقام الصادرة عن الهيئة الوطنية للصحة أن المرض انتشر في عشر مدن.",
        [("الهيئة الوطنية للصحة", "المرض انتشر في عشر مدن")],
    ),
    (  # the agent of a passive after a statement noun (من قبل، من طرف) issued it
        "ووفق معطيات رسمية، نشرت الخميس، من قبل البنك المركزي، فقد تراجعت المدخرات. "
        "وحسب تقرير أنجز من طرف البنك الدولي، فإن النمو تباطأ.",
        [
            ("البنك المركزي", "فقد تراجعت المدخرات"),
            ("البنك الدولي", "النمو تباطأ"),
        ],
    ),
    (  # a source phrase reads on to the complementizer over the place of its source
        "وقالت القناة نقلا عن عدة مصادر في حكومة البلاد إن الرجل تسمم.",
        [("عدة مصادر في حكومة البلاد", "الرجل تسمم")],
    ),
    (  # a name whose first letter reads like a conjunction keeps it when the mention does
        "استقال مايكل فلين من منصبه. كان فلين قد أكد أنه لم يناقش العقوبات.",
        [("فلين", "لم يناقش العقوبات")],
    ),
    (  # an anonymous speaker keeps the age after its head
        "وقالت امرأة في الخمسين من عمرها إن الحي غرق.",
        [("امرأة في الخمسين من عمرها", "الحي غرق")],
    ),
    (  # a body's source reads on over the body it belongs to, with ب up to the comma
        "وحسب معطيات دائرة الإنتاج بشركة الإسمنت الوطنية، فقد تراجعت الكميات.",
        [("دائرة الإنتاج بشركة الإسمنت الوطنية", "فقد تراجعت الكميات")],
    ),
    (  # a country after ب is passed over but is no part of the source's name; فقد, the
        # particle of the content's verb, begins the content
        "ووفق تقرير صادر عن منظمة العمل الدولية بالمغرب، فقد ارتفعت البطالة.",
        [("منظمة العمل الدولية", "فقد ارتفعت البطالة")],
    ),
    (  # a ministry's name lists its portfolios with و
        "وارتفع الإنتاج، حسب التقرير الصادر عن وزارة الصناعة والمناجم والطاقات المتجددة.",
        [("وزارة الصناعة والمناجم والطاقات المتجددة", "وارتفع الإنتاج")],
    ),
    (  # after a source phrase's verb, a medium or addressee with ل is whom the words were
        # given to: the source follows it
        "وصدر الحكم بسجن المتهم، وفق ما أكده للإذاعة، الناطق باسم المحكمة سامي العلي. "
        "وسيتم تحويل الفائض، حسب ما أكده لمراسل الإذاعة، المدير الجهوي كريم سالم.",
        [
            ("سامي العلي", "وصدر الحكم بسجن المتهم"),
            ("كريم سالم", "وسيتم تحويل الفائض"),
        ],
    ),
    (  # a participle after a source phrase naming a person's title is the source's
        "وسيساهم المصنع، حسب المدير الجهوي، في خفض الأسعار، مشيرا إلى أن الإنتاج سيرتفع.",
        [
            ("المدير الجهوي", "وسيساهم المصنع في خفض الأسعار"),
            ("المدير الجهوي", "الإنتاج سيرتفع"),
        ],
    ),
    (  # a relative after a title's apposition speaks for the person, not the body after it
        "وحضر الندوة رجل الأعمال سامي العلي، رئيس صندوق الأمل للاستثمار، الذي أعلن عن "
        "نيته الاستثمار في البلاد.",
        [("سامي العلي", "نيته الاستثمار في البلاد")],
    ),
    (  # a statement noun's issuer named after its topic or title and a comma: a relative
        # with a verb of issuing, or a passive with its agent; time words after it end it
        "تراجعت البطالة إلى 12 بالمائة، حسب تقرير «آفاق التشغيل»، الذي أعدته منظمة العمل "
        "الدولية، صباح الخميس. وارتفعت الصادرات، وفق دراسة حول أسواق الزيت في المتوسط، تم "
        "إنجازها من طرف البنك الإفريقي للتنمية.",
        [
            ("منظمة العمل الدولية", "تراجعت البطالة إلى 12 بالمائة"),
            ("البنك الإفريقي للتنمية", "وارتفعت الصادرات"),
        ],
    ),
    (  # a cue spelled as a stop word (بين، عبر) that opens nothing is "between" or
        # "via" and names no speaker for a later elided cue or participle
        "وأعلن الوزير سامي العلي أن الإصلاح سيتواصل. كما تحدث العلي عن العلاقة بين الوالي "
        "والبلديات، فأكد على ضرورة التنسيق. ونبه العلي عبر حسابه على موقع فيسبوك المواطنين "
        "قائلا إن الطريق مغلقة.",
        [
            ("سامي العلي", "الإصلاح سيتواصل"),
            ("العلي", "ضرورة التنسيق"),
            ("العلي", "الطريق مغلقة"),
        ],
    ),
    (  # مجموعة من is a partitive like عدد من, and its group goes on over و + a
        # definite noun
        "أعلنت مجموعة من النقابات المهنية والجمعيات الأهلية عن تأسيس تحالف جديد.",
        [("مجموعة من النقابات المهنية والجمعيات الأهلية", "تأسيس تحالف جديد")],
    ),
    (  # a participle after a source phrase whose person follows the medium given the
        # words is that person's
        "اجتمعت الأحزاب أمس. وتضم القائمة كلا من حزب الأمل، وحركة الشعب، وحزب العمل "
        "الوطني، حسب ما أكده لمراسلة الجوهرة أف أم، سامي العلي، القيادي في حزب الأمل، "
        "مضيفا أن الباب مفتوح للجميع.",
        [
            (
                "سامي العلي",
                "وتضم القائمة كلا من حزب الأمل، وحركة الشعب، وحزب العمل الوطني القيادي في "
                "حزب الأمل",
            ),
            ("سامي العلي", "الباب مفتوح للجميع"),
        ],
    ),
    (  # an indefinite adjective after an anonymous head's complement stays in it
        "وذكر شاهد عيان آخر أنه رأى سيارة بيضاء.",
        [("شاهد عيان آخر", "رأى سيارة بيضاء")],
    ),
    (  # a name after a title that is the genitive of a body inside the phrase is that
        # title's holder: the whole phrase speaks; ب + the body is the title's seat too
        "قال مسؤول كبير في إدارة الرئيس الأميركي سامي العلي إن الوفد سيزور البلاد. وأضاف "
        "مستشار الشؤون الأمنية بمكتب الرئيس كريم الحداد أن الزيارة مهمة.",
        [
            ("مسؤول كبير في إدارة الرئيس الأميركي سامي العلي", "الوفد سيزور البلاد"),
            ("مستشار الشؤون الأمنية بمكتب الرئيس كريم الحداد", "الزيارة مهمة"),
        ],
    ),
    (  # a body after a title at a clause's start is the title's genitive, no subject
        # a later elided cue could refer to
        "ومن ناحيته اعتبر سامي العلي، عضو المجلس المركزي للجبهة الشعبية، في كلمة خلال "
        "الاجتماع، أن الوضع صعب. وبين أن الانتخابات ضرورية.",
        [("سامي العلي", "الوضع صعب"), ("سامي العلي", "الانتخابات ضرورية")],
    ),
    (  # the connector ل of وفقا written on ما before the source's verb
        "وارتفعت الأسعار، وفقا لما أعلنته وزارة التجارة.",
        [("وزارة التجارة", "وارتفعت الأسعار")],
    ),
    (  # لكن opens its clause: the subject before the verb is read past it
        "قالت وزارة العدل إن رجلا احتال على شركتين. لكن الجمعية الوطنية للمستهلكين كشفت أن "
        "الضحايا كثيرون.",
        [
            ("وزارة العدل", "رجلا احتال على شركتين"),
            ("الجمعية الوطنية للمستهلكين", "الضحايا كثيرون"),
        ],
    ),
    (  # المكلف (بالإعلام) is a title that leads past its charge and adjunct to the name
        "وأكد المكلف بالإعلام في البرلمان، سامي العلي، أن القرار نهائي.",
        [("سامي العلي", "القرار نهائي")],
    ),
    (  # من داخل opens an anonymous source's place as من does
        "وأكدت مصادر من داخل الحزب أن الخلاف عميق.",
        [("مصادر من داخل الحزب", "الخلاف عميق")],
    ),
    (  # the subject of a sentence's first clause keeps its seat, as after the cue
        "وكانت السلطات بالكونغو قد أكدت أمس أن الجثة وجدت. وكان القيادي في حركة النهضة قد "
        "أكد أن الحزب موحد.",
        [
            ("السلطات بالكونغو", "الجثة وجدت"),
            ("القيادي في حركة النهضة", "الحزب موحد"),
        ],
    ),
    (  # a perfect also read as a noun (أبرز) is a verb after ما; توضيح is a statement
        # noun; a person's title before a body named in marks (موفد «…») speaks with it
        "وتراجع العجز بنسبة كبيرة، وفق ما أبرزه التقرير الشهري للوزارة. وتنتهي الأشغال في "
        'جوان، حسب توضيح الوزير. وحضر الوزير الملتقى، بحسب ما أكده موفد "الديوان اف أم". '
        'وقال موفد "الديوان اف أم" إن الحضور كبير.',
        [
            ("التقرير الشهري للوزارة", "وتراجع العجز بنسبة كبيرة"),
            ("الوزير", "وتنتهي الأشغال في جوان"),
            ('موفد "الديوان اف أم"', "وحضر الوزير الملتقى"),
            ('موفد "الديوان اف أم"', "الحضور كبير"),
        ],
    ),
    (  # a preposition with a pronoun (خلالها) is no subject: the verb speaks for the
        # subject of the sentence's first clause, past an impersonal lead and an adjunct
        "يشار إلى أنه، إثر افتتاح أشغال الدورة الثالثة للجنة المشتركة، عقد وزير التجارة، "
        "سامي العلي، ندوة صحفية مع نظيره الليبي، أكد خلالها أن المبادلات تضاعفت، مشيرا إلى "
        "أن الحدود ستفتح.",
        [("سامي العلي", "المبادلات تضاعفت"), ("سامي العلي", "الحدود ستفتح")],
    ),
    (  # عمادة (a professional order) is a body: the title's genitive goes on over it
        "ولاحظ عضو الهيئة الوطنية لعمادة المهندسين أن المشاريع متوقفة.",
        [("عضو الهيئة الوطنية لعمادة المهندسين", "المشاريع متوقفة")],
    ),
    (  # an anonymous source keeps its adjectives of agreement and trust (متطابقة)
        "وقالت مصادر أمنية متطابقة إن المسلحين انسحبوا.",
        [("مصادر أمنية متطابقة", "المسلحين انسحبوا")],
    ),
    (  # a statement noun's topic, then its issuing participle (المقدمة من) and issuer
        "وبحسب أرقام الصادرات المقدمة من الوزارة، فإن الموسم كان جيدا.",
        [("الوزارة", "الموسم كان جيدا")],
    ),
    (  # an unclosed " ends before a reporting clause its sentence goes on with, and a
        # " written as an opener while it is open, before one written as a closer, opens
        # a new pair: the first lost its closer
        'وقال الوزير إن "الحوار مستمر والحكومة تدعمه مطالبا الأحزاب بالمشاركة فيه. '
        'وكانت الحكومة قد أعلنت عن خطة جديدة لتنفيذ "اتفاق تونس" قريبا.',
        [
            ("الوزير", "الحوار مستمر والحكومة تدعمه"),
            ("الوزير", "الأحزاب بالمشاركة فيه"),
            ("الحكومة", 'خطة جديدة لتنفيذ "اتفاق تونس" قريبا'),
        ],
    ),
    (  # an adjunct of في and a demonstrative before the addressee and the preposition
        "وقال الوزير إن الوضع صعب، مطالبا في هذا الإطار الشركاء الأفارقة بتقديم المساعدة.",
        [("الوزير", "الوضع صعب"), ("الوزير", "الشركاء الأفارقة بتقديم المساعدة")],
    ),
    (  # a perfect that is also a noun opens its sentence before a title: a verb; time
        # words may stand between whom it calls on and its preposition
        "طالب الوزير النقابات اليوم الثلاثاء بالعودة إلى طاولة الحوار فورا.",
        [("الوزير", "النقابات اليوم الثلاثاء بالعودة إلى طاولة الحوار فورا")],
    ),
    (  # a statement adjunct with ل and its pronoun, where and when it was given (time
        # words and a date count for none), then the object
        "ودعا رئيس الحزب سامي علي في مداخلة له في الإذاعة اليوم الخميس 27 أفريل نواب "
        "المعارضة إلى الاستقالة من البرلمان.",
        [("سامي علي", "نواب المعارضة إلى الاستقالة من البرلمان")],
    ),
    (  # the verb's عن after a long adjunct opened by خلال or في
        "عبر رئيس النقابة سامي علي خلال اجتماع عقدته النقابة اليوم الجمعة عن تخوفه على "
        "مستقبل القطاع في الجهة.",
        [("سامي علي", "تخوفه على مستقبل القطاع في الجهة")],
    ),
    (  # قد before a verb in the present makes it a possibility, nothing said
        "وقال الوزير إن الخطة جاهزة. ومن المتوقع أن تثير الخطة غضب الجمعيات التي قد تطالب "
        "الحكومة بشفافية تامة خلال الأشهر المقبلة.",
        [("الوزير", "الخطة جاهزة")],
    ),
    (  # a verb in the present and the singular with no speaker anywhere is impersonal
        "وسقط جسم غريب في الشباك يعتقد أنه سحر لحل عقدة التسجيل.",
        [],
    ),
    (  # a source phrase set off by commas in its clause may end in a short adjunct
        "وتناول اللقاء، وفق الموقع الإعلامي للبرلمان على الإنترنت، العلاقات الثنائية.",
        [("الموقع الإعلامي للبرلمان", "وتناول اللقاء العلاقات الثنائية")],
    ),
    (  # توعد (with ب or بأن) is a cue like هدد
        'وتوعدت الحكومة بأن الشرطة "ستلاحق كل المخالفين" في البلاد.',
        [("الحكومة", 'الشرطة "ستلاحق كل المخالفين" في البلاد')],
    ),
    (  # a cue with a colon and a quotation ends the running content before it, and
        # before قبل أن; تنبأ is a cue
        'وقالت المهاجرة إنها أول مهاجرة من البلاد، قبل أن تتنبأ: "لن أكون الأخيرة".',
        [("المهاجرة", "أول مهاجرة من البلاد"), ("المهاجرة", "لن أكون الأخيرة")],
    ),
    (  # أن after من شأنه is no complementizer (class block)
        "ودعت الحركة إلى الحوار، ورفض أي خيار أمني من شأنه أن يعمق الأزمة.",
        [("الحركة", "الحوار، ورفض أي خيار أمني من شأنه أن يعمق الأزمة")],
    ),
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


@pytest.mark.parametrize(("text", "expected"), NEWS_SHAPES)
def test_shapes_of_real_news(text: str, expected: list[tuple[str, str]]) -> None:
    quotes = _FULL(text).quotes
    got = [(q.speaker.text if q.speaker else "", q.text) for q in quotes]
    assert got == expected, [(q.method, q.speaker) for q in quotes]


def test_a_kind_word_with_an_adjective_refers_to_the_body_named_in_marks() -> None:
    text = (
        'ووفقا لدراسة نشرتها مجلة "حدود المعرفة" فإن المرض نادر. وذكرت المجلة المختصة '
        "أن العلماء لاحظوا المرض."
    )
    quotes = _FULL(text).quotes
    assert [q.speaker.canonical for q in quotes if q.speaker] == ["حدود المعرفة"] * 2


def test_an_office_given_after_a_name_is_whom_the_same_office_refers_to() -> None:
    text = (
        "وأوضح كمال الحداد مدير الصيانة في شركة المياه أن الأنابيب قديمة. وتعمل الشركة على "
        "تجديدها، وفق ما أفاد مدير الصيانة."
    )
    quotes = _FULL(text).quotes
    assert [q.speaker.canonical for q in quotes if q.speaker] == ["كمال الحداد"] * 2


def test_a_bare_title_with_a_definite_word_read_as_its_adjective_refers_back() -> None:
    text = (
        "وأوضح وزير الخارجية سامي العلي أن الاستثمار أولوية. واعتبر الوزير المنتدى انطلاقة "
        "للانتقال الاقتصادي، موضحا أن الحكومة تعد الأرضية."
    )
    quotes = _FULL(text).quotes
    assert [q.speaker.canonical for q in quotes if q.speaker] == ["سامي العلي"] * 3


def test_a_title_given_before_with_more_words_refers_to_its_person() -> None:
    doc = _FULL(
        "أعلن وزير الشؤون المحلية والبيئة، رياض الهادي، أن الأكياس ستمنع. "
        "وأوضح وزير الشؤون المحلية والبيئة أن الحملة انطلقت."
    )
    assert [q.speaker.canonical for q in doc.quotes if q.speaker] == ["رياض الهادي"] * 2


def test_a_fronted_prepositional_phrase_is_no_subject() -> None:
    doc = _FULL("وأوقف الأعوان السيارة. وبالتحري معهم أكد الأعوان أنها مسروقة.")
    assert [q.speaker.text for q in doc.quotes if q.speaker] == ["الأعوان"]


def test_a_headline_speaker_may_be_a_surname_with_its_article_or_speak_to_someone() -> None:
    doc = _FULL(
        "الشاهد : الحكومة ستبقى قريبة من المواطن\n\nوأكد رئيس الحكومة يوسف الشاهد أن الحكومة قريبة."
    )
    assert next((q.speaker.canonical, q.text) for q in doc.quotes if q.speaker) == (
        "يوسف الشاهد",
        "الحكومة ستبقى قريبة من المواطن",
    )
    doc = _FULL('مهدي جمعة ليوسف الشاهد : "أنت معلم"\n\nوقال مهدي جمعة إن الحكومة نجحت.')
    assert [q.speaker.canonical for q in doc.quotes if q.speaker] == ["مهدي جمعة"] * 2


def test_the_guest_of_a_programme_is_the_previous_speaker() -> None:
    doc = _FULL('أكد محسن مرزوق أن الفساد خطير. وقال ضيف "بوليتيكا" إن الحكومة تأخرت.')
    assert [q.speaker.canonical for q in doc.quotes if q.speaker] == ["محسن مرزوق"] * 2


def test_a_group_agrees_with_a_plural_verb_later() -> None:
    doc = _FULL("وطالب عدد من أفراد الجالية بالتدخل. واستنكروا صمت الوزارة أمام هذا الملف.")
    assert [q.speaker.text for q in doc.quotes if q.speaker] == ["عدد من أفراد الجالية"] * 2


def test_an_addressee_in_the_plural_ends_the_speaker() -> None:
    (q,) = _FULL("وأكد متحدث باسم الجيش لشبكات الإذاعة المحلية وقوع أضرار.").quotes
    assert q.speaker is not None and q.speaker.text == "متحدث باسم الجيش"


def test_a_title_with_an_adjective_refers_to_the_person_given_that_title() -> None:
    doc = _FULL(
        "وقال النائب وليد جلاد إن القرار مخز. وأكد النائب السابق عن الحركة أنه سيواصل العمل. "
        "وأضاف المصدر البرلماني ذاته أن الجلسة تأجلت."
    )
    assert [q.speaker.canonical for q in doc.quotes if q.speaker] == ["وليد جلاد"] * 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a verb of describing calls a thing, in marks after ب with the thing
        # between, is the speaker's words (mixed, not a name after ب)
        ('ووصف الوزير الاتفاق بـ"الخطوة المهمة".', [("mixed", 'الاتفاق بـ"الخطوة المهمة"')]),
        (
            "وقال الوزير إن الحوار مستمر، واصفا المعارضة بـ"
            '"العدو الأول للشعب الذي لن يفلت من العقاب".',
            [
                ("indirect", "الحوار مستمر"),
                ("mixed", 'المعارضة بـ"العدو الأول للشعب الذي لن يفلت من العقاب"'),
            ],
        ),
        # the thing described is content with بأنه and what it is called; a subject
        # headed by a definite verbal noun is the thing described
        ("ووصف الوزير الاتفاق بأنه خطوة مهمة.", [("indirect", "الاتفاق بأنه خطوة مهمة")]),
        (
            "وزار الرئيس البلاد، بعدما وصف الاستعمار للبلاد بأنه جريمة ضد الإنسانية.",
            [("indirect", "الاستعمار للبلاد بأنه جريمة ضد الإنسانية")],
        ),
        # with ب right after it and no object, it is passive; after a relative, its
        # object pronoun calls what comes before
        ('وأطلق الرئيس تصريحات وصفت بـ"العنصرية" ضد الأجانب.', []),
        ("وتحدث الوزير عن الأمر الذي وصفه بالخطير جدا على البلاد.", []),
    ],
)
def test_a_verb_of_describing(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.kind, q.text) for q in _FULL(text).quotes] == expected


def test_a_bare_title_refers_to_a_person_a_title_led_outside_any_quote() -> None:
    text = (
        "افتتح وزير الثقافة سامي العلي معرض الكتاب صباح اليوم بالعاصمة. "
        "وقال الوزير إن الدورة تضم أكثر من مائتي ناشر."
    )
    quotes = _FULL(text).quotes
    assert [q.speaker.canonical for q in quotes if q.speaker] == ["سامي العلي"]


def test_a_title_never_named_refers_to_the_person_the_headline_quotes() -> None:
    text = (
        "سامي العلي يدعو إلى حوار وطني شامل\n\n"
        "قال رئيس لجنة الحوار الوطني إن كل الأطراف مدعوة إلى طاولة واحدة. "
        "وقال مصدر أمني إن الاجتماع سيعقد في العاصمة."
    )
    quotes = _FULL(text).quotes
    assert [q.speaker.canonical for q in quotes if q.speaker] == [
        "سامي العلي",
        "سامي العلي",
        "مصدر أمني",
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "أغلقت البلدية السوق الأسبوعية، وفق ما أكده اليوم الناطق باسم البلدية سامي العلي.",
            "سامي العلي",
        ),
        (
            "تأجل افتتاح المعرض إلى الشهر المقبل، حسب ما ذكرت صباح أمس الأحد وكالة "
            "الأنباء الرسمية.",
            "وكالة الأنباء الرسمية",
        ),
    ],
)
def test_time_words_after_the_verb_of_a_source_phrase_come_before_its_source(
    text: str, speaker: str
) -> None:
    quotes = _FULL(text).quotes
    assert [(q.speaker.text if q.speaker else None) for q in quotes] == [speaker]


def test_a_title_of_several_words_refers_to_the_person_it_led_outside_any_quote() -> None:
    text = (
        "افتتح المدير الجهوي للصحة بالمنستير سامي العلي القسم الجديد صباح اليوم. "
        "وقال المدير الجهوي للصحة بالمنستير إن القسم سيفتح للعموم الأسبوع المقبل."
    )
    quotes = _FULL(text).quotes
    assert [q.speaker.canonical for q in quotes if q.speaker] == ["سامي العلي"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # بين after a noun of its clause is "between", and the cue before it goes on
            "وقالت الوزيرة سنية العلي في ندوة حول الشراكة بين الجامعة والمؤسسات، إن "
            "البرنامج سيتوسع.",
            [("سنية العلي", "البرنامج سيتوسع")],
        ),
        (  # من بين: among
            "وأكدت وزيرة الثقافة سنية العلي التي كانت من بين الحضور في الحفل أن البلاد بلد الحوار.",
            [("سنية العلي", "البلاد بلد الحوار")],
        ),
        (  # بين X وبين Y
            'وتمتد المسافة بين المدينة وبين "الميناء" على عشرين كيلومترا.',
            [],
        ),
        (  # the verb: after a particle, before a complementizer or its preposition
            "وقال سامي العلي إن الخطة جاهزة. كما بين العلي أن التمويل جاهز. وقدم بيانا "
            "عبر فيه عن ارتياحه للنتائج.",
            [
                ("سامي العلي", "الخطة جاهزة"),
                ("العلي", "التمويل جاهز"),
                ("العلي", "ارتياحه للنتائج"),
            ],
        ),
    ],
)
def test_a_cue_spelled_as_a_preposition_after_a_noun_is_the_preposition(
    text: str, expected: list[tuple[str, str]]
) -> None:
    quotes = _FULL(text).quotes
    got = [(q.speaker.text if q.speaker else "", q.text) for q in quotes]
    assert got == expected, [(q.method, q.speaker) for q in quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a body (feminine) after a masculine verb is its object: the subject elided
            "وقال الوالي سامي العلي إن المشروع سينطلق. ودعا وزارة النقل إلى توفير الحافلات.",
            ["سامي العلي", "سامي العلي"],
        ),
        (
            "وقال الوالي سامي العلي إن المشروع سينطلق. وطالب الحكومة بتوفير الحافلات.",
            ["سامي العلي", "سامي العلي"],
        ),
        (  # the plural of a title in ين is an object too
            "وقال الوالي سامي العلي إن المشروع سينطلق. ودعا المسؤولين المحليين إلى "
            "التنسيق مع الجمعيات.",
            ["سامي العلي", "سامي العلي"],
        ),
        (  # after a preposition the cue is a verbal noun, and the body its agent
            "وقال سامي العلي إن الإضراب متواصل. ويأتي الإضراب احتجاجا على رفض وزارة "
            "النقل التفاوض مع النقابة.",
            ["سامي العلي", "وزارة النقل"],
        ),
    ],
)
def test_a_body_or_plural_title_a_masculine_verb_cannot_agree_with_is_its_object(
    text: str, expected: list[str]
) -> None:
    quotes = _FULL(text).quotes
    assert [q.speaker.text if q.speaker else "" for q in quotes] == expected, [
        (q.method, q.text) for q in quotes
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وأفاد المصدر المسؤول لمراسلتنا بأن الأشغال ستنطلق قريبا.", "المصدر المسؤول"),
        ("وأفادت مصادر مطلعة للجوهرة أف أم أن الاجتماع انتهى.", "مصادر مطلعة"),
        (
            "وقال مصدر من الحرس البلدي لمراسل الجوهرة اف ام بالمدينة، إن المحجوز كبير.",
            "مصدر من الحرس البلدي",
        ),
        (  # the medium's name in marks, or time words, after it: the source follows
            'وأغلق المعبر، حسب ما أكده لجوهرة "اف ام" المتحدث باسم الديوانة سامي العلي.',
            "سامي العلي",
        ),
        (
            "وتأجل الإضراب، وفق ما أكدته لجوهرة أف أم مساء الأحد رئيسة الجمعية سنية العلي.",
            "سنية العلي",
        ),
        (  # a genitive of a body's name is no addressee
            "وقالت النقابة الوطنية للصحفيين التونسيين إن الإضراب قائم.",
            "النقابة الوطنية للصحفيين التونسيين",
        ),
    ],
)
def test_a_correspondent_or_medium_given_the_words_is_no_part_of_the_speaker(
    text: str, speaker: str
) -> None:
    quotes = _FULL(text).quotes
    assert [q.speaker.text if q.speaker else None for q in quotes] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "قال المستشار الاقتصادي لوزير المالية، سامي العلي إن الإصلاحات تقدمت. "
        "وأضاف أن النمو سيتحسن.",
        "أكد رئيس الهيئة الجهوية للفلاحين، منير الطرابلسي أن الموسم ناجح. وأضاف أن الإنتاج ارتفع.",
    ],
)
def test_an_elided_speaker_keeps_the_whole_name_after_a_title_and_comma(text: str) -> None:
    # the name after the comma opens a clause: its last word is no re-mention of the speaker
    first, second = _FULL(text).quotes
    assert second.method.endswith("antecedent")
    assert second.speaker is not None and first.speaker is not None
    assert second.speaker.text == first.speaker.text
    assert len(second.speaker.text.split()) == 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "افتتح وزير الثقافة سامي العلي صباح اليوم معرض الكتاب. "
            "وأكد أن الدورة تضم مائة دار نشر.",
            "سامي العلي",
        ),
        (
            "قالت منظمة الصحة إن الوضع خطير. وزارت وزيرة الصحة ليلى بن عمر المستشفى. "
            "وأكدت أن الأدوية متوفرة.",
            "ليلى بن عمر",
        ),
        (
            "تحدثت القيادية في حزب الأمل ليلى بن سالم عن الانتخابات. وأضافت أن الحزب مستعد.",
            "ليلى بن سالم",
        ),
        ("افتتح الوزير المعرض صباح اليوم. وأكد أن الدورة ناجحة.", "الوزير"),
        (
            "استقبل الرئيس المدير العام للشركة الوفد صباح اليوم. وأكد أن الشركة مستعدة.",
            "الرئيس المدير العام للشركة",
        ),
        (
            "قال مدير المستشفى سامي العلي إن الأقسام جاهزة. وكان وزير الصحة منير الطرابلسي "
            "قد زار المستشفى. وأضاف أن الأطباء متوفرون.",
            "سامي العلي",
        ),
    ],
)
def test_a_titled_subject_of_any_verb_is_the_antecedent_of_the_next_elided_cue(
    text: str, speaker: str
) -> None:
    last = _FULL(text).quotes[-1]
    assert last.method.endswith("antecedent")
    assert last.speaker is not None and last.speaker.text == speaker


def test_a_preposition_far_into_a_sentence_a_stop_word_opens_is_no_cue() -> None:
    text = (
        "قال الوزير سامي العلي إن الزيارة مهمة. ومن المنتظر أن يبحث الوزيران سبل دعم "
        'الشراكة بين البلدين، والمواعيد القادمة ومنها الدورة الأولى "للمجلس المشترك للتعاون '
        'الاقتصادي رفيع المستوى".'
    )
    quotes = _FULL(text).quotes
    assert [q.cue.text for q in quotes if q.cue is not None] == ["قال"]
    fronted = "من جهة أخرى عبر الوزير عن ارتياحه للنتائج."
    (q,) = _FULL(fronted).quotes
    assert q.cue is not None and q.cue.text == "عبر"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "تم غلق عشرة محلات بالمدينة، وفق ما أفاد به رئيس مصلحة النظافة ببلدية "
            "الضاحية.\n\nوأضاف أن الحملة متواصلة.",
            "رئيس مصلحة النظافة ببلدية الضاحية",
        ),
        (
            "ارتفعت الأسعار بنسبة كبيرة، وفق ما أفادت به المديرة الجهوية للصناعة بتوزر."
            "\n\nوأضافت أن المراقبة متواصلة.",
            "المديرة الجهوية للصناعة بتوزر",
        ),
        (
            "تعطلت حركة المرور لساعات، وفق ما أكده أحد مستعملي الطريق في مداخلة له."
            "\n\nوأوضح أن الأشغال متواصلة.",
            "أحد مستعملي الطريق",
        ),
    ],
)
def test_an_office_closing_a_source_phrase_is_the_antecedent_of_the_next_cue(
    text: str, speaker: str
) -> None:
    first, second = _FULL(text).quotes
    assert first.speaker is not None and first.speaker.text == speaker
    assert second.method.endswith("antecedent")
    assert second.speaker is not None and second.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a verb after و with its own object ends the content; the same speaker goes on
            "وأكد الوزير سامي العلي أن الموسم سيكون جيدا ودعا الفلاحين إلى زيادة الإنتاج.",
            [("سامي العلي", "الموسم سيكون جيدا"), ("سامي العلي", "الفلاحين إلى زيادة الإنتاج")],
        ),
        (
            "وقالت الوزيرة إن الأسعار ستنخفض قريبا، كما نفت وجود أي نقص في المواد الأساسية.",
            [("الوزيرة", "الأسعار ستنخفض قريبا"), ("الوزيرة", "وجود أي نقص في المواد الأساسية")],
        ),
        (
            "وقال الوزير إن الاتفاق مهم، واعتبر ذلك خطوة إلى الأمام.",
            [("الوزير", "الاتفاق مهم"), ("الوزير", "ذلك خطوة إلى الأمام")],
        ),
        (  # طالب, a cue only after a particle, ends the content after كما
            "وقال الوزير إن الموسم سيكون جيدا كما طالب الفلاحين بزيادة الإنتاج.",
            [("الوزير", "الموسم سيكون جيدا"), ("الوزير", "الفلاحين بزيادة الإنتاج")],
        ),
        (  # the pronoun إياها after a participle is its object, no indefinite accusative
            "وقال النائب إن الإصلاح يعد داخل الحكومة داعيا إياها إلى الحذر من التسرع.",
            [("النائب", "الإصلاح يعد داخل الحكومة"), ("النائب", "إياها إلى الحذر من التسرع")],
        ),
        (  # the addressee after the verb that takes up the quote is no speaker
            "وقال المدير إن الشركة ستوسع نشاطها، ودعا الحضور إلى المساهمة في المشروع.",
            [("المدير", "الشركة ستوسع نشاطها"), ("المدير", "الحضور إلى المساهمة في المشروع")],
        ),
    ],
)
def test_a_quote_ends_at_the_next_verb_with_its_object(
    text: str, expected: list[tuple[str, str]]
) -> None:
    quotes = _FULL(text).quotes
    assert [(q.speaker.text if q.speaker else None, q.text) for q in quotes] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a verbal noun spelled as the verb: "and the refusal", "and the disclosure"
        "وقال النائب إن الحل في رفع الحصار ورفض توريد السلاح.",
        "وقال النائب إن الحل في رفع الحصار وكشف الحقيقة للشعب.",
        # a verb that does not agree with the speaker has the content's subject
        "وقال المحامي إن الإدارة تعنتت ورفضت فتح باب الحوار.",
        # a pronoun on the word before: the one the content speaks of
        "وأضاف النقابي أن المدير وعد بالنظر في الملف لكنه رفض الحوار مع العمال.",
        # a subject of its own, or a name that may be one
        "وقال الوزير إن الاتفاق مهم فيما أدانت وزارة الخارجية الهجوم على القافلة.",
        "وحذر الوزير من أن الوضع خطير ودعا الصين إلى التدخل.",
    ],
)
def test_a_verb_with_an_object_inside_content_that_goes_on(text: str) -> None:
    quotes = _FULL(text).quotes
    assert len(quotes) == 1
    assert quotes[0].text.endswith(text[-12:-1])


def test_an_indefinite_accusative_and_its_adjective_after_a_cue_are_its_object() -> None:
    text = (
        "وحث الوزير سامي العلي في كلمته على ترشيد النفقات، واقترح تمويلا داخليا "
        '"غير مسبوق"، كما طالب بمراجعة الجباية.'
    )
    quotes = [q for q in _FULL(text).quotes if q.cue is not None and q.cue.text != "وحث"]
    assert [q.cue.text for q in quotes if q.cue is not None] == ["واقترح", "طالب"]
    for q in quotes:
        assert q.method.endswith("antecedent")
        assert q.speaker is not None and q.speaker.canonical == "سامي العلي"


def test_a_sentence_a_complementizer_opens_gives_its_participle_no_subject() -> None:
    text = (
        'وقالت سلمى الحداد في تصريح للإذاعة إن زوجها كان "متسامحا" ولم يكن عنيفا. كما أنه '
        "كان يحب السفر مشيرة إلى أن أصدقاءه قلة."
    )
    second = _FULL(text).quotes[1]
    assert second.method == "participle/antecedent"
    assert second.speaker is not None and second.speaker.text == "سلمى الحداد"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("وأفاد مراسل الإذاعة بجندوبة بأن الحريق أخمد.", "مراسل الإذاعة بجندوبة", "الحريق أخمد"),
        ("وأكد مراسلنا بالجهة أن الأمطار تواصلت.", "مراسلنا بالجهة", "الأمطار تواصلت"),
        (
            'وبحسب مراسلة "الأفق أف أم" بالكاف فإن الطريق أغلقت.',
            'مراسلة "الأفق أف أم" بالكاف',
            "الطريق أغلقت",
        ),
        ("وأفاد مراسل الإذاعة في تصريح بأن الطريق مغلقة.", "مراسل الإذاعة", "الطريق مغلقة"),
    ],
)
def test_a_correspondent_is_read_on_over_the_place_of_its_posting(
    text: str, speaker: str, content: str
) -> None:
    (q,) = _FULL(text).quotes
    assert q.speaker is not None and q.speaker.text == speaker
    assert q.text == content


def test_kin_of_kin_before_a_name_speaks_not_the_person_named() -> None:
    text = "وأفادت والدة زوجة سامي العلوي أن الشاب بدا هادئا مضيفة أنها سألته عن أطفاله."
    for q in _FULL(text).quotes:
        assert q.speaker is not None and q.speaker.text == "والدة زوجة سامي العلوي"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('أكد مدير أيام قرطاج السينمائية "سامي العلي" أنه قبل التكليف.', "سامي العلي"),
        ("وقال مدير أيام قرطاج السينمائية إن الدورة ناجحة.", "مدير أيام قرطاج السينمائية"),
    ],
)
def test_a_place_after_a_genitive_of_a_title_is_no_name(text: str, speaker: str) -> None:
    (q,) = _FULL(text).quotes
    assert q.speaker is not None and q.speaker.text == speaker


def test_a_relative_closing_a_source_phrase_is_the_antecedent_of_the_next_cue() -> None:
    text = (
        "وغادر الطفل المستشفى مساء الأحد وفق ما أكده زوج خالته. وأضاف في هذا الإطار أن "
        "العائلة راسلت الوزير مشيرا إلى أن التحقيق متواصل."
    )
    quotes = _FULL(text).quotes
    assert [q.method for q in quotes] == [
        "source/source",
        "cue-comp/antecedent",
        "participle/antecedent",
    ]
    for q in quotes:
        assert q.speaker is not None and q.speaker.text == "زوج خالته"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وندد المشاركون في الاجتماع بشدة بما قامت به العناصر.", "المشاركون في الاجتماع"),
        ("وعبر المشاركون في هذه المسيرة عن مساندتهم للعمال.", "المشاركون في هذه المسيرة"),
        ("وقال المحتجون في تصريحات إن المطالب لم تتحقق.", "المحتجون"),
    ],
)
def test_participants_are_read_on_over_what_they_take_part_in(text: str, speaker: str) -> None:
    (q,) = _FULL(text).quotes
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وأكد مدير عام السجون والإصلاح تحسن ظروف الإقامة.", "مدير عام السجون والإصلاح"),
        (
            "وانتقدت رئيسة الاتحاد التونسي للصناعة والتجارة، خلال الندوة، قرار الحكومة.",
            "رئيسة الاتحاد التونسي للصناعة والتجارة",
        ),
        ("وقال رئيس الجمهورية والحكومة إن الوضع مستقر.", "رئيس الجمهورية"),
    ],
)
def test_a_director_or_president_s_body_lists_its_fields_with_waw(text: str, speaker: str) -> None:
    (q,) = _FULL(text).quotes
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "وأفادت النائبة سلمى أولاد علي عن كتلة الائتلاف، في حديث للإذاعة، بأن المبادرة جاهزة.",
            "سلمى أولاد علي",
            "المبادرة جاهزة",
        ),
        ("وأكد سامي على ضرورة الحوار.", "سامي", "ضرورة الحوار"),
    ],
)
def test_ali_spelled_with_a_dotted_ya_goes_on_with_a_name(
    text: str, speaker: str, content: str
) -> None:
    (q,) = _FULL(text).quotes
    assert q.speaker is not None and q.speaker.text == speaker
    assert q.text == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال محامي سامي العلي إن موكله بريء.", "محامي سامي العلي"),
        ("وقالت عائلة سامي العلي إنها تنتظر الحقيقة.", "عائلة سامي العلي"),
        ("ورفض فريق سامي العلي التعليق، مؤكدا أن التقرير مسيس.", "فريق سامي العلي"),
        ("وقال المحامي سامي العلي إن موكله بريء.", "سامي العلي"),
    ],
)
def test_those_who_speak_for_a_person_named_after_them_speak(text: str, speaker: str) -> None:
    q = _FULL(text).quotes[-1]
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "توقعت وزيرة الصحة ليلى حداد، اليوم الاثنين، تحسنا كبيرا في الخدمات الصحية، "
            "بحسب وكالة الأنباء الرسمية.",
            "ليلى حداد",
        ),
        (
            "وقد أكد رئيس الحكومة بالمناسبة على الدور المحوري لكل الأطراف، بحسب بلاغ صادر "
            "عن رئاسة الحكومة.",
            "رئيس الحكومة",
        ),
        (  # a person who speaks for the clause's subject stays its speaker
            "وعبر الأساتذة الجامعيون عن رفضهم القاطع للمشروع، وفق تعبير سامي العلي المنسق "
            "العام للنقابة.",
            "سامي العلي",
        ),
    ],
)
def test_the_person_a_medium_relays_speaks_in_the_clause_before_it(text: str, speaker: str) -> None:
    q = _FULL(text).quotes[-1]
    assert q.speaker is not None and q.speaker.text == speaker


def test_an_elided_cue_s_addressee_with_lam_is_not_its_speaker() -> None:
    text = (
        "قال سامي العلي إن الحزب سيشارك في الحكومة. وأوضح العلي الذي التقى اليوم، كريم "
        "الهادي، أن الحوار كان إيجابيا. وأكد للهادي أن الحزب سيجتمع غدا."
    )
    q = _FULL(text).quotes[-1]
    assert q.speaker is not None and q.speaker.text == "العلي"


def test_a_medium_s_quoted_words_ending_on_a_name_are_speech_not_its_title() -> None:
    # after الصحيفة, marks hold a quote unless a name opens them (صحيفة «الخبر»)
    text = (
        'وقالت الصحيفة "إن الشرطة فتشت المخزن ووجدت فيه 3 ملايين دولار"، وأضافت أن التحقيق مستمر.'
    )
    q = _FULL(text).quotes[0]
    assert q.kind == "direct" and q.text.startswith("إن الشرطة")
    assert q.speaker is not None and q.speaker.text == "الصحيفة"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # an elided verb in the plural: the group of its sentence, not the reporter
            "أفاد مراسل الإذاعة اليوم بأن محتجين من العملة قاموا بقطع الطريق. وأكد مراسلنا "
            "أن عدد المحتجين يناهز الخمسين وهددوا بالتصعيد في حال عدم الاستجابة لمطالبهم.",
            "عدد المحتجين",
        ),
        (  # a participle in the plural does not hang on one person
            "وقال مراسلنا سامي العلي إنه تلقى نداءات من مواطنين علقوا في الطريق مؤكدين "
            "أنهم طلبوا النجدة دون جدوى.",
            "مواطنين",
        ),
        (  # a plural in the construct state the word list holds (فلاحي)
            "أثارت قلة كميات المياه المتوفرة من السد غضب فلاحي الجهة، واعتبروا أن هذه "
            "الكمية لا تكفي.",
            "فلاحي الجهة",
        ),
    ],
)
def test_a_cue_in_the_plural_takes_no_one_person_for_its_speaker(text: str, speaker: str) -> None:
    q = _FULL(text).quotes[-1]
    assert q.speaker is not None and q.speaker.text == speaker


def test_a_statement_named_with_its_issuer_outside_any_quote_gives_the_later_bare_one() -> None:
    text = (
        "التقى وزير الخارجية نظيره العراقي أمس في بغداد، وقد صدر إثر اللقاء بلاغ عن وزارة "
        "الشؤون الخارجية. وتناول اللقاء أهم القضايا الإقليمية وخاصة ملف الهجرة، وفق ما جاء "
        "في نص البلاغ."
    )
    q = _FULL(text).quotes[-1]
    assert q.speaker is not None and q.speaker.to_dict()["canonical"] == "وزارة الشؤون الخارجية"


def test_the_verbal_noun_after_a_passive_auxiliary_is_no_participle_s_speaker() -> None:
    text = (
        "وتم الكشف عن برنامج المهرجان خلال ندوة صحفية عقدها منظمو التظاهرة أمس، مبينين "
        "أن الدورة الجديدة تحظى بدعم من وزارة الثقافة."
    )
    q = _FULL(text).quotes[-1]
    assert q.speaker is not None and q.speaker.text.startswith("منظمو")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the subject follows "in it": the one who spoke at the meeting
            "وتم تنظيم يوم إعلامي لتقديم الخط الجديد، أكد فيه ممثل الشركة أن الرحلات "
            "ستتواصل طيلة الصائفة.",
            "ممثل الشركة",
        ),
        (  # the statement noun before "in it" is no subject: the issuer is elided
            "وكانت وزارة الفلاحة قد أصدرت، بلاغا شددت فيه على منع بيع الأسماك في الأسواق.",
            "وزارة الفلاحة",
        ),
        (  # من خلاله, and the object after it: the issuer is elided
            "وأصدرت الجامعة التونسية للملاكمة أمس بلاغا أكدت من خلاله تمسكها بحقها في الطعن.",
            "الجامعة التونسية للملاكمة",
        ),
    ],
)
def test_a_cue_with_the_pronoun_of_a_noun_before_it_takes_no_subject_from_the_noun(
    text: str, speaker: str
) -> None:
    q = _FULL(text).quotes[-1]
    assert q.speaker is not None and q.speaker.text == speaker


def test_an_object_after_in_it_is_no_subject() -> None:
    text = "وقدمت الهيئة شكوى رسمية تتهم من خلالها النادي المنافس بعدم احترام القوانين."
    assert all(q.speaker is None or q.speaker.text != "النادي المنافس" for q in _FULL(text).quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وتأجل افتتاح المعرض إلى الخريف، وفق ما أوردته «الشروق».", "الشروق"),
        ("وتعطلت حركة القطارات في الشمال طيلة الصباح، حسب ما أفادت «أسوشيتد برس».", "أسوشيتد برس"),
        ("وبحسب ما نقل «صوت المدينة»، فإن الجسر الجديد سيفتح في الصيف.", "صوت المدينة"),
    ],
)
def test_a_name_in_marks_after_a_source_phrase_is_its_source(text: str, speaker: str) -> None:
    (q,) = _FULL(text).quotes
    assert q.speaker is not None and q.speaker.text == speaker
    assert q.method == "source/source"


@pytest.mark.parametrize(
    "text",
    [
        "وتوزع المساكن الجديدة حسب «الأقدمية والحاجة».",  # a criterion, no speech verb
        # the medium relays the source named after it
        "وأغلق الملعب أمس، وفق ما أوردته «الشروق» نقلا عن صحيفة محلية.",
        # the medium was told by the person after its comma
        "وتأخر صرف المنح، بحسب ما أفاد به «الشروق»، الكاتب العام للنقابة سامي العلي.",
    ],
)
def test_a_name_in_marks_is_no_source_for_a_criterion_or_a_relaying_medium(text: str) -> None:
    for q in _FULL(text).quotes:
        assert q.speaker is None or q.speaker.text != "الشروق"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "وتمكنت الوحدات من القبض على 4 أشخاص كانوا على متن سيارة مسروقة. وبالتحري معهم "
            "من طرف الفرقة المختصة، اعترفوا بأنهم سرقوها من مدينة أخرى.",
            "4 أشخاص",
        ),
        (  # the group named in the sentence before, past its ages
            "وأوقفت الدورية 6 أفراد كانوا يستعدون للإبحار خلسة. وتتراوح أعمارهم بين 19 و30 "
            "سنة وبالتثبت معهم، صرحوا بأنهم دفعوا مبالغ مالية للمنظمين.",
            "6 أفراد",
        ),
    ],
)
def test_a_plural_cue_after_questioning_them_speaks_for_the_group_counted_before(
    text: str, speaker: str
) -> None:
    q = _FULL(text).quotes[-1]
    assert q.speaker is not None and q.speaker.text == speaker


def test_a_plural_cue_s_group_keeps_its_quantifier_in_the_accusative() -> None:
    text = (
        "غير أن عددا من المسؤولين في الجمعيات، اتصلوا بالإذاعة، معبرين عن رفضهم لما جاء في البيان."
    )
    q = _FULL(text).quotes[-1]
    assert q.speaker is not None and q.speaker.text == "عددا من المسؤولين"


def test_a_person_mention_reads_the_name_part_on_past_five_words() -> None:
    text = "وقال وزير الخارجية القطري الشيخ خالد بن عبد الله آل ثاني اليوم إن بلاده تدعم الحوار."
    q = _FULL(text).quotes[-1]
    assert q.speaker is not None and q.speaker.text == "خالد بن عبد الله آل ثاني"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "وأفاد المصدر أنه تم القبض على شابين من سكان الحي قاما بسرقة محل. "
            "وقد اعترفا خلال الأبحاث بأنهما باعا المسروقات.",
            "شابين",
        ),
        ("الكاف: إيقاف شخصين اعترفا بالانتماء إلى تنظيم محظور", "شخصين"),
        (
            "وتبحث الشرطة عن رجل أعمال ورجلين آخرين. وقالت الصحيفة إن الرجل هدد الأب، "
            'مضيفة نقلا عن الشرطة "إنه خلاف على أرض".',
            "الصحيفة",
        ),
    ],
)
def test_a_dual_cue_with_no_subject_speaks_for_the_pair_named_before(
    text: str, speaker: str
) -> None:
    q = _FULL(text).quotes[-1]
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'وقدم المتحدث باسم القناة اعتذاره بالقول: "نحن نأسف لكل من شعر بالإساءة".',
            "المتحدث باسم القناة",
        ),
        ("وأنهت الخبيرة ليلى حداد كلمتها بالقول إن الاستثمار تراجع هذا العام.", "ليلى حداد"),
    ],
)
def test_the_noun_of_saying_with_b_opens_content_no_cue_before_it_took(
    text: str, speaker: str
) -> None:
    (q,) = _FULL(text).quotes
    assert q.speaker is not None and q.speaker.text == speaker
    assert q.cue is not None and q.cue.text == "بالقول"


def test_the_noun_of_saying_with_b_stays_inside_the_frame_of_the_cue_before_it() -> None:
    (q,) = _FULL("وعلق الوزير سامي العلي بالقول إن الموسم سيكون صعبا.").quotes
    assert q.cue is not None and q.cue.text == "وعلق"
    assert q.text == "الموسم سيكون صعبا"
    assert not _FULL("ووجهت له تهمة الاعتداء على موظف بالقول أثناء عمله.").quotes


def test_tabayyan_leading_its_clause_is_impersonal_not_a_cue() -> None:
    text = "وأوقفت دورية الحرس شابين قرب السوق. وبالتحري معهما تبين أنهما محل تفتيش."
    assert all(q.cue is None or "تبين" not in q.cue.text for q in _FULL(text).quotes)
    (q,) = _FULL("وتبين الدراسة أن الأطفال ينامون أقل من السابق.").quotes
    assert q.speaker is not None and q.speaker.text == "الدراسة"


@pytest.mark.parametrize(
    "text",
    [
        "وعثرت الشرطة على سيارة محترقة قرب الحدود، ويعتقد أنها سرقت الأسبوع الماضي.",
        "وأوقفت الدورية سائقا قرب الميناء، وتبين للأعوان أنه لا يحمل رخصة سياقة.",
    ],
)
def test_an_impersonal_cue_with_no_subject_after_it_quotes_nothing(text: str) -> None:
    assert not any(
        q.cue is not None and q.cue.text in ("ويعتقد", "وتبين") for q in _FULL(text).quotes
    )


def test_an_impersonal_cue_with_its_subject_after_it_is_a_cue() -> None:
    (q,) = _FULL("ويعتقد الباحثون أن عمر هذه الآثار يتجاوز خمسة آلاف سنة.").quotes
    assert q.speaker is not None and q.speaker.text == "الباحثون"


def test_a_participle_in_a_title_line_opens_no_quote() -> None:
    text = (
        "مكتبة البلدية القديمة مهددة بالغلق بسبب الرطوبة\n\n"
        "تواجه مكتبة البلدية القديمة خطر الغلق بعد تسرب المياه إلى قاعاتها."
    )
    assert not _FULL(text).quotes
    body = "وأغلق المحتجون الطريق أمس مهددين بالتصعيد في الأيام القادمة."
    (q,) = _FULL(body).quotes
    assert q.cue is not None and q.cue.text == "مهددين"


@pytest.mark.parametrize(
    "text",
    [
        "وتأجلت المباراة بعد رفض اللاعبين النزول إلى الملعب.",
        "وتأهلت اللاعبة إلى ثمن نهائي الدورة بعد فوزها أمس.",
        "وتوقفت الأشغال إثر رفض المقاول مواصلة العمل.",
    ],
)
def test_a_perfect_right_after_a_preposition_is_a_noun(text: str) -> None:
    assert not _FULL(text).quotes


def test_a_name_ending_like_a_preposition_leaves_the_verb_after_it_a_cue() -> None:
    (q,) = _FULL("ويشار إلى أن سامي بن علي أعلن في مارس 2019 عن انسحابه من السباق.").quotes
    assert q.cue is not None and q.cue.text == "أعلن"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وأبلغ الطبيب المذكور المعلمة أن ابنها بخير.", "الطبيب المذكور"),
        ("وأبلغت الشركة الموارد البشرية أن العمل سيتوقف.", "الشركة"),
        ("وقال الرئيس الفرنسي الجديد إن بلاده تدعم الحوار.", "الرئيس الفرنسي الجديد"),
        ("وقالت الأطراف المعنية إن الاتفاق قريب.", "الأطراف المعنية"),
        ("وأكدت الشركة المطورة لتطبيق التراسل أنه آمن.", "الشركة المطورة لتطبيق التراسل"),
    ],
)
def test_a_definite_word_that_disagrees_in_gender_is_the_object(text: str, speaker: str) -> None:
    q = _FULL(text).quotes[-1]
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال الرئيس الفرنسي المنتهية ولايته إن الحوار مستمر.", "الرئيس الفرنسي المنتهية ولايته"),
        ("وقال الأساتذة الجامعيون إن الإضراب مستمر.", "الأساتذة الجامعيون"),
    ],
)
def test_an_adjective_of_a_possessed_noun_or_of_people_stays_with_the_head(
    text: str, speaker: str
) -> None:
    q = _FULL(text).quotes[-1]
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "cue", "lemma"),
    [
        ("وارتفعت أسعار الخبز هذا الأسبوع، وفق نقابة المخابز.", "وفق", "وفق"),
        ("ووفق نقابة المخابز، فإن أسعار الخبز سترتفع.", "ووفق", "وفق"),
        ("وحسب نقابة المخابز، فإن أسعار الخبز سترتفع.", "وحسب", "حسب"),
    ],
)
def test_a_source_phrase_cue_loses_only_the_conjunction_written_on_it(
    text: str, cue: str, lemma: str
) -> None:
    (q,) = _FULL(text).quotes
    assert q.cue is not None and (q.cue.text, q.cue.lemma) == (cue, lemma)
