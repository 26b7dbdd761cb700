/**
 * StartExecution, StartSyncExecution, DescribeExecution, DescribeStateMachineForExecution, ListExecutions,
 * GetExecutionHistory, StopExecution, RedriveExecution.
 */
import { MAX_PAYLOAD_BYTES, utf8ByteLength } from '@aslkit/core';
import type { EndpointContext } from '../context.js';
import { simulatorError } from '../execution/simulator-errors.js';
import { adoptSimulatorExecutions, refreshRecord, trackExecution } from '../execution/track.js';
import { Arns, isValidName, parseArn } from '../model/arn.js';
import { resolveMachine, revisionOf } from '../model/lookup.js';
import type { ExecutionRecord, MachineRevision } from '../model/records.js';
import { jsonTextProblem } from '../protocol/json-text.js';
import { type ApiError, ApiErrors, isApiError } from '../protocol/api-error.js';
import { paginate } from '../protocol/pagination.js';
import { checkRequest, Members } from '../protocol/request-shape.js';
import { compact, eventToWire, seconds } from '../wire.js';
import type { ActionTable } from './handler.js';
import { routeAlias } from './versions-aliases.js';

const startShape = {
  stateMachineArn: Members.string(1, 512, true),
  name: Members.name(false),
  input: Members.payload(),
  traceHeader: Members.string(0, 256),
  includedData: Members.oneOf(['ALL_DATA', 'METADATA_ONLY']),
} as const;

/** Input must be JSON text within the payload quota. */
function checkInput(input: string): ApiError | undefined {
  if (utf8ByteLength(input) > MAX_PAYLOAD_BYTES) {
    return ApiErrors.validation(`1 validation error detected: Value at 'input' failed to satisfy constraint: Member must have length less than or equal to ${MAX_PAYLOAD_BYTES}`);
  }
  const problem = jsonTextProblem(input);
  return problem === undefined ? undefined : ApiErrors.invalidExecutionInput(problem);
}

interface StartTarget {
  runArn: string;
  machineArn: string;
  machineName: string;
  versionArn?: string;
  aliasArn?: string;
  revision: MachineRevision & { name: string; description?: string };
  testCase?: string;
}

function resolveStartTarget(context: EndpointContext, requestedArn: string): StartTarget | ApiError {
  const hash = requestedArn.indexOf('#');
  const arn = hash >= 0 ? requestedArn.slice(0, hash) : requestedArn;
  const testCase = hash >= 0 ? requestedArn.slice(hash + 1) : undefined;
  const resolved = resolveMachine(context, arn);
  if (isApiError(resolved)) return resolved.type === 'ResourceNotFound' ? ApiErrors.stateMachineDoesNotExist(arn) : resolved;
  const { machine, alias } = resolved;
  let version = resolved.version;
  if (alias) {
    const versionArn = routeAlias(context, alias);
    version = machine.versions.find((candidate) => candidate.arn === versionArn);
    if (!version) return ApiErrors.stateMachineDoesNotExist(versionArn);
  }
  const source = version ?? machine;
  const revision: StartTarget['revision'] = { ...revisionOf(source), name: machine.name };
  const target: StartTarget = { runArn: version?.arn ?? machine.arn, machineArn: machine.arn, machineName: machine.name, revision };
  if (version) target.versionArn = version.arn;
  if (alias) target.aliasArn = alias.arn;
  if (testCase) target.testCase = testCase;
  return target;
}

function findExecution(context: EndpointContext, arn: string): ExecutionRecord | ApiError {
  const parsed = parseArn(arn);
  if (parsed?.kind !== 'execution' && parsed?.kind !== 'express') return ApiErrors.invalidArn(arn, `Invalid ARN prefix: ${arn}`);
  let record = context.executions.get(arn);
  if (!record) {
    adoptSimulatorExecutions(context);
    record = context.executions.get(arn);
  }
  return record ? refreshRecord(context, record) : ApiErrors.executionDoesNotExist(arn);
}

/** Executions loaded from disk ran before this server started: the simulator cannot resume them. */
const NOT_IN_THIS_SERVER = 'Execution ran before this server started and cannot be redriven';

