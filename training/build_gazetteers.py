"""Build the shipped gazetteer and nationality tables.

Run from the project root (needs the ``train`` extra: babel and pycountry):
``python training/build_gazetteers.py && python training/update_manifest.py``.

Sources, in order of precedence for the canonical name of a referent:

1. our curated lists in ``training/curated/`` (countries' news names and aliases, capitals
   and cities, regions and waters, international bodies, movements, media, companies,
   widely reported public figures, nisba adjectives);
2. the Unicode CLDR Arabic names of territories and time-zone cities (through Babel);
3. pycountry's Arabic ISO 3166-1 names (diacritics stripped).

Writes ``arabic_newsnlp/data/gazetteer/gazetteer.tsv`` (``name label kind canonical english
code source``) and ``arabic_newsnlp/data/gazetteer/nationalities.tsv`` (``adjective code
country``). The output is sorted, so a rebuild with the same library versions is
byte-identical.
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
OUT = ROOT / "arabic_newsnlp" / "data" / "gazetteer"
HEADER = ("name", "label", "kind", "canonical", "english", "code", "source")

_ARABIC = re.compile(r"^[\u0621-\u064A\u0671-\u06D3 ]+$")
# CLDR aggregate regions that are not places one names in news.
_SKIP_REGIONS = {"001", "QO", "EU", "EZ", "UN", "ZZ"}
# Library names that are also common Arabic words (sleep, sons, left, what is, ...).
_COMMON_WORDS = {
    "نوم", "سنتر", "بنين", "ترك", "ماهي", "أداك", "واك", "ثيل", "ترول", "بلم", "جوني",
    "هوفد", "سارك", "برثا", "ناسو",
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


def curated_rows() -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    canonical_of: dict[str, str] = {}
    for row in _read(CURATED / "countries.tsv"):
        canonical = canonical_of.setdefault(row["code"], _clean(row["name"]))
        rows.append(
            (_clean(row["name"]), "LOC", "country", canonical, row["english"], row["code"],
             "curated")
        )
    for row in _read(CURATED / "places.tsv"):
        rows.append(
            (_clean(row["name"]), "LOC", row["kind"], _clean(row["canonical"]), row["english"],
             row["code"], "curated")
        )
    for row in _read(CURATED / "organisations.tsv"):
        rows.append(
            (_clean(row["name"]), "ORG", row["kind"], _clean(row["canonical"]), row["english"],
             row["code"], "curated")
        )
    for row in _read(CURATED / "people.tsv"):
        rows.append(
            (_clean(row["name"]), "PER", "person", _clean(row["canonical"]), row["english"],
             row["code"], "curated")
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
            (name, label, kind, canonical.get(code, canon), english.get(code, eng), code,
             source)
        )
        if source != "curated":
            canonical.setdefault(code, canon)
            english.setdefault(code, eng)
    return sorted(out, key=lambda r: (r[1], r[5], r[0]))


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


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    import babel
    import pycountry

    versions = f"babel {babel.__version__} (CLDR), pycountry {pycountry.__version__}"
    gazetteer = build_gazetteer()
    _write(
        args.out / "gazetteer.tsv", HEADER, gazetteer,
        f"Built by training/build_gazetteers.py from curated lists, {versions}.",
    )
    nationalities = build_nationalities()
    _write(
        args.out / "nationalities.tsv", ("adjective", "code", "country"), nationalities,
        "Built by training/build_gazetteers.py from training/curated/nationalities.tsv.",
    )
    by_label: dict[str, int] = {}
    by_source: dict[str, int] = {}
    for row in gazetteer:
        by_label[row[1]] = by_label.get(row[1], 0) + 1
        by_source[row[6]] = by_source.get(row[6], 0) + 1
    print(f"{args.out / 'gazetteer.tsv'}: {len(gazetteer)} names {by_label} {by_source}")
    print(f"{args.out / 'nationalities.tsv'}: {len(nationalities)} adjectives")


if __name__ == "__main__":
    main()
