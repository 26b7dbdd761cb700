import type { IntegrationPattern, TaskInvocation } from './types.js';

/** A Task Resource ARN taken apart. */
export interface ParsedResource {
  kind: TaskInvocation['kind'];
  service?: string;
  action?: string;
  pattern: IntegrationPattern;
}

const PATTERN_SUFFIXES: [string, IntegrationPattern][] = [
  ['.sync:2', 'sync:2'],
  ['.sync', 'sync'],
  ['.waitForTaskToken', 'waitForTaskToken'],
];

export function parseResource(resource: string): ParsedResource {
  const parts = resource.split(':');
  // arn:aws:states:::service:action[.pattern]   arn:aws:states:::aws-sdk:service:action[.pattern]
  if (parts[0] === 'arn' && parts[2] === 'states' && parts[3] === '' && parts[4] === '') {
    let rest = parts.slice(5).join(':');
    let pattern: IntegrationPattern = 'request-response';
    for (const [suffix, name] of PATTERN_SUFFIXES) {
      if (rest.endsWith(suffix)) {
        pattern = name;
        rest = rest.slice(0, -suffix.length);
        break;
      }
    }
    const segments = rest.split(':');
    if (segments[0] === 'aws-sdk') {
      return { kind: 'aws-sdk', service: segments[1], action: segments.slice(2).join(':'), pattern };
    }
    if (segments[0] === 'http') return { kind: 'http', service: 'http', action: segments[1], pattern };
    return { kind: 'optimised', service: segments[0], action: segments.slice(1).join(':'), pattern };
  }
  if (parts[0] === 'arn' && parts[2] === 'lambda' && parts[5] === 'function') return { kind: 'lambda', pattern: 'request-response' };
  if (parts[0] === 'arn' && parts[2] === 'states' && parts[5] === 'activity') return { kind: 'activity', pattern: 'request-response' };
  return { kind: 'unknown', pattern: 'request-response' };
}

/** The name AWS puts in a task's DataLimitExceeded cause: the service for integrations, else the ARN. */
export function resultOwnerName(resource: string, parsed: ParsedResource): string {
  if (parsed.kind === 'optimised' || parsed.kind === 'aws-sdk' || parsed.kind === 'http') return parsed.service ?? resource;
  return resource;
}
