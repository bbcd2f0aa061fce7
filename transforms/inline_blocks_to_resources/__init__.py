"""inline-blocks-to-resources: move a setting the provider models as its own resource out of the config.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
