"""cdktf-import-names: a name imported from ``cdktf`` that the package does not export.

What it fixes
    A named import from ``cdktf`` that the pinned release does not export (its export list is
    shipped as data, generated from the package's typings):

    - used in the file, with exactly one export it stands for: the same name with cdktf's
      ``Terraform`` prefix (``Asset`` -> ``TerraformAsset``, ``Output`` -> ``TerraformOutput``), or
      the same letters in another case (``TerraformIterator`` for ``TerraformIterator``'s
      misspelling ``Terraformiterator``): the import and every use take the export's name; when
      the file already imports that export, the uses take its local name and the wrong import
      goes;
    - used nowhere in the file: the import goes (it can only fail).

Why
    An import of a name the module lacks does not compile (TS2305 "Module '"cdktf"' has no
    exported member 'Asset'"), and a model that knows the AWS CDK's ``Asset`` or ``CfnOutput``
    often drops cdktf's prefix.

Example
    import { Asset, TerraformStack } from "cdktf";
    const code = new Asset(this, "code", { path: "lambda", type: AssetType.ARCHIVE });
    becomes
    import { TerraformAsset, TerraformStack } from "cdktf";
    const code = new TerraformAsset(this, "code", { path: "lambda", type: AssetType.ARCHIVE });

What it leaves alone
    Projects pinned to another provider major than the catalog's (their cdktf is another
    release, with other exports). Names cdktf exports, provider classes imported from ``cdktf`` (``split-provider-imports`` moves
    them to the provider), used names with no single match (reported), namespace and default
    imports, and names whose export name is already taken by something else in the file.

Fix safety
    Safe: the file could not compile before; the export is the one the name stands for.
"""
from __future__ import annotations

from codemods.catalog.cdktf import load_cdktf
from codemods.catalog.packages import CATALOG_MAJORS
from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform

CDKTF = "cdktf"
PREFIX = "Terraform"


class CdktfImportNames(Transform):
    id = "cdktf-import-names"
    name = "cdktf import names"
    summary = "Give a name imported from cdktf that it does not export the one export it stands for, or drop it unused."
    safety = Safety.SAFE
    requires = (b"cdktf",)
    # the export list is the cdktf release the catalog's provider is built for: a project pinned
    # to another provider major likely pins another cdktf, whose exports may differ
    provider_majors = CATALOG_MAJORS

    def check(self, ctx):
        exports = load_cdktf().exports
        imports = ctx.imports
        statements = [s for s in imports.statements if s.module == CDKTF and not s.node.has_error]
        imported = {b.name: b.local for s in statements for b in s.named}
        for statement in statements:
            for binding in statement.named:
                if binding.name in exports or ctx.catalog.resolve_class(binding.name) is not None:
                    continue
                uses = imports.references(binding.local)
                where = f"{binding.name} is not exported by cdktf {load_cdktf().version}"
                if not uses:
                    yield ctx.finding(f"{where} and nothing uses it: remove the import", binding.node,
                                      imports.remove(binding.local))
                    continue
                candidates = meant(binding.name, exports)
                if len(candidates) != 1:
                    hint = f" (did you mean {' or '.join(candidates)}?)" if candidates else ""
                    yield ctx.finding(f"{where}{hint}; left as it is", binding.node)
                    continue
                real = candidates[0]
                if real in imported:
                    edits = imports.remove(binding.local) + [Edit(n.start_byte, n.end_byte, imported[real]) for n in uses]
                    yield ctx.finding(f"{where}: use {imported[real]}, imported already", binding.node, edits)
                elif binding.local != binding.name:
                    name = binding.node.child_by_field_name("name")
                    yield ctx.finding(f"{where}: import {real} as {binding.local}", binding.node,
                                      [Edit(name.start_byte, name.end_byte, real)])
                elif real in imports.used_names:
                    yield ctx.finding(f"{where}: {real} is meant, but the file uses that name already; left as it is",
                                      binding.node)
                else:
                    edits = [Edit(binding.node.start_byte, binding.node.end_byte, real)]
                    edits += [Edit(n.start_byte, n.end_byte, real) for n in uses]
                    yield ctx.finding(f"{where}: import {real}", binding.node, edits)


def meant(name: str, exports: frozenset[str]) -> list[str]:
    """The exports ``name`` stands for, by the first rule that finds any: cdktf's ``Terraform``
    prefix, then the same letters in another case."""
    if not name.startswith(PREFIX) and PREFIX + name in exports:
        return [PREFIX + name]
    return sorted(e for e in exports if e.lower() == name.lower())


TRANSFORM = CdktfImportNames()
