/** Placeholder until the page lands (issue #4). */
export function ReportDetailPage() {
  return null;
}