/** Why RedriveExecution would refuse `record`, or undefined when it can be redriven. */
function notRedrivableReason(context: EndpointContext, record: ExecutionRecord): string | undefined {
  if (record.status === 'RUNNING' || record.status === 'SUCCEEDED') return `Execution is ${record.status} and cannot be redriven`;
  if (!context.simulator.getExecution(record.executionArn)) return NOT_IN_THIS_SERVER;
  return context.simulator.redriveStatusReason(record.executionArn);
}

function redriveStatus(context: EndpointContext, record: ExecutionRecord): { redriveStatus: string; redriveStatusReason?: string } {
  const reason = notRedrivableReason(context, record);
  return reason === undefined ? { redriveStatus: 'REDRIVABLE' } : { redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: reason };
}

/** Client tokens of recent redrives per execution (AWS answers the last 10 idempotently). */
const REDRIVE_TOKENS_KEPT = 10;

export const executionActions: ActionTable = {
  async StartExecution(context, body) {
    const request = checkRequest(startShape, body);
    if (isApiError(request)) return request;
    const target = resolveStartTarget(context, request.stateMachineArn);
    if (isApiError(target)) return target;
    if (request.name !== undefined && !isValidName(request.name)) return ApiErrors.invalidName(request.name);
    const input = request.input ?? '{}';
    const invalidInput = checkInput(input);
    if (invalidInput) return invalidInput;
    const name = request.name ?? context.uuid();
    const standardArn = Arns.execution(context.scope, target.machineName, name);
    const existing = context.executions.get(standardArn);
    if (existing && target.revision.type === 'STANDARD') {
      refreshRecord(context, existing);
      if (existing.status === 'RUNNING' && existing.input === input) {
        return { executionArn: existing.executionArn, startDate: seconds(existing.startDate) };
      }
      return ApiErrors.executionAlreadyExists(standardArn);
    }
    const started = context.simulator.startExecution(
      compact({ stateMachineArn: target.runArn, name, input, testCase: target.testCase, traceHeader: request.traceHeader }),
    );
    if (!started.ok) return simulatorError(started.error);
    const handle = started.value;
    const record: ExecutionRecord = {
      executionArn: handle.executionArn,
      stateMachineArn: target.machineArn,
      name,
      type: target.revision.type,
      status: 'RUNNING',
      startDate: handle.startDate.getTime(),
      input,
      revision: target.revision,
      redriveCount: 0,
      events: [],
    };
    if (target.versionArn) record.stateMachineVersionArn = target.versionArn;
    if (target.aliasArn) record.stateMachineAliasArn = target.aliasArn;
    if (target.testCase) record.testCase = target.testCase;
    if (request.traceHeader !== undefined) record.traceHeader = request.traceHeader;
    trackExecution(context, record, handle);
    return { executionArn: handle.executionArn, startDate: seconds(record.startDate) };
  },

  async StartSyncExecution(context, body) {
    const request = checkRequest(startShape, body);
    if (isApiError(request)) return request;
    const target = resolveStartTarget(context, request.stateMachineArn);
    if (isApiError(target)) return target;
    if (target.revision.type !== 'EXPRESS') {
      return ApiErrors.stateMachineTypeNotSupported('This operation is not supported by this type of state machine');
    }
    if (request.name !== undefined && !isValidName(request.name)) return ApiErrors.invalidName(request.name);
    const input = request.input ?? '{}';
    const invalidInput = checkInput(input);
    if (invalidInput) return invalidInput;
    const result = await context.simulator.startSyncExecution(
      compact({ stateMachineArn: target.runArn, name: request.name ?? context.uuid(), input, testCase: target.testCase, traceHeader: request.traceHeader }),
    );
    if (!result.ok) return simulatorError(result.error);
    const run = result.value;
    const metadataOnly = request.includedData === 'METADATA_ONLY';
    return compact({
      executionArn: run.executionArn,
      stateMachineArn: target.runArn,
      name: run.name,
      startDate: seconds(run.startDate.getTime()),
      stopDate: seconds(run.stopDate.getTime()),
      status: run.status,
      error: run.error,
      cause: run.cause,
      input: metadataOnly ? undefined : input,
      inputDetails: { included: !metadataOnly },
      output: metadataOnly ? undefined : run.outputText,
      outputDetails: run.outputText === undefined ? undefined : { included: !metadataOnly },
      traceHeader: request.traceHeader,
      billingDetails: run.billingDetails,
    });
  },

  async DescribeExecution(context, body) {
    const request = checkRequest({ executionArn: Members.arn(), includedData: Members.oneOf(['ALL_DATA', 'METADATA_ONLY']) }, body);
    if (isApiError(request)) return request;
    const record = findExecution(context, request.executionArn);
    if (isApiError(record)) return record;
    const metadataOnly = request.includedData === 'METADATA_ONLY';
    return compact({
      executionArn: record.executionArn,
      stateMachineArn: record.stateMachineArn,
      name: record.name,
      status: record.status,
      startDate: seconds(record.startDate),
      stopDate: record.stopDate === undefined ? undefined : seconds(record.stopDate),
      input: metadataOnly ? undefined : record.input,
      inputDetails: { included: !metadataOnly },
      output: metadataOnly ? undefined : record.output,
      outputDetails: record.output === undefined ? undefined : { included: !metadataOnly },
      traceHeader: record.traceHeader,
      mapRunArn: record.mapRunArn,
      error: record.error,
      cause: record.cause,
      stateMachineVersionArn: record.stateMachineVersionArn,
      stateMachineAliasArn: record.stateMachineAliasArn,
      redriveCount: record.redriveCount,
      redriveDate: record.redriveDate === undefined ? undefined : seconds(record.redriveDate),
      ...redriveStatus(context, record),
    });
  },

  async DescribeStateMachineForExecution(context, body) {
    const request = checkRequest({ executionArn: Members.arn(), includedData: Members.oneOf(['ALL_DATA', 'METADATA_ONLY']) }, body);
    if (isApiError(request)) return request;
    const record = findExecution(context, request.executionArn);
    if (isApiError(record)) return record;
    const { revision } = record;
    return compact({
      stateMachineArn: record.stateMachineVersionArn ?? record.stateMachineArn,
      name: revision.name,
      definition: request.includedData === 'METADATA_ONLY' ? undefined : revision.definition,
      roleArn: revision.roleArn,
      updateDate: seconds(record.startDate),
      loggingConfiguration: revision.loggingConfiguration,
      tracingConfiguration: revision.tracingConfiguration,
      mapRunArn: record.mapRunArn,
      revisionId: revision.revisionId,
      encryptionConfiguration: revision.encryptionConfiguration,
    });
  },

  async ListExecutions(context, body) {
    const request = checkRequest(
      {
        stateMachineArn: Members.arn(false),
        mapRunArn: Members.string(1, 2000),
        statusFilter: Members.oneOf(['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'PENDING_REDRIVE']),
        redriveFilter: Members.oneOf(['REDRIVEN', 'NOT_REDRIVEN']),
        maxResults: Members.maxResults(),
        nextToken: Members.string(1, 3096),
      },
      body,
    );
    if (isApiError(request)) return request;
    if ((request.stateMachineArn === undefined) === (request.mapRunArn === undefined)) {
      return ApiErrors.validation('Must provide a StateMachine ARN or MapRun ARN');
    }
    adoptSimulatorExecutions(context);
    let matches: (record: ExecutionRecord) => boolean;
    if (request.stateMachineArn !== undefined) {
      const resolved = resolveMachine(context, request.stateMachineArn);
      if (isApiError(resolved)) return resolved;
      if (resolved.machine.type === 'EXPRESS') {
        return ApiErrors.stateMachineTypeNotSupported('This operation is not supported by this type of state machine');
      }
      const arn = request.stateMachineArn;
      matches = resolved.version
        ? (record) => record.stateMachineVersionArn === arn
        : resolved.alias
          ? (record) => record.stateMachineAliasArn === arn
          : (record) => record.stateMachineArn === arn;
    } else {
      const parsed = parseArn(request.mapRunArn ?? '');
      if (parsed?.kind !== 'mapRun') return ApiErrors.invalidArn(request.mapRunArn ?? '', `Invalid ARN prefix: ${request.mapRunArn ?? ''}`);
      const mapRunArn = request.mapRunArn;
      matches = (record) => record.mapRunArn === mapRunArn;
    }
    const all = [...context.executions.values()]
      .filter(matches)
      .map((record) => refreshRecord(context, record))
      .filter((record) => request.statusFilter === undefined || record.status === request.statusFilter)
      .filter((record) => request.redriveFilter === undefined || (request.redriveFilter === 'REDRIVEN') === record.redriveCount > 0)
      .reverse()
      .map((record) =>
        compact({
          executionArn: record.executionArn,
          stateMachineArn: record.stateMachineArn,
          name: record.name,
          status: record.status,
          startDate: seconds(record.startDate),
          stopDate: record.stopDate === undefined ? undefined : seconds(record.stopDate),
          mapRunArn: record.mapRunArn,
          stateMachineVersionArn: record.stateMachineVersionArn,
          stateMachineAliasArn: record.stateMachineAliasArn,
          redriveCount: record.redriveCount,
          redriveDate: record.redriveDate === undefined ? undefined : seconds(record.redriveDate),
        }),
      );
    const listId = `ListExecutions:${request.stateMachineArn ?? request.mapRunArn ?? ''}:${request.statusFilter ?? ''}:${request.redriveFilter ?? ''}`;
    const page = paginate(all, listId, request.maxResults, request.nextToken);
    if (isApiError(page)) return page;
    return compact({ executions: page.items, nextToken: page.nextToken });
  },

  async GetExecutionHistory(context, body) {
    const request = checkRequest(
      {
        executionArn: Members.arn(),
        maxResults: Members.maxResults(),
        reverseOrder: Members.boolean(),
        nextToken: Members.string(1, 3096),
        includeExecutionData: Members.boolean(),
      },
      body,
    );
    if (isApiError(request)) return request;
    const record = findExecution(context, request.executionArn);
    if (isApiError(record)) return record;
    const includeData = request.includeExecutionData !== false;
    const ordered = request.reverseOrder ? [...record.events].reverse() : record.events;
    const listId = `GetExecutionHistory:${record.executionArn}:${request.reverseOrder === true}`;
    const page = paginate(ordered, listId, request.maxResults, request.nextToken);
    if (isApiError(page)) return page;
    return compact({ events: page.items.map((event) => eventToWire(event, includeData)), nextToken: page.nextToken });
  },

  async StopExecution(context, body) {
    const request = checkRequest({ executionArn: Members.arn(), error: Members.string(0, 256), cause: Members.string(0, 32_768) }, body);
    if (isApiError(request)) return request;
    const record = findExecution(context, request.executionArn);
    if (isApiError(record)) return record;
    if (!context.live.has(record.executionArn)) return { stopDate: seconds(record.stopDate ?? context.now()) };
    const stopped = context.simulator.stopExecution(record.executionArn, request.error, request.cause);
    if (!stopped.ok) return simulatorError(stopped.error);
    return { stopDate: seconds(stopped.value.stopDate.getTime()) };
  },

  async RedriveExecution(context, body) {
    const request = checkRequest({ executionArn: Members.arn(), clientToken: Members.string(1, 64) }, body);
    if (isApiError(request)) return request;
    const record = findExecution(context, request.executionArn);
    if (isApiError(record)) return record;
    const token = request.clientToken === undefined ? undefined : record.redriveTokens?.find((entry) => entry.token === request.clientToken);
    if (token) return { redriveDate: seconds(token.redriveDate) };
    const reason = notRedrivableReason(context, record);
    if (reason !== undefined) return ApiErrors.executionNotRedrivable(reason);
    const redriven = context.simulator.redriveExecution(record.executionArn);
    if (!redriven.ok) return simulatorError(redriven.error);
    const handle = context.simulator.getExecution(record.executionArn);
    if (!handle) return ApiErrors.executionNotRedrivable(NOT_IN_THIS_SERVER);
    const redriveDate = redriven.value.redriveDate.getTime();
    record.status = 'RUNNING';
    record.redriveCount += 1;
    record.redriveDate = redriveDate;
    delete record.stopDate;
    delete record.output;
    delete record.error;
    delete record.cause;
    if (request.clientToken !== undefined) {
      record.redriveTokens = [...(record.redriveTokens ?? []), { token: request.clientToken, redriveDate }].slice(-REDRIVE_TOKENS_KEPT);
    }
    trackExecution(context, record, handle);
    return { redriveDate: seconds(redriveDate) };
  },
};

