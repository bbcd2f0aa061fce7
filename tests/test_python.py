"""The libcst helpers: byte spans, calls, argument and entry edits, imports, provider names."""
from __future__ import annotations

import libcst as cst
import pytest

from codemods.catalog import load_catalog
from codemods.core.edits import splice
from codemods.python import syntax as py
from codemods.python.imports import Imports
from codemods.python.provider import (
    checked_values,
    keyword_of,
    python_module,
    resolve,
    snake_case,
)


def parse(text: str) -> tuple[bytes, cst.Module, py.Index]:
    source = text.encode()
    module = cst.parse_module(source)
    return source, module, py.index(module)


def only_call(idx: py.Index, name: str) -> py.Call:
    [call] = idx.calls_of({name})
    return call


# -- spans and calls -------------------------------------------------------------------------------
def test_spans_are_byte_offsets_even_after_multibyte_text_and_crlf():
    source, module, idx = parse('# café ☕\r\nx = Vpc(self, "main")\r\n')
    call = only_call(idx, "Vpc")
    assert source[slice(*idx.span(call.node))] == b'Vpc(self, "main")'


def test_calls_are_matched_by_their_last_name():
    _, _, idx = parse("a = vpc.Vpc(self, 'v')\nb = aws.vpc.Vpc(self, 'w', cidr_block='x')\nSubnetConfig(id='s')\n")
    assert [c.path for c in idx.calls_of({"Vpc"})] == [("vpc", "Vpc"), ("aws", "vpc", "Vpc")]
    assert idx.calls_of({"Vpc"})[1].is_construct
    assert not only_call(idx, "SubnetConfig").is_construct


def test_index_is_shared_per_module():
    _, module, idx = parse("x = 1\n")
    assert py.index(module) is idx


# -- inserting -------------------------------------------------------------------------------------
@pytest.mark.parametrize("before, after", [
    ('Vpc(self, "v")\n', 'Vpc(self, "v", tags={})\n'),
    ('Vpc(self, "v",)\n', 'Vpc(self, "v", tags={})\n'),
    ('Vpc()\n', 'Vpc(tags={})\n'),
    ('Vpc(\n    self,\n    "v",\n)\n', 'Vpc(\n    self,\n    "v",\n    tags={},\n)\n'),
    ('Vpc(\n    self,\n    "v"\n)\n', 'Vpc(\n    self,\n    "v",\n    tags={}\n)\n'),
    ('Vpc(self, "v",\n    a=1)\n', 'Vpc(self, "v",\n    a=1,\n    tags={})\n'),
    ('Vpc(\n    a=1,  # why\n)\n', 'Vpc(\n    a=1,  # why\n    tags={},\n)\n'),
    ('Vpc(self, "v", a=1,\n    b=2)\n', 'Vpc(self, "v", a=1,\n    b=2,\n    tags={})\n'),
])
def test_insert_argument_follows_the_layout(before, after):
    source, _, idx = parse(before)
    edits = py.insert_element(source, idx, only_call(idx, "Vpc").node, "tags={}")
    assert splice(source, edits).decode() == after


def test_insert_into_a_dict_literal_and_after_a_given_entry():
    source, module, idx = parse('d = {\n    "a": 1,\n    "c": 3,\n}\n')
    literal = module.body[0].body[0].value
    first = literal.elements[0]
    assert splice(source, py.insert_element(source, idx, literal, '"b": 2', after=first)).decode() == \
        'd = {\n    "a": 1,\n    "b": 2,\n    "c": 3,\n}\n'


def test_insert_into_a_call_whose_first_arguments_share_the_opening_line():
    source, _, idx = parse('x = Vpc(self, "v",\n        a=1,\n)\n')
    edits = py.insert_element(source, idx, only_call(idx, "Vpc").node, "b=2")
    assert splice(source, edits).decode() == 'x = Vpc(self, "v",\n        a=1,\n        b=2,\n)\n'


# -- removing --------------------------------------------------------------------------------------
@pytest.mark.parametrize("before, after", [
    ('Vpc(self, "v", a=1, b=2)\n', 'Vpc(self, "v", b=2)\n'),
    ('Vpc(self, "v", b=2, a=1)\n', 'Vpc(self, "v", b=2)\n'),
    ('Vpc(\n    b=2,\n    a=1,  # gone too\n)\n', 'Vpc(\n    b=2,\n)\n'),
    ('Vpc(\n    a=[\n        1,\n    ],\n    b=2,\n)\n', 'Vpc(\n    b=2,\n)\n'),
])
def test_remove_argument(before, after):
    source, _, idx = parse(before)
    call = only_call(idx, "Vpc")
    assert splice(source, py.remove_element(source, idx, call.node, call.keywords["a"])).decode() == after


# -- imports ---------------------------------------------------------------------------------------
STACK = '''"""Doc."""
from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.vpc import (
    Vpc,
    VpcConfig,
)
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket as Bucket
import cdktf_cdktf_provider_aws as aws


def build(self, Subnet):
    from cdktf_cdktf_provider_aws import s3_bucket
    Bucket(self, "b")
    s3_bucket.S3Bucket(self, "c")
    aws.kms_key.KmsKey(self, "k")
'''


def test_qualified_names_through_every_kind_of_import():
    source, module, idx = parse(STACK)
    imports = Imports(source, module)
    assert imports.qualified(("Bucket",)) == ("cdktf_cdktf_provider_aws", "s3_bucket", "S3Bucket")
    assert imports.qualified(("s3_bucket", "S3Bucket")) == ("cdktf_cdktf_provider_aws", "s3_bucket", "S3Bucket")
    assert imports.qualified(("aws", "kms_key", "KmsKey")) == ("cdktf_cdktf_provider_aws", "kms_key", "KmsKey")
    assert imports.qualified(("json",)) is None


