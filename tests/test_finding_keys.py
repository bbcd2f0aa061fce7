"""The key of a finding: (transform id, node kind at ``at``, the source text there, ordinal among
that transform's findings of that kind and text, in file order). The message takes no part."""
from __future__ import annotations

from codemods.core import languages
from codemods.core.edits import Edit
from codemods.core.engine import RunConfig, findings_of, fix_file
from codemods.core.source import SourceFile
from codemods.core.transform import Context, Transform


class EveryIdentifier(Transform):
    """A finding at each identifier ``old``, yielded last to first; a fix that breaks the parse on
    the ``broken`` one."""

    id = "every-identifier"
    name = summary = "identifiers"

    def __init__(self, message_of=lambda i: "rename old") -> None:
        self.message_of = message_of

    def check(self, ctx):
        found = [n for n in _walk(ctx.tree.root_node) if n.type == "identifier" and n.text == b"old"]
        for i, node in reversed(list(enumerate(found))):
            edit = Edit(node.start_byte, node.end_byte, "{{" if i == 0 else "fresh")
            yield ctx.finding(self.message_of(i), node, [edit])


def _walk(node):
    yield node
    for child in node.children:
        yield from _walk(child)


def _context(text: bytes, path: str = "lib/main.ts", transform: Transform | None = None) -> Context:
    source = SourceFile.from_bytes(path, text)
    tree = languages.parse(source.language, source.text)
    return Context(source, tree, transform or EveryIdentifier())


def test_the_kind_of_a_tree_sitter_node_a_libcst_node_and_a_span():
    ctx = _context(b"const old = 1;\n")
    node = ctx.tree.root_node.children[0]
    assert ctx.finding("m", node).key == ("every-identifier", "lexical_declaration", b"const old = 1;", 0)
    assert ctx.finding("m", (6, 9)).key == ("every-identifier", "span", b"old", 0)

    py = _context(b"value = old\n", "lib/main.py")
    statement = py.tree.body[0]
    finding = py.finding("m", statement)
    assert (finding.start, finding.end) == (0, 11)
    assert finding.key == ("every-identifier", "SimpleStatementLine", b"value = old", 0)


def test_ordinals_count_same_kind_and_text_in_file_order_whatever_the_yield_order():
    text = b"const a = old;\nconst b = old;\nconst c = old;\n"
    source = SourceFile.from_bytes("lib/main.ts", text)
    tree = languages.parse("typescript", text)
    findings, errors = findings_of(source, tree, RunConfig([EveryIdentifier()]))
    assert not errors
    by_start = sorted(findings, key=lambda f: f.start)
    assert [f.key[3] for f in by_start] == [0, 1, 2]
    assert {f.key[:3] for f in findings} == {("every-identifier", "identifier", b"old")}


def test_the_key_takes_no_part_in_equality():
    ctx = _context(b"const old = 1;\n")
    first, second = ctx.finding("m", (6, 9)), ctx.finding("m", (6, 9))
    assert first.key != second.key and first == second


def test_a_dropped_fix_is_remembered_by_its_key_not_its_message():
    """Three findings with one message; only the first one's fix breaks the parse. It alone is
    dropped, the others apply (with message keys all three would have been dropped)."""
    text = b"const a = old;\nconst b = old;\nconst c = old;\n"
    result = fix_file("lib/main.ts", text, RunConfig([EveryIdentifier()]))
    assert result.fixed == b"const a = old;\nconst b = fresh;\nconst c = fresh;\n"
    assert len(result.dropped) == 1 and result.dropped[0].line == 1


def test_a_message_that_changes_between_passes_keeps_the_dropped_fix_dropped():
    passes = iter(range(1000))
    text = b"const a = old;\n"
    result = fix_file("lib/main.ts", text, RunConfig([EveryIdentifier(lambda i: f"pass {next(passes)}")]))
    assert result.fixed == text
    assert len(result.dropped) == 1
    assert not result.not_converged
