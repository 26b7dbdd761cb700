/**
 * Keeps the simulator's machine registry in step with the endpoint's state machines: the latest
 * revision under the unqualified ARN and each version under its version ARN, so that StartExecution of
 * any of them and nested `states:startExecution` tasks find the right definition.
 */
import type { EndpointContext } from '../context.js';
import { type ApiError, ApiErrors } from '../protocol/api-error.js';
import type { MachineRevision, StateMachineRecord } from '../model/records.js';

function register(context: EndpointContext, name: string, arn: string, revision: MachineRevision): ApiError | undefined {
  const outcome = context.simulator.registerStateMachine({
    name,
    stateMachineArn: arn,
    definition: revision.definition,
    type: revision.type,
    roleArn: revision.roleArn,
  });
  return outcome.ok ? undefined : ApiErrors.invalidDefinition(`Invalid State Machine Definition: '${outcome.error.message}'`);
}

export function registerMachine(context: EndpointContext, machine: StateMachineRecord): ApiError | undefined {
  const failed = register(context, machine.name, machine.arn, machine);
  if (failed) return failed;
  for (const version of machine.versions) {
    const versionFailed = register(context, machine.name, version.arn, version);
    if (versionFailed) return versionFailed;
  }
  return undefined;
}
