"""CamelNER with real CAMeL Tools, transformers and torch, on tiny models built here.

Two models are saved with ``save_pretrained`` and loaded by ``NERecognizer(model_path)``:

- a *programmed* one: no transformer layer, position embeddings zeroed, so each word's
  label depends on its first word piece alone; whole words in its vocabulary carry chosen
  labels (``ماكرون`` -> ``B-PERS``), every other piece is ``O``. It makes the expected
  mentions known, so offsets, label mapping, clitics and chunking can be checked exactly.
- a *random* one: two small layers, randomly initialised; its labels are noise, so it
  checks what must hold whatever the model says, and that our inference agrees with
  ``NERecognizer.predict``.

Skipped when the ``camel`` extra is not installed, except where
``ARABIC_NEWSNLP_ENGINE_TESTS=require`` (CI's engines environment): there they fail.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

if os.environ.get("ARABIC_NEWSNLP_ENGINE_TESTS") == "require":  # CI's engines run
    import camel_tools  # noqa: F401
    import torch
    import transformers
else:
    pytest.importorskip("camel_tools", reason="the camel extra is not installed")
    torch = pytest.importorskip("torch", reason="the camel extra is not installed")
    transformers = pytest.importorskip("transformers", reason="the camel extra is not installed")

from arabic_newsnlp import Pipeline
from arabic_newsnlp.engines import CamelNER
from arabic_newsnlp.engines.camel import chunk_words

# The label order of CAMeL Tools' released NER model.
CAMEL_LABELS = ["B-LOC", "B-ORG", "B-PERS", "B-MISC", "I-LOC", "I-ORG", "I-PERS", "I-MISC", "O"]
SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
LETTERS = [chr(c) for c in range(0x0621, 0x064B)] + [chr(c) for c in range(0x064B, 0x0653)]
PUNCT = list(".,:;!?«»()\"'-،؛؟") + [str(d) for d in range(10)]

# Whole words the programmed model knows, and the tag of each.
PROGRAM = {
    "ماكرون": "B-PERS",
    "إيمانويل": "B-PERS",
    "باريس": "B-GPE",
    "ولباريس": "B-GPE",
    "لبرلين": "B-LOC",
    "برلين": "B-LOC",
    "للأمم": "B-ORG",
    "المتحدة": "I-ORG",
    "والكرملين": "B-ORG",
    "الكرملين": "B-ORG",
    "مونديال": "B-MISC",
    "غدا": "B-DATE",
    "وحيد": "I-PERS",
}
# The programmed model's labels: CAMeL's, plus a type we do not map.
PROGRAM_LABELS = [*CAMEL_LABELS, "B-GPE", "I-GPE", "B-DATE"]


@pytest.fixture(scope="session", autouse=True)
def camel_data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """CAMeL Tools reads a data catalogue on import (and downloads it when absent);
    offline, give it an empty one unless the machine has its own."""
    own = Path(os.environ.get("CAMELTOOLS_DATA", Path.home() / ".camel_tools"))
    if "camel_tools.data" in sys.modules or (own / "catalogue.json").exists():
        yield
        return
    folder = tmp_path_factory.mktemp("camel_data")
    (folder / "catalogue.json").write_text(
        json.dumps({"version": "1.6", "packages": {}, "components": {}}), encoding="utf-8"
    )
    old = os.environ.get("CAMELTOOLS_DATA")
    os.environ["CAMELTOOLS_DATA"] = str(folder)
    yield
    if old is None:
        os.environ.pop("CAMELTOOLS_DATA", None)
    else:
        os.environ["CAMELTOOLS_DATA"] = old


def _vocab(words: list[str]) -> list[str]:
    return [*SPECIAL, *LETTERS, *("##" + c for c in LETTERS), *PUNCT, *words]


def _save(folder: Path, model: object, vocab: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(folder)  # type: ignore[attr-defined]
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    tokenizer = transformers.BertTokenizer(str(folder / "vocab.txt"), do_lower_case=False)
    tokenizer.save_pretrained(folder)
    return folder


def build_programmed(folder: Path) -> Path:
    vocab = _vocab(list(PROGRAM))
    labels = PROGRAM_LABELS
    hidden = 16
    config = transformers.BertConfig(
        vocab_size=len(vocab),
        hidden_size=hidden,
        num_hidden_layers=0,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=512,
        id2label=dict(enumerate(labels)),
        label2id={x: i for i, x in enumerate(labels)},
    )
    model = transformers.BertForTokenClassification(config)
    index = {x: i for i, x in enumerate(labels)}
    with torch.no_grad():
        emb = model.bert.embeddings
        emb.position_embeddings.weight.zero_()
        emb.token_type_embeddings.weight.zero_()
        emb.LayerNorm.weight.fill_(1.0)
        emb.LayerNorm.bias.zero_()
        words = emb.word_embeddings.weight
        words.zero_()
        for i, piece in enumerate(vocab):
            tag = PROGRAM.get(piece, "O")
            words[i, index[tag]] = 1.0
        # ماكرون's label, less sure: a second label close behind.
        words[vocab.index("ماكرون"), index["I-PERS"]] = 0.8
        model.classifier.weight.zero_()
        model.classifier.bias.zero_()
        for j in range(len(labels)):
            model.classifier.weight[j, j] = 3.0
    return _save(folder, model, vocab)


def build_random(folder: Path) -> Path:
    torch.manual_seed(0)
    vocab = _vocab(["قال", "الرئيس", "في"])
    config = transformers.BertConfig(
        vocab_size=len(vocab),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=512,
        id2label=dict(enumerate(CAMEL_LABELS)),
        label2id={x: i for i, x in enumerate(CAMEL_LABELS)},
    )
    model = transformers.BertForTokenClassification(config)
    with torch.no_grad():
        model.classifier.weight.mul_(20.0)  # labels vary from word to word
    return _save(folder, model, vocab)


@pytest.fixture(scope="session")
def programmed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_programmed(tmp_path_factory.mktemp("camel_programmed"))


@pytest.fixture(scope="session")
def random_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_random(tmp_path_factory.mktemp("camel_random"))


def _mentions(doc):  # type: ignore[no-untyped-def]
    return [(m.text, m.label) for m in doc.mentions]


def _check_offsets(doc) -> None:  # type: ignore[no-untyped-def]
    last = 0
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text
        assert m.start >= last
        last = m.end
        assert 0.0 < m.confidence <= 1.0


def test_recognizer_loads_the_folder(programmed: Path) -> None:
    from camel_tools.ner import NERecognizer

    rec = NERecognizer(str(programmed), use_gpu=False)
    assert rec.predict_sentence(["قال", "ماكرون", "في", "باريس"]) == ["O", "B-PERS", "O", "B-GPE"]


def test_labels_are_mapped_and_offsets_exact(programmed: Path) -> None:
    text = "قال إيمانويل ماكرون في باريس إن الكرملين يتابع مونديال قطر غدا."
    nlp = Pipeline(steps=["tokenize", "clitics", CamelNER(programmed, use_gpu=False)])
    doc = nlp(text)
    _check_offsets(doc)
    assert _mentions(doc) == [
        ("إيمانويل", "PER"),  # B-PERS then B-PERS: two mentions, as the model said
        ("ماكرون", "PER"),
        ("باريس", "LOC"),  # GPE -> LOC
        ("الكرملين", "ORG"),
        ("مونديال", "MISC"),
    ]  # B-DATE is not one of our types: dropped


def test_proclitics_are_cut_as_ours_are(programmed: Path) -> None:
    text = "سافر الوفد ولباريس لبرلين ثم للأمم المتحدة والكرملين."
    doc = Pipeline(steps=["tokenize", "clitics", CamelNER(programmed, use_gpu=False)])(text)
    _check_offsets(doc)
    assert _mentions(doc) == [
        ("باريس", "LOC"),
        ("برلين", "LOC"),
        ("أمم المتحدة", "ORG"),  # the article fused in لل cannot be spanned
        ("الكرملين", "ORG"),  # a written article stays
    ]
    by_text = {t.text: t for t in doc.tokens}
    for m in doc.mentions:
        first = next(t for t in doc.tokens if t.start <= m.start < t.end)
        for seg in first.segments:
            if seg.kind == "proclitic" and seg.text != "ال":
                assert seg.end <= m.start, (m, seg)
    assert by_text["ولباريس"].segments[0].kind == "proclitic"


def test_same_starts_as_the_ner_step(programmed: Path) -> None:
    """Where both steps find a name on the same token, it starts at the same offset."""
    text = "وقال ماكرون لبرلين وللأمم المتحدة إن باريس والكرملين تتحاوران."
    ours = Pipeline(steps=["tokenize", "clitics", "ner"])(text)
    camel = Pipeline(steps=["tokenize", "clitics", CamelNER(programmed, use_gpu=False)])(text)

    def first_token(doc, m):  # type: ignore[no-untyped-def]
        return next(i for i, t in enumerate(doc.tokens) if t.start <= m.start < t.end)

    theirs = {first_token(camel, m): m.start for m in camel.mentions}
    shared = [m for m in ours.mentions if first_token(ours, m) in theirs]
    assert len(shared) >= 3, (ours.mentions, camel.mentions)
    for m in shared:
        assert m.start == theirs[first_token(ours, m)], m


def test_confidence_from_scores(programmed: Path) -> None:
    step = CamelNER(programmed, use_gpu=False)
    [(tags, probs)] = step.model_tags([["ماكرون", "وحيد", "باريس", "قال"]])
    assert tags == ["B-PERS", "I-PERS", "B-GPE", "O"]
    assert probs[0] < probs[1] and probs[0] < 0.99  # ماكرون has a runner-up label
    doc = Pipeline(steps=["tokenize", "clitics", step])("قال ماكرون وحيد في باريس")
    [person, place] = doc.mentions
    assert (person.text, person.label) == ("ماكرون وحيد", "PER")
    assert person.confidence == pytest.approx(round(probs[0], 4))
    assert place.confidence == pytest.approx(round(probs[2], 4))


def test_words_without_pieces_are_kept(programmed: Path) -> None:
    step = CamelNER(programmed, use_gpu=False)
    [(tags, probs)] = step.model_tags([["ماكرون", "\u200b", "باريس"]])
    assert tags == ["B-PERS", "O", "B-GPE"]
    assert probs[1] == 1.0


def test_long_sentences_are_chunked_without_losing_words(programmed: Path) -> None:
    words = ["قال", "ماكرون", "في", "باريس", "إن", "الكرملين", "يتابع"] * 30
    text = " ".join(words) + "."
    whole = Pipeline(steps=["tokenize", "clitics", CamelNER(programmed, use_gpu=False)])(text)
    small = CamelNER(programmed, max_length=8, batch_size=4, use_gpu=False)
    chunked = Pipeline(steps=["tokenize", "clitics", small])(text)
    assert len(whole.mentions) == 90
    assert chunked.mentions == whole.mentions
    [(tags, _)] = small.model_tags([words])
    assert len(tags) == len(words)
    assert tags[-6:] == ["B-PERS", "O", "B-GPE", "O", "B-ORG", "O"]
    # A limit above the model's 512 positions is capped to them.
    capped = CamelNER(programmed, max_length=4096, use_gpu=False)
    [(tags, _)] = capped.model_tags([words * 4])
    assert sum(len(capped.recognizer.tokenizer.tokenize(w)) for w in words * 4) > 512
    assert len(tags) == len(words) * 4
    assert tags[-6:] == ["B-PERS", "O", "B-GPE", "O", "B-ORG", "O"]


def test_chunk_words_covers_every_word() -> None:
    sizes = [3, 1, 6, 2, 2, 2, 9, 1]
    for limit in range(1, 12):
        chunks = chunk_words(sizes, limit)
        assert [i for a, b in chunks for i in range(a, b)] == list(range(len(sizes)))
        for a, b in chunks:
            assert b - a == 1 or sum(sizes[a:b]) <= limit


def test_agrees_with_camel_predict(random_model: Path) -> None:
    from camel_tools.ner import NERecognizer

    sentences = [
        ["قال", "الرئيس", "في", "بيروت", "إن", "الحكومة", "ستجتمع", "."],
        ["ذهب", "وزير", "الخارجية", "إلى", "عمان", "،", "ثم", "الرياض"],
        ["قال"] * 300,  # longer than 256 pieces: both cut it at the same words
    ]
    expected = NERecognizer(str(random_model), use_gpu=False).predict(sentences)
    step = CamelNER(random_model, use_gpu=False)
    got = [tags for tags, _ in step.model_tags(sentences)]
    assert got == expected
    assert len({t for tags in got for t in tags}) > 2  # the random labels do vary


def test_random_model_invariants_and_link_and_quotes(random_model: Path) -> None:
    text = (
        "وقال الرئيس في بيروت: «سنواصل العمل مع الشركاء». وأضاف وزير الخارجية "
        "للصحفيين في عمان أن الحكومة ستجتمع غدا.\nوفي الرياض قال متحدث إن الوفد وصل."
    )
    nlp = Pipeline(
        steps=["tokenize", "clitics", CamelNER(random_model, use_gpu=False), "link", "quotes"]
    )
    doc = nlp(text)
    _check_offsets(doc)
    assert doc.mentions
    assert {m.label for m in doc.mentions} <= {"PER", "ORG", "LOC", "MISC"}
    for m in doc.mentions:
        assert m.entity is not None  # every mention linked
        first = next(t for t in doc.tokens if t.start <= m.start < t.end)
        cut = [s for s in first.segments if s.kind == "proclitic" and s.text != "ال"]
        assert all(s.end <= m.start for s in cut) or not first.segments
    assert doc.quotes
    assert doc == type(doc).from_dict(doc.to_dict())


def test_full_pipeline_quotes_on_its_mentions(programmed: Path) -> None:
    text = "قال ماكرون في باريس: «سنواصل العمل مع برلين»."
    nlp = Pipeline(
        steps=["tokenize", "clitics", CamelNER(programmed, use_gpu=False), "link", "quotes"]
    )
    doc = nlp(text)
    assert _mentions(doc) == [("ماكرون", "PER"), ("باريس", "LOC"), ("برلين", "LOC")]
    assert len(doc.entities) == 3
    [quote] = doc.quotes
    assert quote.speaker is not None and quote.speaker.text == "ماكرون"
    assert quote.entity == doc.mentions[0].entity


def test_pipe_in_two_processes(programmed: Path) -> None:
    nlp = Pipeline(steps=["tokenize", "clitics", CamelNER(programmed, use_gpu=False)])
    texts = ["قال ماكرون في باريس", "وصل الوفد لبرلين"] * 3
    one = [_mentions(d) for d in nlp.pipe(texts)]
    two = [_mentions(d) for d in nlp.pipe(texts, batch_size=2, n_process=2)]
    assert one == two
    assert one[0] == [("ماكرون", "PER"), ("باريس", "LOC")]


def test_model_without_bio_labels_is_refused(tmp_path: Path) -> None:
    vocab = _vocab([])
    config = transformers.BertConfig(
        vocab_size=len(vocab),
        hidden_size=8,
        num_hidden_layers=0,
        num_attention_heads=2,
        intermediate_size=8,
        num_labels=3,
    )
    folder = _save(tmp_path / "plain", transformers.BertForTokenClassification(config), vocab)
    step = CamelNER(folder, use_gpu=False)
    with pytest.raises(ValueError, match="no BIO labels"):
        step(Pipeline(steps=["tokenize", "clitics"])("قال ماكرون"))


def test_missing_catalogue_is_explained(tmp_path: Path, programmed: Path) -> None:
    """Without CAMeL Tools' catalogue (and no way to fetch it) the error says so."""
    code = (
        "from arabic_newsnlp.engines import CamelNER\n"
        "from arabic_newsnlp import Pipeline\n"
        f"step = CamelNER({str(programmed)!r}, use_gpu=False)\n"
        "try:\n"
        "    Pipeline(steps=['tokenize', 'clitics', step])('قال ماكرون')\n"
        "except RuntimeError as err:\n"
        "    print('ERROR', err)\n"
        "else:\n"
        "    print('LOADED')\n"
    )
    env = {k: v for k, v in os.environ.items() if k.lower() != "no_proxy"}
    # Its download goes to a closed local port, so it fails at once, network or not.
    closed = "http://127.0.0.1:9"
    env |= {
        "CAMELTOOLS_DATA": str(tmp_path / "empty"),
        "HOME": str(tmp_path),
        "HTTPS_PROXY": closed,
        "https_proxy": closed,
        "HTTP_PROXY": closed,
        "http_proxy": closed,
    }
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        cwd=tmp_path,
    ).stdout
    assert "ERROR" in out and "catalogue.json" in out and "CAMELTOOLS_DATA" in out, out


