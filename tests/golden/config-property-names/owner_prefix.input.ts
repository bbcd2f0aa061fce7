import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { ElasticacheReplicationGroup } from "@cdktf/provider-aws/lib/elasticache-replication-group";

export class CacheStack extends TerraformStack {
  constructor(scope: Construct, id: string, subnetGroupName: string) {
    super(scope, id);
    new ElasticacheReplicationGroup(this, "sessions", {
      replicationGroupId: "sessions",
      replicationGroupDescription: "session store",
      nodeType: "cache.t3.micro",
      subnetGroupName,
    });
  }
}
