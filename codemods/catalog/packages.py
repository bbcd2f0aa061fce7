"""The provider packages' names, spelled once for every language."""
from __future__ import annotations

#: The npm package of the AWS provider's TypeScript bindings.
AWS_NPM = "@cdktf/provider-aws"
#: The Python package of the same bindings (jsii's name for it).
AWS_PYTHON = "cdktf_cdktf_provider_aws"
#: The npm scope every prebuilt provider package lives under.
PROVIDER_SCOPE = "@cdktf/provider-"

#: The provider-aws majors whose names, module paths and config shapes the shipped catalog holds
#: (its version is in the catalog's index); transforms that write such names declare them.
CATALOG_MAJORS = (21,)
