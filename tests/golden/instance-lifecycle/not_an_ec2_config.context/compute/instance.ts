import { Construct } from 'constructs';

export interface InstanceProps {
  size: string;
}

export class Instance extends Construct {
  constructor(scope: Construct, id: string, props: InstanceProps) {
    super(scope, id);
    this.node.addMetadata('size', props.size);
  }
}
