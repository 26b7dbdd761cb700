/** ARNs of the simulated account. */
export interface ArnContext {
  region: string;
  accountId: string;
}

export function stateMachineArn(ctx: ArnContext, name: string): string {
  return `arn:aws:states:${ctx.region}:${ctx.accountId}:stateMachine:${name}`;
}

export function executionArn(ctx: ArnContext, machineName: string, name: string, express: boolean, uuid: string): string {
  return express
    ? `arn:aws:states:${ctx.region}:${ctx.accountId}:express:${machineName}:${name}:${uuid}`
    : `arn:aws:states:${ctx.region}:${ctx.accountId}:execution:${machineName}:${name}`;
}

export function activityArn(ctx: ArnContext, name: string): string {
  return `arn:aws:states:${ctx.region}:${ctx.accountId}:activity:${name}`;
}

export function mapRunArn(ctx: ArnContext, machineName: string, executionName: string, label: string, uuid: string): string {
  return `arn:aws:states:${ctx.region}:${ctx.accountId}:mapRun:${machineName}/${label || executionName}:${uuid}`;
}

/** The name part of a stateMachine ARN (or the text itself when it is a bare name). */
export function nameOfStateMachine(arnOrName: string): string {
  const m = /:stateMachine:([^:]+)/.exec(arnOrName);
  return m ? (m[1] as string) : arnOrName;
}

/**
 * `arn:aws:states:::lambda:invoke.waitForTaskToken` → resourceType `lambda`, resource
 * `invoke.waitForTaskToken`; aws-sdk: `aws-sdk:s3` + `listObjectsV2` (as AWS records them).
 */
export function splitServiceResource(resource: string): { resourceType: string; resource: string } {
  const rest = resource.replace(/^arn:aws[\w-]*:states:[^:]*:[^:]*:/, '');
  const m = /^(aws-sdk:[^:]+|[^:]+):(.*)$/.exec(rest);
  if (!m) return { resourceType: rest, resource: rest };
  return { resourceType: m[1] as string, resource: m[2] as string };
}
