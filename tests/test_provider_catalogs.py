"""Tests of the shipped catalogs of the providers other than aws (codemods/catalog/data/<short>/).

The facts asserted were read from the npm tarballs of the recorded releases.
"""

from __future__ import annotations

import gzip
import importlib
import json
import sys
from pathlib import Path

import pytest

from codemods.catalog import (
    AWS,
    PropertyInfo,
    find_class,
    known_packages,
    load_catalog,
    package_of_class,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "codemods" / "catalog" / "data"
VERSIONS = {
    "@cdktf/provider-archive": "11.0.1",
    "@cdktf/provider-local": "11.1.1",
    "@cdktf/provider-null": "11.0.1",
    "@cdktf/provider-random": "12.0.1",
    "@cdktf/provider-time": "11.0.1",
    "@cdktf/provider-tls": "11.0.1",
}


def test_known_packages():
    assert known_packages() == (AWS, *sorted(VERSIONS))


@pytest.mark.parametrize(("package", "version"), sorted(VERSIONS.items()))
def test_package_and_version(package, version):
    cat = load_catalog(package)
    assert (cat.package, cat.version) == (package, version)
    assert load_catalog(package) is cat
    assert "provider" in cat.modules()
    assert cat.import_path("provider") == f"{package}/lib/provider"


def test_default_is_still_aws():
    assert load_catalog() is load_catalog(AWS)
    assert load_catalog().version == "21.22.1"
    with pytest.raises(KeyError):
        load_catalog("@cdktf/provider-google")


def test_random():
    cat = load_catalog("@cdktf/provider-random")
    assert sorted(cat.modules()) == [
        "bytes", "id", "integer", "password", "pet", "provider", "shuffle", "string-resource", "uuid",
    ]
    info = cat.class_info("Id")
    assert (info.module, info.kind, info.tf_type, info.config_interface) == (
        "id", "resource", "random_id", "IdConfig",
    )
    assert cat.module_of_namespace("stringResource") == "string-resource"
    assert cat.class_info("StringResource").tf_type == "random_string"
    assert cat.class_info("RandomProvider").kind == "provider"
    props = cat.config_of_class("Id").properties  # schema of this package, not aws's
    assert props["byteLength"] == PropertyInfo("byteLength", "number", False)
    assert cat.config_of_class("Password").properties["length"].optional is False
    assert cat.class_info("Vpc") is None


def test_other_providers():
    tls = load_catalog("@cdktf/provider-tls")
    assert tls.class_info("PrivateKey").tf_type == "tls_private_key"
    assert tls.class_info("DataTlsCertificate").kind == "data"
    assert "algorithm" in tls.config_of_class("PrivateKey").properties
    assert load_catalog("@cdktf/provider-null").class_info("Resource").tf_type == "null_resource"
    assert load_catalog("@cdktf/provider-time").class_info("Sleep").tf_type == "time_sleep"
    local = load_catalog("@cdktf/provider-local")
    assert local.config_of_class("File").properties["filename"].optional is False
    archive = load_catalog("@cdktf/provider-archive")
    assert archive.class_info("DataArchiveFile").tf_type == "archive_file"


def test_package_of_class():
    assert package_of_class("Vpc") == [(AWS, "vpc")]
    assert package_of_class("Id") == [("@cdktf/provider-random", "id")]
    # the Terraform type spelled as a class, as models write it (also under provider-aws)
    assert package_of_class("RandomId") == [("@cdktf/provider-random", "id")]
    assert find_class("RandomId") == [("@cdktf/provider-random", "id", "Id")]
    assert find_class("RandomString") == [("@cdktf/provider-random", "string-resource", "StringResource")]
    assert find_class("NullResource") == [("@cdktf/provider-null", "resource", "Resource")]
    assert find_class("TimeSleep") == [("@cdktf/provider-time", "sleep", "Sleep")]
    assert find_class("TlsPrivateKey") == [("@cdktf/provider-tls", "private-key", "PrivateKey")]
    assert package_of_class("File") == [
        ("@cdktf/provider-archive", "file"),
        ("@cdktf/provider-local", "file"),
    ]
    assert package_of_class("LocalFile") == [("@cdktf/provider-local", "file")]
    assert package_of_class("NoSuchThing") == []


def test_data_is_package_data():
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert '"data/*/*.json.gz"' in pyproject
    for package in VERSIONS:
        short = package.removeprefix("@cdktf/provider-")
        index = json.loads(gzip.decompress((DATA / short / "index.json.gz").read_bytes()))
        assert index["package"] == package


def test_builder_writes_other_packages_to_their_folder(tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        builder = importlib.import_module("build_catalog")
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert builder.split_spec("@cdktf/provider-random@12.0.1") == ("@cdktf/provider-random", "12.0.1")
    assert builder.out_dir_of(AWS, tmp_path) == tmp_path
    assert builder.out_dir_of("@cdktf/provider-random", tmp_path) == tmp_path / "random"
    assert sorted(builder.OTHER_PACKAGES) == sorted(f"{p}@{v}" for p, v in VERSIONS.items())
    with pytest.raises(SystemExit):
        builder.split_spec("@cdktf/provider-random")
