"""Import management for TypeScript: the one place that edits import statements.

Transforms ask it for a name (``add``), which reuses an existing binding, merges into an existing
import from the same module, or adds an import line after the last import; it picks an alias when
the name is taken. It also removes bindings that became unused, renames bindings with their
references, and renders new import lines in the file's quote and semicolon style.
"""
from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from tree_sitter import Node

from codemods.core.edits import Edit
from codemods.typescript import objects
from codemods.typescript import syntax as ts


@dataclass(frozen=True)
class Binding:
    """One name an import statement brings in: ``name`` as exported, ``local`` as used here."""

    name: str
    local: str
    node: Node  # the import_specifier, namespace_import or default identifier


@dataclass(frozen=True, eq=False)
class ImportStatement:
    node: Node
    module: str
    named: tuple[Binding, ...]
    namespace: Binding | None
    default: Binding | None
    named_node: Node | None
    type_only: bool

    @property
    def bindings(self) -> tuple[Binding, ...]:
        extra = tuple(b for b in (self.default, self.namespace) if b is not None)
        return extra + self.named


class Imports:
    """The imports of one parsed TypeScript file, and edits on them."""

    def __init__(self, source: bytes, root: Node, language: str = "typescript") -> None:
        self.source = source
        self.root = root
        self.language = language
        self.statements = list(_statements_of(root))

    # -- reading -------------------------------------------------------------------------------
    @functools.cached_property
    def quote(self) -> str:
        """The quote of the import paths; in a file without imports, of its string literals."""
        nodes = [s.node.child_by_field_name("source") for s in self.statements]
        nodes = nodes or ts.captures(self.language, "(string) @s", self.root).get("s", [])
        quotes = [ts.text(n)[:1] for n in nodes]
        return '"' if quotes.count('"') > quotes.count("'") else "'"

    @functools.cached_property
    def semicolon(self) -> str:
        if not self.statements:
            return ";"
        with_semi = sum(1 for s in self.statements if ts.text(s.node).rstrip().endswith(";"))
        return ";" if with_semi * 2 >= len(self.statements) else ""

    @functools.cached_property
    def used_names(self) -> set[str]:
        """Every identifier spelled anywhere in the file: a new name must avoid all of them."""
        return {ts.text(n) for n in ts.names(self.language, self.root)}

    def local_name(self, module: str, name: str) -> str | None:
        """The local name under which ``name`` from ``module`` is already imported, if it is."""
        for statement in self.statements:
            if statement.module == module and not statement.type_only:
                for binding in statement.named:
                    if binding.name == name:
                        return binding.local
        return None

    def references(self, local: str) -> list[Node]:
        """Identifier nodes spelling ``local`` outside import statements."""
        found = ts.names(self.language, self.root)
        return [n for n in found if ts.text(n) == local and ts.enclosing(n, "import_statement") is None]

    def _names_outside(self, spans: Sequence[tuple[int, int]]) -> set[str]:
        found = ts.names(self.language, self.root)
        return {ts.text(n) for n in found
                if not any(start <= n.start_byte and n.end_byte <= end for start, end in spans)}

    def fresh_name(self, base: str, reserved: set[str] = frozenset()) -> str:
        """``base`` if nobody uses it, else ``base2``, ``base3``, ..."""
        taken = self.used_names | set(reserved)
        if base not in taken:
            return base
        n = 2
        while f"{base}{n}" in taken:
            n += 1
        return f"{base}{n}"

    # -- rendering -----------------------------------------------------------------------------
    def render(self, module: str, bindings: list[tuple[str, str]]) -> str:
        """``import { A, B as C } from 'module';`` in this file's style (no newline)."""
        names = ", ".join(name if name == local else f"{name} as {local}" for name, local in bindings)
        return f"import {{ {names} }} from {self.quote}{module}{self.quote}{self.semicolon}"

    # -- editing -------------------------------------------------------------------------------
    def add(self, module: str, name: str, alias: str | None = None,
            replaced: Sequence[tuple[int, int]] = ()) -> tuple[str, list[Edit]]:
        """Make ``name`` from ``module`` available; returns the local name and the edits needed.
        ``replaced``: byte spans the caller's own edits replace, whose names do not count as uses."""
        existing = self.local_name(module, name)
        if existing is not None:
            return existing, []
        used = self.used_names if not replaced else self._names_outside(replaced)
        local = name if name not in used else self.fresh_name(alias or name)
        spec = name if local == name else f"{name} as {local}"
        for statement in self.statements:
            if statement.module == module and statement.named_node is not None and not statement.type_only:
                return local, objects.insert_property(self.source, statement.named_node, spec)
        line = self.render(module, [(name, local)])
        if self.statements:
            at = ts.line_end(self.source, self.statements[-1].node.end_byte)
            if at == len(self.source) and not self.source.endswith(b"\n"):
                return local, [Edit(at, at, "\n" + line)]
            return local, [Edit(at, at, line + "\n")]
        at = _after_leading_comments(self.source, self.root)
        return local, [Edit(at, at, line + "\n")]

    def rewrite(self, bindings: list[tuple[str, str, str]], replace: dict[ImportStatement, str | None]) -> list[Edit]:
        """Edits that replace ``replace``'s statements by imports of ``bindings`` (module, name, local).

        A binding whose module already has an import that stays gets merged into it; the others
        become one import line per module, sorted by path, where the first replaced statement stood.
        ``replace`` maps each statement to the text it keeps (its leftovers) or ``None`` to remove it.
        """
        kept = [s for s in self.statements if s not in replace and s.named_node is not None and not s.type_only]
        merges: dict[ImportStatement, list[str]] = {}
        fresh: dict[str, list[tuple[str, str]]] = {}
        for module, name, local in bindings:
            if self._has_binding(module, name, local, exclude=replace):
                continue
            target = next((s for s in kept if s.module == module), None)
            spec = name if name == local else f"{name} as {local}"
            if target is not None:
                merges.setdefault(target, []).append(spec)
            else:
                pairs = fresh.setdefault(module, [])
                if (name, local) not in pairs:
                    pairs.append((name, local))
        edits: list[Edit] = []
        for statement, specs in merges.items():
            edits += objects.insert_property(self.source, statement.named_node, ", ".join(specs))
        lines = [self.render(module, sorted(fresh[module])) for module in sorted(fresh)]
        lines = self._comments_of(s for s, left in replace.items() if left is None or left != ts.text(s.node)) + lines
        first = True
        for statement in sorted(replace, key=lambda s: s.node.start_byte):
            leftover = replace[statement]
            node = statement.node
            if first and lines:
                block = "\n".join(([leftover] if leftover else []) + lines)
                edits.append(Edit(node.start_byte, node.end_byte, block))
            elif leftover:
                edits.append(Edit(node.start_byte, node.end_byte, leftover))
            else:
                edits.append(self.remove_statement(statement))
            first = False
        return edits

    def _comments_of(self, statements) -> list[str]:
        """Comments written inside statements that are rewritten: kept, each on a line of its own."""
        found = []
        for statement in sorted(statements, key=lambda s: s.node.start_byte):
            found += [ts.text(c) for c in ts.captures(self.language, "(comment) @c", statement.node).get("c", [])]
        return found

    def _has_binding(self, module: str, name: str, local: str, exclude) -> bool:
        return any(
            s.module == module and s not in exclude and any(b.name == name and b.local == local for b in s.named)
            for s in self.statements
        )

    def remove(self, local: str) -> list[Edit]:
        """Remove the binding ``local``; the whole statement goes when it was its last binding."""
        for statement in self.statements:
            for binding in statement.bindings:
                if binding.local != local:
                    continue
                if len(statement.bindings) == 1:
                    return [self.remove_statement(statement)]
                if binding in statement.named and len(statement.named) > 1:
                    return objects.remove_property(self.source, statement.named_node, binding.node)
                return []  # a default + named mix: leave it rather than guess the layout
        return []

    def remove_statement(self, statement: ImportStatement) -> Edit:
        """Remove an import statement and the line it stood on."""
        start = ts.line_start(self.source, statement.node.start_byte)
        if self.source[start : statement.node.start_byte].strip():
            start = statement.node.start_byte
        end = ts.line_end(self.source, statement.node.end_byte)
        if self.source[statement.node.end_byte : end].strip():
            end = statement.node.end_byte
        return Edit(start, end, "")

    def rename(self, old: str, new: str) -> list[Edit]:
        """Rename the binding ``old`` to ``new``, with every reference to it."""
        edits = []
        for statement in self.statements:
            for binding in statement.named:
                if binding.local == old:
                    edits.append(Edit(binding.node.start_byte, binding.node.end_byte, f"{binding.name} as {new}"
                                      if binding.name != new else new))
        for node in self.references(old):
            if node.type == "shorthand_property_identifier":
                edits.append(Edit(node.start_byte, node.end_byte, f"{old}: {new}"))
            else:
                edits.append(Edit(node.start_byte, node.end_byte, new))
        return edits


