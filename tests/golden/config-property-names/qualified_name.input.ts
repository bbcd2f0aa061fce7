import { Construct } from "constructs";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";

export function signingKey(scope: Construct) {
  // An asymmetric key for signing release artifacts.
  return new KmsKey(scope, "signing", {
    description: "release signing",
    keyUsage: "SIGN_VERIFY",
    keySpec: "RSA_2048",
  });
}
