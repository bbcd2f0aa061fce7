"""scalar-types: give a provider property a literal of the scalar type its schema declares.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