def test_add_merges_into_the_parenthesized_import_of_its_module():
    source, module, _ = parse(STACK)
    local, edits = Imports(source, module).add("cdktf_cdktf_provider_aws.vpc", "VpcIpv4CidrBlockAssociation")
    assert local == "VpcIpv4CidrBlockAssociation"
    assert "    VpcConfig,\n    VpcIpv4CidrBlockAssociation,\n)" in splice(source, edits).decode()


def test_add_reuses_an_alias_and_aliases_a_taken_name():
    source, module, _ = parse(STACK)
    imports = Imports(source, module)
    assert imports.add("cdktf_cdktf_provider_aws.s3_bucket", "S3Bucket") == ("Bucket", [])
    local, edits = imports.add("cdktf_cdktf_provider_aws.subnet", "Subnet", alias="AwsSubnet")
    assert local == "AwsSubnet"
    assert "import cdktf_cdktf_provider_aws as aws\nfrom cdktf_cdktf_provider_aws.subnet import Subnet as AwsSubnet\n" \
        in splice(source, edits).decode()


def test_first_import_goes_after_the_docstring_and_future_imports():
    source, module, _ = parse('"""Doc."""\nfrom __future__ import annotations\n\nX = 1\n')
    _, edits = Imports(source, module).add("cdktf", "Fn")
    assert splice(source, edits).decode() == '"""Doc."""\nfrom __future__ import annotations\nfrom cdktf import Fn\n\nX = 1\n'


def test_remove_and_rename_bindings():
    source, module, _ = parse(STACK)
    imports = Imports(source, module)
    assert "    Vpc,\n)" in splice(source, imports.remove("VpcConfig")).decode()
    renamed = splice(source, imports.rename("Bucket", "Store")).decode()
    assert "import S3Bucket as Store\n" in renamed and 'Store(self, "b")' in renamed


def test_long_imports_are_parenthesized():
    line = Imports.render("cdktf_cdktf_provider_aws.s3_bucket_server_side_encryption_configuration",
                          [("S3BucketServerSideEncryptionConfigurationA", "S3BucketServerSideEncryptionConfigurationA"),
                           ("S3BucketServerSideEncryptionConfigurationRuleA", "Rule")])
    assert line.endswith("(\n    S3BucketServerSideEncryptionConfigurationA,\n    S3BucketServerSideEncryptionConfigurationRuleA as Rule,\n)")


# -- provider names --------------------------------------------------------------------------------
@pytest.mark.parametrize("camel, snake", [
    ("ipv6CidrBlock", "ipv6_cidr_block"), ("kmsKeyID", "kms_key_id"), ("s3Bucket", "s3_bucket"),
    ("enableDnsHostnames", "enable_dns_hostnames"), ("http2Enabled", "http2_enabled"), ("bucket", "bucket"),
])
def test_snake_case_follows_jsii(camel, snake):
    assert snake_case(camel) == snake


def test_keywords_escape_python_keywords_and_keep_a_config_scope():
    assert keyword_of("from", construct=False) == "from_"
    # the generated construct takes scope_ and id_ itself, so its config's scope stays scope
    assert keyword_of("scope", construct=True) == "scope"
    assert keyword_of("scope", construct=False) == "scope"


def test_python_modules_follow_the_namespace_not_the_folder():
    catalog = load_catalog()
    assert python_module(catalog, "s3-bucket") == "cdktf_cdktf_provider_aws.s3_bucket"
    assert python_module(catalog, "route53profiles-profile") == "cdktf_cdktf_provider_aws.route53_profiles_profile"


@pytest.mark.parametrize("module, name, construct, expected", [
    ("s3_bucket_versioning", "S3BucketVersioning", True, ("s3-bucket-versioning", "S3BucketVersioningA")),
    ("s3_bucket", "S3BucketVersioning", False, ("s3-bucket", "S3BucketVersioning")),
    ("s3_bucket", "S3BucketServerSideEncryptionConfiguration", True,
     ("s3-bucket-server-side-encryption-configuration", "S3BucketServerSideEncryptionConfigurationA")),
    ("launch_template", "LaunchTemplateTagSpecification", False, ("launch-template", "LaunchTemplateTagSpecifications")),
    ("route_table", "Route", True, ("route", "Route")),
    (None, "EventbridgeRule", True, ("cloudwatch-event-rule", "CloudwatchEventRule")),
    ("wafv2_web_acl", "Wafv2WebAclRuleStatement", False, None),
])
def test_resolve(module, name, construct, expected):
    assert resolve(load_catalog(), module, name, construct) == expected


def test_checked_values_reach_dicts_given_for_nested_blocks():
    source, module, _ = parse(
        "from cdktf_cdktf_provider_aws.s3_bucket_versioning import S3BucketVersioningA\n"
        "S3BucketVersioningA(self, 'v', bucket='b', versioning_configuration={'status': 'Enabled', 'bogus': 1})\n")
    checked = checked_values(source, module)
    assert [c.class_name for c in checked] == ["S3BucketVersioningA", "S3BucketVersioningVersioningConfiguration"]
    assert [k for k in checked[1].entries if not checked[1].accepts(k)] == ["bogus"]


def test_removing_neighbours_makes_one_edit():
    source, _, idx = parse('Rule(self, "r", ip_protocol="-1", from_port=0, to_port=0)\n')
    call = only_call(idx, "Rule")
    edits = py.remove_elements(source, idx, call.node, [call.keywords["from_port"], call.keywords["to_port"]])
    assert len(edits) == 1
    assert splice(source, edits).decode() == 'Rule(self, "r", ip_protocol="-1")\n'
