"""block-struct-classes-py: build a nested block with the struct class its keyword declares.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
