"""dynamic-availability-zones (failure 8): build availability zone names from the region in scope.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
