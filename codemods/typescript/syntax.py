"""tree-sitter parsing for TypeScript and TSX, with compiled-once queries and small node helpers."""
from __future__ import annotations

import bisect
import functools
import operator
from collections.abc import Iterator

import tree_sitter_typescript
from tree_sitter import Language, Node, Parser, Query, QueryCursor, Tree

from codemods.core.text import indentation_at, line_end, line_start  # noqa: F401 - re-exported for transforms

_LANGUAGES = {
    "typescript": Language(tree_sitter_typescript.language_typescript()),
    "tsx": Language(tree_sitter_typescript.language_tsx()),
}


@functools.cache
def _parser(language: str) -> Parser:
    return Parser(_LANGUAGES[language])


def parse(text: bytes, language: str = "typescript") -> Tree:
    return _parser(language).parse(text)


@functools.cache
def query(language: str, source: str) -> Query:
    """Compile a query once per process and language."""
    return Query(_LANGUAGES[language], source)


# Every transform queries the same tree in a pass (constructions, identifiers, imports): results
# are kept per (query, node) for the last few hundred calls. A cached node keeps its tree alive, and
# trees are never edited in place, so a result cannot go stale. Callers get fresh lists to mutate.
_RESULTS_KEPT = 256

# Queries declared with :func:`shared` and run over a whole tree are all answered by one walk:
# their patterns are compiled into one query, run once per tree, and its matches handed back to
# each query by the pattern they came from. A pattern's matches do not depend on the other patterns
# of a query, so each query gets the matches it would get alone. Anything else (a query not
# declared, or run under a node other than the root) runs alone.
_SHARED: dict[str, None] = {}
_TREES_KEPT = 8
# Compiling the one query costs more than a small tree's queries run alone (tens of ms, once per
# set of declared queries): a process uses it from its fourth tree on, or at once for a tree of
# 64 kB or more, so a run over one small file never compiles it. A tree above 256 kB runs each
# query alone: the walk keeps every query's matches, asked for or not (a 1 MB file peaked at
# 300 MB with it, 230 MB without, at 15% more time). Either way each query gets the same matches.
_SHARED_FROM_TREE = 4
_SHARED_FROM_BYTES = 64_000
_SHARED_UP_TO_BYTES = 256_000
_trees_queried = 0


def shared(source: str) -> str:
    """Declare ``source`` a query that is run over whole trees (``captures(language, source,
    tree.root_node)``): it is then answered from the one walk of every shared query. Returns the
    source, for a module constant: ``_READS = ts.shared("(member_expression) @read")``."""
    _SHARED.setdefault(source, None)
    return source


# Names are read by several transforms, each for some of the three kinds: one query captures all of
# them, and each caller keeps its kinds (the same nodes, in the same order, as a query of its own).
NAME_TYPES = ("identifier", "type_identifier", "shorthand_property_identifier")
_NAMES = shared("[(identifier) (type_identifier) (shorthand_property_identifier)] @name")


def names(language: str, node: Node, types: tuple[str, ...] = NAME_TYPES) -> list[Node]:
    """The ``identifier``, ``type_identifier`` and ``shorthand_property_identifier`` nodes under
    ``node`` whose type is one of ``types``, in source order."""
    found = _captures(language, _NAMES, node).get("name", ())
    return list(found) if types == NAME_TYPES else [n for n in found if n.type in types]


def captures(language: str, source: str, node: Node) -> dict[str, list[Node]]:
    """All captures of ``source`` under ``node``, by capture name (each list in source order)."""
    return {name: list(nodes) for name, nodes in _captures(language, source, node).items()}


def matches(language: str, source: str, node: Node) -> list[dict[str, list[Node]]]:
    """Each match of ``source`` under ``node`` as a dict of its captures, in source order."""
    return [{name: list(nodes) for name, nodes in caps.items()} for caps in _matches(language, source, node)]


@functools.lru_cache(maxsize=_RESULTS_KEPT)
def _captures(language: str, source: str, node: Node) -> dict[str, tuple[Node, ...]]:
    shared_matches = _shared_matches(language, node) if source in _SHARED and _walks_shared(node) else {}
    if source in shared_matches:
        found: dict[str, list[Node]] = {}
        for caps in shared_matches[source]:
            for name, nodes in caps.items():
                found.setdefault(name, []).extend(nodes)
    else:
        found = QueryCursor(query(language, source)).captures(node)
    return {name: tuple(sorted(nodes, key=_START)) for name, nodes in found.items()}


