from cdktf import Fn


def safe_lookup(value):
    return Fn.Try([value, "default"])
