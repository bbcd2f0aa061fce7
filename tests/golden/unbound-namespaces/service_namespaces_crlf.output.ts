import { Construct } from 'constructs'
import { IamInstanceProfile } from '@cdktf/provider-aws/lib/iam-instance-profile'
import { IamRole } from '@cdktf/provider-aws/lib/iam-role'
import { Instance } from '@cdktf/provider-aws/lib/instance'

export class Workers extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id)
    const role = new IamRole(this, 'role', { assumeRolePolicy: '{}' })
    new IamInstanceProfile(this, 'profile', { role: role.name })
    new Instance(this, 'worker', { ami: 'ami-123', instanceType: 't3.micro' })
  }
}
