import { Construct } from "constructs";
import { Alb } from "@cdktf/provider-aws/lib/alb";
import { AlbListener } from "@cdktf/provider-aws/lib/alb-listener";

export function frontDoor(scope: Construct, subnets: string[]) {
  const alb = new Alb(scope, "alb", { subnets });
  new AlbListener(scope, "http", { loadBalancerArn: alb.arn, port: 80, defaultAction: [{ type: "fixed-response" }] });
}
