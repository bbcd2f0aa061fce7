"""compiler-definite-assignment: a class field the compiler finds unassigned gets `!`

What it fixes
    TS2564 "Property 'x' has no initializer and is not definitely assigned in the constructor":
    of the compiler's three fixes (add `undefined` to the type, add an initializer, add the
    definite assignment assertion) this takes the assertion, `x!: T`, and only when what it
    changes is the one character `!` after the field's name.

Why
    Models declare stack fields (`public bucket: S3Bucket;`) and assign them in a helper method
    or under a condition, which strict mode rejects. The static `definite-assignment` transform
    covers the fields it can read as assigned under a condition; the compiler finds every field
    strict mode rejects, wherever it is assigned.

Example
    class Storage extends Construct {
      public bucket: S3Bucket;
    becomes
    class Storage extends Construct {
      public bucket!: S3Bucket;

What it leaves alone
    The compiler's other two fixes (they change the field's type or value); a fix that would
    reprint the declaration rather than add the one character.

Fix safety
    Ideal: `!` changes no emitted JavaScript and no infrastructure, but it tells the compiler to
    trust that the field is assigned before use; a field that is really never assigned is then
    found at synth time instead of compile time.
"""
from __future__ import annotations

import re

from codemods.compiler.consult import CodeFix
from codemods.compiler.unit import CompilerUnit
from codemods.core.edits import Safety
from codemods.core.transform import Context

_PROPERTY = re.compile(r"Property '([^']+)' has no initializer")


class CompilerDefiniteAssignment(CompilerUnit):
    id = "compiler-definite-assignment"
    name = "Compiler definite assignment"
    summary = "A class field strict mode finds unassigned in the constructor gets `!` (TS2564)."
    safety = Safety.IDEAL
    codes = (2564,)

    def accept(self, ctx: Context, fix: CodeFix):
        found = _PROPERTY.match(fix.message)
        if fix.fix_name != "strictClassInitialization" or found is None:
            return None
        edits = fix.edits(ctx.source)
        if len(edits) != 1 or edits[0].text != "!" or edits[0].start != edits[0].end:
            return None
        name = found[1].encode("utf-8")
        at = edits[0].start
        if ctx.source[at - len(name):at] != name or (fix.start, fix.end) != (at - len(name), at):
            return None
        return f"definite assignment '!' on {found[1]} (not assigned on every path of the constructor)", edits