@functools.lru_cache(maxsize=_RESULTS_KEPT)
def _matches(language: str, source: str, node: Node) -> tuple[dict[str, list[Node]], ...]:
    """The matches in source order, as tree-sitter gives them: callers read them and never hand
    them out (:func:`matches` copies each)."""
    shared_matches = _shared_matches(language, node) if source in _SHARED and _walks_shared(node) else {}
    if source in shared_matches:
        raw = shared_matches[source]
    else:
        raw = [caps for _, caps in QueryCursor(query(language, source)).matches(node)]
    return tuple(sorted(raw, key=_first_start))


_START = operator.attrgetter("start_byte")


def _first_start(caps: dict[str, list[Node]]) -> int:
    """Where a match starts: the first byte of its first captured node."""
    return min([n.start_byte for nodes in caps.values() for n in nodes])


def _walks_shared(node: Node) -> bool:
    """Whether the shared queries are answered by the one walk on ``node``'s tree (see above)."""
    if node.parent is not None or node.end_byte > _SHARED_UP_TO_BYTES:
        return False
    return node.end_byte >= _SHARED_FROM_BYTES or _tree_number(node) >= _SHARED_FROM_TREE


@functools.lru_cache(maxsize=64)
def _tree_number(root: Node) -> int:
    global _trees_queried
    _trees_queried += 1
    return _trees_queried


@functools.cache
def _shared_query(language: str, sources: tuple[str, ...]) -> tuple[Query, tuple[str, ...]]:
    """The one query of ``sources`` and, for each of its patterns, the source it came from."""
    combined = "\n".join(sources)
    compiled = Query(_LANGUAGES[language], combined)
    starts, offset = [], 0
    for source in sources:
        starts.append(offset)
        offset += len(source.encode("utf-8")) + 1
    owners = tuple(sources[bisect.bisect_right(starts, compiled.start_byte_for_pattern(i)) - 1]
                   for i in range(compiled.pattern_count))
    return compiled, owners


@functools.lru_cache(maxsize=_TREES_KEPT)
def _shared_matches(language: str, root: Node) -> dict[str, list[dict[str, list[Node]]]]:
    """The matches of every shared query over the tree of ``root``, by query, in the order the
    query would give them alone. The queries are those declared when the tree is first queried
    (transform modules are imported on first use): one declared later runs alone on this tree."""
    sources = tuple(_SHARED)
    compiled, owners = _shared_query(language, sources)
    found: dict[str, list[dict[str, list[Node]]]] = {source: [] for source in sources}
    for pattern, caps in QueryCursor(compiled).matches(root):
        found[owners[pattern]].append(caps)
    return found


def problem_count(tree: Tree) -> int:
    """Number of ERROR and MISSING nodes: the measure a fix must not make worse."""
    if not tree.root_node.has_error:
        return 0
    count = 0
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            count += 1
        stack.extend(child for child in node.children if child.has_error or child.is_missing)
    return count


def text(node: Node | None) -> str:
    if node is None:
        return ""
    raw = node.text  # a new bytes object each time: read once
    return raw.decode("utf-8") if raw is not None else ""


def string_value(node: Node | None) -> str | None:
    """The value of a plain string literal or a template string without substitutions."""
    if node is None:
        return None
    if node.type == "string":
        return "".join(text(c) for c in node.named_children if c.type in ("string_fragment", "escape_sequence"))
    if node.type == "template_string" and not any(c.type == "template_substitution" for c in node.named_children):
        return text(node)[1:-1]
    return None


def unwrap(node: Node | None) -> Node | None:
    """Strip parentheses and ``as``/``!``/``satisfies`` wrappers around an expression."""
    while node is not None and node.type in (
        "parenthesized_expression", "as_expression", "non_null_expression", "satisfies_expression"
    ):
        node = node.named_children[0] if node.named_children else None
    return node


def ancestors(node: Node) -> Iterator[Node]:
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


