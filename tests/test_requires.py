"""A transform's ``requires`` byte strings let the engine skip files that cannot match."""
from codemods.core.engine import RunConfig, fix_file
from codemods.core.transform import Transform


class _Counting(Transform):
    id, name, summary = "counting", "counting", "reports every file it is asked about"
    requires = (b"kmsKeyId",)

    def __init__(self):
        self.calls = 0

    def check(self, ctx):
        self.calls += 1
        yield ctx.finding("seen", (0, 0))


def test_a_file_without_any_required_string_is_not_checked():
    transform = _Counting()
    result = fix_file("a.ts", b"const x = 1;\n", RunConfig([transform]), fix=False)
    assert transform.calls == 0 and not result.remaining


def test_a_file_with_one_is_checked():
    transform = _Counting()
    result = fix_file("a.ts", b"const k = { kmsKeyId: 'x' };\n", RunConfig([transform]), fix=False)
    assert transform.calls == 1 and [d.message for d in result.remaining] == ["seen"]
