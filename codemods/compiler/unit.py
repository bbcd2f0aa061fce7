"""What a compiler unit is: a transform whose findings are the compiler's code fixes it accepts.

A unit has an id, a summary, a safety and a module docstring like every transform, and the
engine runs it like one (overlapping fixes wait for the next pass, a fix that parses worse is
dropped, ``// codemod-ignore: compiler-spelling`` keeps it away from a line). Its ``check`` reads
the compiler's fixes for the file as it is now from the project's
:class:`~codemods.compiler.consult.Consultation` and yields a finding for each fix its
``accept`` proves safe; every other fix is left alone.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from codemods.catalog import load_catalog
from codemods.compiler.consult import CodeFix, Consultation
from codemods.core.edits import Edit, Finding
from codemods.core.transform import Context, Transform

#: npm packages whose declarations a fix may name: CDKTF itself and the provider bindings.
TRUSTED_PACKAGES = ("cdktf", "constructs")
PROVIDER_PREFIX = "@cdktf/provider-"


def trusted(package: str) -> bool:
    return package in TRUSTED_PACKAGES or package.startswith(PROVIDER_PREFIX)


class CompilerUnit(Transform):
    """Base of the compiler units; a unit instance serves one project's consultation."""

    #: The TypeScript error codes whose fixes this unit reads.
    codes: ClassVar[tuple[int, ...]] = ()
    #: Where its fixes are type-checked: the pinned typings are the catalog's provider release.
    provider_majors = (int(load_catalog().version.split(".")[0]),)

    def __init__(self, consultation: Consultation | None = None) -> None:
        self.consultation = consultation

    def check(self, ctx: Context) -> Iterable[Finding]:
        if self.consultation is None:
            return
        for fix in self.consultation.fixes(ctx.file.path, ctx.source):
            if fix.code not in self.codes or fix.other_files:
                continue
            accepted = self.accept(ctx, fix)
            if accepted is not None:
                message, edits = accepted
                yield ctx.finding(f"compiler TS{fix.code}: {message}", (fix.start, fix.end), edits)

    def accept(self, ctx: Context, fix: CodeFix) -> tuple[str, list[Edit]] | None:  # pragma: no cover - interface
        """The message and edits of a fix this unit proves safe, else None."""
        raise NotImplementedError
