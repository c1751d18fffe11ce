"""Any bytes on the command line's input: one valid UTF-8 JSON line out per record in.

``FUZZ_EXAMPLES=100000 python -m pytest tests/test_cli_fuzz.py`` runs the long version.
"""

from __future__ import annotations

import io
import json
import os
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_cli_abuse import strict_json

from arabic_newsnlp.cli import main

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "150"))

any_text = st.text(st.characters(blacklist_categories=()), max_size=40)  # surrogates too
records = st.builds(
    lambda text, key, value, ascii_only: json.dumps(
        {"text": text, key: value}, ensure_ascii=ascii_only, allow_nan=True
    ).encode("utf-8", "surrogatepass"),
    any_text,
    any_text,
    st.one_of(st.integers(), st.floats(), any_text, st.none()),
    st.booleans(),
)
odd = st.sampled_from(
    [
        b"",
        b" ",
        b"\r",
        b"\xef\xbb\xbf",
        b"NaN",
        b'{"text": "x", "n": -Infinity}',
        b"[" * 3000,
        b'{"text": 5}',
        b'{"id": 1}',
        b'"text"',
        b"9" * 5000,
        b'{"text": "\\ud800", "id": "\\udfff"}',
    ]
)
lines = st.lists(
    st.one_of(records, odd, st.binary(max_size=30).map(lambda b: b.replace(b"\n", b""))),
    max_size=12,
)


def expected_records(raw_lines: list[bytes]) -> int:
    """The records the input holds: every line but those blank once decoded."""
    count = 0
    for number, raw in enumerate(raw_lines, start=1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            blank = not raw.decode("utf-8").strip()
        except UnicodeDecodeError:
            blank = False
        count += not blank
    return count


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines)
def test_any_input_gives_one_strict_json_line_per_record(raw_lines: list[bytes]) -> None:
    data = b"".join(line + b"\n" for line in raw_lines)
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    out = io.BytesIO()
    stdout = io.TextIOWrapper(out, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "stdin", stdin)
        patch.setattr(sys, "stdout", stdout)
        patch.setattr(sys, "stderr", io.StringIO())
        status = main(["analyze", "--format", "jsonl", "--steps", "tokenize", "--no-tokens"])
    written = [strict_json(line) for line in out.getvalue().splitlines()]
    assert len(written) == expected_records(raw_lines)
    assert status == (1 if any("error" in record for record in written) else 0)
