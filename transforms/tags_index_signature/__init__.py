"""tags-index-signature: let a tags interface be passed where the provider wants a string map.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
