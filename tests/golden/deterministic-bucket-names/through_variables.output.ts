import { Construct } from "constructs";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

export class Telemetry extends Construct {
  public readonly metrics: S3Bucket;
  public readonly metricsName: string;
  private readonly runId: string;

  constructor(scope: Construct, id: string, prefix: string) {
    super(scope, id);

    // A fixed suffix keeps the bucket name the same on every synth
    const uniqueSuffix = "0001";
    const tracesName = `${prefix}-traces-${uniqueSuffix}`.toLowerCase();

    new S3Bucket(this, "traces", {
      bucket: tracesName,
      tags: { Name: tracesName },
      forceDestroy: true,
    });

    this.metricsName = `${prefix}-metrics-${uniqueSuffix}`;
    this.metrics = new S3Bucket(this, "metrics", { bucket: this.metricsName, forceDestroy: true });

    this.runId = Date.now() + "-" + Math.random().toString(36).substring(2, 6);
    new S3Bucket(this, "runs", {
      bucket: `${prefix}-runs-${uniqueSuffix}`,
      tags: { Run: this.runId },
      forceDestroy: true,
    });
  }
}
