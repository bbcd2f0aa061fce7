#!/usr/bin/env python3
"""Check the codemods against human-written CDKTF TypeScript, at each project's own provider version.

For every project of sources.toml (materialized by fetch.py):

1. install, once per distinct (provider-aws, cdktf, other providers) combination and shared across
   projects, typescript + @types/node + the pinned cdktf, constructs and @cdktf/provider-* packages
   (npm, shared cache under /tmp; an environment whose install finished is reused, so a second run
   only re-checks);
2. copy the project, type-check the listed files with tsc (the repo's tsconfig, extended with
   noEmit/skipLibCheck; a strict default when it has none);
3. run `codemod check --format json` (findings) and `codemod apply` on a second copy, type-check
   again and compare the errors per file (codes and lines);
4. for each transform that changed something, apply it alone on a fresh copy and type-check, so each
   gained error is attributed to the transform that causes it;
5. flag the fixes that add forceDestroy / rootBlockDevice / createBeforeDestroy or delete code, and
   the "no state backend" findings (a false alarm on code that configures its backend elsewhere).

Projects using `.gen` bindings get a stand-in `.gen/providers/aws` that re-exports the prebuilt
@cdktf/provider-aws release named by `gen_shim_provider_aws` (the repos do not commit their `.gen`).

With --default-pin the listed files are also type-checked before/after against the tool's own pinned
release (provider-aws 21.22.1, cdktf 0.21.0) for comparison.

Writes <work>/report.json and <work>/report.md (default work folder /tmp/human-corpus-check).

    python3 corpus/human/check.py [--codemod PATH] [--only SUBSTRING] [--default-pin] [--jobs N]
"""
from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import fetch  # noqa: E402

TYPESCRIPT = "5.4.5"  # the last 5.x that still accepts the options old cdktf templates set (charset, ...)
TYPES_NODE = "20.17.10"
CONSTRUCTS = "^10.3.0"
DEFAULT_PIN = {"provider_aws": "21.22.1", "cdktf": "0.21.0", "constructs": "10.4.2"}
DEFAULT_TSCONFIG = {
    "target": "ES2018", "module": "CommonJS", "lib": ["es2018"], "strict": True,
    "esModuleInterop": True, "moduleResolution": "node", "resolveJsonModule": True,
}
WATCHED = {"forceDestroy": "adds forceDestroy", "rootBlockDevice": "adds rootBlockDevice",
           "createBeforeDestroy": "adds createBeforeDestroy",
           "use_lockfile": "adds use_lockfile (needs Terraform >= 1.10)"}
TSC_LINE = re.compile(r"^(?P<path>[^\s(][^(]*)\((?P<line>\d+),(?P<col>\d+)\): error (?P<code>TS\d+): (?P<msg>.*)$")
GEN_IMPORT = re.compile(r"""from\s+['"](?P<rel>(?:\.\.?/)+)\.gen/providers/(?P<prov>[\w-]+)(?:/(?P<mod>[\w-]+))?['"]""")
BACKEND_WORDS = re.compile(r"no state backend|without a backend|no backend", re.I)
# a backend configured somewhere in the project (a helper, another file, an override, Terraform Cloud)
BACKEND_IN_CODE = re.compile(r"\b\w*Backend\s*\(|\bCloudBackend\b|terraform\.backend|\bRemoteBackend\b")


def log(*parts: object) -> None:
    print(time.strftime("%H:%M:%S"), *parts, flush=True)


# ---------------------------------------------------------------- environments


def env_spec(project: dict, default_pin: bool = False) -> dict:
    if default_pin:
        deps = {"@cdktf/provider-aws": DEFAULT_PIN["provider_aws"], "cdktf": DEFAULT_PIN["cdktf"],
                "constructs": DEFAULT_PIN["constructs"]}
    else:
        aws = project.get("provider_aws") or project.get("gen_shim_provider_aws")
        deps = {"cdktf": project["cdktf"], "constructs": CONSTRUCTS}
        if aws:
            deps["@cdktf/provider-aws"] = aws
        deps.update(project.get("other_providers", {}))
    deps.update({"typescript": TYPESCRIPT, "@types/node": TYPES_NODE})
    return dict(sorted(deps.items()))


