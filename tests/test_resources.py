import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest

import arabic_newsnlp
from arabic_newsnlp import resources
from arabic_newsnlp.cli import main
from arabic_newsnlp.resources import ResourceError

ROOT = Path(__file__).resolve().parent.parent
SHIPPED_MANIFEST = resources.manifest


def test_every_shipped_file_matches_the_manifest() -> None:
    files = resources.manifest()["files"]
    on_disk = {
        p.relative_to(resources.DATA_DIR).as_posix()
        for p in resources.DATA_DIR.rglob("*")
        if p.is_file()
        and p.name not in {"manifest.json", "README.md"}
        and "__pycache__" not in p.parts
    }
    assert set(files) == on_disk, "run python training/update_manifest.py"
    for name, entry in files.items():
        assert resources.sha256_of(resources.DATA_DIR / name) == entry["sha256"], name


@pytest.fixture
def fake_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "lex.tsv").write_text("# comment\na\tb\n1\t2\n", encoding="utf-8")
    digest = resources.sha256_of(tmp_path / "lex.tsv")
    monkeypatch.setattr(resources, "DATA_DIR", tmp_path)
    monkeypatch.setattr(resources, "_verified", {})
    monkeypatch.setattr(
        resources,
        "manifest",
        lambda: {"files": {"lex.tsv": {"sha256": digest}, "gone.tsv": {"sha256": "0"}}},
    )
    return tmp_path


def test_read_tsv(fake_data: Path) -> None:
    assert resources.read_tsv("lex.tsv") == [{"a": "1", "b": "2"}]


def test_corrupted_file_is_named(fake_data: Path) -> None:
    (fake_data / "lex.tsv").write_text("a\tb\n9\t9\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"lex\.tsv is corrupted"):
        resources.resource_path("lex.tsv")


def test_an_edited_word_list_names_the_command_that_records_it(
    fake_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (fake_data / "lex.tsv").write_text("a\tb\n1\t2\n3\t4\n", encoding="utf-8")
    with pytest.raises(ResourceError) as caught:
        resources.resource_path("lex.tsv")
    assert resources.UPDATE_MANIFEST in str(caught.value)
    # The command it names exists and, run, makes the edited list load.
    script = ROOT / resources.UPDATE_MANIFEST.split()[-1]
    assert script.is_file()
    spec = importlib.util.spec_from_file_location("update_manifest", script)
    assert spec is not None and spec.loader is not None
    update_manifest = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(update_manifest)
    update_manifest.main(fake_data)
    # Read the manifest just written (the fixture had replaced it with a fixed one).
    monkeypatch.setattr(resources, "manifest", SHIPPED_MANIFEST.__wrapped__)
    assert resources.read_tsv("lex.tsv") == [{"a": "1", "b": "2"}, {"a": "3", "b": "4"}]


def test_missing_file_is_named(fake_data: Path) -> None:
    with pytest.raises(ResourceError, match=r"gone\.tsv is missing"):
        resources.resource_path("gone.tsv")


def test_unlisted_file_is_refused(fake_data: Path) -> None:
    with pytest.raises(ResourceError, match="not listed"):
        resources.resource_path("other.tsv")


@pytest.fixture
def own_manifest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A data folder of our own whose manifest the test writes; the cache is cleared
    around the test so the shipped manifest is read again afterwards."""
    monkeypatch.setattr(resources, "DATA_DIR", tmp_path)
    monkeypatch.setattr(resources, "_verified", {})
    resources.manifest.cache_clear()
    yield tmp_path / resources.MANIFEST
    resources.manifest.cache_clear()


@pytest.mark.parametrize(
    "content",
    [
        '["lex.tsv"]',
        '{"files": ["lex.tsv"]}',
        '{"files": {"lex.tsv": {"bytes": 3}}}',
        '{"files": {"lex.tsv": "abc"}}',
        "{",
    ],
)
def test_a_malformed_manifest_is_a_resource_error_naming_it(
    own_manifest: Path, content: str
) -> None:
    own_manifest.write_text(content, encoding="utf-8")
    with pytest.raises(ResourceError, match=r"manifest .*manifest\.json"):
        resources.resource_path("lex.tsv")


def test_a_broken_install_fails_when_the_pipeline_is_built(fake_data: Path) -> None:
    with pytest.raises(ResourceError, match=r"gone\.tsv is missing"):
        arabic_newsnlp.Pipeline(steps=("tokenize",))
    arabic_newsnlp.Pipeline(steps=(Nothing(),))  # no built-in step: no shipped data needed


def test_the_cli_reports_a_broken_install_once(
    fake_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "نص"}\n' * 5, encoding="utf-8")
    assert main(["analyze", str(src)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "gone.tsv is missing" in captured.err


class Nothing:
    name = "nothing"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()

    def __call__(self, doc: arabic_newsnlp.Document) -> arabic_newsnlp.Document:
        return doc


def test_resource_error_is_exported() -> None:
    assert arabic_newsnlp.ResourceError is ResourceError
