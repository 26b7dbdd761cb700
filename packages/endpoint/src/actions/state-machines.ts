/** CreateStateMachine, DescribeStateMachine, ListStateMachines, UpdateStateMachine, DeleteStateMachine. */
import { type JsonObject, isJsonObject } from '@aslkit/core';
import { persist, type EndpointContext } from '../context.js';
import { checkDefinitionForCreate } from '../execution/definition-check.js';
import { registerMachine } from '../execution/registry.js';
import { Arns, isValidName, parseArn } from '../model/arn.js';
import { resolveMachine, resolveUnqualifiedMachine, revisionOf } from '../model/lookup.js';
import type { MachineType, StateMachineRecord, VersionRecord } from '../model/records.js';
import { type ApiError, ApiErrors, apiError, isApiError } from '../protocol/api-error.js';
import { paginate } from '../protocol/pagination.js';
import { checkRequest, Members } from '../protocol/request-shape.js';
import { compact, seconds } from '../wire.js';
import type { ActionTable } from './handler.js';
import { checkTags } from './tags.js';

const DEFAULT_LOGGING: JsonObject = { level: 'OFF', includeExecutionData: false };
const DEFAULT_TRACING: JsonObject = { enabled: false };

const createShape = {
  name: Members.name(),
  definition: Members.string(1, 1_048_576, true),
  roleArn: Members.arn(),
  type: Members.oneOf(['STANDARD', 'EXPRESS']),
  loggingConfiguration: Members.object(),
  tracingConfiguration: Members.object(),
  encryptionConfiguration: Members.object(),
  tags: Members.list(),
  publish: Members.boolean(),
  versionDescription: Members.string(0, 256),
} as const;

function checkRoleArn(roleArn: string): ApiError | undefined {
  return /^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(roleArn) ? undefined : ApiErrors.invalidArn(roleArn, `Invalid ARN prefix: ${roleArn}`);
}

/** Publishes the machine's current revision as a new version (or returns the latest when unchanged). */
export function publishVersion(context: EndpointContext, machine: StateMachineRecord, description: string | undefined): VersionRecord {
  const latest = machine.versions[machine.versions.length - 1];
  if (latest && latest.revisionId === machine.revisionId) return latest;
  const version: VersionRecord = {
    ...revisionOf(machine),
    arn: Arns.qualified(machine.arn, machine.nextVersion),
    version: machine.nextVersion,
    creationDate: context.now(),
  };
  if (description !== undefined) version.description = description;
  machine.nextVersion += 1;
  machine.versions.push(version);
  return version;
}

function sameConfiguration(machine: StateMachineRecord, request: { definition: string; roleArn: string; type: MachineType }): boolean {
  return machine.definition === request.definition && machine.roleArn === request.roleArn && machine.type === request.type;
}

