"""instance-lifecycle (failure 13): replace EC2 instances without downtime, on an encrypted gp3 root.

What it fixes
    An EC2 ``Instance`` without a ``lifecycle`` block gets ``lifecycle: { createBeforeDestroy:
    true }``. Its ``rootBlockDevice`` is added, or completed, with ``volumeType: 'gp3'``,
    ``encrypted: true``, ``deleteOnTermination: true`` and a ``volumeSize`` (20 unless one is
    set). In an existing root device, ``encrypted: false`` becomes ``true`` and the older volume
    types ``standard``, ``gp2``, ``st1`` and ``sc1`` become ``gp3``. New entries go before
    ``tags`` when there is such an entry, else last.

Why
    Without ``createBeforeDestroy`` a change that replaces the instance (a new AMI, new user data)
    destroys it before its successor exists: downtime. An unencrypted root volume fails most
    security baselines; gp3 is cheaper and faster than gp2; a root volume that outlives its
    instance is a cost nobody sees.

Example
    new Instance(this, 'web', {
      ami: ami.id,
      instanceType: 't3.micro',
    });
    becomes
    new Instance(this, 'web', {
      ami: ami.id,
      instanceType: 't3.micro',
      rootBlockDevice: {
        volumeType: 'gp3',
        volumeSize: 20,
        encrypted: true,
        deleteOnTermination: true,
      },
      lifecycle: {
        createBeforeDestroy: true,
      },
    });

What it leaves alone
    An existing ``lifecycle`` block, whatever it holds (``preventDestroy`` or ``ignoreChanges``
    were written on purpose). No ``lifecycle`` is added to an instance with a fixed
    ``privateIp`` or ``networkInterface``: its successor could not take them while it runs.
    Stronger or deliberate root-device values stay: ``io1``/``io2``/``gp3``, any ``volumeSize``,
    ``deleteOnTermination: false`` (keeping the volume is a decision) and values that are not
    literals. A config that is not an object literal or has a spread (``...props``) is left
    alone, and so is a class named ``Instance`` imported from outside ``@cdktf/provider-aws``.

Fix safety
    Opinionated: changing the root device replaces the instance.
"""
from __future__ import annotations

from tree_sitter import Node

from codemods.catalog.packages import AWS_NPM
from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.typescript import objects
from codemods.typescript import syntax as ts
from codemods.typescript.imports import Imports
from codemods.typescript.objects import Construction
from transforms.instance_lifecycle import FIXED_PLACEMENT, WEAK_VOLUME_TYPES

PROVIDER_PACKAGE = AWS_NPM


class InstanceLifecycle(Transform):
    id = "instance-lifecycle"
    name = "Instance lifecycle"
    failure = 13
    summary = "Give EC2 instances createBeforeDestroy and an encrypted gp3 root block device."
    safety = Safety.OPINIONATED
    requires = (b"Instance",)

    def check(self, ctx):
        imports = ctx.imports
        for instance in objects.constructions(ctx.language, ctx.tree.root_node, {"Instance"}):
            config = instance.config
            if config is None or _has_spread(config) or not _is_provider_class(instance, imports):
                continue
            quote = ts.quote_near(ctx.language, instance.node, imports.quote)
            finding = _Completion(ctx.source, config, quote).finding(ctx, instance)
            if finding is not None:
                yield finding


def _has_spread(obj: Node) -> bool:
    return any(m.type == "spread_element" for m in objects.members(obj))


def _is_provider_class(instance: Construction, imports: Imports) -> bool:
    """False for a bare ``Instance`` imported from another package; the provider's otherwise."""
    ctor = instance.node.child_by_field_name("constructor")
    if ctor.type != "identifier":
        return True
    for statement in imports.statements:
        if any(b.local == ts.text(ctor) for b in statement.bindings):
            return statement.module.startswith(PROVIDER_PACKAGE)
    return True


class _Completion:
    """The entries one instance config lacks and the root-device values it should change."""

    def __init__(self, source: bytes, config: Node, quote: str) -> None:
        self.source = source
        self.config = config
        self.quote = quote
        self.props = objects.properties(config)
        self.multiline = b"\n" in config.text
        self.step = ts.indent_step(source, config)
        self.changes: list[str] = []

    def finding(self, ctx, instance: Construction):
        new_entries: list[tuple[str, list[tuple[str, str]]]] = []
        edits: list[Edit] = []
        root = objects.value_of(self.props.get("rootBlockDevice"))
        if root is None:
            new_entries.append(("rootBlockDevice", self._root_device_entries({})))
            self.changes.append("add an encrypted gp3 rootBlockDevice")
        elif ts.unwrap(root).type == "object":
            edits += self._complete_root_device(ts.unwrap(root))
        if "lifecycle" not in self.props and not any(k in self.props for k in FIXED_PLACEMENT):
            new_entries.append(("lifecycle", [("createBeforeDestroy", "true")]))
            self.changes.append("add lifecycle createBeforeDestroy")
        if new_entries:
            edits += self._insert(new_entries)
        if not edits:
            return None
        label = ts.text(instance.arguments[1]) if len(instance.arguments) > 1 else "(no id)"
        # A new or changed root block device replaces a deployed instance: a test stack's fix.
        replaces = any("rootBlockDevice" in change for change in self.changes)
        return ctx.finding(f"Instance {label}: {'; '.join(self.changes)}", instance.node, edits,
                           Safety.DISPOSABLE if replaces else None)

    def _root_device_entries(self, existing: dict[str, Node]) -> list[tuple[str, str]]:
        wanted = [("volumeType", f"{self.quote}gp3{self.quote}"), ("volumeSize", "20"),
                  ("encrypted", "true"), ("deleteOnTermination", "true")]
        return [(k, v) for k, v in wanted if k not in existing]

    def _complete_root_device(self, device: Node) -> list[Edit]:
        existing = objects.properties(device)
        edits = []
        volume_type = objects.value_of(existing.get("volumeType"))
        if ts.string_value(volume_type) in WEAK_VOLUME_TYPES:
            edits.append(objects.replace_value(existing["volumeType"], f"{self.quote}gp3{self.quote}"))
            self.changes.append(f"rootBlockDevice volumeType {ts.string_value(volume_type)} -> gp3")
        if ts.text(objects.value_of(existing.get("encrypted"))) == "false":
            edits.append(objects.replace_value(existing["encrypted"], "true"))
            self.changes.append("rootBlockDevice encrypted false -> true")
        missing = self._root_device_entries(existing)
        if missing:
            self.changes.append("add " + ", ".join(k for k, _ in missing) + " to rootBlockDevice")
            edits += _insert_entries(self.source, device, [f"{k}: {v}" for k, v in missing])
        return edits

    def _insert(self, new_entries: list[tuple[str, list[tuple[str, str]]]]) -> list[Edit]:
        """Edits adding ``key: { ... }`` entries before ``tags`` (else last)."""
        indent = _entry_indent(self.source, self.config)
        rendered = [self._render(key, values, indent) for key, values in new_entries]
        return _insert_entries(self.source, self.config, rendered, after=self._anchor())

    def _render(self, key: str, values: list[tuple[str, str]], indent: str) -> str:
        if not self.multiline:
            return f"{key}: {{ {', '.join(f'{k}: {v}' for k, v in values)} }}"
        comma = "," if ts.has_trailing_comma(self.config) else ""
        inner = ",\n".join(f"{indent}{self.step}{k}: {v}" for k, v in values)
        return f"{key}: {{\n{inner}{comma}\n{indent}}}"

    def _anchor(self) -> Node | None:
        """The entry before ``tags``; None (insert last) when there is no ``tags`` or it comes first."""
        entries = objects.members(self.config)
        tags = self.props.get("tags")
        if tags is None or tags.id == entries[0].id:
            return None
        return entries[[e.id for e in entries].index(tags.id) - 1]


def _insert_entries(source: bytes, obj: Node, entries: list[str], after: Node | None = None) -> list[Edit]:
    """Edits adding several ``key: value`` entries at one place, in the object's layout."""
    separator = f",\n{_entry_indent(source, obj)}" if b"\n" in obj.text else ", "
    return objects.insert_property(source, obj, separator.join(entries), after=after)


def _entry_indent(source: bytes, obj: Node) -> str:
    """The indentation of a multi-line object's entries (its own line's plus one step when empty)."""
    entries = objects.members(obj)
    if entries:
        return ts.indentation_at(source, entries[0].start_byte)
    return ts.indentation_at(source, obj.start_byte) + ts.indent_step(source, obj)


TRANSFORM = InstanceLifecycle()
