"""Fixes that edit a file's imports differently wait for each other, even when far apart."""
from codemods.core.edits import Edit
from codemods.core.engine import RunConfig, fix_file
from codemods.core.transform import Transform
from codemods.typescript import syntax as ts

SOURCE = b'import { A } from "a";\nimport { B } from "b";\n\nnew A();\nnew B();\n'
LINE = 'import { X } from "x";\n'


class _AddsImportFirst(Transform):
    id, name, summary = "adds-first", "adds first", "adds an import before the first one"

    def check(self, ctx):
        if b"import { X }" not in ctx.source:
            yield ctx.finding("needs X", (0, 0), [Edit(0, 0, LINE)])


class _AddsImportLast(Transform):
    id, name, summary = "adds-last", "adds last", "adds an import after the last one"

    def check(self, ctx):
        if b"import { X }" not in ctx.source:
            last = [n for n in ctx.tree.root_node.named_children if n.type == "import_statement"][-1]
            at = ts.line_end(ctx.source, last.end_byte)
            yield ctx.finding("needs X too", (at, at), [Edit(at, at, LINE)])


def test_two_fixes_adding_one_import_in_two_places_do_not_both_apply():
    result = fix_file("a.ts", SOURCE, RunConfig([_AddsImportFirst(), _AddsImportLast()]))
    assert result.fixed.count(b"import { X }") == 1
    assert not result.not_converged


def test_identical_import_edits_still_share_a_pass():
    result = fix_file("a.ts", SOURCE, RunConfig([_AddsImportLast(), type("Twin", (_AddsImportLast,), {"id": "twin"})()]))
    assert result.fixed.count(b"import { X }") == 1
    assert {d.transform for d in result.applied} == {"adds-last", "twin"}
