/** RFC 3339 date-time as AWS accepts it in Wait `Timestamp` and Timestamp* comparisons (`T`, `Z` upper case). */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))$/;

export function isRfc3339Timestamp(value: string): boolean {
  const match = RFC3339.exec(value);
  if (!match) return false;
  const [, , month, day, hour, minute, second, , , offsetHour, offsetMinute] = match;
  const within = (text: string | undefined, min: number, max: number): boolean => text === undefined || (Number(text) >= min && Number(text) <= max);
  return within(month, 1, 12) && within(day, 1, 31) && within(hour, 0, 23) && within(minute, 0, 59) && within(second, 0, 60) && within(offsetHour, 0, 23) && within(offsetMinute, 0, 59);
}
