/**
 * The comparison rules of ../shared/conformance/README.md ("How to compare"), as pure functions:
 * placeholders as wildcards, structural JSON equality ignoring key order, and history events compared
 * as a multiset plus ordered sequences per thread (top level, each Map iteration, each Parallel branch).
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const TOKEN = /<[A-Za-z0-9_.:-]+>/g;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const tokenRegexCache = new Map<string, RegExp>();

/** Rule 1: `<…>` tokens inside an expected string match any non-empty substring. */
export function stringMatches(expected: string, actual: string): boolean {
  if (expected === actual) return true;
  if (!expected.includes('<')) return false;
  let re = tokenRegexCache.get(expected);
  if (!re) {
    const parts = expected.split(TOKEN).map(escapeRegex);
    re = new RegExp(`^${parts.join('[\\s\\S]+?')}$`);
    tokenRegexCache.set(expected, re);
  }
  return re.test(actual);
}

export interface MatchOptions {
  /** Bare words that match any scalar (the case's `placeholders`). */
  placeholders: ReadonlySet<string>;
}

function parseMaybe(text: string): Json | undefined {
  const t = text.trim();
  if (!(t.startsWith('{') || t.startsWith('['))) return undefined;
  try {
    return JSON.parse(t) as Json;
  } catch {
    return undefined;
  }
}

function isDateLike(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text) || /^\w{3}, \d{2} \w{3} \d{4}/.test(text);
}

/** Structural match of an expected value (with placeholders) against an actual value. */
export function valuesMatch(expected: unknown, actual: unknown, options: MatchOptions, key = ''): boolean {
  if (typeof expected === 'string') {
    if (options.placeholders.has(expected) && (actual === null || typeof actual !== 'object')) return true;
    if ((expected === 'date' || expected === 'datetime') && typeof actual === 'string' && isDateLike(actual)) return true;
    if (expected === 'timestamp' && key.toLowerCase().includes('timestamp')) return true;
    if (typeof actual === 'string') {
      if (stringMatches(expected, actual)) return true;
      const e = parseMaybe(expected);
      const a = parseMaybe(actual);
      if (e !== undefined && a !== undefined) return valuesMatch(e, a, options, key);
      return false;
    }
    // Some recorded values stayed JSON text where ours is a value, or the reverse.
    const e = parseMaybe(expected);
    if (e !== undefined) return valuesMatch(e, actual, options, key);
    if (typeof actual === 'number' || typeof actual === 'boolean') return expected === String(actual);
    return false;
  }
  if (typeof actual === 'string' && expected !== null && typeof expected === 'object') {
    const a = parseMaybe(actual);
    return a !== undefined && valuesMatch(expected, a, options, key);
  }
  if (expected === null || typeof expected !== 'object') {
    if (typeof expected === 'number' && typeof actual === 'number') return expected === actual || Math.abs(expected - actual) < 1e-9 * Math.max(1, Math.abs(expected));
    return expected === actual;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return false;
    return expected.every((e, i) => valuesMatch(e, actual[i], options, key));
  }
  if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
  const eo = expected as Record<string, unknown>;
  const ao = actual as Record<string, unknown>;
  const ek = Object.keys(eo);
  const ak = Object.keys(ao).filter((k) => ao[k] !== undefined);
  if (ek.length !== ak.length) return false;
  for (const k of ek) {
    if (!Object.prototype.hasOwnProperty.call(ao, k)) return false;
    if (k.toLowerCase().includes('timestamp') && eo[k] === 'timestamp') continue;
    if (!valuesMatch(eo[k], ao[k], options, k)) return false;
  }
  return true;
}

/** An event reduced to what the rules compare: type and details (payload texts parsed). */
export interface ComparableEvent {
  id: number;
  previousEventId: number;
  type: string;
  details: Record<string, unknown>;
}

const PAYLOAD_FIELDS = new Set(['input', 'output', 'parameters']);

