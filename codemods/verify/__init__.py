"""The verification ladder compile -> synth -> scan, and its HTML report.

- :func:`codemods.verify.ladder.verify` runs one project up to a level;
- :func:`codemods.verify.synth.synth` synthesizes a project with node;
- :func:`codemods.verify.scan.scan` runs checkov on synthesized stacks (optional ``verify`` extra);
- :func:`codemods.verify.html.render` writes a self-contained before/after report.
"""
from .ladder import LEVELS, LadderResult, verify
from .scan import ScanResult, ScanUnavailable
from .synth import SynthResult, synth

__all__ = ["LEVELS", "LadderResult", "ScanResult", "ScanUnavailable", "SynthResult", "synth", "verify"]
