"""Tests of codemods.catalog against the shipped @cdktf/provider-aws data, and of its builder."""

from __future__ import annotations

import gzip
import importlib
import json
import re
from pathlib import Path

import pytest

from codemods.catalog import (
    ClassInfo,
    InterfaceInfo,
    PropertyInfo,
    element_interface,
    is_list_type,
    load_catalog,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def cat():
    return load_catalog()


def test_package_and_version(cat):
    assert cat.package == "@cdktf/provider-aws"
    assert cat.version == "21.22.1"
    assert load_catalog() is cat


def test_modules_and_namespaces(cat):
    mods = cat.modules()
    assert len(mods) == 2212
    assert {"vpc", "provider", "s3-bucket-versioning", "data-aws-vpc"} <= set(mods)
    assert cat.module_of_namespace("s3BucketVersioning") == "s3-bucket-versioning"
    assert cat.namespace_of_module("s3-bucket-versioning") == "s3BucketVersioning"
    # namespaces are not always a plain camel-casing of the directory name
    assert cat.namespace_of_module("lexv2models-bot") == "lexv2ModelsBot"
    assert cat.module_of_namespace("nope") is None
    assert cat.namespace_of_module("nope") is None
    assert all(cat.module_of_namespace(cat.namespace_of_module(m)) == m for m in mods)


def test_module_of_class(cat):
    assert cat.module_of_class("Vpc") == "vpc"
    assert cat.module_of_class("AwsProvider") == "provider"
    assert cat.module_of_class("DataAwsVpc") == "data-aws-vpc"
    assert cat.module_of_class("SecurityGroupIngressList") == "security-group"
    assert cat.module_of_class("S3BucketVersioning") is None
    assert "Vpc" in cat.classes_of_module("vpc")
    assert cat.classes_of_module("nope") == []


def test_class_info(cat):
    vpc = cat.class_info("Vpc")
    assert isinstance(vpc, ClassInfo)
    assert (vpc.module, vpc.kind, vpc.tf_type, vpc.config_interface) == (
        "vpc",
        "resource",
        "aws_vpc",
        "VpcConfig",
    )
    assert {"id", "arn", "cidrBlock", "defaultSecurityGroupId"} <= set(vpc.attributes)
    assert isinstance(vpc.attributes, tuple)
    assert "synthesizeAttributes" not in vpc.attributes  # protected method, not a getter

    data = cat.class_info("DataAwsVpc")
    assert (data.kind, data.tf_type) == ("data", "aws_vpc")
    provider = cat.class_info("AwsProvider")
    assert (provider.kind, provider.tf_type, provider.config_interface) == (
        "provider",
        "aws",
        "AwsProviderConfig",
    )
    other = cat.class_info("SecurityGroupIngressList")
    assert (other.kind, other.tf_type, other.config_interface) == ("other", None, None)
    assert cat.class_info("NoSuchClass") is None


def test_every_construct_class_is_complete(cat):
    constructs = [
        info
        for mod in cat.modules()
        for info in map(cat.class_info, cat.classes_of_module(mod))
        if info.kind != "other"
    ]
    assert len(constructs) == 2212
    for info in constructs:
        assert info.tf_type and info.tf_type.startswith("aws"), info
        assert cat.module_of_interface(info.config_interface) == info.module, info
        assert info.attributes, info


def test_resolve_class(cat):
    assert cat.resolve_class("S3BucketVersioning") == "S3BucketVersioningA"
    assert cat.resolve_class("S3BucketVersioningA") == "S3BucketVersioningA"
    assert cat.resolve_class("Vpc") == "Vpc"
    assert cat.resolve_class("VpcA") is None
    assert cat.resolve_class("Nope") is None
    assert cat.class_info(cat.resolve_class("S3BucketLogging")).tf_type == "aws_s3_bucket_logging"


def test_interfaces(cat):
    assert cat.has_interface("S3BucketVersioning")  # the nested struct of aws_s3_bucket
    assert cat.module_of_interface("S3BucketVersioning") == "s3-bucket"
    assert cat.module_of_interface("SecurityGroupIngress") == "security-group"
    assert not cat.has_interface("Vpc")
    assert cat.interface("Nope") is None

    db = cat.interface("DbInstanceConfig")
    assert isinstance(db, InterfaceInfo)
    assert db.module == "db-instance" and db.meta_arguments
    assert db.properties["kmsKeyId"] == PropertyInfo("kmsKeyId", "string", True)
    assert db.properties["instanceClass"].optional is False
    with pytest.raises(TypeError):
        db.properties["x"] = None  # type: ignore[index]

    alarm = cat.interface("CloudwatchMetricAlarmConfig")
    assert alarm.properties["evaluationPeriods"].type == "number"

    vpc = cat.interface("VpcConfig")
    assert vpc.properties["enableDnsHostnames"].type == "boolean | cdktf.IResolvable"
    assert vpc.properties["tags"].type == "{ [key: string]: string }"
    assert "dependsOn" not in vpc.properties  # comes from TerraformMetaArguments

    assert cat.interface("AwsProviderConfig").meta_arguments is False
    assert cat.interface("SecurityGroupIngress").meta_arguments is False


def test_config_of_class(cat):
    sg = cat.config_of_class("SecurityGroup")
    assert sg.name == "SecurityGroupConfig"
    ingress = sg.properties["ingress"]
    assert ingress.type == "SecurityGroupIngress[] | cdktf.IResolvable"
    assert is_list_type(ingress.type)
    assert element_interface(ingress.type) == "SecurityGroupIngress"
    assert cat.config_of_class("S3BucketVersioningA").properties[
        "versioningConfiguration"
    ] == PropertyInfo(
        "versioningConfiguration", "S3BucketVersioningVersioningConfiguration", False
    )
    assert cat.config_of_class("SecurityGroupIngressList") is None
    assert cat.config_of_class("Nope") is None


def test_paths(cat):
    assert cat.import_path("s3-bucket-versioning") == "@cdktf/provider-aws/lib/s3-bucket-versioning"
    assert "S3BucketVersioningAConfig" in cat.interfaces_of_module("s3-bucket-versioning")
    assert "S3BucketVersioningAConfig" not in cat.interfaces_of_module("s3-bucket")


@pytest.mark.parametrize(
    ("type_text", "is_list", "element"),
    [
        ("SecurityGroupIngress[] | cdktf.IResolvable", True, "SecurityGroupIngress"),
        ("S3BucketVersioningVersioningConfiguration", False, "S3BucketVersioningVersioningConfiguration"),
        ("string[]", True, None),
        ("string", False, None),
        ("boolean | cdktf.IResolvable", False, None),
        ("{ [key: string]: string }", False, None),
        ("{ [key: string]: string[] }", False, None),
        ("{ [key: string]: string }[] | cdktf.IResolvable", True, None),
        ("NotAnInterface[]", True, None),
    ],
)
def test_type_helpers(type_text, is_list, element):
    assert is_list_type(type_text) is is_list
    assert element_interface(type_text) == element


def test_nested_types_resolve_to_interfaces(cat):
    """Walk every config interface and the struct types it references."""
    todo = [
        cat.class_info(c).config_interface
        for m in cat.modules()
        for c in cat.classes_of_module(m)
        if cat.class_info(c).kind != "other"
    ]
    seen = set(todo)
    while todo:
        for prop in cat.interface(todo.pop()).properties.values():
            refs = re.findall(r"(?<![.\w])[A-Z]\w*", prop.type)
            assert element_interface(prop.type) == (refs[0] if refs else None), prop
            if refs and refs[0] not in seen:
                seen.add(refs[0])
                todo.append(refs[0])
    # the other ~1.5k of the 10196 interfaces are empty structs of computed-only attributes
    assert len(seen) > 8500
    assert not any(cat.has_interface(c) for m in cat.modules() for c in cat.classes_of_module(m))


def test_builder_on_a_tiny_package(tmp_path, monkeypatch):
    pkg = tmp_path / "pkg"
    (pkg / "lib" / "thing" / "index-structs").mkdir(parents=True)
    (pkg / "package.json").write_text('{"name": "@cdktf/provider-x", "version": "1.2.3"}')
    (pkg / "lib" / "index.d.ts").write_text("export * as thing from './thing';\n")
    (pkg / "lib" / "thing" / "index.d.ts").write_text(
        """import * as cdktf from 'cdktf';
export * from './index-structs';
export interface ThingConfig extends cdktf.TerraformMetaArguments {
    /** docs */
    readonly name: string;
    readonly tags?: {
        [key: string]: string;
    };
    readonly part?: ThingPart[] | cdktf.IResolvable;
}
export declare class Thing extends cdktf.TerraformResource {
    static readonly tfResourceType = "x_thing";
    constructor(scope: Construct, id: string, config: ThingConfig);
    get arn(): string;
    private _name?;
    get name(): string;
    set name(value: string);
    protected get hidden(): string;
    static get nope(): string;
}
"""
    )
    (pkg / "lib" / "thing" / "index-structs" / "structs0.d.ts").write_text(
        """export interface ThingPart { readonly size?: number; }
export declare class ThingPartList extends cdktf.ComplexList { get size(): number; }
"""
    )
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))  # importable by the worker processes too
    builder = importlib.import_module("build_catalog")
    builder.build(pkg, tmp_path / "out")
    index = json.loads(gzip.decompress((tmp_path / "out" / "index.json.gz").read_bytes()))
    lines = gzip.decompress((tmp_path / "out" / "schema.jsonl.gz").read_bytes()).splitlines()
    assert lines == sorted(lines)
    schema = dict(json.loads(line) for line in lines)
    assert (index["package"], index["version"]) == ("@cdktf/provider-x", "1.2.3")
    thing = index["modules"]["thing"]
    assert thing["namespace"] == "thing"
    assert thing["classes"]["Thing"] == {
        "kind": "resource",
        "tf_type": "x_thing",
        "config": "ThingConfig",
        "attributes": ["arn", "name"],
    }
    assert thing["classes"]["ThingPartList"] == {"kind": "other"}
    assert sorted(thing["interfaces"]) == ["ThingConfig", "ThingPart"]
    assert schema["ThingConfig"] == {
        "meta": True,
        "properties": [
            ["name", "string", False],
            ["tags", "{ [key: string]: string }", True],
            ["part", "ThingPart[] | cdktf.IResolvable", True],
        ],
    }
    assert schema["ThingPart"] == {"meta": False, "properties": [["size", "number", True]]}
