"""security-group-rule-fields: complete rule objects that a construct hands on to a security group rule.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
