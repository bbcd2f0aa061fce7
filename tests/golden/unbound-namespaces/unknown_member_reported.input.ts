import { Construct } from "constructs";

export class Edge extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new elb.ApplicationLoadBalancerListenerThing(this, "listener", {});
  }
}
