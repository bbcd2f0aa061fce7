"""compiler-import: a cdktf or provider class used without an import gets the import of its module

What it fixes
    TS2304 "Cannot find name 'X'" (and TS2552 when the name is not misspelled but unimported) where
    the compiler's import fix imports `X` from the one module that exports it: the shipped
    catalog's module of a provider class (`@cdktf/provider-aws/lib/s3-bucket` for `S3Bucket`), or
    the `cdktf` or `constructs` package for their own names (`TerraformOutput`, `Construct`). A
    provider module no file imports yet is loaded into the compiler's program first, so that its
    exports can be found.

Why
    Models use classes they forgot to import, or import a few and use more. The class exists in
    exactly one module; the import is what the compiler needs.

Example
    import { Vpc } from "@cdktf/provider-aws/lib/vpc";
    new S3Bucket(this, "logs", {});
    becomes
    import { Vpc } from "@cdktf/provider-aws/lib/vpc";
    import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
    new S3Bucket(this, "logs", {});

What it leaves alone
    A name that several catalog modules or packages export, or none; an import the compiler
    proposes from any other module (a project file, a package root such as
    `@cdktf/provider-aws`, Node.js modules); a fix that edits anything but the file's imports.

Fix safety
    Safe: an import adds no resource; the code named the class and did not compile without it.
"""
from __future__ import annotations

from codemods.compiler.consult import CodeFix, catalog_modules_of
from codemods.compiler.unit import TRUSTED_PACKAGES, CompilerUnit
from codemods.core.edits import Safety
from codemods.core.transform import Context


class CompilerImport(CompilerUnit):
    id = "compiler-import"
    name = "Compiler import fix"
    summary = "A cdktf/provider class used without an import gets the import of its catalog module (TS2304)."
    safety = Safety.SAFE
    codes = (2304, 2552)

    def accept(self, ctx: Context, fix: CodeFix):
        target = fix.target
        if fix.fix_name != "import" or not target or not target.get("name") or len(target.get("modules", ())) != 1:
            return None
        name, module = target["name"], target["modules"][0]
        if ctx.source[fix.start:fix.end].decode("utf-8") != name:
            return None
        catalog = catalog_modules_of(name)
        if catalog:
            if catalog != (module,):
                return None  # several catalog modules, or not the catalog's one
            why = f"the catalog's module of {name}"
        elif module in TRUSTED_PACKAGES:
            why = f"{module} exports {name}"
        else:
            return None
        if any(self._outside_imports(ctx, c) for c in fix.changes):
            return None
        return f'import {name} from "{module}" ({why})', fix.edits(ctx.source)

    @staticmethod
    def _outside_imports(ctx: Context, change) -> bool:
        """Whether a change starts after the file's import declarations (it must only add or
        extend imports)."""
        children = ctx.tree.root_node.children
        imports = [n for n in children if n.type == "import_statement"]
        if imports:
            line_end = ctx.source.find(b"\n", imports[-1].end_byte)
            return change.start > (len(ctx.source) if line_end < 0 else line_end + 1)
        first = next((n for n in children if n.type != "comment"), None)
        return first is not None and change.start > first.start_byte
