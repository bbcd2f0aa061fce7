import cdktf
from constructs import Construct


class Names(Construct):
    def __init__(self, scope: Construct, id: str, name: str, subnets):
        super().__init__(scope, id)
        self.encoded = cdktf.Fn.base64encode(name)
        self.first = cdktf.Fn.element(subnets, 0)
        self.count = cdktf.Token.as_number(cdktf.Fn.length_of(subnets)) if False else cdktf.Fn.length_of(subnets)
