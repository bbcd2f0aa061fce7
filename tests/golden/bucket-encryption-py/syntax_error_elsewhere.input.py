from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket

logs = S3Bucket(self, "logs")
import
