"""Python source through libcst: byte spans of nodes, calls, and edits on arguments and literals.

``ctx.tree`` of a Python file is a ``libcst.Module``. Python transforms still propose byte-range
:class:`~codemods.edits.Edit` objects, so the engine's overlap handling, fixed-point loop and
syntax guard work for them unchanged. :func:`index` reads a module once (byte spans from
libcst's ``ByteSpanPositionProvider``, parents, every call and name) and is cached per module,
so the transforms of one pass share it.

Calls are matched by the last name of what is called: ``S3Bucket(self, "b")`` and
``s3_bucket.S3Bucket(self, "b")`` are both calls of ``S3Bucket``. Edits keep the file's layout:
an argument goes on a line of its own in a multi-line call (with the call's trailing-comma
habit), after ``, `` in a one-line call; a removed argument takes its line when it stood alone.
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Union

import libcst as cst
from libcst.metadata import ByteSpanPositionProvider, MetadataWrapper

from codemods.core.edits import Edit, merge_insertions
from codemods.core.text import indentation_at, line_end, line_start

#: Literals whose entries :func:`insert_element` and :func:`remove_element` edit.
Container = Union[cst.Call, cst.Dict, cst.List, cst.Tuple, cst.Set, cst.ImportFrom]
_BRACKETS = {cst.Call: b"()", cst.Dict: b"{}", cst.List: b"[]", cst.Tuple: b"()", cst.Set: b"{}"}
_CACHE_SIZE = 8


@dataclass(frozen=True)
class Call:
    """A call of a name or of a dotted name: ``Vpc(...)``, ``vpc.Vpc(...)``, ``aws.vpc.Vpc(...)``.

    ``path`` holds the names as written (``("vpc", "Vpc")``); ``name`` is the last one.
    """

    node: cst.Call
    path: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.path[-1]

    @property
    def positional(self) -> list[cst.Arg]:
        return [a for a in self.node.args if a.keyword is None and not a.star]

    @property
    def keywords(self) -> dict[str, cst.Arg]:
        """Keyword arguments by name (the last one wins, as a duplicate is a SyntaxError anyway)."""
        return {a.keyword.value: a for a in self.node.args if a.keyword is not None}

    @property
    def has_unpacking(self) -> bool:
        """Whether ``*args`` or ``**kwargs`` may pass more arguments than the call spells."""
        return any(a.star for a in self.node.args)

    @property
    def is_construct(self) -> bool:
        """Called like a construct: a scope and an id first (``Vpc(self, "main", ...)``)."""
        return len(self.positional) >= 2


class Index:
    """What the Python transforms read from one module, computed once."""

    def __init__(self, module: cst.Module) -> None:
        self.module = module
        wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
        self._spans = wrapper.resolve(ByteSpanPositionProvider)
        walker = _Walker()
        module.visit(walker)
        self._parents = walker.parents
        self.calls: list[Call] = walker.calls
        self._calls_by_node = {id(c.node): c for c in walker.calls}
        self.names: list[cst.Name] = walker.names
        self.import_lines: list[cst.SimpleStatementLine] = walker.import_lines

    def span(self, node: cst.CSTNode) -> tuple[int, int]:
        found = self._spans[node]
        return found.start, found.start + found.length

    def start(self, node: cst.CSTNode) -> int:
        return self._spans[node].start

    def end(self, node: cst.CSTNode) -> int:
        found = self._spans[node]
        return found.start + found.length

    def text(self, source: bytes, node: cst.CSTNode) -> str:
        start, end = self.span(node)
        return source[start:end].decode("utf-8")

    def parent(self, node: cst.CSTNode) -> cst.CSTNode | None:
        return self._parents.get(id(node))

    def ancestors(self, node: cst.CSTNode) -> Iterator[cst.CSTNode]:
        current = self.parent(node)
        while current is not None:
            yield current
            current = self.parent(current)

    def enclosing(self, node: cst.CSTNode, *types: type) -> cst.CSTNode | None:
        return next((a for a in self.ancestors(node) if isinstance(a, types)), None)

    def statement_of(self, node: cst.CSTNode) -> cst.BaseStatement:
        """The statement (a whole line of simple statements, or a compound one) holding ``node``."""
        current = node
        while not isinstance(current, cst.BaseStatement):
            current = self.parent(current)
        return current

    def calls_of(self, names) -> list[Call]:
        """The calls whose last name is in ``names``."""
        return [c for c in self.calls if c.name in names]

    def call_of(self, node: cst.Call) -> Call | None:
        return self._calls_by_node.get(id(node))


class _Walker(cst.CSTVisitor):
    def __init__(self) -> None:
        self.parents: dict[int, cst.CSTNode] = {}
        self.calls: list[Call] = []
        self.names: list[cst.Name] = []
        self.import_lines: list[cst.SimpleStatementLine] = []
        self._stack: list[cst.CSTNode] = []

    def on_visit(self, node: cst.CSTNode) -> bool:
        if self._stack:
            self.parents[id(node)] = self._stack[-1]
        self._stack.append(node)
        if isinstance(node, cst.Call):
            path = dotted(node.func)
            if path is not None:
                self.calls.append(Call(node, path))
        elif isinstance(node, cst.Name):
            self.names.append(node)
        elif isinstance(node, cst.SimpleStatementLine) and any(isinstance(s, (cst.Import, cst.ImportFrom)) for s in node.body):
            self.import_lines.append(node)
        return True

    def on_leave(self, original_node: cst.CSTNode) -> None:
        self._stack.pop()


_INDEXES: OrderedDict[int, tuple[cst.Module, Index]] = OrderedDict()


def index(module: cst.Module) -> Index:
    """The :class:`Index` of a module, shared by every transform of a pass (a few are kept)."""
    key = id(module)
    cached = _INDEXES.get(key)
    if cached is not None and cached[0] is module:
        _INDEXES.move_to_end(key)
        return cached[1]
    found = Index(module)
    _INDEXES[key] = (module, found)
    while len(_INDEXES) > _CACHE_SIZE:
        _INDEXES.popitem(last=False)
    return found


# -- reading values --------------------------------------------------------------------------------
def dotted(node: cst.BaseExpression) -> tuple[str, ...] | None:
    """``("a", "b", "C")`` for ``a.b.C`` and ``("C",)`` for ``C``; None for anything else."""
    if isinstance(node, cst.Name):
        return (node.value,)
    if isinstance(node, cst.Attribute):
        head = dotted(node.value)
        return None if head is None else head + (node.attr.value,)
    return None


def string_value(node: cst.CSTNode | None) -> str | None:
    """The value of a plain string literal (implicit concatenation too); None for f-strings."""
    if isinstance(node, cst.SimpleString):
        value = node.evaluated_value
        return value if isinstance(value, str) else None
    if isinstance(node, cst.ConcatenatedString):
        left, right = string_value(node.left), string_value(node.right)
        return None if left is None or right is None else left + right
    return None


def integer_value(node: cst.CSTNode | None) -> int | None:
    """The value of ``0``, ``65535`` or ``-1``; None for anything else."""
    if isinstance(node, cst.Integer):
        return int(node.value.replace("_", ""), 0)
    if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Minus):
        inner = integer_value(node.expression)
        return None if inner is None else -inner
    return None


def is_true(node: cst.CSTNode | None) -> bool:
    return isinstance(node, cst.Name) and node.value == "True"


def dict_entries(node: cst.Dict) -> dict[str, cst.DictElement]:
    """The ``"key": value`` entries of a dict literal with string keys, by key."""
    found = {}
    for element in node.elements:
        if isinstance(element, cst.DictElement):
            key = string_value(element.key)
            if key is not None:
                found[key] = element
    return found


def quote_of(near: cst.CSTNode, default: str = '"') -> str:
    """The quote most string literals under ``near`` use, so new strings look like their neighbours."""
    quotes = [n.quote[-1] for n in _strings_under(near)]
    if not quotes:
        return default
    return '"' if quotes.count('"') >= quotes.count("'") else "'"


def _strings_under(node: cst.CSTNode) -> list[cst.SimpleString]:
    found: list[cst.SimpleString] = []

    class _Strings(cst.CSTVisitor):
        def visit_SimpleString(self, string: cst.SimpleString) -> None:
            found.append(string)

    node.visit(_Strings())
    return found


# -- edits -----------------------------------------------------------------------------------------
def replace(idx: Index, node: cst.CSTNode, text: str) -> Edit:
    start, end = idx.span(node)
    return Edit(start, end, text)


def entries_of(container: Container) -> list[cst.CSTNode]:
    if isinstance(container, cst.Call):
        return list(container.args)
    if isinstance(container, cst.ImportFrom):
        return list(container.names)
    return list(container.elements)


def insert_element(source: bytes, idx: Index, container: Container, entry: str,
                   after: cst.CSTNode | None = None) -> list[Edit]:
    """Edits adding ``entry`` (``name=value``, ``"key": value``, a list element) to a call or literal.

    It goes after ``after`` when given, else last. In a multi-line container the entry gets a line
    of its own at the indentation of the entry before it, and a trailing comma when the container
    has one; in a one-line container it follows ``, ``.
    """
    entries = entries_of(container)
    opening, closing = _brackets(source, idx, container)
    if not entries:
        inner = source[opening + 1:closing]
        if b"\n" in inner:
            indent = indentation_at(source, closing) + indent_unit(source, idx, container)
            return [Edit(opening + 1, closing, f"\n{indent}{entry},\n{indentation_at(source, closing)}")]
        return [Edit(opening + 1, closing, entry)]
    anchor = after or entries[-1]
    comma = _comma_after(anchor)
    if not _is_multiline(source, container, opening, closing):
        if comma is not None:
            return [Edit(idx.end(comma), idx.end(comma), f" {entry}")]
        return [Edit(idx.end(anchor), idx.end(anchor), f", {entry}")]
    is_last = anchor is entries[-1]
    suffix = "," if (_comma_after(entries[-1]) is not None or not is_last) else ""
    edits = []
    if comma is None:
        edits.append(Edit(idx.end(anchor), idx.end(anchor), ","))
        at = idx.end(anchor)
    else:
        at = idx.end(comma)
    at = _past_trailing_comment(source, at)
    indent = indentation_at(source, idx.start(anchor))
    if _shares_line_with_opening(source, idx, anchor, opening):
        indent = indentation_at(source, opening) + indent_unit(source, idx, container)
    edits.append(Edit(at, at, f"\n{indent}{entry}{suffix}"))
    return merge_insertions(edits)


def remove_element(source: bytes, idx: Index, container: Container, element: cst.CSTNode) -> list[Edit]:
    """Edits removing one argument or entry with its comma; its whole line when it stood alone."""
    return [_remove_run(source, idx, container, element, element)]


def remove_elements(source: bytes, idx: Index, container: Container, elements: list[cst.CSTNode]) -> list[Edit]:
    """Edits removing several entries of one container; neighbours go as one run."""
    entries = entries_of(container)
    chosen = [i for i, e in enumerate(entries) if any(e is x for x in elements)]
    runs: list[list[int]] = []
    for position in chosen:
        if runs and position == runs[-1][-1] + 1:
            runs[-1].append(position)
        else:
            runs.append([position])
    return [_remove_run(source, idx, container, entries[run[0]], entries[run[-1]]) for run in runs]


def _remove_run(source: bytes, idx: Index, container: Container, first: cst.CSTNode, last: cst.CSTNode) -> Edit:
    """Remove entries ``first`` to ``last`` with the comma after them (before them when they end
    the container); their whole lines when they stood alone on them."""
    start, end = idx.start(first), idx.end(last)
    comma = _comma_after(last)
    if comma is not None:
        end = idx.end(comma)
    after_comment = _past_trailing_comment(source, end)
    line = line_start(source, start)
    rest = source[after_comment:line_end(source, after_comment)]
    if not source[line:start].strip() and not rest.strip():
        return Edit(line, line_end(source, after_comment), "")
    if comma is None:
        previous = _previous(container, first)
        previous_comma = _comma_after(previous) if previous is not None else None
        if previous_comma is not None:
            start = idx.start(previous_comma)
        elif previous is not None:
            start = idx.end(previous)
    else:
        while source[end:end + 1] in (b" ", b"\t"):
            end += 1
        if source[end:end + 1] in (b"\r", b"\n"):  # the rest of the line goes: no trailing spaces
            while source[start - 1:start] in (b" ", b"\t"):
                start -= 1
    return Edit(start, end, "")


def _previous(container: Container, element: cst.CSTNode) -> cst.CSTNode | None:
    entries = entries_of(container)
    position = next(i for i, e in enumerate(entries) if e is element)
    return entries[position - 1] if position else None


def _comma_after(entry: cst.CSTNode) -> cst.Comma | None:
    comma = getattr(entry, "comma", None)
    return comma if isinstance(comma, cst.Comma) else None


def _brackets(source: bytes, idx: Index, container: Container) -> tuple[int, int]:
    """Offsets of the opening and closing bracket of a call's arguments or of a literal."""
    if isinstance(container, cst.ImportFrom):
        if container.lpar is None:  # ``from m import a, b``: as if on one line
            return idx.start(container.names[0]), idx.end(container.names[-1])
        return idx.start(container.lpar), idx.start(container.rpar)
    start, end = idx.span(container)
    brackets = _BRACKETS[type(container)]
    if isinstance(container, cst.Call):
        start = idx.end(container.func)
    return source.index(brackets[:1], start, end), source.rindex(brackets[1:], start, end)


