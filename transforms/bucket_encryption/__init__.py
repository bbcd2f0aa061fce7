"""bucket-encryption (failure 10): give every S3 bucket a server-side encryption configuration.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
