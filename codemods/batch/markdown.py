"""Code blocks in Markdown responses: find them, name them as project files, splice fixes back.

Fences follow CommonMark (three or more backticks or tildes; the closing fence uses the same
character, is at least as long and carries no info string), except that any indentation is
accepted, since models indent fences inside list items. The body of a fence indented by N spaces
loses up to N leading spaces per line, as CommonMark says, and gets them back when spliced.

Which file a block is, in order:

1. a path in the info string (```ts title="lib/x.ts"``` or ```ts lib/x.ts```);
2. a path on the nearest non-blank line above the fence (``## lib/tap-stack.ts``,
   ``**modules.ts**``, ``### File: `lib/x.ts` ``, "Create `main.ts`:"), or on the nearest heading
   or bold line within a few lines above it (a heading followed by a sentence of prose);
3. a path in a comment on the block's first line (``// lib/tap-stack.ts``), which also wins over a
   bare name from 1-2 that it extends with folders (``**modules.ts**`` then ``// lib/modules.ts``);
4. otherwise a generated name, ``lib/block<N>.ts``.

A bare name goes to ``lib/``; an entry point (``main.ts``/``tap.ts`` calling ``.synth()``) goes to
``bin/``, or to the root or ``lib/`` when its relative imports only resolve from there. In a
response with an "Answer" heading, blocks before it are drafts; when two blocks name the same
file, the last whole module is the file, earlier blocks are superseded and later snippets are
excerpts; an unclosed last fence is a truncated block. Only blocks in the state ``file`` are fixed.
"""
from __future__ import annotations

import difflib
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

FILE = "file"
DRAFT = "draft"
SUPERSEDED = "superseded"
EXCERPT = "excerpt"
TRUNCATED = "truncated"

FENCE_LANGUAGES = {
    "ts": "typescript", "typescript": "typescript", "tsx": "tsx",
    "py": "python", "python": "python", "python3": "python",
}
EXTENSIONS = {"typescript": (".ts", ".tsx", ".mts", ".cts"), "tsx": (".ts", ".tsx"), "python": (".py",)}
ENTRY_NAMES = {"typescript": ("main.ts", "tap.ts"), "tsx": (), "python": ("main.py", "tap.py")}

NESTING_LANGUAGES = ("markdown", "md")

_OPEN = re.compile(rb"^(?P<indent> *)(?P<fence>`{3,}|~{3,})(?P<info>[^\r\n]*)")
_PATH = re.compile(r"(?<![\w/.@-])((?:[\w.@-]+/)*[\w.-]*\w\.(?:tsx?|mts|cts|py))(?![\w/])")
_HEADING = re.compile(r"^\s{0,3}(#{1,6}\s|\*\*|__)")
_ANSWER = re.compile(rb"^ {0,3}#{1,6}[ \t]*Answer[ \t]*#*[ \t]*\r?$", re.MULTILINE)
_COMMENT_PATH = {
    "python": re.compile(r"^\s*#\s*(?:File:\s*)?`?((?:[\w.@-]+/)*[\w.-]+\.py)\b"),
    "typescript": re.compile(r"^\s*(?://|/\*+|\*)\s*(?:File:\s*)?`?((?:[\w.@-]+/)*[\w.-]+\.(?:tsx?|mts|cts))\b"),
}
_MODULE_SYNTAX = re.compile(rb"^[ \t]*(import|export|from)\b|\brequire\(", re.MULTILINE)
_SYNTH = re.compile(rb"\.synth\(\s*\)")
_RELATIVE_IMPORT = re.compile(rb"""(?:from|import|require\()\s*['"](\.\.?/[^'"]+)['"]""")
LABEL_REACH = 4  # non-blank lines above a fence that may hold its heading


@dataclass(frozen=True)
class Fence:
    """One fenced block of any language: where its body lies in the Markdown bytes."""

    line: int  # 1-based line of the opening fence
    info: str
    indent: int
    start: int  # body byte range
    end: int
    stop: int  # just after the closing fence line
    closed: bool


@dataclass(frozen=True)
class Block:
    """A code block we handle, with the project path it stands for."""

    index: int  # 1-based among the blocks we handle
    line: int
    language: str
    path: str
    named_by: str  # info, heading, comment or generated
    state: str  # file, draft, superseded or truncated
    start: int
    end: int
    indent: int
    code: bytes

    def record(self) -> dict:
        return {"path": self.path, "line": self.line, "language": self.language,
                "named_by": self.named_by, "state": self.state}


