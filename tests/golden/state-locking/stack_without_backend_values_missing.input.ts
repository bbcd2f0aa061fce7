import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';

interface WebStackConfig {
  environmentSuffix: string;
  region?: string;
}

export class WebStack extends TerraformStack {
  constructor(scope: Construct, id: string, config: WebStackConfig) {
    super(scope, id);
    const { environmentSuffix, region } = config;
    new AwsProvider(this, 'aws', { region });
    new WebTier(this, `web-${environmentSuffix}`);
  }
}

export class EdgeStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new LocalBackend(this, { path: 'edge.tfstate' });
  }
}
