import { isJsonObject } from '@aslkit/core';
import type { JsonValue } from '@aslkit/core';
import type { TemplateFinding } from '../types.js';
import { checkJsonPath } from '../jsonpath/parse.js';
import { checkIntrinsic } from '../intrinsics/check.js';
import { isIntrinsicCall } from '../intrinsics/parse.js';

/**
 * Static checks of a payload template: `.$` values that are not strings or not a path/intrinsic
 * (`template.valueType`), invalid paths/intrinsics inside them (offsets relative to the string value), and
 * duplicate keys after stripping `.$` (`template.duplicateKey`).
 */
export function checkPayloadTemplate(template: JsonValue): TemplateFinding[] {
  const findings: TemplateFinding[] = [];
  walk(template, [], findings);
  return findings;
}

function walk(value: JsonValue, path: (string | number)[], findings: TemplateFinding[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, [...path, index], findings));
    return;
  }
  if (!isJsonObject(value)) return;
  const seen = new Map<string, string>();
  for (const key of Object.keys(value)) {
    const child = value[key] as JsonValue;
    const dynamic = key.endsWith('.$');
    const stripped = dynamic ? key.slice(0, -2) : key;
    const previous = seen.get(stripped);
    if (previous !== undefined) {
      findings.push({
        code: 'template.duplicateKey',
        severity: 'error',
        message: `The field '${key}' duplicates '${previous}': both set '${stripped}'.`,
        offset: 0,
        length: 0,
        path: [...path, key],
      });
    } else seen.set(stripped, key);
    if (!dynamic) {
      walk(child, [...path, key], findings);
      continue;
    }
    const at = [...path, key];
    if (typeof child !== 'string') {
      findings.push({ code: 'template.valueType', severity: 'error', message: `The value of '${key}' must be a string holding a JSONPath or an intrinsic function.`, offset: 0, length: 0, path: at });
      continue;
    }
    if (isIntrinsicCall(child) || child.trimStart().startsWith('States.')) {
      for (const finding of checkIntrinsic(child)) findings.push({ ...finding, path: at });
    } else if (child.startsWith('$')) {
      for (const finding of checkJsonPath(child, { mode: 'path' })) findings.push({ ...finding, path: at });
    } else {
      findings.push({ code: 'template.valueType', severity: 'error', message: `The value of '${key}' is not a JSONPath or an intrinsic function expression.`, offset: 0, length: child.length, path: at });
    }
  }
}
