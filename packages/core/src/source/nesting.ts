import { MAX_JSON_NESTING_DEPTH } from '../limits.js';
import type { ParseProblem } from './problems.js';

/**
 * The offset of the first `{` or `[` that opens a container deeper than `limit` (strings and
 * comments skipped), or -1. One iterative pass, so text of any depth is measured without recursion.
 */
export function firstTooDeepOpening(text: string, limit: number = MAX_JSON_NESTING_DEPTH): number {
  let depth = 0;
  const end = text.length;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 123 /* '{' */ || code === 91 /* '[' */) {
      if (++depth > limit) return i;
    } else if (code === 125 /* '}' */ || code === 93 /* ']' */) {
      if (depth > 0) depth--;
    } else if (code === 34 /* '"' */) {
      // Skip the string: to its closing quote, past escapes (an unterminated string ends the text).
      for (i++; i < end; i++) {
        const inner = text.charCodeAt(i);
        if (inner === 92 /* '\\' */) i++;
        else if (inner === 34 /* '"' */) break;
      }
    } else if (code === 47 /* '/' */) {
      const next = text.charCodeAt(i + 1);
      if (next === 47 /* '/' */) {
        const lineEnd = text.indexOf('\n', i + 2);
        i = lineEnd < 0 ? end : lineEnd;
      } else if (next === 42 /* '*' */) {
        const close = text.indexOf('*/', i + 2);
        i = close < 0 ? end : close + 1;
      }
    }
  }
  return -1;
}

/** The problem for text nested deeper than the loader goes (worded like AWS's parser, Jackson). */
export function nestingTooDeepProblem(offset: number, limit: number = MAX_JSON_NESTING_DEPTH): ParseProblem {
  return {
    kind: 'syntax',
    message: `Nesting deeper than ${limit} levels`,
    offset,
    length: 1,
    detail: 'NestingTooDeep',
  };
}

/**
 * Whether a JSON value nests objects and arrays deeper than `limit` (the top value is level 1).
 * Iterative, so a value of any depth is measured without recursion.
 */
export function nestsDeeperThan(value: unknown, limit: number = MAX_JSON_NESTING_DEPTH): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 1 }];
  while (stack.length > 0) {
    const top = stack.pop() as { value: unknown; depth: number };
    if (typeof top.value !== 'object' || top.value === null) continue;
    if (top.depth > limit) return true;
    const children = Array.isArray(top.value) ? top.value : Object.values(top.value);
    for (const child of children) if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: top.depth + 1 });
  }
  return false;
}
