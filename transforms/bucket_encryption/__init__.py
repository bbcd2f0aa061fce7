"""bucket-encryption (failure 10): give every S3 bucket a server-side encryption configuration.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
from __future__ import annotations

CLASS = "S3BucketServerSideEncryptionConfigurationA"
ENCRYPTION_CLASSES = frozenset({
    CLASS, "S3BucketServerSideEncryptionConfiguration", "S3BucketServerSideEncryptionConfigurationV2",
    "S3BucketEncryption",
})
