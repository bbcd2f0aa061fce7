from constructs import Construct
from cdktf_cdktf_provider_aws.waf_ipset import WafIpset
from cdktf_cdktf_provider_aws.config_configuration_recorder import ConfigConfigurationRecorder
from cdktf_cdktf_provider_aws.cloudtrail import Cloudtrail


def guard(scope: Construct, role_arn: str) -> None:
    WafIpset(scope, "ips", name="blocked")
    ConfigConfigurationRecorder(scope, "recorder", role_arn=role_arn)
    Cloudtrail(scope, "trail", name="trail", s3_bucket_name="logs")