def enclosing(node: Node, *types: str) -> Node | None:
    """The nearest ancestor of one of ``types``."""
    return next((a for a in ancestors(node) if a.type in types), None)


def statement_of(node: Node) -> Node:
    """The statement (a direct child of a block, class body or program) that holds ``node``."""
    current = node
    while current.parent is not None and current.parent.type not in (
        "program", "statement_block", "class_body", "switch_body"
    ):
        current = current.parent
    return current


_FUNCTIONS = ("arrow_function", "function_declaration", "function_expression", "method_definition",
              "generator_function_declaration", "generator_function", "function")
_PATTERN_NAMES = "[(identifier) (shorthand_property_identifier_pattern)] @name"


def is_shadowed(node: Node, language: str = "typescript") -> bool:
    """Whether the identifier ``node`` refers to a local declaration (parameter, variable, loop or
    catch binding) of an enclosing scope rather than to a module-level binding of the same name."""
    name = text(node)
    for scope in ancestors(node):
        if scope.type == "program":
            return False
        if _declares(scope, name, language):
            return True
    return False


def _declares(scope: Node, name: str, language: str) -> bool:
    patterns: list[Node] = []
    if scope.type in _FUNCTIONS:
        params = scope.child_by_field_name("parameters") or scope.child_by_field_name("parameter")
        if params is not None:
            patterns.append(params)
    elif scope.type in ("statement_block", "switch_body"):
        for child in scope.named_children:
            if child.type in ("lexical_declaration", "variable_declaration"):
                patterns += [d.child_by_field_name("name") for d in child.named_children if d.type == "variable_declarator"]
            elif child.type in ("function_declaration", "class_declaration") and text(child.child_by_field_name("name")) == name:
                return True
    elif scope.type == "for_in_statement":
        patterns.append(scope.child_by_field_name("left"))
    elif scope.type == "for_statement":
        init = scope.child_by_field_name("initializer")
        if init is not None:
            patterns += [d.child_by_field_name("name") for d in init.named_children if d.type == "variable_declarator"]
    elif scope.type == "catch_clause":
        patterns.append(scope.child_by_field_name("parameter"))
    for pattern in patterns:
        if pattern is None:
            continue
        if pattern.type == "identifier":
            if text(pattern) == name:
                return True
            continue
        for found in captures(language, _PATTERN_NAMES, pattern).get("name", []):
            if text(found) == name and _is_binding_position(found, pattern):
                return True
    return False


def _is_binding_position(node: Node, root: Node) -> bool:
    """Inside a parameter list or pattern, whether ``node`` is a bound name (not a type or default)."""
    current = node
    while current is not None and current != root:
        parent = current.parent
        if parent is None:
            return False
        if parent.type in ("type_annotation", "assignment_pattern") and current != parent.child_by_field_name("left"):
            return False
        if parent.type in ("required_parameter", "optional_parameter"):
            return current == parent.child_by_field_name("pattern")
        if parent.type == "pair_pattern" and current == parent.child_by_field_name("key"):
            return False
        current = parent
    return True


_STRINGS = "(string) @string"


def quote_near(language: str, node: Node, default: str = "'") -> str:
    """The quote of the first string literal under ``node``: new strings follow the code around them."""
    for found in captures(language, _STRINGS, node).get("string", []):
        return text(found)[:1]
    return default


def indent_step(source: bytes, block: Node) -> str:
    """The indentation a multi-line ``{...}`` or ``[...]`` adds for its entries (two spaces if flat)."""
    outer = indentation_at(source, block.start_byte)
    entries = [c for c in block.named_children if source.count(b"\n", block.start_byte, c.start_byte)]
    if entries:
        inner = indentation_at(source, entries[0].start_byte)
        if inner.startswith(outer) and len(inner) > len(outer):
            return inner[len(outer):]
    return "  "


def has_trailing_comma(block: Node) -> bool:
    """Whether the last entry of a ``{...}``, ``[...]`` or ``(...)`` is followed by a comma."""
    last = next((c for c in reversed(block.named_children) if c.type != "comment"), None)
    sibling = last.next_sibling if last is not None else None
    while sibling is not None and sibling.type == "comment":
        sibling = sibling.next_sibling
    return sibling is not None and sibling.type == ","
