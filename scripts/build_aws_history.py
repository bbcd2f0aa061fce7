"""Regenerate the history of @cdktf/provider-aws (codemods/catalog/data/aws-history*.json.gz).

Takes the last release of every major 1..20 and the pinned 21.22.1 (:data:`RELEASES`),
reads only ``package/lib/**/*.d.ts`` out of each ``npm pack`` tarball (cached in
``--cache``, default /tmp/npm-cache-aws/, downloaded two at a time) and records, per
exported name, the runs of majors in which it existed and how.  ``aws-history.json.gz``:

* ``classes``:    resource, data source and provider classes:
  name -> runs ``[first, last, kind, tf_type, config, module, namespace]``
* ``properties``: interface -> property -> runs ``[first, last]`` (only interfaces that
  are the config of a resource, data source or provider class in some major)
* ``modules``:    module path under lib/ -> runs ``[first, last, namespace]``
* ``renames``:    ``classes``: old class -> ``[major, new class]`` when the old class
  is gone in ``major`` and exactly one new class took over its Terraform type (same
  kind); ``interfaces``: old config interface -> ``[major, new]`` when a class kept its
  name and its config interface was another one from ``major`` on.

``aws-history-structs.json.gz`` (bigger, read only when asked about them; each name's
runs as one string, which decodes much faster than nested lists):

* ``classes``:    the other classes (``...OutputReference``, ``...List``):
  name -> ``"first-last:module:namespace|..."`` (empty namespace: exported at the root)
* ``interfaces``: name -> ``"first-last:module|..."``

A run ``[first, last, ...]`` covers every recorded major ``first..last`` (all majors of
that span are recorded) with the same values.  ``module`` is the path under ``lib/``
that is imported (``s3`` for the grouped majors, ``s3-bucket`` from 10 on, the file
name for the flat major 1); ``namespace`` is the name the root index exports the
class under (``s3``, ``S3``, ``s3Bucket``), ``null`` when it is exported at the root.
The output is deterministic (sorted keys, gzip mtime 0).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import tarfile
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path, PurePosixPath

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_catalog import CLASS_KINDS, DEFAULT_OUT, PACKAGE, _parser, _text, _type_text  # noqa: E402

#: The last release of each major (npm view @cdktf/provider-aws versions), and the pinned one.
RELEASES = {
    1: "1.0.131",
    2: "2.0.13",
    3: "3.0.1",
    4: "4.0.18",
    5: "5.0.52",
    6: "6.0.6",
    7: "7.0.68",
    8: "8.0.21",
    9: "9.0.52",
    10: "10.0.12",
    11: "11.0.10",
    12: "12.0.13",
    13: "13.0.0",
    14: "14.0.4",
    15: "15.0.0",
    16: "16.0.9",
    17: "17.0.11",
    18: "18.2.0",
    19: "19.65.1",
    20: "20.1.0",
    21: "21.22.1",
}
DEFAULT_CACHE = Path("/tmp/npm-cache-aws")
OUT_NAME = "aws-history.json.gz"
STRUCTS_NAME = "aws-history-structs.json.gz"
_DOC_TF_TYPE = re.compile(r"\{@link\s+\S+\s+([a-z][a-z0-9_]*)\s*\}")


def tarball(cache: Path, version: str) -> Path:
    """The cached ``npm pack`` tarball of one release (downloaded when missing)."""
    path = cache / f"cdktf-provider-aws-{version}.tgz"
    if not path.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        print(f"npm pack {PACKAGE}@{version} ...", flush=True)
        subprocess.run(
            ["npm", "pack", f"{PACKAGE}@{version}", "--silent"],
            cwd=cache, check=True, capture_output=True,
        )
    return path


def declaration_files(path: Path) -> dict[str, bytes]:
    """``lib/...d.ts`` path (relative to lib/) -> bytes, read straight from the tarball."""
    found = {}
    with tarfile.open(path) as tar:
        for member in tar:
            name = member.name.removeprefix("package/")
            if member.isfile() and name.startswith("lib/") and name.endswith(".d.ts"):
                found[name.removeprefix("lib/")] = tar.extractfile(member).read()
    return found


def _doc_tf_type(node) -> str | None:
    """The Terraform type named in the doc comment just before a class (older releases)."""
    comment = node.prev_named_sibling
    if comment is not None and comment.type == "comment":
        match = _DOC_TF_TYPE.search(_text(comment))
        if match:
            return match[1]
    return None


def _class(node, doc_node) -> dict:
    heritage = next((c for c in node.named_children if c.type == "class_heritage"), None)
    base = _text(heritage.named_children[0].child_by_field_name("value")) if heritage else ""
    kind = CLASS_KINDS.get(base, "other")
    if kind == "other":
        return {"kind": kind, "tf": None, "config": None}
    info = {"kind": kind, "tf": None, "config": None}
    for member in node.child_by_field_name("body").named_children:
        name_node = member.child_by_field_name("name")
        name = _text(name_node) if name_node else ""
        if member.type == "public_field_definition" and name == "tfResourceType":
            value = member.child_by_field_name("value")
            if value is not None:
                info["tf"] = _text(value)[1:-1]
        elif member.type == "method_signature" and name == "constructor":
            for param in member.child_by_field_name("parameters").named_children:
                pattern = param.child_by_field_name("pattern")
                if pattern is not None and _text(pattern) == "config":
                    info["config"] = _type_text(param.child_by_field_name("type"))
    if info["tf"] is None:
        info["tf"] = _doc_tf_type(doc_node)
    return info


def _properties(node) -> list[str]:
    props = []
    for member in node.child_by_field_name("body").named_children:
        if member.type == "property_signature":
            name_node = member.child_by_field_name("name")
            name = _text(name_node)
            props.append(name[1:-1] if name_node.type == "string" else name)
    return props


def _walk(statements, namespace, out) -> None:
    for stmt in statements:
        node = stmt
        if stmt.type == "export_statement":
            source = stmt.child_by_field_name("source")
            if source is not None:
                ns = next((c for c in stmt.named_children if c.type == "namespace_export"), None)
                target = _text(source)[1:-1]
                out["exports"].append([_text(ns.named_children[0]) if ns else None, target])
                continue
            node = stmt.child_by_field_name("declaration")
            if node is None:
                continue
        if node.type == "ambient_declaration":
            node = node.named_children[-1]
        if node.type == "class_declaration":
            name = _text(node.child_by_field_name("name"))
            out["classes"].append([name, namespace, _class(node, stmt)])
        elif node.type == "interface_declaration":
            name = _text(node.child_by_field_name("name"))
            out["interfaces"].append([name, namespace, _properties(node)])
        elif node.type == "internal_module":
            inner = _text(node.child_by_field_name("name"))
            body = node.child_by_field_name("body")
            if body is not None:
                _walk(body.named_children, inner if namespace is None else f"{namespace}.{inner}", out)


def parse_file(item: tuple[str, bytes]) -> tuple[str, dict]:
    """Exports, classes and interfaces of one declaration file."""
    path, source = item
    out: dict[str, list] = {"exports": [], "classes": [], "interfaces": []}
    _walk(_parser().parse(source).root_node.named_children, None, out)
    return path, out


def _resolve(parsed: dict, base: str, target: str) -> str | None:
    """The declaration file that ``export ... from target`` in file ``base`` refers to."""
    joined = PurePosixPath(base).parent / target
    parts: list[str] = []
    for part in joined.parts:
        if part == "..":
            parts.pop()
        elif part != ".":
            parts.append(part)
    stem = "/".join(parts)
    for candidate in (f"{stem}.d.ts", f"{stem}/index.d.ts"):
        if candidate in parsed:
            return candidate
    return None


def snapshot(parsed: dict[str, dict]) -> dict:
    """What one release exports: classes, interfaces and modules, following lib/index.d.ts."""
    classes: dict[str, list] = {}
    interfaces: dict[str, list] = {}
    modules: dict[str, str | None] = {}
    for root_ns, target in parsed["index.d.ts"]["exports"]:
        entry = _resolve(parsed, "index.d.ts", target)
        if entry is None:
            raise SystemExit(f"lib/index.d.ts exports {target!r}, which is not in the package")
        module = target.removeprefix("./")
        modules.setdefault(module, root_ns)
        todo, seen = [entry], set()
        while todo:
            path = todo.pop(0)
            if path in seen:
                continue
            seen.add(path)
            data = parsed[path]
            for ns, inner in data["exports"]:
                if ns is None and (found := _resolve(parsed, path, inner)) is not None:
                    todo.append(found)
            for name, file_ns, info in data["classes"]:
                ns = root_ns if root_ns is not None else file_ns
                classes.setdefault(name, [info["kind"], info["tf"], info["config"], module, ns])
            for name, _, props in data["interfaces"]:
                interfaces.setdefault(name, [module, props])
    return {"classes": classes, "interfaces": interfaces, "modules": modules}


def _runs(values: dict[int, list], majors: list[int]) -> list[list]:
    """{major: [fields...]} -> [[first, last, *fields], ...] over consecutive recorded majors."""
    runs: list[list] = []
    for major in majors:
        if major not in values:
            continue
        fields = values[major]
        if runs and runs[-1][2:] == fields and majors.index(runs[-1][1]) == majors.index(major) - 1:
            runs[-1][1] = major
        else:
            runs.append([major, major, *fields])
    return runs


def _encode(runs: list[list]) -> str:
    """Runs as one string, ``"3-9:s3:s3|10-21:s3-bucket:s3Bucket"`` (parsed only when asked)."""
    for run in runs:
        if any(":" in str(f) or "|" in str(f) for f in run[2:]):
            raise SystemExit(f"cannot encode run {run!r}")
    return "|".join(f"{a}-{b}:" + ":".join(map(str, rest)) for a, b, *rest in runs)


def _by_type(classes: dict[str, list]) -> dict[tuple, set]:
    found: dict[tuple, set] = {}
    for name, (kind, tf, *_rest) in classes.items():
        if kind != "other" and tf:
            found.setdefault((kind, tf), set()).add(name)
    return found


def _renames(snapshots: dict[int, dict], majors: list[int]) -> dict[str, dict]:
    """What consecutive recorded majors prove was renamed.

    ``classes``: old -> [major, new] when old is no class in ``major`` and exactly one new
    class took over its (kind, Terraform type).  ``interfaces``: old -> [major, new] when
    a class kept its name but its config interface old became new in ``major`` (the old
    name may live on as another interface: Wafv2WebAclAssociationConfig, from 16 a struct
    of wafv2-web-acl).
    """
    classes: dict[str, list] = {}
    interfaces: dict[str, list] = {}
    for before, after in zip(majors, majors[1:]):
        old, new = snapshots[before]["classes"], snapshots[after]["classes"]
        old_types, new_types = _by_type(old), _by_type(new)
        for key, names in old_types.items():
            gone = sorted(n for n in names if n not in new_types.get(key, ()))
            taken = new_types.get(key, set()) - names
            if len(gone) == 1 and len(taken) == 1 and gone[0] not in new:
                classes[gone[0]] = [after, next(iter(taken))]
        for name, (kind, _tf, config, *_rest) in old.items():
            if kind == "other" or name not in new or not config:
                continue
            renamed = new[name][2]
            if renamed and renamed != config:
                interfaces[config] = [after, renamed]
    return {"classes": classes, "interfaces": interfaces}


def build(cache: Path, out_dir: Path) -> Path:
    started = time.perf_counter()
    majors = sorted(RELEASES)
    with ThreadPoolExecutor(2) as downloads:
        tarballs = dict(zip(majors, downloads.map(lambda m: tarball(cache, RELEASES[m]), majors)))
    snapshots: dict[int, dict] = {}
    with ProcessPoolExecutor() as pool:
        for major in majors:
            files = declaration_files(tarballs[major])
            parsed = dict(pool.map(parse_file, sorted(files.items()), chunksize=8))
            snapshots[major] = snapshot(parsed)
            s = snapshots[major]
            print(
                f"{major:>2} {RELEASES[major]:>8}: {len(files)} .d.ts, {len(s['modules'])} modules, "
                f"{len(s['classes'])} classes, {len(s['interfaces'])} interfaces",
                flush=True,
            )

    names = lambda key: sorted({n for s in snapshots.values() for n in s[key]})  # noqa: E731
    classes = {
        name: _runs({m: s["classes"][name] for m, s in snapshots.items() if name in s["classes"]}, majors)
        for name in names("classes")
    }
    configs = {
        info[2] for s in snapshots.values() for info in s["classes"].values() if info[0] != "other" and info[2]
    }
    interfaces, properties = {}, {}
    for name in names("interfaces"):
        seen = {m: s["interfaces"][name] for m, s in snapshots.items() if name in s["interfaces"]}
        interfaces[name] = _runs({m: [mod] for m, (mod, _) in seen.items()}, majors)
        if name in configs:
            props = sorted({p for _, found in seen.values() for p in found})
            properties[name] = {
                p: _runs({m: [] for m, (_, found) in seen.items() if p in found}, majors) for p in props
            }
    modules = {
        mod: _runs({m: [s["modules"][mod]] for m, s in snapshots.items() if mod in s["modules"]}, majors)
        for mod in names("modules")
    }
    constructs = {n: runs for n, runs in classes.items() if any(r[2] != "other" for r in runs)}
    history = {
        "package": PACKAGE,
        "versions": {str(m): RELEASES[m] for m in majors},
        "classes": constructs,
        "properties": properties,
        "modules": modules,
        "renames": _renames(snapshots, majors),
    }
    structs = {
        "classes": {
            n: _encode([[a, b, mod, ns or ""] for a, b, _k, _t, _c, mod, ns in runs])
            for n, runs in classes.items()
            if n not in constructs
        },
        "interfaces": {n: _encode(runs) for n, runs in interfaces.items()},
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, data in ((OUT_NAME, history), (STRUCTS_NAME, structs)):
        path = out_dir / name
        payload = json.dumps(data, separators=(",", ":"), sort_keys=True).encode()
        path.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
        print(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB, {len(payload) / 1e6:.2f} MB raw)")
    print(
        f"{len(constructs)} resource/data/provider classes, {len(classes) - len(constructs)} other "
        f"classes, {len(interfaces)} interfaces, {len(modules)} modules, "
        f"{sum(map(len, history['renames'].values()))} renames in {time.perf_counter() - started:.0f}s"
    )
    return out_dir / OUT_NAME


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="tarball cache directory")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output data directory")
    args = parser.parse_args(argv)
    build(args.cache, args.out)


if __name__ == "__main__":
    main()
