"""state-locking (failure 4): lock the S3 state of every stack, and give a stack without a backend one.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
from __future__ import annotations

import re

from codemods.core.pins import terraform_version_for
from codemods.core.project import on_disk

LOCKFILE_PATH = "terraform.backend.s3.use_lockfile"
FIRST_LOCKFILE_VERSION = (1, 10)


def supports_lockfile(version) -> bool:
    """Whether Terraform ``version`` ("1.9", "1.10.2", "v1.11") reads ``use_lockfile``."""
    numbers = tuple(int(n) for n in re.findall(r"\d+", str(version)))
    if not numbers:
        raise ValueError(f"terraform_version {version!r}: expected a version such as 1.10")
    return numbers >= FIRST_LOCKFILE_VERSION


def deploying_version(ctx) -> str:
    """The Terraform version the stacks deploy with: the ``terraform_version`` option when it is
    configured, else the version the project's ``.terraform-version`` or ``.tool-versions`` names,
    else the option's default."""
    if "terraform_version" in ctx.options:
        return ctx.options["terraform_version"]
    found = terraform_version_for(ctx.file.path) if on_disk(ctx.project, ctx.file.path) else None
    return found[0] if found else ctx.option("terraform_version")