def _lines(data: bytes) -> Iterator[tuple[int, bytes]]:
    """(offset, line with its ending) for each line."""
    offset = 0
    while offset < len(data):
        end = data.find(b"\n", offset)
        end = len(data) if end < 0 else end + 1
        yield offset, data[offset:end]
        offset = end


def fences(md: bytes) -> list[Fence]:
    """Every fenced block of the document, in order; an unclosed one runs to the end."""
    found = []
    lines = list(_lines(md))
    i = 0
    while i < len(lines):
        offset, line = lines[i]
        opening = _opening(line.removeprefix(b"\xef\xbb\xbf") if offset == 0 else line)
        if opening is None:
            i += 1
            continue
        fence, start = opening["fence"], offset + len(line)
        info = opening["info"].decode("utf-8", "replace").strip()
        j = _closing_line(lines, i + 1, fence, nested=info.lower() in NESTING_LANGUAGES)
        closed = j < len(lines)
        end = lines[j][0] if closed else len(md)
        stop = end + len(lines[j][1]) if closed else len(md)
        found.append(Fence(i + 1, info, len(opening["indent"]), start, end, stop, closed))
        i = j + 1
    return found


def _opening(line: bytes) -> re.Match | None:
    opening = _OPEN.match(line)
    if opening is None or (opening["fence"][:1] == b"`" and b"`" in opening["info"]):
        return None
    return opening


def _closing_line(lines: list[tuple[int, bytes]], j: int, fence: bytes, nested: bool) -> int:
    """The index of the line that closes ``fence`` (``len(lines)`` when none does).

    In a Markdown-in-Markdown block (a README), models nest fences without lengthening the outer
    one; there an inner fence with an info string opens a level that the next bare fence closes.
    """
    depth = 0
    for j in range(j, len(lines)):
        line = lines[j][1]
        if _closes(line, fence):
            if depth == 0:
                return j
            depth -= 1
        elif nested and (inner := _opening(line)) and inner["info"].strip():
            depth += 1
    return len(lines)


def _closes(line: bytes, fence: bytes) -> bool:
    stripped = line.strip(b" \t\r\n")
    return len(stripped) >= len(fence) and stripped == fence[:1] * len(stripped)


def blocks(md: bytes) -> list[Block]:
    """The TypeScript and Python blocks of a response, each named and given its state."""
    all_fences = fences(md)
    answer_at = _answer_offset(md, all_fences)
    found: list[Block] = []
    previous_end = 0
    for fence in all_fences:
        language = fence_language(fence.info)
        if language is not None:
            code = dedent(md[fence.start:fence.end], fence.indent)
            above = md[previous_end:_line_start(md, fence.start - 1)]
            path, named_by = _name(fence.info, above, code, language, len(found) + 1)
            state = FILE if fence.closed else TRUNCATED
            if fence.start < answer_at:
                state = DRAFT
            found.append(Block(len(found) + 1, fence.line, language, path, named_by, state,
                               fence.start, fence.end, fence.indent, code))
        previous_end = fence.stop
    return _mark_superseded(_place_entries(found))


def _answer_offset(md: bytes, all_fences: list[Fence]) -> int:
    """Where the first "Answer" heading outside code blocks starts; -1 when there is none."""
    for match in _ANSWER.finditer(md):
        if not any(f.start <= match.start() < f.end for f in all_fences):
            return match.start()
    return -1


def fence_language(info: str) -> str | None:
    word = re.split(r"[\s{:,]", info, maxsplit=1)[0].lower() if info else ""
    return FENCE_LANGUAGES.get(word)


def _line_start(data: bytes, offset: int) -> int:
    return data.rfind(b"\n", 0, max(offset, 0)) + 1


def _name(info: str, above: bytes, code: bytes, language: str, index: int) -> tuple[str, str]:
    """The block's path as written (not yet placed) and what named it."""
    labelled = _path_in(info.partition(" ")[2], language)
    if labelled:
        return _place_bare(_normalise(labelled), language, code), "info"
    heading = _label_above(above, language)
    comment = _comment_path(code, language)
    if heading and comment and "/" in comment and posixpath.basename(comment) == posixpath.basename(heading):
        heading = None
    if heading:
        return _place_bare(_normalise(heading), language, code), "heading"
    if comment:
        return _place_bare(_normalise(comment), language, code), "comment"
    extension = ".py" if language == "python" else ".ts" if language == "typescript" else ".tsx"
    return f"lib/block{index}{extension}", "generated"


def _path_in(text: str, language: str) -> str | None:
    text = text.replace("**init**", "__init__")  # Markdown ate the underscores of __init__.py
    for match in _PATH.finditer(text):
        if match.group(1).endswith(EXTENSIONS[language]):
            return match.group(1)
    return None


