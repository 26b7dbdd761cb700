/** Rules that offer a mechanical fix: at least one of their invalid fixtures must get one. */
export const FIXABLE: ReadonlySet<string> = new Set([
  'variable-unused',
  'variable-never-assigned',
  'assign-on-terminal-state',
  'jsonata-unknown-function',
  'jsonata-top-level-field',
  'jsonata-context-dollar',
  'jsonata-in-jsonpath-state',
  'context-path-unknown',
  'path-missing-dollar-suffix',
  'unknown-states-error',
  'lambda-retry-missing',
  'integration-unknown',
  'integration-pattern-unsupported',
  'aws-sdk-resource-form',
]);
