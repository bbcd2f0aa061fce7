"""js-literals-py: JavaScript's ``true``, ``false`` and ``null`` written in Python.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
