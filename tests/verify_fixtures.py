"""Session fixtures for the verification tools: installed once (from the package registries) or skipped."""
from __future__ import annotations

import pytest

from codemods.verify import tools


def _environment(name: str) -> tools.Environment:
    try:
        return tools.install(name)
    except tools.ToolError as exc:
        pytest.skip(f"cannot install the {name} environment: {str(exc).splitlines()[0]}")


@pytest.fixture(scope="session")
def checkov_env() -> tools.Environment:
    """checkov in its own environment (``codemod verify install --only checkov``)."""
    return _environment(tools.CHECKOV)


@pytest.fixture(scope="session")
def python_env() -> tools.Environment:
    """basedpyright with the pinned CDKTF Python packages (``codemod verify install --only python``)."""
    return _environment(tools.PYTHON)
