from cdktf import Fn


def safe_lookup(value):
    return Fn.try_([value, "default"])
