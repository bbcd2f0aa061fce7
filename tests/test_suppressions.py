"""`// codemod-ignore` comments: per line, per transform, per file; unused ones are reported."""
from __future__ import annotations

from codemods.api import fix_text, make_config
from codemods.core import languages
from codemods.core.edits import Finding
from codemods.core.engine import RunConfig
from codemods.core.source import SourceFile
from codemods.core.suppressions import UNUSED, Suppressions
from codemods.selection import select_transforms

HEADER = """import { Construct } from "constructs";
import { TerraformStack, S3Backend } from "cdktf";
import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";

export class Data extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new S3Backend(this, { bucket: "state", key: "data.tfstate", region: "eu-west-1" });
"""
FOOTER = """  }
}
"""
DATABASE = ('    new DbInstance(this, "db", { engine: "postgres", instanceClass: "db.t3.micro", '
            'kmsKeyId: "alias/aws/rds", port: "5432" });')
CLEAN_LINE = '    const name = "reports";'
#: The transforms these tests exercise (both fire on DATABASE): a new transform must not change them.
EXERCISED = ("kms-key-arn", "scalar-types")


def stack(*lines: str) -> str:
    return HEADER + "".join(line + "\n" for line in lines) + FOOTER


def world(select: tuple[str, ...] = ()) -> RunConfig:
    """A run of ``select`` (else of every exercised transform) in a registry of the exercised
    transforms only: a bare ``codemod-ignore`` is judged when all of them ran, whatever else is
    registered."""
    return RunConfig(select_transforms(select or EXERCISED), registry=select_transforms(EXERCISED))


def check(text: str, select: tuple[str, ...]):
    """Findings of a check by line, of ``select`` (else the transforms these tests exercise)."""
    remaining = fix_text(text, "stack.ts", world(select), fix=False).remaining
    return sorted(remaining, key=lambda d: (d.line, d.transform))


def findings(text: str, *select: str) -> list[tuple[int, str]]:
    return [(d.line, d.transform) for d in check(text, select)]


def messages(text: str, *select: str) -> list[str]:
    return [f"{d.line}: {d.message}" for d in check(text, select) if d.transform == UNUSED]


def test_both_transforms_fire_without_a_comment():
    assert findings(stack(DATABASE)) == [(9, "kms-key-arn"), (9, "scalar-types")]


def test_one_transform_suppressed_the_other_kept_on_the_same_line():
    text = stack("    // codemod-ignore: kms-key-arn", DATABASE)
    assert findings(text) == [(10, "scalar-types")]
    fixed = fix_text(text, "stack.ts", make_config(EXERCISED)).fixed.decode()
    assert 'kmsKeyId: "alias/aws/rds"' in fixed
    assert "port: 5432" in fixed


def test_a_trailing_comment_covers_its_own_line():
    text = stack(DATABASE + "  // codemod-ignore: scalar-types -- the module casts it")
    assert findings(text) == [(9, "kms-key-arn")]


def test_a_bare_comment_covers_every_transform_on_the_next_line_only():
    assert findings(stack("    // codemod-ignore", DATABASE)) == []
    assert findings(stack("    // codemod-ignore", CLEAN_LINE, DATABASE)) == [
        (9, UNUSED), (11, "kms-key-arn"), (11, "scalar-types")]


def test_block_comments_and_several_ids():
    text = stack("    /* codemod-ignore: scalar-types, kms-key-arn */", DATABASE)
    assert findings(text) == []


def test_file_level_suppression_at_the_top():
    text = "// Data stack.\n// codemod-ignore-file: scalar-types\n" + stack(DATABASE)
    assert findings(text) == [(11, "kms-key-arn")]


def test_a_file_level_suppression_below_code_has_no_effect_and_is_reported():
    text = stack("    // codemod-ignore-file: scalar-types", DATABASE)
    assert findings(text) == [(9, UNUSED), (10, "kms-key-arn"), (10, "scalar-types")]
    assert messages(text) == [
        "9: `codemod-ignore-file: scalar-types` has no effect: a file-level suppression must be among "
        "the comments at the top of the file"]


def test_the_directive_in_a_string_is_not_a_comment():
    text = stack('    const note = "// codemod-ignore";', DATABASE)
    assert findings(text) == [(10, "kms-key-arn"), (10, "scalar-types")]


def test_unused_suppressions_are_reported_for_the_transforms_that_ran():
    text = stack("    // codemod-ignore: scalar-types, instance-lifecycle-typo", CLEAN_LINE,
                 "    // codemod-ignore: kms-key-arn, scalar-types", DATABASE)
    assert messages(text) == [
        "9: `codemod-ignore: instance-lifecycle-typo, scalar-types` names an unknown transform id: "
        "instance-lifecycle-typo",
        "9: `codemod-ignore: instance-lifecycle-typo, scalar-types` suppresses nothing: no scalar-types "
        "finding on line 10",
    ]


def test_suppressions_for_transforms_that_did_not_run_are_not_judged():
    text = stack("    // codemod-ignore: kms-key-arn", CLEAN_LINE, "    // codemod-ignore", CLEAN_LINE)
    assert messages(text, "scalar-types") == []
    assert messages(text) == [
        "9: `codemod-ignore: kms-key-arn` suppresses nothing: no kms-key-arn finding on line 10",
        "11: `codemod-ignore` suppresses nothing: no finding on line 12",
    ]


def test_fix_mode_keeps_the_suppression_across_passes():
    text = ("import * as aws from \"@cdktf/provider-aws\";\n" + HEADER.split("\n", 3)[3]
            + "    // codemod-ignore: kms-key-arn\n"
            + DATABASE.replace("new DbInstance", "new aws.dbInstance.DbInstance") + "\n" + FOOTER)
    result = fix_text(text, "stack.ts", make_config(("split-provider-imports", *EXERCISED)))
    fixed = result.fixed.decode()
    assert "new DbInstance(" in fixed and "port: 5432" in fixed
    assert 'kmsKeyId: "alias/aws/rds"' in fixed


def test_python_comments():
    text = (b"# codemod-ignore-file: scalar-types\n"
            b"import os\n"
            b"# codemod-ignore: kms-key-arn\n"
            b"value = 1\n"
            b"other = 2  # codemod-ignore\n"
            b"s = '# codemod-ignore'\n"
            b"last = 3\n")
    source = SourceFile.from_bytes("stack.py", text)
    tree, _ = languages.try_parse("python", text)
    marks = Suppressions.of(source, tree)

    def at(line: int, transform: str) -> Finding:
        start = sum(len(l) for l in text.splitlines(keepends=True)[: line - 1])
        return Finding(transform, "m", start, start + 1)

    candidates = [at(4, "kms-key-arn"), at(4, "other"), at(5, "any"), at(6, "kms-key-arn"),
                  at(7, "scalar-types"), at(7, "kms-key-arn")]
    kept = marks.screen(candidates)
    assert [(f.transform, text[: f.start].count(b"\n") + 1) for f in kept] == [
        ("other", 4), ("kms-key-arn", 6), ("kms-key-arn", 7)]
