import * as aws from '@cdktf/provider-aws';
import { Construct } from 'constructs';

export class FunctionRole extends Construct {
  public readonly policyJson: string;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const document = new aws.dataAwsIamPolicyDocument.DataAwsIamPolicyDocument(this, 'logging', {
      statement: [
        {
          effect: 'Allow',
          actions: [
            'logs:CreateLogGroup',
            'logs:CreateLogStream',
            'logs:PutLogEvents',
            'logs:DescribeLogGroups',
            'logs:DescribeLogStreams',
          ],
          resources: ['*'],
          condition: [{ test: 'StringEquals', variable: 'aws:RequestedRegion', values: ['eu-west-1'] }],
        },
      ],
    });
    this.policyJson = document.json;
  }
}
