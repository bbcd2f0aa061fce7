"""unbound-namespaces (failure 1): a provider namespace used in the code but imported nowhere.

What it fixes
    ``new sns.SnsTopic(this, ...)`` (or ``sns.SnsTopic`` as a type) in a file where nothing binds
    ``sns``: no import, variable, parameter, function or class of that name. When the name is a
    namespace the provider has exported (a module namespace of the pinned version such as
    ``snsTopic``, or a service namespace of an earlier major such as ``sns``, ``ec2``, ``iam``,
    which the recorded history of the package knows) and the member is one of its classes, the
    class is imported from its ``@cdktf/provider-aws/lib/<module>`` path and used by name:
    ``new SnsTopic(this, ...)``.

Why
    Responses mix import styles: most resources imported by class, one written the older
    ``namespace.Class`` way whose import was never written. The file does not compile
    (TS2304 "Cannot find name 'sns'"), and nothing else in it says what was meant but the
    namespace and the class.

Example
    import { SnsTopicSubscription } from "@cdktf/provider-aws/lib/sns-topic-subscription";
    const alarms = new sns.SnsTopic(this, "alarms", { name: "alarms" });
    becomes
    import { SnsTopicSubscription } from "@cdktf/provider-aws/lib/sns-topic-subscription";
    import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";
    const alarms = new SnsTopic(this, "alarms", { name: "alarms" });

What it leaves alone
    A name bound anywhere in the file (also a global the file declares), names used other than
    as ``name.Member`` (``sns`` passed around), members the provider does not have (reported when
    the name is a provider namespace), names that are no provider namespace (``console.log``,
    ``process.env``), and ``aws.sns.SnsTopic`` chains.

Fix safety
    Safe: the file could not compile before; the class is the one the namespace exported.
"""
from __future__ import annotations

from tree_sitter import Node

from codemods.catalog.history import load_history
from codemods.catalog.names import resolve
from codemods.catalog.packages import AWS_NPM, CATALOG_MAJORS
from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.typescript import syntax as ts

LIB = AWS_NPM + "/lib/"


class UnboundNamespaces(Transform):
    id = "unbound-namespaces"
    name = "Unbound provider namespaces"
    failure = 1
    summary = "Import the class of a provider namespace that the file uses but never imports."
    safety = Safety.SAFE
    provider_majors = CATALOG_MAJORS

    def check(self, ctx):
        root = ctx.tree.root_node
        uses: dict[str, list[Node]] = {}
        for node in ts.names(ctx.language, root, ("identifier",)):
            uses.setdefault(ts.text(node), []).append(node)
        type_names = {ts.text(n) for n in ts.names(ctx.language, root, ("type_identifier",))}
        for name, nodes in uses.items():
            if not name[:1].islower() or name in type_names:
                continue
            # Every identifier spelling the name is the object of ``name.Member``: nothing binds it
            # (imports, variables, parameters and functions name it with an identifier of their own).
            members = _members_of(nodes)
            if members is None:
                continue  # ``console.log``, ``process.env``: not ``namespace.Class``
            if not _provider_namespace(ctx.catalog, name):
                continue
            yield from _fixes(ctx, name, members)


def _members_of(nodes: list[Node]) -> list[tuple[Node, str]] | None:
    """``_member_of`` of each node when every one is ``name.Member`` with a capitalised member,
    else None (from the first that is not: most names are plain variables)."""
    members = []
    for node in nodes:
        member = _member_of(node)
        if member is None or not member[1][:1].isupper():
            return None
        members.append(member)
    return members


def _member_of(node: Node) -> tuple[Node, str] | None:
    """(the ``ns.Member`` node, the member) when ``node`` is the object of one, as a value or a type."""
    parent = node.parent
    if parent is None:
        return None
    if parent.type == "member_expression" and parent.child_by_field_name("object") == node:
        member = parent.child_by_field_name("property")
        return (parent, ts.text(member)) if member is not None and member.type == "property_identifier" else None
    if parent.type == "nested_type_identifier" and parent.child_by_field_name("module") == node:
        member = parent.child_by_field_name("name")
        return (parent, ts.text(member)) if member is not None else None
    return None


def _provider_namespace(catalog, name: str) -> bool:
    """A root namespace of the pinned version, or one of a recorded earlier major."""
    return catalog.module_of_namespace(name) is not None or name in load_history().namespaces()


def _fixes(ctx, namespace: str, members: list[tuple[Node, str]]):
    imports = ctx.imports
    added: dict[str, str] = {}
    edits: list[Edit] = []
    for node, member in members:
        resolution = resolve(ctx.catalog, member, namespace)
        target = resolution.target
        if target is None or target.package != AWS_NPM:
            yield ctx.finding(f"{namespace} is imported nowhere and {namespace}.{member} is not a class of "
                              f"{AWS_NPM} {ctx.catalog.version}; left as it is", node)
            return
        if target.name not in added:
            spans = [(n.start_byte, n.end_byte) for n, _ in members]
            local, import_edits = imports.add(LIB + target.module, target.name, replaced=spans)
            added[target.name] = local
            edits += import_edits
        edits.append(Edit(node.start_byte, node.end_byte, added[target.name]))
    names = ", ".join(sorted(added))
    yield ctx.finding(f"{namespace} is imported nowhere: import {names} from {AWS_NPM}/lib and use "
                      f"{'it' if len(added) == 1 else 'them'} by name", members[0][0], edits)


TRANSFORM = UnboundNamespaces()
