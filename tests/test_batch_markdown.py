"""Finding, naming and splicing the code blocks of Markdown responses."""
from __future__ import annotations

import pytest

from codemods.batch.markdown import (
    DRAFT,
    EXCERPT,
    FILE,
    SUPERSEDED,
    TRUNCATED,
    blocks,
    fences,
    splice,
)

STACK = b'import { TerraformStack } from "cdktf";\nexport class Shop extends TerraformStack {}\n'
ENTRY = b'import { App } from "cdktf";\nconst app = new App();\napp.synth();\n'


def fence(code: bytes, info: bytes = b"ts", marker: bytes = b"```", indent: bytes = b"") -> bytes:
    body = b"".join(indent + line if line.strip() else line for line in code.splitlines(keepends=True))
    return indent + marker + info + b"\n" + body + indent + marker + b"\n"


def named(document: bytes) -> list[tuple[str, str, str]]:
    return [(b.path, b.named_by, b.state) for b in blocks(document)]


@pytest.mark.parametrize("info", [b"ts", b"typescript", b"TypeScript", b"tsx", b"ts {1,3}"])
def test_typescript_fence_spellings(info):
    found = blocks(fence(STACK, info))
    assert [b.code for b in found] == [STACK]
    assert found[0].language == ("tsx" if info == b"tsx" else "typescript")


def test_python_blocks_are_found_and_named_as_python_files():
    code = b"from cdktf import App\n"
    found = blocks(b"## File: lib/shop_stack.py\n" + fence(code, b"python") + fence(code, b"py"))
    assert [(b.path, b.language) for b in found] == [("lib/shop_stack.py", "python"), ("lib/block2.py", "python")]


def test_other_languages_and_bare_fences_are_not_code_to_fix():
    document = fence(b"npm install\n", b"bash") + fence(b"{}\n", b"json") + fence(b"lib/\n", b"") + fence(STACK)
    assert [b.code for b in blocks(document)] == [STACK]
    assert len(fences(document)) == 4


def test_tilde_fences_and_longer_fences_hold_shorter_ones():
    inner = b"const s = `\n```\n`;\n"
    document = fence(STACK, b"typescript", b"~~~") + fence(inner, b"ts", b"````")
    assert [b.code for b in blocks(document)] == [STACK, inner]


@pytest.mark.parametrize("label, expected", [
    (b"## lib/tap-stack.ts\n\n", "lib/tap-stack.ts"),
    (b"**modules.ts**\n", "lib/modules.ts"),
    (b"### File: lib/net/vpc.ts\n", "lib/net/vpc.ts"),
    (b"### `lib/queue.ts`\n\n", "lib/queue.ts"),
    (b"## 2. The storage module (storage.ts)\n", "lib/storage.ts"),
    (b"## lib/db.ts\n\nThis file holds the database.\n\n", "lib/db.ts"),
    (b"Put this in `./lib/alarms.ts`:\n", "lib/alarms.ts"),
    (b"## ../../etc/x.ts\n", "etc/x.ts"),
])
def test_a_label_above_the_block_names_it(label, expected):
    assert named(label + fence(STACK)) == [(expected, "heading", FILE)]


def test_prose_far_above_or_a_heading_without_a_path_names_nothing():
    document = b"See `lib/old.ts` for the idea.\n\n## The stack\n\n" + fence(STACK)
    assert named(document) == [("lib/block1.ts", "generated", FILE)]


def test_a_label_is_not_taken_from_inside_the_previous_block():
    first = b"// see lib/first.ts\n" + STACK
    assert named(fence(first) + fence(STACK))[1] == ("lib/block2.ts", "generated", FILE)


def test_first_line_comment_names_the_block_and_extends_a_bare_heading():
    commented = b"// lib/stacks/shop.ts\n" + STACK
    assert named(fence(commented)) == [("lib/stacks/shop.ts", "comment", FILE)]
    assert named(b"**shop.ts**\n" + fence(commented)) == [("lib/stacks/shop.ts", "comment", FILE)]
    other = b"// lib/stacks/other.ts\n" + STACK
    assert named(b"## lib/shop.ts\n" + fence(other)) == [("lib/shop.ts", "heading", FILE)]


def test_a_path_in_the_info_string_wins():
    assert named(b"## lib/a.ts\n" + fence(STACK, b'ts title="lib/b.ts"')) == [("lib/b.ts", "info", FILE)]


def test_a_label_for_another_language_is_ignored():
    assert named(b"## lib/shop.py\n" + fence(STACK)) == [("lib/block1.ts", "generated", FILE)]


@pytest.mark.parametrize("imports, folder", [
    (b"", "bin/"),
    (b'import { Shop } from "../lib/shop";\n', "bin/"),
    (b'import { Shop } from "./lib/shop";\n', ""),
    (b'import { Shop } from "./shop";\n', "lib/"),
])
def test_an_entry_point_goes_where_its_imports_resolve(imports, folder):
    document = b"## lib/shop.ts\n" + fence(STACK) + b"## main.ts\n" + fence(imports + ENTRY)
    assert [b.path for b in blocks(document)] == ["lib/shop.ts", f"{folder}main.ts"]


