"""Split the dev responses in two fixed halves and measure the tool on each.

The halves are fixed by a hash of the task name (no list to keep in sync): half ``build`` is what
repairs are developed against, half ``held`` is only measured. Both figures are reported, so a
repair that only learned the names of the build half shows up as a gap between them.

    python scripts/dev_halves.py list build cdktf-ts          # task names of one half
    python scripts/dev_halves.py measure ../shared/corpus/dev  # compile/check rates, both halves

``measure`` runs the shared harness (``eval/compile_rate.py`` for TypeScript, ``py_check_rate.py``
for Python, which need ``setup-tsenv.sh`` / ``setup-pyenv.sh`` once) before and after
``codemod apply`` on each half and prints one line per (language, half, response, fixed?).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HALVES = ("build", "held")
LANGUAGES = {"cdktf-ts": "compile_rate.py", "cdktf-py": "py_check_rate.py"}


def half_of(task: str) -> str:
    """``build`` or ``held``: the parity of the first byte of the task name's SHA-256."""
    return HALVES[hashlib.sha256(task.encode()).digest()[0] & 1]


def tasks(corpus: Path, language: str, half: str) -> list[str]:
    return sorted(p.name for p in (corpus / language).iterdir() if p.is_dir() and half_of(p.name) == half)


def measure(corpus: Path, eval_dir: Path, codemod: str, responses: list[str], out: Path) -> list[dict]:
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for language, script in LANGUAGES.items():
        if not (corpus / language).is_dir():
            continue
        for half in HALVES:
            only = out / f"{language}-{half}.txt"
            only.write_text("\n".join(tasks(corpus, language, half)) + "\n")
            for response in responses:
                for fixed in (False, True):
                    report = out / f"{language}-{half}-{response}-{'fixed' if fixed else 'raw'}.json"
                    cmd = [sys.executable, str(eval_dir / script), str(corpus / language), f"{response}.md",
                           str(report), "--only", str(only)]
                    if fixed:
                        cmd += ["--fix", f"{codemod} apply {{dir}}"]
                    subprocess.run(cmd, check=True, capture_output=True, text=True)
                    summary = json.loads(report.read_text())["summary"]
                    row = {"language": language, "half": half, "response": response, "fixed": fixed,
                           "tasks": summary["tasks"], "clean": summary["clean"], "errors": summary["errors"],
                           "codes": summary.get("codes", {})}
                    rows.append(row)
                    rate = 100 * row["clean"] / row["tasks"] if row["tasks"] else 0
                    print(f"{language:9} {half:5} {response:15} {'fixed' if fixed else 'raw  '} "
                          f"{row['clean']:3}/{row['tasks']:<3} clean ({rate:5.1f}%), {row['errors']:5} errors",
                          flush=True)
    (out / "summary.json").write_text(json.dumps(rows, indent=1))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    listing = sub.add_parser("list")
    listing.add_argument("half", choices=HALVES)
    listing.add_argument("language", choices=sorted(LANGUAGES))
    listing.add_argument("--corpus", type=Path, default=Path("../shared/corpus/dev"))
    run = sub.add_parser("measure")
    run.add_argument("corpus", type=Path)
    run.add_argument("--eval", type=Path, default=Path("../shared/eval"))
    run.add_argument("--codemod", default="codemod")
    run.add_argument("--responses", nargs="+", default=["MODEL_RESPONSE", "IDEAL_RESPONSE"])
    run.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "dev-halves")
    args = parser.parse_args()
    if args.command == "list":
        print("\n".join(tasks(args.corpus, args.language, args.half)))
    else:
        measure(args.corpus, args.eval, args.codemod, args.responses, args.out)


if __name__ == "__main__":
    main()
