/** ListMapRuns, DescribeMapRun, UpdateMapRun (Distributed Map runs recorded by the simulator). */
import type { MapRunDescription } from '@aslkit/simulator';
import type { EndpointContext } from '../context.js';
import { parseArn } from '../model/arn.js';
import type { MapRunRecord } from '../model/records.js';
import { ApiErrors, isApiError } from '../protocol/api-error.js';
import { paginate } from '../protocol/pagination.js';
import { checkRequest, Members } from '../protocol/request-shape.js';
import { compact, seconds } from '../wire.js';
import type { ActionTable } from './handler.js';

function toRecord(description: MapRunDescription, override: MapRunRecord | undefined): MapRunRecord {
  const record: MapRunRecord = {
    mapRunArn: description.mapRunArn,
    executionArn: description.executionArn,
    status: description.status,
    startDate: description.startDate.getTime(),
    maxConcurrency: override?.maxConcurrency ?? description.maxConcurrency,
    toleratedFailurePercentage: override?.toleratedFailurePercentage ?? description.toleratedFailurePercentage,
    toleratedFailureCount: override?.toleratedFailureCount ?? description.toleratedFailureCount,
    itemCounts: { ...description.itemCounts },
    executionCounts: { ...description.executionCounts },
    redriveCount: 0,
  };
  if (description.stopDate) record.stopDate = description.stopDate.getTime();
  return record;
}

/** A map run's state machine: `…:stateMachine:<machine>/<label>` for `…:mapRun:<machine>/<label>:<id>`. */
function mapRunMachineArn(mapRunArn: string): string {
  return mapRunArn.replace(':mapRun:', ':stateMachine:').replace(/:[^:/]+$/, '');
}

function findMapRun(context: EndpointContext, arn: string): MapRunRecord | ReturnType<typeof ApiErrors.invalidArn> {
  if (parseArn(arn)?.kind !== 'mapRun') return ApiErrors.invalidArn(arn, `Invalid ARN prefix: ${arn}`);
  const described = context.simulator.describeMapRun(arn);
  if (described.ok) return toRecord(described.value, context.mapRuns.get(arn));
  return context.mapRuns.get(arn) ?? ApiErrors.resourceNotFound(`Resource not found: '${arn}'`);
}

export const mapRunActions: ActionTable = {
  async ListMapRuns(context, body) {
    const request = checkRequest({ executionArn: Members.arn(), maxResults: Members.maxResults(), nextToken: Members.string(1, 3096) }, body);
    if (isApiError(request)) return request;
    const parsed = parseArn(request.executionArn);
    if (parsed?.kind !== 'execution') return ApiErrors.invalidArn(request.executionArn, `Invalid ARN prefix: ${request.executionArn}`);
    if (!context.executions.has(request.executionArn) && !context.simulator.getExecution(request.executionArn)) {
      return ApiErrors.executionDoesNotExist(request.executionArn);
    }
    const all = context.simulator.listMapRuns(request.executionArn).map((run) =>
      compact({
        executionArn: run.executionArn,
        mapRunArn: run.mapRunArn,
        stateMachineArn: mapRunMachineArn(run.mapRunArn),
        startDate: seconds(run.startDate.getTime()),
        stopDate: run.stopDate ? seconds(run.stopDate.getTime()) : undefined,
      }),
    );
    const page = paginate(all, `ListMapRuns:${request.executionArn}`, request.maxResults, request.nextToken);
    if (isApiError(page)) return page;
    return compact({ mapRuns: page.items, nextToken: page.nextToken });
  },

  async DescribeMapRun(context, body) {
    const request = checkRequest({ mapRunArn: Members.string(1, 2000, true) }, body);
    if (isApiError(request)) return request;
    const run = findMapRun(context, request.mapRunArn);
    if (isApiError(run)) return run;
    return compact({
      mapRunArn: run.mapRunArn,
      executionArn: run.executionArn,
      status: run.status,
      startDate: seconds(run.startDate),
      stopDate: run.stopDate === undefined ? undefined : seconds(run.stopDate),
      maxConcurrency: run.maxConcurrency,
      toleratedFailurePercentage: run.toleratedFailurePercentage,
      toleratedFailureCount: run.toleratedFailureCount,
      itemCounts: run.itemCounts,
      executionCounts: run.executionCounts,
      redriveCount: run.redriveCount,
    });
  },

  async UpdateMapRun(context, body) {
    const request = checkRequest(
      {
        mapRunArn: Members.string(1, 2000, true),
        maxConcurrency: Members.integer(0, 10_000),
        toleratedFailurePercentage: { type: 'integer', min: 0, max: 100 },
        toleratedFailureCount: Members.integer(0, Number.MAX_SAFE_INTEGER),
      },
      body,
    );
    if (isApiError(request)) return request;
    if (request.maxConcurrency === undefined && request.toleratedFailurePercentage === undefined && request.toleratedFailureCount === undefined) {
      return ApiErrors.validation('Must provide at least one of maxConcurrency, toleratedFailurePercentage or toleratedFailureCount');
    }
    const run = findMapRun(context, request.mapRunArn);
    if (isApiError(run)) return run;
    if (request.maxConcurrency !== undefined) run.maxConcurrency = request.maxConcurrency;
    if (request.toleratedFailurePercentage !== undefined) run.toleratedFailurePercentage = request.toleratedFailurePercentage;
    if (request.toleratedFailureCount !== undefined) run.toleratedFailureCount = request.toleratedFailureCount;
    context.mapRuns.set(run.mapRunArn, run);
    return {};
  },
};
