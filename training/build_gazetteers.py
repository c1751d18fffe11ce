"""Build the shipped gazetteer and nationality tables.

Run from the project root (needs the ``train`` extra: babel and pycountry):
``python training/build_gazetteers.py && python training/update_manifest.py``.

Sources, in order of precedence for the canonical name of a referent:

1. our curated lists in ``training/curated/`` (countries' news names and aliases, capitals
   and cities, regions and waters, international bodies, movements, media, companies,
   widely reported public figures, nisba adjectives);
2. the Unicode CLDR Arabic names of territories and time-zone cities (through Babel);
3. pycountry's Arabic ISO 3166-1 names (diacritics stripped).

Writes ``arabic_newsnlp/data/lexicon/gazetteer.tsv`` (``name label kind canonical english
code source country``: ``country`` is the ISO code of the country a place lies in) and
``arabic_newsnlp/data/lexicon/nationalities.tsv`` (``adjective code country``).

With ``--names`` it also writes ``arabic_newsnlp/data/lexicon/names.tsv`` (``key label
kind english count source``), the large name lists the tagger reads as *features* only
(they never label a word on their own, so a name that is also a common word costs
nothing unless the model learned to trust the list in that context):

- person name words (``given`` / ``surname`` / ``name``, the last seen at least twice) and
  full names (``person``) from Wikidata person labels:
  ``../shared/data/names/netransliteration-ar.tsv`` (CC0) and ``arabic-name-romanizer``
  0.2.0's ``names.sqlite3`` (Wikidata CC0, DziriNames MIT);
- cities, regions and sports clubs from ``arwikicats`` 0.2.3 (MIT; Arabic Wikipedia
  category titles);
- organisation and place names mined from the unlabelled corpora
  (``../shared/data/unlabelled``, Arabic Wikipedia CC BY-SA 4.0 and ANT Apache-2.0, our
  evaluation sample left out), see :func:`mined_rows`.

Both packages are read as data files (neither is imported). The output is sorted, so a
rebuild with the same library versions is byte-identical.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from arabic_newsnlp.text.normalize import normalize, strip_diacritics  # noqa: E402

CURATED = ROOT / "training" / "curated"
OUT = ROOT / "arabic_newsnlp" / "data" / "lexicon"
HEADER = ("name", "label", "kind", "canonical", "english", "code", "source", "country")

_ARABIC = re.compile(r"^[\u0621-\u064A\u0671-\u06D3 ]+$")
# CLDR aggregate regions that are not places one names in news.
_SKIP_REGIONS = {"001", "QO", "EU", "EZ", "UN", "ZZ"}
# Library names that are also common Arabic words (sleep, sons, left, what is, ...).
_COMMON_WORDS = {
    "نوم",
    "سنتر",
    "بنين",
    "ترك",
    "ماهي",
    "أداك",
    "واك",
    "ثيل",
    "ترول",
    "بلم",
    "جوني",
    "هوفد",
    "سارك",
    "برثا",
    "ناسو",
}
_CONTINENTS = {"002", "009", "019", "142", "150", "010", "003", "005", "013", "029"}


def _clean(name: str) -> str:
    """Strip diacritics, tatweel and extra spaces (hamza and ال are kept)."""
    name = strip_diacritics(name).replace("\u0640", "")
    return " ".join(name.split())


def _read(path: Path) -> Iterator[dict[str, str]]:
    lines = [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def _variants(name: str) -> list[str]:
    """Usable names from a library string: drop parentheses, undo "X، Y" inversions."""
    out: list[str] = []
    name = _clean(name)
    paren = re.search(r"\(([^)]*)\)", name)
    if paren:
        out.append(paren.group(1).strip())
        name = (name[: paren.start()] + name[paren.end() :]).strip()
    if " - " in name:  # CLDR "الكونغو - كينشاسا": too ambiguous without the qualifier
        return []
    if "،" in name:
        head, _, tail = name.partition("،")
        name = tail.strip() if len(tail.split()) > 1 else head.strip()
    out.append(name)
    return [v for v in out if v and _ARABIC.match(v)]


def cldr_rows() -> list[tuple[str, ...]]:
    """Territories and time-zone cities with their Arabic CLDR names."""
    from babel import Locale
    from babel.core import get_global
    from babel.dates import get_timezone_location

    ar, en = Locale("ar"), Locale("en")
    rows: list[tuple[str, ...]] = []
    countries: set[str] = set()
    for code, name in sorted(ar.territories.items()):
        if code in _SKIP_REGIONS:
            continue
        english = en.territories.get(code, code)
        if code.isdigit():
            kind = "continent" if code in _CONTINENTS else "region"
            key = f"UN-M49:{code}"
        elif len(code) == 2:
            kind, key = "country", code
        else:
            continue
        for variant in _variants(name):
            if variant in _COMMON_WORDS:
                continue
            if kind == "country":
                countries.add(variant)
            rows.append((variant, "LOC", kind, variant, english, key, "cldr"))
    zones = sorted(get_global("zone_territories"))
    for zone in zones:
        if zone.startswith("Etc/") or "/" not in zone:
            continue
        try:
            city = get_timezone_location(zone, locale="ar", return_city=True)
            english = get_timezone_location(zone, locale="en", return_city=True)
        except (LookupError, ValueError):
            continue
        for variant in _variants(city):
            if variant in _COMMON_WORDS or variant in countries:
                continue
            rows.append((variant, "LOC", "city", variant, english, zone, "cldr"))
    return rows


def pycountry_rows() -> list[tuple[str, ...]]:
    """Arabic ISO 3166-1 short and official names of countries."""
    import pycountry

    ar = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    rows: list[tuple[str, ...]] = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        english = getattr(country, "common_name", None) or country.name
        names = [country.name, getattr(country, "official_name", None)]
        for source in names:
            if not source:
                continue
            for variant in _variants(ar.gettext(source)):
                rows.append(
                    (variant, "LOC", "country", variant, english, country.alpha_2, "pycountry")
                )
    return rows


_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9&+]{1,14}")


def _latin_names(english: str, code: str) -> tuple[str, ...]:
    """The Latin spellings an Arabic article may use for a body: its English name when
    that is one word (``CNN``, ``Google``) and the short key of its code (``FR:AFP``).

    >>> _latin_names("Agence France-Presse", "FR:AFP")
    ('AFP',)
    """
    short = code.partition(":")[2]
    names = [n for n in (english, short) if _LATIN_NAME.fullmatch(n)]
    return tuple(dict.fromkeys(names))


def curated_rows() -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    canonical_of: dict[str, str] = {}
    for row in _read(CURATED / "countries.tsv"):
        canonical = canonical_of.setdefault(row["code"], _clean(row["name"]))
        rows.append(
            (
                _clean(row["name"]),
                "LOC",
                "country",
                canonical,
                row["english"],
                row["code"],
                "curated",
            )
        )
    for row in _read(CURATED / "places.tsv"):
        rows.append(
            (
                _clean(row["name"]),
                "LOC",
                row["kind"],
                _clean(row["canonical"]),
                row["english"],
                row["code"],
                "curated",
            )
        )
    for row in _read(CURATED / "organisations.tsv"):
        for name in (_clean(row["name"]), *_latin_names(row["english"], row["code"])):
            rows.append(
                (
                    name,
                    "ORG",
                    row["kind"],
                    _clean(row["canonical"]),
                    row["english"],
                    row["code"],
                    "curated",
                )
            )
    for row in _read(CURATED / "people.tsv"):
        rows.append(
            (
                _clean(row["name"]),
                "PER",
                "person",
                _clean(row["canonical"]),
                row["english"],
                row["code"],
                "curated",
            )
        )
    return rows


def build_gazetteer() -> list[tuple[str, ...]]:
    """All rows, one per (name, code); curated canonical names win for their code."""
    curated = curated_rows()
    canonical: dict[str, str] = {}
    english: dict[str, str] = {}
    for row in curated:
        canonical.setdefault(row[5], row[3])
        english.setdefault(row[5], row[4])
    seen: set[tuple[str, str]] = set()
    out: list[tuple[str, ...]] = []
    for row in curated + cldr_rows() + pycountry_rows():
        name, label, kind, canon, eng, code, source = row
        key = (normalize(name), code)
        if key in seen or len(normalize(name).replace(" ", "")) < 2:
            continue
        seen.add(key)
        out.append(
            (name, label, kind, canonical.get(code, canon), english.get(code, eng), code, source)
        )
        if source != "curated":
            canonical.setdefault(code, canon)
            english.setdefault(code, eng)
    return sorted([(*row, _country_of(row)) for row in out], key=lambda r: (r[1], r[5], r[0]))


def _country_of(row: tuple[str, ...]) -> str:
    """The ISO country code a place row lies in: its own code for a country, the CLDR
    territory of a city's time-zone id, the prefix of a ``CC:English`` code, else empty."""
    from babel.core import get_global

    label, kind, code = row[1], row[2], row[5]
    if label != "LOC":
        return ""
    if kind == "country":
        return code
    prefix = code.partition(":")[0]
    if len(prefix) == 2 and prefix.isupper():
        return prefix  # SA:Mecca
    return str(get_global("zone_territories").get(code, ""))


