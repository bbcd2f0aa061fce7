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
