from cdktf import TerraformStack
from cdktf_cdktf_provider_aws import docdb_cluster


class Documents(TerraformStack):
    def __init__(self, scope, name, stage):
        super().__init__(scope, name)
        docdb_cluster.DocdbCluster(self, 'docs', cluster_identifier=f'docs-{stage}', master_username='docs',
                                   manage_master_user_password=True, skip_final_snapshot=True)
