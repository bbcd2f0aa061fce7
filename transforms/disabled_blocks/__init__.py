"""disabled-blocks: drop a switched-off block that lacks the settings its schema requires.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
