"""deterministic-bucket-names-py (failure 3): give S3 buckets names that are the same on every synth (Python).

What it fixes
    The Python spelling of ``deterministic-bucket-names``: an ``S3Bucket`` whose ``bucket`` (or
    ``bucket_prefix``) is built from values that change on every run (``time.time()``,
    ``datetime.now()``, ``uuid.uuid4()``, ``random.randint(...)``, ``secrets.token_hex(...)``,
    ``Fn.uuid()``, ``Fn.timestamp()``, also wrapped in ``str(...)``, ``int(...)``, ``.hex``,
    ``[:8]`` or a method call), written in an f-string or a ``+`` concatenation of the name, or
    reached through a local assigned before it in the same function. Only the random part is
    replaced, by a fixed suffix variable (``unique_suffix = "0001"``, the ``suffix`` option)
    assigned before the bucket's statement; an existing ``unique_suffix`` assignment in the
    function is reused. Such a bucket also gets ``force_destroy=True``, and so does any other
    bucket without ``force_destroy``.

Why
    A name that changes on every synth makes Terraform replace the bucket on every deploy. With a
    fixed name, ``force_destroy`` lets a test or CI stack be torn down although the bucket holds
    objects.

Example
    S3Bucket(self, "logs", bucket=f"app-logs-{int(time.time())}")
    becomes
    unique_suffix = "0001"
    S3Bucket(self, "logs", bucket=f"app-logs-{unique_suffix}", force_destroy=True)

What it leaves alone
    ``force_destroy=False`` written explicitly (a decision to keep the objects) and calls passing
    ``**kwargs``, which may set it. A name that is random as a whole (``bucket=str(uuid.uuid4())``)
    is reported, not guessed. A bucket that is not a statement of its own (in a list, a
    ``return``) is reported. A local holding the random value keeps it (other code may use it).

Fix safety
    Opinionated: the bucket gets another name (Terraform replaces it once) and may be destroyed
    with its objects.
"""
from __future__ import annotations

import libcst as cst

from codemods.core.edits import Edit, Safety
from codemods.core.transform import Transform
from codemods.python import syntax as py
from codemods.python.provider import provider_calls
from transforms.deterministic_bucket_names import ID, OPTIONS

NAME_KEYS = ("bucket", "bucket_prefix")
SUFFIX_NAME = "unique_suffix"
RANDOM_CALLS = frozenset({
    ("time", "time"), ("time", "time_ns"), ("datetime", "now"), ("datetime", "utcnow"), ("datetime", "datetime", "now"),
    ("datetime", "datetime", "utcnow"), ("uuid", "uuid4"), ("uuid", "uuid1"), ("random", "randint"),
    ("random", "random"), ("random", "choice"), ("random", "choices"), ("random", "getrandbits"),
    ("secrets", "token_hex"), ("secrets", "token_urlsafe"), ("Fn", "uuid"), ("Fn", "timestamp"),
    ("uuid4",), ("uuid1",), ("token_hex",), ("randint",),
})
WRAPPERS = frozenset({"str", "int", "hex", "format"})


class BucketNamesPy(Transform):
    id = f"{ID}-py"
    aliases = ("bucket-names-py",)
    name = "Deterministic bucket names (Python)"
    failure = 3
    summary = "Replace random parts of S3 bucket names by a fixed suffix and set force_destroy (Python)."
    safety = Safety.OPINIONATED
    languages = ("python",)
    options = OPTIONS
    options_of = ID

    def check(self, ctx):
        imports = ctx.imports
        idx = imports.idx
        buckets = [t.call for t in provider_calls(imports)
                   if t.name == "S3Bucket" and t.call.is_construct and not t.call.has_unpacking]
        anchors = _suffix_anchors(ctx, idx, buckets)
        for call in buckets:
            yield from _bucket(ctx, idx, call, anchors)


def _suffix_anchors(ctx, idx: py.Index, buckets: list[py.Call]) -> dict[int, cst.CSTNode]:
    """Per function (by id), the statement before which its fixed suffix is assigned: the first
    one that holds a bucket with a random name. Every fix of the function inserts the same line
    there, so the engine applies it once."""
    anchors: dict[int, cst.CSTNode] = {}
    for call in buckets:
        if any(_random_parts(idx, a.value) for k, a in call.keywords.items() if k in NAME_KEYS):
            body, key = _body_of(ctx, idx, call.node)
            top = next((s for s in body if idx.start(s) <= idx.start(call.node) < idx.end(s)), None)
            if top is not None and key not in anchors:
                anchors[key] = top
    return anchors


def _body_of(ctx, idx: py.Index, node: cst.CSTNode) -> tuple[list[cst.CSTNode], int]:
    """The statements of the function holding ``node`` (the module's outside functions), and its id."""
    function = idx.enclosing(node, cst.FunctionDef)
    return (list(function.body.body), id(function)) if function is not None else (list(ctx.tree.body), id(ctx.tree))


