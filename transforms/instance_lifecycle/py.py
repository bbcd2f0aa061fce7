"""instance-lifecycle-py (failure 13): replace EC2 instances without downtime, on an encrypted gp3 root (Python).

What it fixes
    The Python spelling of ``instance-lifecycle``: an EC2 ``Instance`` without ``lifecycle``
    gets ``lifecycle={"create_before_destroy": True}``. Its ``root_block_device`` is added, or
    completed (a dict or an ``InstanceRootBlockDevice(...)`` call), with ``volume_type="gp3"``,
    ``encrypted=True``, ``delete_on_termination=True`` and a ``volume_size`` (20 unless one is
    set). In an existing root device, ``encrypted=False`` becomes ``True`` and the older volume
    types ``standard``, ``gp2``, ``st1`` and ``sc1`` become ``gp3``. New keywords go before
    ``tags`` when there is such a keyword, else last.

Why
    Without ``create_before_destroy`` a change that replaces the instance (a new AMI, new user
    data) destroys it before its successor exists: downtime. An unencrypted root volume fails
    most security baselines; gp3 is cheaper and faster than gp2; a root volume that outlives its
    instance is a cost nobody sees. (Python responses mostly use launch templates and auto
    scaling groups, so this fires less often there than in TypeScript.)

Example
    Instance(self, "web", ami=ami.id, instance_type="t3.micro")
    becomes
    Instance(self, "web", ami=ami.id, instance_type="t3.micro", root_block_device={"volume_type": "gp3",
             "volume_size": 20, "encrypted": True, "delete_on_termination": True},
             lifecycle={"create_before_destroy": True})
    (one keyword a line, with the dicts spread over lines, in a multi-line call).

What it leaves alone
    An existing ``lifecycle``, whatever it holds. No ``lifecycle`` is added to an instance with a
    fixed ``private_ip`` or ``network_interface``: its successor could not take them while it runs.
    Stronger or deliberate root-device values (``io1``/``io2``/``gp3``, any ``volume_size``,
    ``delete_on_termination=False``) and values that are not literals. A call that passes
    ``**kwargs``, or a root device given through a variable.

Fix safety
    Opinionated: changing the root device replaces the instance.
"""
from __future__ import annotations

import libcst as cst

from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.python import syntax as py
from codemods.python.provider import Checked, checked_values
from codemods.typescript.syntax import indentation_at
from transforms.instance_lifecycle import FIXED_PLACEMENT, WEAK_VOLUME_TYPES

PLACEMENT_KEYWORDS = tuple({"privateIp": "private_ip", "networkInterface": "network_interface"}[k]
                           for k in FIXED_PLACEMENT)
ROOT_DEVICE = "root_block_device"


class InstanceLifecyclePy(Transform):
    id = "instance-lifecycle-py"
    name = "Instance lifecycle (Python)"
    failure = 13
    summary = "Give EC2 instances create_before_destroy and an encrypted gp3 root block device (Python)."
    safety = Safety.OPINIONATED
    languages = ("python",)

    def check(self, ctx):
        idx = py.index(ctx.tree)
        for checked in checked_values(ctx.source, ctx.tree, ctx.catalog):
            if checked.class_name == "Instance" and checked.construct and not checked.has_unpacking:
                finding = _Completion(ctx, idx, checked).finding()
                if finding is not None:
                    yield finding