def env_key(spec: dict) -> str:
    aws = spec.get("@cdktf/provider-aws", "none").replace("^", "").replace("~", "")
    digest = hashlib.sha256(json.dumps(spec, sort_keys=True).encode()).hexdigest()[:8]
    return f"aws-{aws}_cdktf-{spec['cdktf'].replace('^', '')}_{digest}"


def install(spec: dict, envs: Path, cache: Path) -> tuple[Path, str | None, float]:
    """Install one environment; return (folder, error or None, seconds). Reuses a finished one."""
    folder = envs / env_key(spec)
    done = folder / ".installed"
    if done.is_file() and json.loads(done.read_text()) == spec:
        return folder, None, 0.0
    start = time.time()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "package.json").write_text(json.dumps({"name": "human-corpus-env", "private": True,
                                                     "dependencies": spec}, indent=1))
    cmd = ["npm", "install", "--no-audit", "--no-fund", "--ignore-scripts", "--legacy-peer-deps",
           "--loglevel=error", "--cache", str(cache)]
    result = subprocess.run(cmd, cwd=folder, capture_output=True, text=True)
    substituted = {}
    if result.returncode != 0 and "ETARGET" in (result.stderr + result.stdout):
        # some pinned releases were unpublished from npm since: use the nearest release of that major
        deps = dict(spec)
        for name, version in spec.items():
            if re.fullmatch(r"\d+\.\d+\.\d+(-[\w.]+)?", version) and not published(name, version, cache):
                nearest = nearest_release(name, version, cache)
                if nearest:
                    deps[name] = nearest
                    substituted[name] = {"pinned": version, "installed": nearest}
        if substituted:
            (folder / "package.json").write_text(json.dumps({"name": "human-corpus-env", "private": True,
                                                             "dependencies": deps}, indent=1))
            result = subprocess.run(cmd, cwd=folder, capture_output=True, text=True)
    if result.returncode != 0:
        return folder, (result.stderr or result.stdout).strip()[-2000:], time.time() - start
    (folder / "substituted.json").write_text(json.dumps(substituted))
    done.write_text(json.dumps(spec))
    return folder, None, time.time() - start


def installed_versions(env: Path, spec: dict) -> dict:
    out = {}
    for name in spec:
        manifest = env / "node_modules" / name / "package.json"
        if manifest.is_file():
            out[name] = json.loads(manifest.read_text()).get("version")
    return out


def _versions(name: str, cache: Path) -> list[str]:
    result = subprocess.run(["npm", "view", name, "versions", "--json", "--cache", str(cache)],
                            capture_output=True, text=True)
    try:
        out = json.loads(result.stdout or "[]")
    except json.JSONDecodeError:
        return []
    return [out] if isinstance(out, str) else list(out)


def _key(version: str) -> tuple:
    core, _, pre = version.partition("-")
    nums = tuple(int(x) for x in core.split("."))
    tail = tuple(int(x) if x.isdigit() else -1 for x in re.split(r"[.-]", pre)) if pre else (10**9,)
    return nums + tail


def published(name: str, version: str, cache: Path) -> bool:
    return version in _versions(name, cache)


def nearest_release(name: str, version: str, cache: Path) -> str | None:
    """The nearest published release of the same major (of the same minor for 0.x): the smallest
    above the pin, else the largest below it; stable releases before prereleases."""
    pinned = _key(version)
    group = 2 if pinned[0] == 0 else 1
    found = [v for v in _versions(name, cache) if re.fullmatch(r"\d+\.\d+\.\d+(-[\w.]+)?", v)
             and _key(v)[:group] == pinned[:group]]
    found.sort(key=lambda v: ("-" in v, _key(v)))
    above = [v for v in found if _key(v) > pinned]
    below = [v for v in found if _key(v) < pinned]
    return above[0] if above else (below[-1] if below else None)


# ---------------------------------------------------------------- type-checking


