from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket


def make_bucket(scope, label):
    return S3Bucket(scope, label, bucket_prefix=label)
