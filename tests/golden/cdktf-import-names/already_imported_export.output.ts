import { Construct } from 'constructs';
import { TerraformStack, TerraformOutput } from 'cdktf';

export class Outputs extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new TerraformOutput(this, 'region', { value: 'eu-west-1' });
    new TerraformOutput(this, 'stage', { value: 'prod' });
  }
}
