"""readonly-fields: readonly class fields that the class assigns outside its constructor.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
