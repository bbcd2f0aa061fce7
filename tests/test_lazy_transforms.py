"""The transforms a run loads: what the manifest says of each is what its module says, and a run
over TypeScript files imports neither libcst nor the transforms it does not use."""
from __future__ import annotations

import subprocess
import sys

import transforms
from codemods.registry import all_transforms


def test_the_manifest_says_what_the_modules_say():
    # with no manifest yet (a fresh checkout, or after an edit) the first call writes it and
    # returns the imported transforms; the second reads it back
    all_transforms.cache_clear()
    transforms.all_transforms.cache_clear()
    all_transforms()
    all_transforms.cache_clear()
    transforms.all_transforms.cache_clear()
    eager = {t.id: t for t in transforms._imported()}
    lazy = {t.id: t for t in all_transforms()}
    assert sorted(lazy) == sorted(eager)
    for tid, transform in eager.items():
        for name in transforms.FIELDS:
            expected, found = getattr(transform, name, None), getattr(lazy[tid], name, None)
            if name == "aliases":  # read as getattr(t, "aliases", ()) everywhere
                expected, found = tuple(expected or ()), tuple(found or ())
            assert found == expected, f"{tid}.{name}"
        assert lazy[tid].module_name == transform.module_name
        assert lazy[tid].documentation() == transform.documentation()


def test_a_typescript_run_imports_neither_libcst_nor_unused_transforms(tmp_path):
    (tmp_path / "stack.ts").write_text('import { Vpc } from "@cdktf/provider-aws/lib/vpc";\nconst x = 1;\n')
    script = (
        "import sys\n"
        "from codemods.api import fix_paths\n"
        "from codemods.config import load_settings\n"
        "from codemods.core.engine import RunConfig\n"
        "from codemods.registry import all_transforms\n"
        "all_transforms()\n"  # the first call may import every module to write the manifest
        "for name in [m for m in sys.modules if m.startswith(('transforms.', 'libcst'))]:\n"
        "    del sys.modules[name]\n"
        "import transforms\n"
        "transforms.all_transforms.cache_clear()\n"
        "from codemods import registry\n"
        "registry.all_transforms.cache_clear()\n"
        f"list(fix_paths([{str(tmp_path / 'stack.ts')!r}], RunConfig(list(registry.all_transforms())), True, 1, None))\n"
        "print(sorted(m for m in sys.modules if m.startswith(('transforms.', 'libcst'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    loaded = eval(out.strip().splitlines()[-1])
    assert not [m for m in loaded if m.startswith("libcst")]
    assert not [m for m in loaded if m.endswith(".py")]
    assert "transforms.kms_key_arn.ts" not in loaded  # its requires (kmsKeyId) are not in the file
