from cdktf import Fn, Token
from constructs import Construct


class Fine(Construct):
    def __init__(self, scope: Construct, id: str, config):
        super().__init__(scope, id)
        self.a = Token.as_string(Fn.lookup_nested(config, ["a"]))
        self.b = Fn.jsondecode("{}")
        self.c = Fn.random_password(16)  # no such Terraform function
