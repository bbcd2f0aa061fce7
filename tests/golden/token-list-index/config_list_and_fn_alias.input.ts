import { Construct } from "constructs";
import { TerraformStack, Fn as TfFn, TerraformOutput } from "cdktf";
import { DataAwsAmiIds } from "@cdktf/provider-aws/lib/data-aws-ami-ids";
import { LbTargetGroup } from "@cdktf/provider-aws/lib/lb-target-group";

export class ImagesStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const images = new DataAwsAmiIds(this, "images", { owners: ["amazon"] });
    new TerraformOutput(this, "first-image", { value: images.ids.get(0) });
    new TerraformOutput(this, "first-owner", { value: images.owners[0] });
    const group = new LbTargetGroup(this, "tg", { port: 80 });
    new TerraformOutput(this, "lb", { value: TfFn.element(group.loadBalancerArns, 0) });
  }
}
