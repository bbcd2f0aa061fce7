"""verify.pycheck and verify.pysynth: CDKTF Python type-checked and synthesized with the pinned packages."""
from __future__ import annotations

import json

import pytest
from verify_fixtures import python_env  # noqa: F401  (session fixture: installs once)

from codemods.verify import pycheck, pysynth
from codemods.verify.ladder import language, verify_files

STACK = '''from constructs import Construct
from cdktf import TerraformStack, TerraformOutput
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket


class ShopStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, environment: str, *, replicas: int, zones: list,
                 owner: str = "ops"):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="us-east-1")
        bucket = S3Bucket(self, "bucket", bucket=f"shop-{environment}")
        TerraformOutput(self, "name", value=bucket.bucket)
        TerraformOutput(self, "counts", value=f"{replicas} {len(zones)} {owner}")
'''

MAIN = '''from cdktf import App
from lib.shop_stack import ShopStack

app = App()
ShopStack(app, "shop-dev", "dev", replicas=2, zones=[])
app.synth()
'''

THROWS = '''from constructs import Construct
from cdktf import App, TerraformStack


class Broken(TerraformStack):
    def __init__(self, scope: Construct, id: str):
        super().__init__(scope, id)
        raise ValueError("boom in the constructor")


app = App()
Broken(app, "broken")
app.synth()
'''


def test_the_entry_makes_the_app_and_stacks_are_found_with_their_arguments():
    files = {"lib/shop_stack.py": STACK.encode(), "main.py": MAIN.encode(), "lib/util.py": b"x = App()\n"}
    assert pysynth.find_entry(files) == "main.py"
    assert pysynth.find_entry({"lib/shop_stack.py": STACK.encode()}) is None
    [stack] = pysynth.find_stacks(files)
    assert (stack.file, stack.name) == ("lib/shop_stack.py", "ShopStack")
    assert stack.arguments == {"environment": "'placeholder-environment'", "replicas": "1", "zones": "[]"}
    driver = pysynth.driver_source([stack])
    assert "import_module('lib.shop_stack'), 'ShopStack')(app, 'ShopStack', environment='placeholder-environment'" in driver
    compile(driver, "driver", "exec")


def test_without_a_stack_class_the_constructs_nobody_builds_get_a_stack_each():
    code = (b"from constructs import Construct\n\nclass Part(Construct):\n    pass\n\n"
            b"class Vault(Construct):\n    def __init__(self, scope, id, *, name: str):\n"
            b"        super().__init__(scope, id)\n        Part(self, 'part')\n")
    [vault] = pysynth.find_stacks({"lib/vault.py": code})
    assert (vault.name, vault.construct, vault.arguments) == ("Vault", True, {"name": "'placeholder-name'"})
    driver = pysynth.driver_source([vault])
    assert "stack0 = TerraformStack(app, 'VaultStack')" in driver and "('Vault')(stack0, 'Vault', name=" not in driver
    assert "getattr(importlib.import_module('lib.vault'), 'Vault')(stack0, 'Vault', name='placeholder-name')" in driver


def test_a_stack_class_in_a_file_with_a_syntax_error_is_still_found():
    code = b"from cdktf import TerraformStack\n\nclass Broken(TerraformStack):\n    def __init__(self, scope, id:\n"
    assert [s.name for s in pysynth.find_stacks({"lib/broken.py": code})] == ["Broken"]


def test_a_project_without_typescript_is_verified_as_python():
    assert language({"main.py": b"", "lambda/index.js": b""}) == "python"
    assert language({"main.py": b"", "lib/stack.ts": b""}) == "typescript"
    assert pycheck.python_sources({"tests/test_stack.py": b"", "lib/a_test.py": b"", "lib/a.py": b""}) == ["lib/a.py"]


