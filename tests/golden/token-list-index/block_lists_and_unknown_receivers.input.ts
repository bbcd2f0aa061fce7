import { Construct } from "constructs";
import { TerraformStack, TerraformOutput } from "cdktf";
import { EksCluster } from "@cdktf/provider-aws/lib/eks-cluster";
import { AcmCertificate } from "@cdktf/provider-aws/lib/acm-certificate";

export class ClusterStack extends TerraformStack {
  constructor(scope: Construct, id: string, roleArn: string, zones: string[]) {
    super(scope, id);
    const cluster = new EksCluster(this, "eks", { name: "main", roleArn, vpcConfig: { subnetIds: [] } });
    const cert = new AcmCertificate(this, "cert", { domainName: "example.com", validationMethod: "DNS" });
    new TerraformOutput(this, "ca", { value: cluster.certificateAuthority.get(0).data });
    new TerraformOutput(this, "record", { value: cert.domainValidationOptions.get(0).resourceRecordName });
    new TerraformOutput(this, "zone", { value: zones[0] });
    new TerraformOutput(this, "letter", { value: cluster.name[0] });
  }
}
