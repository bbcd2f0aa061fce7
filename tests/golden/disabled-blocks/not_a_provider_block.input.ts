import { Construct } from "constructs";

interface Feature {
  enabled: boolean;
  bucket: string;
}

export function settings(scope: Construct) {
  const logs = { accessLogs: { enabled: false } as Partial<Feature> };
  return [scope, logs];
}
