import { Construct } from 'constructs';
import { SecretsmanagerSecret } from '@cdktf/provider-aws/lib/secretsmanager-secret';
import { SecretsmanagerSecretRotation } from '@cdktf/provider-aws/lib/secretsmanager-secret-rotation';

export interface VaultProps {
  rotate?: boolean;
}

export class Vault extends Construct {
  private readonly token: SecretsmanagerSecret;

  constructor(scope: Construct, id: string, props: VaultProps) {
    super(scope, id);

    this.token = new SecretsmanagerSecret(this, `${id}-token`, {
      name: `${id}-service-token`,
    });
    if (props.rotate !== false) {
      new SecretsmanagerSecretRotation(this, `${id}-token-rotation`, {
        secretId: this.token.id,
        rotationRules: {
          automaticallyAfterDays: 14,
        },
      });
    }

    const signing = new SecretsmanagerSecret(this, 'signing-key', {
      name: 'signing-key',
    });
    new SecretsmanagerSecretRotation(this, 'signing-key-rotation', {
      secretId: signing.id,
      rotationRules: { scheduleExpression: 'rate(30 days)' },
    });
    void signing;
    void this.token;
  }
}
