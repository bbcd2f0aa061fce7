import { Construct } from 'constructs';
import { S3Backend, TerraformStack } from 'cdktf';

export class LedgerStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new S3Backend(this, {
      bucket: 'ledger-state',
      key: `ledger/${id}.tfstate`,
      region: 'us-east-1',
      dynamodbTable: 'ledger-state-locks',
    });
  }
}
