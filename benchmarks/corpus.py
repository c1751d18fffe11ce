"""A deterministic news-style corpus for speed benchmarks, generated from our own templates.

>>> from benchmarks.corpus import generate_corpus
>>> docs = generate_corpus(words=2000, seed=1)
>>> sum(len(d.split()) for d in docs) >= 2000
True
"""

from __future__ import annotations

import random

PEOPLE = [
    "أنتوني بلينكن",
    "يون سوك يول",
    "سامح شكري",
    "فيصل بن فرحان",
    "أنطونيو غوتيريش",
    "كريستالينا غورغييفا",
    "نجيب ميقاتي",
    "عبد الله الثاني",
    "رجب طيب أردوغان",
    "إيمانويل ماكرون",
    "أولاف شولتس",
    "ناريندرا مودي",
    "لولا دا سيلفا",
    "كيم جونغ أون",
]
PLACES = [
    "القاهرة",
    "بيروت",
    "عمان",
    "الرياض",
    "بغداد",
    "دمشق",
    "الرباط",
    "تونس",
    "الجزائر",
    "سيول",
    "بيونغ يانغ",
    "طوكيو",
    "واشنطن",
    "موسكو",
    "بكين",
    "باريس",
    "برلين",
    "لندن",
    "الخرطوم",
    "طرابلس",
    "غزة",
    "القدس",
    "الدوحة",
    "أبوظبي",
    "مسقط",
    "الكويت",
]
COUNTRIES = [
    "مصر",
    "لبنان",
    "الأردن",
    "السعودية",
    "العراق",
    "سوريا",
    "المغرب",
    "تونس",
    "الجزائر",
    "كوريا الجنوبية",
    "كوريا الشمالية",
    "اليابان",
    "الولايات المتحدة",
    "روسيا",
    "الصين",
    "فرنسا",
    "ألمانيا",
    "بريطانيا",
    "السودان",
    "ليبيا",
    "قطر",
    "الإمارات",
    "عمان",
    "الكويت",
]
ORGS = [
    "الأمم المتحدة",
    "الاتحاد الأوروبي",
    "جامعة الدول العربية",
    "صندوق النقد الدولي",
    "البنك الدولي",
    "منظمة الصحة العالمية",
    "الاتحاد الأفريقي",
    "مجموعة السبع",
    "وزارة الخارجية",
    "مجلس الأمن",
    "حلف شمال الأطلسي",
    "منظمة التجارة العالمية",
]
TITLES = [
    "وزير الخارجية",
    "الرئيس",
    "رئيس الوزراء",
    "المتحدث باسم الحكومة",
    "الأمين العام",
    "وزيرة الاقتصاد",
    "السفير",
    "مستشار الأمن القومي",
    "محافظ البنك المركزي",
]
NISBA = ["المصري", "الأردني", "الأميركي", "الروسي", "الكوري الجنوبي", "الفرنسي", "السعودي"]
VERBS = ["قال", "أكد", "أعلن", "أوضح", "أشار", "صرح", "حذر", "شدد", "أضاف"]
TOPICS = [
    "التعاون الاقتصادي",
    "الأمن الإقليمي",
    "أسعار الطاقة",
    "التجارة الحرة",
    "المساعدات الإنسانية",
    "الاستثمار في البنية التحتية",
    "تغير المناخ",
    "الأمن الغذائي",
    "إعادة الإعمار",
    "الانتخابات المقبلة",
    "المفاوضات النووية",
    "الهجرة غير النظامية",
]
CLAUSES = [
    "إن الحكومة ستواصل العمل مع شركائها في {org} من أجل {topic}",
    "أن المحادثات مع {country} حققت تقدما ملموسا بشأن {topic}",
    "إلى أن الوضع في {place} ما زال صعبا وأن الحل يتطلب حوارا جادا",
    "أن بلاده لن تقبل بأي تهديد لأمنها وستدافع عن مصالحها",
    "أن النمو بلغ {pct} خلال الربع الثالث من العام",
    "أن الوفد سيزور {place} الأسبوع المقبل لبحث {topic}",
]
QUOTES = [
    "نحن ملتزمون بدعم {topic} ولن نتراجع عن ذلك",
    "الوضع خطير ويتطلب تحركا عاجلا من المجتمع الدولي",
    "علاقتنا مع {country} قوية وسنعمل على تعزيزها",
    "لا بديل عن الحوار لحل الخلافات بين الأطراف",
]
EXTRA = [
    "وجاءت الزيارة بعد أسابيع من التوتر بين البلدين بسبب {topic}.",
    "وشارك في الاجتماع ممثلون عن {org} و{org2}.",
    "وتعد {country} من أكبر الشركاء التجاريين لـ{country2} في المنطقة.",
    "وبحسب بيان صادر عن {org}، فإن قيمة المساعدات بلغت {num} مليون دولار.",
    "وأفادت وكالة الأنباء الرسمية بأن المباحثات تناولت أيضا {topic} والأوضاع في {place}.",
]


def _pick(rng: random.Random) -> dict[str, str]:
    return {
        "person": rng.choice(PEOPLE),
        "place": rng.choice(PLACES),
        "country": rng.choice(COUNTRIES),
        "country2": rng.choice(COUNTRIES),
        "org": rng.choice(ORGS),
        "org2": rng.choice(ORGS),
        "title": rng.choice(TITLES),
        "nisba": rng.choice(NISBA),
        "verb": rng.choice(VERBS),
        "topic": rng.choice(TOPICS),
        "pct": rng.choice(["3.5%", "٢٫٨٪", "4,2 في المئة", "1.9%"]),
        "num": str(rng.randint(10, 5000)),
    }


def generate_article(rng: random.Random) -> str:
    """One article: headline, dateline paragraph, quotes and background sentences."""
    s = _pick(rng)
    paragraphs = [
        "{title} {nisba}: «{quote}»".format(quote=rng.choice(QUOTES).format(**s), **s),
        "{place} ({day} {month}): {verb} {title} {nisba} {person} {clause}.".format(
            day=rng.randint(1, 28),
            month=rng.choice(["يناير", "مارس", "أيلول", "تشرين الثاني"]),
            clause=rng.choice(CLAUSES).format(**s),
            **s,
        ),
    ]
    for _ in range(rng.randint(3, 8)):
        s = _pick(rng)
        form = rng.randrange(4)
        if form == 0:
            paragraphs.append(
                "وأضاف {person}: «{quote}».".format(quote=rng.choice(QUOTES).format(**s), **s)
            )
        elif form == 1:
            paragraphs.append(
                "«{quote}»، قال {person} للصحفيين في {place}.".format(
                    quote=rng.choice(QUOTES).format(**s), **s
                )
            )
        elif form == 2:
            paragraphs.append(
                "من جانبه، {verb} {title} {nisba} {clause}، مشيرا إلى أهمية {topic}.".format(
                    clause=rng.choice(CLAUSES).format(**s), **s
                )
            )
        else:
            paragraphs.append(" ".join(rng.choice(EXTRA).format(**s) for _ in range(2)))
    return "\n\n".join(paragraphs)


def generate_corpus(words: int = 200_000, seed: int = 13) -> list[str]:
    """Articles totalling at least ``words`` whitespace-separated words."""
    rng = random.Random(seed)
    docs: list[str] = []
    total = 0
    while total < words:
        article = generate_article(rng)
        docs.append(article)
        total += len(article.split())
    return docs