def prepare_copy(source: Path, dest: Path, project: dict, env: Path) -> None:
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(source, dest, symlinks=True, ignore=shutil.ignore_patterns("node_modules", ".gen", "cdktf.out"))
    (dest / "node_modules").symlink_to(env / "node_modules")
    if project.get("uses_gen"):
        write_gen_shim(dest, project)
    sub = project.get("subdir") or ""
    rel_files = [str(Path(f).relative_to(sub)) if sub else f for f in project["files"]]
    options = {"noEmit": True, "skipLibCheck": True, "incremental": False, "composite": False,
               "declaration": False, "sourceMap": False, "ignoreDeprecations": "5.0", "typeRoots": ["./node_modules/@types"], "types": ["node"]}
    config: dict = {"files": rel_files, "include": []}
    if project.get("tsconfig") and (dest / "tsconfig.json").is_file():
        config["extends"] = "./tsconfig.json"
        config["compilerOptions"] = options
    else:
        config["compilerOptions"] = {**DEFAULT_TSCONFIG, **options}
    (dest / "tsconfig.corpus-check.json").write_text(json.dumps(config, indent=1))


def write_gen_shim(dest: Path, project: dict) -> None:
    """A `.gen/providers/aws` that re-exports the prebuilt package (the repos do not commit .gen)."""
    sub = project.get("subdir") or ""
    for rel in project["files"]:
        path = dest / (Path(rel).relative_to(sub) if sub else Path(rel))
        if not path.is_file():
            continue
        for match in GEN_IMPORT.finditer(path.read_text(errors="replace")):
            if match["prov"] != "aws":
                continue
            gen = (path.parent / match["rel"]).resolve() / ".gen" / "providers" / "aws"
            target = gen / match["mod"] if match["mod"] else gen
            target.mkdir(parents=True, exist_ok=True)
            spec = f"@cdktf/provider-aws/lib/{match['mod']}" if match["mod"] else "@cdktf/provider-aws"
            (target / "index.ts").write_text(f"export * from '{spec}';\n")


def tsc(folder: Path, env: Path) -> dict:
    start = time.time()
    result = subprocess.run(["node", str(env / "node_modules" / "typescript" / "bin" / "tsc"), "-p",
                             "tsconfig.corpus-check.json", "--pretty", "false"],
                            cwd=folder, capture_output=True, text=True)
    errors = []
    for line in result.stdout.splitlines():
        match = TSC_LINE.match(line)
        if match:
            errors.append({"file": match["path"], "line": int(match["line"]), "code": match["code"],
                           "message": match["msg"][:300]})
        elif line.startswith("error TS") or line.startswith("tsconfig"):
            errors.append({"file": "<config>", "line": 0, "code": line.split(":")[0].replace("error ", ""),
                           "message": line[:300]})
    return {"errors": errors, "seconds": round(time.time() - start, 1), "exit": result.returncode}


def per_file(errors: list[dict]) -> dict[str, Counter]:
    out: dict[str, Counter] = defaultdict(Counter)
    for error in errors:
        out[error["file"]][error["code"]] += 1
    return out


def gained(before: list[dict], after: list[dict]) -> dict[str, dict]:
    """Files whose count of some error code grew: {file: {code: +n}}."""
    b, a = per_file(before), per_file(after)
    out = {}
    for file in a:
        grown = {code: n - b[file][code] for code, n in a[file].items() if n > b.get(file, Counter())[code]}
        if grown:
            out[file] = grown
    return out


def new_errors(before: list[dict], after: list[dict]) -> list[dict]:
    seen = Counter((e["file"], e["code"], e["message"]) for e in before)
    out = []
    for error in after:
        key = (error["file"], error["code"], error["message"])
        if seen[key]:
            seen[key] -= 1
        else:
            out.append(error)
    return out


# ---------------------------------------------------------------- the codemod


def rel_files(project: dict) -> list[str]:
    sub = project.get("subdir") or ""
    return [str(Path(f).relative_to(sub)) if sub else f for f in project["files"]]


def run_codemod(codemod: str, verb: list[str], folder: Path, files: list[str]) -> subprocess.CompletedProcess:
    present = [f for f in files if (folder / f).is_file()]
    return subprocess.run([codemod, *verb, *present], cwd=folder, capture_output=True, text=True)


def text_diff(before: Path, after: Path, files: list[str]) -> dict[str, list[str]]:
    out = {}
    for f in files:
        a = (before / f).read_text(errors="replace").splitlines() if (before / f).is_file() else []
        b = (after / f).read_text(errors="replace").splitlines() if (after / f).is_file() else []
        if a != b:
            out[f] = list(difflib.unified_diff(a, b, f"a/{f}", f"b/{f}", n=1, lineterm=""))
    return out


