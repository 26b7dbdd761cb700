/** TagResource, UntagResource, ListTagsForResource on state machines and activities. */
import { persist, type EndpointContext } from '../context.js';
import { parseArn } from '../model/arn.js';
import type { ActivityRecord, StateMachineRecord, Tag } from '../model/records.js';
import { type ApiError, ApiErrors, isApiError } from '../protocol/api-error.js';
import { checkRequest, Members } from '../protocol/request-shape.js';
import { tagsToWire } from '../wire.js';
import type { ActionTable } from './handler.js';

export const MAX_TAGS = 50;
const TAG_TEXT = /^[\p{L}\p{N}\s_.:/=+\-@]*$/u;

/** Validates a `tags` list of `{ key, value }`. */
export function checkTags(tags: unknown[], resourceArn: string): Tag[] | ApiError {
  const out: Tag[] = [];
  for (const [index, tag] of tags.entries()) {
    if (typeof tag !== 'object' || tag === null) return ApiErrors.serialization(`Tag ${index} is not an object.`);
    const { key, value } = tag as { key?: unknown; value?: unknown };
    if (typeof key !== 'string' || key.length < 1 || key.length > 128 || !TAG_TEXT.test(key)) {
      return ApiErrors.validation(`1 validation error detected: Value '${String(key)}' at 'tags.${index + 1}.member.key' failed to satisfy constraint: Member must have length between 1 and 128 and contain only letters, digits, white space and _ . : / = + - @`);
    }
    const text = typeof value === 'string' ? value : '';
    if (value !== undefined && (typeof value !== 'string' || value.length > 256 || !TAG_TEXT.test(value))) {
      return ApiErrors.validation(`1 validation error detected: Value '${String(value)}' at 'tags.${index + 1}.member.value' failed to satisfy constraint: Member must have length less than or equal to 256 and contain only letters, digits, white space and _ . : / = + - @`);
    }
    const existing = out.findIndex((candidate) => candidate.key === key);
    if (existing >= 0) out.splice(existing, 1);
    out.push({ key, value: text });
  }
  return out.length > MAX_TAGS ? ApiErrors.tooManyTags(resourceArn) : out;
}

type Taggable = { kind: 'state-machines'; record: StateMachineRecord } | { kind: 'activities'; record: ActivityRecord };

function findTaggable(context: EndpointContext, arn: string): Taggable | ApiError {
  const parsed = parseArn(arn);
  if (parsed?.kind === 'stateMachine' && parsed.qualifier === undefined) {
    const record = context.machines.get(arn);
    return record ? { kind: 'state-machines', record } : ApiErrors.resourceNotFound(`Resource not found: '${arn}'`);
  }
  if (parsed?.kind === 'activity') {
    const record = context.activities.get(arn);
    return record ? { kind: 'activities', record } : ApiErrors.resourceNotFound(`Resource not found: '${arn}'`);
  }
  return ApiErrors.invalidArn(arn, `Invalid ARN prefix: ${arn}`);
}

export const tagActions: ActionTable = {
  async TagResource(context, body) {
    const request = checkRequest({ resourceArn: Members.arn(), tags: Members.list(undefined, true) }, body);
    if (isApiError(request)) return request;
    const target = findTaggable(context, request.resourceArn);
    if (isApiError(target)) return target;
    const added = checkTags(request.tags, request.resourceArn);
    if (isApiError(added)) return added;
    const merged = checkTags([...target.record.tags, ...added], request.resourceArn);
    if (isApiError(merged)) return merged;
    target.record.tags = merged;
    await persist(context, target.kind, target.record.arn, target.record);
    return {};
  },

  async UntagResource(context, body) {
    const request = checkRequest({ resourceArn: Members.arn(), tagKeys: Members.list(undefined, true) }, body);
    if (isApiError(request)) return request;
    const target = findTaggable(context, request.resourceArn);
    if (isApiError(target)) return target;
    const keys = new Set(request.tagKeys.filter((key): key is string => typeof key === 'string'));
    target.record.tags = target.record.tags.filter((tag) => !keys.has(tag.key));
    await persist(context, target.kind, target.record.arn, target.record);
    return {};
  },

  async ListTagsForResource(context, body) {
    const request = checkRequest({ resourceArn: Members.arn() }, body);
    if (isApiError(request)) return request;
    const target = findTaggable(context, request.resourceArn);
    if (isApiError(target)) return target;
    return { tags: tagsToWire(target.record.tags) };
  },
};
