import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { configureBackend } from './backend';

export class BillingStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    configureBackend(this, 'billing');
  }
}
