"""managed-master-password (failure 7): let AWS manage database master passwords.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