def _is_multiline(source: bytes, container: Container, opening: int, closing: int) -> bool:
    """Whether entries sit on lines of their own (a backslash-continued import counts as one line)."""
    if isinstance(container, cst.ImportFrom) and container.lpar is None:
        return False
    return b"\n" in source[opening:closing]


def _shares_line_with_opening(source: bytes, idx: Index, anchor: cst.CSTNode, opening: int) -> bool:
    return b"\n" not in source[opening:idx.start(anchor)]


def indent_unit(source: bytes, idx: Index, container: Container) -> str:
    """What a multi-line container adds to its own indentation for its entries (four spaces if flat)."""
    outer = indentation_at(source, idx.start(container))
    for entry in entries_of(container):
        if b"\n" in source[idx.start(container):idx.start(entry)]:
            inner = indentation_at(source, idx.start(entry))
            if inner.startswith(outer) and len(inner) > len(outer):
                return inner[len(outer):]
    return "    "


def _past_trailing_comment(source: bytes, offset: int) -> int:
    """Past a ``# comment`` that follows ``offset`` on its line, so new lines go after it."""
    rest = source[offset:line_end(source, offset)]
    if rest.lstrip(b" \t").startswith(b"#"):
        return offset + len(rest.rstrip(b"\r\n"))
    return offset



