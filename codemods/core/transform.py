"""What a transform is, and the context it is given for one file.

A transform is a small class with a stable id, a name, the catalog failure it fixes, a one-line
summary, a fix safety and ``check(ctx)``, which yields findings. Its module docstring is its user
documentation (``codemod explain ID``). Transforms only propose edits; the engine applies them.
"""
from __future__ import annotations

import functools
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar

from codemods.core.edits import Edit, Finding, FindingKey, Fix, Safety
from codemods.core.source import SourceFile


@dataclass(frozen=True)
class Option:
    """A per-transform option: its default and a one-line help text."""

    default: Any
    help: str


class Transform:
    """Base class of every transform. Subclasses set the class attributes and ``check``."""

    id: ClassVar[str]
    name: ClassVar[str]
    failure: ClassVar[int | None] = None
    summary: ClassVar[str]
    safety: ClassVar[Safety] = Safety.SAFE
    languages: ClassVar[tuple[str, ...]] = ("typescript", "tsx")
    options: ClassVar[dict[str, Option]] = {}
    #: Byte strings of which a file must contain at least one for the transform to find anything
    #: (empty: always run). The engine skips ``check`` on files without any, which keeps files
    #: that cannot match nearly free. Each must be a necessary condition, never a guess.
    requires: ClassVar[tuple[bytes, ...]] = ()
    #: The id of a transform whose configured option values apply here too, unless this one's own
    #: are set (a Python transform follows the options of its TypeScript twin).
    options_of: ClassVar[str | None] = None
    #: The ``@cdktf/provider-aws`` majors whose names, module paths and shapes this transform's
    #: fixes write (those of the shipped catalog). On a project on disk that pins another major, or
    #: that generates its bindings into ``.gen``, the engine leaves the transform out and says why.
    #: None: the fixes are valid whatever the provider version.
    provider_majors: ClassVar[tuple[int, ...] | None] = None

    def check(self, ctx: "Context") -> Iterable[Finding]:  # pragma: no cover - interface
        raise NotImplementedError

    @property
    def module_name(self) -> str:
        """The module that defines the transform."""
        return type(self).__module__

    @property
    def module_file(self) -> str | None:
        """The file of that module, if it has one."""
        return getattr(sys.modules.get(type(self).__module__), "__file__", None)

    @classmethod
    def documentation(cls) -> str:
        """The module docstring: what it fixes, why, an example, what it leaves alone, safety."""
        return (sys.modules[cls.__module__].__doc__ or cls.summary).strip()


@dataclass
class Context:
    """Everything a transform may look at for one file in one pass."""

    file: SourceFile
    tree: Any  # tree_sitter.Tree for TypeScript, libcst.Module for Python
    transform: Transform
    options: dict[str, Any] = field(default_factory=dict)
    project: Any = None  # codemods.project.Project: the other files of this run
    _seen: dict[tuple[str, bytes], int] = field(default_factory=dict, init=False, repr=False)

    @property
    def source(self) -> bytes:
        return self.file.text

    @property
    def language(self) -> str:
        return self.file.language

    @functools.cached_property
    def imports(self) -> Any:
        """The file's import helper for its language (one per context): what is imported, and the
        edits that add or rewrite an import."""
        from codemods.core import languages

        return languages.backend(self.language).imports(self)

    @functools.cached_property
    def catalog(self):
        from codemods.catalog import load_catalog

        return load_catalog()

    def option(self, name: str) -> Any:
        if name in self.options:
            return self.options[name]
        return self.transform.options[name].default

    def finding(
        self,
        message: str,
        at: Any,
        edits: Iterable[Edit] | None = None,
        safety: Safety | None = None,
    ) -> Finding:
        """A finding at ``at`` (a tree-sitter node, a libcst node or a ``(start, end)`` byte span),
        fixed by ``edits`` when given. Its key names the node kind at ``at`` (the tree-sitter node
        type, the libcst class name, ``"span"``) and its ordinal among this transform's findings
        of that kind on the same source text; the engine counts the ordinals in file order
        (:meth:`keyed`), here they count in the order findings are made."""
        if hasattr(at, "start_byte"):
            kind, (start, end) = at.type, (at.start_byte, at.end_byte)
        elif isinstance(at, tuple):
            kind, (start, end) = "span", at
        else:
            kind, (start, end) = type(at).__name__, self._node_span(at)
        fix = None
        if edits is not None:
            edits = tuple(edits)
            if edits:
                fix = Fix(edits, safety or self.transform.safety)
        text = self.source[start:end]
        ordinal = self._seen.get((kind, text), 0)
        self._seen[(kind, text)] = ordinal + 1
        return Finding(self.transform.id, message, start, end, fix, (self.transform.id, kind, text, ordinal))

    def _node_span(self, node: Any) -> tuple[int, int]:
        from codemods.core import languages

        return languages.backend(self.language).node_span(self.tree, node)

    def keyed(self, findings: Iterable[Finding]) -> list[Finding]:
        """``findings`` (of this transform, one pass) with their keys' ordinals counted in file
        order. A finding made without :meth:`finding` gets the kind ``"span"``."""
        findings = list(findings)
        counts: dict[tuple[str, bytes], int] = {}
        keys: dict[int, FindingKey] = {}
        for i in sorted(range(len(findings)), key=lambda i: (findings[i].start, findings[i].end)):
            f = findings[i]
            kind = f.key[1] if f.key else "span"
            text = self.source[f.start:f.end]
            ordinal = counts.get((kind, text), 0)
            counts[(kind, text)] = ordinal + 1
            keys[i] = (f.transform, kind, text, ordinal)
        return [f if f.key == keys[i] else replace(f, key=keys[i]) for i, f in enumerate(findings)]
