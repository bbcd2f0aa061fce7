"""token-list-index: read one element of a provider list attribute with ``Fn.element``.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
