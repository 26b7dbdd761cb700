/**
 * Step Functions ARNs: building and parsing.
 *   arn:aws:states:<region>:<account>:stateMachine:<name>[:<version>|:<alias>]
 *   arn:aws:states:<region>:<account>:execution:<machine>:<execution>
 *   arn:aws:states:<region>:<account>:express:<machine>:<execution>:<uuid>
 *   arn:aws:states:<region>:<account>:activity:<name>
 *   arn:aws:states:<region>:<account>:mapRun:<machine>/<label>:<uuid>
 */
export interface ArnScope {
  partition: string;
  region: string;
  account: string;
}

export type ParsedArn =
  | { kind: 'stateMachine'; scope: ArnScope; machine: string; qualifier?: string }
  | { kind: 'execution'; scope: ArnScope; machine: string; execution: string; qualifier?: string }
  | { kind: 'express'; scope: ArnScope; machine: string; execution: string; id: string }
  | { kind: 'activity'; scope: ArnScope; name: string }
  | { kind: 'mapRun'; scope: ArnScope; machine: string; rest: string };

const PREFIX = /^arn:(aws[a-z-]*):states:([a-z0-9-]+):(\d{12}):([A-Za-z]+):(.+)$/;

export function parseArn(arn: string): ParsedArn | undefined {
  const match = PREFIX.exec(arn);
  if (!match) return undefined;
  const [, partition = '', region = '', account = '', type = '', rest = ''] = match;
  const scope = { partition, region, account };
  const parts = rest.split(':');
  if (parts.some((part) => part === '')) return undefined;
  switch (type) {
    case 'stateMachine':
      if (parts.length > 2) return undefined;
      return parts[1] === undefined ? { kind: 'stateMachine', scope, machine: parts[0] ?? '' } : { kind: 'stateMachine', scope, machine: parts[0] ?? '', qualifier: parts[1] };
    case 'execution':
      if (parts.length === 2) return { kind: 'execution', scope, machine: parts[0] ?? '', execution: parts[1] ?? '' };
      if (parts.length === 3) return { kind: 'execution', scope, machine: parts[0] ?? '', qualifier: parts[1] ?? '', execution: parts[2] ?? '' };
      return undefined;
    case 'express':
      if (parts.length !== 3) return undefined;
      return { kind: 'express', scope, machine: parts[0] ?? '', execution: parts[1] ?? '', id: parts[2] ?? '' };
    case 'activity':
      return parts.length === 1 ? { kind: 'activity', scope, name: parts[0] ?? '' } : undefined;
    case 'mapRun': {
      const slash = rest.indexOf('/');
      return slash > 0 ? { kind: 'mapRun', scope, machine: rest.slice(0, slash), rest } : undefined;
    }
    default:
      return undefined;
  }
}

function base(scope: ArnScope, type: string): string {
  return `arn:${scope.partition}:states:${scope.region}:${scope.account}:${type}`;
}

export const Arns = {
  stateMachine: (scope: ArnScope, name: string) => `${base(scope, 'stateMachine')}:${name}`,
  qualified: (machineArn: string, qualifier: string | number) => `${machineArn}:${qualifier}`,
  execution: (scope: ArnScope, machine: string, execution: string) => `${base(scope, 'execution')}:${machine}:${execution}`,
  express: (scope: ArnScope, machine: string, execution: string, id: string) => `${base(scope, 'express')}:${machine}:${execution}:${id}`,
  activity: (scope: ArnScope, name: string) => `${base(scope, 'activity')}:${name}`,
  mapRun: (scope: ArnScope, machine: string, label: string, id: string) => `${base(scope, 'mapRun')}:${machine}/${label}:${id}`,
} as const;

/** The unqualified state machine ARN of a (possibly qualified) state machine ARN. */
export function unqualifiedMachineArn(parsed: Extract<ParsedArn, { kind: 'stateMachine' }>): string {
  return Arns.stateMachine(parsed.scope, parsed.machine);
}

/** `qualifier` of a state machine ARN is a version when it is all digits, else an alias name. */
export function isVersionQualifier(qualifier: string): boolean {
  return /^[1-9]\d*$/.test(qualifier);
}

// Names of state machines, executions, activities and aliases: 1–80 characters with no white space,
// brackets, wildcards, control characters or the punctuation AWS reserves.
const FORBIDDEN_NAME = /[\s<>{}[\]?*"#%\\^|~`$&,;:/]/u;

function hasControlCharacter(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

export function isValidName(name: string, max = 80): boolean {
  return name.length >= 1 && name.length <= max && !FORBIDDEN_NAME.test(name) && !hasControlCharacter(name);
}

/** Alias names: letters, digits, `-` and `_`, not all digits, at most 80 characters. */
export function isValidAliasName(name: string): boolean {
  return /^[A-Za-z0-9_-]{1,80}$/.test(name) && !/^\d+$/.test(name);
}
