"""Count the provider names and keywords Python CDKTF responses get wrong, before and after fixing.

For each Markdown response under the given folder (``*/MODEL_RESPONSE.md`` by default), the Python
blocks are read as the batch command names them, then fixed together with every transform
(``codemod apply``), and three things are counted before and after, as the real
``cdktf-cdktf-provider-aws`` package would see them:

* imports from ``cdktf_cdktf_provider_aws`` that fail: a module that does not exist, or a name
  its module does not export (the package root exports modules only);
* uses ``module.Name`` of a provider module bound to a name whose module does not export it;
* keyword arguments (and ``"key"`` entries of dicts given for nested blocks) that the called
  provider class or struct does not take.

Usage: python scripts/count_python_names.py CORPUS_DIR [--glob PATTERN] [--diffs N]
"""
from __future__ import annotations

import argparse
import difflib
import sys
from collections import Counter
from pathlib import Path

import libcst as cst

from codemods.api import fix_text, make_config
from codemods.batch.markdown import FILE, blocks
from codemods.catalog import load_catalog
from codemods.core import languages
from codemods.core.project import Project
from codemods.python.imports import Imports
from codemods.python.provider import PACKAGE, catalog_module, checked_values, exported


def count(source: bytes) -> Counter:
    """Unknown imports, unknown module attributes and keywords not taken, in one Python file."""
    tree, problems = languages.try_parse("python", source)
    if tree is None:
        return Counter(unparsable=1)
    catalog = load_catalog()
    imports = Imports(source, tree)
    found: Counter = Counter()
    namespaces: dict[str, str] = {}
    for statement in imports.from_imports:
        if statement.star or not (statement.module == PACKAGE or statement.module.startswith(PACKAGE + ".")):
            continue
        module = statement.module[len(PACKAGE) + 1:]
        for binding in statement.bindings:
            if not module:
                home = catalog_module(catalog, binding.name)
                found["unknown imports"] += home is None
                if home is not None:
                    namespaces[binding.local] = home
            else:
                home = catalog_module(catalog, module)
                found["unknown imports"] += home is None or binding.name not in exported(catalog, home)
    for call in imports.idx.calls:
        if len(call.path) == 2 and call.path[0] in namespaces:
            found["unknown module attributes"] += call.name not in exported(catalog, namespaces[call.path[0]])
    for checked in checked_values(source, tree, catalog):
        kind = "dict keys not taken" if isinstance(checked.node, cst.Dict) else "keywords not taken"
        found[kind] += sum(1 for key in checked.entries if not checked.accepts(key))
    return found


def python_files(markdown: bytes) -> dict[str, bytes]:
    return {f"{b.path}": b.code for b in blocks(markdown) if b.language == "python" and b.state == FILE}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--glob", default="*/MODEL_RESPONSE.md")
    parser.add_argument("--diffs", type=int, default=0, help="print this many changed files as diffs")
    args = parser.parse_args(argv)
    config = make_config()
    before, after, fixes = Counter(), Counter(), Counter()
    responses = sorted(args.corpus.glob(args.glob))
    shown = 0
    for response in responses:
        files = python_files(response.read_bytes())
        project = Project(texts=files)
        for path, text in files.items():
            before += count(text)
            result = fix_text(text, path, config, project)
            after += count(result.fixed)
            fixes.update(d.transform for d in result.applied)
            if result.changed and shown < args.diffs:
                shown += 1
                name = f"{response.parent.name}/{path}"
                sys.stdout.writelines(difflib.unified_diff(
                    text.decode().splitlines(True), result.fixed.decode().splitlines(True), f"a/{name}", f"b/{name}"))
    print(f"{len(responses)} responses")
    print(f"{'':28}{'before':>8}{'after':>8}")
    for kind in ("unknown imports", "unknown module attributes", "keywords not taken", "dict keys not taken", "unparsable"):
        print(f"{kind:28}{before[kind]:>8}{after[kind]:>8}")
    names_before = before["unknown imports"] + before["unknown module attributes"]
    names_after = after["unknown imports"] + after["unknown module attributes"]
    if names_before:
        print(f"unknown names and imports fall by {100 * (names_before - names_after) / names_before:.0f}%")
    print("fixes applied: " + ", ".join(f"{t} {n}" for t, n in sorted(fixes.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