# -- statements ------------------------------------------------------------------------------------
def insert_after_statement(source: bytes, idx: Index, statement: cst.CSTNode, lines: list[str]) -> Edit:
    """An edit adding ``lines`` (no indentation, no newlines) after ``statement``, at its indentation."""
    indent = indentation_at(source, idx.start(statement))
    end = line_end(source, idx.end(statement))
    body = "".join(f"{indent}{line}\n" if line else "\n" for line in lines)
    if end == len(source) and not source.endswith(b"\n"):
        return Edit(end, end, "\n" + body.rstrip("\n"))
    return Edit(end, end, body)


def insert_before_statement(source: bytes, idx: Index, statement: cst.CSTNode, lines: list[str]) -> Edit:
    """An edit adding ``lines`` before ``statement``, at its indentation."""
    indent = indentation_at(source, idx.start(statement))
    start = line_start(source, idx.start(statement))
    return Edit(start, start, "".join(f"{indent}{line}\n" if line else "\n" for line in lines))


def remove_statement(source: bytes, idx: Index, statement: cst.CSTNode) -> Edit:
    """Remove a statement with its line (and a comment after it on that line)."""
    start, end = idx.span(statement)
    first = line_start(source, start)
    stop = _past_trailing_comment(source, end)
    last = line_end(source, stop)
    if not source[first:start].strip() and not source[stop:last].strip():
        return Edit(first, last, "")
    return Edit(start, end, "")
