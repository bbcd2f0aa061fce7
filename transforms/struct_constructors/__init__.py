"""struct-constructors: a provider block struct used with ``new`` becomes the block it describes.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
