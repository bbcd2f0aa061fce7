import { Construct } from 'constructs';
import { App, GcsBackend, TerraformStack } from 'cdktf';

class ReportsStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
  }
}

const app = new App();
const reports = new ReportsStack(app, 'reports');
new GcsBackend(reports, { bucket: 'acme-state', prefix: 'reports' });
app.synth();
