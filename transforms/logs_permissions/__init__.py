"""logs-permissions (failure 12): give CloudWatch Logs statements the explicit action list.

What the TypeScript (``ts.py``) and Python (``py.py``) transforms of this folder share.
"""
from __future__ import annotations

LOG_ACTIONS = (
    "logs:CreateLogGroup",
    "logs:CreateLogStream",
    "logs:PutLogEvents",
    "logs:DescribeLogGroups",
    "logs:DescribeLogStreams",
)
WILDCARD_LOGS_ARN = "arn:aws:logs:*:*:*"
