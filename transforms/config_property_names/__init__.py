"""config-property-names: rename a property the provider config does not have to its one clear match.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
