import { Construct } from "constructs";
import { Lb } from "@cdktf/provider-aws/lib/lb";

export function logged(scope: Construct, bucket: string, on: boolean) {
  new Lb(scope, "a", { accessLogs: { enabled: true, bucket } });
  new Lb(scope, "b", { accessLogs: { enabled: false, bucket } });
  new Lb(scope, "c", { accessLogs: { enabled: on, bucket } });
}
