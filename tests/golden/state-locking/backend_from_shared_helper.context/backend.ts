import { Construct } from 'constructs';
import { CloudBackend, NamedCloudWorkspace } from 'cdktf';

export function configureBackend(scope: Construct, name: string): void {
  new CloudBackend(scope, { organization: 'acme', workspaces: new NamedCloudWorkspace(name) });
}
