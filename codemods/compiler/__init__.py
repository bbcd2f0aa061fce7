"""The compiler-guided fix tier: the TypeScript language service's code fixes, allow-listed.

After the static transforms, ``codemod apply --compiler`` (``diff --compiler``, ``batch
--compiler``) runs the TypeScript language service over each project, against the typings that
``codemod typings install`` put in place, and applies the code fixes of an allow-list through the
engine. Each kind of fix is a unit with an id and documentation like a transform:
``compiler-spelling``, ``compiler-import``, ``compiler-this-member`` and
``compiler-definite-assignment``
(``codemod explain compiler-spelling``).

- ``session``: the node helper (``service.js``, shipped in the package): one process, a time limit.
- ``consult``: one project's files, the fixes of each file version, positions as byte edits.
- ``unit``: what a compiler unit is; ``spelling``, ``imports``, ``this_member``, ``definite_assignment``:
  the units.
- ``tier``: the tier over a run's results, project by project.

The core knows nothing of this package; the application (``api``, ``cli``, ``batch``) calls it.
"""
from __future__ import annotations

from dataclasses import dataclass

#: The ids of the compiler units (``tier.UNITS``), known without loading them.
UNIT_IDS = ("compiler-spelling", "compiler-import", "compiler-this-member", "compiler-definite-assignment")


@dataclass(frozen=True)
class KnownId:
    """A compiler unit as a run without the compiler tier knows it: an id that suppression
    comments may name, running on no language."""

    id: str
    aliases: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()


def known_ids() -> tuple[KnownId, ...]:
    return tuple(KnownId(unit_id) for unit_id in UNIT_IDS)
