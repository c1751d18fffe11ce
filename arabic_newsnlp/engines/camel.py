"""CAMeL Tools' BERT named-entity model as a pipeline step (extra ``camel``).

:class:`CamelNER` loads ``camel_tools.ner.NERecognizer(model_path)`` (a fine-tuned BERT
token classifier such as CAMeLBERT's NER model, in a local folder) and labels each
sentence's tokens. The model sees our tokens as its words, whole, proclitics included, as
it was trained (ANERcorp is split on spaces and punctuation, not on clitics); each word
takes the label and probability of its first word piece, as in ``NERecognizer.predict``.
Labels are mapped to ours (:data:`~arabic_newsnlp.engines.LABEL_MAP`: ``PERS`` -> ``PER``,
``GPE`` -> ``LOC``), and each mention starts after its first token's proclitics, so
``mention.text == doc.text[mention.start:mention.end]`` holds as for the ``ner`` step.
A sentence longer than ``max_length`` word pieces is cut into pieces at word boundaries;
every word is labelled.

>>> from arabic_newsnlp.engines import CamelNER
>>> CamelNER("no/such/model")
Traceback (most recent call last):
...
FileNotFoundError: CamelNER: the model folder 'no/such/model' does not exist
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from .._cache import BoundedCache
from ..contracts import Field
from ..document import Document, Mention
from ..ner import sentence_tokens
from ._common import (
    LABEL_MAP,
    map_label,
    mentions_from_word_labels,
    require_engine,
    require_model_dir,
)

__all__ = ["CamelNER", "chunk_words"]

#: Files a model folder for ``NERecognizer`` must hold (weights are checked separately:
#: ``model.safetensors`` or ``pytorch_model.bin``).
_NEEDED = ("config.json", "vocab.txt")
_WEIGHTS = ("model.safetensors", "pytorch_model.bin")
_CACHE_SIZE = 100_000


def chunk_words(sizes: Sequence[int], limit: int) -> list[tuple[int, int]]:
    """Cut a sentence into ``[start, end)`` word ranges of at most ``limit`` word pieces.

    ``sizes`` holds each word's number of word pieces. Ranges cover every word, in order;
    a word longer than ``limit`` stands alone (its first ``limit`` pieces are used).

    >>> chunk_words([2, 3, 1, 4, 1], 5)
    [(0, 2), (2, 4), (4, 5)]
    >>> chunk_words([7, 1], 5)
    [(0, 1), (1, 2)]
    """
    if limit < 1:
        raise ValueError(f"limit must be at least 1, got {limit}")
    out: list[tuple[int, int]] = []
    start = 0
    used = 0
    for i, size in enumerate(sizes):
        if i > start and used + size > limit:
            out.append((start, i))
            start, used = i, 0
        used += size
    if start < len(sizes):
        out.append((start, len(sizes)))
    return out


class CamelNER:
    """An entity step backed by a CAMeL Tools NER model in the folder ``model_path``.

    Use it where the ``ner`` step would go::

        Pipeline(steps=["tokenize", "clitics", CamelNER(model_path), "link", "quotes"])

    The folder is the one ``NERecognizer(model_path)`` loads (``config.json`` with the
    model's ``id2label``, ``vocab.txt``, the weights). ``max_length`` is the model's input
    size in word pieces, ``[CLS]`` and ``[SEP]`` included (CAMeL Tools uses 256; the
    model's own position limit caps it);
    ``batch_size`` chunks run at once; ``use_gpu`` as in ``NERecognizer``. ``labels``
    maps the model's entity types to ours; types it leaves out are dropped. A mention's
    ``confidence`` is the lowest softmax probability of its words' labels.

    The folder is checked here; the model loads on the first call. A missing extra or
    model folder raises an error naming it.

    >>> CamelNER("no/such/model")
    Traceback (most recent call last):
    ...
    FileNotFoundError: CamelNER: the model folder 'no/such/model' does not exist
    """

    name = "camel_ner"
    requires: tuple[Field, ...] = ("tokens", "segments")
    provides: tuple[Field, ...] = ("mentions",)

    def __init__(
        self,
        model_path: str | Path,
        *,
        max_length: int = 256,
        batch_size: int = 32,
        use_gpu: bool = True,
        labels: Mapping[str, str] = LABEL_MAP,
    ) -> None:
        if max_length < 3:
            raise ValueError(
                f"max_length must be at least 3 ([CLS], a piece, [SEP]), got {max_length}"
            )
        folder = require_model_dir(model_path, _NEEDED, "CamelNER")
        if not any((folder / name).exists() for name in _WEIGHTS):
            raise FileNotFoundError(
                f"CamelNER: the model folder {str(model_path)!r} has no weights "
                f"({' or '.join(_WEIGHTS)})"
            )
        require_engine("camel_tools", "camel", "CamelNER")
        require_engine("torch", "camel", "CamelNER")
        self.model_path = str(model_path)
        self.max_length = max_length
        self.batch_size = batch_size
        self.use_gpu = use_gpu
        self.labels = dict(labels)
        self._recognizer: Any = None
        # word -> its word-piece ids
        self._pieces = BoundedCache[str, list[int]](entries=_CACHE_SIZE)

    def __repr__(self) -> str:
        return f"CamelNER({self.model_path!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from its settings in another process; the model reloads there.
        return (
            _rebuild,
            (self.model_path, self.max_length, self.batch_size, self.use_gpu, self.labels),
        )

    @property
    def recognizer(self) -> Any:
        """The loaded ``camel_tools.ner.NERecognizer`` (loads it on first use)."""
        if self._recognizer is None:
            self._recognizer = _load(self.model_path, self.use_gpu)
        return self._recognizer

    def __call__(self, doc: Document) -> Document:
        if not doc.tokens:
            return doc
        runs = sentence_tokens(doc)
        labelled = self.label_runs([[t.text for t in run] for run in runs])
        mentions: list[Mention] = []
        for run, (tags, probs) in zip(runs, labelled, strict=True):
            mentions.extend(mentions_from_word_labels(doc.text, run, tags, probs))
        return replace(doc, mentions=tuple(mentions))

    def label_runs(self, runs: Sequence[Sequence[str]]) -> list[tuple[list[str], list[float]]]:
        """Our BIO tags and their probabilities for each word of each run of words.

        The model's own tags are in :meth:`model_tags`; this maps them with ``labels``.

        >>> step = CamelNER("path/to/camelbert-ner")  # doctest: +SKIP
        >>> step.label_runs([["قال", "ماكرون", "في", "باريس"]])  # doctest: +SKIP
        [(['O', 'B-PER', 'O', 'B-LOC'], [0.99..., 0.98..., 0.99..., 0.97...])]
        """
        out = []
        for tags, probs in self.model_tags(runs):
            out.append(([map_label(t, self.labels) for t in tags], probs))
        return out

    def model_tags(self, runs: Sequence[Sequence[str]]) -> list[tuple[list[str], list[float]]]:
        """The model's tags (its own label set) and their probabilities, per word.

        A word the tokenizer turns into no word piece (only characters BERT drops) is
        tagged ``O`` with probability 1.

        >>> step = CamelNER("path/to/camelbert-ner")  # doctest: +SKIP
        >>> step.model_tags([["قال", "ماكرون", "في", "باريس"]])[0][0]  # doctest: +SKIP
        ['O', 'B-PERS', 'O', 'B-GPE']
        """
        import torch

        rec = self.recognizer
        tokenizer = rec.tokenizer
        model = rec.model
        id2label: Mapping[int, str] = model.config.id2label
        positions = int(getattr(model.config, "max_position_embeddings", self.max_length))
        limit = min(self.max_length, positions) - 2
        results: list[tuple[list[str], list[float]]] = [
            (["O"] * len(words), [1.0] * len(words)) for words in runs
        ]
        # (run index, indices of its words in the chunk, their piece ids) per chunk.
        chunks: list[tuple[int, list[int], list[list[int]]]] = []
        cache = self._pieces
        for r, words in enumerate(runs):
            ids = []
            for w in words:
                found = cache.get(w)
                if found is None:
                    found = cache.put(w, tokenizer.convert_tokens_to_ids(tokenizer.tokenize(w)))
                ids.append(found)
            kept = [i for i, piece_ids in enumerate(ids) if piece_ids]
            for a, b in chunk_words([len(ids[i]) for i in kept], limit):
                members = kept[a:b]
                chunks.append((r, members, [ids[i][:limit] for i in members]))
        device = next(model.parameters()).device
        model.eval()
        for c in range(0, len(chunks), self.batch_size):
            batch = chunks[c : c + self.batch_size]
            seqs = [
                [
                    tokenizer.cls_token_id,
                    *(p for word in pieces for p in word),
                    tokenizer.sep_token_id,
                ]
                for _, _, pieces in batch
            ]
            width = max(len(s) for s in seqs)
            input_ids = torch.full((len(seqs), width), tokenizer.pad_token_id, dtype=torch.long)
            mask = torch.zeros((len(seqs), width), dtype=torch.long)
            for i, seq in enumerate(seqs):
                input_ids[i, : len(seq)] = torch.tensor(seq, dtype=torch.long)
                mask[i, : len(seq)] = 1
            with torch.no_grad():
                logits = model(
                    input_ids=input_ids.to(device),
                    attention_mask=mask.to(device),
                    token_type_ids=torch.zeros_like(input_ids).to(device),
                )[0]
            probs = torch.softmax(logits.float(), dim=-1).cpu()
            best_p, best = probs.max(dim=-1)
            for i, (r, members, pieces) in enumerate(batch):
                tags, scores = results[r]
                pos = 1  # after [CLS]
                for word, word_pieces in zip(members, pieces, strict=True):
                    tags[word] = id2label[int(best[i, pos])]
                    scores[word] = float(best_p[i, pos])
                    pos += len(word_pieces)
        return results


def _rebuild(
    model_path: str, max_length: int, batch_size: int, use_gpu: bool, labels: Mapping[str, str]
) -> CamelNER:
    return CamelNER(
        model_path, max_length=max_length, batch_size=batch_size, use_gpu=use_gpu, labels=labels
    )


def _load(model_path: str, use_gpu: bool) -> Any:
    """``NERecognizer(model_path)``, its errors explained."""
    require_engine("camel_tools", "camel", "CamelNER")
    try:
        from camel_tools.ner import NERecognizer
    except ImportError as err:
        raise ImportError(
            f"CamelNER could not import camel_tools.ner ({err}); install the extra: "
            "pip install 'arabic-newsnlp[camel]'"
        ) from err
    except Exception as err:
        # camel_tools.data reads its data catalogue on import and downloads it if absent.
        raise RuntimeError(
            "CamelNER: importing camel_tools.ner failed while loading CAMeL Tools' data "
            f"catalogue ({type(err).__name__}: {err}). CAMeL Tools needs catalogue.json in "
            "its data folder ($CAMELTOOLS_DATA, or ~/.camel_tools): run camel_data once "
            "with a network, or copy that file there."
        ) from err
    recognizer = NERecognizer(model_path, use_gpu=use_gpu)
    import torch

    device = "cuda" if use_gpu and torch.cuda.is_available() else "cpu"
    recognizer.model.to(device)
    id2label = recognizer.model.config.id2label
    if not any(str(tag)[:2] in ("B-", "I-", "S-", "E-") for tag in id2label.values()):
        raise ValueError(
            f"CamelNER: the model in {model_path!r} has no BIO labels in its config.json "
            f"(id2label is {dict(id2label)!r})"
        )
    return recognizer
