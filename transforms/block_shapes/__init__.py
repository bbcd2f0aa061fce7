"""block-shapes: give a nested block the shape its schema declares, a list or a single object.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
