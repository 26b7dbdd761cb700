import type { RuleModule } from '../../rule.js';
import { assignOnTerminalState } from './assign-on-terminal-state.js';
import { choiceDefaultMissing } from './choice-default-missing.js';
import { distributedMapOuterVariable } from './distributed-map-outer-variable.js';
import { hotLoop } from './hot-loop.js';
import { noTerminalPath } from './no-terminal-path.js';
import { parallelSingleBranch } from './parallel-single-branch.js';
import { transitionOutOfScope } from './transition-out-of-scope.js';
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
];
