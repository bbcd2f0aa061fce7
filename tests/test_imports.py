"""The import helper: adding, aliasing, removing and renaming bindings in the file's own style."""
from __future__ import annotations

from codemods.core.edits import splice
from codemods.typescript import syntax as ts
from codemods.typescript.imports import Imports


def imports_of(text: str) -> Imports:
    source = text.encode()
    return Imports(source, ts.parse(source).root_node)


def edited(text: str, edits) -> str:
    result = splice(text.encode(), list(edits)).decode()
    assert not ts.parse(result.encode()).root_node.has_error, result
    return result


def test_add_merges_into_an_existing_import_of_the_module():
    text = 'import { Vpc } from "@cdktf/provider-aws/lib/vpc";\n\nnew Vpc(this, "v");\n'
    local, edits = imports_of(text).add("@cdktf/provider-aws/lib/vpc", "VpcConfig")
    assert local == "VpcConfig"
    assert edited(text, edits).splitlines()[0] == 'import { Vpc, VpcConfig } from "@cdktf/provider-aws/lib/vpc";'


def test_add_merges_into_a_multi_line_import_in_its_layout():
    text = 'import {\n  App,\n  TerraformStack,\n} from "cdktf";\n'
    _, edits = imports_of(text).add("cdktf", "Fn")
    assert edited(text, edits) == 'import {\n  App,\n  TerraformStack,\n  Fn,\n} from "cdktf";\n'


def test_add_reuses_a_binding_that_is_already_there():
    text = 'import { S3Bucket as Bucket } from "@cdktf/provider-aws/lib/s3-bucket";\n'
    assert imports_of(text).add("@cdktf/provider-aws/lib/s3-bucket", "S3Bucket") == ("Bucket", [])


def test_add_puts_a_new_import_line_after_the_last_import():
    text = (
        'import { Construct } from "constructs";\n'
        'import { TerraformStack } from "cdktf";\n'
        "\n"
        "export class Stack extends TerraformStack {}\n"
    )
    local, edits = imports_of(text).add("@cdktf/provider-aws/lib/eip", "Eip")
    assert local == "Eip"
    assert edited(text, edits).splitlines()[:4] == [
        'import { Construct } from "constructs";',
        'import { TerraformStack } from "cdktf";',
        'import { Eip } from "@cdktf/provider-aws/lib/eip";',
        "",
    ]


def test_add_after_a_last_import_without_a_newline_at_end_of_file():
    text = 'import { App } from "cdktf";'
    _, edits = imports_of(text).add("constructs", "Construct")
    assert edited(text, edits) == 'import { App } from "cdktf";\nimport { Construct } from "constructs";'


def test_add_to_a_file_without_imports_goes_after_the_leading_comment():
    text = '// Licence header\n\nconst a = "x";\n'
    _, edits = imports_of(text).add("cdktf", "Fn")
    assert edited(text, edits) == '// Licence header\nimport { Fn } from "cdktf";\n\nconst a = "x";\n'


def test_a_first_import_follows_the_quotes_of_the_string_literals():
    text = "const a = 'x';\nconst b = 'y';\n"
    _, edits = imports_of(text).add("cdktf", "Fn")
    assert edited(text, edits) == "import { Fn } from 'cdktf';\nconst a = 'x';\nconst b = 'y';\n"


def test_add_aliases_a_name_that_the_file_already_uses():
    text = 'import { Construct } from "constructs";\n\nconst Route = "/home";\n'
    local, edits = imports_of(text).add("@cdktf/provider-aws/lib/route", "Route")
    assert local == "Route2"
    assert 'import { Route as Route2 } from "@cdktf/provider-aws/lib/route";' in edited(text, edits)


def test_add_uses_the_preferred_alias_on_a_clash():
    text = 'import { Construct } from "constructs";\n\nclass Route {}\n'
    local, edits = imports_of(text).add("@cdktf/provider-aws/lib/route", "Route", alias="AwsRoute")
    assert local == "AwsRoute"
    assert "import { Route as AwsRoute } from" in edited(text, edits)


def test_new_import_lines_follow_the_quote_and_semicolon_style():
    text = "import { Construct } from 'constructs'\nimport { App } from 'cdktf'\n\nconst app = new App()\n"
    _, edits = imports_of(text).add("@cdktf/provider-aws/lib/vpc", "Vpc")
    assert "import { Vpc } from '@cdktf/provider-aws/lib/vpc'\n" in edited(text, edits)


def test_remove_one_binding_keeps_the_others():
    text = 'import { App, Fn, TerraformStack } from "cdktf";\n'
    assert edited(text, imports_of(text).remove("Fn")) == 'import { App, TerraformStack } from "cdktf";\n'


def test_removing_the_last_binding_removes_the_statement_and_its_line():
    text = 'import { App } from "cdktf";\nimport { Fn } from "cdktf";\n\nFn.join("", []);\n'
    assert edited(text, imports_of(text).remove("App")) == 'import { Fn } from "cdktf";\n\nFn.join("", []);\n'


def test_removing_a_namespace_import_removes_the_statement():
    text = 'import * as aws from "@cdktf/provider-aws";\nconst a = 1;\n'
    assert edited(text, imports_of(text).remove("aws")) == "const a = 1;\n"


def test_remove_of_an_unknown_name_changes_nothing():
    assert imports_of('import { App } from "cdktf";\n').remove("Nope") == []


def test_rename_changes_the_binding_and_every_reference():
    text = (
        'import { Vpc } from "@cdktf/provider-aws/lib/vpc";\n'
        "const network: Vpc = new Vpc(this, \"net\", {});\n"
        "export const parts = { Vpc };\n"
    )
    assert edited(text, imports_of(text).rename("Vpc", "AwsVpc")) == (
        'import { Vpc as AwsVpc } from "@cdktf/provider-aws/lib/vpc";\n'
        "const network: AwsVpc = new AwsVpc(this, \"net\", {});\n"
        "export const parts = { Vpc: AwsVpc };\n"
    )


def test_rename_of_an_alias_back_to_the_exported_name_drops_the_alias():
    text = 'import { Vpc as Network } from "@cdktf/provider-aws/lib/vpc";\nnew Network(this, "n", {});\n'
    assert edited(text, imports_of(text).rename("Network", "Vpc")) == (
        'import { Vpc } from "@cdktf/provider-aws/lib/vpc";\nnew Vpc(this, "n", {});\n'
    )
