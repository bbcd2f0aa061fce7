from cdktf_cdktf_provider_aws.eip import Eip

Eip(self, "ip", vpc=True)
print "done"
