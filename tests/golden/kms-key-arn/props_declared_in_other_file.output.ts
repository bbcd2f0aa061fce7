import { Construct } from "constructs";
import { RedshiftCluster } from "@cdktf/provider-aws/lib/redshift-cluster";
import { S3Object } from "@cdktf/provider-aws/lib/s3-object";
import { ArchiveProps, WarehouseProps } from "./props";

export class Warehouse extends Construct {
  constructor(scope: Construct, id: string, props: WarehouseProps) {
    super(scope, id);
    new RedshiftCluster(this, "warehouse", {
      clusterIdentifier: "warehouse",
      nodeType: props.nodeType,
      encrypted: "true",
      ...(props.kmsKeyId && { kmsKeyId: props.kmsKeyId }),
    });
  }
}

export class Archive extends Construct {
  constructor(scope: Construct, id: string, props: ArchiveProps) {
    super(scope, id);
    new S3Object(this, "readme", { bucket: props.bucket, key: "README", content: "archive" });
  }
}
