"""compiler-this-member: a class member used by its bare name inside the class gets `this.`

What it fixes
    TS2663 "Cannot find name 'x'. Did you mean the instance member 'this.x'?" and TS2662 (the
    static member, `ClassName.x`): the compiler's fix, which qualifies the name, when what it
    changes is the qualifier written before the name and nothing else.

Why
    Models write a construct's field by its bare name in a method (`bucket.arn` for
    `this.bucket.arn`). No binding of that name is in scope, the class has a member of exactly that
    name, and the qualified name is the only one the code can mean.

Example
    class Storage extends Construct {
      public bucket: S3Bucket;
      arn() { return bucket.arn; }
    becomes
    class Storage extends Construct {
      public bucket: S3Bucket;
      arn() { return this.bucket.arn; }

What it leaves alone
    A bare name with no member of that exact name (that is a spelling or a missing declaration);
    a fix that would reprint more than the qualifier.

Fix safety
    Safe: the code did not compile; the member is the one declaration of that name in reach.
"""
from __future__ import annotations

import re

from codemods.compiler.consult import CodeFix
from codemods.compiler.unit import CompilerUnit
from codemods.core.edits import Safety
from codemods.core.transform import Context

_QUALIFIER = re.compile(r"(this|[A-Za-z_$][\w$]*)\.")


class CompilerThisMember(CompilerUnit):
    id = "compiler-this-member"
    name = "Compiler member qualifier"
    summary = "A class member used by its bare name inside the class gets `this.` (TS2663, TS2662)."
    safety = Safety.SAFE
    codes = (2663, 2662)

    def accept(self, ctx: Context, fix: CodeFix):
        if fix.fix_name != "forgottenThisPropertyAccess":
            return None
        edits = fix.edits(ctx.source)
        if len(edits) != 1 or edits[0].start != edits[0].end or edits[0].start != fix.start:
            return None
        qualifier = _QUALIFIER.fullmatch(edits[0].text)
        if qualifier is None or (fix.code == 2663) != (qualifier[1] == "this"):
            return None
        name = ctx.source[fix.start:fix.end].decode("utf-8")
        return f"'{name}' -> '{edits[0].text}{name}' (the class member of that name)", edits
