"""state-locking (failure 4): lock the S3 state of every stack, and give a stack without a backend one.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
