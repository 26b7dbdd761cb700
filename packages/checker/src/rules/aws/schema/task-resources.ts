import { hasPlaceholder } from '../../../substitutions.js';
import { classifyResource } from '../resources.js';
import { analysisOf } from '../../../analysis/index.js';
import type { SchemaCheck } from './emit.js';

/**
 * Task resources AWS does not recognise (an ARN of an unknown integration or action), and what an
 * EXPRESS state machine may not call: `.sync`, `.waitForTaskToken` and activities.
 */
export const checkTaskResources: SchemaCheck = (context, emit) => {
  for (const facts of analysisOf(context).states.tasks) {
    const resource = facts.resource;
    if (resource === undefined) continue;
    if (context.tolerateSubstitutions && hasPlaceholder(resource)) continue;
    const path = [...facts.ref.path, 'Resource'];
    const result = classifyResource(resource);
    if (!result.ok) {
      if (result.reason === 'unrecognized') {
        emit(path, `The resource provided ${resource} is not recognized. The value is not a valid resource ARN, or the resource is not available in this region.`);
      }
      continue;
    }
    if (context.type !== 'EXPRESS') continue;
    if (result.pattern === 'sync') emit(path, "Express state machine does not support '.sync' service integration");
    else if (result.pattern === 'waitForTaskToken') emit(path, "Express state machine does not support '.waitForTaskToken' service integration ");
    else if (result.kind === 'activity') emit(path, 'Express state machine does not support Activity resources');
  }
};
