import { Construct } from "constructs";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";
import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";
import { SecretsmanagerSecret } from "@cdktf/provider-aws/lib/secretsmanager-secret";
import { KinesisStream } from "@cdktf/provider-aws/lib/kinesis-stream";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";
import { Instance } from "@cdktf/provider-aws/lib/instance";

export class Messaging extends Construct {
  constructor(scope: Construct, id: string, config: { bucket: string }) {
    super(scope, id);

    new SnsTopic(this, "events", { name: "events", kmsMasterKeyId: "alias/aws/sns" });
    new SqsQueue(this, "jobs", { name: "jobs", kmsMasterKeyId: "alias/aws/sqs" });
    new SecretsmanagerSecret(this, "token", { name: "token", kmsKeyId: "alias/aws/secretsmanager" });
    new KinesisStream(this, "clicks", { name: "clicks", shardCount: 1, encryptionType: "KMS", kmsKeyId: "alias/aws/kinesis" });
    new S3BucketServerSideEncryptionConfigurationA(this, "sse", {
      bucket: config.bucket,
      rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: "alias/aws/s3" } }],
    });
    new Instance(this, "worker", {
      ami: "ami-0123456789abcdef0",
      instanceType: "t3.micro",
      rootBlockDevice: { encrypted: true, kmsKeyId: "alias/aws/ebs" },
    });
  }
}
