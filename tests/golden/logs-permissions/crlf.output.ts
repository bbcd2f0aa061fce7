import { Construct } from 'constructs';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';

// Lets the exporter write and expire its own streams.
export function exporter(scope: Construct, role: string) {
  new IamRolePolicy(scope, 'exporter', {
    role,
    policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogGroups', 'logs:DescribeLogStreams', 'logs:PutRetentionPolicy'], Resource: '*' }, // one line
        {
          Effect: 'Allow',
          Action: [
            'logs:CreateLogGroup',
            'logs:CreateLogStream',
            'logs:PutLogEvents',
            'logs:DescribeLogGroups',
            'logs:DescribeLogStreams',
          ], // for the exporter
          Resource: '*',
        },
      ],
    }),
  });
}
