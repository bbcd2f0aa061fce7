"""Regenerate the shipped cdktf catalog (codemods/catalog/data/cdktf.json.gz).

Reads the ``.d.ts`` files of the pinned ``cdktf`` release with tree-sitter, following the
``export * from`` chain of ``lib/index.d.ts``, and writes one gzip-compressed JSON file:
package, version, the names the package exports, and the static method names of ``Fn``,
``Token`` and ``Lazy`` (inherited ones included: ``Fn`` extends ``FnGenerated``).

Without ``--package-dir`` the pinned release is fetched with ``npm pack``;
node/npm are needed only here, never when the catalog is read.
"""

from __future__ import annotations

import argparse
import gzip
import json
import tempfile
from pathlib import Path

from build_catalog import _parser, _text, fetch_package

PACKAGE = "cdktf"
PINNED_VERSION = "0.21.0"
STATIC_CLASSES = ("Fn", "Token", "Lazy")
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "codemods" / "catalog" / "data" / "cdktf.json.gz"
_DECLARATIONS = {
    "class_declaration",
    "abstract_class_declaration",
    "interface_declaration",
    "enum_declaration",
    "type_alias_declaration",
    "function_signature",
    "function_declaration",
}


class _Package:
    """The exported declarations reachable from one ``.d.ts`` entry point."""

    def __init__(self) -> None:
        self.exports: set[str] = set()
        self.classes: dict[str, tuple[list[str], str | None]] = {}  # name -> (static methods, base)
        self._seen: set[Path] = set()

    def read(self, path: Path) -> None:
        if path in self._seen:
            return
        self._seen.add(path)
        for statement in _parser().parse(path.read_bytes()).root_node.named_children:
            if statement.type == "export_statement":
                self._export(path, statement)

    def _export(self, path: Path, statement) -> None:
        source = statement.child_by_field_name("source")
        declaration = statement.child_by_field_name("declaration")
        if source is not None:
            namespace = next((c for c in statement.named_children if c.type == "namespace_export"), None)
            if namespace is not None:
                self.exports.add(_text(namespace.named_children[0]))
            elif not any(c.type == "export_clause" for c in statement.named_children):
                self.read(_module_file(path.parent, _text(source)[1:-1]))
        elif declaration is not None:
            self._declaration(declaration.named_children[-1] if declaration.type == "ambient_declaration" else declaration)

    def _declaration(self, node) -> None:
        if node.type in _DECLARATIONS:
            name = _text(node.child_by_field_name("name"))
            self.exports.add(name)
            if node.type in ("class_declaration", "abstract_class_declaration"):
                self.classes[name] = _static_methods(node), _base(node)
        elif node.type in ("lexical_declaration", "variable_declaration"):
            for declarator in node.named_children:
                if declarator.type == "variable_declarator":
                    self.exports.add(_text(declarator.child_by_field_name("name")))

    def static_methods(self, name: str) -> list[str]:
        """Static methods of ``name`` and of the package classes it extends, sorted."""
        found: set[str] = set()
        while name in self.classes:
            methods, name = self.classes[name]
            found.update(methods)
        return sorted(found)


def _module_file(folder: Path, specifier: str) -> Path:
    target = folder / specifier
    return target / "index.d.ts" if target.is_dir() else target.with_name(target.name + ".d.ts")


def _static_methods(node) -> list[str]:
    return [
        _text(member.child_by_field_name("name"))
        for member in node.child_by_field_name("body").named_children
        if member.type == "method_signature" and _is_public_static(member)
    ]


def _is_public_static(member) -> bool:
    kinds = {c.type: _text(c) for c in member.children}
    return "static" in kinds and kinds.get("accessibility_modifier", "public") == "public"


def _base(node) -> str | None:
    heritage = next((c for c in node.named_children if c.type == "class_heritage"), None)
    extends = next((c for c in heritage.named_children if c.type == "extends_clause"), None) if heritage else None
    return _text(extends.child_by_field_name("value")) if extends else None


def build(package_dir: Path, out: Path) -> None:
    """Read the unpacked package at package_dir and write the catalog file ``out``."""
    meta = json.loads((package_dir / "package.json").read_text())
    package = _Package()
    package.read(package_dir / "lib" / "index.d.ts")
    data = {
        "package": meta["name"],
        "version": meta["version"],
        "exports": sorted(package.exports),
        "static_methods": {name: package.static_methods(name) for name in STATIC_CLASSES},
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(data, separators=(",", ":"), sort_keys=True).encode()
    out.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    counts = ", ".join(f"{n} {len(m)} static methods" for n, m in data["static_methods"].items())
    print(f"{meta['name']}@{meta['version']}: {len(data['exports'])} exports, {counts}; wrote {out}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package-dir", type=Path, help="unpacked package (default: npm pack it)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output file")
    args = parser.parse_args(argv)
    if args.package_dir:
        build(args.package_dir, args.out)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            build(fetch_package(Path(tmp), f"{PACKAGE}@{PINNED_VERSION}"), args.out)


if __name__ == "__main__":
    main()
