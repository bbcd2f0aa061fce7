"""The typings cache (where, atomic install, readiness) and the compiler's verdicts."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_typecheck_golden import typings_folder  # noqa: F401  (session fixture: installs once)

from codemods import typings


def fake_npm_install(npm, staging: Path, log) -> None:
    for package, version in typings.pinned_packages().items():
        folder = staging / "node_modules" / package
        folder.mkdir(parents=True)
        (folder / "package.json").write_text(json.dumps({"version": version if version != "20" else "20.1.2"}))


def test_the_cache_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv(typings.ENV_DIR, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = typings.default_dir()
    assert folder.parent == tmp_path / "cdktf-codemods" and folder.name.startswith("typings-")
    monkeypatch.setenv(typings.ENV_DIR, str(tmp_path / "mine"))
    assert typings.default_dir() == tmp_path / "mine"


def test_the_provider_pin_is_the_catalog_release():
    from codemods.catalog import load_catalog

    assert typings.pinned_packages()["@cdktf/provider-aws"] == load_catalog().version


def test_an_empty_folder_is_not_ready_and_says_how_to_fix_it(tmp_path):
    assert len(typings.problems(tmp_path)) == len(typings.pinned_packages()) + 1
    with pytest.raises(typings.TypingsError, match="codemod typings install"):
        typings.ensure(tmp_path)


def test_install_without_node_says_so(monkeypatch, tmp_path):
    monkeypatch.setattr(typings.shutil, "which", lambda tool: None)
    with pytest.raises(typings.TypingsError, match="Node.js"):
        typings.install(tmp_path / "typings")
    assert not (tmp_path / "typings").exists()


def test_install_is_atomic(monkeypatch, tmp_path):
    monkeypatch.setattr(typings.shutil, "which", lambda tool: f"/usr/bin/{tool}")

    def interrupted(npm, staging, log):
        fake_npm_install(npm, staging, log)
        raise KeyboardInterrupt

    monkeypatch.setattr(typings, "_npm_install", interrupted)
    with pytest.raises(KeyboardInterrupt):
        typings.install(tmp_path / "typings")
    assert list(tmp_path.iterdir()) == []

    monkeypatch.setattr(typings, "_npm_install", fake_npm_install)
    folder = typings.install(tmp_path / "typings")
    assert folder == tmp_path / "typings" and typings.problems(folder) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["typings"]
    options = json.loads((folder / typings.BASE_CONFIG).read_text())["compilerOptions"]
    assert options["typeRoots"] == ["./node_modules/@types"] and options["skipLibCheck"] is True


def test_a_wrong_version_is_a_problem(monkeypatch, tmp_path):
    fake_npm_install(None, tmp_path, None)
    (tmp_path / typings.BASE_CONFIG).write_text("{}")
    assert typings.problems(tmp_path) == []
    (tmp_path / "node_modules" / "cdktf" / "package.json").write_text('{"version": "0.20.0"}')
    assert typings.problems(tmp_path) == ["cdktf is 0.20.0, not 0.21.0"]


def test_missing_packages_of_run_time_code_are_recorded_apart_from_errors():
    files = {
        "lib/lambda/handler.ts": b"import { Handler } from 'aws-lambda';\nimport { S3Client } from '@aws-sdk/client-s3';\n",
        "lib/stack.ts": b'import { App } from "cdktf";\nimport * as cdk from "aws-cdk-lib";\nimport { x } from "./gone";\n',
    }
    missing = "Cannot find module '{}' or its corresponding type declarations."
    verdict = typings.verdict_of([
        {"code": 2307, "message": missing.format("aws-lambda"), "file": "lib/lambda/handler.ts", "line": 1, "column": 25},
        {"code": 2307, "message": missing.format("@aws-sdk/client-s3"), "file": "lib/lambda/handler.ts", "line": 2,
         "column": 26},
        {"code": 2307, "message": missing.format("aws-cdk-lib"), "file": "lib/stack.ts", "line": 2, "column": 22},
        {"code": 2307, "message": missing.format("./gone"), "file": "lib/stack.ts", "line": 3, "column": 19},
        {"code": 2322, "message": "Type 'string' is not assignable to type 'number'.", "file": "lib/stack.ts",
         "line": 4, "column": 7},
    ], files)
    record = verdict.record()
    assert record["runtime_modules"] == ["@aws-sdk/client-s3", "aws-lambda"]
    assert record["errors"] == 3 and record["codes"] == {"TS2307": 2, "TS2322": 1} and not record["clean"]
    assert record["messages"][2] == "lib/stack.ts:4:7: TS2322: Type 'string' is not assignable to type 'number'."


@pytest.mark.slow
def test_the_checker_reports_what_tsc_reports(typings_folder):  # noqa: F811
    checker = typings.Checker(typings_folder)
    try:
        good = {
            "lib/shop.ts": b'import { Construct } from "constructs";\nimport { TerraformStack } from "cdktf";\n'
                           b'import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";\n'
                           b'export class Shop extends TerraformStack {\n'
                           b'  constructor(scope: Construct, id: string) {\n    super(scope, id);\n'
                           b'    new S3Bucket(this, "b", { bucketPrefix: "shop-" });\n  }\n}\n',
            "bin/main.ts": b'import { App } from "cdktf";\nimport { Shop } from "../lib/shop";\n'
                           b'const app = new App();\nnew Shop(app, "shop");\napp.synth();\n',
        }
        assert checker.check(good).record()["clean"]
        bad = dict(good, **{"lib/shop.ts": good["lib/shop.ts"].replace(b'"shop-"', b"42")})
        verdict = checker.check(bad)
        assert verdict.codes() == {"TS2322": 1}
        assert verdict.diagnostics[0]["file"] == "lib/shop.ts" and verdict.diagnostics[0]["line"] == 7
        syntax = checker.check({"lib/a.ts": b"const = ;\nconst x: number = 'no';\n"})
        assert syntax.errors and all(d["code"] < 2000 for d in syntax.diagnostics)  # syntax only, like tsc
    finally:
        checker.close()