def _inflect(word: str, ending: str) -> str:
    """One nisba word (``الكوري``) in another form (``ة``, ``ون``, ``ين``)."""
    if word.endswith("ي"):
        return word + ending
    return word


def build_nationalities() -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for row in _read(CURATED / "nationalities.tsv"):
        words = _clean(row["adjective"]).split()
        for ending in ("", "ة", "ون", "ين"):
            form = " ".join(_inflect(w, ending) for w in words)
            if form not in seen:
                seen.add(form)
                rows.append((form, row["code"], _clean(row["country"])))
    return sorted(rows, key=lambda r: (r[1], r[0]))


def _write(path: Path, header: tuple[str, ...], rows: list[tuple[str, ...]], note: str) -> None:
    lines = [f"# {note}", "\t".join(header)]
    for row in rows:
        if any("\t" in cell or "\n" in cell for cell in row):
            raise ValueError(f"a cell holds a tab or newline: {row!r}")
        lines.append("\t".join(row))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


NAMES_HEADER = ("key", "label", "kind", "english", "count", "source")
MIN_ORG_COUNT = 5
#: Name words seen once only in Wikidata labels are mostly noise; full names are all kept.
MIN_NAME_COUNT = 2
_ORG_WORDS = re.compile(r"[\u0621-\u064A]+")


