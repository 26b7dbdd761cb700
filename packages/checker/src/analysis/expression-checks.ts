import { checkIntrinsic, checkJsonata, checkJsonPath, type ExprFinding } from '@aslkit/expressions';
import type { StateRef } from '@aslkit/core';
import { runCache } from './run-cache.js';
import type { ExpressionSite } from './sites.js';
import type { StateFacts } from './state-facts.js';

/**
 * Static findings of @aslkit/expressions for the expressions of a definition, cached by text (the
 * same paths recur across states and definitions). A checker that throws (while a part of the
 * expressions package is unfinished) yields no findings rather than breaking the analysis.
 */
const MAX_CACHE = 50_000;
/** One cache per kind of question, keyed by the text alone (no key strings built per lookup). */
const caches = {
  path: new Map<string, ExprFinding[]>(),
  reference: new Map<string, ExprFinding[]>(),
  intrinsic: new Map<string, ExprFinding[]>(),
  jsonata: [new Map<string, ExprFinding[]>(), new Map<string, ExprFinding[]>(), new Map<string, ExprFinding[]>(), new Map<string, ExprFinding[]>()],
};

function remember(cache: Map<string, ExprFinding[]>, text: string, compute: () => ExprFinding[]): ExprFinding[] {
  let findings: ExprFinding[];
  try {
    findings = compute();
  } catch {
    findings = [];
  }
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(text, findings);
  return findings;
}

/** What `$states` holds where a JSONata expression sits. */
export function jsonataScopeOf(site: Extract<ExpressionSite, { kind: 'jsonata' }>, ref: StateRef): { allowResult: boolean; allowErrorOutput: boolean } {
  const isOutputOrAssign = (field: unknown): boolean => field === 'Output' || field === 'Assign';
  // `site.field` is the state's field that holds the site; a Catcher's field is two steps below (Catch, index, field).
  const allowResult = !site.inCatch && !site.inChoiceRule && isOutputOrAssign(site.field) && isResultState(ref.state['Type']);
  return { allowResult, allowErrorOutput: site.inCatch && isOutputOrAssign(site.path[ref.path.length + 2]) };
}

function isResultState(type: unknown): boolean {
  return type === 'Task' || type === 'Map' || type === 'Parallel';
}

/** Per site as well as per text: the JSONata rules all ask about the same sites of one definition. */
const bySite = runCache<object, ExprFinding[]>();

export function jsonataFindings(site: Extract<ExpressionSite, { kind: 'jsonata' }>, ref: StateRef): ExprFinding[] {
  const known = bySite.get(site);
  if (known) return known;
  const options = jsonataScopeOf(site, ref);
  const cache = caches.jsonata[(options.allowResult ? 2 : 0) + (options.allowErrorOutput ? 1 : 0)] as Map<string, ExprFinding[]>;
  const findings = cache.get(site.body) ?? remember(cache, site.body, () => checkJsonata(site.body, options));
  bySite.set(site, findings);
  return findings;
}

export function pathFindings(text: string, mode: 'path' | 'reference'): ExprFinding[] {
  const cache = caches[mode];
  return cache.get(text) ?? remember(cache, text, () => checkJsonPath(text, { mode }));
}

export function intrinsicFindings(text: string): ExprFinding[] {
  return caches.intrinsic.get(text) ?? remember(caches.intrinsic, text, () => checkIntrinsic(text));
}

/** Whether a `.$` template value is an intrinsic function call rather than a path. */
export function isIntrinsicText(text: string): boolean {
  // Most texts are paths (`$.…`): they are told apart before any regex.
  return text.includes('States.') && /^\s*States\.[A-Za-z0-9]+\s*\(/.test(text);
}

/**
 * Calls `report` for every finding with one of `codes` on the JSONata expressions of the given
 * states, with the offset turned into a position inside the whole `{% … %}` string.
 */
export function forEachJsonataFinding(
  states: readonly StateFacts[],
  codes: readonly string[],
  report: (finding: ExprFinding, site: Extract<ExpressionSite, { kind: 'jsonata' }>, ref: StateRef) => void,
): void {
  for (const facts of states) {
    if (facts.ref.queryLanguage !== 'JSONata') continue;
    for (const site of facts.sites) {
      if (site.kind !== 'jsonata') continue;
      for (const finding of jsonataFindings(site, facts.ref)) {
        if (codes.includes(finding.code)) report({ ...finding, offset: finding.offset + 2 }, site, facts.ref);
      }
    }
  }
}
