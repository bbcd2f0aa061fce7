"""deterministic-bucket-names (failure 3): give S3 buckets names that are the same on every synth.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
from __future__ import annotations

from codemods.core.transform import Option

ID = "deterministic-bucket-names"
OPTIONS = {"suffix": Option("0001", "the fixed suffix that replaces the random part of a bucket name")}
