/** CreateActivity, DescribeActivity, ListActivities, DeleteActivity, GetActivityTask (long poll). */
import { persist } from '../context.js';
import { raceWithClose } from '../execution/race-close.js';
import { Arns, isValidName, parseArn } from '../model/arn.js';
import { resolveActivity } from '../model/lookup.js';
import type { ActivityRecord } from '../model/records.js';
import { ApiErrors, isApiError } from '../protocol/api-error.js';
import { paginate } from '../protocol/pagination.js';
import { checkRequest, Members } from '../protocol/request-shape.js';
import { compact, seconds } from '../wire.js';
import type { ActionTable } from './handler.js';
import { checkTags } from './tags.js';
import { simulatorError } from '../execution/simulator-errors.js';

export const activityActions: ActionTable = {
  async CreateActivity(context, body) {
    const request = checkRequest({ name: Members.name(), tags: Members.list(), encryptionConfiguration: Members.object() }, body);
    if (isApiError(request)) return request;
    if (!isValidName(request.name)) return ApiErrors.invalidName(request.name);
    const arn = Arns.activity(context.scope, request.name);
    const existing = context.activities.get(arn);
    if (existing) return { activityArn: arn, creationDate: seconds(existing.creationDate) };
    const tags = checkTags(request.tags ?? [], arn);
    if (isApiError(tags)) return tags;
    context.simulator.createActivity(request.name);
    const activity: ActivityRecord = { arn, name: request.name, creationDate: context.now(), tags };
    context.activities.set(arn, activity);
    await persist(context, 'activities', arn, activity);
    return { activityArn: arn, creationDate: seconds(activity.creationDate) };
  },

  async DescribeActivity(context, body) {
    const request = checkRequest({ activityArn: Members.arn() }, body);
    if (isApiError(request)) return request;
    const activity = resolveActivity(context, request.activityArn);
    if (isApiError(activity)) return activity;
    return { activityArn: activity.arn, name: activity.name, creationDate: seconds(activity.creationDate), encryptionConfiguration: { type: 'AWS_OWNED_KEY' } };
  },

  async ListActivities(context, body) {
    const request = checkRequest({ maxResults: Members.maxResults(), nextToken: Members.nextToken() }, body);
    if (isApiError(request)) return request;
    const all = [...context.activities.values()].map((activity) => ({ activityArn: activity.arn, name: activity.name, creationDate: seconds(activity.creationDate) }));
    const page = paginate(all, 'ListActivities', request.maxResults, request.nextToken);
    if (isApiError(page)) return page;
    return compact({ activities: page.items, nextToken: page.nextToken });
  },

  async DeleteActivity(context, body) {
    const request = checkRequest({ activityArn: Members.arn() }, body);
    if (isApiError(request)) return request;
    if (parseArn(request.activityArn)?.kind !== 'activity') return ApiErrors.invalidArn(request.activityArn, `Invalid ARN prefix: ${request.activityArn}`);
    if (context.activities.delete(request.activityArn)) await context.store.remove('activities', request.activityArn);
    return {};
  },

  async GetActivityTask(context, body) {
    const request = checkRequest({ activityArn: Members.arn(), workerName: Members.string(1, 80) }, body);
    if (isApiError(request)) return request;
    const activity = resolveActivity(context, request.activityArn);
    if (isApiError(activity)) return activity;
    const waitMs = context.activityPollTimeoutMs;
    const polled = context.simulator.getActivityTask(activity.arn, request.workerName, waitMs);
    const outcome = await raceWithClose(context, polled, waitMs + 1000);
    if (outcome === 'closed') return {};
    if (!outcome.ok) return simulatorError(outcome.error);
    return outcome.value ? { taskToken: outcome.value.taskToken, input: outcome.value.input } : {};
  },
};
