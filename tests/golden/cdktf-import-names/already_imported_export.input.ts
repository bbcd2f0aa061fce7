import { Construct } from 'constructs';
import { TerraformStack, TerraformOutput, Output } from 'cdktf';

export class Outputs extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new TerraformOutput(this, 'region', { value: 'eu-west-1' });
    new Output(this, 'stage', { value: 'prod' });
  }
}
