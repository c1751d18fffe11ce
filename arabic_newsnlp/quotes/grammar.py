"""The speaker-phrase grammar of :func:`.attribute.phrase_after`, one word at a time.

:class:`PhraseReader` walks the states ``start -> title (indefinite | definite) -> name``
over normalised tokens, reading the word classes of the lexicon (``data/lexicon/words.tsv``,
titles included); each of its methods decides one kind of word (a word after an
anonymous head, a word that ends the phrase, a genitive inside a title, a name word).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..document import Token
from ..lexicon.keys import head_of
from .forms import (
    adjective,
    both_nisba,
    dotted_ali,
    ends_name,
    gender_clash,
    nisba,
    not_a_name,
    possessed,
    suffixed,
    unpossessed,
    verbal_noun,
)
from .phrase_words import (
    WORDY,
    PhraseTables,
    genitive_at,
    joins,
    last_word,
    medium_at,
    name_like,
    phrase_tables,
    place_phrase,
    short_name_at,
)

__all__ = ["MAX_PHRASE", "PhraseReader", "phrase_tables"]

_START, _TITLE_INDEF, _TITLE_DEF, _NAME = 0, 1, 2, 3
_TITLE_STATES = (_TITLE_DEF, _TITLE_INDEF)
MAX_PHRASE = 10
_MAX_NAME = 5
#: Endings of sound plurals: an adjective so ending follows a plural noun.
_PLURAL = ("ين", "ون", "ات")


@dataclass(slots=True)
class PhraseReader:
    """:func:`phrase_after` while it reads: the words so far and what they make."""

    tokens: Sequence[Token]
    j: int
    limit: int
    t: PhraseTables
    name_starts: frozenset[int]
    other_starts: frozenset[int]
    char_start: int
    state: int = _START
    name: int = -1
    title: bool = False
    article: bool = False
    definite_name: bool = False
    anonymous: bool = False  # an indefinite title head (مسؤول، مصدر، سكان): no name follows
    generic: bool = False  # ... with an adjective after it (مسؤول أمريكي رفيع)
    counted: bool = False  # the phrase opens with a number (14 مراقبا دوليا)
    named_genitive: bool = False  # the last genitive was ل + a mention (لنداء تونس)
    prev: str = ""

    def connector(self, k: int, n: str) -> str:
        """The first word without the ``ل`` of a source phrase (``وفقا لبيان``)."""
        if len(n) > 3 and n[0] == "ل":
            self.article = n.startswith("لل")
            n = "ال" + n[2:] if self.article else n[1:]
            self.char_start = self.tokens[k].start + (2 if self.article else 1)
        return n

    def anonymous_word(self, k: int, n: str, known_name: bool) -> int:
        """After an anonymous head: ``0`` to read the word as usual, ``1`` when it is an
        adjective of the head (read on), else ``-e`` to end the phrase at token ``e``."""
        t = self.t
        if not known_name and (
            n in t.adjective
            or (nisba(self.tokens[k], n) and head_of(n) not in t.heads and n not in t.place)
        ):
            self.generic = True
            return 1
        place_end = place_phrase(self.tokens, k, self.limit, t)
        if place_end > k:
            return -place_end
        if self.generic or (n.endswith("وا") and len(n) > 4):
            return -k  # مسؤول أمريكي طلب عدم الكشف، شهود عاينوا …: the clause goes on
        return 0

    def ends_at(self, k: int, n: str, known_name: bool) -> bool:
        """Word ``k`` (normalised ``n``) is not part of the phrase: a particle, another
        cue, a coordinated word, a prepositional phrase or an addressee."""
        t, j, state = self.t, self.j, self.state
        if (n in t.comp or n in t.stop or n in t.lead) and not (
            (state in _TITLE_STATES and n in t.modifier)
            or (
                n not in t.comp
                and (
                    known_name
                    or (state == _NAME and (self.prev in t.particles or dotted_ali(self.tokens[k])))
                )
            )
        ):
            return True  # (بن علي، محمد علي الصيادي: علي is also the preposition على, which
            # is spelled with ى: ليلى أولاد علي عن الكتلة)
        cue = t.cues.get(n)
        if cue is not None and not known_name and (k > j or cue.pos != "noun"):
            return True
        if k > j and n in t.sources and n not in t.stop and not known_name:
            return True  # برلماني روسي | استنادا إلى …: a source phrase
        if (
            k > j
            and not known_name
            and len(n) > 3
            and n.endswith("ا")
            and self.prev.startswith("ال")
            and not n.startswith(("ال", "لل"))
            and self.tokens[k].start not in self.other_starts
        ):
            return True  # an indefinite accusative, the object: (واتهمت) المرأة رجلا
        if (
            k > j
            and len(n) > 2
            and n[0] == "و"
            and not known_name
            and n not in t.heads
            and self.tokens[k].start not in self.other_starts  # a name written with و: وول
            and not (state == _TITLE_DEF and short_name_at(self.tokens, k, self.limit, t))
            and not (head_of(self.tokens[j].norm) in t.plural and n[1:] in t.plural)
        ):
            return True  # coordination: a second subject or clause (not وزارة، وزير، وليد;
            # a group joins another: سكان ومسعفون)
        if (
            n.startswith(("بال", "كال", "فال"))
            and not (
                state == _NAME
                and (
                    known_name
                    or (
                        self.tokens[k - 1].start not in self.name_starts
                        and last_word(self.tokens, k, self.limit, t.comp)
                    )
                )
            )
        ) or (k > j and n[0] == "ب" and head_of(n[1:]) in t.heads and not known_name):
            return True  # a prepositional phrase: النائب بمجلس الشعب (not the surname بالحاج)
        if (
            k > j
            and n[0] == "ل"
            and self.tokens[k].start + 1 in self.other_starts
            and medium_at(self.tokens, k, self.limit)
        ):
            return True  # قال مسؤول لرويترز: an addressee
        if n[0] == "ل" and len(n) > 2 and not known_name:
            if n[1:] in t.addressee or (n.startswith("لل") and head_of(n) in t.addressee):
                return True
            if k > j and k + 1 < self.limit and self.tokens[k + 1].start in self.name_starts:
                return True  # مهدي جمعة ليوسف الشاهد: whom he speaks to
            if n.startswith("لل") and state not in _TITLE_STATES:
                return True
        return False

    def portfolio(self, k: int, n: str, known_name: bool) -> bool:
        """A definite word with و after a ministry's head and its first portfolio, another
        portfolio of its name (وزارة الطاقة والمناجم والطاقات المتجددة), not a body."""
        return (
            k > self.j + 1
            and self.state == _TITLE_DEF
            and not known_name
            and n.startswith("وال")
            and head_of(self.tokens[self.j].norm) in self.t.portfolio
            and head_of(n[1:]) not in self.t.heads
            and self.tokens[k].start not in self.other_starts
        )

    def coordinated(self, k: int, n: str, known_name: bool) -> int:
        """Word ``k`` joined by و goes on with the phrase: a second relational adjective
        (منظمات حقوق الإنسان الفلسطينية والإسرائيلية) or portfolio (وزارة الطاقة والمناجم),
        also with و written apart from its word (الصناعة و الطاقة). The next token to
        read, or ``0`` when the word is no such case."""
        joined = ""
        if n == "و" and self.j < k < self.limit - 1:
            nxt = self.tokens[k + 1]
            joined = "و" + nxt.norm if nxt.kind in WORDY and nxt.norm else ""
        if joined:  # read as one word: و + the next
            k, n = k + 1, joined
            known_name = self.tokens[k].start in self.name_starts
        if (k > self.j and n[:1] == "و" and both_nisba(self.prev, n[1:])) or self.portfolio(
            k, n, known_name
        ):
            self.prev = n[1:]
            return k + 1
        return 0

    def genitive(self, k: int, n: str, known_name: bool) -> bool:
        """``لصندوق النقد``، ``لكرة القدم``, ل before an organisation's or place's name
        inside a title: a genitive, not a name."""
        return (
            n[0] == "ل"
            and len(n) > 2
            and not known_name
            and not n.startswith("لل")
            and self.state in _TITLE_STATES
            and k > self.j
            and (
                head_of(n[1:]) in self.t.heads
                or self.tokens[k].start + 1 in self.other_starts  # لنداء تونس
                or genitive_at(self.tokens, k, self.limit, n, self.t)
                or (  # الهيئة الوطنية لإنقاذ حركة نداء تونس، لمكافحة الفساد
                    verbal_noun(n[1:])
                    and k + 1 < self.limit
                    and (
                        self.tokens[k + 1].start in self.other_starts
                        or self.tokens[k + 1].norm.startswith("ال")
                    )
                )
            )
        )

    def clashes(self, k: int, n: str) -> bool:
        """Word ``k`` right after the phrase's definite head, or after the head and one
        adjective, disagrees with them in gender (:func:`.forms.gender_clash`): the object;
        not before a possessed noun, with which such an adjective agrees instead (الرئيس
        الفرنسي المنتهية ولايته)."""
        head = self.tokens[self.j].norm
        nxt = self.tokens[k + 1] if k + 1 < len(self.tokens) else None
        if nxt is not None and (suffixed(nxt.norm) or possessed(nxt.text)):
            return False
        if k - 1 == self.j:
            return gender_clash(self.prev, "", n)
        return k - 2 == self.j and head.startswith("ال") and gender_clash(head, self.prev, n)

    def title_def(self, k: int, n: str, known_name: bool, definite: bool) -> bool:
        """A word after a definite title part; ``False`` ends the phrase."""
        t = self.t
        if definite:
            if (
                n.startswith("ال")
                and self.prev.startswith(("ال", "لل"))
                and not known_name
                and n not in t.modifier
                and (
                    not adjective(n)
                    or self.tokens[k].start in self.other_starts
                    or self.clashes(k, n)
                    or (
                        n.endswith(_PLURAL)
                        and not self.prev.endswith(_PLURAL)
                        and head_of(self.prev) not in t.plural
                    )
                )
            ):
                # two definite nouns are not one phrase: (أدانت) الحكومة الهجوم, (حذرت)
                # الوزيرة الولايات المتحدة; nor a plural after a singular: الوزارة | المواطنين،
                # الوزير | المنظمات
                return False
            if known_name and self.tokens[k - 1].start not in self.name_starts:
                self.state, self.name = _NAME, k  # (رئيس النادي) المنصف خماخم: a person
        elif n in t.modifier or (head_of(n) in t.heads and not known_name):
            self.state = _TITLE_INDEF
        elif head_of(n) in t.place and not known_name:
            return False  # a place noun is no name: (رئيس الدبلوماسية الفرنسية) منطقة ...
        elif n[0] == "ب" and self.tokens[k].start + 1 in self.other_starts:
            pass  # the title's seat: (مدير الصحة) بمدنين (علي الحشاني)
        elif (
            n[0] == "ب"
            and len(n) > 3
            and not known_name
            and self.title
            and head_of(n[1:]) in self.t.adjunct
        ):
            return False  # a prepositional adjunct: (رئيس الحكومة) بتاريخ ...
        elif self.named_genitive and not known_name:
            return False  # after an organisation's name, no unknown name: لنداء تونس | دعمه
        elif not known_name and (
            not_a_name(n)
            or possessed(self.tokens[k].text)
            or (self.title and n not in t.same and not name_like(n))
        ):
            return False  # (ولاحظ المدير) تطورا، (ونفى المتحدث) وجود، (أكد الحزب) دعمه: the object
        else:
            self.state, self.name = _NAME, k
        return True

    def apposed_title(self, k: int, n: str) -> bool:
        """Whether word ``k`` is a title or a programme's guest in apposition right after a
        found name, which ends the name (كريم بن سالم رئيس الجمعية، سامي علي الوزير، سامي
        علي ضيف البرنامج): a singular, as one person's office is (not a group a mention ran
        into: نقيبة الصحفيين), and not when the name part itself opens with a title word."""
        titles = self.t.titles
        return (
            self.tokens[k - 1].start in self.name_starts
            and (head_of(n) in titles or n in self.t.guest)
            and not n.endswith(_PLURAL)
            and head_of(self.tokens[self.name].norm) not in titles
        )

    def name_goes_on(self, k: int, known_name: bool) -> bool:
        """Whether word ``k``, past the name part's usual length, goes on with a person
        mention that holds every word of the name part so far (محمد بن عبد الرحمن آل ثاني)."""
        starts = self.name_starts
        return known_name and all(self.tokens[i].start in starts for i in range(self.name, k))

    def name_word(self, k: int, n: str, known_name: bool, definite: bool) -> bool:
        """A word after the start of a name part; ``False`` ends the phrase."""
        tokens, t = self.tokens, self.t
        if (k - self.name >= _MAX_NAME and not self.name_goes_on(k, known_name)) or (
            not known_name
            and (
                tokens[k].start in self.other_starts
                or (definite and k - self.name >= 2 and tokens[k - 1].start in self.name_starts)
            )
        ):
            return False  # the person mention ended: ودعا بلينكن الصين، الرئيس كريم سالم الأطراف
        if (
            not known_name
            and tokens[k - 1].start in self.name_starts
            and (n in t.sources or ends_name(n, tokens[k]))
            and not dotted_ali(tokens[k])
        ):
            return False  # a found name ends before a participle, a source, a possessed
            # noun, an accusative or a preposition: (ترامب) مخاطبا الصحفيين، (غوتيريش) بحسب
            # الوكالة، (الحداد) عزمه، (سامي علي) تهما، (فؤاد معصوم) بنجاح
        if not known_name and (
            (self.definite_name and not definite and n not in t.particles)
            or suffixed(n)
            or self.apposed_title(k, n)
        ):
            return False  # a new noun phrase (the object): حسن العلي قرار ..., or a title in
            # apposition after a found name: كريم بن سالم رئيس الجمعية
        if definite and self.prev not in t.particles and n not in t.compound:
            self.definite_name = True  # (عبد الوهاب، فاطمة الزهراء: one given name)
        return True

    def advance(self, k: int, n: str, known_name: bool) -> bool:
        """Read word ``k`` into the phrase's state; ``False`` ends the phrase before it."""
        tokens = self.tokens
        # A title with a possessive pronoun is definite: (وأوضح) مديرها العام خالد سالم.
        owned = self.state == _START and unpossessed(n) in self.t.titles
        definite = owned or n.startswith(("ال", "لل"))
        headish = owned or head_of(n) in self.t.heads
        if (
            definite
            and not known_name
            and k - self.j >= 2
            and tokens[k - 1].start in self.name_starts
            and tokens[k - 2].start in self.name_starts
        ):
            return False  # a person mention ended: ووصف الجيلاني الهمامي المعطيات
        if k > self.j and n[0] == "و" and n[1:] in self.t.plural:
            self.state = _TITLE_INDEF  # a second group: (سكان) ومسعفون
        elif self.state == _START:
            if self.counted and not known_name:
                self.state, self.anonymous = _TITLE_INDEF, True  # an anonymous group
            elif (headish or definite) and not (known_name and definite and not headish):
                # A definite word opens a title-like part: المهندسة سلمى، الكرملين (not a
                # person's name: المسماري).
                self.state = _TITLE_DEF if definite else _TITLE_INDEF
                self.title = headish
                self.anonymous = not definite and n in self.t.titles and not known_name
            else:
                self.state, self.name = _NAME, k
        elif self.state == _TITLE_INDEF:
            if definite or n in self.t.modifier:
                self.state = _TITLE_DEF if definite else _TITLE_INDEF
            elif known_name and not headish:  # (رئيسة هيئة الطاقة: a genitive)
                self.state, self.name = _NAME, k
            elif not headish:
                self.state = _TITLE_DEF  # an adjective or genitive: مسؤول أميركي
        elif self.state == _TITLE_DEF:
            return self.title_def(k, n, known_name, definite)
        else:
            return self.name_word(k, n, known_name, definite)
        return True

    def word(self, k: int, connector: bool) -> int:
        """Read token ``k``: the next token to read, or ``-e`` to end the phrase at ``e``."""
        tok = self.tokens[k]
        if (
            k == self.j
            and tok.kind == "number"
            and k + 1 < self.limit
            and self.tokens[k + 1].kind in WORDY
        ):
            self.counted = True  # a number of people: 14 مراقبا دوليا
            return k + 1
        if tok.kind not in WORDY:
            if self.state == _NAME and joins(self.tokens, k, self.limit):
                return k + 2  # هينيس-بلاسخارت: one name across an unspaced hyphen
            return -k
        n = tok.norm
        if not n:  # a word of marks only (a lone tatweel)
            return -k
        known_name = tok.start in self.name_starts
        if k == self.j and connector:
            n = self.connector(k, n)
        if self.anonymous and (
            self.generic or k == self.j + 1 or (n in self.t.adjective and not known_name)
        ):  # (an adjective after a head's complement: شاهد عيان آخر)
            step = self.anonymous_word(k, n, known_name)
            if step:
                self.prev = n
                return k + 1 if step > 0 else step
        step = self.coordinated(k, n, known_name)
        if step:
            return step
        if self.ends_at(k, n, known_name):
            return -k
        if self.genitive(k, n, known_name):
            self.state, self.prev = _TITLE_INDEF, n
            self.named_genitive = tok.start + 1 in self.other_starts
            return k + 1
        if not self.advance(k, n, known_name):
            return -k
        if k > self.j:
            self.anonymous = self.anonymous and self.state != _NAME
        self.prev = n
        return k + 1
