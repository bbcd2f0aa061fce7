import { Construct } from "constructs";
import { S3Bucket, RandomId, DataArchiveFile } from "@cdktf/provider-aws";
import { RandomPassword, RandomProvider } from "@cdktf/provider-random";
import { Id } from "@cdktf/provider-random/lib/random-id";

export function f(scope: Construct) {
  new RandomProvider(scope, "random");
  const suffix = new RandomId(scope, "r", { byteLength: 4 });
  new Id(scope, "r2", { byteLength: 4 });
  new RandomPassword(scope, "p", { length: 16 });
  new DataArchiveFile(scope, "zip", { type: "zip", outputPath: "out.zip" });
  new S3Bucket(scope, "b", { bucket: suffix.hex });
}