/** Normalises an event (ours: payloads as JSON text; the corpus: parsed). */
export function toComparable(event: Record<string, unknown>): ComparableEvent {
  let details: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(event)) {
    if (k.endsWith('EventDetails') && v && typeof v === 'object') {
      details = {};
      for (const [dk, dv] of Object.entries(v as Record<string, unknown>)) {
        if (PAYLOAD_FIELDS.has(dk) && typeof dv === 'string') {
          try {
            details[dk] = JSON.parse(dv) as Json;
          } catch {
            details[dk] = dv;
          }
        } else if (dk === 'assignedVariables' && dv && typeof dv === 'object') {
          const vars: Record<string, unknown> = {};
          for (const [vk, vv] of Object.entries(dv as Record<string, unknown>)) vars[vk] = vv;
          details[dk] = vars;
        } else details[dk] = dv;
      }
    }
  }
  const id = Array.isArray(event['id']) ? 0 : Number(event['id'] ?? 0);
  return { id, previousEventId: Number(event['previousEventId'] ?? 0), type: String(event['type']), details };
}

function assignedMatch(expected: unknown, actual: unknown, options: MatchOptions): boolean {
  if (!expected || typeof expected !== 'object' || !actual || typeof actual !== 'object') return valuesMatch(expected, actual, options);
  const e = expected as Record<string, unknown>;
  const a = actual as Record<string, unknown>;
  if (Object.keys(e).length !== Object.keys(a).length) return false;
  for (const [k, ev] of Object.entries(e)) {
    const av = a[k];
    if (av === undefined) return false;
    // ours are JSON texts; the corpus holds texts or parsed values
    let parsed: unknown = av;
    if (typeof av === 'string') {
      try {
        parsed = JSON.parse(av);
      } catch {
        parsed = av;
      }
    }
    if (valuesMatch(ev, av, options) || valuesMatch(ev, parsed, options)) continue;
    if (typeof ev === 'string') {
      try {
        if (valuesMatch(JSON.parse(ev), parsed, options)) continue;
      } catch {
        // not JSON text
      }
    }
    return false;
  }
  return true;
}

export function eventsEqual(expected: ComparableEvent, actual: ComparableEvent, options: MatchOptions): boolean {
  if (expected.type !== actual.type) return false;
  const ek = Object.keys(expected.details);
  const ak = Object.keys(actual.details);
  if (ek.length !== ak.length) return false;
  for (const k of ek) {
    if (!(k in actual.details)) return false;
    const ev = expected.details[k];
    const av = actual.details[k];
    if (k === 'assignedVariables') {
      if (!assignedMatch(ev, av, options)) return false;
    } else if (!valuesMatch(ev, av, options, k)) return false;
  }
  return true;
}

/** The thread an event belongs to: '' at top level, else e.g. `MapState#3/Inner#0`. */
export function threadKeys(events: readonly ComparableEvent[]): string[] {
  const byId = new Map<number, ComparableEvent>();
  for (const e of events) byId.set(e.id, e);
  const memo = new Map<number, string>();
  const keyOf = (e: ComparableEvent, depth: number): string => {
    const cached = memo.get(e.id);
    if (cached !== undefined) return cached;
    if (depth > 10_000) return '';
    const prev = byId.get(e.previousEventId);
    let key = '';
    if (prev && prev.id !== e.id) {
      const parentKey = keyOf(prev, depth + 1);
      if (prev.type === 'MapIterationStarted') {
        key = parentKey; // the iteration's key, carried by MapIterationStarted itself
      } else if (prev.type === 'ParallelStateStarted' && e.type.endsWith('StateEntered')) {
        key = `${parentKey}/branch:${String(e.details['name'])}`;
      } else key = parentKey;
      // Events closing a Map/Parallel chain from the last event of an iteration/branch: they belong
      // to the enclosing thread (one segment up).
      const closes =
        e.type === 'MapStateSucceeded' || e.type === 'MapStateFailed' || e.type === 'MapStateAborted' ||
        e.type === 'ParallelStateExited' || e.type === 'ParallelStateFailed' || e.type === 'ParallelStateAborted' || e.type === 'ParallelStateSucceeded' ||
        (e.type === 'MapStateStarted' && prev.type !== 'MapStateEntered') ||
        (e.type === 'MapStateExited' && prev.type.startsWith('MapIteration'));
      if (closes && (prev.type !== 'ParallelStateStarted' && prev.type !== 'MapStateStarted')) key = parentKey.replace(/\/[^/]*$/, '');
      if (e.type.startsWith('MapIteration')) {
        // iteration events belong to their iteration, not to the (concurrent) enclosing thread
        key = `${mapBaseKey(e, depth)}/${String((e.details['name'] as string) ?? '')}#${String(e.details['index'])}`;
      }
    }
    memo.set(e.id, key);
    return key;
  };
  // The thread of the Map an iteration belongs to: walk back to that Map's MapStateEntered (by name).
  const mapBaseKey = (e: ComparableEvent, depth: number): string => {
    const name = e.details['name'];
    let p = byId.get(e.previousEventId);
    let guard = 0;
    while (p && !(p.type === 'MapStateEntered' && p.details['name'] === name) && guard++ < 100_000) p = byId.get(p.previousEventId);
    return p ? keyOf(p, depth + 1) : '';
  };
  return events.map((e) => keyOf(e, 0));
}

