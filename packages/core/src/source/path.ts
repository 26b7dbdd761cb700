/**
 * Paths into a document. A path is the list of object keys and array indexes from the root;
 * it renders as an RFC 6901 JSON pointer or as an AWS diagnostic location.
 */
export type PathSegment = string | number;
export type DocumentPath = readonly PathSegment[];

function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** RFC 6901 JSON pointer: `""` for the root, `/States/A~1B/Retry/0`. */
export function toJsonPointer(path: DocumentPath): string {
  let pointer = '';
  for (const segment of path) pointer += '/' + escapePointerSegment(String(segment));
  return pointer;
}

/** Parses an RFC 6901 pointer; numeric segments stay strings unless `numericIndexes` is set. */
export function fromJsonPointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`Invalid JSON pointer: ${pointer}`);
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * AWS's diagnostic location format, as recorded from ValidateStateMachineDefinition:
 * `/` for the root, raw (unescaped) names, and `Name[i]` for array elements,
 * e.g. `/States/C/Choices[0]/Condition`.
 */
export function toAwsLocation(path: DocumentPath): string {
  if (path.length === 0) return '/';
  let location = '';
  for (const segment of path) {
    if (typeof segment === 'number') location += `[${segment}]`;
    else location += '/' + segment;
  }
  return location.startsWith('/') ? location : '/' + location;
}

/**
 * Best-effort inverse of {@link toAwsLocation}. Ambiguous when a state name itself contains
 * `/` or ends in `[n]`; callers that know the document should prefer resolving against it.
 */
export function fromAwsLocation(location: string): PathSegment[] {
  if (location === '/' || location === '') return [];
  const path: PathSegment[] = [];
  for (const part of location.replace(/^\//, '').split('/')) {
    const match = /^(.*?)((?:\[\d+\])+)$/.exec(part);
    if (!match) {
      path.push(part);
      continue;
    }
    if (match[1]) path.push(match[1]);
    for (const index of (match[2] ?? '').matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  return path;
}