def diff_flags(diff: dict[str, list[str]]) -> dict:
    added = [l[1:] for lines in diff.values() for l in lines if l.startswith("+") and not l.startswith("+++")]
    removed = [l[1:] for lines in diff.values() for l in lines if l.startswith("-") and not l.startswith("---")]
    flags = {label: sum(word in l for l in added) - sum(word in l for l in removed)
             for word, label in WATCHED.items()}
    flags = {k: v for k, v in flags.items() if v > 0}
    # a removed line counts as deleted code when no added line is close to it (a rename is not a deletion)
    squeezed = [re.sub(r"\s+", "", l) for l in added]
    deleted = []
    for line in removed:
        key = re.sub(r"\s+", "", line)
        if (not key or key.startswith("import") or key.startswith("}from") or key in "{}[](),;"
                or re.fullmatch(r"\w+(as\w+)?,?", key)):  # a member of a multi-line import
            continue
        if not any(difflib.SequenceMatcher(None, key, other).ratio() >= 0.6 for other in squeezed):
            deleted.append(line.strip()[:160])
    return {"flags": flags, "lines_added": len(added), "lines_removed": len(removed), "deleted_code": deleted}


# ---------------------------------------------------------------- one project


def check_project(project: dict, env: Path, work: Path, codemod: str, label: str) -> dict:
    src = fetch.project_dir(Path(ARGS.out), project)
    name = fetch.slug(project["repo"]) + ("__" + project["subdir"].replace("/", "_") if project.get("subdir") else "")
    base = work / label / name
    files = rel_files(project)
    record: dict = {"repo": project["repo"], "subdir": project.get("subdir", ""), "env": env.name,
                    "files": files}
    before, after = base / "before", base / "after"
    prepare_copy(src, before, project, env)
    prepare_copy(src, after, project, env)
    t0 = time.time()
    record["tsc_before"] = tsc(before, env)
    check = run_codemod(codemod, ["check", "--format", "json", "--exit-zero"], before, files)
    try:
        findings = json.loads(check.stdout or "[]")
    except json.JSONDecodeError:
        findings = []
        record["check_error"] = (check.stderr or check.stdout)[-1500:]
    for finding in findings:
        finding.pop("fix", None)
    record["findings"] = findings
    record["backend_findings"] = [f for f in findings if BACKEND_WORDS.search(f.get("message", ""))]
    record["backend_in_code"] = sorted(f for f in files if (before / f).is_file()
                                       and BACKEND_IN_CODE.search((before / f).read_text(errors="replace")))
    t1 = time.time()
    applied = run_codemod(codemod, ["apply"], after, files)
    record["codemod_seconds"] = round(time.time() - t1, 2)
    record["apply_exit"] = applied.returncode
    if applied.returncode not in (0, 1):
        record["apply_error"] = (applied.stderr or applied.stdout)[-1500:]
    diff = text_diff(before, after, files)
    record["changed_files"] = sorted(diff)
    record["diff_summary"] = diff_flags(diff)
    record["tsc_after"] = tsc(after, env)
    record["gained"] = gained(record["tsc_before"]["errors"], record["tsc_after"]["errors"])
    record["new_errors"] = new_errors(record["tsc_before"]["errors"], record["tsc_after"]["errors"])
    record["files_worse"] = sorted(record["gained"])
    # one transform at a time, for the attribution of gained errors and of risky edits
    per_transform = {}
    for transform in sorted({f["transform"] for f in findings if f.get("fixable")}):
        one = base / f"only-{transform}"
        prepare_copy(src, one, project, env)
        run_codemod(codemod, ["apply", "--select", transform], one, files)
        one_diff = text_diff(before, one, files)
        entry = {"changed_files": sorted(one_diff), "diff_summary": diff_flags(one_diff),
                 "fixes": sum(1 for f in findings if f["transform"] == transform and f.get("fixable"))}
        if one_diff:
            (base / f"only-{transform}.diff").write_text("\n".join(l for ls in one_diff.values() for l in ls) + "\n")
        if one_diff and record["gained"]:  # attribution is only needed when the full apply gained errors
            result = tsc(one, env)
            entry["gained"] = gained(record["tsc_before"]["errors"], result["errors"])
            entry["new_errors"] = new_errors(record["tsc_before"]["errors"], result["errors"])[:20]
        per_transform[transform] = entry
        shutil.rmtree(one, ignore_errors=True)
    record["per_transform"] = per_transform
    (base / "apply.diff").write_text("\n".join(l for ls in diff.values() for l in ls) + "\n")
    record["seconds"] = round(time.time() - t0, 1)
    return record


