"""disabled-blocks: drop a switched-off block that lacks the settings its schema requires.

What it fixes
    A nested block written only to say it is off, ``accessLogs: { enabled: false }`` on a load
    balancer, where the provider's block requires other settings (the access log ``bucket``).

Why
    The generated bindings type such a block with its required fields, so the code does not
    compile (TS2741 "Property 'bucket' is missing in type '{ enabled: false; }'"). Leaving the
    block out means the same thing to the provider: the feature stays off.

Example
    new Lb(this, "web", { name: "web", accessLogs: { enabled: false } });
    becomes
    new Lb(this, "web", { name: "web" });

What it leaves alone
    Blocks that are enabled, whose ``enabled`` is not the literal ``false``, that already give
    every required setting, or that the schema does not type (objects of the file's own
    interfaces, values cast with ``as``).

Fix safety
    Safe: Terraform receives no block instead of a disabled one; the feature is off either way.
"""
from __future__ import annotations

from codemods.catalog import element_interface, is_list_type
from codemods.catalog.packages import CATALOG_MAJORS
from codemods.core.edits import Safety
from codemods.core.transform import Transform
from codemods.typescript import objects
from codemods.typescript.schema import schema_of


class DisabledBlocks(Transform):
    id = "disabled-blocks"
    name = "Disabled blocks"
    summary = "Drop a block that only says enabled: false but lacks the settings its schema requires."
    safety = Safety.SAFE
    provider_majors = CATALOG_MAJORS
    requires = (b"enabled",)

    def check(self, ctx):
        for checked in schema_of(ctx).objects:
            for entry in checked.entries():
                block = element_interface(entry.info.type) if entry.info is not None else None
                if block is None or is_list_type(entry.info.type) or entry.value.type != "object":
                    continue
                missing = _missing_required(ctx.catalog.interface(block), entry.value)
                if missing and _switched_off(entry.value):
                    yield ctx.finding(
                        f"{entry.key} is disabled and lacks {', '.join(missing)}: leave the block out",
                        entry.pair,
                        objects.remove_property(ctx.source, checked.node, entry.pair),
                    )


def _switched_off(value) -> bool:
    enabled = objects.value_of(objects.properties(value).get("enabled"))
    return enabled is not None and enabled.type == "false"


def _missing_required(interface, value) -> list[str]:
    given = objects.properties(value)
    return sorted(p.name for p in interface.properties.values() if not p.optional and p.name not in given)


TRANSFORM = DisabledBlocks()
