from cdktf_cdktf_provider_aws.rds_cluster import RdsCluster

RdsCluster(self, "db", master_password="x")
while True print(1)
