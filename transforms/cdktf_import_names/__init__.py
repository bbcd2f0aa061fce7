"""cdktf-import-names: names imported from ``cdktf`` that the package does not export.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
