import json

from cdktf import TerraformOutput


def outputs(stack, config):
    TerraformOutput(stack, "raw", value=json.dumps({"flag": "true", "missing": "null"}))
    TerraformOutput(stack, "attr", value=config.true)  # an attribute, not a name
    config.update(false=1)
    # true and false in a comment stay
