import json

POLICY = json.dumps({
    "Statement": [{
        "Effect": "Allow",
        "Action": [
            "logs:CreateLogStream",  # one stream per task
            "logs:PutLogEvents",
        ],
        "Resource": "arn:aws:logs:*:*:*",
    }],
})
