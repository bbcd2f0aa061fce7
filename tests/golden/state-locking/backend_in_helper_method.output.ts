import { Construct } from 'constructs';
import { RemoteBackend, S3Backend, TerraformStack } from 'cdktf';

interface BackendChoice {
  kind: 's3' | 'remote';
  bucket: string;
}

export class FleetStack extends TerraformStack {
  constructor(scope: Construct, id: string, backend: BackendChoice) {
    super(scope, id);
    this.useBackend(backend);
  }

  private useBackend(choice: BackendChoice): void {
    if (choice.kind === 's3') {
      new S3Backend(this, { bucket: choice.bucket, key: 'fleet.tfstate', region: 'us-east-1' });
      this.addOverride('terraform.backend.s3.use_lockfile', true);
    } else {
      new RemoteBackend(this, { organization: 'fleet', workspaces: { name: 'fleet' } });
    }
  }
}
