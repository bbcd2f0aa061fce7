from cdktf import TerraformOutput


def outputs(stack, vpc):
    TerraformOutput(stack, "vpc", value=vpc.id, sensitive=false)
    return [true, false, null]