def _package_dir(name: str) -> Path:
    """The folder of an installed package, found without importing it."""
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{name} is not installed: pip install -e '.[train]'")
    return Path(next(iter(spec.submodule_search_locations)))


def _name_key(name: str) -> str:
    from arabic_newsnlp.lexicon.keys import name_key

    return name_key(_clean(name))


def person_name_rows(data: Path) -> list[tuple[str, ...]]:
    """Person name words and full names from Wikidata labels."""
    import sqlite3

    rows: dict[tuple[str, str], list[object]] = {}

    def add(key: str, kind: str, english: str, count: int, source: str) -> None:
        if len(key.replace(" ", "")) < 3 or not _ARABIC.match(key):
            return  # two letters are mostly function words (في، من) in these lists
        row = rows.setdefault((key, kind), [english, 0, source])
        row[1] = int(str(row[1])) + count

    with (data / "names" / "netransliteration-ar.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            add(_name_key(row["arabic"]), "name", row["latin"], int(row["count"]), "wikidata")
    db = sqlite3.connect(_package_dir("arabic_name_romanizer") / "resources" / "names.sqlite3")
    for key, latin, role, count, source in db.execute(
        "SELECT arabic_key, latin, role, count, source FROM units ORDER BY arabic_key, latin"
    ):
        if role in ("given", "surname"):
            add(_name_key(key), role, latin, count, source)
    for key, latin, count, source in db.execute(
        "SELECT arabic_key, latin, count, source FROM full_names ORDER BY arabic_key, latin"
    ):
        if " " in _name_key(key):
            add(_name_key(key), "person", latin, count, source)
    return [
        (key, "PER", kind, str(english), str(count), str(source))
        for (key, kind), (english, count, source) in rows.items()
        if kind != "name" or int(str(count)) >= MIN_NAME_COUNT
    ]


def wikicats_rows() -> list[tuple[str, ...]]:
    """Cities, regions and sports clubs named by Arabic Wikipedia categories."""
    import json

    base = _package_dir("ArWikiCats") / "jsons"
    tables = (
        ("cities/cities_full.json", "LOC", "city"),
        ("geography/popopo.json", "LOC", "region"),
        ("sports/Clubs_key.json", "ORG", "club"),
    )
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    for name, label, kind in tables:
        table = json.loads((base / name).read_text(encoding="utf-8"))
        for english, arabic in sorted(table.items()):
            for variant in _variants(str(arabic)):
                key = _name_key(variant)
                if len(key.replace(" ", "")) >= 3:
                    out.setdefault((key, label), (key, label, kind, english, "1", "arwikicats"))
                if kind == "club" and key.startswith("نادي "):
                    short = key[5:]
                    out.setdefault((short, label), (short, label, kind, english, "1", "arwikicats"))
    return list(out.values())


def mined_rows(data: Path) -> list[tuple[str, ...]]:
    """Organisation and place names seen often in the unlabelled corpora.

    An organisation: a trigger organisation head (``وزارة``, ``الاتحاد`` ...) and one to
    four definite words after it. A place: the one or two words after a place head
    (``ولاية``, ``مدينة`` ...), where at least a fifth of the uses of those words follow
    such a head (``ولاية المنستير`` yes, ``مدينة كبيرة`` no).
    """
    import json
    import lzma

    from arabic_newsnlp.lexicon.gazetteer import gazetteer
    from arabic_newsnlp.lexicon.keys import name_key
    from benchmarks import ant

    gaz = gazetteer()
    skip = {a["id"] for _, a in ant.sample(data)}
    orgs: dict[str, int] = {}
    places: dict[str, int] = {}
    words: dict[str, int] = {}
    files = ("arwiki-20170120-sample.jsonl.xz", "ant-v1.1-jawharafm.jsonl.xz")
    for name in files:
        with lzma.open(data / "unlabelled" / name, "rt", encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                if record.get("id") in skip:
                    continue
                for chunk in re.split(r"[^\u0621-\u064A\u064B-\u0652\s]+", record["text"]):
                    keys = [k for k in (name_key(w) for w in chunk.split()) if k]
                    for i, word in enumerate(keys):
                        words[word] = words.get(word, 0) + 1
                        head = word[1:] if word[:1] in "وبلف" and gaz.trigger(word[1:]) else word
                        kind = gaz.trigger(head)
                        if kind == "place_head":
                            for size in (1, 2):
                                if i + size < len(keys):
                                    phrase = " ".join(keys[i + 1 : i + 1 + size])
                                    places[phrase] = places.get(phrase, 0) + 1
                        if kind != "org_head":
                            continue
                        phrase = head
                        for nxt in keys[i + 1 : i + 5]:
                            if not (nxt.startswith("ال") or nxt.startswith("لل")):
                                break
                            phrase += " " + nxt
                            orgs[phrase] = orgs.get(phrase, 0) + 1
    out = [
        (phrase, "ORG", "organisation", "", str(n), "mined")
        for phrase, n in orgs.items()
        if n >= MIN_ORG_COUNT
    ]
    for phrase, n in places.items():
        first = phrase.split()[0]
        if (
            n >= MIN_ORG_COUNT
            and len(first) > 2
            and gaz.trigger(first) is None
            and n * 5 >= words.get(first, 0)
        ):
            out.append((phrase, "LOC", "place", "", str(n), "mined"))
    return out


def build_names(data: Path) -> list[tuple[str, ...]]:
    """Every row of names.tsv, sorted."""
    rows = person_name_rows(data) + wikicats_rows() + mined_rows(data)
    return sorted(set(rows), key=lambda r: (r[1], r[2], r[0], r[3]))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--names", action="store_true", help="also build names.tsv")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    import babel
    import pycountry

    versions = f"babel {babel.__version__} (CLDR), pycountry {pycountry.__version__}"
    gazetteer = build_gazetteer()
    _write(
        args.out / "gazetteer.tsv",
        HEADER,
        gazetteer,
        f"Built by training/build_gazetteers.py from curated lists, {versions}.",
    )
    nationalities = build_nationalities()
    _write(
        args.out / "nationalities.tsv",
        ("adjective", "code", "country"),
        nationalities,
        "Built by training/build_gazetteers.py from training/curated/nationalities.tsv.",
    )
    by_label: dict[str, int] = {}
    by_source: dict[str, int] = {}
    for row in gazetteer:
        by_label[row[1]] = by_label.get(row[1], 0) + 1
        by_source[row[6]] = by_source.get(row[6], 0) + 1
    print(f"{args.out / 'gazetteer.tsv'}: {len(gazetteer)} names {by_label} {by_source}")
    print(f"{args.out / 'nationalities.tsv'}: {len(nationalities)} adjectives")
    if args.names:
        names = build_names(args.data)
        _write(
            args.out / "names.tsv",
            NAMES_HEADER,
            names,
            "Built by training/build_gazetteers.py --names: Wikidata person labels (CC0), "
            "arabic-name-romanizer 0.2.0 (CC0 / MIT), arwikicats 0.2.3 (MIT), organisation "
            "and place names mined from Arabic Wikipedia (CC BY-SA 4.0) and ANT (Apache-2.0).",
        )
        kinds: dict[str, int] = {}
        for row in names:
            kinds[row[2]] = kinds.get(row[2], 0) + 1
        print(f"{args.out / 'names.tsv'}: {len(names)} rows {kinds}")


if __name__ == "__main__":
    main()
