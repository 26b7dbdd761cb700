import type { SourceDocument } from '@aslkit/core';
import type { RuleReport } from '../../rule.js';
import { firstJacksonError } from '../../jackson.js';
import { awsRule } from './define.js';

/** Kinds of loader problems that make AWS's JSON parser give up. */
const FATAL = new Set(['syntax', 'comment', 'trailing-comma']);

/**
 * The INVALID_JSON_DESCRIPTION report for a document whose text AWS cannot parse, or undefined.
 * For JSON the message and location are Jackson's; for YAML/JSONC syntax errors, the loader's.
 */
export function jsonSyntaxReport(document: SourceDocument): RuleReport | undefined {
  if (document.format === 'json') {
    if (!document.problems.some((problem) => FATAL.has(problem.kind))) {
      // The loader accepted it; Jackson's grammar is the same, so nothing to report.
      return undefined;
    }
    const error = firstJacksonError(document.text);
    if (!error) return undefined;
    return { path: [], messageId: 'jackson', data: { message: error.message }, location: error.location, span: { offset: error.offset, length: error.length } };
  }
  const problem = document.problems.find((candidate) => candidate.kind === 'syntax');
  if (!problem) return undefined;
  const position = document.lines.positionAt(problem.offset);
  const location = `[line: ${position.line + 1}, column: ${position.character + 1}]`;
  return { path: [], messageId: 'jackson', data: { message: `${problem.message}\n at ${location}` }, location, span: { offset: problem.offset, length: problem.length } };
}

export const invalidJsonDescription = awsRule({
  code: 'INVALID_JSON_DESCRIPTION',
  description: 'The definition is not well-formed JSON (AWS reports its JSON parser’s first error).',
  rationale: 'AWS parses definitions as strict JSON: comments, trailing commas, single quotes and unquoted keys are rejected.',
  messages: { jackson: '{message}' },
  // Reported by the engine before any rule runs (there is no definition to give rules).
  check: () => undefined,
});
