import { Construct } from "constructs";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

export class Telemetry extends Construct {
  public readonly metrics: S3Bucket;
  public readonly metricsName: string;
  private readonly runId: string;

  constructor(scope: Construct, id: string, prefix: string) {
    super(scope, id);

    const createdAt = new Date().getTime();
    const tracesName = `${prefix}-traces-${createdAt}`.toLowerCase();

    new S3Bucket(this, "traces", {
      bucket: tracesName,
      tags: { Name: tracesName },
    });

    this.metricsName = `${prefix}-metrics-${Math.random().toString(36).slice(2, 10)}`;
    this.metrics = new S3Bucket(this, "metrics", { bucket: this.metricsName });

    this.runId = Date.now() + "-" + Math.random().toString(36).substring(2, 6);
    new S3Bucket(this, "runs", {
      bucket: `${prefix}-runs-${this.runId}`,
      tags: { Run: this.runId },
    });
  }
}
