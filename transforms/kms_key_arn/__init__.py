"""kms-key-arn (failure 2): a ``kmsKeyId`` that must be a key ARN gets an alias or a bare key id.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
