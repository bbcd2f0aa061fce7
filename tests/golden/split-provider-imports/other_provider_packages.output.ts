import { Construct } from "constructs";
import { DataArchiveFile } from "@cdktf/provider-archive/lib/data-archive-file";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { Id as RandomId, Id } from "@cdktf/provider-random/lib/id";
import { Password as RandomPassword } from "@cdktf/provider-random/lib/password";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";

export function f(scope: Construct) {
  new RandomProvider(scope, "random");
  const suffix = new RandomId(scope, "r", { byteLength: 4 });
  new Id(scope, "r2", { byteLength: 4 });
  new RandomPassword(scope, "p", { length: 16 });
  new DataArchiveFile(scope, "zip", { type: "zip", outputPath: "out.zip" });
  new S3Bucket(scope, "b", { bucket: suffix.hex });
}
