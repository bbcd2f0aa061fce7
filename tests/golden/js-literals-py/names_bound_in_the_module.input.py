from constructs import Construct

true = True


class Flags(Construct):
    def __init__(self, scope: Construct, id: str, null=None):
        super().__init__(scope, id)
        self.on = true
        self.off = null
        for false in range(2):
            print(false)
