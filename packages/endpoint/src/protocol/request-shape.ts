/**
 * Request members and their constraints (from the API reference), checked the way AWS's front end does:
 * a JSON type mismatch is a SerializationException; constraint violations are one ValidationException
 * listing every violation in AWS's "N validation errors detected: Value … at '…' failed to satisfy
 * constraint: …" form.
 */
import { type ApiError, ApiErrors } from './api-error.js';

interface StringMember {
  type: 'string';
  required?: boolean;
  min?: number;
  max?: number;
  values?: readonly string[];
}
interface IntegerMember {
  type: 'integer';
  required?: boolean;
  min?: number;
  max?: number;
}
interface BooleanMember {
  type: 'boolean';
  required?: boolean;
}
interface ObjectMember {
  type: 'object';
  required?: boolean;
}
interface ListMember {
  type: 'list';
  required?: boolean;
  max?: number;
}
export type MemberShape = StringMember | IntegerMember | BooleanMember | ObjectMember | ListMember;
export type RequestShape = Readonly<Record<string, MemberShape>>;

type ValueOf<M extends MemberShape> = M extends StringMember
  ? string
  : M extends IntegerMember
    ? number
    : M extends BooleanMember
      ? boolean
      : M extends ObjectMember
        ? Record<string, unknown>
        : unknown[];

type Required<M extends MemberShape> = M & { required: true };

/** The checked request: required members are present, optional ones may be undefined. */
export type RequestOf<S extends RequestShape> = {
  [K in keyof S]: S[K] extends { required: true } ? ValueOf<S[K]> : ValueOf<S[K]> | undefined;
};

function required<M extends MemberShape>(member: M): Required<M> {
  return { ...member, required: true };
}

function arn(): Required<StringMember>;
function arn(isRequired: false): StringMember;
function arn(isRequired = true): StringMember {
  return isRequired ? required(string(1, 256)) : string(1, 256);
}

function name(): Required<StringMember>;
function name(isRequired: false): StringMember;
function name(isRequired = true): StringMember {
  return isRequired ? required(string(1, 80)) : string(1, 80);
}

function string(min: number, max: number): StringMember;
function string(min: number, max: number, isRequired: true): Required<StringMember>;
function string(min: number, max: number, isRequired = false): StringMember {
  return isRequired ? { type: 'string', min, max, required: true } : { type: 'string', min, max };
}

function list(max?: number): ListMember;
function list(max: number | undefined, isRequired: true): Required<ListMember>;
function list(max?: number, isRequired = false): ListMember {
  const member: ListMember = max === undefined ? { type: 'list' } : { type: 'list', max };
  return isRequired ? required(member) : member;
}

export const Members = {
  arn,
  name,
  string,
  list,
  required,
  payload: (): StringMember => ({ type: 'string', max: 262_144 }),
  oneOf: (values: readonly string[]): StringMember => ({ type: 'string', values }),
  maxResults: (): IntegerMember => ({ type: 'integer', min: 0, max: 1000 }),
  nextToken: (): StringMember => string(1, 1024),
  integer: (min: number, max: number): IntegerMember => ({ type: 'integer', min, max }),
  boolean: (): BooleanMember => ({ type: 'boolean' }),
  object: (): ObjectMember => ({ type: 'object' }),
} as const;

function jsonKind(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value === 'object' ? 'object' : typeof value;
}

function quoted(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  return JSON.stringify(value) ?? 'null';
}

function violation(member: string, value: unknown, constraint: string): string {
  return `Value ${quoted(value)} at '${member}' failed to satisfy constraint: ${constraint}`;
}

/** Checks `body` against `shape`; unknown members are ignored, as AWS does. */
export function checkRequest<S extends RequestShape>(shape: S, body: unknown): RequestOf<S> | ApiError {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return ApiErrors.serialization('Start of structure or map found where not expected.');
  }
  const record = body as Record<string, unknown>;
  const problems: string[] = [];
  const out: Record<string, unknown> = {};
  for (const [member, spec] of Object.entries(shape)) {
    const value = record[member];
    if (value === undefined || value === null) {
      if (spec.required) problems.push(violation(member, null, 'Member must not be null'));
      continue;
    }
    const kind = jsonKind(value);
    const typeOk =
      spec.type === 'string' ? kind === 'string'
      : spec.type === 'integer' ? kind === 'integer'
      : spec.type === 'boolean' ? kind === 'boolean'
      : spec.type === 'object' ? kind === 'object'
      : kind === 'list';
    if (!typeOk) {
      return ApiErrors.serialization(`Unexpected ${kind} value for member '${member}' (expected ${spec.type}).`);
    }
    if (spec.type === 'string') {
      const text = value as string;
      if (spec.min !== undefined && text.length < spec.min) {
        problems.push(violation(member, text, `Member must have length greater than or equal to ${spec.min}`));
      } else if (spec.max !== undefined && text.length > spec.max) {
        problems.push(violation(member, text.length > 64 ? `${text.slice(0, 64)}…` : text, `Member must have length less than or equal to ${spec.max}`));
      } else if (spec.values && !spec.values.includes(text)) {
        problems.push(violation(member, text, `Member must satisfy enum value set: [${spec.values.join(', ')}]`));
      }
    } else if (spec.type === 'integer') {
      const number = value as number;
      if (spec.min !== undefined && number < spec.min) {
        problems.push(violation(member, number, `Member must have value greater than or equal to ${spec.min}`));
      } else if (spec.max !== undefined && number > spec.max) {
        problems.push(violation(member, number, `Member must have value less than or equal to ${spec.max}`));
      }
    } else if (spec.type === 'list' && spec.max !== undefined && (value as unknown[]).length > spec.max) {
      problems.push(violation(member, value, `Member must have length less than or equal to ${spec.max}`));
    }
    out[member] = value;
  }
  if (problems.length > 0) {
    const count = problems.length === 1 ? '1 validation error detected' : `${problems.length} validation errors detected`;
    return ApiErrors.validation(`${count}: ${problems.join('; ')}`);
  }
  return out as RequestOf<S>;
}
