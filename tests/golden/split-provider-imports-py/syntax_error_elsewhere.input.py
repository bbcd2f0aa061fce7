from cdktf_cdktf_provider_aws.s3_bucket_versioning import S3BucketVersioning


def broken(:
    S3BucketVersioning(self, "v", bucket="b")
