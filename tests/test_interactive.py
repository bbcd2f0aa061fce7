"""Interactive review: one hunk per fix, answered y/n/all/quit by an injected function."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from codemods.api import fix_text, make_config
from codemods.cli import app
from codemods.core.project import Project
from codemods.review.interactive import Answer, Proposal, Review, review_paths

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "web-stack"
STACK = EXAMPLE / "lib" / "web-stack.ts"
#: The transforms that fix the example, in the order their fixes are asked; the tests run these only.
IN_ORDER = ["split-provider-imports", "state-locking", "all-protocol-ports", "kms-key-arn"]


class Reviewer:
    """Answers from a script (by transform id, else the default) and remembers what was asked."""

    def __init__(self, answers: dict[str, Answer] | None = None, default: Answer = Answer.YES) -> None:
        self.answers = answers or {}
        self.default = default
        self.asked: list[Proposal] = []

    def __call__(self, proposal: Proposal) -> Answer:
        self.asked.append(proposal)
        return self.answers.get(proposal.diagnostic.transform, self.default)

    @property
    def transforms(self) -> list[str]:
        return [p.diagnostic.transform for p in self.asked]


def review(reviewer: Reviewer, raw: bytes | None = None):
    raw = raw if raw is not None else STACK.read_bytes()
    return Review(make_config(IN_ORDER), reviewer).file("lib/web-stack.ts", raw, Project(texts={"lib/web-stack.ts": raw}))


def full_fix(raw: bytes | None = None, **kwargs) -> bytes:
    raw = raw if raw is not None else STACK.read_bytes()
    return fix_text(raw, "lib/web-stack.ts", make_config(IN_ORDER, **kwargs)).fixed


def test_every_fix_is_asked_once_top_to_bottom_and_yes_to_all_is_the_full_fix():
    reviewer = Reviewer()
    result = review(reviewer)
    assert reviewer.transforms == IN_ORDER
    assert result.fixed == full_fix()


def test_each_hunk_is_the_diff_of_that_fix_alone():
    reviewer = Reviewer()
    review(reviewer)
    state_locking = reviewer.asked[1].hunk
    assert state_locking.startswith("--- a/lib/web-stack.ts\n+++ b/lib/web-stack.ts\n")
    changed = [l for l in state_locking.splitlines()[2:] if l[:1] in "+-" and l]
    assert changed == ['+    this.addOverride("terraform.backend.s3.use_lockfile", true);']


def test_a_declined_fix_leaves_its_bytes_and_is_not_asked_again():
    reviewer = Reviewer({"state-locking": Answer.NO})
    result = review(reviewer)
    assert reviewer.transforms == IN_ORDER  # kms-key-arn's edit above it moved it; still not re-asked
    assert result.fixed == full_fix(ignore=["state-locking"])
    assert [d.transform for d in result.remaining] == ["state-locking"]
    assert [d.transform for d in result.applied] == [t for t in IN_ORDER if t != "state-locking"]


def test_no_to_everything_changes_nothing():
    result = review(Reviewer(default=Answer.NO))
    assert result.fixed == result.original
    assert not result.changed


def test_all_accepts_the_rest_without_asking():
    reviewer = Reviewer({"state-locking": Answer.ALL}, default=Answer.NO)
    result = review(reviewer)
    assert reviewer.transforms == ["split-provider-imports", "state-locking"]
    assert result.fixed == full_fix(ignore=["split-provider-imports"])


def test_quit_keeps_what_was_accepted_and_asks_nothing_more(tmp_path):
    for name in ("a.ts", "b.ts"):
        shutil.copy(STACK, tmp_path / name)
    reviewer = Reviewer({"all-protocol-ports": Answer.QUIT})
    results = review_paths([tmp_path], make_config(IN_ORDER), reviewer)
    assert reviewer.transforms == IN_ORDER[:3]
    assert len(results) == 1
    fixed = results[0].fixed.decode()
    assert "use_lockfile" in fixed and 'protocol: "-1"' in fixed and "alias/aws/logs" in fixed


def test_safe_only_is_respected():
    reviewer = Reviewer()
    review_config = make_config(IN_ORDER, safe_only=True)
    raw = STACK.read_bytes()
    Review(review_config, reviewer).file("lib/web-stack.ts", raw, Project(texts={"lib/web-stack.ts": raw}))
    assert reviewer.transforms == ["split-provider-imports", "state-locking"]


@pytest.fixture
def project(tmp_path, monkeypatch):
    shutil.copytree(EXAMPLE, tmp_path / "project")
    monkeypatch.chdir(tmp_path / "project")
    return tmp_path / "project"


def test_apply_interactive_from_the_command_line(project):
    result = CliRunner().invoke(app, ["apply", "-i", "--select", ",".join(IN_ORDER), "lib"], input="n\ny\nn\nq\n")
    assert result.exit_code == 0, result.output
    assert result.output.count("Apply this fix?") == 4
    text = (project / "lib" / "web-stack.ts").read_text()
    assert "import * as aws" in text
    assert "use_lockfile" in text
    assert "alias/aws/logs" in text


def test_interactive_refuses_stdin(project):
    result = CliRunner().invoke(app, ["apply", "-i", "-"])
    assert result.exit_code == 2 and "cannot read stdin" in result.output
