"""Python files in the engine: skipping, the syntax guard, BOM and CRLF, suppressions, shared options."""
from __future__ import annotations

from codemods.api import fix_text, make_config
from codemods.core.edits import Edit
from codemods.core.engine import RunConfig, Status
from codemods.core.transform import Transform
from codemods.python import syntax as py

VERSIONING = (b'from cdktf_cdktf_provider_aws.s3_bucket_versioning import S3BucketVersioning\n'
              b'S3BucketVersioning(self, "v", bucket="b", versioning_configuration={"status": "Enabled"})\n')
LOCKED = (b'from cdktf import S3Backend\n\n\nclass Stack:\n    def __init__(self, scope, name):\n'
          b'        S3Backend(self, bucket="s", key="k", region="us-east-1")\n'
          b'        self.add_override("terraform.backend.s3.use_lockfile", True)\n')


def test_a_file_that_does_not_parse_is_skipped():
    result = fix_text(VERSIONING + b"def broken(:\n", "stack.py", make_config(select=["split-provider-imports-py"]))
    assert result.status is Status.SKIPPED and result.reason == "does not parse"


def test_bom_and_crlf_survive_a_fix():
    source = b"\xef\xbb\xbf" + VERSIONING.replace(b"\n", b"\r\n")
    result = fix_text(source, "stack.py", make_config(select=["provider-imports-py"]))
    assert result.fixed.startswith(b"\xef\xbb\xbf")
    assert result.fixed.count(b"\r\n") == 2 and b"S3BucketVersioningA(self" in result.fixed


def test_python_transforms_leave_typescript_alone():
    result = fix_text(b'import { S3BucketVersioning } from "@cdktf/provider-aws/lib/s3-bucket-versioning";\n',
                      "stack.ts", make_config(select=["provider-imports-py"]))
    assert result.status is Status.UNCHANGED


def test_a_suppression_comment_keeps_the_line():
    source = VERSIONING.replace(b"S3BucketVersioning\n", b"S3BucketVersioning  # codemod-ignore: provider-imports-py\n", 1)
    assert fix_text(source, "stack.py", make_config(select=["provider-imports-py"])).fixed == source


class _Breaks(Transform):
    id = "breaks-python"
    name = "Breaks Python"
    summary = "Proposes an edit that does not parse."
    languages = ("python",)

    def check(self, ctx):
        idx = py.index(ctx.tree)
        call = idx.calls[0]
        yield ctx.finding("break it", idx.span(call.node), [Edit(idx.start(call.node), idx.start(call.node), "(")])


def test_the_syntax_guard_drops_a_fix_that_does_not_parse():
    result = fix_text(VERSIONING, "stack.py", RunConfig([_Breaks()]))
    assert result.fixed == VERSIONING
    assert [d.message for d in result.dropped] == ["break it"]


def test_state_locking_py_follows_the_terraform_version_of_state_locking():
    old = make_config(select=["state-locking-py"], options={"state-locking": {"terraform_version": "1.9"}})
    assert b"use_lockfile" not in fix_text(LOCKED, "stack.py", old).fixed
    own = make_config(select=["state-locking-py"], options={"state-locking": {"terraform_version": "1.9"},
                                                            "state-locking-py": {"terraform_version": "1.11"}})
    assert fix_text(LOCKED, "stack.py", own).fixed == LOCKED
