/**
 * The date deadlines are read against: today in Vietnam (UTC+7, no daylight
 * saving), whatever the server's time zone.
 */
export function vietnamToday(now: Date): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
