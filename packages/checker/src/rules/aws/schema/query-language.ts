import type { SchemaCheck } from './emit.js';

/** A JSONata state machine cannot have JSONPath states (the reverse is allowed, per state). */
export const checkQueryLanguage: SchemaCheck = (context, emit) => {
  if (context.definition['QueryLanguage'] !== 'JSONata') return;
  for (const ref of context.states) {
    if (ref.state['QueryLanguage'] === 'JSONPath') {
      emit(ref.path, "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine", { keyPath: [...ref.path, 'QueryLanguage'] });
    }
  }
};
