"""Every TypeScript golden result (the output, or the input of a case that must not change)
type-checks with the real compiler against the pinned cdktf and provider typings.

The typings are installed once (``codemod typings install``: a cached folder, reused by every
later run). A golden file that is deliberately not a whole program opts out with the first line
``// codemod-golden: no-typecheck``; each opted-out file is listed as a skip with its path.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from golden_cases import all_cases

from codemods import typings

OPT_OUT = b"// codemod-golden: no-typecheck"
CASES = [c for c in all_cases() if c.ext in (".ts", ".tsx")]
ROOT = Path(__file__).parent.parent

# case id -> why its golden result does not compile (each one named, never all at once); the
# owners of these cases can add the opt-out line instead, and then drop them from here
SYNTAX_ERROR_BY_DESIGN = "the case holds a syntax error on purpose (the transform must work around it)"
FRAGMENT = "a fragment that uses classes it never declares or imports"
OLD_PIN = "left alone for a project pinned to an older provider, whose names 21.x does not have"
KNOWN_FAILURES: dict[str, str] = {
    "all-protocol-ports/syntax_error_elsewhere": SYNTAX_ERROR_BY_DESIGN,
    "dynamic-availability-zones/data_source_region": SYNTAX_ERROR_BY_DESIGN,
    "kms-key-arn/syntax_error_elsewhere": SYNTAX_ERROR_BY_DESIGN,
    "logs-permissions/syntax_error_elsewhere": SYNTAX_ERROR_BY_DESIGN,
    "managed-master-password/syntax_error_elsewhere": SYNTAX_ERROR_BY_DESIGN,
    "split-provider-imports/syntax_error_elsewhere": SYNTAX_ERROR_BY_DESIGN,
    "state-locking/syntax_error_elsewhere": SYNTAX_ERROR_BY_DESIGN,
    "split-provider-imports/unknown_name": "imports a class the provider does not have, on purpose",
    "split-provider-imports/broken_import_left_alone": SYNTAX_ERROR_BY_DESIGN,
    "cdktf-import-names/exported_names_and_provider_classes": "imports a provider class from cdktf, on purpose (split-provider-imports moves it)",
    "cdktf-import-names/namespace_import_and_taken_name": "an unknown cdktf name whose export name the file takes, on purpose",
    "cdktf-import-names/no_single_match_reported": "imports a name cdktf does not have, on purpose",
    "config-property-names/load_balancer_scheme_left_alone": "keys with no clear match are reported and left, on purpose",
    "unbound-namespaces/unknown_member_reported": "a namespace member the provider does not have, on purpose",
    "split-provider-imports/pinned_v9_left_alone": OLD_PIN,
    "bucket-encryption/gen_bindings_left_alone": "imports the project's .gen bindings, which the case's project only stubs",
    "split-provider-imports/lockfile_resolves_v19": OLD_PIN,
    "state-locking/namespace_stack_old_terraform": FRAGMENT,
    "state-locking/old_terraform_removes_override": FRAGMENT,
    "state-locking/terraform_version_file_old": FRAGMENT,
    "state-locking/stack_without_backend_props_fields": FRAGMENT,
    "state-locking/stack_without_backend_values_missing": FRAGMENT,
}


@pytest.fixture(scope="session")
def typings_folder() -> Path:
    try:
        return typings.install()
    except typings.TypingsError as exc:
        pytest.skip(f"cannot set up the typings: {exc}")


@pytest.fixture(scope="module")
def checker(typings_folder):
    checker = typings.Checker(typings_folder)
    yield checker
    checker.close()


def golden_result(case) -> Path:
    return case.output if case.output.exists() else case.input


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_golden_result_type_checks(case, checker, request):
    path = golden_result(case)
    code = path.read_bytes()
    if code.splitlines()[:1] == [OPT_OUT]:
        assert case.id not in KNOWN_FAILURES, f"{case.id} opted out: remove it from KNOWN_FAILURES"
        pytest.skip(f"opted out of type-checking: {path.relative_to(ROOT)}")
    if case.id in KNOWN_FAILURES:
        request.applymarker(pytest.mark.xfail(reason=KNOWN_FAILURES[case.id], strict=True))
    files = {f"lib/{case.name}{case.ext}": code, **{f"lib/{k}": v for k, v in case.context.items()}}
    verdict = checker.check(files)
    assert verdict.clean, f"{path.relative_to(ROOT)} does not compile:\n" + "\n".join(verdict.record()["messages"])
