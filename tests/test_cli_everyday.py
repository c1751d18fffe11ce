"""The command line as documented: its examples run, the format follows the file name, and
it has a version, a module entry point and a progress bar on terminals only."""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

import arabic_newsnlp
from arabic_newsnlp.cli import EXAMPLES

ROOT = Path(__file__).resolve().parent.parent
COMMAND = f"{sys.executable} -m arabic_newsnlp"


def module(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "arabic_newsnlp", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        **kwargs,
    )


def documented_cli_examples(page: str) -> list[str]:
    """The commands in the ``## Command line`` section's first shell block of ``page``."""
    text = (ROOT / page).read_text(encoding="utf-8")
    block = re.search(r"## Command line\s+```bash\n(.*?)```", text, re.S)
    assert block is not None, page
    return [line.split("  #")[0].strip() for line in block.group(1).splitlines() if line.strip()]


def help_examples() -> list[str]:
    lines = EXAMPLES.split("\n\n")[0].splitlines()[1:]
    return [line.strip() for line in lines]


@pytest.mark.slow
@pytest.mark.parametrize(
    "example",
    dict.fromkeys(  # each command once
        help_examples()
        + documented_cli_examples("README.md")
        + documented_cli_examples("docs/usage.md")
    ),
)
def test_every_documented_example_runs(tmp_path: Path, example: str) -> None:
    (tmp_path / "examples").mkdir()
    shutil.copy(ROOT / "examples" / "news.txt", tmp_path / "examples" / "news.txt")
    shutil.copy(ROOT / "examples" / "news.txt", tmp_path / "article.txt")
    shutil.copy(ROOT / "examples" / "news.jsonl", tmp_path / "articles.jsonl")
    assert "arabic-newsnlp " in example
    command = example.replace("arabic-newsnlp ", f"{COMMAND} ")
    rendering = " render " in command
    if rendering:  # it reads what analyze wrote
        command = f"{COMMAND} analyze articles.jsonl -o out.jsonl && {command}"
    result = subprocess.run(
        ["bash", "-c", command],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    if rendering:
        assert "<html" in (tmp_path / "out.html").read_text(encoding="utf-8")
        return
    written = [p for p in tmp_path.iterdir() if p.suffix == ".jsonl" and p.name != "articles.jsonl"]
    out = "".join(p.read_text(encoding="utf-8") for p in written) + result.stdout
    docs = [json.loads(line) for line in out.splitlines()]
    assert docs and all("error" not in doc for doc in docs)


def test_version() -> None:
    result = module("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"arabic-newsnlp {arabic_newsnlp.__version__}"


def test_format_follows_the_file_name_not_the_first_character(tmp_path: Path) -> None:
    src = tmp_path / "note.txt"
    src.write_text('{"text": "نص"}\nسطر ثان', encoding="utf-8")
    (doc,) = [json.loads(x) for x in module("analyze", str(src), "--no-tokens").stdout.splitlines()]
    assert doc["text"] == '{"text": "نص"}\nسطر ثان'
    forced = module("analyze", "--format", "jsonl", str(src), "--no-tokens")
    assert [json.loads(x).get("text") for x in forced.stdout.splitlines()] == ["نص", None]


def test_steps_in_an_impossible_order_are_a_usage_error() -> None:
    result = module("analyze", "--steps", "ner", "--", str(ROOT / "examples" / "news.txt"))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "requires tokens" in result.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="needs a Linux pseudo-terminal")
@pytest.mark.parametrize("quiet", [False, True])
def test_progress_bar_on_a_terminal_only(tmp_path: Path, quiet: bool) -> None:
    import fcntl
    import termios

    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(json.dumps({"id": i, "text": "وصل الوفد."}) + "\n" for i in range(50)),
        encoding="utf-8",
    )
    leader, follower = os.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    try:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "arabic_newsnlp",
                "analyze",
                str(src),
                "--steps",
                "tokenize",
                *(["--quiet"] if quiet else []),
            ],
            stdout=subprocess.PIPE,
            stderr=follower,
            timeout=60,
            check=False,
        )
        os.close(follower)
        terminal = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal is closed
                break
            if not chunk:
                break
            terminal += chunk
    finally:
        os.close(leader)
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 50  # stdout holds the JSON lines only
    if quiet:
        assert terminal == b""
    else:  # a bar with a percentage: the total is known
        assert b"analysed:" in terminal and b"%|" in terminal


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    result = module("analyze", str(ROOT / "examples" / "news.jsonl"))
    assert result.returncode == 0 and result.stderr == ""
