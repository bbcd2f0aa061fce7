"""untyped-blocks-py: write blocks the provider types as ``any`` as dicts, not as invented classes.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
