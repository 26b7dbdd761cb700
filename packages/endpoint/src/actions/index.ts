/** Every action of the API, by the name after `AWSStepFunctions.` in X-Amz-Target. */
import { activityActions } from './activities.js';
import { callbackActions } from './callbacks.js';
import { executionActions } from './executions.js';
import type { ActionTable } from './handler.js';
import { mapRunActions } from './map-runs.js';
import { stateMachineActions } from './state-machines.js';
import { tagActions } from './tags.js';
import { validationActions } from './validation.js';
import { versionAliasActions } from './versions-aliases.js';

export const ACTIONS: ActionTable = {
  ...stateMachineActions,
  ...versionAliasActions,
  ...tagActions,
  ...activityActions,
  ...callbackActions,
  ...executionActions,
  ...mapRunActions,
  ...validationActions,
};
