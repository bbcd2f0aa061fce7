"""The verification ladder compile -> synth -> scan, and its HTML report.

- :func:`codemods.verify.ladder.verify` runs one project up to a level;
- :func:`codemods.verify.synth.synth` synthesizes a project with node (the submodule keeps its name:
  the function is not re-exported here);
- :func:`codemods.verify.pycheck.check` and :func:`codemods.verify.pysynth.synth` do the first two
  rungs for CDKTF Python (basedpyright, python with the pinned packages);
- :func:`codemods.verify.scan.scan` runs checkov on synthesized stacks;
- :mod:`codemods.verify.tools` makes the virtual environments of checkov and the Python checker
  (``codemod verify install``);
- :func:`codemods.verify.html.render` writes a self-contained before/after report.
"""
from .ladder import LEVELS, LadderResult, verify, verify_files
from .scan import ScanResult, ScanUnavailable
from .synth import SynthResult

__all__ = ["LEVELS", "LadderResult", "ScanResult", "ScanUnavailable", "SynthResult", "verify", "verify_files"]
