"""nat-route-dependency (failure 9): a route through a NAT gateway depends on that gateway.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
