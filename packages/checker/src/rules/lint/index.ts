import type { RuleModule } from '../../rule.js';
import { assignOnTerminalState } from './assign-on-terminal-state.js';
import { awsSdkResourceForm } from './aws-sdk-resource-form.js';
import { catcherShadowed } from './catcher-shadowed.js';
import { choiceDefaultMissing } from './choice-default-missing.js';
import { choiceRuleUnreachable } from './choice-rule-unreachable.js';
import { contextPathUnknown } from './context-path-unknown.js';
import { distributedMapOuterVariable } from './distributed-map-outer-variable.js';
import { expressWaitTooLong } from './express-wait-too-long.js';
import { heartbeatMissing } from './heartbeat-missing.js';
import { heartbeatNotBelowTimeout } from './heartbeat-not-below-timeout.js';
import { hotLoop } from './hot-loop.js';
import { integrationMissingParameter } from './integration-missing-parameter.js';
import { integrationPatternUnsupported } from './integration-pattern-unsupported.js';
import { integrationUnknown } from './integration-unknown.js';
import { intrinsicCallInvalid } from './intrinsic-call-invalid.js';
import { jsonataContextDollar } from './jsonata-context-dollar.js';
import { jsonataInJsonpathState } from './jsonata-in-jsonpath-state.js';
import { jsonataStatesUnavailable } from './jsonata-states-unavailable.js';
import { jsonataSyntax } from './jsonata-syntax.js';
import { jsonataTopLevelField } from './jsonata-top-level-field.js';
import { jsonataUnknownFunction } from './jsonata-unknown-function.js';
import { jsonataUnsupportedFeature } from './jsonata-unsupported-feature.js';
import { jsonpathSyntax } from './jsonpath-syntax.js';
import { lambdaRetryMissing } from './lambda-retry-missing.js';
import { noTerminalPath } from './no-terminal-path.js';
import { parallelSingleBranch } from './parallel-single-branch.js';
import { pathMissingDollarSuffix } from './path-missing-dollar-suffix.js';
import { payloadTooLarge } from './payload-too-large.js';
import { referencePathOperator } from './reference-path-operator.js';
import { retrierShadowed } from './retrier-shadowed.js';
import { statesAllUncatchable } from './states-all-uncatchable.js';
import { taskTimeoutMissing } from './task-timeout-missing.js';
import { transitionOutOfScope } from './transition-out-of-scope.js';
import { unknownStatesError } from './unknown-states-error.js';
import { variableMaybeUnassigned } from './variable-maybe-unassigned.js';
import { variableNameInvalid } from './variable-name-invalid.js';
import { variableNeverAssigned } from './variable-never-assigned.js';
import { variableOuterWrite } from './variable-outer-write.js';
import { variableUnused } from './variable-unused.js';

/**
 * aslkit's own lint rules (the static analyzer, issue 4): one file per rule in this folder,
 * listed here. The registry combines them with the AWS rules.
 */
export const lintRules: readonly RuleModule[] = [
  // control flow
  noTerminalPath,
  hotLoop,
  choiceDefaultMissing,
  choiceRuleUnreachable,
  transitionOutOfScope,
  parallelSingleBranch,
  // variables
  variableNeverAssigned,
  variableMaybeUnassigned,
  variableUnused,
  variableOuterWrite,
  distributedMapOuterVariable,
  assignOnTerminalState,
  variableNameInvalid,
  // JSONata (reported with AWS codes)
  jsonataSyntax,
  jsonataUnknownFunction,
  jsonataUnsupportedFeature,
  jsonataStatesUnavailable,
  jsonataTopLevelField,
  jsonataContextDollar,
  jsonataInJsonpathState,
  // JSONPath
  jsonpathSyntax,
  referencePathOperator,
  intrinsicCallInvalid,
  contextPathUnknown,
  pathMissingDollarSuffix,
  // errors
  retrierShadowed,
  catcherShadowed,
  unknownStatesError,
  statesAllUncatchable,
  lambdaRetryMissing,
  // tasks
  taskTimeoutMissing,
  heartbeatMissing,
  heartbeatNotBelowTimeout,
  expressWaitTooLong,
  // integrations
  integrationUnknown,
  integrationPatternUnsupported,
  awsSdkResourceForm,
  integrationMissingParameter,
  // payloads
  payloadTooLarge,
];
