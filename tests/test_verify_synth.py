"""verify.synth and the ladder: projects are emitted, run under node against the typings, classified."""
from __future__ import annotations

import json

import pytest

from codemods.verify import synth as synth_module
from codemods.verify.ladder import verify
from codemods.verify.synth import find_entry, find_stacks, props_of, synth
from test_typecheck_golden import typings_folder  # noqa: F401  (session fixture: installs once)

STACK = """import { Construct } from 'constructs';
import { TerraformStack, TerraformOutput } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';

export interface ShopStackProps {
  environment: string;
  replicas: number;
  versioned: boolean;
  zones: string[];
  tier: 'gold' | 'silver';
  owner?: string;
}

export class ShopStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: ShopStackProps) {
    super(scope, id);
    if (props.owner !== undefined) throw new Error('optional props must be omitted');
    new AwsProvider(this, 'aws', { region: 'us-east-1' });
    const bucket = new S3Bucket(this, 'bucket', { bucket: `shop-${props.environment}-${props.tier}` });
    new TerraformOutput(this, 'name', { value: bucket.bucket });
    new TerraformOutput(this, 'counts', { value: `${props.replicas} ${props.versioned} ${props.zones.length}` });
  }
}
"""

MAIN = """import { App } from 'cdktf';
import { ShopStack } from './lib/shop-stack';

const app = new App();
new ShopStack(app, 'shop-dev', { environment: 'dev', replicas: 2, versioned: true, zones: [], tier: 'gold' });
app.synth();
"""

THROWS = """import { Construct } from 'constructs';
import { App, TerraformStack } from 'cdktf';

class Broken extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    throw new Error('boom in the constructor');
  }
}

const app = new App();
new Broken(app, 'broken');
app.synth();
"""

DUPLICATE = """import { Construct } from 'constructs';
import { App, TerraformStack, TerraformOutput } from 'cdktf';

export class Twice extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new TerraformOutput(this, 'same', { value: 1 });
    new TerraformOutput(this, 'same', { value: 2 });
  }
}
"""


def write(root, files):
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text)
    return root


def test_the_entry_is_the_file_that_synthesizes():
    files = {"lib/shop-stack.ts": STACK.encode(), "main.ts": MAIN.encode(), "lib/app-helper.ts": b"new App();"}
    assert find_entry(files) == "main.ts"
    assert find_entry({"lib/shop-stack.ts": STACK.encode()}) is None


def test_stack_classes_and_their_props_are_found_statically():
    [stack] = find_stacks({"lib/shop-stack.ts": STACK.encode(), "lib/broken.ts": THROWS.encode()})
    assert (stack.file, stack.name, stack.has_props, stack.props_optional) == ("lib/shop-stack.ts", "ShopStack", True, False)
    assert props_of(stack) == {"environment": "placeholder-environment", "replicas": 1, "versioned": False,
                               "zones": ["us-east-1a", "us-east-1b"], "tier": "gold"}


def test_inherited_props_and_indirect_stacks():
    code = b"""import { TerraformStack } from 'cdktf';
interface Base { region: string; }
export interface Props extends Base { size: number; note?: string }
export class BaseStack extends TerraformStack {}
export class Child extends BaseStack { constructor(s: any, id: string, props?: Props) { super(s, id); } }
"""
    stacks = {s.name: s for s in find_stacks({"lib/a.ts": code})}
    assert set(stacks) == {"BaseStack", "Child"}
    assert props_of(stacks["Child"]) == {"region": "us-east-1", "size": 1}
    assert stacks["Child"].props_optional and props_of(stacks["BaseStack"]) is None


@pytest.mark.slow
def test_a_project_with_an_entry_synthesizes(tmp_path, typings_folder):  # noqa: F811
    project = write(tmp_path / "p", {"lib/shop-stack.ts": STACK, "main.ts": MAIN})
    result = synth(project, typings_folder, keep=tmp_path / "run")
    assert result.ok, result.stderr
    assert (result.entry, result.stacks) == ("main.ts", ["cdktf.out/stacks/shop-dev/cdk.tf.json"])
    assert 0 < result.cpu_seconds and result.seconds > 0
    [stack] = result.stack_files()
    document = json.loads(stack.read_text())
    assert [b["bucket"] for b in document["resource"]["aws_s3_bucket"].values()] == ["shop-dev-gold"]
    assert not (project / "cdktf.out").exists()  # the project folder is left alone


