"""all-protocol-ports (failure 6): the port range of an all-protocols (``-1``) security group rule.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
