"""Regenerate a shipped provider catalog (codemods/catalog/data/).

Parses every ``lib/<module>/**/*.d.ts`` of the npm package with tree-sitter and
writes two gzip-compressed JSON files:

* ``index.json.gz``  -- package, version and, per module, its namespace, its
  exported classes (kind, Terraform type, config interface, public getters)
  and the names of its exported interfaces;
* ``schema.jsonl.gz`` -- one line per interface, sorted by name: ``[name, {"meta": ...,
  "properties": [[name, type, optional], ...]}]`` (meta: it extends
  ``cdktf.TerraformMetaArguments``). One line each so that a reader decodes only the
  interfaces it asks about (the name is read from the line's start).

Without ``--package-dir`` the release named by ``--package NAME@VERSION`` (default: the
pinned @cdktf/provider-aws) is fetched with ``npm pack``; node/npm are needed only here,
never when the catalog is read.  @cdktf/provider-aws is written to ``data/`` itself, any
other ``@cdktf/provider-<short>`` to ``data/<short>/`` (see :data:`OTHER_PACKAGES` for the
releases shipped; ``--all-others`` rebuilds them all).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import tarfile
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from pathlib import Path

import tree_sitter_typescript
from tree_sitter import Language, Node, Parser

PACKAGE = "@cdktf/provider-aws"
PINNED_VERSION = "21.22.1"
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "codemods" / "catalog" / "data"
CLASS_KINDS = {
    "cdktf.TerraformResource": "resource",
    "cdktf.TerraformDataSource": "data",
    "cdktf.TerraformProvider": "provider",
}
META_ARGUMENTS = "cdktf.TerraformMetaArguments"
#: The other shipped provider catalogs: the newest major whose peerDependencies say cdktf ^0.21.0.
OTHER_PACKAGES = (
    "@cdktf/provider-archive@11.0.1",
    "@cdktf/provider-local@11.1.1",
    "@cdktf/provider-null@11.0.1",
    "@cdktf/provider-random@12.0.1",
    "@cdktf/provider-time@11.0.1",
    "@cdktf/provider-tls@11.0.1",
)


def split_spec(spec: str) -> tuple[str, str]:
    """``"@cdktf/provider-random@12.0.1"`` -> (``"@cdktf/provider-random"``, ``"12.0.1"``)."""
    name, _, version = spec.rpartition("@")
    if not name or not version:
        raise SystemExit(f"expected NAME@VERSION, got {spec!r}")
    return name, version


def out_dir_of(package: str, root: Path = DEFAULT_OUT) -> Path:
    """Where the catalog of ``package`` lives: data/ for aws, data/<short>/ for the others."""
    if package == PACKAGE:
        return root
    if not package.startswith("@cdktf/provider-"):
        raise SystemExit(f"not a @cdktf/provider-* package: {package!r}")
    return root / package.removeprefix("@cdktf/provider-")


@cache
def _parser() -> Parser:
    """One tree-sitter TypeScript parser per process."""
    return Parser(Language(tree_sitter_typescript.language_typescript()))


def _text(node: Node) -> str:
    return node.text.decode()


def _type_text(type_annotation: Node) -> str:
    """The type of a ``: T`` annotation as written, whitespace normalised."""
    (type_node,) = type_annotation.named_children
    return re.sub(r"\s+", " ", _text(type_node)).replace("; }", " }")


def _declarations(path: Path):
    """Yield the exported declaration nodes of one ``.d.ts`` file."""
    tree = _parser().parse(path.read_bytes())
    for stmt in tree.root_node.named_children:
        decl = stmt.child_by_field_name("declaration") if stmt.type == "export_statement" else None
        if decl is not None and decl.type == "ambient_declaration":
            decl = decl.named_children[-1]
        if decl is not None:
            yield decl


def _interface(node: Node) -> dict:
    meta = False
    for clause in (c for c in node.named_children if c.type == "extends_type_clause"):
        for base in clause.children_by_field_name("type"):
            if _text(base) != META_ARGUMENTS:
                raise ValueError(f"unsupported base interface {_text(base)!r}")
            meta = True
    props = []
    for member in node.child_by_field_name("body").named_children:
        if member.type != "property_signature":
            continue
        name_node = member.child_by_field_name("name")
        name = _text(name_node)
        if name_node.type == "string":
            name = name[1:-1]
        optional = any(c.type == "?" for c in member.children)
        props.append([name, _type_text(member.child_by_field_name("type")), optional])
    return {"meta": meta, "properties": props}


def _class(node: Node) -> dict:
    heritage = next((c for c in node.named_children if c.type == "class_heritage"), None)
    base = _text(heritage.named_children[0].child_by_field_name("value")) if heritage else ""
    kind = CLASS_KINDS.get(base, "other")
    if kind == "other":
        return {"kind": kind}
    info = {"kind": kind, "tf_type": None, "config": None, "attributes": []}
    for member in node.child_by_field_name("body").named_children:
        name_node = member.child_by_field_name("name")
        name = _text(name_node) if name_node else ""
        tokens = {c.type for c in member.children if c != name_node}
        hidden = "static" in tokens or any(
            c.type == "accessibility_modifier" and _text(c) != "public" for c in member.children
        )
        if member.type == "public_field_definition" and name == "tfResourceType":
            info["tf_type"] = _text(member.child_by_field_name("value"))[1:-1]
        elif member.type == "method_signature" and name == "constructor":
            for param in member.child_by_field_name("parameters").named_children:
                if _text(param.child_by_field_name("pattern")) == "config":
                    info["config"] = _type_text(param.child_by_field_name("type"))
        elif member.type == "method_signature" and "get" in tokens and not hidden:
            if name not in info["attributes"]:
                info["attributes"].append(name)
    return info


def parse_module(module_dir: Path) -> tuple[str, dict, dict]:
    """Parse all declaration files of one module: (module, classes, interfaces)."""
    classes: dict[str, dict] = {}
    interfaces: dict[str, dict] = {}
    for path in sorted(module_dir.rglob("*.d.ts")):
        for decl in _declarations(path):
            if decl.type == "class_declaration":
                classes[_text(decl.child_by_field_name("name"))] = _class(decl)
            elif decl.type == "interface_declaration":
                interfaces[_text(decl.child_by_field_name("name"))] = _interface(decl)
    return module_dir.name, classes, interfaces


def namespaces(lib: Path) -> dict[str, str]:
    """Map module dir -> namespace from ``export * as ns from './dir'`` in lib/index.d.ts."""
    tree = _parser().parse((lib / "index.d.ts").read_bytes())
    result = {}
    for stmt in tree.root_node.named_children:
        ns = next((c for c in stmt.named_children if c.type == "namespace_export"), None)
        source = stmt.child_by_field_name("source")
        if ns is not None and source is not None:
            result[_text(source)[1:-1].removeprefix("./")] = _text(ns.named_children[0])
    return result


def fetch_package(workdir: Path, spec: str = f"{PACKAGE}@{PINNED_VERSION}") -> Path:
    """``npm pack`` a release (the pinned one by default) into workdir and unpack it; return the package dir."""
    print(f"fetching {spec} with npm pack ...", flush=True)
    out = subprocess.run(
        ["npm", "pack", spec, "--silent"], cwd=workdir, check=True, capture_output=True, text=True
    ).stdout
    tarball = workdir / out.strip().splitlines()[-1]
    with tarfile.open(tarball) as tar:
        tar.extractall(workdir, filter="data")
    return workdir / "package"


def build(package_dir: Path, out_dir: Path) -> None:
    """Parse the unpacked package at package_dir and write the catalog files to out_dir."""
    started = time.perf_counter()
    meta = json.loads((package_dir / "package.json").read_text())
    lib = package_dir / "lib"
    ns_of = namespaces(lib)
    module_dirs = sorted(p.parent for p in lib.glob("*/index.d.ts"))
    missing = [d.name for d in module_dirs if d.name not in ns_of]
    if missing:
        raise SystemExit(f"modules without a namespace export in lib/index.d.ts: {missing}")
    print(f"{meta['name']}@{meta['version']}: parsing {len(module_dirs)} modules", flush=True)

    modules: dict[str, dict] = {}
    schema: dict[str, dict] = {}
    with ProcessPoolExecutor() as pool:
        for done, (module, classes, interfaces) in enumerate(
            pool.map(parse_module, module_dirs, chunksize=16), start=1
        ):
            modules[module] = {
                "namespace": ns_of[module],
                "classes": classes,
                "interfaces": list(interfaces),
            }
            schema.update(interfaces)
            if done % 250 == 0 or done == len(module_dirs):
                print(f"  {done}/{len(module_dirs)} modules", flush=True)

    index = {"package": meta["name"], "version": meta["version"], "modules": modules}
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, payload in (("index.json.gz", json.dumps(index, separators=(",", ":"), sort_keys=True).encode()),
                          (SCHEMA_FILE, schema_lines(schema))):
        path = out_dir / name
        path.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
        print(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB, {len(payload) / 1e6:.2f} MB raw)")
    n_classes = sum(len(m["classes"]) for m in modules.values())
    print(
        f"{len(modules)} modules, {n_classes} classes, {len(schema)} interfaces "
        f"in {time.perf_counter() - started:.1f}s"
    )


SCHEMA_FILE = "schema.jsonl.gz"


def schema_lines(schema: dict[str, dict]) -> bytes:
    """The bytes of ``schema.jsonl.gz`` before compression (see the module's docstring)."""
    return b"".join(json.dumps([name, schema[name]], separators=(",", ":"), sort_keys=True).encode() + b"\n"
                    for name in sorted(schema))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--package",
        default=f"{PACKAGE}@{PINNED_VERSION}",
        help="NAME@VERSION to npm pack (default: %(default)s)",
    )
    parser.add_argument("--all-others", action="store_true", help="build every OTHER_PACKAGES entry")
    parser.add_argument("--package-dir", type=Path, help="unpacked package (default: npm pack it)")
    parser.add_argument(
        "--out",
        type=Path,
        help="output data directory (default: by package); with --all-others the data root",
    )
    args = parser.parse_args(argv)
    if args.package_dir:
        name = json.loads((args.package_dir / "package.json").read_text())["name"]
        build(args.package_dir, args.out or out_dir_of(name))
        return
    for spec in OTHER_PACKAGES if args.all_others else (args.package,):
        name = split_spec(spec)[0]
        if args.all_others:
            out = out_dir_of(name, args.out or DEFAULT_OUT)
        else:
            out = args.out or out_dir_of(name)
        with tempfile.TemporaryDirectory() as tmp:
            build(fetch_package(Path(tmp), spec), out)


if __name__ == "__main__":
    main()