def test_missing_run_time_modules_are_set_apart_from_errors():
    diagnostics = [
        {"file": "lambda/h.py", "line": 1, "column": 1, "rule": "reportMissingImports",
         "message": 'Import "boto3" could not be resolved'},
        {"file": "main.py", "line": 2, "column": 1, "rule": "reportMissingImports",
         "message": 'Import "cdktf_cdktf_provider_aws.s3_bucket_x" could not be resolved'},
    ]
    record = pycheck.record(diagnostics)
    assert record["runtime_modules"] == ["boto3"]
    assert (record["clean"], record["errors"], record["codes"]) == (False, 1, {"reportMissingImports": 1})
    assert record["messages"] == ['main.py:2:1: reportMissingImports: Import "cdktf_cdktf_provider_aws.s3_bucket_x" '
                                  'could not be resolved']


@pytest.mark.slow
def test_basedpyright_checks_against_the_pinned_provider(python_env):  # noqa: F811
    clean = pycheck.check({"lib/shop_stack.py": STACK.encode(), "main.py": MAIN.encode()})
    assert clean["clean"], clean["messages"]
    broken = pycheck.check({"lib/shop_stack.py": STACK.replace("bucket=f", "bucket_name=f").encode()})
    assert broken["codes"] == {"reportCallIssue": 1} and 'No parameter named "bucket_name"' in broken["messages"][0]


@pytest.mark.slow
def test_a_python_project_synthesizes_through_its_entry_and_through_a_driver(tmp_path, python_env):  # noqa: F811
    result = pysynth.synth({"lib/shop_stack.py": STACK.encode(), "main.py": MAIN.encode()}, keep=tmp_path / "a")
    assert result.ok, result.stderr
    assert (result.entry, result.stacks) == ("main.py", ["cdktf.out/stacks/shop-dev/cdk.tf.json"])
    driven = pysynth.synth({"lib/shop_stack.py": STACK.encode()}, keep=tmp_path / "b")
    assert driven.ok and driven.entry == "driver", driven.stderr
    document = json.loads(driven.stack_files()[0].read_text())
    assert document["output"]["counts"]["value"] == "1 0 ops"
    assert [b["bucket"] for b in document["resource"]["aws_s3_bucket"].values()] == ["shop-placeholder-environment"]


@pytest.mark.slow
def test_python_failures_are_classified_with_the_exception_line(python_env):  # noqa: F811
    thrown = pysynth.synth({"main.py": THROWS.encode()})
    assert (thrown.kind, thrown.error, thrown.entry) == ("exception", "ValueError: boom in the constructor", "main.py")
    missing = pysynth.synth({"main.py": MAIN.encode()})
    assert missing.kind == "missing-module" and "No module named 'lib'" in missing.error
    assert pysynth.synth({"lib/util.py": b"x = 1\n"}).kind == "no-entry"
    slow = pysynth.synth({"main.py": b"import time\nfrom cdktf import App\napp = App()\ntime.sleep(60)\napp.synth()\n"},
                         timeout=3)
    assert (slow.kind, slow.error) == ("timeout", "no result after 3 s")


@pytest.mark.slow
def test_the_ladder_climbs_for_python(python_env):  # noqa: F811
    result = verify_files({"lib/shop_stack.py": STACK.encode(), "main.py": MAIN.encode()}, "synth")
    assert result.language == "python" and result.files == ["lib/shop_stack.py", "main.py"]
    assert result.compiles and result.synthesizes and result.first_error() is None


@pytest.mark.slow
def test_apply_verify_climbs_the_python_ladder(tmp_path, monkeypatch, python_env):  # noqa: F811
    from typer.testing import CliRunner

    from codemods.cli import app

    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "shop_stack.py").write_text(STACK)
    (tmp_path / "main.py").write_text(MAIN)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["apply", "lib", "main.py", "--verify", "--verify-level", "synth"])
    assert result.exit_code == 0, result.output
    assert "before: compile clean, synth ok (1 stack(s))" in result.output
