import { Construct } from 'constructs';
import { SecretsmanagerSecret } from '@cdktf/provider-aws/lib/secretsmanager-secret';

export interface VaultProps {
  rotate?: boolean;
}

export class Vault extends Construct {
  private readonly token: SecretsmanagerSecret;

  constructor(scope: Construct, id: string, props: VaultProps) {
    super(scope, id);

    this.token = new SecretsmanagerSecret(this, `${id}-token`, {
      name: `${id}-service-token`,
      rotationRules:
        props.rotate !== false
          ? {
              automaticallyAfterDays: 14,
            }
          : undefined,
    });

    const signing = new SecretsmanagerSecret(this, 'signing-key', {
      name: 'signing-key',
      rotationRules: { scheduleExpression: 'rate(30 days)' },
    });
    void signing;
    void this.token;
  }
}
