"""logs-permissions (failure 12): give CloudWatch Logs statements the explicit action list.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
