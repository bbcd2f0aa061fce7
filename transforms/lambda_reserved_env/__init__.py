"""lambda-reserved-env-py: drop the environment variables Lambda reserves for itself.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
