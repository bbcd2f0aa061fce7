import { Construct } from "constructs";
import { ApplicationLoadBalancer, ApplicationLoadBalancerListener } from "@cdktf/provider-aws";

export function frontDoor(scope: Construct, subnets: string[]) {
  const alb = new ApplicationLoadBalancer(scope, "alb", { subnets });
  new ApplicationLoadBalancerListener(scope, "http", { loadBalancerArn: alb.arn, port: 80, defaultAction: [{ type: "fixed-response" }] });
}
