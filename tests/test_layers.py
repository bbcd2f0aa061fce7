"""The layers of codemods/, read from the source: every import of every module, at any depth
(inside functions too), parsed with ``ast``.

catalog (the provider data, importing nothing else of codemods) <- core (the engine and the edit
model) <- typescript, python (the language backends) <- review, output <- the application (cli, api, config, selection, registry, runner, typings,
batch). The compiler tier (compiler/) sits between the language backends and the application: it
may import the catalog, the core, the backends and ``typings``, and nothing below it imports it.
Nothing in codemods/ imports transforms/: the transforms reach the engine through the
registry's entry point.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "codemods"

APPLICATION = ("codemods.cli", "codemods.api", "codemods.config", "codemods.selection", "codemods.registry",
               "codemods.runner", "codemods.typings", "codemods.batch")
LANGUAGES = ("codemods.typescript", "codemods.python")
PRESENTATION = ("codemods.review", "codemods.output")
PARSERS = ("tree_sitter", "tree_sitter_typescript", "libcst")
COMPILER = ("codemods.compiler",)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_package(name: str) -> bool:
    return MODULES.get(name, Path()).name == "__init__.py"


def _imports(name: str) -> set[str]:
    """The modules ``name`` imports (``from a import b`` counts as ``a.b`` when that is a module)."""
    path = MODULES[name]
    package = name if _is_package(name) else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            submodules = {f"{module}.{a.name}" for a in node.names if f"{module}.{a.name}" in MODULES}
            found.update(submodules)
            if len(submodules) < len(node.names):  # names defined in the module itself
                found.add(module)
    return found


GRAPH = {name: _imports(name) for name in MODULES}


def _within(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def _violations(sources: tuple[str, ...], forbidden: tuple[str, ...]) -> list[str]:
    return sorted(f"{m} imports {i}" for m, imports in GRAPH.items() if _within(m, sources)
                  for i in imports if _within(i, forbidden))


def test_every_module_is_read():
    assert "codemods.core.engine" in GRAPH and "codemods.batch.cli" in GRAPH
    assert "codemods.core.edits" in GRAPH["codemods.core.engine"]
    assert _violations(("codemods.python",), ("libcst",)), "the walk should see the Python backend import libcst"


def _strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm over the codemods modules (edges to other modules are ignored)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in graph:
                continue
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return components


def test_no_import_cycles():
    """Every strongly connected component is one module. A child may import its package's
    ``__init__`` only when the ``__init__`` does not import it back (directly or not)."""
    cycles = [c for c in _strongly_connected(GRAPH) if len(c) > 1]
    assert not cycles, f"import cycles: {cycles}"
    selfish = sorted(m for m, imports in GRAPH.items() if m in imports)
    assert not selfish, f"modules importing themselves: {selfish}"


def test_the_tarjan_walk_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert [c for c in _strongly_connected(graph) if len(c) > 1] == [["a", "b", "c"]]


def test_nothing_in_codemods_imports_transforms():
    assert not _violations(("codemods",), ("transforms",))


@pytest.mark.parametrize("forbidden", [PARSERS, LANGUAGES, PRESENTATION, APPLICATION],
                         ids=["parsers", "languages", "review-output", "application"])
def test_core_imports_no_upper_layer(forbidden):
    assert not _violations(("codemods.core",), forbidden)


def test_the_catalog_imports_nothing_else_of_codemods():
    """The provider data is the bottom layer: the core's ``ctx.catalog`` may load it."""
    outside = sorted(f"{m} imports {i}" for m, imports in GRAPH.items() if _within(m, ("codemods.catalog",))
                     for i in imports if i in GRAPH and not _within(i, ("codemods.catalog",)))
    assert not outside


def test_language_backends_stay_apart():
    assert not _violations(("codemods.typescript",), ("codemods.python",))
    assert not _violations(("codemods.python",), ("codemods.typescript",))
    assert not _violations(LANGUAGES, PRESENTATION + APPLICATION)


def test_review_and_output_import_no_application_module():
    assert not _violations(PRESENTATION, APPLICATION)


def test_no_lower_layer_imports_the_compiler_tier():
    assert not _violations(("codemods.core", "codemods.catalog") + LANGUAGES + PRESENTATION, COMPILER)


def test_the_compiler_tier_imports_only_typings_of_the_application():
    above = tuple(m for m in APPLICATION if m != "codemods.typings")
    assert not _violations(COMPILER, above + PRESENTATION)