def test_a_bare_main_without_synth_is_a_library_file():
    assert [b.path for b in blocks(b"## main.ts\n" + fence(STACK))] == ["lib/main.ts"]


def test_blocks_before_the_answer_heading_are_drafts():
    document = (b"Thinking\n## lib/shop.ts\n" + fence(b"// draft\n" + STACK) + b"### Answer \n\n## lib/shop.ts\n"
                + fence(STACK))
    assert named(document) == [("lib/shop.ts", "heading", DRAFT), ("lib/shop.ts", "heading", FILE)]


def test_an_answer_heading_inside_a_code_block_does_not_count():
    document = fence(b"# Answer\nx = 1\n", b"python") + b"## lib/shop.ts\n" + fence(STACK)
    assert [b.state for b in blocks(document)] == [FILE, FILE]


def test_a_repeated_file_keeps_the_last_block():
    document = b"## lib/shop.ts\n" + fence(b"// v1\n" + STACK) + b"## lib/shop.ts\n" + fence(STACK)
    assert [b.state for b in blocks(document)] == [SUPERSEDED, FILE]


def test_a_later_snippet_naming_a_file_is_an_excerpt_of_it():
    document = (b"## lib/shop.ts\n" + fence(STACK) + b"Change the name in `lib/shop.ts`:\n" + fence(b"const n = 2;\n")
                + b"## lib/util.ts\n" + fence(b"const a = 1;\n") + b"## lib/util.ts\n" + fence(b"const a = 2;\n"))
    assert [b.state for b in blocks(document)] == [FILE, EXCERPT, SUPERSEDED, FILE]


def test_fences_nested_in_a_markdown_block_stay_inside_it():
    readme = b"# Read me\n```bash\nnpm test\n```\nEdit `lib/shop.ts`:\n```typescript\nconst x = 1;\n```\n"
    document = b"## README.md\n" + fence(readme, b"markdown") + b"## lib/shop.ts\n" + fence(STACK)
    assert [(f.info, f.closed) for f in fences(document)] == [("markdown", True), ("ts", True)]
    assert named(document) == [("lib/shop.ts", "heading", FILE)]


def test_an_unclosed_last_fence_is_truncated():
    document = b"## lib/shop.ts\n" + fence(STACK) + b"## lib/cut.ts\n```ts\nexport const x = {\n  a: "
    found = blocks(document)
    assert [(b.path, b.state) for b in found] == [("lib/shop.ts", FILE), ("lib/cut.ts", TRUNCATED)]
    assert found[1].code == b"export const x = {\n  a: "


def test_a_closing_fence_needs_the_same_character_and_no_info():
    document = b"```ts\nconst a = 1;\n~~~\n```js\n```\n"
    assert [b.code for b in blocks(document)] == [b"const a = 1;\n~~~\n```js\n"]


def test_splice_changes_only_the_code_bytes():
    document = b"# Shop\r\n\r\nIntro text.\n## lib/shop.ts\n" + fence(STACK) + b"\nOutro  \n" + fence(ENTRY) + b"end"
    found = blocks(document)
    fixed = STACK.replace(b"Shop", b"Store")
    out = splice(document, {found[0].index: fixed, found[1].index: found[1].code}, found)
    assert out == document.replace(STACK, fixed)
    assert splice(document, {}, found) == document


def test_splice_keeps_crlf_code_as_the_engine_wrote_it():
    crlf = STACK.replace(b"\n", b"\r\n")
    document = b"## lib/shop.ts\r\n```typescript\r\n" + crlf + b"```\r\nDone.\r\n"
    found = blocks(document)
    assert found[0].code == crlf
    fixed = crlf + b"export const extra = 1;\r\n"
    assert splice(document, {1: fixed}, found) == document.replace(crlf, fixed)


def test_indented_fences_lose_and_regain_their_indentation():
    code = b"const a = 1;\n\n  const b = 2;\n"
    document = b"1. Write this:\n" + fence(code, b"ts", indent=b"   ") + b"2. Done\n"
    found = blocks(document)
    assert found[0].code == code
    fixed = b"const a = 1;\n\n  const b = 3;\nconst c = 4;\n"
    out = splice(document, {1: fixed}, found)
    assert out == b"1. Write this:\n   ```ts\n   const a = 1;\n\n     const b = 3;\n   const c = 4;\n   ```\n2. Done\n"


def test_indented_fence_lines_with_less_indentation_survive_a_splice_untouched():
    document = b"   ```ts\n   const a = 1;\n const odd = 2;\n   ```\n"
    found = blocks(document)
    assert found[0].code == b"const a = 1;\nconst odd = 2;\n"
    out = splice(document, {1: b"const a = 1;\nconst odd = 2;\nconst z = 3;\n"}, found)
    assert out == b"   ```ts\n   const a = 1;\n const odd = 2;\n   const z = 3;\n   ```\n"


def test_splice_of_a_truncated_block_is_never_asked_for_and_the_rest_is_kept():
    document = b"## lib/cut.ts\n```ts\nexport const x = {\n"
    found = blocks(document)
    assert splice(document, {}, found) == document
