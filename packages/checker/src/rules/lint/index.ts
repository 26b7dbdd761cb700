import type { RuleModule } from '../../rule.js';
import { assignOnTerminalState } from './assign-on-terminal-state.js';
import { awsSdkResourceForm } from './aws-sdk-resource-form.js';
import { catcherShadowed } from './catcher-shadowed.js';
import { choiceDefaultMissing } from './choice-default-missing.js';
import { distributedMapOuterVariable } from './distributed-map-outer-variable.js';
import { expressWaitTooLong } from './express-wait-too-long.js';
import { heartbeatMissing } from './heartbeat-missing.js';
import { heartbeatNotBelowTimeout } from './heartbeat-not-below-timeout.js';
import { hotLoop } from './hot-loop.js';
import { integrationMissingParameter } from './integration-missing-parameter.js';
import { integrationPatternUnsupported } from './integration-pattern-unsupported.js';
import { integrationUnknown } from './integration-unknown.js';
import { lambdaRetryMissing } from './lambda-retry-missing.js';
import { noTerminalPath } from './no-terminal-path.js';
import { parallelSingleBranch } from './parallel-single-branch.js';
import { payloadTooLarge } from './payload-too-large.js';
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
  noTerminalPath,
  hotLoop,
  choiceDefaultMissing,
  transitionOutOfScope,
  parallelSingleBranch,
  variableNeverAssigned,
  variableMaybeUnassigned,
  variableUnused,
  variableOuterWrite,
  distributedMapOuterVariable,
  assignOnTerminalState,
  variableNameInvalid,
  retrierShadowed,
  catcherShadowed,
  unknownStatesError,
  statesAllUncatchable,
  lambdaRetryMissing,
  taskTimeoutMissing,
  heartbeatMissing,
  heartbeatNotBelowTimeout,
  expressWaitTooLong,
  integrationUnknown,
  integrationPatternUnsupported,
  awsSdkResourceForm,
  integrationMissingParameter,
  payloadTooLarge,
];