@pytest.mark.slow
def test_a_constructor_that_throws_is_an_exception_with_its_message(tmp_path, typings_folder):  # noqa: F811
    result = synth(write(tmp_path, {"main.ts": THROWS}), typings_folder)
    assert (result.status, result.kind, result.entry) == ("failed", "exception", "main.ts")
    assert result.error == "Error: boom in the constructor"
    assert result.stacks == []


@pytest.mark.slow
def test_without_an_entry_a_driver_instantiates_each_stack_with_placeholder_props(tmp_path, typings_folder):  # noqa: F811
    result = synth(write(tmp_path / "p", {"lib/shop-stack.ts": STACK}), typings_folder, keep=tmp_path / "run")
    assert result.ok, result.stderr
    assert (result.entry, result.stacks) == ("driver", ["cdktf.out/stacks/ShopStack/cdk.tf.json"])
    document = json.loads(result.stack_files()[0].read_text())
    assert document["output"]["counts"]["value"] == "1 false 2"
    assert [b["bucket"] for b in document["resource"]["aws_s3_bucket"].values()] == ["shop-placeholder-environment-gold"]


@pytest.mark.slow
def test_duplicate_ids_and_missing_modules_are_classified(tmp_path, typings_folder):  # noqa: F811
    twice = synth({"lib/twice.ts": DUPLICATE.encode()}, typings_folder)
    assert (twice.kind, twice.entry) == ("duplicate-id", "driver")
    assert "There is already a Construct with name 'same'" in twice.error
    missing = synth({"main.ts": MAIN.encode()}, typings_folder)
    assert missing.kind == "missing-module" and "./lib/shop-stack" in missing.error


@pytest.mark.slow
def test_a_program_that_never_ends_is_a_timeout(tmp_path, typings_folder):  # noqa: F811
    code = "import { App } from 'cdktf';\nconst app = new App();\nwhile (true) {}\napp.synth();\n"
    result = synth({"main.ts": code.encode()}, typings_folder, timeout=3)
    assert (result.kind, result.error) == ("timeout", "no result after 3 s")


def test_no_entry_and_no_stack_is_no_entry(tmp_path):
    result = synth({"lib/util.ts": b"export const x = 1;\n"}, tmp_path)
    assert (result.kind, result.status) == ("no-entry", "failed")


def test_classes_of_messages():
    assert synth_module.classify("Error: Found an encoded map token in a scalar string context") == "token"
    assert synth_module.classify("Error: ${TfToken[TOKEN.12]} is not a valid name") == "token"
    assert synth_module.classify("TypeError: x is not a constructor") == "exception"


@pytest.mark.slow
def test_the_ladder_compiles_then_synthesizes_even_with_type_errors(tmp_path, typings_folder):  # noqa: F811
    broken = STACK.replace("bucket: `shop-", "bucketName: `shop-")  # a type error that still synthesizes
    project = write(tmp_path, {"lib/shop-stack.ts": broken, "main.ts": MAIN})
    compiled = verify(project, "compile", typings=typings_folder)
    assert compiled.compiles is False and compiled.synth is None and compiled.compile_errors == 1
    result = verify(project, "synth", typings=typings_folder)
    assert result.synthesizes and result.synth.stacks == ["cdktf.out/stacks/shop-dev/cdk.tf.json"]
    assert result.first_error()[0] == "compile" and "bucketName" in result.first_error()[1]
    assert set(result.seconds) == {"compile", "synth"}
    with pytest.raises(ValueError):
        verify(project, "deploy", typings=typings_folder)


def test_javascript_syntax_errors_and_missing_files_are_not_token_errors():
    assert synth_module.classify("SyntaxError: Unexpected token ';'") == "exception"
    assert synth_module.classify("Error: ENOENT: no such file or directory, open 'lambda.zip'") == "missing-file"


def test_a_stack_class_hidden_by_a_syntax_error_is_still_found():
    code = b"import { TerraformStack } from 'cdktf';\nexport class Broken extends TerraformStack {\n  constructor(s: any, id: string) {\n    super(s, id);\n    const x = ;\n"
    assert [s.name for s in find_stacks({"lib/broken.ts": code})] == ["Broken"]


@pytest.mark.slow
def test_the_project_template_import_of_source_map_support_is_stubbed(tmp_path, typings_folder):  # noqa: F811
    main = "#!/usr/bin/env node\nimport 'source-map-support/register';\n" + MAIN.replace("./lib/", "../lib/")
    result = synth({"bin/tap.ts": main.encode(), "lib/shop-stack.ts": STACK.encode()}, typings_folder)
    assert result.ok and result.entry == "bin/tap.ts", result.stderr


