/** Finding state machines, versions, aliases and activities by ARN, with AWS's errors when absent. */
import type { EndpointContext } from '../context.js';
import { type ApiError, ApiErrors } from '../protocol/api-error.js';
import { isVersionQualifier, parseArn, unqualifiedMachineArn } from './arn.js';
import type { ActivityRecord, AliasRecord, MachineRevision, StateMachineRecord, VersionRecord } from './records.js';

export interface ResolvedMachine {
  machine: StateMachineRecord;
  version?: VersionRecord;
  alias?: AliasRecord;
}

/** A state machine, version or alias ARN. */
export function resolveMachine(context: EndpointContext, arn: string): ResolvedMachine | ApiError {
  const parsed = parseArn(arn);
  if (parsed?.kind !== 'stateMachine') return ApiErrors.invalidArn(arn, `Invalid ARN prefix: ${arn}`);
  if (parsed.machine.includes('/')) return ApiErrors.validation(`Distributed Map state ARNs are not supported here: ${arn}`);
  const machine = context.machines.get(unqualifiedMachineArn(parsed));
  if (!machine) return ApiErrors.stateMachineDoesNotExist(arn);
  if (parsed.qualifier === undefined) return { machine };
  if (isVersionQualifier(parsed.qualifier)) {
    const version = machine.versions.find((candidate) => candidate.arn === arn);
    return version ? { machine, version } : ApiErrors.stateMachineDoesNotExist(arn);
  }
  const alias = machine.aliases.find((candidate) => candidate.arn === arn);
  return alias ? { machine, alias } : ApiErrors.resourceNotFound(`Resource not found: '${arn}'`);
}

/** Only an unqualified state machine ARN. */
export function resolveUnqualifiedMachine(context: EndpointContext, arn: string): StateMachineRecord | ApiError {
  const parsed = parseArn(arn);
  if (parsed?.kind !== 'stateMachine') return ApiErrors.invalidArn(arn, `Invalid ARN prefix: ${arn}`);
  if (parsed.qualifier !== undefined) return ApiErrors.validation(`Qualified state machine ARNs are not supported here: '${arn}'`);
  return context.machines.get(arn) ?? ApiErrors.stateMachineDoesNotExist(arn);
}

export function resolveActivity(context: EndpointContext, arn: string): ActivityRecord | ApiError {
  const parsed = parseArn(arn);
  if (parsed?.kind !== 'activity') return ApiErrors.invalidArn(arn, `Invalid ARN prefix: ${arn}`);
  return context.activities.get(arn) ?? ApiErrors.activityDoesNotExist(arn);
}

export function revisionOf(record: MachineRevision): MachineRevision {
  const revision: MachineRevision = {
    definition: record.definition,
    roleArn: record.roleArn,
    type: record.type,
    loggingConfiguration: record.loggingConfiguration,
    tracingConfiguration: record.tracingConfiguration,
    revisionId: record.revisionId,
  };
  if (record.encryptionConfiguration) revision.encryptionConfiguration = record.encryptionConfiguration;
  return revision;
}
