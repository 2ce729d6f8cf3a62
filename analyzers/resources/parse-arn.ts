/** The parts of an ARN that place a resource: `arn:<partition>:<service>:<region>:…`. */
export interface ArnLocation {
  partition: string;
  service: string;
  /** Empty for global-namespace services such as S3. */
  region: string;
}

/** Parse an AWS ARN, or `undefined` when the string is not one. */
export function parseArn(value: string): ArnLocation | undefined {
  const parts = value.split(":");
  if (parts.length < 6 || parts[0] !== "arn") return undefined;
  return { partition: parts[1]!, service: parts[2]!, region: parts[3]! };
}
