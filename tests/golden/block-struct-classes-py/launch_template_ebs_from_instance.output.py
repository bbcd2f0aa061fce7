from constructs import Construct
from cdktf_cdktf_provider_aws.instance import InstanceEbsBlockDevice
from cdktf_cdktf_provider_aws.launch_template import LaunchTemplate, LaunchTemplateBlockDeviceMappings, LaunchTemplateBlockDeviceMappingsEbs


class Workers(Construct):
    def __init__(self, scope: Construct, id: str, ami: str):
        super().__init__(scope, id)
        LaunchTemplate(
            self, "workers", name_prefix="workers-", image_id=ami, instance_type="t3.small",
            block_device_mappings=[LaunchTemplateBlockDeviceMappings(
                device_name="/dev/xvda",
                ebs=LaunchTemplateBlockDeviceMappingsEbs(volume_size=30, volume_type="gp3", encrypted="true"),
            )],
        )
