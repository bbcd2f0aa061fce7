#!/usr/bin/env python3
"""Materialize the human-written CDKTF projects listed in sources.toml into a work folder.

The repositories themselves are never stored in this repository. They are read from local bare
git mirrors, one per repository, at ``<mirror>/<owner>+<name>/repo`` (default mirror root:
/work/.mirror). Those mirrors are what the search tool's ``fetch`` verb brings onto the machine
(``fetch github:owner/name``); any bare or normal clone at that path works as well, e.g.
``git clone --bare https://github.com/owner/name /work/.mirror/owner+name/repo``.

Each repository is exported at the commit recorded in sources.toml into
``<out>/<owner>__<name>/`` (default out: /tmp/human-corpus). Only the project's sub-folder is
exported (the whole tree when the project sits at the root). A repository whose mirror is missing,
or lacks the commit, is reported and skipped; the other ones are still materialized.

    python3 corpus/human/fetch.py [--sources FILE] [--mirror DIR] [--out DIR] [--only SUBSTRING]
"""
from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SOURCES = HERE / "sources.toml"
DEFAULT_MIRROR = Path("/work/.mirror")
DEFAULT_OUT = Path("/tmp/human-corpus")


def load_sources(path: Path = DEFAULT_SOURCES) -> list[dict]:
    with open(path, "rb") as handle:
        return tomllib.load(handle)["project"]


def slug(repo: str) -> str:
    return repo.replace("/", "__")


def mirror_dir(mirror: Path, repo: str) -> Path | None:
    base = mirror / repo.replace("/", "+")
    for candidate in (base / "repo", base, base / ".git"):
        if (candidate / "HEAD").is_file() or (candidate / "objects").is_dir():
            return candidate
    return None


def repo_dir(out: Path, project: dict) -> Path:
    return out / slug(project["repo"])


def project_dir(out: Path, project: dict) -> Path:
    sub = project.get("subdir") or ""
    return repo_dir(out, project) / sub if sub else repo_dir(out, project)


def materialize(project: dict, mirror: Path = DEFAULT_MIRROR, out: Path = DEFAULT_OUT) -> tuple[Path | None, str]:
    """Export one project; return (its folder, a one-line status). The folder is None on failure."""
    repo, commit, sub = project["repo"], project["commit"], project.get("subdir") or ""
    git_dir = mirror_dir(mirror, repo)
    if git_dir is None:
        return None, (f"MISSING mirror for {repo}: expected {mirror / repo.replace('/', '+')}/repo "
                      f"(bring it with the search tool's `fetch github:{repo}`, or a bare clone there)")
    target = repo_dir(out, project)
    marker = target / ".corpus-export"
    wanted = f"{commit} {sub}\n"
    done = marker.read_text().splitlines(keepends=True) if marker.is_file() else []
    if wanted in done and project_dir(out, project).is_dir():
        return project_dir(out, project), f"ok (already exported) {repo}@{commit[:10]} {sub or '.'}"
    cmd = ["git", f"--git-dir={git_dir}", "archive", "--format=tar", commit]
    if sub:
        cmd.append(sub)
    result = subprocess.run(cmd, capture_output=True)
    dest = project_dir(out, project)
    if dest.exists():
        shutil.rmtree(dest)
    target.mkdir(parents=True, exist_ok=True)
    skipped: list[str] = []
    if result.returncode == 0:
        with tarfile.open(fileobj=io.BytesIO(result.stdout)) as archive:
            members = [m for m in archive.getmembers()
                       if "node_modules/" not in m.name and (m.isfile() or m.isdir())]
            archive.extractall(target, members=members, filter="data")
    else:
        # Mirrors from the search tool's fetch lack blobs of 4 MiB and more (and LFS content), which
        # makes `git archive` fail: export blob by blob instead, skipping the absent ones.
        listing = subprocess.run(["git", f"--git-dir={git_dir}", "ls-tree", "-r", "-z", commit, *([sub] if sub else [])],
                                 capture_output=True)
        if listing.returncode != 0:
            return None, f"FAILED {repo}@{commit[:10]}: {listing.stderr.decode(errors='replace').strip()}"
        for entry in listing.stdout.split(b"\0"):
            if not entry:
                continue
            meta, name = entry.split(b"\t", 1)
            mode, kind, sha = meta.split()
            path = name.decode()
            if kind != b"blob" or mode == b"120000" or "node_modules/" in path:
                continue
            blob = subprocess.run(["git", f"--git-dir={git_dir}", "cat-file", "blob", sha.decode()], capture_output=True)
            if blob.returncode != 0:
                skipped.append(path)
                continue
            (target / path).parent.mkdir(parents=True, exist_ok=True)
            (target / path).write_bytes(blob.stdout)
    missing = [f for f in project.get("files", []) if not (target / f).is_file()]
    with open(marker, "a") as handle:
        handle.write(wanted)
    status = f"ok {repo}@{commit[:10]} {sub or '.'} -> {dest}"
    if skipped:
        status += f" (absent from the mirror, skipped: {', '.join(skipped)})"
    if missing:
        status += f" (listed files not in the commit: {', '.join(missing)})"
    return dest, status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=Path, default=DEFAULT_SOURCES)
    parser.add_argument("--mirror", type=Path, default=DEFAULT_MIRROR)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--only", default="", help="only projects whose repo contains this text")
    args = parser.parse_args(argv)
    failures = 0
    for project in load_sources(args.sources):
        if args.only and args.only.lower() not in project["repo"].lower():
            continue
        folder, status = materialize(project, args.mirror, args.out)
        print(status)
        failures += folder is None
    if failures:
        print(f"{failures} project(s) not materialized", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
