"""Who is quoted most, and about whom? Over a JSON-lines file of articles.

    pip install "arabic-newsnlp[pandas]"
    python examples/who_is_quoted.py [articles.jsonl]

Without an argument it reads the bundled examples/news.jsonl. Each speaker's quotes are
counted under the entity they resolve to; "about" lists the entities named inside what
they said, most often first.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

import arabic_newsnlp


def who_is_quoted(records: list[dict[str, object]]) -> pd.DataFrame:
    """One row per speaker: number of quotes, and the entities named in them."""
    docs = list(arabic_newsnlp.Pipeline().pipe(records))
    quotes = arabic_newsnlp.to_dataframe(docs, "quotes")
    mentions = arabic_newsnlp.to_dataframe(docs, "mentions")
    quotes["who"] = quotes["gloss"].fillna(quotes["canonical"]).fillna("(unknown)")
    mentions["name"] = mentions["gloss"].fillna(mentions["canonical"]).fillna(mentions["text"])

    # Mentions inside a quote's content, the speaker's own entity left out.
    pairs = quotes.merge(mentions, on="doc", suffixes=("", "_m"))
    inside = pairs[
        (pairs["start_m"] >= pairs["start"])
        & (pairs["end_m"] <= pairs["end"])
        & (pairs["entity_m"] != pairs["entity"])
    ]
    about = inside.groupby("who")["name"].agg(lambda names: ", ".join(names.value_counts().index))
    table = quotes.groupby("who").size().rename("quotes").to_frame()
    table["about"] = about
    return table.fillna({"about": ""}).sort_values("quotes", ascending=False)


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("news.jsonl")
    with open(path, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    with pd.option_context("display.width", 120, "display.max_colwidth", 80):
        print(who_is_quoted(records))


if __name__ == "__main__":
    main()
