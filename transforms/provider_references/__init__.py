"""provider-references: pass the provider object, not its Terraform name, as ``provider``.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
