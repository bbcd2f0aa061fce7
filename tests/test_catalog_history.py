"""Tests of codemods.catalog.history against the shipped @cdktf/provider-aws history, and of its builder.

The facts asserted were checked in the npm tarballs of the recorded releases
(e.g. ``lib/eip/index.d.ts`` of 20.1.0 has ``readonly vpc?``, 21.22.1 does not).
"""

from __future__ import annotations

import gzip
import importlib
import io
import json
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from codemods.catalog import load_catalog
from codemods.catalog.history import HistoricClass, History, load_history

ROOT = Path(__file__).resolve().parents[1]
LAST_RELEASES = {
    1: "1.0.131", 2: "2.0.13", 3: "3.0.1", 4: "4.0.18", 5: "5.0.52", 6: "6.0.6", 7: "7.0.68",
    8: "8.0.21", 9: "9.0.52", 10: "10.0.12", 11: "11.0.10", 12: "12.0.13", 13: "13.0.0",
    14: "14.0.4", 15: "15.0.0", 16: "16.0.9", 17: "17.0.11", 18: "18.2.0", 19: "19.65.1",
    20: "20.1.0", 21: "21.22.1",
}


@pytest.fixture(scope="module")
def hist():
    return load_history()


def test_history_is_not_loaded_at_import():
    code = (
        "import sys, codemods.catalog.history as h, codemods.catalog as c;"
        "c.load_catalog();"
        "assert h.load_history.cache_info().currsize == 0"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_versions(hist):
    assert hist.package == "@cdktf/provider-aws"
    assert hist.majors() == list(range(1, 22))
    assert {m: hist.version(m) for m in hist.majors()} == LAST_RELEASES
    assert hist.pinned == 21
    assert hist.version(22) is None
    assert load_history() is hist


def test_module_paths_by_layout(hist):
    # 1: one flat file per resource; 2: one file per service holding a namespace;
    # 3..9: one folder per service exported as a root namespace; 10..: one folder per resource
    assert hist.class_in("S3Bucket", 1) == HistoricClass(
        "S3Bucket", 1, "resource", "aws_s3_bucket", "S3BucketConfig", "s3-bucket", None
    )
    assert (hist.module_of_class("S3Bucket", 2), hist.class_in("S3Bucket", 2).namespace) == ("S3", "S3")
    assert (hist.module_of_class("S3Bucket", 5), hist.class_in("S3Bucket", 5).namespace) == ("s3", "s3")
    assert hist.class_in("S3Bucket", 10).namespace == "s3Bucket"
    assert hist.modules_of_class("S3Bucket") == {
        "s3-bucket": [1, *range(10, 22)],
        "S3": [2],
        "s3": list(range(3, 10)),
    }
    assert hist.modules_of_class("AwsProvider") == {
        "aws-provider": list(range(1, 10)),
        "provider": list(range(10, 22)),
    }
    assert hist.module_of_class("DbSecurityGroup", 5) == "rds"
    assert hist.module_of_class("DataAwsVpc", 7) == "vpc"
    assert hist.exists_module("s3", 9) and not hist.exists_module("s3", 10)
    assert hist.module_majors("s3") == list(range(3, 10))
    assert hist.namespace_of_module("s3", 4) == "s3"
    assert hist.namespace_of_module("S3", 2) is None  # root index: export * from './S3'
    assert hist.namespace_of_module("s3-bucket", 21) == "s3Bucket"
    assert {"S3Bucket", "S3BucketPolicy", "DataAwsS3Bucket"} <= set(hist.classes_of_module("s3", 5))
    assert hist.classes_of_module("s3", 10) == []
    assert "Vpc" in hist.classes_of_module("VPC", 2)
    moved = hist.successors_of_module("s3")
    assert moved["S3Bucket"] == "s3-bucket" and moved["DataAwsS3Bucket"] == "data-aws-s3-bucket"
    assert "DbSecurityGroup" not in hist.successors_of_module("rds")  # gone in 16
    assert hist.successors_of_module("rds")["DbInstance"] == "db-instance"
    assert hist.successors_of_module("nope") == {}


def test_pinned_major_matches_the_catalog(hist):
    cat = load_catalog()
    assert hist.modules(21) == sorted(cat.modules())
    constructs = [
        n for k in ("resource", "data", "provider") for n in hist.classes(21, kind=k)
    ]
    assert sorted(constructs) == sorted(
        n for m in cat.modules() for n in cat.classes_of_module(m)
        if cat.class_info(n).module == m and cat.class_info(n).kind != "other"
    )
    for name in ("Vpc", "S3BucketVersioningA", "DataAwsVpc", "AwsProvider"):
        info, old = cat.class_info(name), hist.class_in(name, 21)
        assert (old.module, old.kind, old.tf_type, old.config_interface) == (
            info.module, info.kind, info.tf_type, info.config_interface,
        )
    assert hist.properties("Vpc", 21) == sorted(cat.config_of_class("Vpc").properties)


def test_existence_over_majors(hist):
    assert hist.class_majors("S3Object") == list(range(6, 22))  # aws_s3_object: provider v4
    assert hist.class_majors("S3BucketVersioningA")[0] == 5
    assert not hist.exists_class("S3Object", 5) and hist.exists_class("S3Object", 6)
    # never a resource class: a ComplexComputedList of s3-bucket in major 6 only
    assert hist.class_in("S3BucketVersioning", 6).kind == "other"
    assert hist.class_majors("S3BucketVersioning") == [6]
    assert hist.class_majors("NoSuchClass") == []
    assert hist.classes_of_tf_type("aws_vpc", 21) == ["DataAwsVpc", "Vpc"]
    assert hist.classes_of_tf_type("aws_vpc", 21, kind="resource") == ["Vpc"]
    assert hist.classes_of_tf_type("aws_s3_object", 5) == []
    assert "Vpc" in hist.classes(1, kind="resource")
    assert "S3Object" not in hist.classes(5)


def test_removed(hist):
    # provider v5 (package 16) dropped the EC2-Classic security groups, v6 (21) OpsWorks
    assert hist.class_majors("DbSecurityGroup") == list(range(1, 16))
    assert hist.removed("DbSecurityGroup") == 16
    assert hist.renamed_class("DbSecurityGroup") is None
    assert hist.removed("OpsworksApplication") == 21
    assert hist.removed("Vpc") is None
    assert hist.removed("NoSuchClass") is None
    # aws_eip lost the vpc argument in provider v6 (package 21)
    assert "vpc" in hist.properties("Eip", 20)
    assert "vpc" not in hist.properties("Eip", 21)
    assert hist.property_majors("Eip", "vpc")[-1] == 20
    assert hist.removed("Eip", "vpc") == 21
    assert hist.removed("Instance", "cpuCoreCount") == 21
    assert hist.removed("Eip", "domain") is None
    assert hist.properties("DbSecurityGroup", 16) is None
    assert hist.properties("Vpc", 1) and "cidrBlock" in hist.properties("Vpc", 1)


def test_renames(hist):
    # same class, config interface renamed in 16 (the old name became a wafv2-web-acl struct)
    cls = "Wafv2WebAclAssociation"
    assert hist.class_in(cls, 15).config_interface == "Wafv2WebAclAssociationConfig"
    assert hist.class_in(cls, 16).config_interface == "Wafv2WebAclAssociationConfigA"
    assert hist.renamed_interface("Wafv2WebAclAssociationConfig") == "Wafv2WebAclAssociationConfigA"
    assert hist.properties(cls, 15) == hist.properties(cls, 16)
    assert hist.renamed_interface("VpcConfig") is None
    assert hist.renames() == {
        "Wafv2WebAclAssociationConfig": (16, "Wafv2WebAclAssociationConfigA")
    }
    # resource and data classes kept their names across all majors
    assert hist.renamed_class("S3Bucket") is None
    assert hist.renamed_class("NoSuchClass") is None


def _synthetic(renames=None) -> History:
    return History({
        "package": "p",
        "versions": {"1": "1.0.0", "2": "2.0.0", "3": "3.0.0"},
        "classes": {
            "Old": [[1, 1, "resource", "x_thing", "OldConfig", "old", None]],
            "Mid": [[2, 2, "resource", "x_thing", "MidConfig", "mid", "mid"]],
            "New": [[3, 3, "resource", "x_thing", "NewConfig", "new", "new"]],
        },
        "structs": {"classes": {"NewList": "1-3:new:"}, "interfaces": {"NewConfig": "3-3:new"}},
        "properties": {"NewConfig": {"a": [[3, 3]]}},
        "modules": {"new": [[3, 3, "new"]]},
        "renames": renames or {"classes": {"Old": [2, "Mid"], "Mid": [3, "New"]}, "interfaces": {}},
    })


def test_rename_chains_end_in_the_pinned_major():
    h = _synthetic()
    assert h.renamed_class("Old") == "New"
    assert h.renamed_class("Mid") == "New"
    assert h.renamed_class("New") is None
    assert h.removed("Old") == 2
    assert h.class_in("NewList", 2) == HistoricClass("NewList", 2, "other", None, None, "new", None)
    assert h.interface_majors("NewConfig") == [3]
    assert h.classes(3) == ["New", "NewList"] and h.classes(3, kind="other") == ["NewList"]
    loop = _synthetic({"classes": {"Old": [2, "Mid"], "Mid": [3, "Old"]}, "interfaces": {}})
    assert loop.renamed_class("Old") is None


@pytest.mark.parametrize("name", ["aws-history.json.gz", "aws-history-structs.json.gz"])
def test_data_file_is_small_and_deterministic(name):
    raw = (ROOT / "codemods" / "catalog" / "data" / name).read_bytes()
    assert len(raw) < 3_000_000
    assert raw[4:8] == b"\0\0\0\0"  # gzip mtime 0
    data = json.loads(gzip.decompress(raw))
    assert json.dumps(data, separators=(",", ":"), sort_keys=True).encode() == gzip.decompress(raw)


def test_structs_are_read_only_when_asked():
    code = (
        "from codemods.catalog.history import History, _read, HISTORY_FILE;"
        "h = History(_read(HISTORY_FILE));"
        "assert h.properties('Vpc', 3) and h.module_of_class('Vpc', 3) == 'vpc';"
        "assert h.removed('DbSecurityGroup') == 16 and h.classes(5, kind='resource');"
        "assert 'Vpc' in h.classes_of_tf_type('aws_vpc', 4);"
        "assert '_structs' not in vars(h);"
        "assert h.exists_class('SecurityGroupIngressList', 21) and '_structs' in vars(h)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


@pytest.fixture(scope="module")
def builder():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        yield importlib.import_module("build_aws_history")
    finally:
        sys.path.remove(str(ROOT / "scripts"))


def test_builder_releases(builder):
    assert builder.RELEASES == LAST_RELEASES


def _tarball(path: Path, files: dict[str, str]) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for name, text in {**files, "package/README.md": "x"}.items():
            data = text.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


GROUPED = {  # like major 2: a file per service, a namespace inside, no tfResourceType value
    "package/lib/index.d.ts": "export * from './S3';\nexport * from './flat-thing';\n",
    "package/lib/S3.d.ts": """
export declare namespace S3 {
    interface S3BucketConfig extends cdktf.TerraformMetaArguments {
        readonly bucket?: string;
        readonly "quoted"?: string;
    }
    /** Represents a {@link https://www.terraform.io/docs/providers/aws/r/s3_bucket.html aws_s3_bucket}. */
    class S3Bucket extends cdktf.TerraformResource {
        static readonly tfResourceType: string;
        constructor(scope: Construct, id: string, config?: S3BucketConfig);
    }
    class S3BucketThingOutputReference extends cdktf.ComplexObject {
    }
}
""",
    "package/lib/flat-thing.d.ts": """
export interface FlatThingConfig extends cdktf.TerraformMetaArguments {
    readonly name: string;
}
/** Represents a {@link https://www.terraform.io/docs/providers/aws/d/flat_thing.html aws_flat_thing}. */
export declare class DataAwsFlatThing extends cdktf.TerraformDataSource {
    constructor(scope: Construct, id: string, config: FlatThingConfig);
}
""",
}
SPLIT = {  # like major 10+: a folder per resource, root namespaces, a structs subfolder
    "package/lib/index.d.ts": "export * as s3Bucket from './s3-bucket';\n",
    "package/lib/s3-bucket/index.d.ts": """
export * from './index-structs';
export interface S3BucketAConfig extends cdktf.TerraformMetaArguments {
    readonly bucket?: string;
}
export declare class S3BucketA extends cdktf.TerraformResource {
    static readonly tfResourceType = "aws_s3_bucket";
    constructor(scope: Construct, id: string, config?: S3BucketAConfig);
}
""",
    "package/lib/s3-bucket/index-structs/index.d.ts": "export * from './structs0';\n",
    "package/lib/s3-bucket/index-structs/structs0.d.ts": "export interface S3BucketGrant {\n    readonly id?: string;\n}\n",
    "package/lib/lazy-index.d.ts": "export declare class NotExported {\n}\n",
}


def test_builder_on_tiny_packages(tmp_path, builder, monkeypatch):
    cache = tmp_path / "cache"
    cache.mkdir()
    _tarball(cache / "cdktf-provider-aws-1.0.0.tgz", GROUPED)
    _tarball(cache / "cdktf-provider-aws-2.0.0.tgz", SPLIT)
    monkeypatch.setattr(builder, "RELEASES", {1: "1.0.0", 2: "2.0.0"})
    path = builder.build(cache, tmp_path / "out")
    first = path.read_bytes()
    structs = json.loads(gzip.decompress((tmp_path / "out" / builder.STRUCTS_NAME).read_bytes()))
    assert structs["classes"] == {"S3BucketThingOutputReference": "1-1:S3:S3"}
    assert structs["interfaces"]["S3BucketGrant"] == "2-2:s3-bucket"
    h = History({**json.loads(gzip.decompress(first)), "structs": structs})
    assert h.majors() == [1, 2]
    assert h.class_in("S3Bucket", 1) == HistoricClass(
        "S3Bucket", 1, "resource", "aws_s3_bucket", "S3BucketConfig", "S3", "S3"
    )
    assert h.class_in("DataAwsFlatThing", 1).tf_type == "aws_flat_thing"
    assert h.class_in("DataAwsFlatThing", 1).namespace is None
    assert h.class_in("S3BucketThingOutputReference", 1).kind == "other"
    assert h.properties("S3Bucket", 1) == ["bucket", "quoted"]
    assert h.properties("DataAwsFlatThing", 1) == ["name"]
    assert h.class_in("S3BucketA", 2) == HistoricClass(
        "S3BucketA", 2, "resource", "aws_s3_bucket", "S3BucketAConfig", "s3-bucket", "s3Bucket"
    )
    assert h.exists_interface("S3BucketGrant", 2)  # found through export * from './index-structs'
    assert h.interface_properties("S3BucketGrant", 2) is None  # structs carry no properties
    assert not h.exists_class("NotExported", 2)
    assert h.modules(1) == ["S3", "flat-thing"] and h.modules(2) == ["s3-bucket"]
    assert h.renamed_class("S3Bucket") == "S3BucketA"
    assert h.removed("S3Bucket") == 2
    assert h.removed("S3Bucket", "bucket") == 2
    assert h.removed("S3BucketA", "bucket") is None
    assert builder.build(cache, tmp_path / "again").read_bytes() == first