def _label_above(above: bytes, language: str) -> str | None:
    """A path on the nearest non-blank line, or on a heading or bold line a few lines up."""
    lines = [line for line in above.decode("utf-8", "replace").splitlines() if line.strip()]
    for distance, line in enumerate(reversed(lines[-LABEL_REACH:])):
        is_heading = bool(_HEADING.match(line))
        if distance == 0 or is_heading:
            path = _path_in(line, language)
            if path or is_heading:
                return path
    return None


def _comment_path(code: bytes, language: str) -> str | None:
    pattern = _COMMENT_PATH["python" if language == "python" else "typescript"]
    lines = [line for line in code.decode("utf-8", "replace").splitlines()[:3] if line.strip()]
    for line in lines[:2]:
        if line.startswith("#!"):
            continue
        match = pattern.match(line)
        return match.group(1) if match else None
    return None


def _normalise(path: str) -> str:
    """A relative POSIX path inside the project: no leading ``./`` or ``/``, no ``..``."""
    parts = [p for p in path.replace("\\", "/").split("/") if p not in ("", ".", "..")]
    return "/".join(parts)


def _place_bare(path: str, language: str, code: bytes) -> str:
    """Bare names go to ``lib/``; entry points are placed later, once all paths are known."""
    if "/" in path:
        return path
    if path in ENTRY_NAMES[language] and _SYNTH.search(code):
        return path
    return f"lib/{path}"


def _place_entries(found: list[Block]) -> list[Block]:
    """Put bare entry points where their relative imports resolve (default: ``bin/`` for TS)."""
    known = {b.path for b in found if "/" in b.path}
    placed = []
    for block in found:
        if "/" not in block.path and block.named_by != "generated":
            block = replace(block, path=_entry_folder(block, known) + block.path)
        placed.append(block)
    return placed


def _entry_folder(block: Block, known: set[str]) -> str:
    candidates = ["", "lib/"] if block.language == "python" else ["bin/", "", "lib/"]
    imports = [m.decode("utf-8", "replace") for m in _RELATIVE_IMPORT.findall(block.code)]
    for folder in candidates:
        if all(_resolves(posixpath.normpath(posixpath.join(folder, spec)), known) for spec in imports):
            return folder
    return candidates[0]


def _resolves(target: str, known: set[str]) -> bool:
    stem = re.sub(r"\.(js|ts)$", "", target)
    return any(stem + suffix in known for suffix in (".ts", ".tsx", "/index.ts", ".py"))


def _mark_superseded(found: list[Block]) -> list[Block]:
    """One block per path stays the file: the last whole module (else the last block) of that path.

    Earlier blocks of the path are superseded drafts; a later snippet without imports or
    exports is an excerpt of the file (prose like "update this in `lib/x.ts`:").
    """
    candidates = [b for b in found if b.state == FILE]
    chosen = {b.path: b.index for b in candidates}
    chosen.update({b.path: b.index for b in candidates if is_module(b.code)})
    return [b if b.state != FILE or chosen[b.path] == b.index
            else replace(b, state=SUPERSEDED if b.index < chosen[b.path] else EXCERPT) for b in found]


def is_module(code: bytes) -> bool:
    """Whether the code imports or exports anything (a whole file, not a snippet of one)."""
    return bool(_MODULE_SYNTAX.search(code))


def dedent(body: bytes, indent: int) -> bytes:
    """The block's code: each line loses up to ``indent`` leading spaces."""
    if indent == 0:
        return body
    return b"".join(line[min(indent, len(line) - len(line.lstrip(b" "))):] for _, line in _lines(body))


def reindent(original_body: bytes, original_code: bytes, fixed_code: bytes, indent: int) -> bytes:
    """The fixed code as it sits in the Markdown: unchanged lines keep their original bytes."""
    if indent == 0:
        return fixed_code
    old_raw = [line for _, line in _lines(original_body)]
    old = [line for _, line in _lines(original_code)]
    new = [line for _, line in _lines(fixed_code)]
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op == "equal":
            out.extend(old_raw[i1:i2])
        else:
            out.extend(b" " * indent + line if line.strip() else line for line in new[j1:j2])
    return b"".join(out)


def splice(md: bytes, fixed: dict[int, bytes], found: list[Block]) -> bytes:
    """The Markdown with each block's code replaced by ``fixed[block.index]``; all else untouched."""
    out, position = [], 0
    for block in found:
        if block.index not in fixed or fixed[block.index] == block.code:
            continue
        out.append(md[position:block.start])
        out.append(reindent(md[block.start:block.end], block.code, fixed[block.index], block.indent))
        position = block.end
    out.append(md[position:])
    return b"".join(out)