@pytest.mark.slow
def test_the_ladder_takes_files_in_memory_too(typings_folder):  # noqa: F811
    from codemods.verify import verify_files

    result = verify_files({"lib/shop-stack.ts": STACK.encode(), "main.ts": MAIN.encode(), "README.md": b"x"},
                          "synth", typings=typings_folder)
    assert result.files == ["lib/shop-stack.ts", "main.ts"]
    assert result.compiles and result.synthesizes and result.first_error() is None


CONSTRUCT = b"""import { Construct } from 'constructs';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';

export interface VaultProps { name: string; }
export class Vault extends Construct {
  constructor(scope: Construct, id: string, props: VaultProps) {
    super(scope, id);
    new Part(this, 'part');
    new S3Bucket(this, 'bucket', { bucket: props.name });
  }
}
export class Part extends Construct {}
"""


def test_without_a_stack_class_the_constructs_nobody_builds_get_a_stack_each():
    [vault] = find_stacks({"lib/vault.ts": CONSTRUCT})
    assert (vault.name, vault.construct, props_of(vault)) == ("Vault", True, {"name": "placeholder-name"})
    assert synth_module.imported_providers({"lib/vault.ts": CONSTRUCT}) == ("@cdktf/provider-aws",)
    driver = synth_module.driver_source([vault], ("@cdktf/provider-aws",))
    assert 'const stack0 = new TerraformStack(app, "VaultStack");' in driver
    assert ('new (require("@cdktf/provider-aws/lib/provider")["AwsProvider"])(stack0, "codemods-driver-AwsProvider", '
            '{"region": "us-east-1"});') in driver
    assert 'new (require("./lib/vault")["Vault"])(stack0, "Vault", {"name": "placeholder-name"});' in driver


def test_stacks_that_another_stack_builds_are_left_to_it():
    code = b"""import { TerraformStack } from 'cdktf';
export class Inner extends TerraformStack {}
export class Outer extends TerraformStack { constructor(s: any, id: string) { super(s, id); new Inner(this, 'inner'); } }
"""
    assert [s.name for s in find_stacks({"lib/a.ts": code})] == ["Outer"]


def test_a_failed_validation_is_its_own_class_with_the_first_item_of_its_list():
    message = ("Error: Validation failed with the following errors:\n  [shop] Found resources without a matching "
               "provider construct.\n\nIf you wish to ignore these validations, pass 'skipValidation: true'")
    assert synth_module.classify(message) == "validation"
    assert synth_module.first_error(message) == ("Error: Validation failed with the following errors: [shop] Found "
                                                 "resources without a matching provider construct.")
    assert synth_module.first_error("Error: boom\n  at x") == "Error: boom"


@pytest.mark.slow
def test_a_construct_alone_synthesizes_in_a_driver_stack(tmp_path, typings_folder):  # noqa: F811
    result = synth({"lib/vault.ts": CONSTRUCT}, typings_folder, keep=tmp_path / "run")
    assert result.ok and result.entry == "driver", result.stderr
    assert result.stacks == ["cdktf.out/stacks/VaultStack/cdk.tf.json"]


def test_placeholders_follow_nested_interfaces_and_the_names_a_response_checks():
    code = b"""import { TerraformStack } from 'cdktf';
interface Network { vpcCidr: string; availabilityZones: string[]; tags?: Record<string, string> }
export interface Props { accountId: string; region: string; network: Network; extra: Network | undefined; n: number }
export class Shop extends TerraformStack { constructor(s: any, id: string, props: Props) { super(s, id); } }
"""
    [stack] = find_stacks({"lib/a.ts": code})
    network = {"vpcCidr": "10.0.0.0/16", "availabilityZones": ["us-east-1a", "us-east-1b"]}
    assert props_of(stack) == {"accountId": "123456789012", "region": "us-east-1", "network": network,
                               "extra": network, "n": 1}


@pytest.mark.slow
def test_a_stack_class_that_is_not_exported_is_exported_for_the_driver(typings_folder):  # noqa: F811
    code = STACK.replace("export class ShopStack", "class ShopStack")
    [stack] = find_stacks({"lib/shop-stack.ts": code.encode()})
    assert (stack.name, stack.exported) == ("ShopStack", False)
    result = synth({"lib/shop-stack.ts": code.encode()}, typings_folder)
    assert result.ok and result.stacks == ["cdktf.out/stacks/ShopStack/cdk.tf.json"], result.stderr
