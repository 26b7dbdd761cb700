import type { DocumentPath, PathSegment } from '@aslkit/core';
import type { RuleContext } from '../../../rule.js';

/** How schema sub-checks report: a path, AWS's message, optionally the key to put the range on. */
export type Emit = (path: DocumentPath, message: string, options?: { keyPath?: PathSegment[] }) => void;

export interface SchemaCheck {
  (context: RuleContext, emit: Emit): void;
}
