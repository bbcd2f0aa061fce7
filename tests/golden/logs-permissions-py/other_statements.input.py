import json

LOG_ACTIONS = ["logs:PutLogEvents"]

POLICY = json.dumps({
    "Statement": [
        {"Effect": "Allow", "Action": ["logs:PutLogEvents", "s3:GetObject"], "Resource": "arn:aws:logs:*:*:*"},
        {"Effect": "Deny", "Action": "logs:DeleteLogGroup", "Resource": "arn:aws:logs:*:*:*"},
        {"Effect": "Allow", "Action": "logs:PutLogEvents",
         "Resource": "arn:aws:logs:us-east-1:123456789012:log-group:/app/*"},
        {"Effect": "Allow", "Action": LOG_ACTIONS, "Resource": "arn:aws:logs:*:*:*"},
        {"Effect": "Allow", "Action": ["logs:PutLogEvents"], "Resource": ["arn:aws:logs:*:*:*", "arn:aws:s3:::b/*"]},
    ],
})
