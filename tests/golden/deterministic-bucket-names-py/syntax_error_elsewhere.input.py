import time
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket

S3Bucket(self, "b", bucket=f"b-{time.time()}")
else:
