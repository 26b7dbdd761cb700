/** State machine versions (Publish/List/Delete) and aliases (Create/Describe/List/Update/Delete). */
import { persist, type EndpointContext } from '../context.js';
import { registerMachine } from '../execution/registry.js';
import { Arns, isValidAliasName, isVersionQualifier, parseArn, unqualifiedMachineArn } from '../model/arn.js';
import { resolveUnqualifiedMachine } from '../model/lookup.js';
import type { AliasRecord, RoutingEntry, StateMachineRecord } from '../model/records.js';
import { type ApiError, ApiErrors, isApiError } from '../protocol/api-error.js';
import { paginate } from '../protocol/pagination.js';
import { checkRequest, Members } from '../protocol/request-shape.js';
import { compact, seconds } from '../wire.js';
import type { ActionTable } from './handler.js';
import { publishVersion } from './state-machines.js';

function checkRouting(machine: StateMachineRecord, routing: unknown[]): RoutingEntry[] | ApiError {
  if (routing.length < 1 || routing.length > 2) {
    return ApiErrors.validation(`1 validation error detected: Value at 'routingConfiguration' failed to satisfy constraint: Member must have length between 1 and 2`);
  }
  const entries: RoutingEntry[] = [];
  for (const entry of routing) {
    const { stateMachineVersionArn, weight } = (entry ?? {}) as { stateMachineVersionArn?: unknown; weight?: unknown };
    if (typeof stateMachineVersionArn !== 'string' || typeof weight !== 'number' || !Number.isInteger(weight) || weight < 0 || weight > 100) {
      return ApiErrors.validation('Routing configuration entries need a stateMachineVersionArn and an integer weight between 0 and 100');
    }
    const parsed = parseArn(stateMachineVersionArn);
    if (parsed?.kind !== 'stateMachine' || parsed.qualifier === undefined || !isVersionQualifier(parsed.qualifier)) {
      return ApiErrors.invalidArn(stateMachineVersionArn, `Invalid ARN prefix: ${stateMachineVersionArn}`);
    }
    if (unqualifiedMachineArn(parsed) !== machine.arn) {
      return ApiErrors.validation('Routing configuration must contain versions of the same state machine');
    }
    if (!machine.versions.some((version) => version.arn === stateMachineVersionArn)) {
      return ApiErrors.resourceNotFound(`Resource not found: '${stateMachineVersionArn}'`);
    }
    if (entries.some((other) => other.stateMachineVersionArn === stateMachineVersionArn)) {
      return ApiErrors.validation('Routing configuration must contain distinct version ARNs');
    }
    entries.push({ stateMachineVersionArn, weight });
  }
  if (entries.reduce((sum, entry) => sum + entry.weight, 0) !== 100) {
    return ApiErrors.validation('Sum of routing configuration weights must be equal to 100');
  }
  return entries;
}

function findAlias(context: EndpointContext, arn: string): { machine: StateMachineRecord; alias: AliasRecord } | ApiError {
  const parsed = parseArn(arn);
  if (parsed?.kind !== 'stateMachine' || parsed.qualifier === undefined || isVersionQualifier(parsed.qualifier)) {
    return ApiErrors.invalidArn(arn, `Invalid ARN prefix: ${arn}`);
  }
  const machine = context.machines.get(unqualifiedMachineArn(parsed));
  const alias = machine?.aliases.find((candidate) => candidate.arn === arn);
  return machine && alias ? { machine, alias } : ApiErrors.resourceNotFound(`Resource not found: '${arn}'`);
}

/** Picks the version an alias routes this execution to, by weight. */
export function routeAlias(context: EndpointContext, alias: AliasRecord): string {
  let draw = context.random();
  for (const entry of alias.routingConfiguration) {
    if (draw < entry.weight) return entry.stateMachineVersionArn;
    draw -= entry.weight;
  }
  const last = alias.routingConfiguration[alias.routingConfiguration.length - 1];
  return last ? last.stateMachineVersionArn : '';
}

export const versionAliasActions: ActionTable = {
  async PublishStateMachineVersion(context, body) {
    const request = checkRequest({ stateMachineArn: Members.arn(), revisionId: Members.string(0, 2048), description: Members.string(0, 256) }, body);
    if (isApiError(request)) return request;
    const machine = resolveUnqualifiedMachine(context, request.stateMachineArn);
    if (isApiError(machine)) return machine;
    if (request.revisionId !== undefined && request.revisionId !== machine.revisionId) {
      return ApiErrors.conflict(`Failed to publish the State Machine version for revision ${request.revisionId}. The current State Machine revision is ${machine.revisionId}.`);
    }
    const version = publishVersion(context, machine, request.description);
    const registered = registerMachine(context, machine);
    if (registered) return registered;
    await persist(context, 'state-machines', machine.arn, machine);
    return { creationDate: seconds(version.creationDate), stateMachineVersionArn: version.arn };
  },

  async ListStateMachineVersions(context, body) {
    const request = checkRequest({ stateMachineArn: Members.arn(), maxResults: Members.maxResults(), nextToken: Members.nextToken() }, body);
    if (isApiError(request)) return request;
    const machine = resolveUnqualifiedMachine(context, request.stateMachineArn);
    if (isApiError(machine)) return machine;
    const all = [...machine.versions].reverse().map((version) => ({ stateMachineVersionArn: version.arn, creationDate: seconds(version.creationDate) }));
    const page = paginate(all, `ListStateMachineVersions:${machine.arn}`, request.maxResults, request.nextToken);
    if (isApiError(page)) return page;
    return compact({ stateMachineVersions: page.items, nextToken: page.nextToken });
  },

  async DeleteStateMachineVersion(context, body) {
    const request = checkRequest({ stateMachineVersionArn: Members.arn() }, body);
    if (isApiError(request)) return request;
    const parsed = parseArn(request.stateMachineVersionArn);
    if (parsed?.kind !== 'stateMachine' || parsed.qualifier === undefined || !isVersionQualifier(parsed.qualifier)) {
      return ApiErrors.invalidArn(request.stateMachineVersionArn, `Invalid ARN prefix: ${request.stateMachineVersionArn}`);
    }
    const machine = context.machines.get(unqualifiedMachineArn(parsed));
    if (!machine) return {};
    const referencing = machine.aliases.find((alias) => alias.routingConfiguration.some((entry) => entry.stateMachineVersionArn === request.stateMachineVersionArn));
    if (referencing) {
      return ApiErrors.conflict(`Version to be deleted must not be referenced by an alias. Current list of aliases referencing this version: [${referencing.name}]`);
    }
    const before = machine.versions.length;
    machine.versions = machine.versions.filter((version) => version.arn !== request.stateMachineVersionArn);
    if (machine.versions.length !== before) await persist(context, 'state-machines', machine.arn, machine);
    return {};
  },

  async CreateStateMachineAlias(context, body) {
    const request = checkRequest({ name: Members.name(), description: Members.string(0, 256), routingConfiguration: Members.list(2, true) }, body);
    if (isApiError(request)) return request;
    if (!isValidAliasName(request.name)) return ApiErrors.invalidName(request.name);
    const first = (request.routingConfiguration[0] ?? {}) as { stateMachineVersionArn?: unknown };
    const firstArn = typeof first.stateMachineVersionArn === 'string' ? first.stateMachineVersionArn : '';
    const parsed = parseArn(firstArn);
    if (parsed?.kind !== 'stateMachine') return ApiErrors.invalidArn(firstArn, `Invalid ARN prefix: ${firstArn}`);
    const machine = context.machines.get(unqualifiedMachineArn(parsed));
    if (!machine) return ApiErrors.resourceNotFound(`Resource not found: '${firstArn}'`);
    const routing = checkRouting(machine, request.routingConfiguration);
    if (isApiError(routing)) return routing;
    const arn = Arns.qualified(machine.arn, request.name);
    const existing = machine.aliases.find((alias) => alias.arn === arn);
    if (existing) {
      const same = JSON.stringify(existing.routingConfiguration) === JSON.stringify(routing) && existing.description === request.description;
      if (!same) return ApiErrors.conflict(`Failed to create alias because an alias with the same name and a different routing configuration already exists.`);
      return { stateMachineAliasArn: arn, creationDate: seconds(existing.creationDate) };
    }
    const now = context.now();
    const alias: AliasRecord = { arn, name: request.name, routingConfiguration: routing, creationDate: now, updateDate: now };
    if (request.description !== undefined) alias.description = request.description;
    machine.aliases.push(alias);
    await persist(context, 'state-machines', machine.arn, machine);
    return { stateMachineAliasArn: arn, creationDate: seconds(now) };
  },

  async DescribeStateMachineAlias(context, body) {
    const request = checkRequest({ stateMachineAliasArn: Members.arn() }, body);
    if (isApiError(request)) return request;
    const found = findAlias(context, request.stateMachineAliasArn);
    if (isApiError(found)) return found;
    const { alias } = found;
    return compact({
      stateMachineAliasArn: alias.arn,
      name: alias.name,
      description: alias.description,
      routingConfiguration: alias.routingConfiguration,
      creationDate: seconds(alias.creationDate),
      updateDate: seconds(alias.updateDate),
    });
  },

  async ListStateMachineAliases(context, body) {
    const request = checkRequest({ stateMachineArn: Members.arn(), maxResults: Members.maxResults(), nextToken: Members.nextToken() }, body);
    if (isApiError(request)) return request;
    const machine = resolveUnqualifiedMachine(context, request.stateMachineArn);
    if (isApiError(machine)) return machine;
    const all = machine.aliases.map((alias) => ({ stateMachineAliasArn: alias.arn, creationDate: seconds(alias.creationDate) }));
    const page = paginate(all, `ListStateMachineAliases:${machine.arn}`, request.maxResults, request.nextToken);
    if (isApiError(page)) return page;
    return compact({ stateMachineAliases: page.items, nextToken: page.nextToken });
  },

  async UpdateStateMachineAlias(context, body) {
    const request = checkRequest({ stateMachineAliasArn: Members.arn(), description: Members.string(0, 256), routingConfiguration: Members.list(2) }, body);
    if (isApiError(request)) return request;
    if (request.description === undefined && request.routingConfiguration === undefined) {
      return ApiErrors.validation('Either the description or the RoutingConfiguration must be specified');
    }
    const found = findAlias(context, request.stateMachineAliasArn);
    if (isApiError(found)) return found;
    const { machine, alias } = found;
    if (request.routingConfiguration !== undefined) {
      const routing = checkRouting(machine, request.routingConfiguration);
      if (isApiError(routing)) return routing;
      alias.routingConfiguration = routing;
    }
    if (request.description !== undefined) alias.description = request.description;
    alias.updateDate = context.now();
    await persist(context, 'state-machines', machine.arn, machine);
    return { updateDate: seconds(alias.updateDate) };
  },

  async DeleteStateMachineAlias(context, body) {
    const request = checkRequest({ stateMachineAliasArn: Members.arn() }, body);
    if (isApiError(request)) return request;
    const found = findAlias(context, request.stateMachineAliasArn);
    if (isApiError(found)) return found;
    found.machine.aliases = found.machine.aliases.filter((alias) => alias !== found.alias);
    await persist(context, 'state-machines', found.machine.arn, found.machine);
    return {};
  },
};
