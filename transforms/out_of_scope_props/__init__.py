"""out-of-scope-props (failure 11): ``props.X`` and ``config.X`` read where there is no such value.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
