"""construct-base-class: a class that calls ``super(scope, id)`` extends ``Construct``, not ``TerraformModule``.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
