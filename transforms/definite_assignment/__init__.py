"""definite-assignment: a class field the constructor does not assign on every path gets ``!``.

What the TypeScript (``ts.py``) transform of this folder holds.
"""
