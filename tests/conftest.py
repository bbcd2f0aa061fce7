import pytest


def pytest_addoption(parser):
    parser.addoption(
        "--update",
        action="store_true",
        default=False,
        help="rewrite golden outputs from the current transforms (read every changed file before committing)",
    )


@pytest.fixture
def update(request) -> bool:
    return request.config.getoption("--update")


@pytest.fixture(autouse=True)
def _no_result_cache(request, monkeypatch):
    """Tests swap transforms under fixed ids; only the cache's own tests use the result cache."""
    if "uses_cache" not in request.keywords:
        monkeypatch.setenv("CODEMOD_NO_CACHE", "1")
