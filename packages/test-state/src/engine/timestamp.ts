/**
 * ISO-8601 extended offset date-time strings as AWS accepts them (`2016-03-14T01:59:00Z`,
 * `2016-03-14T01:59:00.123+01:00`): date, `T`, time, optional fraction, and a mandatory offset.
 */
export interface Instant {
  /** Seconds since the epoch. */
  seconds: number;
  /** Nanoseconds within the second. */
  nanos: number;
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseTimestamp(text: string): Instant | undefined {
  const match = TIMESTAMP.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  if (match[9] !== undefined) {
    const offsetHours = Number(match[10]);
    const offsetMins = Number(match[11]);
    if (offsetHours > 18 || offsetMins > 59) return undefined;
    offsetMinutes = (offsetHours * 60 + offsetMins) * (match[9] === '-' ? -1 : 1);
  }
  const epochMs = Date.UTC(year, month - 1, day, hour, minute, second);
  const nanos = match[7] === undefined ? 0 : Number(match[7].padEnd(9, '0'));
  return { seconds: epochMs / 1000 - offsetMinutes * 60, nanos };
}

export function compareInstants(left: Instant, right: Instant): number {
  if (left.seconds !== right.seconds) return left.seconds < right.seconds ? -1 : 1;
  if (left.nanos !== right.nanos) return left.nanos < right.nanos ? -1 : 1;
  return 0;
}

/** Milliseconds since the epoch (fraction below a millisecond dropped). */
export function instantToMillis(instant: Instant): number {
  return instant.seconds * 1000 + Math.floor(instant.nanos / 1_000_000);
}