def test_benchmark_path(programmed: Path, tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """``python -m benchmarks.ner --engine camel --model FOLDER`` scores the model."""
    from benchmarks import ner

    corpus = "قال O\nماكرون B-PERS\nفي O\nباريس B-LOC\n. O\n\nوصل O\nالوفد O\nلبرلين B-LOC\n"
    (tmp_path / "anercorp-camel").mkdir()
    (tmp_path / "anercorp-camel" / "ANERCorp_CamelLab_test.txt").write_text(corpus)
    articles = tmp_path / "aqmar" / "articles"
    articles.mkdir(parents=True)
    for name in "abcd":
        (articles / f"{name}.txt").write_text(corpus)
    sentences = ner.anercorp(tmp_path, "test")
    result = ner.evaluate(sentences, model=ner.EngineTagger(CamelNER(programmed, use_gpu=False)))
    assert result["PER"]["F1"] == 100.0 and result["LOC"]["F1"] == 100.0
    assert result["micro"]["F1"] == 100.0

    monkeypatch.setattr(ner, "ANT_GOLD", tmp_path / "no_ant.jsonl")
    ner.main(
        ["--data", str(tmp_path), "--engine", "camel", "--model", str(programmed), "--no-speed"]
    )
    out = capsys.readouterr().out
    assert f"| CamelNER ({programmed.name}), ANERcorp test | 100.0 |" in out
    assert f"| CamelNER ({programmed.name}), AQMAR test (7 articles) | 100.0 |" in out
    with pytest.raises(SystemExit):
        ner.main(["--data", str(tmp_path), "--engine", "camel"])
