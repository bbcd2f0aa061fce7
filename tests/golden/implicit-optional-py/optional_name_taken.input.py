from constructs import Construct

Optional = "a module-level name that is not typing.Optional"


def build(scope: Construct, name: str = None):
    return scope, name, Optional