def _bucket(ctx, idx: py.Index, call: py.Call, anchors: dict[int, cst.CSTNode]):
    label = idx.text(ctx.source, call.positional[1].value)
    force = [] if "force_destroy" in call.keywords else py.insert_element(ctx.source, idx, call.node,
                                                                           "force_destroy=True")
    parts: list[cst.BaseExpression] = []
    for key in NAME_KEYS:
        arg = call.keywords.get(key)
        if arg is None:
            continue
        if _is_random(idx, arg.value):
            yield ctx.finding(f"S3Bucket {label}: the name {idx.text(ctx.source, arg.value)} is random as a whole; "
                              "give it a fixed name", idx.span(arg.value))
            return
        parts += _random_parts(idx, arg.value)
    if not parts:
        if force:
            # The name is not random: the bucket may hold data worth keeping, so this is for test stacks.
            yield ctx.finding(f"S3Bucket {label}: add force_destroy=True", idx.span(call.node), force,
                              Safety.DISPOSABLE)
        return
    random = ", ".join(dict.fromkeys(idx.text(ctx.source, p) for p in parts))
    statement = _own_statement(idx, call.node)
    if statement is None:
        yield ctx.finding(f"S3Bucket {label}: the name uses {random}; no statement can hold a fixed suffix",
                          idx.span(parts[0]))
        return
    edits = [py.replace(idx, p, SUFFIX_NAME) for p in parts] + _suffix_declaration(ctx, idx, statement, anchors) + force
    yield ctx.finding(f"S3Bucket {label}: replace {random} in the name by the fixed suffix {SUFFIX_NAME}",
                      idx.span(parts[0]), edits)


def _random_parts(idx: py.Index, value: cst.BaseExpression) -> list[cst.BaseExpression]:
    """The random sub-expressions of a name: f-string expressions, ``+`` operands, or a local."""
    if isinstance(value, cst.FormattedString):
        pieces = [p.expression for p in value.parts if isinstance(p, cst.FormattedStringExpression)]
    elif isinstance(value, cst.BinaryOperation) and isinstance(value.operator, cst.Add):
        pieces = [value.left, value.right]
    else:
        pieces = [value]
    found = []
    for piece in pieces:
        if isinstance(piece, cst.BinaryOperation):
            found += _random_parts(idx, piece)
        elif _is_random(idx, piece) or _holds_random(idx, piece):
            found.append(piece)
    return found


def _is_random(idx: py.Index, expr: cst.BaseExpression) -> bool:
    """A call that differs on every run, or such a value wrapped (``str(...)[:8]``, ``.hex``)."""
    if isinstance(expr, cst.Call):
        path = py.dotted(expr.func)
        if path in RANDOM_CALLS:
            return True
        if path is not None and len(path) == 1 and path[0] in WRAPPERS and expr.args:
            return _is_random(idx, expr.args[0].value)
        return isinstance(expr.func, cst.Attribute) and _is_random(idx, expr.func.value)
    if isinstance(expr, (cst.Attribute, cst.Subscript)):
        return _is_random(idx, expr.value)
    return False


def _holds_random(idx: py.Index, expr: cst.BaseExpression) -> bool:
    """A local assigned a random value before ``expr``, in the same function."""
    if not isinstance(expr, cst.Name):
        return False
    function = idx.enclosing(expr, cst.FunctionDef)
    body = function.body.body if function is not None else idx.module.body
    value = None
    for statement in body:
        if idx.start(statement) >= idx.start(expr):
            break
        for small in statement.body if isinstance(statement, cst.SimpleStatementLine) else []:
            if isinstance(small, cst.Assign) and any(py.dotted(t.target) == (expr.value,) for t in small.targets):
                value = small.value
    return value is not None and _is_random(idx, value)


def _own_statement(idx: py.Index, call: cst.Call) -> cst.SimpleStatementLine | None:
    parent = idx.parent(call)
    if isinstance(parent, (cst.Expr, cst.Assign, cst.AnnAssign)):
        line = idx.parent(parent)
        if isinstance(line, cst.SimpleStatementLine) and len(line.body) == 1:
            return line
    return None


def _suffix_declaration(ctx, idx: py.Index, statement: cst.SimpleStatementLine,
                        anchors: dict[int, cst.CSTNode]) -> list[Edit]:
    """``unique_suffix = "0001"`` before the function's anchor, unless it already assigns it before."""
    body, key = _body_of(ctx, idx, statement)
    for earlier in body:
        if idx.start(earlier) >= idx.start(statement):
            break
        if isinstance(earlier, cst.SimpleStatementLine) and any(
                isinstance(s, cst.Assign) and any(py.dotted(t.target) == (SUFFIX_NAME,) for t in s.targets)
                for s in earlier.body):
            return []
    anchor = anchors[key]
    quote = py.quote_of(anchor)
    return [py.insert_before_statement(ctx.source, idx, anchor, [
        "# A fixed suffix keeps the bucket name the same on every synth",
        f"{SUFFIX_NAME} = {quote}{ctx.option('suffix')}{quote}",
    ])]


TRANSFORM = BucketNamesPy()
