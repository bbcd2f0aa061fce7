"""fn-names: call cdktf's ``Fn`` (and ``Token``, ``Lazy``) functions by their real names.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
