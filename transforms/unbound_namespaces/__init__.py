"""unbound-namespaces (failure 1): provider namespaces used as if imported, never imported.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
