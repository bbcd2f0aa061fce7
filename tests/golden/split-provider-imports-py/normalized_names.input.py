from constructs import Construct
from cdktf_cdktf_provider_aws.waf_ipset import WafIpSet
from cdktf_cdktf_provider_aws import AwsConfigConfigurationRecorder
from cdktf_cdktf_provider_aws.cloudtrail import CloudtrailTrail


def guard(scope: Construct, role_arn: str) -> None:
    WafIpSet(scope, "ips", name="blocked")
    AwsConfigConfigurationRecorder(scope, "recorder", role_arn=role_arn)
    CloudtrailTrail(scope, "trail", name="trail", s3_bucket_name="logs")