class _Completion:
    """The keywords one instance call lacks and the root-device values it should change."""

    def __init__(self, ctx, idx: py.Index, checked: Checked) -> None:
        self.ctx = ctx
        self.idx = idx
        self.call = checked.node
        self.entries = checked.entries
        self.quote = py.quote_of(checked.node)
        self.multiline = b"\n" in ctx.source[slice(*idx.span(checked.node))]
        self.changes: list[str] = []

    def finding(self):
        new: list[tuple[str, list[tuple[str, str]]]] = []
        edits: list[Edit] = []
        root = self.entries.get(ROOT_DEVICE)
        if root is None:
            new.append((ROOT_DEVICE, self._root_device_entries(set())))
            self.changes.append("add an encrypted gp3 root_block_device")
        elif isinstance(root.value, (cst.Dict, cst.Call)):
            edits += self._complete_root_device(root.value)
        if "lifecycle" not in self.entries and not any(k in self.entries for k in PLACEMENT_KEYWORDS):
            new.append(("lifecycle", [("create_before_destroy", "True")]))
            self.changes.append("add lifecycle create_before_destroy")
        if new:
            edits += self._insert(new)
        if not edits:
            return None
        label = self.idx.text(self.ctx.source, self.call.args[1].value)
        # A new or changed root block device replaces a deployed instance: a test stack's fix.
        replaces = any("root_block_device" in change for change in self.changes)
        return self.ctx.finding(f"Instance {label}: {'; '.join(self.changes)}", self.idx.span(self.call), edits,
                                Safety.DISPOSABLE if replaces else None)

    def _root_device_entries(self, existing: set[str]) -> list[tuple[str, str]]:
        wanted = [("volume_type", f"{self.quote}gp3{self.quote}"), ("volume_size", "20"),
                  ("encrypted", "True"), ("delete_on_termination", "True")]
        return [(k, v) for k, v in wanted if k not in existing]

    def _complete_root_device(self, device: cst.Dict | cst.Call) -> list[Edit]:
        existing = _device_values(device)
        edits = []
        volume_type = existing.get("volume_type")
        if py.string_value(volume_type) in WEAK_VOLUME_TYPES:
            edits.append(py.replace(self.idx, volume_type, f"{self.quote}gp3{self.quote}"))
            self.changes.append(f"root_block_device volume_type {py.string_value(volume_type)} -> gp3")
        encrypted = existing.get("encrypted")
        if isinstance(encrypted, cst.Name) and encrypted.value == "False":
            edits.append(py.replace(self.idx, encrypted, "True"))
            self.changes.append("root_block_device encrypted False -> True")
        missing = self._root_device_entries(set(existing))
        if missing:
            self.changes.append("add " + ", ".join(k for k, _ in missing) + " to root_block_device")
            as_dict = isinstance(device, cst.Dict)
            entries = [f"{self.quote}{k}{self.quote}: {v}" if as_dict else f"{k}={v}" for k, v in missing]
            edits += self._insert_entries(device, entries)
        return edits

    def _insert(self, new: list[tuple[str, list[tuple[str, str]]]]) -> list[Edit]:
        """Edits adding ``keyword={...}`` arguments before ``tags`` (else last)."""
        indent = _entry_indent(self.ctx.source, self.idx, self.call)
        rendered = [f"{key}={self._dict(values, indent)}" for key, values in new]
        return self._insert_entries(self.call, rendered, after=self._anchor())

    def _dict(self, values: list[tuple[str, str]], indent: str) -> str:
        pairs = [f"{self.quote}{k}{self.quote}: {v}" for k, v in values]
        if not self.multiline:
            return "{" + ", ".join(pairs) + "}"
        step = py.indent_unit(self.ctx.source, self.idx, self.call)
        inner = "".join(f"\n{indent}{step}{pair}," for pair in pairs)
        return f"{{{inner}\n{indent}}}"

    def _anchor(self) -> cst.CSTNode | None:
        """The argument before ``tags``; None (insert last) when there is no ``tags``."""
        tags = self.entries.get("tags")
        if tags is None:
            return None
        args = list(self.call.args)
        return args[args.index(tags.element) - 1]

    def _insert_entries(self, container, entries: list[str], after: cst.CSTNode | None = None) -> list[Edit]:
        """Edits adding several entries at one place, in the container's layout."""
        multiline = b"\n" in self.ctx.source[slice(*self.idx.span(container))]
        separator = f",\n{_entry_indent(self.ctx.source, self.idx, container)}" if multiline else ", "
        return py.insert_element(self.ctx.source, self.idx, container, separator.join(entries), after=after)


def _device_values(device: cst.Dict | cst.Call) -> dict[str, cst.BaseExpression]:
    if isinstance(device, cst.Dict):
        return {k: e.value for k, e in py.dict_entries(device).items()}
    return {a.keyword.value: a.value for a in device.args if a.keyword is not None}


def _entry_indent(source: bytes, idx: py.Index, container) -> str:
    """The indentation of a multi-line container's last entry (its own line's plus a step when empty)."""
    entries = py.entries_of(container)
    if entries:
        return indentation_at(source, idx.start(entries[-1]))
    return indentation_at(source, idx.start(container)) + py.indent_unit(source, idx, container)


TRANSFORM = InstanceLifecyclePy()
