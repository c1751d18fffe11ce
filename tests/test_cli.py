import json
import subprocess
import sys
from pathlib import Path

import pytest

from arabic_newsnlp import Document
from arabic_newsnlp.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run(args: list[str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "arabic_newsnlp.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )


def test_jsonl_end_to_end(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        "\n".join(
            [
                json.dumps(
                    {"id": "a", "text": "وصل الوزير إلى عمان.", "lang": "ar"}, ensure_ascii=False
                ),
                "{not json",
                json.dumps({"id": "c"}),
                json.dumps({"id": "d", "text": "قالت الوزيرة: «نعم»."}, ensure_ascii=False),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = run(["analyze", str(src), "-o", str(out)])
    assert result.returncode == 1
    assert "2 record(s) failed" in result.stderr
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 4
    assert lines[0]["id"] == "a" and lines[0]["meta"] == {"id": "a", "lang": "ar"}
    assert lines[1]["line"] == 2 and "invalid JSON" in lines[1]["error"]
    assert lines[2]["id"] == "c" and lines[2]["line"] == 3 and "text" in lines[2]["error"]
    assert lines[3]["id"] == "d"
    for data in (lines[0], lines[3]):
        doc = Document.from_dict({k: v for k, v in data.items() if k != "id"})
        for span in (*doc.sentences, *doc.tokens):
            assert doc.text[span.start : span.end] == span.text


def test_plain_text_file_and_stdin(tmp_path: Path) -> None:
    src = tmp_path / "article.txt"
    src.write_text("عنوان\n\nوصل الوفد. ثم غادر.", encoding="utf-8")
    result = run(["analyze", str(src), "--no-tokens"])
    assert result.returncode == 0, result.stderr
    (data,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert data["id"] == str(src) and data["tokens"] == [] and len(data["sentences"]) == 3
    piped = run(["analyze", "--steps", "tokenize"], stdin='{"text": "نص", "id": 1}\n')
    assert piped.returncode == 0 and json.loads(piped.stdout)["id"] == 1


def test_parallel_jobs_keep_order(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(json.dumps({"id": i, "text": f"خبر {i}."}) + "\n" for i in range(30)),
        encoding="utf-8",
    )
    result = run(["analyze", str(src), "-j", "2", "--batch-size", "4", "--steps", "tokenize"])
    assert result.returncode == 0, result.stderr
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == list(range(30))


def test_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = run(["analyze", str(tmp_path / "nope.txt")])
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip() == (
        f"arabic-newsnlp: cannot read {tmp_path / 'nope.txt'}: No such file or directory"
    )


def test_help_shows_examples(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["analyze", "--help"])
    assert "examples:" in capsys.readouterr().out


def test_bundled_example_runs() -> None:
    result = run(["analyze", str(ROOT / "examples" / "news.jsonl")])
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2
