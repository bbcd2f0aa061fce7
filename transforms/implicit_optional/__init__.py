"""implicit-optional-py: parameters whose default is None but whose annotation does not allow it.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