export const stateMachineActions: ActionTable = {
  async CreateStateMachine(context, body) {
    const request = checkRequest(createShape, body);
    if (isApiError(request)) return request;
    const type: MachineType = (request.type as MachineType | undefined) ?? 'STANDARD';
    if (!isValidName(request.name)) return ApiErrors.invalidName(request.name);
    const roleProblem = checkRoleArn(request.roleArn);
    if (roleProblem) return roleProblem;
    const tags = checkTags(request.tags ?? [], Arns.stateMachine(context.scope, request.name));
    if (isApiError(tags)) return tags;
    const arn = Arns.stateMachine(context.scope, request.name);
    // CreateStateMachine is idempotent for an identical configuration.
    const answerExisting = (existing: StateMachineRecord) =>
      sameConfiguration(existing, { definition: request.definition, roleArn: request.roleArn, type })
        ? { stateMachineArn: arn, creationDate: seconds(existing.creationDate) }
        : ApiErrors.stateMachineAlreadyExists(arn);
    const existing = context.machines.get(arn);
    if (existing) return answerExisting(existing);
    const invalid = await checkDefinitionForCreate(request.definition, type);
    if (invalid) return invalid;
    // Another request may have created it while the definition was being checked.
    const raced = context.machines.get(arn);
    if (raced) return answerExisting(raced);
    const machine: StateMachineRecord = {
      arn,
      name: request.name,
      definition: request.definition,
      roleArn: request.roleArn,
      type,
      loggingConfiguration: (request.loggingConfiguration as JsonObject | undefined) ?? DEFAULT_LOGGING,
      tracingConfiguration: (request.tracingConfiguration as JsonObject | undefined) ?? DEFAULT_TRACING,
      revisionId: context.uuid(),
      creationDate: context.now(),
      tags,
      versions: [],
      nextVersion: 1,
      aliases: [],
    };
    if (request.encryptionConfiguration) machine.encryptionConfiguration = request.encryptionConfiguration as JsonObject;
    const version = request.publish ? publishVersion(context, machine, request.versionDescription) : undefined;
    const registered = registerMachine(context, machine);
    if (registered) return registered;
    context.machines.set(arn, machine);
    await persist(context, 'state-machines', arn, machine);
    return compact({ stateMachineArn: arn, creationDate: seconds(machine.creationDate), stateMachineVersionArn: version?.arn });
  },

  async DescribeStateMachine(context, body) {
    const request = checkRequest({ stateMachineArn: Members.arn(), includedData: Members.oneOf(['ALL_DATA', 'METADATA_ONLY']) }, body);
    if (isApiError(request)) return request;
    const resolved = resolveMachine(context, request.stateMachineArn);
    if (isApiError(resolved)) return resolved.type === 'ResourceNotFound' ? ApiErrors.stateMachineDoesNotExist(request.stateMachineArn) : resolved;
    if (resolved.alias) return ApiErrors.invalidArn(request.stateMachineArn, `Alias ARNs are not supported here: ${request.stateMachineArn}`);
    const { machine, version } = resolved;
    const revision = version ?? machine;
    return compact({
      stateMachineArn: version?.arn ?? machine.arn,
      name: machine.name,
      status: 'ACTIVE',
      definition: request.includedData === 'METADATA_ONLY' ? undefined : revision.definition,
      roleArn: revision.roleArn,
      type: revision.type,
      creationDate: seconds(version?.creationDate ?? machine.creationDate),
      loggingConfiguration: revision.loggingConfiguration,
      tracingConfiguration: revision.tracingConfiguration,
      revisionId: revision.revisionId,
      description: version?.description ?? machine.description,
      encryptionConfiguration: revision.encryptionConfiguration,
    });
  },

  async ListStateMachines(context, body) {
    const request = checkRequest({ maxResults: Members.maxResults(), nextToken: Members.nextToken() }, body);
    if (isApiError(request)) return request;
    const all = [...context.machines.values()].map((machine) => ({
      stateMachineArn: machine.arn,
      name: machine.name,
      type: machine.type,
      creationDate: seconds(machine.creationDate),
    }));
    const page = paginate(all, 'ListStateMachines', request.maxResults, request.nextToken);
    if (isApiError(page)) return page;
    return compact({ stateMachines: page.items, nextToken: page.nextToken });
  },

  async UpdateStateMachine(context, body) {
    const request = checkRequest(
      {
        stateMachineArn: Members.arn(),
        definition: Members.string(1, 1_048_576),
        roleArn: Members.string(1, 256),
        loggingConfiguration: Members.object(),
        tracingConfiguration: Members.object(),
        encryptionConfiguration: Members.object(),
        publish: Members.boolean(),
        versionDescription: Members.string(0, 256),
      },
      body,
    );
    if (isApiError(request)) return request;
    const machine = resolveUnqualifiedMachine(context, request.stateMachineArn);
    if (isApiError(machine)) return machine;
    if (
      request.definition === undefined &&
      request.roleArn === undefined &&
      request.loggingConfiguration === undefined &&
      request.tracingConfiguration === undefined &&
      request.encryptionConfiguration === undefined
    ) {
      return apiError('MissingRequiredParameter', 'Either the definition, the roleArn, the loggingConfiguration, the tracingConfiguration or the encryptionConfiguration must be specified');
    }
    if (request.roleArn !== undefined) {
      const roleProblem = checkRoleArn(request.roleArn);
      if (roleProblem) return roleProblem;
    }
    if (request.definition !== undefined) {
      const invalid = await checkDefinitionForCreate(request.definition, machine.type);
      if (invalid) return invalid;
    }
    const changed =
      (request.definition !== undefined && request.definition !== machine.definition) ||
      (request.roleArn !== undefined && request.roleArn !== machine.roleArn) ||
      request.loggingConfiguration !== undefined ||
      request.tracingConfiguration !== undefined ||
      request.encryptionConfiguration !== undefined;
    if (request.definition !== undefined) machine.definition = request.definition;
    if (request.roleArn !== undefined) machine.roleArn = request.roleArn;
    if (isJsonObject(request.loggingConfiguration)) machine.loggingConfiguration = request.loggingConfiguration;
    if (isJsonObject(request.tracingConfiguration)) machine.tracingConfiguration = request.tracingConfiguration;
    if (isJsonObject(request.encryptionConfiguration)) machine.encryptionConfiguration = request.encryptionConfiguration;
    if (changed) machine.revisionId = context.uuid();
    machine.updateDate = context.now();
    const version = request.publish ? publishVersion(context, machine, request.versionDescription) : undefined;
    const registered = registerMachine(context, machine);
    if (registered) return registered;
    await persist(context, 'state-machines', machine.arn, machine);
    return compact({ updateDate: seconds(machine.updateDate), revisionId: machine.revisionId, stateMachineVersionArn: version?.arn });
  },

  async DeleteStateMachine(context, body) {
    const request = checkRequest({ stateMachineArn: Members.arn() }, body);
    if (isApiError(request)) return request;
    const parsed = parseArn(request.stateMachineArn);
    if (parsed?.kind !== 'stateMachine') return ApiErrors.invalidArn(request.stateMachineArn, `Invalid ARN prefix: ${request.stateMachineArn}`);
    if (parsed.qualifier !== undefined || parsed.machine.includes('/')) {
      return ApiErrors.validation(`Only unqualified state machine ARNs can be deleted: '${request.stateMachineArn}'`);
    }
    const machine = context.machines.get(request.stateMachineArn);
    if (machine && context.machines.delete(request.stateMachineArn)) {
      // New executions (and nested states:startExecution tasks) no longer find it; running ones go on.
      context.simulator.unregisterStateMachine(machine.arn);
      for (const version of machine.versions) context.simulator.unregisterStateMachine(version.arn);
      await context.store.remove('state-machines', request.stateMachineArn);
    }
    return {};
  },
};