export interface EventComparison {
  ok: boolean;
  reason?: string;
}

/** Multiset + per-thread order (README rules 3–5). `normalised`: the corpus's ids are meaningless. */
export function compareEvents(expectedRaw: readonly Record<string, unknown>[], actualRaw: readonly Record<string, unknown>[], options: MatchOptions, normalised: boolean): EventComparison {
  const expected = expectedRaw.map(toComparable);
  const actual = actualRaw.map(toComparable);
  // Normalised cases (LocalStack's parallel transformer) lost events of the block: expected ⊆ actual.
  if (expected.length !== actual.length && !(normalised && expected.length < actual.length)) {
    return { ok: false, reason: `event count ${actual.length} vs expected ${expected.length}${firstDifference(expected, actual, options)}` };
  }
  // multiset
  const used = new Uint8Array(actual.length);
  const matchOf = new Array<number>(expected.length).fill(-1);
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i] as ComparableEvent;
    let found = -1;
    // prefer the same position
    if (!used[i] && eventsEqual(e, actual[i] as ComparableEvent, options)) found = i;
    else {
      for (let j = 0; j < actual.length; j++) {
        if (!used[j] && eventsEqual(e, actual[j] as ComparableEvent, options)) {
          found = j;
          break;
        }
      }
    }
    if (found < 0) return { ok: false, reason: `no match for expected event #${i + 1} ${e.type} ${JSON.stringify(e.details).slice(0, 300)}${nearest(e, actual, options)}` };
    used[found] = 1;
    matchOf[i] = found;
  }
  if (normalised) return { ok: true };
  // per-thread order: the sequence of types within each thread must agree
  const ek = threadKeys(expected);
  const ak = threadKeys(actual);
  const seqs = (events: ComparableEvent[], keys: string[]): Map<string, string[]> => {
    const m = new Map<string, string[]>();
    events.forEach((e, i) => {
      const k = keys[i] as string;
      const list = m.get(k) ?? [];
      list.push(`${e.type}:${String(e.details['name'] ?? '')}`);
      m.set(k, list);
    });
    return m;
  };
  const es = seqs(expected, ek);
  const as = seqs(actual, ak);
  for (const [k, list] of es) {
    const other = as.get(k);
    if (!other || other.join('|') !== list.join('|')) {
      return { ok: false, reason: `order differs in thread '${k || 'top'}': expected ${list.slice(0, 12).join(', ')} got ${(other ?? []).slice(0, 12).join(', ')}` };
    }
  }
  return { ok: true };
}

function firstDifference(expected: ComparableEvent[], actual: ComparableEvent[], options: MatchOptions): string {
  const n = Math.min(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    const e = expected[i] as ComparableEvent;
    const a = actual[i] as ComparableEvent;
    if (!eventsEqual(e, a, options)) return `; first difference at #${i + 1}: expected ${e.type} ${JSON.stringify(e.details).slice(0, 200)} got ${a.type} ${JSON.stringify(a.details).slice(0, 200)}`;
  }
  return expected.length > n ? `; missing ${expected.slice(n, n + 3).map((e) => e.type).join(', ')}` : `; extra ${actual.slice(n, n + 3).map((e) => e.type).join(', ')}`;
}

function nearest(e: ComparableEvent, actual: ComparableEvent[], _options: MatchOptions): string {
  const same = actual.find((a) => a.type === e.type && a.details['name'] === e.details['name']) ?? actual.find((a) => a.type === e.type);
  return same ? ` — nearest: ${JSON.stringify(same.details).slice(0, 300)}` : ' — no event of that type';
}
