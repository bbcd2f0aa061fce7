"""split-provider-imports (failure 1): import each provider class from its own module.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
