import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";
import { NetworkProps } from "./declared_in_other_file";

export class NetworkStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: NetworkProps) {
    super(scope, id);
    new Vpc(this, "vpc", { cidrBlock: "10.0.0.0/16", tags: props.defaultTags });
  }
}