# ---------------------------------------------------------------- report


def markdown(report: dict) -> str:
    lines = ["# Human corpus check", "",
             f"codemod: `{report['codemod']}`; {report['projects']} projects; run {report['seconds']}s "
             f"(installs {report['install_seconds']}s)", ""]
    for label, rows in report["runs"].items():
        lines += [f"## {label}", "",
                  "| repo | provider-aws | cdktf | files | tsc errors before | after | files worse | fixes by transform | harmful |",
                  "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
        for r in rows:
            if "skipped" in r:
                lines.append(f"| {r['repo']} {r.get('subdir','')} | | | | skipped: {r['skipped'][:80]} | | | | |")
                continue
            fixes = Counter(f["transform"] for f in r["findings"] if f.get("fixable"))
            fix_text = ", ".join(f"{t} {n}" for t, n in sorted(fixes.items())) or "-"
            harm = []
            for t, e in r["per_transform"].items():
                if e.get("gained"):
                    codes = Counter()
                    for g in e["gained"].values():
                        codes.update(g)
                    harm.append(f"{t}: +{'/'.join(sorted(codes))}")
                for flag in e["diff_summary"]["flags"]:
                    harm.append(f"{t}: {flag}")
                if e["diff_summary"]["deleted_code"]:
                    harm.append(f"{t}: deletes {len(e['diff_summary']['deleted_code'])} line(s)")
            if r["backend_findings"]:
                harm.append(f"backend alarms {len(r['backend_findings'])}")
            v = r["versions"]
            lines.append(f"| {r['repo']} {r.get('subdir','')} | {v.get('@cdktf/provider-aws','-')}"
                         f"{' (.gen shim)' if r.get('uses_gen') else ''} | {v.get('cdktf')} | {len(r['files'])} | "
                         f"{len(r['tsc_before']['errors'])} | {len(r['tsc_after']['errors'])} | "
                         f"{len(r['files_worse'])} | {fix_text} | {'; '.join(harm) or '-'} |")
        done = [r for r in rows if "skipped" not in r]
        lines += ["", f"Totals: errors before {sum(len(r['tsc_before']['errors']) for r in done)}, "
                  f"after {sum(len(r['tsc_after']['errors']) for r in done)}, "
                  f"projects with a file worse {sum(1 for r in done if r['files_worse'])}, "
                  f"files worse {sum(len(r['files_worse']) for r in done)}.", ""]
    lines += harm_section(report)
    return "\n".join(lines) + "\n"


def refresh(report: dict, work: Path) -> None:
    """Recompute the derived fields of saved records (diff flags, backend alarms) with this version's rules."""
    for label, rows in report["runs"].items():
        for r in rows:
            if "skipped" in r:
                continue
            r["backend_findings"] = [f for f in r["findings"] if BACKEND_WORDS.search(f.get("message", ""))]
            name = fetch.slug(r["repo"]) + ("__" + r["subdir"].replace("/", "_") if r.get("subdir") else "")
            src = fetch.project_dir(Path(ARGS.out), r)
            for finding in r["backend_findings"]:
                # a false alarm when the finding's own file configures a backend
                path = src / finding["path"]
                finding["backend_in_same_file"] = bool(path.is_file() and BACKEND_IN_CODE.search(path.read_text(errors="replace")))
            for t, e in r["per_transform"].items():
                patch = work / label.replace(" ", "-") / name / f"only-{t}.diff"
                if not patch.is_file() and src.is_dir():  # an older record: redo the (tsc-free) single-transform diff
                    one = work / "refresh-tmp" / name
                    if one.exists():
                        shutil.rmtree(one)
                    shutil.copytree(src, one, symlinks=True, ignore=shutil.ignore_patterns("node_modules"))
                    run_codemod(ARGS.codemod, ["apply", "--select", t], one, r["files"])
                    one_diff = text_diff(src, one, r["files"])
                    shutil.rmtree(one, ignore_errors=True)
                    if one_diff:
                        patch.write_text("\n".join(l for ls in one_diff.values() for l in ls) + "\n")
                if patch.is_file():
                    lines = patch.read_text().splitlines()
                    e["diff_summary"] = diff_flags({"all": lines})


def harm_section(report: dict) -> list[str]:
    """Per run, per transform: the projects it broke alone (error codes), its risky edits."""
    out = []
    for label, rows in report["runs"].items():
        by: dict[str, dict] = defaultdict(lambda: {"broke": [], "flags": Counter(), "deleted": [], "fixes": 0, "projects": 0})
        for r in rows:
            if "skipped" in r:
                continue
            name = r["repo"] + (f" {r['subdir']}" if r.get("subdir") else "")
            for t, e in r["per_transform"].items():
                entry = by[t]
                entry["fixes"] += e["fixes"]
                entry["projects"] += 1
                if e.get("gained"):
                    codes = Counter()
                    for g in e["gained"].values():
                        codes.update(g)
                    entry["broke"].append(f"{name} ({', '.join(f'{c} x{n}' for c, n in sorted(codes.items()))})")
                entry["flags"].update(e["diff_summary"]["flags"])
                if e["diff_summary"]["deleted_code"]:
                    entry["deleted"].append(f"{name} ({len(e['diff_summary']['deleted_code'])} line(s))")
        out += [f"## Fixes by transform: {label}", "",
                "| transform | fixes | projects | projects it breaks alone (gained tsc errors) | risky edits | deletes code |",
                "| --- | --- | --- | --- | --- | --- |"]
        for t, e in sorted(by.items()):
            flags = ", ".join(f"{k} x{v}" for k, v in sorted(e["flags"].items())) or "-"
            out.append(f"| {t} | {e['fixes']} | {e['projects']} | {'; '.join(e['broke']) or '-'} | {flags} | "
                       f"{'; '.join(e['deleted']) or '-'} |")
        alarms = [(r, f) for r in rows if "skipped" not in r for f in r["backend_findings"]]
        configured = [f"{r['repo']} ({f['path']}:{f['line']})" for r, f in alarms if f.get("backend_in_same_file")]
        local = [f"{r['repo']} ({f['path']}:{f['line']})" for r, f in alarms if not f.get("backend_in_same_file")]
        out += ["", f"'no state backend' findings of `codemod check`: {len(alarms)}; "
                f"(false alarms: the finding's own file configures a backend): {len(configured)} {'; '.join(configured)}; "
                f"on files with no backend (local state on purpose, or a backend set elsewhere): {len(local)} "
                f"{'; '.join(local)}", ""]
    return out


ARGS: argparse.Namespace


def main(argv: list[str] | None = None) -> int:
    global ARGS
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=Path, default=fetch.DEFAULT_SOURCES)
    parser.add_argument("--mirror", type=Path, default=fetch.DEFAULT_MIRROR)
    parser.add_argument("--out", type=Path, default=fetch.DEFAULT_OUT, help="materialized projects")
    parser.add_argument("--work", type=Path, default=Path("/tmp/human-corpus-check"))
    parser.add_argument("--envs", type=Path, default=Path("/tmp/human-corpus-envs"))
    parser.add_argument("--npm-cache", type=Path, default=Path("/tmp/human-corpus-npm-cache"))
    parser.add_argument("--codemod", default=os.environ.get("CODEMOD") or shutil.which("codemod")
                        or str(HERE.parent.parent / ".venv" / "bin" / "codemod"))
    parser.add_argument("--only", default="", help="only projects whose repo contains this text")
    parser.add_argument("--default-pin", action="store_true",
                        help="also type-check against the tool's pinned provider-aws 21.22.1 / cdktf 0.21.0")
    parser.add_argument("--resume", action="store_true",
                        help="reuse the per-project records of an earlier run (same project and environment); "
                             "only valid when the codemod did not change in between")
    parser.add_argument("--saved-only", action="store_true",
                        help="with --resume: report the saved records only, check nothing (an interrupted run)")
    parser.add_argument("--render", type=Path, help="only re-render report.md from this report.json")
    parser.add_argument("--jobs", type=int, default=max(1, (os.cpu_count() or 2) // 2),
                        help="projects checked at once (tsc on a whole provider is CPU-heavy)")
    ARGS = parser.parse_args(argv)
    if ARGS.render:
        report = json.loads(ARGS.render.read_text())
        refresh(report, ARGS.render.parent)
        ARGS.render.with_suffix(".md").write_text(markdown(report))
        return 0
    start = time.time()
    projects = [p for p in fetch.load_sources(ARGS.sources) if ARGS.only.lower() in p["repo"].lower()]
    ready = []
    for project in projects:
        folder, status = fetch.materialize(project, ARGS.mirror, ARGS.out)
        log(status)
        ready.append((project, folder))
    labels = {"own pin": False}
    if ARGS.default_pin:
        labels["tool pin 21.22.1"] = True
    specs = {}
    for project, folder in ready:
        for label, pin in labels.items():
            spec = env_spec(project, pin)
            specs[env_key(spec)] = spec
    log(f"{len(specs)} environments")
    envs: dict[str, tuple[Path, str | None]] = {}
    install_start = time.time()
    with ThreadPoolExecutor(ARGS.jobs) as pool:
        for key, (folder, error, seconds) in zip(specs, pool.map(lambda s: install(s, ARGS.envs, ARGS.npm_cache), specs.values())):
            envs[key] = (folder, error)
            log(f"env {key}: {'FAILED ' + error[:300] if error else 'ok'} ({seconds:.0f}s)")
    install_seconds = round(time.time() - install_start, 1)
    runs: dict[str, list] = {}
    for label, pin in labels.items():
        jobs = []
        for project, folder in ready:
            spec = env_spec(project, pin)
            env, error = envs[env_key(spec)]
            if folder is None or error:
                jobs.append((project, None, error or "not materialized (mirror missing)"))
            else:
                jobs.append((project, env, None))

        def run(job):
            project, env, error = job
            if env is None:
                return {"repo": project["repo"], "subdir": project.get("subdir", ""), "skipped": error}
            key = hashlib.sha256(json.dumps([project, env.name, label], sort_keys=True).encode()).hexdigest()[:16]
            name = fetch.slug(project["repo"]) + ("__" + project["subdir"].replace("/", "_") if project.get("subdir") else "")
            saved = ARGS.work / label.replace(" ", "-") / name / "record.json"
            if (ARGS.resume or ARGS.saved_only) and saved.is_file() and json.loads(saved.read_text()).get("key") == key:
                log(f"[{label}] {project['repo']} {project.get('subdir', '')}: reused {saved}")
                return json.loads(saved.read_text())
            if ARGS.saved_only:
                return {"repo": project["repo"], "subdir": project.get("subdir", ""), "skipped": "no saved record"}
            log(f"[{label}] {project['repo']} {project.get('subdir', '')}")
            record = check_project(project, env, ARGS.work, ARGS.codemod, label.replace(" ", "-"))
            record["key"] = key
            record["versions"] = installed_versions(env, env_spec(project, pin))
            substituted = env / "substituted.json"
            record["substituted"] = json.loads(substituted.read_text()) if substituted.is_file() else {}
            record["pinned"] = {"provider_aws": project.get("provider_aws"), "cdktf": project["cdktf"]}
            record["uses_gen"] = project.get("uses_gen", False)
            log(f"[{label}] {project['repo']}: before {len(record['tsc_before']['errors'])} after "
                f"{len(record['tsc_after']['errors'])} worse {record['files_worse']} ({record['seconds']}s)")
            saved.write_text(json.dumps(record, indent=1))
            return record

        with ThreadPoolExecutor(ARGS.jobs) as pool:
            runs[label] = list(pool.map(run, jobs))
    report = {"codemod": ARGS.codemod, "projects": len(projects), "seconds": round(time.time() - start, 1),
              "install_seconds": install_seconds, "typescript": TYPESCRIPT, "runs": runs}
    ARGS.work.mkdir(parents=True, exist_ok=True)
    refresh(report, ARGS.work)
    (ARGS.work / "report.json").write_text(json.dumps(report, indent=1))
    (ARGS.work / "report.md").write_text(markdown(report))
    log(f"wrote {ARGS.work / 'report.json'} and {ARGS.work / 'report.md'} in {report['seconds']}s")
    checked = sum("skipped" not in r for records in runs.values() for r in records)
    if projects and not checked:  # totals of 0 errors would read as a clean result
        log("error: no project was checked (every one was skipped: fetch the mirrors first, see README)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