@functools.lru_cache(maxsize=16)  # a tree and its nodes are immutable; statements are frozen
def _statements_of(root: Node) -> tuple[ImportStatement, ...]:
    """The import statements of a tree, read once for all the transforms of a pass."""
    return tuple(_read_statement(n) for n in root.named_children if n.type == "import_statement")


def _read_statement(node: Node) -> ImportStatement:
    source = node.child_by_field_name("source")
    module = ts.string_value(source) or ""
    named: list[Binding] = []
    namespace = default = named_node = None
    clause = next((c for c in node.named_children if c.type == "import_clause"), None)
    type_only = any(c.type == "type" for c in node.children)
    if clause is not None:
        for child in clause.named_children:
            if child.type == "identifier":
                default = Binding("default", ts.text(child), child)
            elif child.type == "namespace_import":
                ident = next(c for c in child.named_children if c.type == "identifier")
                namespace = Binding("*", ts.text(ident), child)
            elif child.type == "named_imports":
                named_node = child
                for spec in child.named_children:
                    if spec.type != "import_specifier":
                        continue
                    name = ts.text(spec.child_by_field_name("name"))
                    alias = spec.child_by_field_name("alias")
                    named.append(Binding(name, ts.text(alias) if alias else name, spec))
    return ImportStatement(node, module, tuple(named), namespace, default, named_node, type_only)


def _after_leading_comments(source: bytes, root: Node) -> int:
    """Where a first import goes: after a leading comment block (licence, shebang), else at 0."""
    offset = 0
    for child in root.children:
        if child.type == "comment" or (child.type == "hash_bang_line"):
            offset = ts.line_end(source, child.end_byte)
        else:
            break
    return offset
