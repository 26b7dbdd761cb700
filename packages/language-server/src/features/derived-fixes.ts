import type { PathSegment } from '@aslkit/core';
import type { Diagnostic } from 'vscode-languageserver';
import type { AslModel } from '../service/model.js';
import type { ValidatorDiagnostic } from '../service/types.js';

type Fix = NonNullable<ValidatorDiagnostic['fix']>;

/** The property under a diagnostic's range start: its path and whether the range is on the key. */
function propertyUnder(model: AslModel, diagnostic: Diagnostic): { path: PathSegment[]; value: unknown; onKey: boolean } | undefined {
  const hit = model.source.nodeAtOffset(model.source.lines.offsetAt(diagnostic.range.start));
  if (!hit || hit.path.length === 0) return undefined;
  return { path: [...hit.path], value: hit.node.value, onKey: hit.onKey !== undefined };
}

const PATH_FIELDS: Record<string, string> = { Error: 'ErrorPath', Cause: 'CausePath' };

/**
 * Fixes for AWS codes whose checker diagnostics carry none, worked out from where the diagnostic points
 * (absolute document paths). The checker's own `fix` wins when it has one.
 */
export function deriveFix(model: AslModel, diagnostic: Diagnostic): Fix | undefined {
  const code = String(diagnostic.code ?? '');
  const at = propertyUnder(model, diagnostic);
  if (!at) return undefined;
  const key = at.path[at.path.length - 1];
  if (typeof key !== 'string') return undefined;
  const value = at.value as Fix['value'];
  const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
  switch (code) {
    case 'NO_DOLLAR':
      return key.endsWith('.$') ? undefined : { title: `Rename '${key}' to '${key}.$'`, path: at.path, value, renameKey: `${key}.$` };
    case 'NO_PATH': {
      const renamed = PATH_FIELDS[key];
      return renamed ? { title: `Use '${renamed}'`, path: at.path, value, renameKey: renamed } : undefined;
    }
    case 'PASS_RESULT_IS_STATIC':
      return key === 'Result' ? { title: "Use 'Parameters' (Result is not evaluated)", path: at.path, value, renameKey: 'Parameters' } : undefined;
    case 'SCHEMA_VALIDATION_FAILED': {
      const unsupported = /^Field '(.+)' is not supported/.exec(message)?.[1];
      if (unsupported !== undefined && unsupported === key) return { title: `Remove the unsupported field '${key}'`, path: at.path, value: undefined };
      if (/required: \[Next, End\]/.test(message)) return { title: "Add 'End': true", path: [...at.path, 'End'], value: true };
      return undefined;
    }
    default:
      return undefined;
  }
}
