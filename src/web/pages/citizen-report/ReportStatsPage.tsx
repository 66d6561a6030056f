/** Placeholder until the page lands (issue #4). */
export function ReportStatsPage() {
  return null;
}
