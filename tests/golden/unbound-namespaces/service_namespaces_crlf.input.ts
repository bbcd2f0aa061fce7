import { Construct } from 'constructs'

export class Workers extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id)
    const role = new iam.IamRole(this, 'role', { assumeRolePolicy: '{}' })
    new iam.IamInstanceProfile(this, 'profile', { role: role.name })
    new ec2.Instance(this, 'worker', { ami: 'ami-123', instanceType: 't3.micro' })
  }
}
