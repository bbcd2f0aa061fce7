from cdktf import TerraformOutput


def outputs(stack, vpc):
    TerraformOutput(stack, "vpc", value=vpc.id, sensitive=False)
    return [True, False, None]
