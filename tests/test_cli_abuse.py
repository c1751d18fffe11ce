"""The command line under abuse: nothing lost, nothing overwritten, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

STEPS = ["--steps", "tokenize", "--no-tokens"]


def run(
    args: list[str], stdin: bytes | None = None, **kwargs: Any
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "arabic_newsnlp.cli", *args],
        input=stdin,
        capture_output="stdout" not in kwargs,
        check=False,
        timeout=60,
        **kwargs,
    )


def strict_json(line: bytes) -> dict[str, Any]:
    """Parse one output line as RFC 8259 JSON in UTF-8: NaN and Infinity refused."""

    def refuse(name: str) -> None:
        raise AssertionError(f"{name} in the output")

    data = json.loads(line.decode("utf-8"), parse_constant=refuse)
    assert isinstance(data, dict)
    return data


def output_records(data: bytes) -> list[dict[str, Any]]:
    return [strict_json(line) for line in data.splitlines()]


def one_line_error(result: subprocess.CompletedProcess[bytes]) -> str:
    message = result.stderr.decode("utf-8").strip()
    assert result.returncode == 2, message
    assert "\n" not in message and "Traceback" not in message, message
    return message


def jsonl(*records: dict[str, Any]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


# 1. The output is never one of the inputs.


@pytest.mark.parametrize("spelling", ["same", "dot", "symlink", "hardlink"])
def test_output_that_is_the_input_is_refused_before_writing(tmp_path: Path, spelling: str) -> None:
    src = tmp_path / "x.jsonl"
    content = jsonl({"id": 1, "text": "وصل الوفد."})
    src.write_bytes(content)
    output = {
        "same": str(src),
        "dot": os.path.join(".", "x.jsonl"),
        "symlink": str(tmp_path / "link.jsonl"),
        "hardlink": str(tmp_path / "hard.jsonl"),
    }[spelling]
    if spelling == "symlink":
        os.symlink(src, output)
    if spelling == "hardlink":
        os.link(src, output)
    result = run(["analyze", str(src), "-o", output], cwd=tmp_path)
    assert "is the input" in one_line_error(result)
    assert src.read_bytes() == content


def test_standard_output_appending_to_the_input_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "x.jsonl"
    content = jsonl({"id": 1, "text": "وصل الوفد."})
    src.write_bytes(content)
    with open(src, "ab") as append:
        result = run(["analyze", str(src)], stdout=append, stderr=subprocess.PIPE)
    assert "is the input" in one_line_error(result)
    assert src.read_bytes() == content


# 3. A bad record never stops the run or loses other records.


def test_every_kind_of_bad_record_is_an_error_line_and_the_rest_is_written(
    tmp_path: Path,
) -> None:
    good = jsonl({"id": "a", "text": "قال الوزير."})
    lines = [
        good,
        b'{"id":2,"text":"\\ud800"}\n',  # a lone surrogate: valid JSON, not encodable
        b'{"id":3,"text":"x","n":' + b"9" * 5000 + b"}\n",  # too long an integer
        b"[" * 100_000 + b"\n",  # RecursionError
        b'{"id":5,"text":"x","score":NaN}\n',
        b'{"id":6,"text":"x","score":-Infinity}\n',
        b'{"id":7,"text":"\xff\xfe"}\n',  # invalid UTF-8
        b'"just a string"\n',
        good,
    ]
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"".join(lines))
    result = run(["analyze", str(src), *STEPS])
    assert result.returncode == 1
    out = output_records(result.stdout)
    assert len(out) == len(lines)
    assert out[0]["id"] == out[-1]["id"] == "a" and "error" not in out[-1]
    assert out[1]["id"] == 2 and out[1]["text"] == "\ufffd"
    assert out[1]["sentences"][0]["text"] == "\ufffd"
    errors = {record["line"]: record["error"] for record in out[2:-1]}
    assert sorted(errors) == [3, 4, 5, 6, 7, 8]
    assert "nested too deeply" in errors[4]
    assert "NaN" in errors[5] and "Infinity" in errors[6]
    assert "UTF-8" in errors[7]


def test_one_invalid_byte_affects_only_its_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": i, "text": f"خبر {i}."}, ensure_ascii=False).encode()
        for i in range(1, 2001)
    ]
    lines[1000] = lines[1000].replace("خبر".encode(), b"\xd9")  # line 1001
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    out = output_records(run(["analyze", str(src), *STEPS]).stdout)
    assert len(out) == 2000
    failed = [record for record in out if "error" in record]
    assert [(r["line"], r["source"]) for r in failed] == [(1001, str(src))]
    assert [r["id"] for r in out if "error" not in r] == [i for i in range(1, 2001) if i != 1001]


def test_invalid_utf8_on_stdin_is_handled_per_line() -> None:
    records = [jsonl({"id": i, "text": f"نص {i}"}) for i in range(400)]
    records[10] = b'{"id": 10, "text": "\x80"}\n'
    result = run(["analyze", *STEPS], stdin=b"".join(records))
    out = output_records(result.stdout)
    assert result.returncode == 1 and len(out) == 400
    assert [r["line"] for r in out if "error" in r] == [11]


@pytest.mark.parametrize("prefix", [b"\xef\xbb\xbf", b"\n", b" \r\n", b"\xef\xbb\xbf\n"])
def test_stdin_with_a_bom_or_blank_first_line_is_still_json_lines(prefix: bytes) -> None:
    data = prefix + jsonl({"id": 1, "text": "نص"}, {"id": 2, "text": "آخر"})
    result = run(["analyze", *STEPS], stdin=data)
    assert result.returncode == 0, result.stderr
    assert [r["id"] for r in output_records(result.stdout)] == [1, 2]


def test_a_jsonl_file_with_a_bom(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\xef\xbb\xbf" + jsonl({"id": 1, "text": "نص"}))
    result = run(["analyze", str(src), *STEPS])
    assert result.returncode == 0, result.stderr
    assert output_records(result.stdout)[0]["text"] == "نص"


# Output that cannot be written: one line, exit status 2.


@pytest.mark.parametrize("where", ["directory", "missing-directory", "dev-full"])
def test_unwritable_output(tmp_path: Path, where: str) -> None:
    if where == "dev-full" and not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    src = tmp_path / "in.jsonl"
    src.write_bytes(jsonl({"id": 1, "text": "نص"}))
    target = {
        "directory": str(tmp_path),
        "missing-directory": str(tmp_path / "missing" / "out.jsonl"),
        "dev-full": "/dev/full",
    }[where]
    assert "cannot write" in one_line_error(run(["analyze", str(src), "-o", target, *STEPS]))


def test_closed_pipe() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "arabic_newsnlp.cli", "analyze", *STEPS],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    proc.stdout.close()  # the reader goes away
    _, err = proc.communicate(jsonl(*({"id": i, "text": "نص"} for i in range(2000))), timeout=60)
    message = err.decode().strip()
    assert proc.returncode == 2, message
    assert message == "arabic-newsnlp: cannot write standard output: Broken pipe"
