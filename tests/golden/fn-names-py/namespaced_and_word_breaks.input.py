import cdktf
from constructs import Construct


class Names(Construct):
    def __init__(self, scope: Construct, id: str, name: str, subnets):
        super().__init__(scope, id)
        self.encoded = cdktf.Fn.base64_encode(name)
        self.first = cdktf.Fn.Element(subnets, 0)
        self.count = cdktf.Token.as_Number(cdktf.Fn.Length_Of(subnets)) if False else cdktf.Fn.length_of(subnets)
