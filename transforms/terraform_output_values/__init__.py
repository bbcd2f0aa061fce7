"""terraform-output-values (failure 5): every TerraformOutput reads a property that exists.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
