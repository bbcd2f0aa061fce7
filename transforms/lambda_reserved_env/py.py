"""lambda-reserved-env-py: drop the environment variables Lambda reserves for itself.

What it fixes
    An entry of a Lambda function's ``environment`` variables (``LambdaFunctionEnvironment(
    variables={...})`` or ``environment={"variables": {...}}``) whose key is one the Lambda
    runtime sets and reserves: ``AWS_REGION``, ``AWS_DEFAULT_REGION``, ``AWS_ACCESS_KEY_ID`` and
    the others in :data:`RESERVED`. The entry is removed, with a comment after it on its line.

Why
    The Lambda API rejects the whole function: "Lambda was unable to configure your environment
    variables because the environment variables you have provided contains reserved keys that
    are currently not supported for modification. Reserved keys used in this request:
    AWS_REGION". The runtime sets these variables itself, so the code that reads them keeps
    working, with the function's own region.

Example
    environment=LambdaFunctionEnvironment(variables={"TABLE": table.name, "AWS_REGION": region})
    becomes
    environment=LambdaFunctionEnvironment(variables={"TABLE": table.name})

What it leaves alone
    Other variables (``AWS_LAMBDA_EXEC_WRAPPER`` and ``AWS_XRAY_*`` may be set); variables built
    elsewhere and passed as a variable; container environments (ECS task definitions may set
    ``AWS_REGION``).

Fix safety
    Safe: the function deploys and sees the same value, set by Lambda.
"""
from __future__ import annotations

import libcst as cst

from codemods.core.edits import Safety
from codemods.core.transform import Transform
from codemods.python import syntax as py
from codemods.python.provider import checked_values

#: Keys the Lambda runtime defines and refuses to take from the function configuration.
RESERVED = frozenset({
    "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV",
    "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
    "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME",
    "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
    "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR",
})
ENVIRONMENTS = frozenset({"LambdaFunctionEnvironment"})


class LambdaReservedEnvPy(Transform):
    id = "lambda-reserved-env-py"
    name = "Lambda reserved environment variables (Python)"
    summary = "Remove environment variables Lambda reserves (AWS_REGION, ...) from Lambda functions."
    safety = Safety.SAFE
    languages = ("python",)

    def check(self, ctx):
        idx = py.index(ctx.tree)
        for checked in checked_values(ctx.source, ctx.tree, ctx.catalog):
            entry = checked.entries.get("variables") if checked.class_name in ENVIRONMENTS else None
            if entry is None or not isinstance(entry.value, cst.Dict):
                continue
            for key, element in py.dict_entries(entry.value).items():
                if key in RESERVED:
                    yield ctx.finding(
                        f"{key} is reserved by the Lambda runtime (the function would not deploy): removed, "
                        "Lambda sets it", idx.span(element),
                        py.remove_element(ctx.source, idx, entry.value, element))


TRANSFORM = LambdaReservedEnvPy()
