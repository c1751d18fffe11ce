"""Step contracts, the public way to map a pipeline over records, and the package's
structure: no import cycle, no private name used across modules."""

from __future__ import annotations

import ast
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import get_args

import pytest

import arabic_newsnlp
from arabic_newsnlp import Document, Pipeline, contracts
from arabic_newsnlp.document import Mention, Quote, Segment, Token
from arabic_newsnlp.text.tokenize import TOKEN_KINDS

PACKAGE = Path(arabic_newsnlp.__file__).resolve().parent


def test_the_literal_types_and_their_values_agree() -> None:
    assert contracts.STEP_NAMES == arabic_newsnlp.STEP_NAMES == Pipeline().step_names
    assert contracts.TOKEN_KINDS == TOKEN_KINDS
    hints = {cls: cls.__annotations__ for cls in (Token, Segment, Quote, Mention)}
    assert "TokenKind" in hints[Token]["kind"] and "SegmentKind" in hints[Segment]["kind"]
    assert "QuoteKind" in hints[Quote]["kind"]
    assert set(contracts.MENTION_LABELS) == {"PER", "ORG", "LOC", "MISC"}
    for step in Pipeline().steps:  # the built-in steps declare document fields only
        assert set(step.requires) | set(step.provides) <= set(get_args(contracts.Field))


def test_kinds_and_labels_in_output_are_the_declared_ones() -> None:
    doc = arabic_newsnlp.analyze(
        "قال وزير الخارجية أنتوني بلينكن في سيول إن «التعاون مستمر» 2024 #عاجل @x 😀 https://a.b"
    )
    assert {t.kind for t in doc.tokens} <= set(contracts.TOKEN_KINDS)
    assert {s.kind for t in doc.tokens for s in t.segments} <= set(contracts.SEGMENT_KINDS)
    assert {m.label for m in doc.mentions} <= set(contracts.MENTION_LABELS)
    assert {q.kind for q in doc.quotes} <= set(contracts.QUOTE_KINDS)


def test_a_missing_requirement_names_the_step_that_provides_it() -> None:
    with pytest.raises(ValueError, match=r"'link' requires mentions.*put 'ner'"):
        Pipeline(steps=("tokenize", "clitics", "link"))
    both = r"'quotes' requires sentences, mentions.*'tokenize' and 'ner'"
    with pytest.raises(ValueError, match=both):
        Pipeline(steps=("quotes",))


@dataclass
class Declared:
    name: object = "mine"
    requires: object = ("tokens",)
    provides: object = ("count",)

    def __call__(self, doc: Document) -> Document:
        return doc


@pytest.mark.parametrize(
    ("step", "message"),
    [
        (Declared(requires="tokens"), r"'mine': requires must be a tuple of names"),
        (Declared(provides=("count", 3)), r"'mine': provides must be a tuple of names"),
        (Declared(name=None), r"name must be a str"),
    ],
)
def test_declarations_are_checked_when_the_pipeline_is_built(step: Declared, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        Pipeline(steps=("tokenize", step))  # type: ignore[list-item]


def test_a_step_may_provide_a_result_of_its_own_for_a_later_step() -> None:
    later = Declared(name="later", requires=("count",), provides=())
    nlp = Pipeline(steps=("tokenize", Declared(), later))  # type: ignore[list-item]
    assert nlp.step_names == ("tokenize", "mine", "later")


def count_tokens(doc: Document, *, plus: int = 0) -> tuple[object, int]:
    return doc.meta.get("id"), len(doc.tokens) + plus


@pytest.mark.parametrize("n_process", [1, 2])
def test_map_applies_a_function_where_each_record_is_analysed(n_process: int) -> None:
    nlp = Pipeline(steps=("tokenize",))
    records = [{"id": i, "text": "كلمة " * i} for i in range(40)] + [{"id": 99}]
    function = functools.partial(count_tokens, plus=1)
    out = list(nlp.map(function, records, batch_size=3, n_process=n_process))
    assert out == [(i, i + 1) for i in range(40)] + [(99, 1)]


def test_analyze_record_never_raises_for_a_bad_record() -> None:
    nlp = Pipeline(steps=("tokenize",))
    assert nlp.analyze_record(("نص", {"id": 1})).meta == {"id": 1}
    for bad in (7, {"id": 2}, ("نص", 5), {"text": None}):
        doc = nlp.analyze_record(bad)  # type: ignore[arg-type]
        assert not doc.ok and doc.error


def test_shared_pipelines_are_one_per_set_of_steps() -> None:
    assert Pipeline.shared() is Pipeline.shared(list(arabic_newsnlp.DEFAULT_STEPS))
    assert Pipeline.shared(("tokenize",)).step_names == ("tokenize",)


def modules() -> dict[str, ast.Module]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = ast.parse(path.read_text(encoding="utf-8"))
    return found


def module_level_imports(name: str, tree: ast.Module, known: set[str]) -> set[str]:
    """The package modules ``name`` imports outside functions (typing-only ones too)."""
    out: set[str] = set()
    for node in _outside_functions(tree):
        if isinstance(node, ast.ImportFrom):
            target = _resolve(name, node)
            out.update(
                f"{target}.{a.name}" if f"{target}.{a.name}" in known else target
                for a in node.names
            )
        elif isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
    return {m for m in out if m in known and m != name}


def _resolve(name: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = name.split(".") if _is_package(name) else name.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _is_package(name: str) -> bool:
    return (PACKAGE.parent / name.replace(".", "/") / "__init__.py").is_file()


def _outside_functions(tree: ast.AST) -> list[ast.AST]:
    nodes: list[ast.AST] = []
    for child in ast.iter_child_nodes(tree):
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        nodes.append(child)
        nodes.extend(_outside_functions(child))
    return nodes


def test_no_import_cycle_between_modules() -> None:
    """No module imports (at load time or for typing) a module that imports it back,
    directly or through others; a package's ``__init__`` may import its own modules."""
    trees = modules()
    known = set(trees)
    graph = {name: module_level_imports(name, tree, known) for name, tree in trees.items()}
    for name in graph:  # drop edges from a module to the packages that contain it
        graph[name] = {m for m in graph[name] if not name.startswith(m + ".")}
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycle = [*path[path.index(nxt) :], nxt]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])


def test_no_private_name_is_used_across_modules() -> None:
    """``from x import _name`` and ``other._name`` (other than ``self`` and ``cls``) only
    within a module; private *modules* (``_cache``, ``_parallel``) hold public names."""
    found = []
    for name, tree in modules().items():
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                found += [f"{name}: import {a.name}" for a in node.names if _private(a.name)]
            elif isinstance(node, ast.Attribute) and _private(node.attr):
                owner = node.value
                if not (isinstance(owner, ast.Name) and owner.id in {"self", "cls"}):
                    found.append(f"{name}: {ast.unparse(node)}")
    assert found == []


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def test_every_module_stays_small() -> None:
    # one job per module: none over 500 lines (docs/architecture.md, Layout)
    sizes = {
        path.relative_to(PACKAGE).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in PACKAGE.rglob("*.py")
    }
    assert sizes and not {name: n for name, n in sizes.items() if n > 500}
